package org.factfloor.output;

import java.util.ArrayList;
import java.util.List;

/** The warnings the report puts in front of the numbers: what should make a reader distrust or re-check them. */
final class ReportWarnings {
    /**
     * Above this share of bad records among all records read, a warning: the counts may be biased by what was
     * skipped (one in a hundred is more than a stray truncated shard).
     */
    static final double MANY_BAD_RECORDS = 0.01;

    private ReportWarnings() {
    }

    static List<String> run(RunReport report) {
        List<String> warnings = new ArrayList<>();
        long bad = report.longValue("bad_records");
        long documents = report.longValue("documents");
        if (bad > 0 && (double) bad / (bad + documents) > MANY_BAD_RECORDS) {
            warnings.add(String.format(java.util.Locale.ROOT, "many bad records: %s of %s records read (%s) were"
                            + " skipped; the counts miss whatever they held. Per-file counts and locations are in"
                            + " sources/ and _MANIFEST.json.", Numbers.count(bad), Numbers.count(bad + documents),
                    Numbers.percent((double) bad / (bad + documents))));
        }
        if (report.manifest().get("skipped_inputs") instanceof List<?> skipped && !skipped.isEmpty()) {
            warnings.add(skipped.size() + " input file(s) were not read because their names do not say a corpus"
                    + " format; they are listed under skipped_inputs in _MANIFEST.json (set --format to read them).");
        }
        return warnings;
    }

    static List<String> domain(DomainReport d) {
        List<String> warnings = new ArrayList<>();
        if (d.fields().get("flags") instanceof List<?> flags) {
            for (Object flag : flags) {
                warnings.add(String.valueOf(flag));
            }
        }
        if (!d.sgt().applicable()) {
            warnings.add("Simple Good–Turing not applicable: " + d.sgt().reason());
        }
        if (!d.mismatches().isEmpty()) {
            warnings.add("summary.json disagrees with the summary recomputed from spectrum/ in "
                    + String.join(", ", d.mismatches()) + "; the output was edited or written by another factfloor"
                    + " version: the table shows summary.json, the text the recomputed values.");
        }
        return warnings;
    }
}
