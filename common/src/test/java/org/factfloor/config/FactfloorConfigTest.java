package org.factfloor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factfloor.stats.CountUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config errors stop before any work and name the key, the file and the fix. */
class FactfloorConfigTest {
    @TempDir
    Path dir;

    private ConfigError failure(String hocon) throws IOException {
        Path file = dir.resolve("my.conf");
        Files.writeString(file, hocon);
        return assertThrows(ConfigError.class, () -> FactfloorConfig.load(file.toFile(), Map.of(), List.of()));
    }

    @Test
    void defaultsDeclareTheFourBuiltInDomains() {
        FactfloorConfig c = FactfloorConfig.load(null, Map.of(), List.of());
        assertEquals(List.of("capitals", "citations", "death-dates", "former-capitals"),
                c.domains().stream().map(d -> d.name()).toList());
        assertEquals(CountUnit.DOCUMENTS, c.countUnit());
        assertEquals(0.99, c.confidence());
    }

    @Test
    void aDomainFedOnlyByRoutesRunsOnlyWithADomainThatRoutesToIt() {
        FactfloorConfig withoutCapitals = FactfloorConfig.load(null,
                Map.of("factfloor.domains.capitals.enabled", "false"), List.of());
        assertEquals(List.of("citations", "death-dates"), withoutCapitals.domains().stream().map(d -> d.name()).toList());
        ConfigError alone = assertThrows(ConfigError.class,
                () -> FactfloorConfig.load(null, Map.of(), List.of("former-capitals")));
        assertTrue(alone.getMessage().contains("unless another domain's qualifier routes to it"), alone.getMessage());
        assertEquals(List.of("capitals", "former-capitals"), FactfloorConfig.load(null, Map.of(),
                List.of("capitals", "former-capitals")).domains().stream().map(d -> d.name()).toList());
    }

    @Test
    void unknownKeyNamesKeyAndFile() throws IOException {
        ConfigError e = failure("factfloor.count-units = mentions\n");
        assertTrue(e.getMessage().contains("factfloor.count-units") && e.getMessage().contains("my.conf"), e.getMessage());
    }

    @Test
    void badRegexNamesPatternAndFix() throws IOException {
        ConfigError e = failure("factfloor.domains.births { patterns = [\"(?<entity>[A-Z]+ born (?<attribute>\\\\d{4}\"],"
                + " plausible-alternatives = 10 }\n");
        assertTrue(e.getMessage().contains("factfloor.domains.births.patterns[0]") && e.getMessage().contains("my.conf")
                && e.getMessage().contains("does not compile"), e.getMessage());
    }

    @Test
    void missingGroupIsNamed() throws IOException {
        ConfigError e = failure("factfloor.domains.births { patterns = [\"(?<entity>[A-Z]\\\\w+) was born\"],"
                + " plausible-alternatives = 10 }\n");
        assertTrue(e.getMessage().contains("no named group 'attribute'"), e.getMessage());
    }

    @Test
    void unknownNormalizerListsTheKnownOnes() throws IOException {
        ConfigError e = failure("factfloor.domains.capitals.entity.normalizer = city\n");
        assertTrue(e.getMessage().contains("unknown normalizer 'city'") && e.getMessage().contains("place"),
                e.getMessage());
    }

    @Test
    void userDomainNeedsOnlyHocon() throws IOException {
        Path file = dir.resolve("births.conf");
        Files.writeString(file, "factfloor.domains.births { entity.normalizer = person, attribute.normalizer = date,"
                + " prefilter = [born], patterns = [\"(?<entity>{{person}}) was born on (?<attribute>{{date}})\"],"
                + " plausible-alternatives = 36500 }\n");
        FactfloorConfig c = FactfloorConfig.load(file.toFile(), Map.of(), List.of("births"));
        List<String> found = new java.util.ArrayList<>();
        c.domain("births").newExtractor().extract("Ada Lovelace was born on 10 December 1815.",
                (e, a, s) -> found.add(e + "|" + a));
        assertEquals(List.of("ada lovelace|1815-12-10"), found);
    }

