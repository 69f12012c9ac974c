package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factfloor evaluate` with a cooccurrence domain enabled: it runs with its fact table, as in `run`. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCooccurrenceDomainIsScoredWithItsFactTable() throws Exception {
        Path config = dir.resolve("cooccurrence.conf");
        Files.writeString(config, "factfloor.domains.capital-cooccurrence.enabled = true\n");
        Path set = Files.createDirectories(dir.resolve("set"));
        Files.writeString(set.resolve("capital-cooccurrence.eval"), """
                encyclopedia || Paris is the capital of France. || france => paris
                encyclopedia || Madrid is a large city. || none
                """);
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        int code;
        try {
            code = Main.execute(new String[] {"evaluate", "--set", set.toString(), "--config", config.toString()});
        } finally {
            System.setOut(out);
        }
        assertEquals(ExitCodes.OK, code, printed.toString());
        String row = printed.toString().lines().filter(l -> l.startsWith("capital-cooccurrence")).findFirst()
                .orElseThrow(() -> new AssertionError(printed.toString()));
        assertTrue(row.contains("1.000"), row); // the one stated fact found, nothing else
    }
}
