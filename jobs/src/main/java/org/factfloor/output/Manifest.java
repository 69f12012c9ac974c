package org.factfloor.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** _MANIFEST.json: inputs, config digest, versions, timings and counts of one run, as an ordered JSON object. */
public final class Manifest {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    public Manifest put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    /** The fields of a _MANIFEST.json, in file order. */
    public static Map<String, Object> parse(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) JsonValues.read(p);
            return fields;
        }
    }

    public String render() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            JsonValues.write(g, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
