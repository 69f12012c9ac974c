package org.factfloor.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC and WET as Common Crawl publishes them, parsed by jwarc: one document per response record (the HTTP
 * payload; HTML markup is kept) or per conversion record (WET's extracted text); other record types (warcinfo,
 * request, metadata) are not documents. A record is a unit; a record whose block ends before its Content-Length is
 * truncated_warc_record; a record that cannot be parsed ends the file as malformed_warc_record, since WARC has no
 * resynchronisation point. Payloads are decoded by their declared charset, UTF-8 by default, replacing bad bytes.
 */
final class WarcDocuments implements DocumentSource {
    private final WarcReader reader;
    private final boolean conversions;
    private final long maxBytes;
    private final BadRecords bad;
    private boolean ended;
    private long offset;
    private String id;
    private String text;

    WarcDocuments(InputStream in, boolean conversions, long maxBytes, BadRecords bad) throws IOException {
        this.reader = new WarcReader(in);
        this.conversions = conversions;
        this.maxBytes = maxBytes;
        this.bad = bad;
    }

    @Override
    public boolean next() throws IOException {
        while (!ended) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (ParsingException e) {
                bad.unit();
                bad.report("malformed_warc_record", location(reader.position()), e.getBaseMessage(), null);
                ended = true;
                return false;
            }
            if (next.isEmpty()) {
                ended = true;
                return false;
            }
            WarcRecord r = next.get();
            offset = r.position();
            boolean document = conversions ? r instanceof WarcConversion : r instanceof WarcResponse;
            if (!document) {
                continue;
            }
            bad.unit();
            if (read((WarcTargetRecord) r)) {
                return true;
            }
        }
        return false;
    }

    private boolean read(WarcTargetRecord r) throws IOException {
        MessageBody payload;
        MediaType type;
        try {
            if (r instanceof WarcResponse response) {
                HttpResponse http = response.http();
                payload = http.body();
                type = http.contentType();
            } else {
                payload = r.body();
                type = r.contentType();
            }
        } catch (ParsingException e) {
            bad.report("malformed_http_response", location(offset), e.getBaseMessage(), null);
            return false;
        }
        byte[] bytes;
        try {
            bytes = payload.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length <= maxBytes) {
                r.body().consume();
            }
        } catch (EOFException e) {
            return truncated(r, new byte[0]);
        }
        if (bytes.length > maxBytes) {
            bad.report("over_long_record", location(offset), "payload longer than factfloor.input.max-record-bytes",
                    Arrays.copyOf(bytes, LineInput.QUARANTINE_BYTES));
            return false;
        }
        if (r.body().position() < r.body().size()) {
            return truncated(r, bytes);
        }
        id = r.target() != null ? r.target() : r.id().toString();
        text = new String(bytes, charset(type));
        return true;
    }

    /** The file ends inside this record's block: nothing after it can be read. */
    private boolean truncated(WarcTargetRecord r, byte[] bytes) throws IOException {
        bad.report("truncated_warc_record", location(offset), "the file ends before the record's Content-Length of "
                + r.body().size() + " bytes", bytes.length == 0 ? null
                : Arrays.copyOf(bytes, Math.min(bytes.length, LineInput.QUARANTINE_BYTES)));
        ended = true;
        return false;
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.parameters().get("charset");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8; // an unknown or misspelt charset label: UTF-8 is the web's default
        }
    }

    private String location(long at) {
        return "offset " + at;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public String position() {
        return location(reader.position());
    }
}
