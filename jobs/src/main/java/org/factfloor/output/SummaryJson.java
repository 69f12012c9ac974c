package org.factfloor.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.factfloor.stats.DomainSummary;

/**
 * summary.json: {"corpus_id", "run_id", "corpus_ids", "domains": {"<domain>": {…the summary columns…}}}, for
 * schedulers; corpus_ids lists every corpus whose counts are inside (one for a run, several after a merge).
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static String render(String corpusId, String runId, List<String> corpusIds, List<DomainSummary> summaries) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("corpus_id", corpusId);
            g.writeStringField("run_id", runId);
            g.writeFieldName("corpus_ids");
            JsonValues.write(g, corpusIds);
            g.writeObjectFieldStart("domains");
            for (DomainSummary s : summaries) {
                g.writeObjectFieldStart(s.domain());
                for (SummaryColumns.Column c : SummaryColumns.COLUMNS) {
                    g.writeFieldName(c.name());
                    JsonValues.write(g, c.value().apply(s));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
