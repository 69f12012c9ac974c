package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.factfloor.extract.CooccurrenceSpec;
import org.factfloor.extract.DomainRules;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.ExtractionLimits;
import org.factfloor.extract.LiteralPrefilter;
import org.factfloor.extract.Normalizer;
import org.factfloor.extract.Normalizers;
import org.factfloor.extract.KeyFilter;
import org.factfloor.extract.Qualifier;
import org.factfloor.extract.TextFold;

/**
 * factfloor.domains → {@link DomainSpec}s (DESIGN §3: a domain is declared, not coded): fragments expanded into
 * the patterns, normalisers and allow-lists checked, the place alias table and the extraction budget shared by all.
 */
final class DomainParser {
    static final String ALIASES = "normalizers.place.aliases";
    private static final Set<String> DOMAIN_KEYS = Set.of("description", "enabled", "entity", "attribute",
            "prefilter", "prefilter-reach", "patterns", "extractor", "plausible-alternatives", "calibration-error",
            "miscalibration", "kind", "facts", "window", "qualifiers");
    private static final Set<String> ENTITY_KEYS = Set.of("normalizer", "allow-list", "reject", "resolve-names");
    private static final Set<String> ATTRIBUTE_KEYS = Set.of("normalizer", "reject");
    private static final Set<String> FILTER_KEYS = Set.of("reason", "exact", "first-words", "last-words", "words");
    static final String PERSON_DROPPED_WORDS = "normalizers.person.dropped-words";
    /** Characters a match may extend either side of a prefilter literal, unless the domain says otherwise. */
    private static final int DEFAULT_REACH = 500;
    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z][a-z0-9-]*)}}");
    /** Fragments may refer to fragments; deeper than this is a cycle. */
    private static final int MAX_FRAGMENT_DEPTH = 8;

    private final Config fragments;
    /**
     * Each fragment's expansion, made once: {{place}} alone stands in 22 of the built-in patterns, and expanding
     * it (and its word-list tries) again each time was most of the configuration's load time.
     */
    private final Map<String, String> expanded = new HashMap<>();
    private final Map<String, String> placeAliases;
    private final Set<String> personDroppedWords;
    private final ExtractionLimits limits;
    /** Domains some qualifier routes to: they may have no patterns of their own. */
    private final Set<String> routeTargets = new HashSet<>();

    /** @param root the merged factfloor tree */
    DomainParser(Config root, ExtractionLimits limits) {
        this.fragments = root.getConfig("fragments");
        this.placeAliases = placeAliases(root);
        this.personDroppedWords = folded(root.getStringList(PERSON_DROPPED_WORDS));
        this.limits = limits;
    }

    /** @param domainsToRun names of the domains to run, or empty for every enabled domain */
    List<DomainSpec> domains(Config root, List<String> domainsToRun) {
        ConfigObject declared = root.getObject("domains");
        for (String wanted : domainsToRun) {
            if (!declared.containsKey(wanted)) {
                throw new ConfigError("unknown domain '" + wanted + "' in --domains; declared domains are "
                        + String.join(", ", new TreeSet<>(declared.keySet())));
            }
        }
        for (String name : declared.keySet()) {
            Config d = root.getConfig("domains").getConfig(ConfigQuote.key(name));
            if (!runs(name, d, domainsToRun)) {
                continue; // only the domains that run feed their routes
            }
            for (Qualifier q : qualifiers(d, "factfloor.domains." + name)) {
                if (q.route() != null) {
                    if (!declared.containsKey(q.route())) {
                        throw ConfigErrors.at(d, "factfloor.domains." + name, "qualifiers", "routes to '" + q.route()
                                + "', which is not a declared domain; declare it under factfloor.domains");
                    }
                    routeTargets.add(q.route());
                }
            }
        }
        List<DomainSpec> specs = new ArrayList<>();
        for (String name : new TreeSet<>(declared.keySet())) {
            Config d = root.getConfig("domains").getConfig(ConfigQuote.key(name));
            String where = "factfloor.domains." + name;
            for (String key : d.root().keySet()) {
                if (!DOMAIN_KEYS.contains(key)) {
                    throw ConfigErrors.at(d, where, key, "unknown key; a domain takes "
                            + String.join(", ", new TreeSet<>(DOMAIN_KEYS)));
                }
            }
            if (!runs(name, d, domainsToRun)) {
                continue;
            }
            if (domainsToRun.isEmpty() && fedOnlyByRoutes(d) && !routeTargets.contains(name)) {
                continue; // e.g. former-capitals when capitals is off: nothing could ever count in it
            }
            if (name.startsWith("_")) {
                throw ConfigErrors.at(where, d.origin(), "domain names starting with '_' are reserved; rename the"
                        + " domain");
            }
            specs.add(domain(name, d, where));
        }
        if (specs.isEmpty()) {
            throw new ConfigError("no domain is enabled; enable one under factfloor.domains or name it in --domains");
        }
        return List.copyOf(specs);
    }

    private static boolean runs(String name, Config d, List<String> domainsToRun) {
        boolean enabled = !d.hasPath("enabled") || d.getBoolean("enabled");
        return domainsToRun.isEmpty() ? enabled : domainsToRun.contains(name);
    }

    /** A domain with no patterns, extractor or fact table of its own: only other domains' routes feed it. */
    private static boolean fedOnlyByRoutes(Config d) {
        return (!d.hasPath("patterns") || d.getStringList("patterns").isEmpty()) && !d.hasPath("extractor")
                && !d.hasPath("kind");
    }

    private DomainSpec domain(String name, Config d, String where) {
        String kind = d.hasPath("kind") ? d.getString("kind") : "pattern";
        if (!kind.equals("pattern") && !kind.equals(CooccurrenceParser.KIND)) {
            throw ConfigErrors.at(d, where, "kind", "must be pattern (regexes, the default) or cooccurrence (a fact"
                    + " table), got '" + kind + "'");
        }
        if (kind.equals("pattern")) {
            for (String key : new String[] {"facts", "window"}) {
                if (d.hasPath(key)) {
                    throw ConfigErrors.at(d, where, key, "only a cooccurrence domain takes '" + key + "'; add kind ="
                            + " cooccurrence or remove it");
                }
            }
        }
        CooccurrenceSpec cooccurrence = kind.equals("pattern") ? null : CooccurrenceParser.spec(d, where);
        String extractor = d.hasPath("extractor") ? d.getString("extractor") : null;
        List<String> patterns = d.hasPath("patterns") ? d.getStringList("patterns") : List.of();
        if (extractor == null && patterns.isEmpty() && cooccurrence == null && !routeTargets.contains(name)) {
            throw ConfigErrors.at(where, d.origin(), "a domain needs 'patterns' (regexes with named groups entity"
                    + " and attribute) or 'extractor' (a class implementing Extractor), unless another domain's"
                    + " qualifier routes to it");
        }
        List<String> expanded = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            expanded.add(pattern(patterns.get(i), where + ".patterns[" + i + "]", d.getValue("patterns")));
        }
        String entityNormalizer = normalizer(d, "entity", where);
        String attributeNormalizer = normalizer(d, "attribute", where);
        List<String> prefilter = d.hasPath("prefilter") ? d.getStringList("prefilter") : List.of();
        for (int i = 0; i < prefilter.size(); i++) {
            String problem = prefilter.get(i).isEmpty() ? "an empty literal admits every document; remove it"
                    : LiteralPrefilter.problem(prefilter.get(i));
            if (problem != null) {
                throw ConfigErrors.at(where + ".prefilter[" + i + "]", d.getValue("prefilter").origin(), problem);
            }
        }
        int reach = d.hasPath("prefilter-reach") ? d.getInt("prefilter-reach") : DEFAULT_REACH;
        if (reach < 1) {
            throw ConfigErrors.at(d, where, "prefilter-reach", "must be at least 1 (characters a match may extend"
                    + " either side of a prefilter literal), got " + reach);
        }
        Set<String> allowList = allowList(d, where, Normalizers.byName(entityNormalizer, placeAliases));
        double alternatives = d.getDouble("plausible-alternatives");
        if (!(alternatives > 0)) {
            throw ConfigErrors.at(d, where, "plausible-alternatives", "must be > 0, got " + alternatives);
        }
        double calibrationError = unitInterval(d, "calibration-error", where);
        double miscalibration = unitInterval(d, "miscalibration", where);
        if (extractor != null) {
            try {
                Class.forName(extractor);
            } catch (ClassNotFoundException e) {
                throw ConfigErrors.at(d, where, "extractor", "class " + extractor + " is not on the classpath; add"
                        + " its jar (e.g. spark-submit --jars) or fix the name");
            }
        }
        List<Qualifier> qualifiers = qualifiers(d, where);
        for (Qualifier q : qualifiers) {
            if (expanded.stream().noneMatch(p -> p.contains("(?<" + q.group() + ">"))) {
                throw ConfigErrors.at(d, where, "qualifiers", "no pattern has the group (?<" + q.group() + ">…);"
                        + " add it to the patterns it qualifies or remove the qualifier");
            }
        }
        boolean resolve = d.hasPath("entity.resolve-names");
        if (resolve && !entityNormalizer.equals("person")) {
            throw ConfigErrors.at(d, where, "entity.resolve-names", "resolves one-word person names; it needs"
                    + " entity.normalizer = person");
        }
        Set<String> stopWords = resolve && d.hasPath("entity.resolve-names.stop-words")
                ? new HashSet<>(d.getStringList("entity.resolve-names.stop-words")) : Set.of();
        DomainRules rules = new DomainRules(qualifiers, filters(d, where, "entity"), filters(d, where, "attribute"),
                resolve, stopWords, personDroppedWords);
        return new DomainSpec(name, d.hasPath("description") ? d.getString("description") : name,
                entityNormalizer, attributeNormalizer, prefilter, reach, expanded, extractor, allowList,
                placeAliases, limits, alternatives, calibrationError, miscalibration, cooccurrence, rules);
    }

    /** qualifiers = [ { group = NAME, route = DOMAIN } | { group = NAME, reject = REASON } ]. */
    private static List<Qualifier> qualifiers(Config d, String where) {
        List<Qualifier> qualifiers = new ArrayList<>();
        if (!d.hasPath("qualifiers")) {
            return qualifiers;
        }
        List<? extends Config> entries = d.getConfigList("qualifiers");
        for (int i = 0; i < entries.size(); i++) {
            Config q = entries.get(i);
            String key = where + ".qualifiers[" + i + "]";
            for (String k : q.root().keySet()) {
                if (!Set.of("group", "route", "reject").contains(k)) {
                    throw ConfigErrors.at(key, q.origin(), "unknown key '" + k + "'; a qualifier takes group and"
                            + " one of route (a domain) or reject (a reason)");
                }
            }
            if (!q.hasPath("group") || q.hasPath("route") == q.hasPath("reject")) {
                throw ConfigErrors.at(key, q.origin(), "a qualifier names a group and exactly one of route (the"
                        + " domain its matches count in) or reject (the reason they are not counted)");
            }
            qualifiers.add(new Qualifier(q.getString("group"), q.hasPath("route") ? q.getString("route") : null,
                    q.hasPath("reject") ? q.getString("reject") : null));
        }
        return qualifiers;
    }

    /** entity.reject / attribute.reject = [ { reason = R, exact = [...], first-words = [...], … } ]. */
    private static List<KeyFilter> filters(Config d, String where, String part) {
        List<KeyFilter> filters = new ArrayList<>();
        String path = part + ".reject";
        if (!d.hasPath(path)) {
            return filters;
        }
        List<? extends Config> entries = d.getConfigList(path);
        for (int i = 0; i < entries.size(); i++) {
            Config f = entries.get(i);
            String key = where + "." + path + "[" + i + "]";
            for (String k : f.root().keySet()) {
                if (!FILTER_KEYS.contains(k)) {
                    throw ConfigErrors.at(key, f.origin(), "unknown key '" + k + "'; a filter takes "
                            + String.join(", ", new TreeSet<>(FILTER_KEYS)));
                }
            }
            if (!f.hasPath("reason")) {
                throw ConfigErrors.at(key, f.origin(), "a filter needs a reason (the name its rejections are"
                        + " counted under in sources/)");
            }
            filters.add(new KeyFilter(f.getString("reason"), words(f, "exact"), words(f, "first-words"),
                    words(f, "last-words"), words(f, "words")));
        }
        return filters;
    }

    private static Set<String> words(Config f, String key) {
        return f.hasPath(key) ? folded(f.getStringList(key)) : Set.of();
    }

    private static Set<String> folded(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            String k = TextFold.fold(w).replace('’', '\'');
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** One pattern with its fragments expanded, checked to compile and to name both groups. */
    private String pattern(String pattern, String key, ConfigValue declared) {
        String p = expand(pattern, key, declared, 0);
        try {
            Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            throw ConfigErrors.at(key, declared.origin(), "regex does not compile: " + e.getDescription()
                    + " near index " + e.getIndex() + "; fix the pattern (backslashes must be doubled inside HOCON"
                    + " strings)");
        }
        for (String group : List.of("entity", "attribute")) {
            if (!p.contains("(?<" + group + ">")) {
                throw ConfigErrors.at(key, declared.origin(), "pattern has no named group '" + group + "'; wrap the "
                        + group + " part in (?<" + group + ">...)");
            }
        }
        return p;
    }

    private String expand(String pattern, String key, ConfigValue declared, int depth) {
        Matcher m = FRAGMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!fragments.hasPath(name)) {
                throw ConfigErrors.at(key, declared.origin(), "unknown fragment {{" + name + "}}; declare it under"
                        + " factfloor.fragments or use one of " + String.join(", ", new TreeSet<>(fragments.root()
                        .keySet())));
            }
            if (depth > MAX_FRAGMENT_DEPTH) {
                throw ConfigErrors.at(key, declared.origin(), "fragment {{" + name + "}} refers to itself; break the"
                        + " cycle");
            }
            String body = expanded.get(name);
            if (body == null) {
                body = fragments.getValue(name).valueType() == ConfigValueType.LIST
                        ? WordListRegex.of(fragments.getStringList(name))
                        : expand(fragments.getString(name), key, declared, depth + 1);
                expanded.put(name, body);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * entity.allow-list: a UTF-8 file of entity names, one per line (# comments), read on the driver and
     * normalised like the entities; only listed entities are extracted. Empty or absent: any entity.
     */
    private static Set<String> allowList(Config d, String where, Normalizer normalizer) {
        if (!d.hasPath("entity.allow-list") || d.getString("entity.allow-list").isBlank()) {
            return null;
        }
        Path file = Path.of(d.getString("entity.allow-list"));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw ConfigErrors.at(d, where, "entity.allow-list", "cannot read allow-list file "
                    + file.toAbsolutePath() + " (" + e + "); give a readable UTF-8 file with one entity per line, or"
                    + " set it to \"\" to turn it off");
        }
        Set<String> allowed = new HashSet<>();
        for (String line : lines) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                String normalised = normalizer.key(entry);
                if (normalised != null) {
                    allowed.add(normalised);
                }
            }
        }
        if (allowed.isEmpty()) {
            throw ConfigErrors.at(d, where, "entity.allow-list", "allow-list file " + file.toAbsolutePath()
                    + " lists no entity; add one name per line or set it to \"\" to turn it off");
        }
        return allowed;
    }

    private static String normalizer(Config d, String part, String where) {
        if (d.hasPath(part)) {
            if (d.getValue(part).valueType() != ConfigValueType.OBJECT) {
                throw ConfigErrors.at(d, where, part, "must be an object such as { normalizer = place }");
            }
            Set<String> allowed = part.equals("entity") ? ENTITY_KEYS : ATTRIBUTE_KEYS;
            for (String key : d.getObject(part).keySet()) {
                if (!allowed.contains(key)) {
                    throw ConfigErrors.at(d, where, part + "." + key, "unknown key; " + part + " takes "
                            + String.join(", ", new TreeSet<>(allowed)));
                }
            }
        }
        String path = part + ".normalizer";
        String name = d.hasPath(path) ? d.getString(path) : "raw";
        if (!Normalizers.NAMES.contains(name)) {
            throw ConfigErrors.at(where + "." + path, d.hasPath(path) ? d.getValue(path).origin() : d.origin(),
                    "unknown normalizer '" + name + "'; use one of " + String.join(", ", Normalizers.NAMES));
        }
        return name;
    }

    private static double unitInterval(Config d, String key, String where) {
        double v = d.hasPath(key) ? d.getDouble(key) : 0;
        if (!(v >= 0 && v <= 1)) {
            throw ConfigErrors.at(d, where, key, "must be in [0, 1], got " + v);
        }
        return v;
    }

    /** factfloor.normalizers.place.aliases: alias → canonical name, both folded like place keys. */
    private static Map<String, String> placeAliases(Config root) {
        Map<String, String> aliases = new TreeMap<>();
        ConfigObject table = root.getObject(ALIASES);
        for (Map.Entry<String, ConfigValue> e : table.entrySet()) {
            Object target = e.getValue().unwrapped();
            String alias = Normalizers.place(e.getKey());
            String canonical = target instanceof String t ? Normalizers.place(t) : null;
            if (alias == null || canonical == null) {
                throw ConfigErrors.at("factfloor." + ALIASES + "." + ConfigQuote.key(e.getKey()),
                        e.getValue().origin(), "an alias maps a place name to a non-empty place name string, e.g."
                                + " \"burma\" = \"myanmar\"");
            }
            if (!alias.equals(canonical)) {
                aliases.put(alias, canonical);
            }
        }
        return aliases;
    }
}
