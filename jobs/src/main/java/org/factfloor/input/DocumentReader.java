package org.factfloor.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.factfloor.config.InputSettings;

/**
 * Decodes one source file into a pull stream of documents: JSONL (only the text and id fields are parsed, by
 * streaming) or plain text (a line, a blank-line-separated paragraph, or the whole file per document), gzip or not.
 * A bad record is counted and skipped; a corrupt compressed stream ends the file with what was read so far,
 * counted; under fail-fast either is an error. A file that cannot be opened is an I/O failure of the run.
 */
public final class DocumentReader {
    private static final JsonFactory JSON = new JsonFactory();

    private final InputSettings settings;
    private final boolean failFast;

    public DocumentReader(InputSettings settings, boolean failFast) {
        this.settings = settings;
        this.failFast = failFast;
    }

    public Documents open(SourceFile source, Configuration hadoop, SourceCounters counters) {
        Path path = new Path(source.path());
        InputStream raw;
        try {
            raw = path.getFileSystem(hadoop).open(path);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("input file " + source.path() + " disappeared after it was listed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open input file " + source.path() + ": " + e.getMessage(), e);
        }
        Documents documents = new Documents(source, counters);
        try {
            InputStream in = source.compression().equals("gzip") ? new GZIPInputStream(raw, 1 << 16) : raw;
            documents.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (ZipException | EOFException e) {
            closeQuietly(raw);
            documents.corrupt(e);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new UncheckedIOException("I/O error reading " + source.path() + ": " + e.getMessage(), e);
        }
        return documents;
    }

    /** The documents of one file, pulled one at a time with {@link #next()}. */
    public final class Documents implements Closeable {
        private final SourceFile source;
        private final SourceCounters counters;
        private BufferedReader reader;
        private long line;
        private boolean ended;
        private String id;
        private String text;
        private final StringBuilder block = new StringBuilder();

        private Documents(SourceFile source, SourceCounters counters) {
            this.source = source;
            this.counters = counters;
        }

        /** Advances to the next good document; false at the end of the file (or of its readable part). */
        public boolean next() {
            if (reader == null || ended) {
                return false;
            }
            try {
                boolean found = source.format().equals("jsonl") ? nextJson() : nextText();
                if (found) {
                    counters.document();
                }
                return found;
            } catch (ZipException | EOFException e) {
                corrupt(e);
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("I/O error reading " + source.path() + " after line " + line + ": "
                        + e.getMessage(), e);
            }
        }

        public String id() {
            return id;
        }

        public String text() {
            return text;
        }

        private boolean nextJson() throws IOException {
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                line++;
                if (l.isBlank()) {
                    problem("empty_line", "line " + line, "empty line");
                    continue;
                }
                try {
                    JsonRecord record = JsonRecord.parse(l, settings.textField(), settings.idField());
                    if (record.text() == null) {
                        problem(record.problem(), "line " + line, record.problem());
                        continue;
                    }
                    id = record.id() != null ? record.id() : source.path() + ":" + line;
                    text = record.text();
                    return true;
                } catch (JsonProcessingException e) {
                    problem("malformed_json", "line " + line, e.getOriginalMessage());
                }
            }
            ended = true;
            return false;
        }

        private boolean nextText() throws IOException {
            long start = line + 1;
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                line++;
                switch (settings.textUnit()) {
                    case "line" -> {
                        if (!l.isBlank()) {
                            return emit(source.path() + ":" + line, l);
                        }
                        start = line + 1;
                    }
                    case "paragraph" -> {
                        if (!l.isBlank()) {
                            block.append(l).append('\n');
                        } else if (block.length() > 0) {
                            return emitBlock(start);
                        } else {
                            start = line + 1;
                        }
                    }
                    default -> block.append(l).append('\n');
                }
            }
            ended = true;
            return block.length() > 0 && emitBlock(start);
        }

        private boolean emitBlock(long start) {
            String t = block.toString();
            block.setLength(0);
            return emit(source.path() + ":" + start, t);
        }

        private boolean emit(String documentId, String documentText) {
            id = documentId;
            text = documentText;
            return true;
        }

        private void corrupt(IOException e) {
            ended = true;
            problem("corrupt_compressed_stream", "after line " + line, String.valueOf(e.getMessage()));
        }

        private void problem(String kind, String location, String detail) {
            if (failFast) {
                throw new BadInputException(source.path(), location, kind + " (" + detail + ")");
            }
            counters.problem(kind, location);
        }

        @Override
        public void close() {
            if (reader != null) {
                closeQuietly(reader);
            }
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing a stream already read to its end or past its corruption; nothing is lost
        }
    }

    /** The two fields factfloor needs from a JSONL record, found by streaming without building a tree. */
    record JsonRecord(String id, String text, String problem) {
        static JsonRecord parse(String line, String textField, String idField) throws IOException {
            String id = null;
            String text = null;
            String problem = "missing_text";
            try (JsonParser p = JSON.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new JsonParseException(p, "a JSONL record must be an object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals(textField)) {
                        if (value == JsonToken.VALUE_STRING) {
                            text = p.getText();
                        } else {
                            problem = value == JsonToken.VALUE_NULL ? "missing_text" : "non_string_text";
                            p.skipChildren();
                        }
                    } else if (name.equals(idField) && value.isScalarValue()) {
                        id = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
                if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                    throw new JsonParseException(p, "trailing content after the record");
                }
            }
            return new JsonRecord(id, text, text == null ? problem : null);
        }
    }
}
