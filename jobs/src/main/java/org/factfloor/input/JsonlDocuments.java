package org.factfloor.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/** JSONL: one JSON object per line; every line is a unit, an empty or unparsable line a bad one. */
final class JsonlDocuments implements DocumentSource {
    private final LineInput lines;
    private final JsonFields fields;
    private final String path;
    private final BadRecords bad;
    private String id;
    private String text;

    JsonlDocuments(LineInput lines, JsonFields fields, String path, BadRecords bad) {
        this.lines = lines;
        this.fields = fields;
        this.path = path;
        this.bad = bad;
    }

    @Override
    public boolean next() throws IOException {
        while (lines.next()) {
            bad.unit();
            String location = lines.number() == 0 ? "file start" : "line " + lines.number();
            if (lines.problem() != null) {
                bad.report(lines.problem(), location, lines.detail(), lines.raw());
                continue;
            }
            if (lines.isBlank()) {
                bad.report("empty_line", location, null, lines.raw());
                continue;
            }
            try {
                JsonFields.Found found = fields.parse(lines.bytes(), lines.end());
                if (found.text() == null) {
                    bad.report(found.problem(), location, null, lines.raw());
                    continue;
                }
                id = found.id() != null ? found.id() : path + ":" + lines.number();
                text = found.text();
                return true;
            } catch (JsonProcessingException e) {
                bad.report("malformed_json", location, e.getOriginalMessage(), lines.raw());
            }
        }
        return false;
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
        return "line " + (lines.number() + 1);
    }
}
