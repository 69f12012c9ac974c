package org.factfloor.job;

import java.util.List;

/** What `factfloor run` was asked to do, after defaults were applied. */
public record RunOptions(List<String> inputs, String output, String corpusId, boolean overwrite, boolean failFast) {
    public RunOptions {
        inputs = List.copyOf(inputs);
    }
}
