package org.factfloor.input;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.factfloor.config.InputFormat;
import org.factfloor.config.InputSettings;

/**
 * Expands --input paths, globs and directories (recursively) on any Hadoop file system into the sorted list of
 * files to read, with format and compression inferred from the name unless forced. Files whose names say they
 * are not corpus shards are listed as skipped, never dropped silently.
 */
public final class InputListing {
    private final List<SourceFile> files;
    private final List<String> skipped;

    private InputListing(List<SourceFile> files, List<String> skipped) {
        this.files = files;
        this.skipped = skipped;
    }

    public static InputListing of(List<String> inputs, InputSettings settings, Configuration hadoop) {
        TreeMap<String, SourceFile> files = new TreeMap<>();
        Set<String> skipped = new TreeSet<>();
        for (String input : inputs) {
            Path path = new Path(input);
            try {
                FileSystem fs = path.getFileSystem(hadoop);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    throw new InputError("input " + input + " does not exist (or the glob matches nothing); check the"
                            + " path or pass an existing file, directory or glob to --input");
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                        while (it.hasNext()) {
                            add(it.next(), settings, files, skipped);
                        }
                    } else {
                        add(match, settings, files, skipped);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
            }
        }
        if (files.isEmpty()) {
            throw new InputError("no corpus files found under " + String.join(", ", inputs)
                    + (skipped.isEmpty() ? "" : " (skipped: " + String.join(", ", skipped) + ")")
                    + "; expected *.jsonl, *.json, *.ndjson, *.txt, *.parquet, *.warc, *.wet (optionally .gz, .bz2, .zst),"
                    + " or set --format");
        }
        List<SourceFile> list = new ArrayList<>(files.values());
        return new InputListing(List.copyOf(list), List.copyOf(skipped));
    }

    /** The files a file sample keeps, in the same order; the listing must keep at least one. */
    public InputListing sampled(org.factfloor.sample.BernoulliSample sample) {
        List<SourceFile> kept = files.stream().filter(f -> sample.keeps(f.path())).toList();
        if (kept.isEmpty()) {
            throw new InputError("--sample " + sample.fraction() + " --sample-by files kept none of the " + files.size()
                    + " listed files (seed " + sample.seed() + "); raise --sample, change --sample-seed or use"
                    + " --sample-by documents");
        }
        return new InputListing(kept, skipped);
    }

    private static void add(FileStatus status, InputSettings settings, TreeMap<String, SourceFile> files,
                            Set<String> skipped) {
        String path = status.getPath().toString();
        String name = status.getPath().getName();
        if (name.startsWith("_") || name.startsWith(".")) {
            return; // Hadoop's hidden files (_SUCCESS, .crc) are bookkeeping, not corpus
        }
        String lower = name.toLowerCase(Locale.ROOT);
        InputFormat format = settings.format() == InputFormat.AUTO ? formatOf(Compression.stripExtension(lower))
                : settings.format();
        if (format == null) {
            skipped.add(path + " (unknown extension; set --format to read it)");
            return;
        }
        String compression = format == InputFormat.PARQUET ? Compression.NONE
                : settings.compression().equals("auto") ? Compression.fromName(lower) : settings.compression();
        files.put(path, new SourceFile(path, status.getLen(), format, compression));
    }

    /** The format a file name (without its compression extension) announces, or null. */
    static InputFormat formatOf(String base) {
        if (base.endsWith(".jsonl") || base.endsWith(".json") || base.endsWith(".ndjson")) {
            return InputFormat.JSONL;
        } else if (base.endsWith(".txt") || base.endsWith(".text")) {
            return InputFormat.TEXT;
        } else if (base.endsWith(".parquet")) {
            return InputFormat.PARQUET;
        } else if (base.endsWith(".wet")) {
            return InputFormat.WET;
        } else if (base.endsWith(".warc")) {
            return InputFormat.WARC;
        }
        return null;
    }

    /**
     * The paths of an --input-list file (on any Hadoop file system): one per line; blank lines and lines starting
     * with # are ignored.
     */
    public static List<String> readList(String file, Configuration hadoop) {
        Path path = new Path(file);
        List<String> paths = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(path.getFileSystem(hadoop).open(path),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    paths.add(p);
                }
            }
        } catch (FileNotFoundException e) {
            throw new InputError("--input-list " + file + " does not exist; pass a file with one input path per line");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --input-list " + file + ": " + e.getMessage(), e);
        }
        if (paths.isEmpty()) {
            throw new InputError("--input-list " + file + " names no path; put one input path per line");
        }
        return paths;
    }

    /** Files to read, sorted by path. */
    public List<SourceFile> files() {
        return files;
    }

    public List<String> skipped() {
        return skipped;
    }

    public long totalBytes() {
        return files.stream().mapToLong(SourceFile::bytes).sum();
    }

    /** Largest first, so the longest tasks start first. */
    public List<SourceFile> bySizeDescending() {
        List<SourceFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparingLong(SourceFile::bytes).reversed().thenComparing(SourceFile::path));
        return sorted;
    }
}
