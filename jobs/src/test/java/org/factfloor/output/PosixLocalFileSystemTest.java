package org.factfloor.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's local file system sets what Hadoop's would, without a process per file. */
class PosixLocalFileSystemTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void filesAndDirectoriesGetThePermissionsAskedFor() throws IOException {
        FileSystem fs = fileSystem();
        Path tables = new Path(dir.toUri().toString(), "out/factoids/domain=capitals");
        assertTrue(fs.mkdirs(tables, new FsPermission((short) 0750)));
        Path file = new Path(tables, "part-00000.parquet");
        try (OutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20,
                null)) {
            out.write(new byte[] {1, 2, 3});
        }
        assertEquals("rwxr-x---", posix(dir.resolve("out/factoids/domain=capitals")));
        assertEquals("rw-r-----", posix(dir.resolve("out/factoids/domain=capitals/part-00000.parquet")));
        fs.setPermission(file, new FsPermission((short) 0604));
        assertEquals("rw----r--", posix(dir.resolve("out/factoids/domain=capitals/part-00000.parquet")));
        // Checksums as LocalFileSystem keeps them: the file reads back through its .crc.
        assertTrue(Files.exists(dir.resolve("out/factoids/domain=capitals/.part-00000.parquet.crc")));
        byte[] back = new byte[3];
        try (var in = fs.open(file)) {
            in.readFully(back);
        }
        assertArrayEquals(new byte[] {1, 2, 3}, back);
    }

    @Test
    void aStickyBitIsStillSetHadoopsWay() throws IOException {
        FileSystem fs = fileSystem();
        Path shared = new Path(dir.toUri().toString(), "scratch");
        assertTrue(fs.mkdirs(shared));
        fs.setPermission(shared, new FsPermission((short) 01777));
        assertEquals("rwxrwxrwx", posix(dir.resolve("scratch")));
        assertTrue(fs.getFileStatus(shared).getPermission().getStickyBit());
    }

    @Test
    void everyActionMapsToItsPosixBits() {
        for (int mode = 0; mode <= 0777; mode++) {
            String expected = PosixFilePermissions.toString(PosixLocalFileSystem.posix(new FsPermission((short) mode)));
            assertEquals(new FsPermission((short) mode).toString(), expected, Integer.toOctalString(mode));
        }
    }

    private static FileSystem fileSystem() throws IOException {
        Configuration conf = new Configuration();
        conf.set("fs.file.impl", PosixLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        FileSystem fs = FileSystem.get(java.net.URI.create("file:///"), conf);
        assertEquals(PosixLocalFileSystem.class, fs.getClass());
        return fs;
    }

    private static String posix(java.nio.file.Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
