package org.factfloor.job;

import java.util.List;
import org.factfloor.UserError;
import org.factfloor.sample.BernoulliSample;

/**
 * What `factfloor run` was asked to do, after defaults were applied.
 *
 * @param quarantine     copy bad records to quarantine/
 * @param maxBadFraction fail the run when more than this share of any source's units is bad (1 = never)
 * @param sample         read only this Bernoulli sample of the documents or files and predict the whole; null: all
 */
public record RunOptions(List<String> inputs, String output, String corpusId, boolean overwrite, boolean failFast,
                         boolean quarantine, double maxBadFraction, BernoulliSample sample) {
    public RunOptions {
        inputs = List.copyOf(inputs);
        if (!(maxBadFraction >= 0 && maxBadFraction <= 1)) {
            throw new UserError("--max-bad-fraction must be between 0 and 1, got " + maxBadFraction);
        }
    }

    /** The whole corpus. */
    public RunOptions(List<String> inputs, String output, String corpusId, boolean overwrite, boolean failFast,
                      boolean quarantine, double maxBadFraction) {
        this(inputs, output, corpusId, overwrite, failFast, quarantine, maxBadFraction, null);
    }

    /** Bad input skipped and counted, nothing quarantined, no bad-fraction limit. */
    public RunOptions(List<String> inputs, String output, String corpusId, boolean overwrite, boolean failFast) {
        this(inputs, output, corpusId, overwrite, failFast, false, 1.0);
    }
}
