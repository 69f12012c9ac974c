package org.factfloor.output;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.factfloor.stats.Interval;

/**
 * The report's growth curve of one domain (inline SVG): singleton rate and both floors from the observed n to 100×n
 * (log x axis), each a line over its prediction band; a sampled run's full corpus marked on the axis. Series differ
 * by dash pattern and band shade, not colour, so the chart reads in print.
 */
final class GrowthChart {
    private static final int W = 620;
    private static final int H = 300;
    private static final double LEFT = 60;
    private static final double RIGHT = W - 150;
    private static final double TOP = 34;
    private static final double BOTTOM = H - 46;

    /** A series: its CSS class, legend label and the interval it reads from a point. */
    private record Series(String cssClass, String label, Function<PredictionView.Point, Interval> value) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("growth-sr", "singleton rate N1/n", PredictionView.Point::singletonRate),
            new Series("growth-kv24", "floor KV24", PredictionView.Point::kv2024),
            new Series("growth-knvz25", "floor KNVZ25", PredictionView.Point::knvz2025));

    private GrowthChart() {
    }

    static String render(String id, String domain, PredictionView p) {
        List<PredictionView.Point> points = p.growth();
        String title = domain + ": predicted growth to 100× the observed n";
        String description = points.isEmpty() ? "Too few occurrences to extrapolate." : String.format(Locale.ROOT,
                "%d sizes from n = %.0f to %.0f, estimator %s, %.0f%% prediction bands; singleton rate %.4f to %.4f.",
                points.size(), points.get(0).n().estimate(), points.get(points.size() - 1).n().estimate(),
                p.estimator(), 100 * p.confidence(), points.get(0).singletonRate().estimate(),
                points.get(points.size() - 1).singletonRate().estimate());
        Svg svg = new Svg(id, W, H, title, description);
        svg.text(W / 2.0, 18, "middle", "title", title);
        if (points.size() < 2) {
            svg.text(W / 2.0, H / 2.0, "middle", "note", "too few occurrences to extrapolate");
            return svg.end();
        }
        double maxY = 0;
        for (PredictionView.Point point : points) {
            for (Series s : SERIES) {
                maxY = Math.max(maxY, s.value().apply(point).high());
            }
        }
        SvgCharts.LogScale x = SvgCharts.LogScale.covering(points.get(0).n().estimate(),
                points.get(points.size() - 1).n().estimate(), LEFT, RIGHT);
        SvgCharts.LinearScale y = SvgCharts.LinearScale.covering(maxY, BOTTOM, TOP);
        axes(svg, x, y);
        for (Series s : SERIES) {
            StringBuilder band = new StringBuilder();
            StringBuilder line = new StringBuilder();
            for (PredictionView.Point point : points) {
                band.append(String.format(Locale.ROOT, "%.2f,%.2f ", x.at(point.n().estimate()),
                        y.at(s.value().apply(point).high())));
                line.append(String.format(Locale.ROOT, "%.2f,%.2f ", x.at(point.n().estimate()),
                        y.at(s.value().apply(point).estimate())));
            }
            for (int i = points.size() - 1; i >= 0; i--) {
                band.append(String.format(Locale.ROOT, "%.2f,%.2f ", x.at(points.get(i).n().estimate()),
                        y.at(s.value().apply(points.get(i)).low())));
            }
            svg.raw(String.format(Locale.ROOT, "<g class=\"series %s\" data-series=\"%s\"><polygon class=\"band\""
                    + " points=\"%s\"/><polyline class=\"line\" points=\"%s\"/></g>", s.cssClass(),
                    Html.escape(s.label()), band.toString().strip(), line.toString().strip()));
            for (PredictionView.Point point : points) {
                Interval v = s.value().apply(point);
                svg.raw(String.format(Locale.ROOT, "<circle class=\"point %s\" cx=\"%.2f\" cy=\"%.2f\" r=\"2.2\""
                        + " data-n=\"%s\" data-value=\"%s\" data-low=\"%s\" data-high=\"%s\"><title>%s at n = %.4g:"
                        + " %.4f [%.4f, %.4f]</title></circle>", s.cssClass(), x.at(point.n().estimate()),
                        y.at(v.estimate()), point.n().estimate(), v.estimate(), v.low(), v.high(),
                        Html.escape(s.label()), point.n().estimate(), v.estimate(), v.low(), v.high()));
            }
        }
        if (p.fullCorpus() != null) {
            double fx = x.at(Math.min(p.fullCorpus().n().estimate(), points.get(points.size() - 1).n().estimate()));
            svg.raw(String.format(Locale.ROOT, "<line class=\"full-corpus\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\""
                    + " y2=\"%.2f\"/>", fx, TOP, fx, BOTTOM));
            svg.text(fx + 3, TOP + 10, "start", "note", "full corpus");
        }
        double ly = TOP + 8;
        for (Series s : SERIES) {
            svg.raw(String.format(Locale.ROOT, "<g class=\"series %s\"><rect class=\"band\" x=\"%.2f\" y=\"%.2f\""
                    + " width=\"22\" height=\"10\"/><line class=\"line\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\""
                    + " y2=\"%.2f\"/></g>", s.cssClass(), RIGHT + 12, ly - 5, RIGHT + 12, ly, RIGHT + 34, ly));
            svg.text(RIGHT + 40, ly + 4, "start", "legend", s.label());
            ly += 18;
        }
        return svg.end();
    }

    private static void axes(Svg svg, SvgCharts.LogScale x, SvgCharts.LinearScale y) {
        StringBuilder grid = new StringBuilder("<g class=\"grid\">");
        for (double t : y.ticks()) {
            grid.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>", LEFT,
                    y.at(t), RIGHT, y.at(t)));
        }
        svg.raw(grid.append("</g>").toString());
        svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis x-axis");
        svg.line(LEFT, TOP, LEFT, BOTTOM, "axis y-axis");
        for (int d = x.lo(); d <= x.hi(); d++) {
            svg.line(x.atLog10(d), BOTTOM, x.atLog10(d), BOTTOM + 5, "tick");
            svg.text(x.atLog10(d), BOTTOM + 17, "middle", "tick-label x-tick", "10^" + d);
        }
        for (double t : y.ticks()) {
            svg.line(LEFT - 5, y.at(t), LEFT, y.at(t), "tick");
            svg.text(LEFT - 8, y.at(t) + 3, "end", "tick-label y-tick", String.format(Locale.ROOT, "%.2f", t));
        }
        svg.text((LEFT + RIGHT) / 2, H - 8, "middle", "axis-label", "corpus size n (occurrences, factoid level)");
        svg.rotatedText(14, (TOP + BOTTOM) / 2, "axis-label", "share of occurrences");
    }
}
