package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factfloor validate`: the config checked and the files a run would read listed, without Spark. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    /** Exit code, stdout and stderr of one command line. */
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "validate";
            System.arraycopy(args, 0, all, 1, args.length);
            return new Outcome(Main.execute(all), out.toString(), err.toString());
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    private void corpus() throws IOException {
        Files.createDirectories(dir.resolve("corpus/sub"));
        Files.write(dir.resolve("corpus/a.jsonl.gz"), new byte[10]);
        Files.write(dir.resolve("corpus/sub/b.parquet"), new byte[20]);
        Files.write(dir.resolve("corpus/c.warc.wet.zst"), new byte[30]);
        Files.write(dir.resolve("corpus/notes.md"), new byte[5]);
    }

    @Test
    void compilesTheFactTablesOfCooccurrenceDomainsAndSaysWhatTheyCost() throws IOException {
        corpus();
        Outcome o = validate("--input", dir.resolve("corpus").toString(), "--domains", "capital-cooccurrence");
        assertEquals(0, o.code(), o.err());
        String line = o.out().lines().filter(l -> l.startsWith("fact table of")).findFirst().orElseThrow();
        assertTrue(line.matches("fact table of capital-cooccurrence: classpath:facts/country-capitals.tsv, 249 facts \\(0"
                + " rows rejected by the normalisers\\), \\d+ names, window sentence; compiled \\d+\\.\\d MB \\(automaton"
                + " \\d+\\.\\d MB, \\d+ nodes\\) per executor"), line);
        Path conf = dir.resolve("missing.conf");
        Files.writeString(conf, "factfloor.domains.capital-cooccurrence.facts.path = \"" + dir.resolve("none.tsv") + "\"\n");
        Outcome missing = validate("--input", dir.resolve("corpus").toString(), "--config", conf.toString(),
                "--domains", "capital-cooccurrence");
        assertEquals(2, missing.code(), missing.out());
        assertTrue(missing.err().contains("none.tsv (factfloor.domains.capital-cooccurrence.facts.path) does not"
                + " exist; fix the path"), missing.err());
    }

    @Test
    void listsFilesWithFormatCompressionAndSizeAndTheSkippedOnes() throws IOException {
        corpus();
        Outcome o = validate("--input", dir.resolve("corpus").toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertTrue(lines.get(0).startsWith("config: ok (reference.conf), domains: capitals, citations, death-dates,"),
                lines.get(0));
        assertEquals("inputs: 3 files, 60 bytes", lines.get(1));
        String root = "file:" + dir.resolve("corpus");
        assertEquals(List.of(
                "format   compression          bytes  path",
                "jsonl    gzip                    10  " + root + "/a.jsonl.gz",
                "wet      zstd                    30  " + root + "/c.warc.wet.zst",
                "parquet  none                    20  " + root + "/sub/b.parquet",
                "skipped: " + root + "/notes.md (unknown extension; set --format to read it)"), lines.subList(2, 7));
    }

    @Test
    void readsAnInputListAndAppliesFormatAndCompressionOverrides() throws IOException {
        corpus();
        Path list = Files.writeString(dir.resolve("inputs.txt"), "# shards of today\n"
                + dir.resolve("corpus/notes.md") + "\n\n" + dir.resolve("corpus/a.jsonl.gz") + "\n");
        Outcome o = validate("--input-list", list.toString(), "--format", "text", "--compression", "none");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("inputs: 2 files, 15 bytes"), o.out());
        assertTrue(o.out().contains("text     none                     5  file:" + dir.resolve("corpus/notes.md")),
                o.out());
    }

    /** A back-reference is not regular: the pattern keeps working, and validate says which, why and what it costs. */
    @Test
    void aPatternTheAutomatonCannotReadIsNamedWithItsReasonAndCost() throws IOException {
        corpus();
        Path conf = Files.writeString(dir.resolve("twice.conf"), "factfloor.domains.twice {\n"
                + "  entity { normalizer = raw }\n  attribute { normalizer = raw }\n  prefilter = [\"is\"]\n"
                + "  patterns = [\"(?<entity>\\\\w+) is (?<attribute>\\\\w+)\", \"(?<entity>\\\\w+) is \\\\1 (?<attribute>\\\\w+)\"]\n"
                + "  plausible-alternatives = 10\n}\n");
        Outcome o = validate("--config", conf.toString(), "--domains", "twice", "--input",
                dir.resolve("corpus").toString());
        assertEquals(0, o.code(), o.err());
        List<String> warnings = o.out().lines().filter(l -> l.startsWith("warning: ")).toList();
        assertEquals(1, warnings.size(), o.out());
        assertTrue(warnings.get(0).startsWith("warning: domain twice, pattern 2: the one-pass automaton cannot read it"
                + " (the escape \\1 (back-references,"), warnings.get(0));
        assertTrue(warnings.get(0).contains("It still runs, on the slower path"), warnings.get(0));
    }

    @Test
    void badConfigOrInputIsExitTwoWithOneLine() throws IOException {
        corpus();
        Outcome format = validate("--input", dir.resolve("corpus").toString(), "--format", "csv");
        assertEquals(2, format.code());
        assertTrue(format.err().startsWith("factfloor: error: factfloor.input.format (command line): must be one of"
                        + " auto, jsonl,"),
                format.err());
        Outcome missing = validate("--input", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope does not exist"), missing.err());
        Outcome list = validate("--input-list", dir.resolve("nope.txt").toString());
        assertEquals(2, list.code());
        assertEquals("factfloor: error: --input-list " + dir.resolve("nope.txt") + " does not exist; pass a file with"
                + " one input path per line", list.err().strip());
    }

    @Test
    void warnsAboutAPatternItsPrefilterNeverLetsRun() throws IOException {
        corpus();
        Path conf = Files.writeString(dir.resolve("my.conf"), "factfloor.domains.capitals.prefilter = [\"capitol\"]\n");
        Outcome o = validate("--input", dir.resolve("corpus").toString(), "--config", conf.toString(),
                "--domains", "capitals");
        assertEquals(0, o.code(), o.err());
        List<String> warnings = o.out().lines().filter(l -> l.startsWith("warning: ")).toList();
        int patterns = FactfloorConfig.load(null, Map.of(), List.of("capitals")).domain("capitals").patterns().size();
        assertEquals(patterns, warnings.size(), o.out()); // every capitals pattern
        assertTrue(warnings.get(0).startsWith("warning: factfloor.domains.capitals.patterns[0] ("), warnings.get(0));
        assertTrue(warnings.get(0).endsWith(" contains none of the prefilter literals [capitol], so it can match only"
                + " where a name or date happens to spell one; add the word the pattern relies on to prefilter, or fix"
                + " the pattern"), warnings.get(0));
    }
}
