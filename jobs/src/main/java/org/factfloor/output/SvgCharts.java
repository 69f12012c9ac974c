package org.factfloor.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SgtEstimate;
import org.factfloor.stats.SimpleGoodTuring;

/**
 * The report's charts as inline SVG, drawn from the numbers alone (no library, no script). Marks differ by shape
 * and fill, never by colour only, so the charts read in greyscale and in print; every chart has a title, a
 * description and labelled axes, and every data mark carries its values (data-* attributes and a tooltip title).
 */
final class SvgCharts {
    private SvgCharts() {
    }

    /** A logarithmic axis over whole decades [10^lo, 10^hi] mapped onto pixels [from, to]. */
    record LogScale(int lo, int hi, double from, double to) {
        static LogScale covering(double min, double max, double from, double to) {
            int lo = (int) Math.floor(Math.log10(min) + 1e-9);
            int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
            return new LogScale(lo, Math.max(hi, lo + 1), from, to);
        }

        double at(double value) {
            return atLog10(Math.log10(value));
        }

        double atLog10(double log10) {
            return from + (log10 - lo) / (hi - lo) * (to - from);
        }
    }

    /** A linear axis [0, max] with ticks every step, mapped onto pixels [from, to]. */
    record LinearScale(double max, double step, double from, double to) {
        /** The smallest max of the form k·step (step 1, 2 or 5 times a power of ten) with at most 10 ticks. */
        static LinearScale covering(double value, double from, double to) {
            double v = value > 0 ? value : 1;
            double magnitude = Math.pow(10, Math.floor(Math.log10(v / 10)));
            for (double m : new double[] {1, 2, 5, 10, 20, 50}) {
                double step = m * magnitude;
                if (Math.ceil(v / step - 1e-9) <= 10) {
                    return new LinearScale(Math.max(step, Math.ceil(v / step - 1e-9) * step), step, from, to);
                }
            }
            throw new IllegalStateException("no scale for " + value);
        }

