package org.factfloor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.factfloor.input.InputError;

/**
 * report.md and report.html of an output directory, a run's, a merge's (then with what the merge changed) or a mix's
 * (then {@link MixReport}), rendered from what the directory holds (no Spark).
 */
public final class Reports {
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";
    /** The table only a mixture's output has. */
    public static final String MIXTURE_TABLE = "mixture";
    public static final String MIXTURE_CURVE_TABLE = "mixture_curve";

    private Reports() {
    }

    /** @return file name → content, for the directory's committed or staged tables and JSON files */
    public static Map<String, String> render(String outputDirectory, Configuration hadoop) {
        if (isMixture(outputDirectory, hadoop)) {
            return MixReport.render(MixOutputReader.read(outputDirectory, hadoop));
        }
        RunReport report = OutputReader.read(outputDirectory, hadoop);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MARKDOWN, ReportMarkdown.render(report.facts(), report.summaries())
                + (report.delta() == null ? "" : DeltaReport.render(report.delta().baseCorpusIds(),
                        report.delta().addedCorpusIds(), report.delta().domains())));
        files.put(HTML, ReportHtml.render(report));
        return files;
    }

    /** A mixture's output (`factfloor mix`) holds expectations, not counts: its reports have their own reader. */
    private static boolean isMixture(String outputDirectory, Configuration hadoop) {
        Path mixture = new Path(outputDirectory, MIXTURE_TABLE);
        try {
            return mixture.getFileSystem(hadoop).exists(mixture);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * `factfloor report`: renders the reports of a committed output again and replaces them in place, each by
     * writing a hidden sibling and renaming it, so a reader never sees half a file.
     */
    public static void rewrite(String outputDirectory, Configuration hadoop) {
        Path dir = new Path(outputDirectory);
        try {
            FileSystem fs = dir.getFileSystem(hadoop);
            if (!fs.exists(dir)) {
                throw new InputError("output " + outputDirectory + " does not exist; pass the --output directory of"
                        + " a finished factfloor run");
            }
            if (!fs.exists(new Path(dir, RunOutput.SUCCESS))) {
                throw new InputError(outputDirectory + " has no " + RunOutput.SUCCESS + ": it is not a finished"
                        + " factfloor output (its run failed or is still running); run it again with --overwrite");
            }
            for (Map.Entry<String, String> file : render(outputDirectory, hadoop).entrySet()) {
                Path target = new Path(dir, file.getKey());
                Path temporary = new Path(dir, "." + file.getKey() + ".tmp");
                try (OutputStream out = fs.create(temporary, true)) {
                    out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                }
                fs.delete(target, false);
                if (!fs.rename(temporary, target)) {
                    throw new IOException("rename " + temporary + " → " + target + " returned false");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports of " + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
