package org.factfloor.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator still writes the shipped sample: its README command reproduces local-data/ (the text of every shard
 * and both ground-truth tables, byte for byte), so the README's table and the Spark tests' expectations stay true
 * when the generator is changed for speed or memory.
 */
class ShippedSampleTest {
    private static final Path SHIPPED = Path.of("..", "local-data");

    @Test
    void readmeCommandReproducesLocalData(@TempDir Path dir) throws IOException {
        // deploy/factfloor generate --output local-data --documents 30000 --shards 8 --seed 20241125
        new CorpusGenerator(new GeneratorOptions(dir, 30000, 0, 8, 20241125, true)).generate();

        for (String table : List.of(GroundTruth.FACTOIDS_FILE, GroundTruth.ENTITIES_FILE)) {
            assertArrayEquals(Files.readAllBytes(SHIPPED.resolve("ground-truth").resolve(table)),
                    Files.readAllBytes(dir.resolve("ground-truth").resolve(table)), table);
        }
        List<Path> shards;
        try (Stream<Path> files = Files.list(SHIPPED.resolve("corpus"))) {
            shards = files.sorted().toList();
        }
        assertEquals(8, shards.size());
        for (Path shard : shards) {
            assertArrayEquals(gunzip(shard), gunzip(dir.resolve("corpus").resolve(shard.getFileName())),
                    shard.getFileName().toString());
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
