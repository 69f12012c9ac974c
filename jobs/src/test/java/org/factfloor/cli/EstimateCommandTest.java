package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factfloor estimate`: reads a spectrum or counts, prints every estimator, fails with file and line. */
class EstimateCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true));
        System.setErr(new PrintStream(e, true));
        try {
            return new Result(Main.execute(args), o.toString(), e.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void jsonCarriesEveryDocumentedKey() throws Exception {
        Path f = dir.resolve("s.tsv");
        Files.writeString(f, "r\tn_r\n1\t120\n2\t40\n3\t24\n4\t13\n5\t15\n6\t5\n7\t11\n8\t2\n9\t2\n10\t1\n");
        Result r = run("estimate", "--spectrum", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        for (String key : List.of("\"n\" : 550", "\"distinct\" : 233", "\"n1\" : 120", "\"n2\" : 40",
                "\"singleton_rate\"", "\"coverage\"", "\"good_turing\"", "\"missing_mass\"", "\"ci_low\"",
                "\"ci_high\"", "\"confidence\" : 0.99", "\"sgt\"", "\"applicable\"", "\"reason\"", "\"p0\"",
                "\"intercept\"", "\"slope\"", "\"r_star\"", "\"p\"", "\"chao1\"", "\"classic\"", "\"bias_corrected\"",
                "\"variance\"", "\"growth\"", "\"factor\" : 1.0", "\"new_distinct\"", "\"good_toulmin_new_distinct\"",
                "\"floors\"", "\"kalai_vempala_2024\"", "\"kalai_nachum_vempala_zhang_2025\"",
                "\"limited_by_sample_size\"", "\"n_needed\"")) {
            assertTrue(r.out().contains(key), key + " in " + r.out());
        }
        assertTrue(r.out().contains("\"singleton_rate\" : " + (120.0 / 550)), r.out());
    }

    @Test
    void countsAndSpectrumGiveTheSameAnswer() throws Exception {
        Path counts = dir.resolve("c.txt");
        Files.writeString(counts, "1\n1\n1\n2\n2\n5\n\n");
        Path spectrum = dir.resolve("s.tsv");
        Files.writeString(spectrum, "r\tn_r\n1\t3\n2\t2\n5\t1\n");
        Result a = run("estimate", "--counts", counts.toString(), "--json", "--growth-factor", "0.5");
        Result b = run("estimate", "--spectrum", spectrum.toString(), "--json", "--growth-factor", "0.5");
        assertEquals(0, a.code());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().contains("\"singleton_rate\" : 0.25"), a.out());
    }

    @Test
    void anEmptySpectrumIsDefinedNotAnError() throws Exception {
        Path f = dir.resolve("empty.tsv");
        Files.writeString(f, "r\tn_r\n");
        Result r = run("estimate", "--spectrum", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"singleton_rate\" : null") && !r.out().contains("NaN"), r.out());
    }

    @Test
    void aBadLineIsNamedWithFileAndLine() throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "r\tn_r\n1\t3\n2\tmany\n");
        Result r = run("estimate", "--spectrum", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.tsv:3: expected a non-negative integer, got 'many'"), r.err());
    }

    @Test
    void aMissingHeaderIsExplained() throws Exception {
        Path f = dir.resolve("nohead.tsv");
        Files.writeString(f, "1\t3\n");
        Result r = run("estimate", "--spectrum", f.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected the header 'r<TAB>n_r'"), r.err());
    }

    @Test
    void aFlagOutOfRangeIsAUsageErrorNamingTheFlag() throws Exception {
        Path f = Files.writeString(dir.resolve("s.tsv"), "r\tn_r\n1\t3\n2\t1\n");
        Result r = run("estimate", "--spectrum", f.toString(), "--plausible-alternatives", "0");
        assertEquals(2, r.code());
        assertEquals("factfloor: error: --plausible-alternatives must be > 0, got 0.0; see `factfloor estimate --help`",
                r.err().strip());
    }
}
