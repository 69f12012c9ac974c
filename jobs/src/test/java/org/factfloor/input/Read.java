package org.factfloor.input;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.factfloor.config.InputFormat;
import org.factfloor.config.InputSettings;

/** Reads inputs with the real listing and reader, as a task does, and keeps every document and counter. */
final class Read {
    static final InputSettings DEFAULTS = settings("auto", "line", 64L << 20);

    /** What reading one file gave. */
    record Result(SourceFile file, List<CorpusFormats.Doc> docs, SourceCounters counters) {
        long good() {
            return docs.size();
        }

        long bad(String kind) {
            return counters.problems().getOrDefault(kind, 0L);
        }
    }

    private Read() {
    }

    static InputSettings settings(String format, String textUnit, long maxRecordBytes) {
        return new InputSettings(InputFormat.named(format), "auto", "text", "id", textUnit, maxRecordBytes);
    }

    /** Every file the listing finds under the input, in path order. */
    static List<Result> all(String input, InputSettings settings, BadInputPolicy policy) {
        Configuration hadoop = new Configuration();
        List<Result> results = new ArrayList<>();
        for (SourceFile f : InputListing.of(List.of(input), settings, hadoop).files()) {
            results.add(file(f, settings, policy, hadoop));
        }
        return results;
    }

    static Result one(String input, InputSettings settings) {
        List<Result> all = all(input, settings, new BadInputPolicy(false, true));
        if (all.size() != 1) {
            throw new IllegalArgumentException(input + " lists " + all.size() + " files");
        }
        return all.get(0);
    }

    static Result one(String input) {
        return one(input, DEFAULTS);
    }

    static Result file(SourceFile f, InputSettings settings, BadInputPolicy policy, Configuration hadoop) {
        SourceCounters counters = new SourceCounters(f.path());
        List<CorpusFormats.Doc> docs = new ArrayList<>();
        try (DocumentReader.Documents d = new DocumentReader(settings, policy).open(f, hadoop, counters)) {
            while (d.next()) {
                docs.add(new CorpusFormats.Doc(d.id(), d.text()));
            }
        }
        return new Result(f, docs, counters);
    }
}
