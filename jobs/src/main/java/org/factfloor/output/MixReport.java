package org.factfloor.output;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.factfloor.stats.MixtureSummary;

/**
 * report.md and report.html of `factfloor mix`: the expected figures of the mixture per domain, and the view of which
 * source drives the floor — per domain a small multiple per source of the singleton rate and both floors as that
 * source's weight goes from 0 to 1 with the others fixed, and the sources ranked by the singletons only they
 * contribute. Rendered from the mixture's output directory ({@link MixtureView}); self-contained (inline SVG, no
 * script) and well-formed XML.
 */
public final class MixReport {
    private static final int PANEL_WIDTH = 176;
    private static final int PANEL_HEIGHT = 132;
    private static final int PANELS_PER_ROW = 4;

    private MixReport() {
    }

    /** @return file name → content */
    static Map<String, String> render(MixtureView mixture) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(Reports.MARKDOWN, markdown(mixture.corpusId(), mixture.runId(), mixture.sources(),
                mixture.domains()));
        files.put(Reports.HTML, html(mixture.corpusId(), mixture.runId(), mixture.sources(), mixture.domains()));
        return files;
    }

    static String markdown(String corpusId, String runId, List<MixedSource> sources, List<MixedDomain> summaries) {
        StringBuilder md = new StringBuilder("# factfloor mix: ").append(corpusId).append("\n\nrun ").append(runId)
                .append(". Every figure is an expectation over the thinning: each document of a source is kept with"
                        + " probability equal to its weight. Floors are evaluated at the expected singleton rate and"
                        + " n.\n\n| source | weight |\n| --- | --- |\n");
        sources.forEach(s -> md.append("| ").append(s.label()).append(" | ").append(Numbers.fixed(s.weight(), 3))
                .append(" |\n"));
        md.append('\n').append(table(summaries));
        for (MixedDomain s : summaries) {
            md.append("\n## ").append(s.domain()).append("\n\n| source | weight | E[occurrences] | own singletons |"
                    + " share of E[N1] |\n| --- | --- | --- | --- | --- |\n");
            for (MixedSource source : ranked(sources, s)) {
                md.append("| ").append(source.label()).append(" | ").append(Numbers.fixed(source.weight(), 3))
                        .append(" | ").append(Numbers.fixed(s.contribution(source.index()).expectedOccurrences(), 1))
                        .append(" | ").append(Numbers.fixed(s.contribution(source.index()).ownSingletons(), 1))
                        .append(" | ").append(share(s, source)).append(" |\n");
            }
        }
        return md.toString();
    }

    /** The per-domain table of a finished mixture's output, as the console shows it after `mix`. */
    public static String table(String output, Configuration hadoop) {
        return table(MixOutputReader.read(output, hadoop).domains());
    }

    /** The per-domain table: expectations with their spreads (sd, items treated as independent). */
    static String table(List<MixedDomain> summaries) {
        StringBuilder md = new StringBuilder("| domain | E[n] | E[distinct] | E[N1] | singleton rate | entity sr |"
                + " floor KNVZ25 | floor KV24 | flags |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (MixedDomain s : summaries) {
            md.append("| ").append(s.domain())
                    .append(" | ").append(Numbers.fixed(s.n(), 1)).append(" ± ")
                    .append(Numbers.fixed(s.nSd(), 1))
                    .append(" | ").append(Numbers.fixed(s.distinct(), 1))
                    .append(" | ").append(Numbers.fixed(s.n1(), 1)).append(" ± ")
                    .append(Numbers.fixed(s.n1Sd(), 1))
                    .append(" | ").append(singletonRate(s))
                    .append(" | ").append(rate(s.entitySingletonRate()))
                    .append(" | ").append(rate(s.floorKnvz2025()))
                    .append(" | ").append(rate(s.floorKv2024()))
                    .append(" | ").append(String.join(", ", s.flags().stream()
                            .map(f -> f.substring(0, f.indexOf(':') < 0 ? f.length() : f.indexOf(':'))).toList()))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** Sources by the expected singletons only they contribute, most first. */
    static List<MixedSource> ranked(List<MixedSource> sources, MixedDomain s) {
        return sources.stream().sorted(Comparator.comparingDouble((MixedSource m) ->
                        -s.contribution(m.index()).ownSingletons())
                .thenComparing(MixedSource::index)).toList();
    }

    private static String share(MixedDomain s, MixedSource source) {
        Double share = s.contribution(source.index()).ownSingletonShare();
        return share != null ? Numbers.fixed(share, 3) : "-";
    }

    /** The expected rate ± its thinning sd, and with fresh data the extrapolation's interval. */
    private static String singletonRate(MixedDomain s) {
        Double sd = s.singletonRateSd();
        return rate(s.singletonRate()) + (sd == null ? "" : " ± " + rate(sd))
                + (s.singletonRateLow() == null ? "" : " [" + rate(s.singletonRateLow()) + ", "
                + rate(s.singletonRateHigh()) + "]");
    }

    private static String rate(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String html(String corpusId, String runId, List<MixedSource> sources, List<MixedDomain> summaries) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
                + "<title>factfloor mix: ").append(Html.escape(corpusId)).append("</title><style>\n").append(CSS)
                .append("</style></head><body>\n<header><h1>What-if mixture: ").append(Html.escape(corpusId))
                .append("</h1><p>run <code>").append(Html.escape(runId)).append("</code>. Every figure is an"
                        + " expectation over the thinning: each document of a source is kept with probability equal"
                        + " to its weight, independently. Spreads (±) are one standard deviation with factoids"
                        + " treated as independent. The floors are evaluated at the expected singleton rate and"
                        + " n.</p>\n<table><tr><th>source</th><th>weight</th><th class=\"text\">output</th></tr>\n");
        for (MixedSource s : sources) {
            h.append("<tr><td>").append(Html.escape(s.label())).append("</td><td>")
                    .append(Numbers.fixed(s.weight(), 3)).append("</td><td class=\"text\">")
                    .append(Html.escape(s.path())).append("</td></tr>\n");
        }
        h.append("</table></header>\n<section id=\"summary\"><h2>Expected figures</h2>\n<table><tr>");
        for (String c : List.of("domain", "E[n]", "E[distinct]", "E[N1]", "singleton rate", "entity sr",
                "floor KNVZ25", "floor KV24")) {
            h.append("<th>").append(Html.escape(c)).append("</th>");
        }
        h.append("</tr>\n");
        for (MixedDomain s : summaries) {
            h.append("<tr><td>").append(Html.escape(s.domain())).append("</td><td>")
                    .append(Numbers.fixed(s.n(), 1)).append(" ± ").append(Numbers.fixed(s.nSd(), 1))
                    .append("</td><td>").append(Numbers.fixed(s.distinct(), 1)).append("</td><td>")
                    .append(Numbers.fixed(s.n1(), 1)).append(" ± ")
                    .append(Numbers.fixed(s.n1Sd(), 1)).append("</td><td>")
                    .append(singletonRate(s)).append("</td><td>")
                    .append(rate(s.entitySingletonRate())).append("</td><td>").append(rate(s.floorKnvz2025()))
                    .append("</td><td>").append(rate(s.floorKv2024())).append("</td></tr>\n");
        }
        h.append("</table></section>\n");
        for (MixedDomain s : summaries) {
            h.append("<section class=\"domain\" id=\"domain-").append(Html.escape(s.domain())).append("\"><h2>")
                    .append(Html.escape(s.domain())).append(": which source drives the floor</h2>\n");
            if (!s.flags().isEmpty()) {
                h.append("<ul class=\"warnings\">");
                s.flags().forEach(f -> h.append("<li>").append(Html.escape(f)).append("</li>"));
                h.append("</ul>\n");
            }
            h.append("<figure>").append(smallMultiples(s, sources)).append("<figcaption>Each panel moves one"
                    + " source's weight from 0 to 1 with the other weights fixed; the ring marks its weight in this"
                    + " mixture. Solid: expected singleton rate; dashed: Kalai–Vempala 2024 floor; dotted: Kalai et"
                    + " al. 2025 floor (entity level).</figcaption></figure>\n");
            h.append("<h3>Sources ranked by the singletons only they contribute</h3>\n<table><tr><th>source</th>"
                    + "<th>weight</th><th>E[occurrences]</th><th>own singletons</th><th>share of E[N1]</th>"
                    + "<th>entity own singletons</th></tr>\n");
            for (MixedSource source : ranked(sources, s)) {
                h.append("<tr><td>").append(Html.escape(source.label())).append("</td><td>")
                        .append(Numbers.fixed(source.weight(), 3)).append("</td><td>")
                        .append(Numbers.fixed(s.contribution(source.index()).expectedOccurrences(), 1))
                        .append("</td><td>")
                        .append(Numbers.fixed(s.contribution(source.index()).ownSingletons(), 1)).append("</td><td>")
                        .append(share(s, source)).append("</td><td>")
                        .append(Numbers.fixed(s.contribution(source.index()).entityOwnSingletons(), 1))
                        .append("</td></tr>\n");
            }
            h.append("</table></section>\n");
        }
        return h.append("<footer>factfloor mix; formulas in the README, section What-if mixtures.</footer>\n"
                + "</body></html>\n").toString();
    }

    /** One panel per source: x = that source's weight in [0, 1], y = rate on a shared linear scale. */
    static String smallMultiples(MixedDomain s, List<MixedSource> sources) {
        double top = 0;
        for (MixedSource source : sources) {
            for (MixtureSummary.CurvePoint p : s.curve(source.index())) {
                top = Math.max(top, p.singletonRate() == null ? 0 : p.singletonRate());
                top = Math.max(top, p.floorKnvz2025() == null ? 0 : p.floorKnvz2025());
            }
        }
        double max = top > 0 ? Math.min(1, Math.ceil(top * 10 + 1e-9) / 10) : 1;
        int rows = (sources.size() + PANELS_PER_ROW - 1) / PANELS_PER_ROW;
        int columns = Math.min(PANELS_PER_ROW, sources.size());
        int width = columns * PANEL_WIDTH;
        int height = rows * PANEL_HEIGHT;
        String id = "mix-" + s.domain().replaceAll("[^A-Za-z0-9_-]", "_");
        Svg svg = new Svg(id, width, height, s.domain() + ": singleton rate and floors by source weight",
                "One panel per source; x is that source's weight from 0 to 1, the others fixed; y from 0 to "
                        + Numbers.fixed(max, 1) + ".");
        for (MixedSource source : sources) {
            int col = source.index() % PANELS_PER_ROW;
            int row = source.index() / PANELS_PER_ROW;
            double x0 = col * PANEL_WIDTH + 34;
            double x1 = col * PANEL_WIDTH + PANEL_WIDTH - 8;
            double y0 = row * PANEL_HEIGHT + PANEL_HEIGHT - 26;
            double y1 = row * PANEL_HEIGHT + 18;
            svg.text((x0 + x1) / 2, y1 - 6, "middle", "row-label", source.label());
            svg.line(x0, y0, x1, y0, "axis").line(x0, y0, x0, y1, "axis");
            svg.text(x0 - 3, y0 + 3, "end", "tick-label", "0").text(x0 - 3, y1 + 3, "end", "tick-label",
                    Numbers.fixed(max, 1));
            svg.text(x0, y0 + 11, "middle", "tick-label", "0").text(x1, y0 + 11, "middle", "tick-label", "1");
            svg.text((x0 + x1) / 2, y0 + 21, "middle", "sub", "weight");
            List<MixtureSummary.CurvePoint> curve = s.curve(source.index());
            polyline(svg, curve, x0, x1, y0, y1, max, MixtureSummary.CurvePoint::singletonRate, "sr");
            polyline(svg, curve, x0, x1, y0, y1, max, MixtureSummary.CurvePoint::floorKv2024, "kv24");
            polyline(svg, curve, x0, x1, y0, y1, max, MixtureSummary.CurvePoint::floorKnvz2025, "knvz25");
            if (s.singletonRate() != null) {
                svg.raw(String.format(Locale.ROOT, "<circle class=\"now\" cx=\"%.2f\" cy=\"%.2f\" r=\"3.5\">"
                                + "<title>weight %s: singleton rate %s</title></circle>",
                        x0 + source.weight() * (x1 - x0), y0 - s.singletonRate() / max * (y0 - y1),
                        Numbers.fixed(source.weight(), 3), rate(s.singletonRate())));
            }
        }
        return svg.end();
    }

    private static void polyline(Svg svg, List<MixtureSummary.CurvePoint> curve, double x0, double x1, double y0,
                                 double y1, double max, java.util.function.Function<MixtureSummary.CurvePoint, Double> y,
                                 String cssClass) {
        StringBuilder points = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (MixtureSummary.CurvePoint p : curve) {
            Double v = y.apply(p);
            if (v != null) {
                points.append(String.format(Locale.ROOT, "%.2f,%.2f ", x0 + p.weight() * (x1 - x0),
                        y0 - Math.min(v, max) / max * (y0 - y1)));
                values.append(String.format(Locale.ROOT, "%.1f:%.4f ", p.weight(), v));
            }
        }
        svg.raw("<polyline class=\"" + cssClass + "\" points=\"" + points.toString().trim() + "\" data-values=\""
                + values.toString().trim() + "\"/>");
    }

    private static final String CSS = """
            body { font: 10pt/1.4 "DejaVu Sans", Arial, sans-serif; max-width: 186mm; margin: 6mm auto; color: #111; }
            table { border-collapse: collapse; font-size: 8.5pt; width: 100%; }
            th, td { border-bottom: 0.5pt solid #999; padding: 0.6mm 1.5mm; text-align: right; }
            th:first-child, td:first-child, td.text, th.text { text-align: left; }
            .warnings li { font-size: 8.5pt; }
            figcaption { font-size: 7.5pt; color: #333; }
            svg.chart { max-width: 100%; height: auto; }
            svg .axis { stroke: #000; stroke-width: 1; }
            svg .tick-label, svg .row-label { font-size: 9px; } svg .sub { font-size: 8px; }
            svg polyline { fill: none; stroke: #000; }
            svg .sr { stroke-width: 1.8; } svg .kv24 { stroke-dasharray: 5 3; } svg .knvz25 { stroke-dasharray: 1.5 2; }
            svg .now { fill: #fff; stroke: #000; stroke-width: 1.4; }
            section.domain { break-before: page; padding-top: 4mm; }
            """;
}
