package org.factfloor.input;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The compressions factfloor reads, all decoded in the JVM without Hadoop's native codecs: gzip and bzip2 by
 * commons-compress, zstd by zstd-jni (both ship with Spark). Concatenated members and frames are read through, as
 * in Common Crawl's per-record gzip WARC files.
 */
final class Compression {
    static final String GZIP = "gzip";
    static final String BZIP2 = "bzip2";
    static final String ZSTD = "zstd";
    static final String NONE = "none";

    private Compression() {
    }

    /** The compression a file name announces. */
    static String fromName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz") || lower.endsWith(".gzip")) {
            return GZIP;
        } else if (lower.endsWith(".bz2")) {
            return BZIP2;
        } else if (lower.endsWith(".zst") || lower.endsWith(".zstd")) {
            return ZSTD;
        }
        return NONE;
    }

    /** The name without its compression extension. */
    static String stripExtension(String name) {
        return fromName(name).equals(NONE) ? name : name.substring(0, name.lastIndexOf('.'));
    }

    /** The compression the first bytes of a stream show (magic numbers), or none. */
    static String sniff(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        } else if (head.length == 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1'
                && head[3] <= '9') {
            return BZIP2;
        } else if (head.length == 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5
                && (head[2] & 0xff) == 0x2f && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    static InputStream decode(InputStream in, String compression) throws IOException {
        return switch (compression) {
            case GZIP -> new GzipCompressorInputStream(in, true);
            case BZIP2 -> new BZip2CompressorInputStream(in, true);
            // not continuous: a truncated frame is an error, never a silent end of file
            case ZSTD -> new ZstdInputStreamNoFinalizer(in).setContinuous(false);
            default -> in;
        };
    }
}
