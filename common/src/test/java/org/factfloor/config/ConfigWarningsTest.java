package org.factfloor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The domain-authoring mistakes `validate` warns about, and silence on the configurations factfloor ships. */
class ConfigWarningsTest {
    private static final Path HOME = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theShippedConfigurationsHaveNoWarnings() {
        assertEquals(List.of(), FactfloorConfig.load(null, Map.of(), List.of()).warnings());
        assertEquals(List.of(), FactfloorConfig.load(HOME.resolve("conf/examples/birth-dates.conf").toFile(), Map.of(),
                List.of("birth-dates", "death-dates")).warnings());
    }

    @Test
    void aPatternWithoutAnyOfItsPrefilterLiteralsIsNamedWithItsFileAndLine() throws IOException {
        Path conf = Files.writeString(dir.resolve("my.conf"), """
                factfloor.domains.births {
                  entity { normalizer = person }
                  attribute { normalizer = date }
                  prefilter = ["born"]
                  patterns = [
                    "(?<entity>{{person}}) was born on (?<attribute>{{date}})"
                    "(?<entity>{{person}}) died on (?<attribute>{{date}})"
                  ]
                  plausible-alternatives = 36500
                }
                """);
        assertEquals(List.of("factfloor.domains.births.patterns[1] (" + conf + ", line 5) contains none of the"
                        + " prefilter literals [born], so it can match only where a name or date happens to spell one;"
                        + " add the word the pattern relies on to prefilter, or fix the pattern"),
                FactfloorConfig.load(conf.toFile(), Map.of(), List.of("births")).warnings());
    }

    @Test
    void aFragmentDefinedInTwoLayersAndARepeatedWordAreNamed() throws IOException {
        Path cluster = Files.writeString(dir.resolve("cluster.conf"), "factfloor.fragments.salutation = \"Dr\\\\.\"\n");
        Path user = Files.writeString(dir.resolve("my.conf"), "factfloor.fragments {\n  salutation = \"Sir\"\n"
                + "  pronoun = [He, She, They, She]\n}\n");
        assertEquals(List.of("factfloor.fragments.salutation is defined more than once (" + cluster + ", line 1 and " + user
                        + ", line 2): the last replaces the others in every domain that uses {{salutation}}; give a new"
                        + " fragment a name of its own",
                "factfloor.fragments.pronoun (" + user + ", line 3) lists She more than once; remove the repeats"),
                FactfloorConfig.loadLayered(List.of(cluster.toFile(), user.toFile()), Map.of(), List.of()).warnings());
    }

    @Test
    void aFragmentDefinedTwiceInOneFileIsNamedWithBothLines() throws IOException {
        Path conf = Files.writeString(dir.resolve("my.conf"), """
                # two people wrote this file
                factfloor {
                  fragments {
                    street = \"""\\d+ [A-Z][a-z]+ (?:Street|Road)\"""
                    ordinal = [first, second, third]
                  }
                  count-unit = mentions
                }
                factfloor.fragments.street = "[A-Z][a-z]+ Street"
                """);
        assertEquals(List.of("factfloor.fragments.street is defined 2 times in " + conf + " (lines 4, 9): only the"
                        + " last counts; remove the others or rename the fragment they meant"),
                FactfloorConfig.load(conf.toFile(), Map.of(), List.of()).warnings());
    }
}
