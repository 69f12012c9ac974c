package org.factfloor.input;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet: one document per row, reading only the text and id columns (a dotted name reaches into nested groups),
 * row group by row group, inside the task with parquet-hadoop. A row is a unit. An unreadable footer is one bad
 * unit for the file; a row group that fails to decode makes the rows not yet read bad; a missing or non-string
 * text column makes every row bad (and is told in the first location).
 */
final class ParquetDocuments implements DocumentSource {
    private final InputFile file;
    private final List<String> textPath;
    private final List<String> idPath;
    private final String path;
    private final BadRecords bad;
    private ParquetFileReader reader;
    private MessageType projection;
    private boolean idPresent;
    private boolean ended;
    private RecordReader<Group> rows;
    private long rowsLeftInGroup;
    private long rowsLeftInFile;
    private long row;
    private String id;
    private String text;

    ParquetDocuments(InputFile file, List<String> textPath, List<String> idPath, String path, BadRecords bad) {
        this.file = file;
        this.textPath = textPath;
        this.idPath = idPath;
        this.path = path;
        this.bad = bad;
    }

    @Override
    public boolean next() {
        if (ended) {
            return false;
        }
        if (reader == null && !open()) {
            return false;
        }
        while (true) {
            if (rowsLeftInGroup == 0 && !nextRowGroup()) {
                return end();
            }
            Group g;
            try {
                g = rows.read();
            } catch (RuntimeException e) {
                return corrupt("row " + row, e);
            }
            rowsLeftInGroup--;
            rowsLeftInFile--;
            row++;
            bad.unit();
            Group holder = parent(g, textPath);
            String name = textPath.get(textPath.size() - 1);
            if (holder == null || holder.getFieldRepetitionCount(name) == 0) {
                bad.report("missing_text", "row " + (row - 1), null, null);
                continue;
            }
            text = holder.getString(name, 0);
            Group idHolder = idPresent ? parent(g, idPath) : null;
            String idName = idPath.get(idPath.size() - 1);
            id = idHolder != null && idHolder.getFieldRepetitionCount(idName) > 0
                    ? idHolder.getValueToString(idHolder.getType().getFieldIndex(idName), 0)
                    : path + ":row" + (row - 1);
            return true;
        }
    }

    private boolean open() {
        try {
            reader = ParquetFileReader.open(file);
        } catch (IOException | RuntimeException e) {
            bad.unit();
            bad.report("corrupt_parquet", "footer", String.valueOf(e.getMessage()), null);
            ended = true;
            return false;
        }
        MessageType schema = reader.getFooter().getFileMetaData().getSchema();
        rowsLeftInFile = reader.getRecordCount();
        String problem = textProblem(schema);
        if (problem != null) {
            bad.units(rowsLeftInFile);
            if (rowsLeftInFile > 0) {
                bad.report(problem.startsWith("no column") ? "missing_text" : "non_string_text", "every row",
                        problem, null, rowsLeftInFile);
            }
            return end();
        }
        idPresent = schema.containsPath(idPath.toArray(String[]::new));
        Set<String> tops = new LinkedHashSet<>(List.of(textPath.get(0)));
        if (idPresent) {
            tops.add(idPath.get(0));
        }
        List<Type> fields = new ArrayList<>();
        for (String top : tops) {
            fields.add(schema.getType(top));
        }
        projection = new MessageType(schema.getName(), fields);
        reader.setRequestedSchema(projection);
        return true;
    }

    /** Why the text column cannot be read, or null when it is a string column. */
    private String textProblem(MessageType schema) {
        String[] p = textPath.toArray(String[]::new);
        if (!schema.containsPath(p)) {
            return "no column " + String.join(".", textPath) + " (set factfloor.input.text-field)";
        }
        Type t = schema.getType(p);
        if (!t.isPrimitive() || t.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
            return "column " + String.join(".", textPath) + " is " + t + ", not a string";
        }
        return null;
    }

    private boolean nextRowGroup() {
        if (rowsLeftInFile == 0) {
            return false;
        }
        try {
            PageReadStore pages = reader.readNextRowGroup();
            if (pages == null) {
                return false;
            }
            rowsLeftInGroup = pages.getRowCount();
            rows = new ColumnIOFactory().getColumnIO(projection).getRecordReader(pages,
                    new GroupRecordConverter(projection));
            return true;
        } catch (IOException | RuntimeException e) {
            return corrupt("row group at row " + row, e);
        }
    }

    /** The rest of the file cannot be decoded: every row not yet read is bad. */
    private boolean corrupt(String location, Exception e) {
        bad.units(rowsLeftInFile);
        bad.report("corrupt_parquet", location, String.valueOf(e.getMessage()), null, rowsLeftInFile);
        return end();
    }

    private boolean end() {
        ended = true;
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException e) {
            // the file has been read; closing cannot lose a document
        }
        return false;
    }

    /** The group holding the path's last field, or null when an optional group on the way is absent. */
    private static Group parent(Group g, List<String> fieldPath) {
        Group current = g;
        for (int i = 0; i < fieldPath.size() - 1; i++) {
            if (current.getFieldRepetitionCount(fieldPath.get(i)) == 0) {
                return null;
            }
            current = current.getGroup(fieldPath.get(i), 0);
        }
        return current;
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
        return "row " + row;
    }
}
