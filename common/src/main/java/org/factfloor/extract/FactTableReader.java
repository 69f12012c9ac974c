package org.factfloor.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a fact table in a text format (TSV or CSV with a header row, or JSONL with one object a line) from a
 * stream, taking the columns a {@link CooccurrenceSpec} names; the caller opens the stream (on any Hadoop file
 * system, from the class path, decompressed). Parquet tables are read in the jobs module, where parquet-hadoop is.
 * Every problem is a {@link FactTableError} naming the file, the line and the fix.
 */
public final class FactTableReader {
    private static final JsonFactory JSON = new JsonFactory();

    private FactTableReader() {
    }

    public static FactTable read(String source, InputStream in, CooccurrenceSpec spec, FactTableFormat format) {
        try {
            List<FactTable.Fact> facts = format == FactTableFormat.JSONL ? jsonl(source, in, spec)
                    : delimited(source, in, spec, format == FactTableFormat.TSV ? '\t' : ',');
            if (facts.isEmpty()) {
                throw new FactTableError("fact table " + source + " holds no fact; give at least one row with an entity ("
                        + spec.entityColumn() + ") and an attribute (" + spec.attributeColumn() + ")");
            }
            return new FactTable(source, facts);
        } catch (CharacterCodingException e) {
            throw new FactTableError("fact table " + source + " is not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new FactTableError("cannot read fact table " + source + " (" + e.getMessage() + "); check the"
                    + " path and that it is readable", e);
        }
    }

    private static BufferedReader utf8(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static List<FactTable.Fact> delimited(String source, InputStream in, CooccurrenceSpec spec,
                                                  char separator) throws IOException {
        BufferedReader reader = utf8(in);
        String header = reader.readLine();
        if (header == null) {
            throw new FactTableError("fact table " + source + " is empty; its first line must name the columns ("
                    + spec.entityColumn() + ", " + spec.attributeColumn() + ", …)");
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> names = cells(header, separator, source, 1);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            column.put(names.get(i).strip(), i);
        }
        int entity = column(column, spec.entityColumn(), source, "entity", names);
        int attribute = column(column, spec.attributeColumn(), source, "attribute", names);
        int entityAliases = spec.entityAliasesColumn() == null ? -1
                : column(column, spec.entityAliasesColumn(), source, "entity-aliases", names);
        int attributeAliases = spec.attributeAliasesColumn() == null ? -1
                : column(column, spec.attributeAliasesColumn(), source, "attribute-aliases", names);
        List<FactTable.Fact> facts = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> row = cells(line, separator, source, lineNumber);
            String e = cell(row, entity);
            String a = cell(row, attribute);
            if (e.isBlank() || a.isBlank()) {
                throw new FactTableError("fact table " + source + ", line " + lineNumber + ": the "
                        + (e.isBlank() ? "entity column '" + spec.entityColumn() : "attribute column '"
                        + spec.attributeColumn()) + "' is empty; every row needs an entity and an attribute (remove"
                        + " the row or fill it in)");
            }
            facts.add(new FactTable.Fact(e.strip(), a.strip(),
                    FactTable.aliases(cell(row, entityAliases), spec.aliasSeparator()),
                    FactTable.aliases(cell(row, attributeAliases), spec.aliasSeparator())));
        }
        return facts;
    }

    private static int column(Map<String, Integer> column, String name, String source, String key,
                              List<String> header) {
        Integer i = column.get(name);
        if (i == null) {
            throw new FactTableError("fact table " + source + " has no column '" + name + "' (its header has "
                    + String.join(", ", header) + "); set facts." + key + "-column to one of them");
        }
        return i;
    }

    private static String cell(List<String> row, int i) {
        return i < 0 || i >= row.size() ? "" : row.get(i);
    }

    /** One line split at the separator; CSV cells may be quoted ("a, b" and "" for a quote), TSV cells may not. */
    private static List<String> cells(String line, char separator, String source, int lineNumber) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean csv = separator == ',';
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (csv && c == '"' && cell.length() == 0) {
                quoted = true;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new FactTableError("fact table " + source + ", line " + lineNumber + ": a quoted cell is not"
                    + " closed; close the quote (a cell may not span lines) or write \"\" for a quote inside it");
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<FactTable.Fact> jsonl(String source, InputStream in, CooccurrenceSpec spec)
            throws IOException {
        BufferedReader reader = utf8(in);
        List<FactTable.Fact> facts = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> fields = new HashMap<>(); // a string, or a list of strings
            try (JsonParser p = JSON.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new JsonParseException(p, "not a JSON object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value == JsonToken.START_ARRAY) {
                        List<String> names = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (p.currentToken() == JsonToken.VALUE_STRING) {
                                names.add(p.getText());
                            } else {
                                p.skipChildren();
                            }
                        }
                        fields.put(name, names);
                    } else if (value == JsonToken.VALUE_STRING) {
                        fields.put(name, p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            } catch (JsonParseException e) {
                throw new FactTableError("fact table " + source + ", line " + lineNumber + ": not a JSON object ("
                        + e.getOriginalMessage() + "); write one object per line", e);
            }
            if (!(fields.get(spec.entityColumn()) instanceof String e && !e.isBlank()
                    && fields.get(spec.attributeColumn()) instanceof String a && !a.isBlank())) {
                throw new FactTableError("fact table " + source + ", line " + lineNumber + ": needs string fields '"
                        + spec.entityColumn() + "' and '" + spec.attributeColumn() + "'; set facts.entity-column"
                        + " and facts.attribute-column to the table's field names");
            }
            facts.add(new FactTable.Fact(e.strip(), a.strip(),
                    jsonAliases(fields, spec.entityAliasesColumn(), spec.aliasSeparator()),
                    jsonAliases(fields, spec.attributeAliasesColumn(), spec.aliasSeparator())));
        }
        return facts;
    }

    /** A list field as it is; a string field split at the separator, as in TSV. */
    @SuppressWarnings("unchecked")
    private static List<String> jsonAliases(Map<String, Object> fields, String column, String separator) {
        Object value = column == null ? null : fields.get(column);
        if (value instanceof String s) {
            return FactTable.aliases(s, separator);
        }
        return value == null ? List.of() : ((List<String>) value).stream().map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
    }
}
