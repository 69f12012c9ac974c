package org.factfloor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.factfloor.UserError;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.sample.GeneratorReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `factfloor generate`: a deterministic synthetic sharded corpus with its exact ground truth (no Spark). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic corpus (DIR/corpus/*.jsonl[.gz]) and its ground truth (DIR/ground-truth/).")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Directory to create.")
    Path output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Size size;

    static final class Size {
        @Option(names = "--documents", paramLabel = "N", description = "Number of documents.")
        long documents;

        @Option(names = "--bytes", paramLabel = "N[K|M|G]", description = "Uncompressed size to reach, e.g. 500M.")
        String bytes;
    }

    @Option(names = "--shards", defaultValue = "8", description = "Number of shard files (default ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--compression", defaultValue = "gzip", description = "gzip (default) or none.")
    String compression;

    @Option(names = "--mix", defaultValue = "standard",
            description = "standard (default: capitals, death dates, citations) or obituaries (only death dates,"
                    + " each of a person never named before).")
    String mix;

    @Option(names = "--first-person-id", defaultValue = "0", paramLabel = "N",
            description = "Number synthetic people from N (default 0), so a second corpus names new people.")
    long firstPersonId;

    @Override
    public Integer call() throws IOException {
        if (!compression.equals("gzip") && !compression.equals("none")) {
            throw new UserError("--compression must be gzip or none, got " + compression);
        }
        if (!mix.equals("standard") && !mix.equals("obituaries")) {
            throw new UserError("--mix must be standard or obituaries, got " + mix);
        }
        long bytes = size.bytes == null ? 0 : parseBytes(size.bytes);
        GeneratorReport r;
        try {
            r = new CorpusGenerator(new GeneratorOptions(output, size.documents, bytes, shards, seed,
                    compression.equals("gzip"), GeneratorOptions.Mix.valueOf(mix.toUpperCase(Locale.ROOT)),
                    firstPersonId)).generate();
        } catch (OutOfMemoryError e) {
            // The generator is unreachable here, so its heap is free again for the message; the cause is left
            // out because Failures reports the deepest cause, and "Java heap space" does not say what to do.
            throw new IllegalStateException("generate ran out of heap writing " + output + ": it keeps every"
                    + " synthetic person and work and the ground truth in memory, so its heap grows with the corpus;"
                    + " rerun with a larger one, e.g. FACTFLOOR_JAVA_OPTS=-Xmx12g deploy/factfloor generate …");
        }
        System.out.printf(Locale.ROOT, "wrote %d documents (%d bytes of JSONL) in %d shards to %s%n",
                r.documents(), r.bytes(), r.shards(), output.resolve("corpus"));
        System.out.printf(Locale.ROOT, "ground truth: %s (%d synthetic people, %d works)%n",
                output.resolve("ground-truth"), r.people(), r.works());
        return ExitCodes.OK;
    }

    /** "1234", "500K", "2M", "4G" (binary multiples). */
    static long parseBytes(String s) {
        String t = s.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = switch (t.charAt(t.length() - 1)) {
                case 'K' -> 1L << 10;
                case 'M' -> 1L << 20;
                default -> 1L << 30;
            };
            t = t.substring(0, t.length() - 1);
        }
        try {
            long value = Long.parseLong(t);
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(value, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserError("--bytes must be a positive number with an optional K, M or G suffix,"
                    + " got '" + s + "'");
        }
    }
}
