package org.factfloor.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.factfloor.extract.Normalizers;

/**
 * Writes a deterministic synthetic corpus (sharded JSONL with "id" and "text") and its exact ground truth.
 * Capitals follow a Zipf law over real countries (a heavy head), death dates and citations follow Simon's
 * preferential-attachment model (a new item with probability p, else an earlier mention's item), which gives the
 * heavy tail of singletons the floors are about.
 */
public final class CorpusGenerator {
    /** Probability that a death-date mention introduces a new person; sets that domain's singleton share. */
    static final double NEW_PERSON = 0.6;
    /** Probability that a citation is of a work not cited before. */
    static final double NEW_WORK = 0.35;

    private final GeneratorOptions options;
    private final SplittableRandom random;
    private final List<Country> countries = Country.bundled();
    private final double[] countryCdf;
    private final List<Person> people = new ArrayList<>();
    private final MentionHistory deathMentions = new MentionHistory();
    private final List<Work> works = new ArrayList<>();
    private final MentionHistory citationMentions = new MentionHistory();
    private final GroundTruth truth;
    private final JsonFactory json = new JsonFactory();

    public CorpusGenerator(GeneratorOptions options) {
        this(options, GroundTruth.DocumentListener.NONE);
    }

    /** @param listener told every document's factoids as they are generated (sampling experiments, tests) */
    public CorpusGenerator(GeneratorOptions options, GroundTruth.DocumentListener listener) {
        this.truth = new GroundTruth(listener);
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.countryCdf = zipfCdf(countries.size(), 1.1);
    }

    /** Writes corpus/ and ground-truth/ under the output directory; returns what was written. */
    public GeneratorReport generate() throws IOException {
        Path corpus = options.output().resolve("corpus");
        Files.createDirectories(corpus);
        OutputStream[] shards = new OutputStream[options.shards()];
        String suffix = options.gzip() ? ".jsonl.gz" : ".jsonl";
        long documents = 0;
        long bytes = 0;
        try {
            for (int s = 0; s < shards.length; s++) {
                OutputStream file = Files.newOutputStream(corpus.resolve(String.format(Locale.ROOT, "part-%05d%s", s, suffix)));
                shards[s] = new BufferedOutputStream(options.gzip() ? new GZIPOutputStream(file, 1 << 16) : file, 1 << 16);
            }
            while (options.documents() > 0 ? documents < options.documents() : bytes < options.bytes()) {
                String id = String.format(Locale.ROOT, "doc-%09d", documents);
                byte[] line = jsonLine(id, document(id));
                shards[(int) (documents % shards.length)].write(line);
                bytes += line.length;
                documents++;
            }
        } finally {
            for (OutputStream s : shards) {
                if (s != null) {
                    s.close();
                }
            }
        }
        truth.write(options.output().resolve("ground-truth"));
        return new GeneratorReport(documents, bytes, shards.length, people.size(), works.size());
    }

    private String document(String id) {
        if (options.mix() == GeneratorOptions.Mix.OBITUARIES) {
            return obituary(id);
        }
        List<String> sentences = new ArrayList<>();
        int capitals = pickCount(0.45, 0.40);
        for (int i = 0; i < capitals; i++) {
            sentences.add(capitalSentence());
        }
        int deaths = pickCount(0.50, 0.35);
        for (int i = 0; i < deaths; i++) {
            sentences.add(deathSentence());
        }
        if (random.nextDouble() < 0.2) {
            sentences.add(SurfaceForms.inText(citedWork(), random));
        }
        int fillers = 1 + random.nextInt(4);
        for (int i = 0; i < fillers; i++) {
            sentences.add(SurfaceForms.pick(SurfaceForms.FILLER, random));
        }
        if (random.nextDouble() < 0.5) {
            sentences.add(SurfaceForms.pick(SurfaceForms.NEAR_MISSES, random));
        }
        shuffle(sentences);
        StringBuilder text = new StringBuilder(String.join(" ", sentences));
        if (random.nextDouble() < 0.3) {
            text.append("\n\nReferences\n");
            int references = 1 + random.nextInt(4);
            for (int i = 0; i < references; i++) {
                Work w = citedWork();
                text.append(i + 1).append(". ").append(SurfaceForms.apa(w)).append('\n');
            }
        }
        truth.endDocument(id);
        return text.toString();
    }

    /** One to three deaths of people never named before, and filler: every death date is a singleton. */
    private String obituary(String id) {
        List<String> sentences = new ArrayList<>();
        int deaths = 1 + random.nextInt(3);
        for (int i = 0; i < deaths; i++) {
            sentences.add(deathSentence());
        }
        sentences.add(SurfaceForms.pick(SurfaceForms.FILLER, random));
        shuffle(sentences);
        truth.endDocument(id);
        return String.join(" ", sentences);
    }

    private String capitalSentence() {
        Country country = countries.get(sampleCdf(countryCdf));
        String capital = country.capital();
        if (random.nextDouble() < 0.01) { // a common error (e.g. a largest city taken for the capital): a conflict
            capital = countries.get(random.nextInt(countries.size())).capital();
        }
        truth.mention("capitals", Normalizers.place(country.name()), Normalizers.place(capital));
        return SurfaceForms.capital(country, capital, random);
    }

    private String deathSentence() {
        int id;
        boolean obituaries = options.mix() == GeneratorOptions.Mix.OBITUARIES;
        if (people.isEmpty() || obituaries || random.nextDouble() < NEW_PERSON) {
            id = people.size();
            people.add(Vocabulary.person(options.firstPersonId() + id, random));
        } else {
            id = deathMentions.pick(random);
        }
        deathMentions.add(id);
        Person p = people.get(id);
        LocalDate died = !obituaries && random.nextDouble() < 0.03 ? p.died().plusDays(1 + random.nextInt(400))
                : p.died();
        truth.mention("death-dates", Normalizers.person(p.name()), died.toString());
        return SurfaceForms.death(p, died, random);
    }

    private Work citedWork() {
        int id;
        if (works.isEmpty() || random.nextDouble() < NEW_WORK) {
            id = works.size();
            works.add(Vocabulary.work(id, random));
        } else {
            id = citationMentions.pick(random);
        }
        citationMentions.add(id);
        Work w = works.get(id);
        truth.mention("citations", Normalizers.title(w.title()),
                Normalizers.authorYear(w.surnames().get(0) + " " + w.year()));
        return w;
    }

    /** 0, 1 or 2 with the given probabilities of 0 and 1. */
    private int pickCount(double zero, double one) {
        double u = random.nextDouble();
        return u < zero ? 0 : u < zero + one ? 1 : 2;
    }

    private void shuffle(List<String> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(j, list.set(i, list.get(j)));
        }
    }

    private int sampleCdf(double[] cdf) {
        double u = random.nextDouble();
        int i = java.util.Arrays.binarySearch(cdf, u);
        return Math.min(cdf.length - 1, i >= 0 ? i : -i - 1);
    }

    private static double[] zipfCdf(int size, double exponent) {
        double[] cdf = new double[size];
        double total = 0;
        for (int k = 0; k < size; k++) {
            total += 1 / Math.pow(k + 1, exponent);
            cdf[k] = total;
        }
        for (int k = 0; k < size; k++) {
            cdf[k] /= total;
        }
        return cdf;
    }

    private byte[] jsonLine(String id, String text) throws IOException {
        StringWriter out = new StringWriter(text.length() + 64);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("text", text);
            g.writeEndObject();
        }
        out.write('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
