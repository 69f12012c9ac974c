package org.factfloor.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.execution.datasources.parquet.SparkToParquetSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.factfloor.output.PausePoints;

/** Every table factfloor writes: Parquet, zstd, into a fresh staging path. */
final class ParquetTables {
    /** The footer key under which Spark keeps a table's own schema; Spark reads it back from our small tables too. */
    private static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

    private ParquetTables() {
    }

    static void write(Dataset<Row> table, String path, String partitionBy) {
        DataFrameWriter<Row> writer = table.write().mode(SaveMode.ErrorIfExists).option("compression", "zstd");
        if (partitionBy != null) {
            writer = writer.partitionBy(partitionBy);
        }
        writer.parquet(path);
        PausePoints.reach("parquet-written");
    }

    /**
     * A table the driver already holds (spectra, summaries, sources: a row per r, domain or input file), written as
     * one file by parquet-hadoop with the schema Spark itself would write. A Spark job for it would cost more than
     * the table: on a small run each job's planning, code generation and commit took 0.3 to 0.7 s.
     *
     * @param rows in the order the file keeps
     */
    static void writeSmall(List<Row> rows, StructType schema, String path, Configuration hadoop) {
        MessageType parquet = new SparkToParquetSchemaConverter(SQLConf.get()).convert(schema);
        SimpleGroupFactory groups = new SimpleGroupFactory(parquet);
        // A name of its own, as Spark's writers give: publishing onto an object store replaces an output object by
        // object, and a name the previous version also used would be taken for one of its stale objects.
        Path file = new Path(path, "part-00000-" + UUID.randomUUID() + "-c000.zstd.parquet");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(file, hadoop))
                .withType(parquet).withConf(hadoop).withCompressionCodec(CompressionCodecName.ZSTD)
                .withExtraMetaData(Map.of(SPARK_SCHEMA_KEY, schema.json())).build()) {
            for (Row row : rows) {
                Group group = groups.newGroup();
                StructField[] fields = schema.fields();
                for (int i = 0; i < fields.length; i++) {
                    if (!row.isNullAt(i)) {
                        add(group, fields[i].name(), fields[i].dataType(), row.get(i));
                    }
                }
                writer.write(group);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        PausePoints.reach("parquet-written");
    }

    /** A table's directory, for a table that may hold no file (a partitioned one with no rows). */
    static void mkdirs(String path, Configuration hadoop) {
        Path dir = new Path(path);
        try {
            dir.getFileSystem(hadoop).mkdirs(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** One value into a group, in Spark's standard (not legacy) LIST and MAP layout: list/element, key_value. */
    private static void add(Group group, String name, DataType type, Object value) {
        if (type instanceof ArrayType array) {
            Group list = group.addGroup(name);
            for (Object element : asList(value)) {
                Group entry = list.addGroup("list");
                if (element != null) {
                    add(entry, "element", array.elementType(), element);
                }
            }
        } else if (type instanceof MapType map) {
            Group entries = group.addGroup(name);
            for (Map.Entry<?, ?> e : asMap(value).entrySet()) {
                Group entry = entries.addGroup("key_value");
                add(entry, "key", map.keyType(), e.getKey());
                if (e.getValue() != null) {
                    add(entry, "value", map.valueType(), e.getValue());
                }
            }
        } else if (type.equals(DataTypes.StringType)) {
            group.append(name, (String) value);
        } else if (type.equals(DataTypes.LongType)) {
            group.append(name, (Long) value);
        } else if (type.equals(DataTypes.IntegerType)) {
            group.append(name, (Integer) value);
        } else if (type.equals(DataTypes.DoubleType)) {
            group.append(name, (Double) value);
        } else if (type.equals(DataTypes.BooleanType)) {
            group.append(name, (Boolean) value);
        } else {
            throw new IllegalArgumentException("small tables hold no " + type.simpleString() + " column: " + name);
        }
    }

    private static List<?> asList(Object value) {
        return value instanceof scala.collection.Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq)
                : (List<?>) value;
    }

    private static Map<?, ?> asMap(Object value) {
        return value instanceof scala.collection.Map<?, ?> map ? scala.jdk.javaapi.CollectionConverters.asJava(map)
                : (Map<?, ?>) value;
    }
}
