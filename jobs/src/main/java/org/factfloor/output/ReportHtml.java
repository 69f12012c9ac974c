package org.factfloor.output;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factfloor.stats.DomainSummary;

/**
 * report.html: one self-contained page (no network, no script) with the run's header, warnings, the floors of
 * every domain on one chart, and one printed A4 page per domain with its spectrum, the files holding its
 * singletons, its conflicting entities and every summary.json number with its meaning. The markup is also
 * well-formed XML, so tools (and the tests) can read it with any XML parser.
 */
final class ReportHtml {
    /** Manifest fields the header already shows in its own words; any other scalar field is listed as it is. */
    private static final Set<String> SHOWN = Set.of("corpus_id", "run_id", "inputs", "documents", "bad_records",
            "elapsed_seconds", "finished_at", "versions", "count_unit", "config_digest", "skipped_inputs", "domains");

    private static final String CSS = """
            :root { color: #111; background: #fff; }
            body { font: 10pt/1.4 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; max-width: 186mm;
                   margin: 6mm auto; padding: 0 4mm; }
            h1 { font-size: 17pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 0 0 2mm; }
            h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
            p { margin: 1mm 0 2mm; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 2mm 0 3mm; }
            dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; }
            code { font-size: 8.5pt; }
            .warnings { list-style: none; padding: 0; margin: 2mm 0; }
            .warnings li { border-left: 3pt solid #000; background: #eee; padding: 1mm 2mm; margin: 1mm 0;
                           font-size: 9pt; }
            .warnings li::before { content: "⚠ Warning: "; font-weight: bold; }
            .ok { font-size: 9pt; font-style: italic; }
            table { border-collapse: collapse; font-size: 8.5pt; width: 100%; }
            th, td { border-bottom: 0.5pt solid #999; padding: 0.6mm 1.5mm; text-align: right; vertical-align: top; }
            th { border-bottom: 1pt solid #000; } th:first-child, td:first-child { text-align: left; }
            td.text, th.text { text-align: left; } td.text { max-width: 45mm; overflow-wrap: anywhere; }
            td.nowrap, th.nowrap { white-space: nowrap; } td.flags { font-size: 7.5pt; text-align: left; }
            figure { margin: 0; } figcaption { font-size: 7.5pt; line-height: 1.3; color: #333; margin-top: 0.5mm; }
            svg.chart { max-width: 100%; height: auto; font-family: inherit; }
            svg .title { font-size: 12px; font-weight: bold; } svg .axis-label { font-size: 10.5px; }
            svg .tick-label, svg .legend, svg .value, svg .note { font-size: 9.5px; }
            svg .row-label { font-size: 10px; }
            svg .sub { font-size: 8px; }
            svg .axis, svg .tick { stroke: #000; stroke-width: 1; } svg .grid line { stroke: #ddd; stroke-width: 0.7; }
            svg .nr circle, svg .nr-key { fill: #000; }
            svg .zr rect, svg .zr-key { fill: none; stroke: #666; stroke-width: 0.8; }
            svg .fit { stroke: #000; stroke-width: 1.6; stroke-dasharray: 6 3; }
            svg .legend-box { fill: #fff; fill-opacity: 0.9; stroke: #999; stroke-width: 0.6; }
            svg .bar { fill: #c8c8c8; stroke: #000; stroke-width: 0.8; }
            svg .whisker line { stroke: #000; stroke-width: 1.4; }
            svg .floor-kv24 { fill: #000; } svg .floor-knvz25 { fill: #fff; stroke: #000; stroke-width: 1.4; }
            svg .note { font-style: italic; }
            svg .series .band { stroke: none; } svg .series .line { fill: none; stroke: #000; stroke-width: 1.5; }
            svg .growth-sr .band { fill: #000; fill-opacity: 0.12; }
            svg .growth-kv24 .band { fill: #000; fill-opacity: 0.22; } svg .growth-kv24 .line { stroke-dasharray: 6 3; }
            svg .growth-knvz25 .band { fill: #000; fill-opacity: 0.06; }
            svg .growth-knvz25 .line { stroke-dasharray: 2 2; } svg circle.point { fill: #000; }
            svg .full-corpus { stroke: #000; stroke-width: 1; stroke-dasharray: 1 3; }
            .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; align-items: start; }
            table.conflicts, table.glossary { font-size: 7.5pt; line-height: 1.25; }
            table.conflicts td, table.glossary td, table.glossary th { padding: 0.2mm 1.5mm; }
            table.glossary th { font: 7.5pt "DejaVu Sans Mono", monospace; text-align: left; white-space: nowrap;
                                border-bottom: 0.5pt solid #999; }
            header + section, section#floors, section#summary, section#glossary { margin-top: 4mm; }
            table.glossary td { text-align: left; }
            dl.numbers { columns: 3; column-gap: 5mm; margin: 1mm 0 0; font-size: 7.5pt; line-height: 1.3; }
            dl.numbers div { break-inside: avoid; border-bottom: 0.5pt solid #ccc; display: flex;
                             justify-content: space-between; gap: 2mm; }
            dl.numbers dt { font-family: "DejaVu Sans Mono", monospace; }
            dl.numbers dt a { color: inherit; text-decoration: none; }
            dl.numbers dd { margin: 0; font-weight: bold; text-align: right; overflow-wrap: anywhere; }
            section.domain { break-before: page; padding-top: 4mm; }
            section.domain, section#glossary, figure, table { break-inside: avoid; } h2, h3 { break-after: avoid; }
            footer { font-size: 8pt; margin-top: 4mm; }
            @page { size: A4; margin: 10mm; }
            @media print { body { margin: 0; padding: 0; max-width: none; } section.domain { padding-top: 0; } }
            """;

