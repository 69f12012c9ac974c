package org.factfloor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** factfloor.input: defaults, dotted field paths, and errors that name the key and the file. */
class InputSettingsTest {
    @TempDir
    Path dir;

    private InputSettings load(String hocon) throws IOException {
        Path file = Files.writeString(dir.resolve("input.conf"), hocon);
        return FactfloorConfig.load(file.toFile(), Map.of(), List.of()).input();
    }

    @Test
    void defaultsReadEveryFormatByNameWithA64MegabyteRecordLimit() {
        InputSettings s = FactfloorConfig.load(null, Map.of(), List.of()).input();
        assertEquals(new InputSettings(InputFormat.AUTO, "auto", "text", "id", "line", 64L << 20), s);
    }

    @Test
    void dottedFieldsAreSplitIntoPaths() throws IOException {
        InputSettings s = load("factfloor.input { text-field = content.body, id-field = meta.source.id,"
                + " max-record-bytes = 2M, compression = zstd, format = wet }");
        assertEquals(List.of("content", "body"), s.textPath());
        assertEquals(List.of("meta", "source", "id"), s.idPath());
        assertEquals(2L << 20, s.maxRecordBytes());
        assertEquals("zstd", s.compression());
        assertEquals(InputFormat.WET, s.format());
    }

    @Test
    void badValuesNameKeyAndFile() throws IOException {
        for (String bad : List.of("compression = lz4", "format = csv", "text-field = \"a..b\"",
                "max-record-bytes = 10")) {
            ConfigError e = assertThrows(ConfigError.class, () -> load("factfloor.input." + bad));
            String key = bad.substring(0, bad.indexOf(' '));
            assertTrue(e.getMessage().startsWith("factfloor.input." + key + " (" + dir.resolve("input.conf")
                    + ", line 1): "), e.getMessage());
        }
    }
}
