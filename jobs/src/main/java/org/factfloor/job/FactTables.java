package org.factfloor.job;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.CooccurrenceSpec;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactMatcher;
import org.factfloor.extract.FactTable;
import org.factfloor.extract.FactTableError;
import org.factfloor.extract.FactTableFormat;
import org.factfloor.extract.FactTableReader;

/**
 * The fact tables of a config's cooccurrence domains, read on the driver through Hadoop's file system (any
 * scheme it knows; {@code classpath:} for the tables shipped in the jar; text formats may be gzipped) and compiled
 * into {@link FactMatcher}s, which `run` broadcasts to the executors and `run` and `merge` use for the zero-count
 * rows. Problems are {@link FactTableError}s naming the domain's key, the file and the fix.
 */
public final class FactTables {
    private static final String CLASSPATH = "classpath:";

    private FactTables() {
    }

    /** Domain name → compiled table, for every cooccurrence domain of the config (empty when there is none). */
    public static Map<String, FactMatcher> compile(FactfloorConfig config, Configuration hadoop) {
        Map<String, FactMatcher> compiled = new LinkedHashMap<>();
        for (DomainSpec d : config.domains()) {
            if (d.cooccurrence() != null) {
                compiled.put(d.name(), FactMatcher.of(read(d, hadoop), d));
            }
        }
        return compiled;
    }

    static FactTable read(DomainSpec d, Configuration hadoop) {
        CooccurrenceSpec spec = d.cooccurrence();
        String key = "factfloor.domains." + d.name() + ".facts.path";
        String path = spec.table();
        FactTableFormat format = spec.formatOfTable();
        try {
            if (format == FactTableFormat.PARQUET) {
                if (path.startsWith(CLASSPATH)) {
                    throw new FactTableError("fact table " + path + " (" + key + "): a Parquet table must be on a"
                            + " file system; give its path (file:, hdfs:, s3a: …)");
                }
                return parquet(path, spec, hadoop);
            }
            try (InputStream in = open(path, hadoop, key)) {
                return FactTableReader.read(path, path.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in,
                        spec, format);
            }
        } catch (FileNotFoundException e) {
            throw new FactTableError("fact table " + path + " (" + key + ") does not exist; fix the path (relative"
                    + " paths are read from the working directory; classpath:facts/… names a shipped table)", e);
        } catch (IOException e) {
            throw new FactTableError("cannot read fact table " + path + " (" + key + "): " + e.getMessage()
                    + "; check that the file is readable and in the declared format", e);
        }
    }

    private static InputStream open(String path, Configuration hadoop, String key) throws IOException {
        if (path.startsWith(CLASSPATH)) {
            InputStream in = FactTables.class.getClassLoader().getResourceAsStream(path.substring(CLASSPATH.length()));
            if (in == null) {
                throw new FactTableError("fact table " + path + " (" + key + ") is not in the jar; the shipped"
                        + " tables are listed in common/src/main/resources/facts/README.md");
            }
            return in;
        }
        Path p = new Path(path);
        return p.getFileSystem(hadoop).open(p);
    }

    private static FactTable parquet(String path, CooccurrenceSpec spec, Configuration hadoop) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(hadoop);
        if (!fs.exists(p)) {
            throw new FileNotFoundException(path);
        }
        List<FactTable.Fact> facts = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), p).withConf(hadoop).build()) {
            Group row;
            long number = 0;
            while ((row = reader.read()) != null) {
                number++;
                String entity = first(row, spec.entityColumn(), path);
                String attribute = first(row, spec.attributeColumn(), path);
                if (entity == null || entity.isBlank() || attribute == null || attribute.isBlank()) {
                    throw new FactTableError("fact table " + path + ", row " + number + ": no " + (entity == null
                            || entity.isBlank() ? spec.entityColumn() : spec.attributeColumn()) + "; every row needs"
                            + " an entity and an attribute");
                }
                facts.add(new FactTable.Fact(entity.strip(), attribute.strip(),
                        aliases(row, spec.entityAliasesColumn(), spec.aliasSeparator(), path),
                        aliases(row, spec.attributeAliasesColumn(), spec.aliasSeparator(), path)));
            }
        } catch (RuntimeException e) {
            if (e instanceof FactTableError) {
                throw e;
            }
            throw new FactTableError("fact table " + path + " is not a readable Parquet file (" + e.getMessage()
                    + "); rewrite it or set facts.format", e);
        }
        if (facts.isEmpty()) {
            throw new FactTableError("fact table " + path + " holds no fact; give at least one row");
        }
        return new FactTable(path, facts);
    }

    private static String first(Group row, String column, String path) {
        List<String> values = values(row, column, path);
        return values.isEmpty() ? null : values.get(0);
    }

    /** A string column split at the separator, or every string of a repeated or LIST column. */
    private static List<String> aliases(Group row, String column, String separator, String path) {
        if (column == null) {
            return List.of();
        }
        List<String> values = values(row, column, path);
        if (values.size() == 1) {
            return FactTable.aliases(values.get(0), separator);
        }
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static List<String> values(Group row, String column, String path) {
        GroupType type = row.getType();
        if (!type.containsField(column)) {
            throw new FactTableError("fact table " + path + " has no column '" + column + "' (it has "
                    + type.getFields().stream().map(Type::getName).toList() + "); set the facts.*-column keys to"
                    + " its columns");
        }
        List<String> values = new ArrayList<>();
        Type field = type.getType(column);
        for (int i = 0; i < row.getFieldRepetitionCount(column); i++) {
            if (field.isPrimitive()) {
                values.add(row.getString(column, i));
            } else {
                collect(row.getGroup(column, i), values); // a LIST: list { element }
            }
        }
        return values;
    }

    private static void collect(Group group, List<String> into) {
        GroupType type = group.getType();
        for (int f = 0; f < type.getFieldCount(); f++) {
            for (int i = 0; i < group.getFieldRepetitionCount(f); i++) {
                if (type.getType(f).isPrimitive()) {
                    into.add(group.getString(f, i));
                } else {
                    collect(group.getGroup(f, i), into);
                }
            }
        }
    }
}
