package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factfloor.extract.DomainSpec;

/**
 * Domain-authoring mistakes that do not stop a run but silently make a domain count less than its author thinks
 * (`validate` prints them): a pattern none of whose matches can hold a prefilter literal (the prefilter then
 * never lets it run), a word listed twice in a word-list fragment, a fragment defined twice in one file or in two
 * layers (the later replaces the earlier in every domain that uses it, built-in ones included).
 */
final class ConfigWarnings {
    private ConfigWarnings() {
    }

    /**
     * @param loaded  the configuration layers, lowest first, each on its own, and the files they came from
     * @param root    the merged factfloor tree, for where each pattern was set
     * @param domains the parsed domains, with fragments expanded
     */
    static List<String> of(ConfigLoader loaded, Config root, List<DomainSpec> domains) {
        List<String> warnings = new ArrayList<>();
        loaded.files().forEach(file -> fragmentsDefinedTwiceIn(file, warnings));
        fragmentsDefinedTwice(loaded.layers(), warnings);
        repeatedWords(loaded.layers(), warnings);
        for (DomainSpec d : domains) {
            patternsWithoutPrefilterLiterals(d, root, warnings);
        }
        return List.copyOf(warnings);
    }

    /** HOCON keeps the last of two definitions in one file without a word; the file's text shows both. */
    private static void fragmentsDefinedTwiceIn(File file, List<String> warnings) {
        String text;
        try {
            text = Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigError("cannot read " + file + " again: " + e.getMessage(), e);
        }
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (HoconDefinitions.Definition d : HoconDefinitions.of(text)) {
            String[] path = d.path().split("\\.", -1);
            if (path.length == 3 && path[0].equals("factfloor") && path[1].equals("fragments")) {
                lines.computeIfAbsent(path[2], n -> new ArrayList<>()).add(d.line());
            }
        }
        lines.forEach((name, at) -> {
            if (at.size() > 1) {
                warnings.add("factfloor.fragments." + name + " is defined " + at.size() + " times in " + file
                        + " (lines " + at.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "): only the last counts; remove the others or rename the fragment they meant");
            }
        });
    }

    private static void fragmentsDefinedTwice(List<Config> layers, List<String> warnings) {
        Map<String, List<ConfigValue>> definitions = new LinkedHashMap<>();
        for (Config layer : layers) {
            if (layer.hasPath("factfloor.fragments")) {
                layer.getObject("factfloor.fragments").forEach((name, value) ->
                        definitions.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
            }
        }
        definitions.forEach((name, values) -> {
            if (values.size() > 1) {
                List<String> places = values.stream().map(v -> ConfigErrors.where(v.origin())).toList();
                warnings.add("factfloor.fragments." + name + " is defined more than once (" + String.join(" and ", places)
                        + "): the last replaces the others in every domain that uses {{" + name + "}}; give a new"
                        + " fragment a name of its own");
            }
        });
    }

    private static void repeatedWords(List<Config> layers, List<String> warnings) {
        for (Config layer : layers) {
            if (!layer.hasPath("factfloor.fragments")) {
                continue;
            }
            layer.getObject("factfloor.fragments").forEach((name, value) -> {
                if (value.valueType() != ConfigValueType.LIST) {
                    return;
                }
                Set<String> seen = new HashSet<>();
                Set<String> repeated = new LinkedHashSet<>();
                for (Object word : (List<?>) value.unwrapped()) {
                    if (!seen.add(String.valueOf(word))) {
                        repeated.add(String.valueOf(word));
                    }
                }
                if (!repeated.isEmpty()) {
                    warnings.add("factfloor.fragments." + name + " (" + ConfigErrors.where(value.origin())
                            + ") lists " + String.join(", ", repeated) + " more than once; remove the repeats");
                }
            });
        }
    }

    private static void patternsWithoutPrefilterLiterals(DomainSpec d, Config root, List<String> warnings) {
        if (d.prefilter().isEmpty()) {
            return;
        }
        List<String> literals = d.prefilter().stream().map(PatternText::literal).toList();
        String key = "factfloor.domains." + d.name() + ".patterns";
        String where = ConfigErrors.where(root.getValue("domains." + ConfigQuote.key(d.name()) + ".patterns").origin());
        for (int i = 0; i < d.patterns().size(); i++) {
            String text = PatternText.of(d.patterns().get(i));
            if (literals.stream().noneMatch(literal -> PatternText.canHold(text, literal))) {
                warnings.add(key + "[" + i + "] (" + where + ") contains none of the prefilter literals "
                        + d.prefilter() + ", so it can match only where a name or date happens to spell one; add"
                        + " the word the pattern relies on to prefilter, or fix the pattern");
            }
        }
    }
}
