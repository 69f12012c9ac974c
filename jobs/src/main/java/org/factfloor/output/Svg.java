package org.factfloor.output;

import java.util.Locale;

/** Builds one inline SVG document; every chart has a title and description for screen readers (WAI-ARIA img). */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    Svg(String id, int width, int height, String title, String description) {
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\""
                        + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                        + " aria-labelledby=\"%s-title %s-desc\">\n", id, width, height, width, height, id, id))
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description))
                .append("</desc>\n");
    }

    /** Raw SVG markup; the caller escapes any text in it. */
    Svg raw(String markup) {
        out.append(markup).append('\n');
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"/>%n",
                cssClass, x1, y1, x2, y2));
        return this;
    }

    /** @param anchor start, middle or end */
    Svg text(double x, double y, String anchor, String cssClass, String text) {
        out.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\">%s</text>%n",
                cssClass, x, y, anchor, Html.escape(text)));
        return this;
    }

    Svg rotatedText(double x, double y, String cssClass, String text) {
        out.append(String.format(Locale.ROOT, "<text class=\"%s\" x=\"%.2f\" y=\"%.2f\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 %.2f %.2f)\">%s</text>%n", cssClass, x, y, x, y, Html.escape(text)));
        return this;
    }

    String end() {
        return out.append("</svg>\n").toString();
    }
}
