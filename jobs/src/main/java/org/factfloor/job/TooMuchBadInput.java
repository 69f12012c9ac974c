package org.factfloor.job;

import java.util.List;
import java.util.Locale;

/** --max-bad-fraction was exceeded: the run fails (exit 1) naming the worst sources. */
public final class TooMuchBadInput extends RuntimeException {
    TooMuchBadInput(List<SourceTable.Source> over, double limit) {
        super(String.format(Locale.ROOT, "%d source(s) have more than %.4g of their units bad, worst: %s"
                        + " (%d of %d bad: %s); fix or remove them, or raise --max-bad-fraction", over.size(), limit,
                over.get(0).path(), over.get(0).badTotal(), over.get(0).units(), over.get(0).badRecords()));
    }
}
