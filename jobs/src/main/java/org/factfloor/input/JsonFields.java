package org.factfloor.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.List;

/**
 * Finds the text and id of one JSONL record by streaming its tokens, never building a tree: every field off the
 * two dotted paths is skipped. Nesting may go 100,000 deep (Jackson's parser keeps no recursion) and a string may
 * be as long as a record may be.
 */
final class JsonFields {
    private static final int MAX_NESTING = 100_000;

    private final JsonFactory json;
    private final String[] textPath;
    private final String[] idPath;

    JsonFields(List<String> textPath, List<String> idPath, long maxRecordBytes) {
        this.textPath = textPath.toArray(String[]::new);
        this.idPath = idPath.toArray(String[]::new);
        this.json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength((int) maxRecordBytes).build()).build();
    }

    /** The two fields of a record; text null with a problem (missing_text, non_string_text) when unusable. */
    record Found(String id, String text, String problem) {
    }

    /**
     * The fields of the record in line[0, length), well-formed UTF-8: parsed from the bytes, so the text is decoded
     * once, into its own String, and the rest of the line never is.
     *
     * @throws IOException (a JsonProcessingException) when the line is not one JSON object
     */
    Found parse(byte[] line, int length) throws IOException {
        Finder finder = new Finder();
        try (JsonParser p = json.createParser(line, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "a JSONL record must be a JSON object");
            }
            finder.object(p, 0, true, true);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "trailing content after the record");
            }
        }
        if (finder.text != null) {
            return new Found(finder.id, finder.text, null);
        }
        return new Found(finder.id, null, finder.textIsNotString ? "non_string_text" : "missing_text");
    }

    /** State of one record's walk: what was found on the two paths. */
    private final class Finder {
        private String id;
        private String text;
        private boolean textIsNotString;

        /** Walks the object the parser is at; onText/onId say whether this object is still on that path. */
        private void object(JsonParser p, int depth, boolean onText, boolean onId) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                boolean text = onText && depth < textPath.length && name.equals(textPath[depth]);
                boolean id = onId && depth < idPath.length && name.equals(idPath[depth]);
                if (text && depth == textPath.length - 1) {
                    take(p, value);
                } else if (id && depth == idPath.length - 1) {
                    if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                        this.id = p.getText();
                    } else {
                        p.skipChildren();
                    }
                } else if ((text || id) && value == JsonToken.START_OBJECT) {
                    object(p, depth + 1, text, id);
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(p, "unexpected " + p.currentToken() + " in an object");
            }
        }

        private void take(JsonParser p, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                text = p.getText();
            } else {
                textIsNotString = value != JsonToken.VALUE_NULL;
                p.skipChildren();
            }
        }
    }
}
