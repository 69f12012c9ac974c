package org.factfloor.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.factfloor.stats.DomainPrediction;
import org.factfloor.stats.DomainSummary;

/**
 * summary.json: {"corpus_id", "run_id", "corpus_ids", "sampled", ["sample": {…}], "domains": {"<domain>": {…the
 * summary columns…, "prediction": {…}}}}, for schedulers; corpus_ids lists every corpus whose counts are inside
 * (one for a run, several after a merge); a sampled run says how it sampled and predicts its full corpus.
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    /**
     * @param sample      a sampled run's "sample" object (fraction, by, seed, what was listed and read); null: none
     * @param predictions one per summary, in the same order, each written as the domain's "prediction"
     */
    public static String render(String corpusId, String runId, List<String> corpusIds, List<DomainSummary> summaries,
                                Map<String, Object> sample, List<DomainPrediction> predictions) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("corpus_id", corpusId);
            g.writeStringField("run_id", runId);
            g.writeFieldName("corpus_ids");
            JsonValues.write(g, corpusIds);
            g.writeFieldName("sampled");
            g.writeBoolean(sample != null);
            if (sample != null) {
                g.writeFieldName("sample");
                JsonValues.write(g, sample);
            }
            g.writeObjectFieldStart("domains");
            for (int i = 0; i < summaries.size(); i++) {
                DomainSummary s = summaries.get(i);
                g.writeObjectFieldStart(s.domain());
                for (SummaryColumns.Column c : SummaryColumns.COLUMNS) {
                    g.writeFieldName(c.name());
                    JsonValues.write(g, c.value().apply(s));
                }
                g.writeFieldName("prediction");
                JsonValues.write(g, PredictionValues.json(predictions.get(i)));
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
