package org.factfloor.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.factfloor.config.InputFormat;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.factfloor.config.InputSettings;

/**
 * Opens one source file as a pull stream of documents: checks the compression against the file's first bytes,
 * decodes it, and hands the bytes to the reader of the file's format. Whatever cannot be read is counted as bad
 * units (see {@link SourceCounters}); a stream that breaks (corrupt or truncated compression) ends the file with
 * what was read before, its damaged tail counted as one bad unit. A file deleted after it was listed is one bad
 * unit, file_vanished, and the run goes on; a file the file system refuses to read (permission denied, I/O error)
 * fails the run, because skipping it would silently change the corpus.
 */
public final class DocumentReader {
    private final InputSettings settings;
    private final BadInputPolicy policy;

    public DocumentReader(InputSettings settings, BadInputPolicy policy) {
        this.settings = settings;
        this.policy = policy;
    }

    public Documents open(SourceFile source, Configuration hadoop, SourceCounters counters) {
        BadRecords bad = new BadRecords(source.path(), counters, policy);
        Path path = new Path(source.path());
        Documents documents = new Documents(source, counters, bad);
        InputStream raw;
        FileSystem fs;
        try {
            fs = path.getFileSystem(hadoop);
            raw = fs.open(path);
        } catch (FileNotFoundException e) {
            if (!exists(path, hadoop)) {
                bad.unit();
                bad.report("file_vanished", "file", "deleted after it was listed", null);
                documents.end();
                return documents;
            }
            throw unreadable(source, e);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
        try {
            documents.raw = raw;
            documents.source = formatReader(source, raw, path, hadoop, documents);
        } catch (IOException e) {
            documents.damaged(e);
        }
        return documents;
    }

    private DocumentSource formatReader(SourceFile source, InputStream raw, Path path, Configuration hadoop,
                                        Documents documents) throws IOException {
        BadRecords bad = documents.bad;
        if (source.format() == InputFormat.PARQUET) {
            raw.close(); // opened only to prove the file is there and readable; Parquet seeks on its own stream
            return new ParquetDocuments(HadoopInputFile.fromPath(path, hadoop), settings.textPath(),
                    settings.idPath(), source.path(), bad);
        }
        BufferedInputStream in = new BufferedInputStream(FileSystemFailure.guard(raw, source.path()), 1 << 16);
        String compression = source.compression();
        if (settings.compression().equals("auto")) {
            String actual = Compression.sniff(in);
            if (!actual.equals(compression)) {
                bad.warn("compression_mismatch", "file start (named " + compression + ", read as " + actual + ")");
                compression = actual;
            }
        }
        documents.compression = compression;
        InputStream decoded = Compression.decode(in, compression);
        return switch (source.format()) {
            case JSONL -> new JsonlDocuments(new LineInput(decoded, settings.maxRecordBytes()),
                    new JsonFields(settings.textPath(), settings.idPath(), settings.maxRecordBytes()), source.path(),
                    bad);
            case TEXT -> new TextDocuments(new LineInput(decoded, settings.maxRecordBytes()), settings.textUnit(),
                    source.path(), bad, settings.maxRecordBytes());
            case WARC, WET -> new WarcDocuments(decoded, source.format() == InputFormat.WET,
                    settings.maxRecordBytes(), bad);
            case PARQUET, AUTO -> throw new IllegalStateException("no line reader for format " + source.format());
        };
    }

    private static boolean exists(Path path, Configuration hadoop) {
        try {
            return path.getFileSystem(hadoop).exists(path);
        } catch (IOException e) {
            return true; // cannot even ask: treat as a file system failure, not as a vanished file
        }
    }

    private static UnreadableInput unreadable(SourceFile source, IOException e) {
        return new UnreadableInput("cannot read input file " + source.path() + ": " + e.getMessage()
                + " (check its permissions and the file system; the run reads every listed file or fails)", e);
    }

    /** The documents of one file, pulled one at a time with {@link #next()}. */
    public static final class Documents implements Closeable {
        private final SourceFile file;
        private final SourceCounters counters;
        private final BadRecords bad;
        private InputStream raw;
        private DocumentSource source;
        private String compression;
        private boolean ended;

        private Documents(SourceFile file, SourceCounters counters, BadRecords bad) {
            this.file = file;
            this.counters = counters;
            this.bad = bad;
            this.compression = file.compression();
        }

        /** Advances to the next good document; false at the end of the file (or of its readable part). */
        public boolean next() {
            if (ended) {
                return false;
            }
            try {
                if (source.next()) {
                    counters.document();
                    return true;
                }
            } catch (IOException e) {
                damaged(e);
                return false;
            }
            end();
            return false;
        }

        public String id() {
            return source.id();
        }

        public String text() {
            return source.text();
        }

        /** The decoded stream broke: what was read stays, the rest of the file is one bad unit. */
        private void damaged(IOException e) {
            FileSystemFailure failure = FileSystemFailure.in(e);
            if (failure != null) {
                close();
                throw new UnreadableInput(failure.getMessage()
                        + " (check the file system; the run reads every listed file or fails)", failure);
            }
            boolean truncated = e instanceof EOFException;
            String kind = compression.equals(Compression.NONE)
                    ? (truncated ? "truncated_" : "malformed_") + file.format()
                    : (truncated ? "truncated" : "corrupt") + "_compressed_stream";
            bad.unit();
            bad.report(kind, source == null ? "file start" : source.position(), String.valueOf(e.getMessage()),
                    null);
            end();
        }

        private void end() {
            ended = true;
            close();
            if (counters.units() == 0 && counters.problems().isEmpty()) {
                bad.warn("empty_file", "file");
            }
            if (!counters.reconciles()) {
                throw new IllegalStateException("counting bug: " + file.path() + " has " + counters.units()
                        + " units but " + counters.documents() + " documents and " + counters.bad() + " bad");
            }
        }

        @Override
        public void close() {
            if (raw != null) {
                try {
                    raw.close();
                } catch (IOException ignored) {
                    // closing a stream already read to its end or past its corruption; nothing is lost
                }
                raw = null;
            }
        }
    }
}
