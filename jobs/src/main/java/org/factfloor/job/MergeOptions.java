package org.factfloor.job;

import java.util.List;
import org.factfloor.UserError;

/**
 * What `factfloor merge` was asked to do. With {@code into}, the base is that cumulative directory (empty when it
 * does not exist yet) and the result replaces it; otherwise the base is the first of {@code inputs}, the result goes
 * to {@code output}, and {@code overwrite} decides whether an existing output may be replaced.
 *
 * @param corpusId          the merged output's name, or null for the cumulative's own (else the output's name)
 * @param skipAlreadyMerged with {@code into}: an input whose corpora are all inside with the same run ids is
 *                          skipped, so a retried scheduler task is harmless
 */
public record MergeOptions(List<String> inputs, String output, String into, String corpusId, boolean overwrite,
                           boolean skipAlreadyMerged) {
    public MergeOptions {
        inputs = List.copyOf(inputs);
        if ((output == null) == (into == null)) {
            throw new UserError("give exactly one of --output DIR and --into CUMULATIVE_DIR");
        }
        if (into == null && inputs.size() < 2) {
            throw new UserError("merge --output needs at least two --inputs (the first is the base the"
                    + " delta compares with); to start or extend cumulative statistics use --into DIR");
        }
        if (inputs.isEmpty()) {
            throw new UserError("merge needs at least one --inputs RUN_DIR");
        }
        if (skipAlreadyMerged && into == null) {
            throw new UserError("--skip-already-merged works only with --into");
        }
    }
}
