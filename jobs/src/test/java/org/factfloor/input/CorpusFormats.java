package org.factfloor.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes the same documents in every format and compression factfloor reads, as real tools would write them. */
final class CorpusFormats {
    static final MessageType PARQUET_SCHEMA = MessageTypeParser.parseMessageType(
            "message doc { required binary id (STRING); optional binary text (STRING); }");
    private static final Instant DATE = Instant.parse("2026-11-25T00:00:00Z");

    /** One document of a corpus. */
    record Doc(String id, String text) {
    }

    private CorpusFormats() {
    }

    /** The extension a compression adds. */
    static String extension(String compression) {
        return switch (compression) {
            case "gzip" -> ".gz";
            case "bzip2" -> ".bz2";
            case "zstd" -> ".zst";
            default -> "";
        };
    }

    static OutputStream compress(OutputStream out, String compression) throws IOException {
        return switch (compression) {
            case "gzip" -> new GZIPOutputStream(out, 1 << 16);
            case "bzip2" -> new BZip2CompressorOutputStream(out, 1); // 100 KB blocks: small files stay cheap
            case "zstd" -> new ZstdOutputStream(out);
            default -> out;
        };
    }

    static Path jsonl(List<Doc> docs, Path file, String compression) throws IOException {
        Files.createDirectories(file.getParent());
        JsonFactory json = new JsonFactory();
        try (Writer w = new OutputStreamWriter(compress(Files.newOutputStream(file), compression),
                StandardCharsets.UTF_8)) {
            for (Doc d : docs) {
                try (JsonGenerator g = json.createGenerator(w)) {
                    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    g.writeStartObject();
                    g.writeStringField("id", d.id());
                    g.writeStringField("text", d.text());
                    g.writeEndObject();
                }
                w.write('\n');
            }
        }
        return file;
    }

    /** One file per document (text-unit = file). */
    static Path textFiles(List<Doc> docs, Path dir, String compression) throws IOException {
        Files.createDirectories(dir);
        for (Doc d : docs) {
            try (OutputStream out = compress(Files.newOutputStream(dir.resolve(d.id() + ".txt"
                    + extension(compression))), compression)) {
                out.write(d.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        return dir;
    }

    /** Parquet with the given codec, in row groups of about 64 KB so a file has several. */
    static Path parquet(List<Doc> docs, Path file, CompressionCodecName codec) throws IOException {
        Files.createDirectories(file.getParent());
        SimpleGroupFactory groups = new SimpleGroupFactory(PARQUET_SCHEMA);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(
                        new org.apache.hadoop.fs.Path(file.toUri()))
                .withType(PARQUET_SCHEMA).withCompressionCodec(codec).withRowGroupSize(64L << 10)
                .withConf(new Configuration()).build()) {
            for (Doc d : docs) {
                Group g = groups.newGroup().append("id", d.id());
                if (d.text() != null) {
                    g.append("text", d.text());
                }
                writer.write(g);
            }
        }
        return file;
    }

    /**
     * A WARC as a crawler writes it (warcinfo, then a request and a response per page) or a WET as Common Crawl
     * derives it (warcinfo, then a conversion record per page). gzip is per record, like Common Crawl's files;
     * other compressions wrap the whole file.
     */
    static Path warc(List<Doc> docs, Path file, boolean wet, String compression) throws IOException {
        Files.createDirectories(file.getParent());
        boolean perRecordGzip = compression.equals("gzip");
        try (OutputStream out = perRecordGzip ? Files.newOutputStream(file)
                : compress(Files.newOutputStream(file), compression);
             WarcWriter writer = new WarcWriter(Channels.newChannel(out),
                     perRecordGzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder().date(DATE).filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("factfloor tests"))).build());
            for (Doc d : docs) {
                String uri = "http://example.org/" + d.id();
                byte[] body = d.text().getBytes(StandardCharsets.UTF_8);
                if (wet) {
                    writer.write(new WarcConversion.Builder().date(DATE).addHeader("WARC-Target-URI", uri)
                            .body(MediaType.parse("text/plain"), body).build());
                } else {
                    writer.write(new WarcRequest.Builder(URI.create(uri)).date(DATE)
                            .body(MediaType.parse("application/http;msgtype=request"),
                                    ("GET /" + d.id() + " HTTP/1.1\r\nHost: example.org\r\n\r\n")
                                            .getBytes(StandardCharsets.US_ASCII)).build());
                    writer.write(new WarcResponse.Builder(URI.create(uri)).date(DATE)
                            .body(new HttpResponse.Builder(200, "OK")
                                    .body(MediaType.parse("text/plain; charset=utf-8"), body).build()).build());
                }
            }
        }
        return file;
    }
}
