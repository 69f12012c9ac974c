package org.factfloor.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An I/O error of the file system itself (permission denied, a lost connection), as opposed to bytes that do not
 * decode. The raw file stream is wrapped so the two can never be confused: this one fails the run.
 */
final class FileSystemFailure extends IOException {
    FileSystemFailure(String path, IOException cause) {
        super("reading " + path + " failed: " + cause.getMessage(), cause);
    }

    /** The raw stream of a file, whose every I/O error is a file system failure. */
    static InputStream guard(InputStream raw, String path) {
        return new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    throw new FileSystemFailure(path, e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException e) {
                    throw new FileSystemFailure(path, e);
                }
            }

            @Override
            public long skip(long n) throws IOException {
                try {
                    return super.skip(n);
                } catch (IOException e) {
                    throw new FileSystemFailure(path, e);
                }
            }
        };
    }

    /** The file system failure somewhere in a chain of causes, if any. */
    static FileSystemFailure in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FileSystemFailure f) {
                return f;
            }
        }
        return null;
    }
}
