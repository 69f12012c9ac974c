package org.factfloor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.job.ProgressDisplay;
import org.factfloor.job.ProgressSnapshot;
import org.factfloor.job.RunJob;
import org.factfloor.job.RunOptions;
import org.factfloor.job.RunResult;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SimpleGoodTuring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * report.html of a real run on a generated corpus: every domain has its page, every chart is an SVG with a title,
 * axes and labels, the spectrum's points are exactly the spectrum/ table, and `report` without Spark rewrites the
 * very same files. The run's progress display sees every file and byte.
 */
class ReportFromRunTest {
    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static RunResult result;
    private static Path output;
    private static String html;
    private static Document page;
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();
    private static final List<ProgressSnapshot> shown = new CopyOnWriteArrayList<>();
    private static final List<ProgressSnapshot> done = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void runOnce() throws Exception {
        spark = TestSpark.session();
        new CorpusGenerator(new GeneratorOptions(dir.resolve("gen"), 3000, 0, 3, 7, true)).generate();
        output = dir.resolve("out");
        ProgressDisplay recorder = new ProgressDisplay() {
            @Override
            public Duration refresh() {
                return Duration.ofMillis(50);
            }

            @Override
            public void show(ProgressSnapshot progress) {
                shown.add(progress);
            }

            @Override
            public void done(ProgressSnapshot progress) {
                done.add(progress);
            }
        };
        result = new RunJob(spark, FactfloorConfig.load(null, Map.of(), List.of("capitals", "citations", "death-dates")),
                recorder)
                .run(new RunOptions(List.of(dir.resolve("gen/corpus").toString()), output.toString(), "toy", false,
                        false));
        html = Files.readString(output.resolve("report.html"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        page = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyDomainHasItsOwnPageWithBothCharts() throws Exception {
        List<String> domains = result.summaries().stream().map(s -> s.domain()).toList();
        assertEquals(List.of("capitals", "citations", "death-dates"), domains);
        for (String domain : domains) {
            Element section = element("//section[@id='domain-" + domain + "']");
            assertEquals(domain, text(section, "h2"));
            assertEquals(3.0, number(section, "count(.//svg)"), domain); // spectrum, sources, growth
            assertEquals(1.0, number(section, "count(.//table[@class='conflicts'])"
                    + " + count(.//p[@class='ok' and starts-with(., 'No entity of this domain')])"), domain);
        }
        assertEquals(3.0, number(page, "count(//section[@class='domain'])"));
        assertEquals(3.0, number(page, "count(//*[@id='floors-chart']//g[@class='domain-row'])"));
    }

    @Test
    void everyChartHasATitleADescriptionAxesAndAxisLabels() throws Exception {
        NodeList charts = (NodeList) XPATH.evaluate("//svg", page, XPathConstants.NODESET);
        assertEquals(10, charts.getLength(), "the floors chart and three charts per domain");
        for (int i = 0; i < charts.getLength(); i++) {
            Element svg = (Element) charts.item(i);
            String id = svg.getAttribute("id");
            assertEquals("img", svg.getAttribute("role"), id);
            assertFalse(text(svg, "title").isBlank(), id);
            assertFalse(text(svg, "desc").isBlank(), id);
            assertEquals(1.0, number(svg, "count(.//*[contains(@class,'x-axis')])"), id);
            assertEquals(1.0, number(svg, "count(.//*[contains(@class,'y-axis')])"), id);
            assertEquals(2.0, number(svg, "count(.//*[@class='axis-label'])"), id);
            assertTrue(number(svg, "count(.//*[contains(@class,'tick-label')])") >= 2, id);
        }
    }

    @Test
    void spectrumPointsAreExactlyTheSpectrumTableAndClimbTheAxesInOrder() throws Exception {
        Map<String, TreeMap<Long, Long>> table = new HashMap<>();
        for (Row r : spark.read().parquet(output.resolve("spectrum").toString()).filter("level = 'factoid'")
                .collectAsList()) {
            table.computeIfAbsent(r.getAs("domain"), d -> new TreeMap<>()).put(r.getAs("r"), r.getAs("n_r"));
        }
        for (int i = 0; i < 3; i++) {
            Element svg = element("//svg[@id='spectrum-" + i + "']");
            String domain = result.summaries().get(i).domain();
            NodeList points = (NodeList) XPATH.evaluate(".//g[@class='nr']/circle", svg, XPathConstants.NODESET);
            TreeMap<Long, Long> plotted = new TreeMap<>();
            double previousX = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < points.getLength(); p++) {
                Element c = (Element) points.item(p);
                plotted.put(Long.parseLong(c.getAttribute("data-r")), Long.parseLong(c.getAttribute("data-nr")));
                double x = Double.parseDouble(c.getAttribute("cx"));
                assertTrue(x > previousX, "r grows to the right");
                previousX = x;
            }
            assertEquals(table.get(domain), plotted, domain);
            Element n1 = element(svg, ".//g[@class='nr']/circle[@data-r='1']");
            Element top = element(svg, ".//g[@class='nr']/circle[@data-r='" + table.get(domain).lastKey() + "']");
            assertTrue(Double.parseDouble(n1.getAttribute("cy")) < Double.parseDouble(top.getAttribute("cy")),
                    "more singletons than items at the largest r: N_1 is drawn higher");
            var sgt = SimpleGoodTuring.estimate(FrequencySpectrum.of(table.get(domain)));
            if (sgt.applicable()) {
                assertEquals(sgt.slope(), Double.parseDouble(element(svg, ".//line[@class='fit']")
                        .getAttribute("data-slope")), domain);
            } else {
                assertEquals(0.0, number(svg, "count(.//line[@class='fit'])"), domain);
            }
        }
    }

    @Test
    void everySummaryNumberIsListedAndTheFloorsChartShowsTheSummary() throws Exception {
        Map<String, Object> summary = JsonFiles.readObject(Files.newInputStream(output.resolve("summary.json")),
                "summary.json");
        Map<?, ?> domains = (Map<?, ?>) summary.get("domains");
        for (Object domain : domains.keySet()) {
            Map<?, ?> fields = (Map<?, ?>) domains.get(domain);
            Element section = element("//section[@id='domain-" + domain + "']");
            for (Object key : fields.keySet()) {
                if (key.equals("prediction")) { // an object: the growth chart and its table show it
                    assertEquals(1.0, number(section, "count(.//h3[.='Predicted growth'])"), domain.toString());
                    continue;
                }
                Element value = element(section, ".//dl[@class='numbers']/div[dt='" + key + "']/dd");
                if (!key.equals("flags")) {
                    assertEquals(Numbers.value(fields.get(key)), value.getTextContent(), domain + "." + key);
                }
                assertEquals(FieldNotes.of(key.toString()), text(page, "//section[@id='glossary']//tr[@id='field-"
                        + key + "']/td"), "the meaning of " + key);
            }
            Element bar = element("//g[@data-domain='" + domain + "']/rect[@class='bar']");
            assertEquals(fields.get("singleton_rate"), Double.parseDouble(bar.getAttribute("data-value")));
            Element whisker = element("//g[@data-domain='" + domain + "']/g[@class='whisker']");
            assertEquals(fields.get("gt_ci_high"), Double.parseDouble(whisker.getAttribute("data-high")));
        }
        assertFalse(html.contains("summary.json disagrees"), "the recomputed summaries equal summary.json");
    }

    @Test
    void conflictsAndSingletonSourcesComeFromTheTables() throws Exception {
        Map<String, Long> singletonsInFiles = new HashMap<>();
        for (Row r : spark.read().parquet(output.resolve("sources").toString()).collectAsList()) {
            r.<String, Long>getJavaMap(r.fieldIndex("singletons")).forEach((d, n) -> singletonsInFiles.merge(d, n,
                    Long::sum));
        }
        for (int i = 0; i < 3; i++) {
            String domain = result.summaries().get(i).domain();
            NodeList rows = (NodeList) XPATH.evaluate("//svg[@id='sources-" + i + "']//g[@class='source-row']",
                    page, XPathConstants.NODESET);
            assertEquals(3, rows.getLength(), domain + ": one bar per input file");
            long sum = 0;
            for (int p = 0; p < rows.getLength(); p++) {
                sum += Long.parseLong(((Element) rows.item(p)).getAttribute("data-singletons"));
            }
            assertEquals(singletonsInFiles.get(domain), sum, domain);
            assertEquals(result.summaries().get(i).n1(), sum, domain + ": the files hold every singleton");
        }
        Element capitals = element("//section[@id='domain-capitals']//table[@class='conflicts']");
        assertEquals(OutputReader.TOP, (int) number(capitals, "count(.//tbody/tr)"));
        Row biggest = spark.read().parquet(output.resolve("entities").toString())
                .filter("domain = 'capitals' AND distinct_attributes > 1").orderBy(
                        org.apache.spark.sql.functions.col("documents").desc(),
                        org.apache.spark.sql.functions.col("entity")).first();
        assertEquals(biggest.getAs("entity"), text(capitals, ".//tbody/tr[1]/td[1]"));
        assertEquals(Numbers.count(biggest.getAs("documents")), text(capitals, ".//tbody/tr[1]/td[2]"));
    }

    @Test
    void reportWithoutSparkRewritesTheSameFiles() throws IOException {
        String markdown = Files.readString(output.resolve("report.md"));
        assertEquals(ReportMarkdown.render(new RunFacts("toy", result.runId(), 3,
                        Files.size(dir.resolve("gen/corpus/part-00000.jsonl.gz"))
                                + Files.size(dir.resolve("gen/corpus/part-00001.jsonl.gz"))
                                + Files.size(dir.resolve("gen/corpus/part-00002.jsonl.gz")), 3000, 0),
                result.summaries()), markdown, "report.md from the tables equals report.md from the run's summaries");
        Reports.rewrite(output.toString(), new Configuration());
        assertEquals(html, Files.readString(output.resolve("report.html")));
        assertEquals(markdown, Files.readString(output.resolve("report.md")));
    }

    @Test
    void progressSawEveryFileAndByte() throws IOException {
        long bytes = Files.size(dir.resolve("gen/corpus/part-00000.jsonl.gz"))
                + Files.size(dir.resolve("gen/corpus/part-00001.jsonl.gz"))
                + Files.size(dir.resolve("gen/corpus/part-00002.jsonl.gz"));
        assertEquals(1, done.size());
        ProgressSnapshot last = done.get(0);
        assertEquals(3, last.filesDone());
        assertEquals(3, last.files());
        assertEquals(bytes, last.bytesDone());
        assertEquals(bytes, last.bytes());
        assertTrue(shown.stream().allMatch(s -> s.filesDone() < 3 && s.bytes() == bytes), shown.toString());
    }

    private static Element element(String xpath) throws Exception {
        return element(page, xpath);
    }

    private static Element element(Object context, String xpath) throws Exception {
        Element e = (Element) XPATH.evaluate(xpath, context, XPathConstants.NODE);
        assertNotNull(e, xpath);
        return e;
    }

    private static String text(Object context, String xpath) throws Exception {
        return XPATH.evaluate(xpath, context);
    }

    private static double number(Object context, String xpath) throws Exception {
        return (Double) XPATH.evaluate(xpath, context, XPathConstants.NUMBER);
    }
}