    @Test
    void aMistypedSystemPropertyIsAnUnknownKey() {
        System.setProperty("factfloor.count-units", "mentions");
        com.typesafe.config.ConfigFactory.invalidateCaches(); // Typesafe reads system properties once per JVM
        try {
            ConfigError e = assertThrows(ConfigError.class, () -> FactfloorConfig.load(null, Map.of(), List.of()));
            assertTrue(e.getMessage().contains("factfloor.count-units") && e.getMessage().contains("unknown key"),
                    e.getMessage());
        } finally {
            System.clearProperty("factfloor.count-units");
            com.typesafe.config.ConfigFactory.invalidateCaches();
        }
    }

    @Test
    void unknownDomainInSelectionIsAnError() {
        ConfigError e = assertThrows(ConfigError.class, () -> FactfloorConfig.load(null, Map.of(), List.of("births")));
        assertTrue(e.getMessage().contains("unknown domain 'births'"));
    }

    @Test
    void commandLineOverridesWin() {
        FactfloorConfig c = FactfloorConfig.load(null, Map.of("factfloor.count-unit", "mentions"), List.of());
        assertEquals(CountUnit.MENTIONS, c.countUnit());
    }

    @Test
    void anAllowListKeepsOnlyListedEntitiesFoldedLikeTheEntities() throws IOException {
        Path list = dir.resolve("countries.txt");
        Files.writeString(list, "# countries\nFrance\nthe USA\n");
        Path file = dir.resolve("allow.conf");
        Files.writeString(file, "factfloor.domains.capitals.entity.allow-list = \"" + list + "\"\n");
        FactfloorConfig c = FactfloorConfig.load(file.toFile(), Map.of(), List.of("capitals"));
        List<String> found = new java.util.ArrayList<>();
        c.domain("capitals").newExtractor().extract("Paris is the capital of France. Cair Paravel is the capital of"
                + " Narnia. Washington is the capital of the United States.", (e, a, s) -> found.add(e + "|" + a));
        assertEquals(List.of("france|paris", "united states|washington"), found);
    }

    @Test
    void aMissingAllowListFileNamesKeyAndFile() throws IOException {
        ConfigError e = failure("factfloor.domains.capitals.entity.allow-list = \"no-such-list.txt\"\n");
        assertTrue(e.getMessage().contains("factfloor.domains.capitals.entity.allow-list")
                && e.getMessage().contains("my.conf") && e.getMessage().contains("no-such-list.txt"), e.getMessage());
    }

    @Test
    void anUnknownKeyInsideEntityIsAnError() throws IOException {
        ConfigError e = failure("factfloor.domains.capitals.entity.normaliser = place\n");
        assertTrue(e.getMessage().contains("factfloor.domains.capitals.entity.normaliser")
                && e.getMessage().contains("unknown key") && e.getMessage().contains("my.conf"), e.getMessage());
    }

    @Test
    void placeAliasesFromTheUserConfigFoldPlaceKeys() throws IOException {
        Path file = dir.resolve("aliases.conf");
        Files.writeString(file, "factfloor.normalizers.place.aliases { \"Zaire\" = \"Democratic Republic of the Congo\" }\n");
        FactfloorConfig c = FactfloorConfig.load(file.toFile(), Map.of(), List.of("capitals"));
        List<String> found = new java.util.ArrayList<>();
        c.domain("capitals").newExtractor().extract("Kinshasa is the capital of Zaire. Rangoon is the capital of"
                + " Burma.", (e, a, s) -> found.add(e + "|" + a));
        assertEquals(List.of("democratic republic of the congo|kinshasa", "myanmar|rangoon"), found);
    }