    private ReportHtml() {
    }

    public static String render(RunReport report) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>factfloor report: ").append(Html.escape(report.corpusId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        overview(out, report);
        for (int i = 0; i < report.domains().size(); i++) {
            domain(out, report.domains().get(i), i);
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void overview(StringBuilder out, RunReport report) {
        Map<String, Object> m = report.manifest();
        RunFacts facts = report.facts();
        out.append("<header id=\"run\">\n<h1>factfloor report: ").append(Html.escape(report.corpusId()))
                .append("</h1>\n<dl class=\"facts\">\n");
        fact(out, "corpus id", report.corpusId());
        fact(out, "run id", report.runId());
        fact(out, "inputs", facts.files() == 0 ? "–" : Numbers.count(facts.files()) + " files, "
                + Units.bytes(facts.bytes()) + " (" + Numbers.count(facts.bytes()) + " bytes as stored)");
        fact(out, "documents read", Numbers.count(facts.documents()));
        fact(out, "bad records skipped", Numbers.count(facts.badRecords())
                + (facts.badRecords() > 0 ? " (per file in sources/ and _MANIFEST.json)" : ""));
        fact(out, "run time", m.get("elapsed_seconds") instanceof Double s ? Units.duration(s) : "–");
        fact(out, "finished", String.valueOf(m.getOrDefault("finished_at", "–")));
        fact(out, "count unit", String.valueOf(m.getOrDefault("count_unit", "–")));
        fact(out, "versions", m.get("versions") instanceof Map<?, ?> v ? v.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) : "–");
        fact(out, "config digest", String.valueOf(m.getOrDefault("config_digest", "–")));
        m.forEach((key, value) -> {
            if (!SHOWN.contains(key) && !(value instanceof Map<?, ?>)) {
                fact(out, key.replace('_', ' '), Numbers.value(value));
            }
        });
        out.append("</dl>\n</header>\n");
        List<String> warnings = ReportWarnings.run(report);
        for (DomainReport d : report.domains()) {
            for (String w : ReportWarnings.domain(d)) {
                warnings.add(d.domain() + ": " + w);
            }
        }
        out.append("<section id=\"warnings\">\n<h2>Warnings</h2>\n");
        warnings(out, warnings);
        out.append("</section>\n");
        List<DomainSummary> summaries = report.summaries();
        out.append("<section id=\"floors\">\n<figure>\n")
                .append(SvgCharts.floors("floors-chart", summaries))
                .append("<figcaption>The singleton rate N1/n is the Good–Turing estimate of the probability of facts"
                        + " the corpus never shows; a calibrated model trained on it invents about that share of"
                        + " answers. The floors are what the papers prove at this sample size: Kalai &amp; Vempala"
                        + " 2024 Cor. 1 (KV24) and Kalai, Nachum, Vempala &amp; Zhang 2025 Thm 2 (KNVZ25, entity"
                        + " level).</figcaption>\n</figure>\n</section>\n");
        out.append("<section id=\"summary\">\n<h2>Per domain</h2>\n<table>\n<thead><tr><th>domain</th><th>n</th>"
                + "<th>distinct</th><th>N1</th><th>singleton rate</th><th>")
                .append(summaries.isEmpty() ? "" : Numbers.percent(summaries.get(0).confidence()))
                .append(" interval</th><th>entity sr</th><th>floor KV24</th><th>floor KNVZ25</th>"
                        + "<th class=\"text\">flags</th>"
                        + "</tr></thead>\n<tbody>\n");
        for (DomainSummary s : summaries) {
            out.append("<tr><td class=\"nowrap\"><a href=\"#domain-").append(anchor(s.domain())).append("\">")
                    .append(Html.escape(s.domain())).append("</a></td><td>").append(Numbers.count(s.n()))
                    .append("</td><td>").append(Numbers.count(s.distinct())).append("</td><td>")
                    .append(Numbers.count(s.n1())).append("</td><td>").append(Numbers.value(s.singletonRate()))
                    .append("</td><td class=\"nowrap\">")
                    .append(s.gtCiLow() == null ? "–" : Numbers.value(s.gtCiLow()) + "–"
                            + Numbers.value(s.gtCiHigh()))
                    .append("</td><td>").append(Numbers.value(s.entitySingletonRate())).append("</td><td>")
                    .append(Numbers.value(s.floorKv2024())).append("</td><td>")
                    .append(Numbers.value(s.floorKnvz2025())).append("</td><td class=\"flags\">")
                    .append(Html.escape(s.flags().stream().map(ReportHtml::flagName).collect(Collectors.joining(", "))))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
        if (report.delta() != null) {
            delta(out, report.delta());
        }
        glossary(out, report);
    }

    /** A merge's output: what adding its corpora changed, the same table and sentences as report.md's. */
    private static void delta(StringBuilder out, MergeDelta delta) {
        out.append("<section id=\"delta\">\n<h2>What adding ").append(Html.escape(String.join(", ",
                delta.addedCorpusIds()))).append(" changed</h2>\n<p>")
                .append(delta.baseCorpusIds().isEmpty() ? "Compared with empty statistics (this is the first merge)."
                        : "Compared with the statistics of " + Html.escape(String.join(", ", delta.baseCorpusIds()))
                        + " alone (<code>delta/</code>).")
                .append("</p>\n<table>\n<thead><tr><th>domain</th><th>singleton rate</th><th>entity sr</th>"
                        + "<th>floor KV24</th><th>floor KNVZ25</th><th>new factoids</th><th>new singletons</th>"
                        + "<th>no longer singletons</th><th>new entities</th><th>new conflicts</th></tr></thead>\n"
                        + "<tbody>\n");
        for (DomainDelta d : delta.domains()) {
            out.append("<tr><td class=\"nowrap\">").append(Html.escape(d.domain())).append("</td><td>")
                    .append(DeltaReport.change(d.singletonRateBefore(), d.singletonRateAfter())).append("</td><td>")
                    .append(DeltaReport.change(d.entitySingletonRateBefore(), d.entitySingletonRateAfter()))
                    .append("</td><td>").append(DeltaReport.change(d.floorKv2024Before(), d.floorKv2024After()))
                    .append("</td><td>").append(DeltaReport.change(d.floorKnvz2025Before(), d.floorKnvz2025After()))
                    .append("</td><td>").append(Numbers.count(d.newFactoids())).append("</td><td>")
                    .append(Numbers.count(d.newSingletons())).append("</td><td>")
                    .append(Numbers.count(d.noLongerSingletons())).append("</td><td>")
                    .append(Numbers.count(d.newEntities())).append("</td><td>")
                    .append(Numbers.count(d.newConflicts())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<ul>\n");
        for (DomainDelta d : delta.domains()) {
            out.append("<li>").append(Html.escape(DeltaReport.sentence(d).replace("**", ""))).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    /** What each summary.json field means, once for all domains; the domain pages link their numbers here. */
    private static void glossary(StringBuilder out, RunReport report) {
        Set<String> fields = new LinkedHashSet<>();
        report.domains().forEach(d -> fields.addAll(d.fields().keySet()));
        out.append("<section id=\"glossary\">\n<h2>What each number means</h2>\n<table class=\"glossary\">\n"
                + "<tbody>\n");
        for (String field : fields) {
            out.append("<tr id=\"field-").append(Html.escape(field)).append("\"><th scope=\"row\">")
                    .append(Html.escape(field)).append("</th><td>").append(Html.escape(FieldNotes.of(field)))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void domain(StringBuilder out, DomainReport d, int index) {
        DomainSummary s = d.summary();
        String unit = String.valueOf(d.fields().getOrDefault("count_unit", "documents"));
        out.append("<section class=\"domain\" id=\"domain-").append(anchor(d.domain())).append("\">\n<h2>")
                .append(Html.escape(d.domain())).append("</h2>\n<p>").append(Html.escape(ReportMarkdown.paragraph(s)))
                .append("</p>\n");
        if (s.table() != null && s.singletonRate() != null) {
            out.append("<p><strong>Fact table</strong>: ").append(Html.escape(ReportMarkdown.tableSentence(s)))
                    .append("</p>\n");
        }
        warnings(out, ReportWarnings.domain(d));
        out.append("<div class=\"pair\">\n<figure>\n")
                .append(SvgCharts.spectrum("spectrum-" + index, d.domain(), d.factoids(), d.sgt(), unit))
                .append("<figcaption>Dots: N<sub>r</sub>, the distinct factoids seen exactly r times. ")
                .append(d.sgt().applicable() ? String.format(Locale.ROOT, "Dashed: the Simple Good–Turing line"
                        + " log Z<sub>r</sub> = %.3f %s %.3f·log r (Gale &amp; Sampson 1995) fitted to the squares"
                        + " Z<sub>r</sub> (N<sub>r</sub> spread over the gap to its neighbours).",
                        d.sgt().intercept(), d.sgt().slope() < 0 ? "−" : "+", Math.abs(d.sgt().slope()))
                        : "No Simple Good–Turing line: " + Html.escape(d.sgt().reason()) + ".")
                .append("</figcaption>\n</figure>\n<figure>\n")
                .append(SvgCharts.singletonSources("sources-" + index, d.domain(), d.singletonSources(), s.n1()))
                .append("<figcaption>The ").append(OutputReader.TOP).append(" files holding most of the domain's"
                        + " factoids seen once (every file is in sources/): a file far above the others is where the"
                        + " tail comes from.</figcaption>\n</figure>\n</div>\n");
        growth(out, d, index);
        out.append("<h3>Entities with conflicting attributes</h3>\n");
        if (d.conflicts().isEmpty()) {
            out.append("<p class=\"ok\">No entity of this domain has more than one attribute.</p>\n");
        } else {
            out.append("<table class=\"conflicts\">\n<thead><tr><th class=\"text\">entity</th><th>")
                    .append(Html.escape(unit)).append("</th><th>attributes</th><th class=\"text\">leading attribute"
                            + "</th><th>its share</th></tr></thead>\n"
                            + "<tbody>\n");
            for (DomainReport.ConflictingEntity c : d.conflicts()) {
                out.append("<tr><td class=\"text\">").append(Html.escape(c.entity())).append("</td><td>")
                        .append(Numbers.count(c.occurrences())).append("</td><td>")
                        .append(Numbers.count(c.distinctAttributes())).append("</td><td class=\"text\">")
                        .append(Html.escape(c.topAttribute())).append("</td><td>")
                        .append(Numbers.percent(c.topShare())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("<h3>Every number of summary.json (meanings on the first page)</h3>\n<dl class=\"numbers\">\n");
        d.fields().entrySet().stream().filter(e -> !(e.getValue() instanceof Map<?, ?>)).forEach(e -> out
                .append("<div><dt><a href=\"#field-").append(Html.escape(e.getKey()))
                .append("\" title=\"").append(Html.escape(FieldNotes.of(e.getKey()))).append("\">")
                .append(Html.escape(e.getKey())).append("</a></dt><dd>").append(Html.escape(e.getKey().equals("flags")
                        ? flagNames(e.getValue()) : Numbers.value(e.getValue()))).append("</dd></div>\n"));
        out.append("</dl>\n</section>\n");
    }

    /** The growth chart, its table (prediction/'s rows) and the planning answer: when the KV24 floor drops. */
    private static void growth(StringBuilder out, DomainReport d, int index) {
        PredictionView p = PredictionView.of(d.fields());
        if (p == null) {
            return;
        }
        out.append("<h3>Predicted growth</h3>\n<figure>\n").append(GrowthChart.render("growth-" + index, d.domain(), p))
                .append("<figcaption>Lines: the ").append(Html.escape(p.estimator())).append(" prediction of the"
                        + " singleton rate and both floors as the corpus grows; bands: ")
                .append(Numbers.percent(p.confidence())).append(" prediction intervals (bootstrap). The same rows"
                        + " are in prediction/.</figcaption>\n</figure>\n");
        out.append("<table>\n<thead><tr><th>target</th><th>n</th><th>distinct</th><th>N1</th><th>singleton rate</th>"
                + "<th>floor KV24</th><th>floor KNVZ25</th></tr></thead>\n<tbody>\n");
        if (p.fullCorpus() != null) {
            growthRow(out, "full corpus", p.fullCorpus());
        }
        for (PredictionView.Point point : p.growth()) {
            growthRow(out, "×" + Numbers.value(point.scale()), point);
        }
        out.append("</tbody>\n</table>\n<p>Smallest n at which the predicted KV24 floor falls below ");
        out.append(p.kv2024FloorBelow().entrySet().stream().map(e -> e.getKey() + ": " + (e.getValue() == null
                ? "not within 100× n" : Numbers.value((double) Math.round(e.getValue()))))
                .collect(Collectors.joining("; "))).append(".</p>\n");
    }

    private static void growthRow(StringBuilder out, String target, PredictionView.Point point) {
        out.append("<tr><td class=\"nowrap\">").append(Html.escape(target)).append("</td><td>")
                .append(range(point.n(), "%.4g")).append("</td><td>").append(range(point.distinct(), "%.4g"))
                .append("</td><td>").append(range(point.n1(), "%.4g")).append("</td><td>")
                .append(range(point.singletonRate(), "%.4f")).append("</td><td>")
                .append(range(point.kv2024(), "%.4f")).append("</td><td>")
                .append(range(point.knvz2025(), "%.4f")).append("</td></tr>\n");
    }

    private static String range(org.factfloor.stats.Interval i, String format) {
        return Html.escape(String.format(Locale.ROOT, format + " [" + format + ", " + format + "]", i.estimate(),
                i.low(), i.high()));
    }

    private static void warnings(StringBuilder out, List<String> warnings) {
        if (warnings.isEmpty()) {
            out.append("<p class=\"ok\">No warnings.</p>\n");
            return;
        }
        out.append("<ul class=\"warnings\">\n");
        for (String w : warnings) {
            out.append("<li>").append(Html.escape(w)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void fact(StringBuilder out, String name, String value) {
        out.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(Html.escape(value)).append("</dd>\n");
    }

    /** The flags' names only: their explanations are the warnings at the top of the page. */
    private static String flagNames(Object flags) {
        return flags instanceof List<?> list && !list.isEmpty()
                ? list.stream().map(f -> flagName(String.valueOf(f))).collect(Collectors.joining(", ")) : "none";
    }

    private static String flagName(String flag) {
        int colon = flag.indexOf(':');
        return colon < 0 ? flag : flag.substring(0, colon);
    }

    /** A domain name as a fragment id: letters, digits, '-' and '_' kept, anything else replaced. */
    static String anchor(String domain) {
        return domain.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
