package org.factfloor.stats;

/**
 * How many times larger the full corpus is than a Bernoulli sample of it, in occurrences, with the relative
 * standard error of that factor (DESIGN §6, prediction from a sample).
 *
 * @param scale         estimated full-corpus occurrences / sample occurrences
 * @param relativeError relative standard error of the full corpus's size
 * @param basis         how the factor was estimated, for the report
 */
public record SampleScale(double scale, double relativeError, String basis) {
    public SampleScale {
        if (!(scale >= 1) || !(relativeError >= 0)) {
            throw new IllegalArgumentException("sample scale must be >= 1 with a relative error >= 0, got " + scale
                    + " ± " + relativeError);
        }
    }

    /**
     * A document sample: every document was read, so the full count is known and the factor is
     * documents/sampled documents; the full corpus's n is then uncertain only by which documents were kept,
     * relative variance (1 − f)/n_sample (each occurrence kept independently with f = sampled/documents; documents
     * holding several occurrences make it somewhat larger).
     */
    public static SampleScale ofDocuments(long documents, long sampledDocuments, long sampleOccurrences) {
        if (sampledDocuments < 1 || documents < sampledDocuments) {
            throw new IllegalArgumentException("a document sample needs 1 <= sampled <= documents, got "
                    + sampledDocuments + " of " + documents);
        }
        double f = (double) sampledDocuments / documents;
        return new SampleScale(1 / f, poisson(f, sampleOccurrences), "documents: " + documents + " read, "
                + sampledDocuments + " sampled");
    }

    /**
     * A file sample: the ratio estimator of the full corpus's occurrences from the listed bytes (Cochran 1977,
     * Sampling Techniques, eq. 6.13): R̂ = Σy/Σb over the m sampled files of M listed, Var(R̂) ≈ (1 − m/M)/(m·b̄²)
     * · Σ(y_i − R̂·b_i)²/(m − 1). y_i are the sampled files' occurrences (or a proxy such as mentions), b_i their
     * bytes. The file-to-file spread is the shard heterogeneity that makes a file sample's interval wider; with one
     * sampled file it cannot be measured and the Poisson term of a document sample stands in (it is also the floor).
     */
    public static SampleScale ofFiles(long[] sampledBytes, long[] sampledOccurrences, long listedBytes,
                                      int listedFiles, long sampleOccurrences) {
        int m = sampledBytes.length;
        if (m < 1 || m != sampledOccurrences.length || m > listedFiles) {
            throw new IllegalArgumentException("a file sample needs 1 <= sampled files <= listed files and one"
                    + " occurrence count per sampled file");
        }
        double bytes = 0;
        double y = 0;
        for (int i = 0; i < m; i++) {
            bytes += sampledBytes[i];
            y += sampledOccurrences[i];
        }
        if (!(bytes > 0) || listedBytes < bytes) {
            throw new IllegalArgumentException("sampled files hold " + bytes + " bytes of " + listedBytes + " listed");
        }
        double f = (double) m / listedFiles;
        double byteShare = bytes / listedBytes;
        double relativeVariance = 0;
        if (m > 1 && y > 0) {
            double ratio = y / bytes;
            double residuals = 0;
            for (int i = 0; i < m; i++) {
                double e = sampledOccurrences[i] - ratio * sampledBytes[i];
                residuals += e * e;
            }
            double meanBytes = bytes / m;
            double varianceOfRatio = (1 - f) / (m * meanBytes * meanBytes) * residuals / (m - 1);
            relativeVariance = varianceOfRatio / (ratio * ratio);
        }
        double floor = poisson(byteShare, sampleOccurrences);
        return new SampleScale(1 / byteShare, Math.sqrt(Math.max(relativeVariance, floor * floor)),
                "files: " + m + " of " + listedFiles + " sampled, " + (long) bytes + " of " + listedBytes + " bytes"
                        + (m == 1 ? "; one file read, so the spread between files is not measured and the interval"
                        + " assumes homogeneous files (sample more files: raise --sample or split the shards)" : ""));
    }

    /** The target size is known exactly (predict --to-size, a growth curve). */
    public static SampleScale exact(double scale) {
        return new SampleScale(scale, 0, "exact");
    }

    private static double poisson(double f, long occurrences) {
        return occurrences > 0 ? Math.sqrt((1 - f) / occurrences) : 0;
    }
}