    @Test
    void aPrefilterLiteralOfDigitsOnlyIsAnError() throws IOException {
        ConfigError e = failure("factfloor.domains.capitals.prefilter = [\"\\\\d\\\\d\"]\n");
        assertTrue(e.getMessage().contains("factfloor.domains.capitals.prefilter[0]")
                && e.getMessage().contains("no fixed character"), e.getMessage());
    }

    @Test
    void extractionLimitsAreChecked() throws IOException {
        ConfigError e = failure("factfloor.extraction.window-chars = 10\n");
        assertTrue(e.getMessage().contains("window-chars") && e.getMessage().contains("my.conf"), e.getMessage());
    }

    @Test
    void theBirthDatesExampleNeedsOnlyItsConfigFile() {
        FactfloorConfig c = FactfloorConfig.load(Path.of("..", "conf", "examples", "birth-dates.conf").toFile(),
                Map.of(), List.of("birth-dates"));
        List<String> found = new java.util.ArrayList<>();
        c.domain("birth-dates").newExtractor().extract("Ada Lovelace was born on 10 December 1815. Alan Turing"
                + " (23 June 1912 – 7 June 1954) was a mathematician.", (e, a, s) -> found.add(e + "|" + a));
        assertEquals(List.of("ada lovelace|1815-12-10", "alan turing|1912-06-23"), found);
    }

    @Test
    void aWordListFragmentMatchesItsWordsOnlyAsWholeWords() throws IOException {
        Path file = dir.resolve("words.conf");
        Files.writeString(file, "factfloor.fragments.pet = [cat, cow, dog]\nfactfloor.domains.pets {"
                + " prefilter = [has], patterns = [\"(?<entity>[A-Z]\\\\w+) has a (?<attribute>{{pet}})\"],"
                + " plausible-alternatives = 3 }\n");
        FactfloorConfig c = FactfloorConfig.load(file.toFile(), Map.of(), List.of("pets"));
        List<String> found = new java.util.ArrayList<>();
        c.domain("pets").newExtractor().extract("Ann has a cow. Bo has a cowboy hat. Cy has a dog.",
                (e, a, s) -> found.add(e + "|" + a));
        assertEquals(List.of("Ann|cow", "Cy|dog"), found);
    }

    @Test
    void sparkSettingsAreSparkKeysWithStringValuesLeftOutOfTheDigest() throws IOException {
        Path cluster = dir.resolve("cluster.conf");
        Files.writeString(cluster, "factfloor.spark { \"spark.serializer\" = \"org.apache.spark.serializer.KryoSerializer\"\n"
                + " \"spark.speculation\" = true, \"spark.speculation.multiplier\" = 2, \"spark.task.maxFailures\" = 4 }\n");
        Path user = dir.resolve("user.conf");
        Files.writeString(user, "factfloor.spark.\"spark.task.maxFailures\" = 8\n");
        FactfloorConfig layered = FactfloorConfig.loadLayered(List.of(cluster.toFile(), user.toFile()), Map.of(), List.of());
        assertEquals(Map.of("spark.serializer", "org.apache.spark.serializer.KryoSerializer",
                "spark.speculation", "true", "spark.speculation.multiplier", "2", "spark.task.maxFailures", "8"),
                layered.spark());
        FactfloorConfig plain = FactfloorConfig.load(null, Map.of(), List.of());
        assertEquals(Map.of(), plain.spark());
        assertEquals(plain.digest(), layered.digest(), "Spark settings change how a run executes, not its results");
    }

    @Test
    void sparkSettingsMustBeQuotedSparkKeysAndNeverTheMaster() throws IOException {
        ConfigError unquoted = failure("factfloor.spark { serializer = kryo }\n");
        assertTrue(unquoted.getMessage().contains("factfloor.spark.serializer") && unquoted.getMessage().contains("my.conf")
                && unquoted.getMessage().contains("in quotes"), unquoted.getMessage());
        ConfigError master = failure("factfloor.spark { \"spark.master\" = \"local[2]\" }\n");
        assertTrue(master.getMessage().contains("come from spark-submit"), master.getMessage());
    }
}
