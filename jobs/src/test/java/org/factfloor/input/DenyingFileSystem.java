package org.factfloor.input;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.security.AccessControlException;

/**
 * The local file system under the scheme denied:, refusing to open any file as HDFS or S3 do when permissions
 * say no (tests run as root, for whom chmod cannot make a local file unreadable).
 */
public final class DenyingFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "denied";

    public static Configuration register(Configuration conf) {
        conf.set("fs." + SCHEME + ".impl", DenyingFileSystem.class.getName());
        conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
        return conf;
    }

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FSDataInputStream open(Path f, int bufferSize) throws IOException {
        throw new AccessControlException("Permission denied: user=factfloor, access=READ, inode=" + f);
    }
}
