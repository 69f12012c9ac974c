package org.factfloor.evaluate;

import org.factfloor.stats.WilsonInterval;

/**
 * Precision and recall of one domain on its evaluation set, counted over factoids: a true positive is an
 * expected (entity, attribute) that was extracted, a false positive an extracted one that was not expected (on
 * a positive or a negative snippet), a false negative an expected one that was not extracted.
 */
public record DomainScore(String domain, int positives, int negatives, int truePositives, int falsePositives,
                          int falseNegatives) {

    /** TP / (TP + FP); 1 when nothing was extracted. */
    public double precision() {
        int extracted = truePositives + falsePositives;
        return extracted == 0 ? 1.0 : (double) truePositives / extracted;
    }

    /** TP / (TP + FN); 1 when nothing was expected. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    /** Wilson interval of the precision at this confidence; null when nothing was extracted. */
    public WilsonInterval precisionInterval(double confidence) {
        return WilsonInterval.of(truePositives, truePositives + falsePositives, confidence);
    }

    /** Wilson interval of the recall at this confidence; null when nothing was expected. */
    public WilsonInterval recallInterval(double confidence) {
        return WilsonInterval.of(truePositives, truePositives + falseNegatives, confidence);
    }
}