        double at(double value) {
            return from + value / max * (to - from);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; i * step <= max * (1 + 1e-9); i++) {
                ticks.add(i * step);
            }
            return ticks;
        }
    }

    // ---- frequency spectrum, log-log, with the Simple Good–Turing line --------------------------------------

    private static final int SPEC_W = 440;
    private static final int SPEC_H = 310;
    private static final double SPEC_LEFT = 60;
    private static final double SPEC_RIGHT = SPEC_W - 14;
    private static final double SPEC_TOP = 34;
    private static final double SPEC_BOTTOM = SPEC_H - 46;

    /**
     * N_r against r (filled circles), the averaged Z_r that Simple Good–Turing fits (hollow squares) and its line
     * log Z = a + b·log r (Gale &amp; Sampson 1995), or the reason the line is absent.
     */
    static String spectrum(String id, String domain, FrequencySpectrum spectrum, SgtEstimate sgt, String countUnit) {
        String title = domain + ": frequency spectrum, log-log";
        String description = spectrum.isEmpty() ? "No factoid of " + domain + " was found."
                : String.format(Locale.ROOT, "%d points (r, N_r) from r = %d to r = %d; N_1 = %d factoids seen once."
                        + " %s",
                spectrum.size(), spectrum.frequencyAt(0), spectrum.frequencyAt(spectrum.size() - 1), spectrum.n1(),
                sgt.applicable() ? String.format(Locale.ROOT, "Simple Good-Turing line with slope b = %.3f.",
                        sgt.slope()) : "No Simple Good-Turing line: " + sgt.reason() + ".");
        Svg svg = new Svg(id, SPEC_W, SPEC_H, title, description);
        svg.text(SPEC_W / 2.0, 18, "middle", "title", title);
        double[] z = spectrum.isEmpty() ? new double[0] : SimpleGoodTuring.averagedCounts(spectrum);
        double minX = 1;
        double maxX = 10;
        double minY = 1;
        double maxY = 10;
        for (int j = 0; j < spectrum.size(); j++) {
            maxX = Math.max(maxX, spectrum.frequencyAt(j));
            minY = Math.min(minY, Math.min(spectrum.countAt(j), z[j]));
            maxY = Math.max(maxY, Math.max(spectrum.countAt(j), z[j]));
        }
        LogScale x = LogScale.covering(minX, maxX, SPEC_LEFT, SPEC_RIGHT);
        LogScale y = LogScale.covering(minY, maxY, SPEC_BOTTOM, SPEC_TOP);
        logAxes(svg, x, y);
        svg.text((SPEC_LEFT + SPEC_RIGHT) / 2, SPEC_H - 8, "middle", "axis-label",
                "r = times a factoid occurs (count unit: " + countUnit + ")");
        svg.raw(String.format(Locale.ROOT, "<text class=\"axis-label\" x=\"14\" y=\"%.2f\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %.2f)\">N<tspan class=\"sub\" dy=\"3\">r</tspan><tspan dy=\"-3\">"
                + " = distinct factoids seen r times</tspan></text>", (SPEC_TOP + SPEC_BOTTOM) / 2,
                (SPEC_TOP + SPEC_BOTTOM) / 2));
        if (spectrum.isEmpty()) {
            svg.text((SPEC_LEFT + SPEC_RIGHT) / 2, (SPEC_TOP + SPEC_BOTTOM) / 2, "middle", "note",
                    "no factoid of this domain was found");
            return svg.end();
        }
        String clip = id + "-clip";
        svg.raw(String.format(Locale.ROOT, "<clipPath id=\"%s\"><rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\""
                + " height=\"%.2f\"/></clipPath>", clip, SPEC_LEFT, SPEC_TOP, SPEC_RIGHT - SPEC_LEFT,
                SPEC_BOTTOM - SPEC_TOP));
        if (sgt.applicable()) {
            double r0 = Math.pow(10, x.lo());
            double r1 = Math.pow(10, x.hi());
            svg.raw(String.format(Locale.ROOT, "<line class=\"fit\" clip-path=\"url(#%s)\" data-intercept=\"%s\""
                            + " data-slope=\"%s\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>", clip,
                    sgt.intercept(), sgt.slope(), x.at(r0), y.atLog10(fitLog10(sgt, r0)), x.at(r1),
                    y.atLog10(fitLog10(sgt, r1))));
        }
        StringBuilder points = new StringBuilder("<g class=\"zr\">");
        for (int j = 0; j < spectrum.size(); j++) {
            long r = spectrum.frequencyAt(j);
            points.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"6\" height=\"6\""
                    + " data-r=\"%d\" data-z=\"%s\"/>", x.at(r) - 3, y.at(z[j]) - 3, r, z[j]));
        }
        points.append("</g>\n<g class=\"nr\">");
        for (int j = 0; j < spectrum.size(); j++) {
            long r = spectrum.frequencyAt(j);
            long nR = spectrum.countAt(j);
            points.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"2.6\" data-r=\"%d\""
                    + " data-nr=\"%d\"><title>r = %d: %d factoids</title></circle>", x.at(r), y.at(nR), r, nR, r, nR));
        }
        svg.raw(points.append("</g>").toString());
        double lx = SPEC_RIGHT - 178;
        svg.raw(String.format(Locale.ROOT, "<rect class=\"legend-box\" x=\"%.2f\" y=\"%.2f\" width=\"174\""
                + " height=\"48\"/>", lx - 6, SPEC_TOP + 4));
        svg.raw(String.format(Locale.ROOT, "<circle class=\"nr-key\" cx=\"%.2f\" cy=\"%.2f\" r=\"2.6\"/>", lx + 4,
                SPEC_TOP + 15));
        svg.raw(legendText(lx + 14, SPEC_TOP + 18, "N<tspan class=\"sub\" dy=\"2\">r</tspan><tspan dy=\"-2\">"
                + " observed</tspan>"));
        svg.raw(String.format(Locale.ROOT, "<rect class=\"zr-key\" x=\"%.2f\" y=\"%.2f\" width=\"6\" height=\"6\"/>",
                lx + 1, SPEC_TOP + 26));
        svg.raw(legendText(lx + 14, SPEC_TOP + 32, "Z<tspan class=\"sub\" dy=\"2\">r</tspan><tspan dy=\"-2\">:"
                + " N</tspan><tspan class=\"sub\" dy=\"2\">r</tspan><tspan dy=\"-2\"> averaged over gaps</tspan>"));
        if (sgt.applicable()) {
            svg.line(lx - 2, SPEC_TOP + 43, lx + 10, SPEC_TOP + 43, "fit");
            svg.text(lx + 14, SPEC_TOP + 46, "start", "legend",
                    String.format(Locale.ROOT, "SGT fit to the squares, b = %s%.2f", sgt.slope() < 0 ? "−" : "",
                            Math.abs(sgt.slope())));
        } else {
            svg.text(lx + 14, SPEC_TOP + 46, "start", "legend", "no SGT line (see below)");
        }
        return svg.end();
    }

    /** A legend entry whose markup (subscripts as tspans) is fixed text of this class, not data. */
    private static String legendText(double x, double y, String markup) {
        return String.format(Locale.ROOT, "<text class=\"legend\" x=\"%.2f\" y=\"%.2f\">%s</text>", x, y, markup);
    }

    /** log10 Z on the fitted line ln Z = a + b·ln r, kept in logarithms so a steep line cannot underflow to 0. */
    private static double fitLog10(SgtEstimate sgt, double r) {
        return (sgt.intercept() + sgt.slope() * Math.log(r)) / Math.log(10);
    }

    private static void logAxes(Svg svg, LogScale x, LogScale y) {
        StringBuilder grid = new StringBuilder("<g class=\"grid\">");
        for (int k = x.lo(); k <= x.hi(); k++) {
            double px = x.at(Math.pow(10, k));
            grid.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>", px,
                    y.from(), px, y.to()));
        }
        for (int k = y.lo(); k <= y.hi(); k++) {
            double py = y.at(Math.pow(10, k));
            grid.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>",
                    x.from(), py, x.to(), py));
        }
        svg.raw(grid.append("</g>").toString());
        svg.line(x.from(), y.from(), x.to(), y.from(), "axis x-axis");
        svg.line(x.from(), y.from(), x.from(), y.to(), "axis y-axis");
        boolean minor = x.hi() - x.lo() <= 6;
        for (int k = x.lo(); k <= x.hi(); k++) {
            double px = x.at(Math.pow(10, k));
            svg.line(px, y.from(), px, y.from() + 5, "tick");
            svg.text(px, y.from() + 17, "middle", "tick-label x-tick", power(k));
            for (int m = 2; minor && k < x.hi() && m < 10; m++) {
                double pm = x.at(m * Math.pow(10, k));
                svg.line(pm, y.from(), pm, y.from() + 3, "tick");
            }
        }
        for (int k = y.lo(); k <= y.hi(); k++) {
            double py = y.at(Math.pow(10, k));
            svg.line(x.from() - 5, py, x.from(), py, "tick");
            svg.text(x.from() - 7, py + 3.5, "end", "tick-label y-tick", power(k));
        }
    }

    /** 10^k as people read it: 0.01, 1, 100, 10k, 1M, 1e9. */
    static String power(int k) {
        if (k >= 0 && k <= 2) {
            return Long.toString((long) Math.pow(10, k));
        }
        if (k >= 3 && k <= 5) {
            return (long) Math.pow(10, k - 3) + "k";
        }
        if (k >= 6 && k <= 8) {
            return (long) Math.pow(10, k - 6) + "M";
        }
        if (k < 0 && k >= -3) {
            return new java.math.BigDecimal(Math.pow(10, k)).round(new java.math.MathContext(1)).toPlainString();
        }
        return "1e" + k;
    }

    // ---- singleton rates, intervals and floors across domains -------------------------------------------------

    private static final int FLOORS_W = 700;
    private static final double FLOORS_LABEL = 128;
    private static final double FLOORS_RIGHT = FLOORS_W - 62;
    private static final double FLOORS_ROWS_TOP = 76;
    private static final double FLOORS_ROW = 30;

    /**
     * Per domain: the singleton rate as a bar, its Good–Turing interval as a whisker (Kalai et al. 2025 Cor. 3),
     * the Kalai–Vempala 2024 floor as a filled diamond and the Kalai–Nachum–Vempala–Zhang 2025 floor as a
     * hollow triangle, on one shared axis so domains compare at a glance.
     */
    static String floors(String id, List<DomainSummary> summaries) {
        double confidence = summaries.isEmpty() ? 0.99 : summaries.get(0).confidence();
        String percent = Numbers.percent(confidence);
        int height = (int) (FLOORS_ROWS_TOP + FLOORS_ROW * Math.max(1, summaries.size()) + 46);
        String title = "Singleton rate with its " + percent + " interval and the two hallucination floors, per domain";
        StringBuilder description = new StringBuilder();
        double max = 0;
        for (DomainSummary s : summaries) {
            description.append(s.domain()).append(": ").append(s.singletonRate() == null ? "no occurrences"
                    : String.format(Locale.ROOT, "singleton rate %.4f, interval %.4f to %.4f, floor KV24 %.4f,"
                            + " floor KNVZ25 %.4f", s.singletonRate(), s.gtCiLow(), s.gtCiHigh(), s.floorKv2024(),
                    s.floorKnvz2025())).append(". ");
            for (Double v : new Double[] {s.singletonRate(), s.gtCiHigh(), s.floorKv2024(), s.floorKnvz2025()}) {
                max = v == null ? max : Math.max(max, v);
            }
        }
        Svg svg = new Svg(id, FLOORS_W, height, title, description.toString().trim());
        svg.text(FLOORS_W / 2.0, 18, "middle", "title", title);
        legend(svg, percent);
        LinearScale x = LinearScale.covering(Math.min(1, max), FLOORS_LABEL, FLOORS_RIGHT);
        double bottom = FLOORS_ROWS_TOP + FLOORS_ROW * Math.max(1, summaries.size());
        linearXAxis(svg, x, FLOORS_ROWS_TOP - 6, bottom, "%.2f");
        svg.text(FLOORS_W - 6, FLOORS_ROWS_TOP - 10, "end", "legend", "N1/n");
        svg.text((FLOORS_LABEL + FLOORS_RIGHT) / 2, height - 8, "middle", "axis-label",
                "share of occurrences (bar and whisker at factoid level; KNVZ25 uses the entity level)");
        svg.rotatedText(14, (FLOORS_ROWS_TOP + bottom) / 2, "axis-label", "domain");
        for (int i = 0; i < summaries.size(); i++) {
            DomainSummary s = summaries.get(i);
            double cy = FLOORS_ROWS_TOP + FLOORS_ROW * i + FLOORS_ROW / 2;
            svg.text(FLOORS_LABEL - 8, cy + 4, "end", "row-label", s.domain());
            if (s.singletonRate() == null) {
                svg.text(x.at(0) + 6, cy + 4, "start", "note", "no occurrences: nothing to show");
                continue;
            }
            svg.raw(String.format(Locale.ROOT, "<g class=\"domain-row\" data-domain=\"%s\">", Html.escape(s.domain())));
            svg.raw(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"12\""
                            + " data-value=\"%s\"><title>singleton rate %.4f</title></rect>", x.at(0), cy - 6,
                    x.at(s.singletonRate()) - x.at(0), s.singletonRate(), s.singletonRate()));
            double lo = x.at(s.gtCiLow());
            double hi = x.at(s.gtCiHigh());
            svg.raw(String.format(Locale.ROOT, "<g class=\"whisker\" data-low=\"%s\" data-high=\"%s\"><title>%s"
                            + " interval %.4f to %.4f</title><line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>"
                            + "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/><line x1=\"%.2f\" y1=\"%.2f\""
                            + " x2=\"%.2f\" y2=\"%.2f\"/></g>", s.gtCiLow(), s.gtCiHigh(), percent, s.gtCiLow(),
                    s.gtCiHigh(), lo, cy, hi, cy, lo, cy - 7, lo, cy + 7, hi, cy - 7, hi, cy + 7));
            svg.raw(diamond(x.at(s.floorKv2024()), cy, "floor-kv24", s.floorKv2024(), "floor KV24"));
            svg.raw(triangle(x.at(s.floorKnvz2025()), cy, "floor-knvz25", s.floorKnvz2025(), "floor KNVZ25"));
            svg.text(FLOORS_W - 6, cy + 4, "end", "value", String.format(Locale.ROOT, "%.3f", s.singletonRate()));
            svg.raw("</g>");
        }
        return svg.end();
    }

    private static void legend(Svg svg, String percent) {
        double y = 44;
        double x = FLOORS_LABEL;
        svg.raw(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.2f\" y=\"%.2f\" width=\"22\" height=\"12\"/>",
                x, y - 6));
        svg.text(x + 28, y + 4, "start", "legend", "singleton rate N1/n");
        x += 150;
        svg.raw(String.format(Locale.ROOT, "<g class=\"whisker\"><line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\""
                        + " y2=\"%.2f\"/><line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/><line x1=\"%.2f\""
                        + " y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/></g>", x, y, x + 22, y, x, y - 7, x, y + 7, x + 22,
                y - 7, x + 22, y + 7));
        svg.text(x + 28, y + 4, "start", "legend", percent + " Good–Turing interval");
        x += 165;
        svg.raw(diamond(x + 6, y, "floor-kv24", null, null));
        svg.text(x + 16, y + 4, "start", "legend", "floor KV24");
        x += 100;
        svg.raw(triangle(x + 6, y, "floor-knvz25", null, null));
        svg.text(x + 16, y + 4, "start", "legend", "floor KNVZ25");
    }

    private static String diamond(double cx, double cy, String cssClass, Double value, String label) {
        return String.format(Locale.ROOT, "<polygon class=\"%s\" points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f\"%s>"
                        + "%s</polygon>", cssClass, cx, cy - 7, cx + 6, cy, cx, cy + 7, cx - 6, cy,
                value == null ? "" : " data-value=\"" + value + "\"",
                label == null ? "" : String.format(Locale.ROOT, "<title>%s %.4f</title>", label, value));
    }

    private static String triangle(double cx, double cy, String cssClass, Double value, String label) {
        return String.format(Locale.ROOT, "<polygon class=\"%s\" points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f\"%s>%s"
                        + "</polygon>", cssClass, cx, cy - 8, cx + 7, cy + 5, cx - 7, cy + 5,
                value == null ? "" : " data-value=\"" + value + "\"",
                label == null ? "" : String.format(Locale.ROOT, "<title>%s %.4f</title>", label, value));
    }

    private static void linearXAxis(Svg svg, LinearScale x, double top, double bottom, String format) {
        StringBuilder grid = new StringBuilder("<g class=\"grid\">");
        for (double t : x.ticks()) {
            grid.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>",
                    x.at(t), top, x.at(t), bottom));
        }
        svg.raw(grid.append("</g>").toString());
        svg.line(x.from(), bottom, x.to(), bottom, "axis x-axis");
        svg.line(x.from(), top, x.from(), bottom, "axis y-axis");
        for (double t : x.ticks()) {
            svg.line(x.at(t), bottom, x.at(t), bottom + 5, "tick");
            svg.text(x.at(t), bottom + 17, "middle", "tick-label x-tick", String.format(Locale.ROOT, format, t));
        }
    }

    // ---- input files holding the most singletons ------------------------------------------------------------

    private static final int SOURCES_W = 440;
    private static final double SOURCES_LABEL = 150;
    private static final double SOURCES_RIGHT = SOURCES_W - 76;
    private static final double SOURCES_TOP = 36;
    private static final double SOURCES_ROW = 19;

    /** Horizontal bars: singletons of the domain per input file, largest first, with their share of N1. */
    static String singletonSources(String id, String domain, List<DomainReport.SingletonSource> sources, long n1) {
        int rows = Math.max(1, sources.size());
        int height = (int) (SOURCES_TOP + SOURCES_ROW * rows + 44);
        String title = domain + ": input files holding the most singletons";
        StringBuilder description = new StringBuilder();
        long max = 0;
        for (DomainReport.SingletonSource s : sources) {
            description.append(s.path()).append(": ").append(s.singletons()).append(". ");
            max = Math.max(max, s.singletons());
        }
        Svg svg = new Svg(id, SOURCES_W, height, title, sources.isEmpty() ? "No singletons in this domain."
                : "Singletons per file, largest first. " + description.toString().trim());
        svg.text(SOURCES_W / 2.0, 18, "middle", "title", title);
        double bottom = SOURCES_TOP + SOURCES_ROW * rows;
        LinearScale x = LinearScale.covering(Math.max(1, max), SOURCES_LABEL, SOURCES_RIGHT);
        linearXAxis(svg, x, SOURCES_TOP - 4, bottom, "%,.0f");
        svg.text((SOURCES_LABEL + SOURCES_RIGHT) / 2, height - 8, "middle", "axis-label",
                "singletons (factoids seen once) in the file");
        svg.rotatedText(12, (SOURCES_TOP + bottom) / 2, "axis-label", "input file");
        if (sources.isEmpty()) {
            svg.text(x.at(0) + 6, SOURCES_TOP + SOURCES_ROW / 2 + 4, "start", "note", "no singletons");
        }
        for (int i = 0; i < sources.size(); i++) {
            DomainReport.SingletonSource s = sources.get(i);
            double cy = SOURCES_TOP + SOURCES_ROW * i + SOURCES_ROW / 2;
            svg.raw(String.format(Locale.ROOT, "<g class=\"source-row\" data-path=\"%s\" data-singletons=\"%d\">"
                    + "<title>%s: %,d singletons</title>", Html.escape(s.path()), s.singletons(),
                    Html.escape(s.path()), s.singletons()));
            svg.text(SOURCES_LABEL - 6, cy + 4, "end", "row-label", shortName(s.path()));
            svg.raw(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\""
                    + " height=\"11\"/>", x.at(0), cy - 5.5, x.at(s.singletons()) - x.at(0)));
            svg.text(x.at(s.singletons()) + 5, cy + 4, "start", "value", String.format(Locale.ROOT, "%,d (%s)",
                    s.singletons(), n1 == 0 ? "-" : Numbers.percent((double) s.singletons() / n1)));
            svg.raw("</g>");
        }
        return svg.end();
    }

    /** The file name, cut to fit the label column; the full path is in the row's title. */
    static String shortName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.length() <= 24 ? name : name.substring(0, 11) + "…" + name.substring(name.length() - 12);
    }
}
