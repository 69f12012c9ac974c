package org.factfloor.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.factfloor.input.InputError;

/**
 * The files of one output directory (committed or staged) as the report readers see them, without Spark: its JSON
 * files with Jackson's streaming parser and its small Parquet tables with parquet-hadoop, record by record.
 */
final class OutputFiles {
    private final FileSystem fs;
    private final Path dir;
    private final Configuration hadoop;

    OutputFiles(FileSystem fs, Path dir, Configuration hadoop) {
        this.fs = fs;
        this.dir = dir;
        this.hadoop = hadoop;
    }

    Path path(String name) {
        return new Path(dir, name);
    }

    boolean exists(String name) throws IOException {
        return fs.exists(path(name));
    }

    Map<String, Object> json(String name) throws IOException {
        Path file = path(name);
        try (InputStream in = fs.open(file)) {
            return JsonFiles.readObject(in, file.toString());
        } catch (FileNotFoundException e) {
            throw new InputError(file + " does not exist: pass the --output directory of a finished factfloor run");
        }
    }

    /** Every record of every Parquet file of a table; Hadoop's hidden files (_SUCCESS, .crc) are skipped. */
    void forEachRow(String table, FilterCompat.Filter filter, Consumer<Group> row) throws IOException {
        Path tableDir = path(table);
        if (!fs.exists(tableDir)) {
            throw new InputError(tableDir + " does not exist: pass the --output directory of a finished factfloor"
                    + " run");
        }
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(tableDir, true);
        while (files.hasNext()) {
            Path file = files.next().getPath();
            if (file.getName().startsWith("_") || file.getName().startsWith(".")) {
                continue;
            }
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(hadoop)
                    .withFilter(filter).build()) {
                for (Group g = reader.read(); g != null; g = reader.read()) {
                    row.accept(g);
                }
            }
        }
    }

    /** An optional double column of a record: null where the row holds none. */
    static Double optionalDouble(Group row, String field) {
        return row.getFieldRepetitionCount(field) == 0 ? null : row.getDouble(field, 0);
    }

    static Long optionalLong(Group row, String field) {
        return row.getFieldRepetitionCount(field) == 0 ? null : row.getLong(field, 0);
    }
}
