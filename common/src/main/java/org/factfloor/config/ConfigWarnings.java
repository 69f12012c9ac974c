package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factfloor.extract.DomainSpec;

/**
 * Domain-authoring mistakes that do not stop a run but silently make a domain count less than its author thinks
 * (`validate` prints them): a pattern none of whose matches can hold a prefilter literal (the prefilter then
 * never lets it run), a word listed twice in a word-list fragment, a fragment defined in two layers (the later
 * replaces the earlier in every domain that uses it, built-in ones included).
 */
final class ConfigWarnings {
    private ConfigWarnings() {
    }

    /**
     * @param layers  the configuration layers, lowest first, each on its own
     * @param root    the merged factfloor tree, for where each pattern was set
     * @param domains the parsed domains, with fragments expanded
     */
    static List<String> of(List<Config> layers, Config root, List<DomainSpec> domains) {
        List<String> warnings = new ArrayList<>();
        fragmentsDefinedTwice(layers, warnings);
        repeatedWords(layers, warnings);
        for (DomainSpec d : domains) {
            patternsWithoutPrefilterLiterals(d, root, warnings);
        }
        return List.copyOf(warnings);
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
