package org.factfloor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SimpleGoodTuring;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    @Test
    void logScaleCoversWholeDecades() {
        SvgCharts.LogScale y = SvgCharts.LogScale.covering(0.04, 200, 300, 0);
        assertEquals(-2, y.lo());
        assertEquals(3, y.hi());
        assertEquals(300.0, y.at(0.01), 1e-9);
        assertEquals(180.0, y.at(1), 1e-9);
        assertEquals(0.0, y.at(1000), 1e-9);
        assertEquals(1, SvgCharts.LogScale.covering(1, 1, 0, 1).hi(), "at least one decade");
    }

    @Test
    void linearScaleEndsOnARoundStep() {
        SvgCharts.LinearScale rates = SvgCharts.LinearScale.covering(0.457, 0, 100);
        assertEquals(0.05, rates.step(), 1e-12);
        assertEquals(0.5, rates.max(), 1e-12);
        assertEquals(11, rates.ticks().size());
        SvgCharts.LinearScale counts = SvgCharts.LinearScale.covering(31, 0, 100);
        assertEquals(5.0, counts.step(), 1e-12);
        assertEquals(35.0, counts.max(), 1e-12);
    }

    @Test
    void decadeLabelsReadAsNumbers() {
        assertEquals(List.of("0.001", "0.1", "1", "100", "1k", "100k", "1M", "1e9", "1e-4"),
                List.of(SvgCharts.power(-3), SvgCharts.power(-1), SvgCharts.power(0), SvgCharts.power(2),
                        SvgCharts.power(3), SvgCharts.power(5), SvgCharts.power(6), SvgCharts.power(9),
                        SvgCharts.power(-4)));
    }

    @Test
    void spectrumChartHasOnePointPerRowAndTheFittedLine() {
        FrequencySpectrum s = FrequencySpectrum.of(Map.of(1L, 120L, 2L, 40L, 3L, 20L, 4L, 10L, 7L, 3L, 20L, 1L));
        String svg = SvgCharts.spectrum("spec", "toy", s, SimpleGoodTuring.estimate(s), "documents");
        for (long[] row : new long[][] {{1, 120}, {2, 40}, {3, 20}, {4, 10}, {7, 3}, {20, 1}}) {
            assertTrue(svg.contains("data-r=\"" + row[0] + "\" data-nr=\"" + row[1] + "\""), "point " + row[0]);
        }
        assertEquals(6, count(svg, "<circle cx="));
        assertTrue(svg.contains("class=\"fit\" clip-path=\"url(#spec-clip)\" data-intercept=\""), svg);
        assertTrue(svg.contains("<title id=\"spec-title\">toy: frequency spectrum, log-log</title>"));
        assertTrue(svg.contains("r = times a factoid occurs (count unit: documents)"));
    }

    @Test
    void whenSimpleGoodTuringDoesNotApplyTheChartSaysWhyAndDrawsNoLine() {
        FrequencySpectrum noSingletons = FrequencySpectrum.of(Map.of(2L, 5L, 3L, 1L));
        String svg = SvgCharts.spectrum("spec", "toy", noSingletons, SimpleGoodTuring.estimate(noSingletons),
                "documents");
        assertFalse(svg.contains("class=\"fit\""));
        assertTrue(svg.contains("No Simple Good-Turing line: no singletons (N1 = 0)"), svg);
        assertTrue(svg.contains("no SGT line (see below)"));
    }

    @Test
    void corpusTextIsEscaped() {
        String svg = SvgCharts.singletonSources("src", "toy",
                List.of(new DomainReport.SingletonSource("file:/x/<b>&\"q\".txt", 7)), 10);
        assertTrue(svg.contains("data-path=\"file:/x/&lt;b&gt;&amp;&quot;q&quot;.txt\" data-singletons=\"7\""), svg);
        assertTrue(svg.contains(">7 (70%)</text>"), svg);
        assertEquals("part-000000…000.jsonl.gz", SvgCharts.shortName("s3a://b/c/part-00000000000000000000.jsonl.gz"));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
