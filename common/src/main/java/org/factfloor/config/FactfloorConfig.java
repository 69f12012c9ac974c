package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.ExtractionLimits;
import org.factfloor.extract.LiteralPrefilter;
import org.factfloor.extract.Normalizer;
import org.factfloor.extract.Normalizers;
import org.factfloor.stats.EstimatorSettings;
import org.factfloor.stats.FloorParameters;

/**
 * The typed, validated view of the {@code factfloor} HOCON tree (DESIGN §3). Layering, lowest first: the jar's
 * reference.conf, the --config file, -Dfactfloor.* system properties, command-line overrides. Unknown keys are an
 * error, reported with the file and line they came from.
 */
public record FactfloorConfig(String countUnit, double confidence, double sgtSwitch, double growthFactor,
                              InputSettings input, List<DomainSpec> domains, String digest, Map<String, String> spark)
        implements java.io.Serializable {

    private static final Set<String> DOMAIN_KEYS = Set.of("description", "enabled", "entity", "attribute",
            "prefilter", "prefilter-reach", "patterns", "extractor", "plausible-alternatives", "calibration-error",
            "miscalibration");
    private static final Set<String> PART_KEYS = Set.of("normalizer", "allow-list");
    private static final String ALIASES = "normalizers.place.aliases";
    /** Characters a match may extend either side of a prefilter literal, unless the domain says otherwise. */
    private static final int DEFAULT_REACH = 500;
    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z][a-z0-9-]*)}}");

    /**
     * @param file      a user config file, or null
     * @param overrides command-line settings as HOCON paths (e.g. "factfloor.count-unit")
     * @param domainsToRun names of the domains to run, or empty for every enabled domain
     */
    public static FactfloorConfig load(File file, Map<String, Object> overrides, List<String> domainsToRun) {
        return loadLayered(file == null ? List.of() : List.of(file), overrides, domainsToRun);
    }

    /**
     * @param files config files layered over reference.conf, later ones winning (e.g. the cluster's conf/cluster.conf
     *              shipped by deploy/spark-submit.sh, then the user's --config)
     */
    public static FactfloorConfig loadLayered(List<File> files, Map<String, Object> overrides,
                                              List<String> domainsToRun) {
        // Not defaultReference(): it already folds in system properties, so a mistyped -Dfactfloor.key would pass the
        // unknown-key check below as if reference.conf declared it.
        Config reference = ConfigFactory.parseResources(FactfloorConfig.class.getClassLoader(), "reference.conf");
        Config user = ConfigFactory.empty();
        for (File file : files) {
            if (!file.isFile()) {
                throw new ConfigError("config file " + file + " does not exist or is not a file; pass an existing"
                        + " HOCON file to --config");
            }
            try {
                user = ConfigFactory.parseFile(file, ConfigParseOptions.defaults().setAllowMissing(false))
                        .withFallback(user);
            } catch (ConfigException e) {
                throw new ConfigError("cannot parse " + file + ": " + e.getMessage(), e);
            }
        }
        Config system = ConfigFactory.systemProperties().withOnlyPath("factfloor");
        Config merged;
        try {
            merged = ConfigFactory.parseMap(overrides, "command line").withFallback(system).withFallback(user)
                    .withFallback(reference).resolve();
        } catch (ConfigException e) {
            throw new ConfigError(e.getMessage(), e);
        }
        return of(merged, reference, domainsToRun);
    }

    static FactfloorConfig of(Config merged, Config reference, List<String> domainsToRun) {
        try {
            Config root = merged.getConfig("factfloor");
            rejectUnknownKeys(root, reference.getConfig("factfloor"));
            String countUnit = root.getString("count-unit");
            if (!countUnit.equals("documents") && !countUnit.equals("mentions")) {
                throw bad(root, "count-unit", "must be 'documents' or 'mentions', got '" + countUnit + "'");
            }
            double confidence = root.getDouble("confidence");
            if (!(confidence > 0 && confidence < 1)) {
                throw bad(root, "confidence", "must be strictly between 0 and 1, got " + confidence);
            }
            double sgtSwitch = root.getDouble("sgt-switch");
            if (!(sgtSwitch > 0)) {
                throw bad(root, "sgt-switch", "must be > 0 (1.96 as in Sampson's code, 1.65 as in Gale's), got "
                        + sgtSwitch);
            }
            double growthFactor = root.getDouble("growth-factor");
            if (!(growthFactor >= 0)) {
                throw bad(root, "growth-factor", "must be >= 0 (1 = the corpus doubled), got " + growthFactor);
            }
            InputSettings input = input(root.getConfig("input"));
            DomainContext context = new DomainContext(root.getConfig("fragments"), placeAliases(root),
                    limits(root.getConfig("extraction")));
            List<DomainSpec> domains = domains(root, domainsToRun, context);
            return new FactfloorConfig(countUnit, confidence, sgtSwitch, growthFactor, input, domains,
                    digest(root.withoutPath("spark")), sparkSettings(root.getConfig("spark")));
        } catch (ConfigException e) {
            throw new ConfigError(e.getMessage() + " — fix the key named above", e);
        }
    }

    private static InputSettings input(Config c) {
        String format = c.getString("format");
        if (!InputSettings.FORMATS.contains(format)) {
            throw bad(c, "format", "must be one of " + String.join(", ", InputSettings.FORMATS) + ", got '" + format
                    + "'");
        }
        String compression = c.getString("compression");
        if (!InputSettings.COMPRESSIONS.contains(compression)) {
            throw bad(c, "compression", "must be one of " + String.join(", ", InputSettings.COMPRESSIONS) + ", got '"
                    + compression + "'");
        }
        String unit = c.getString("text-unit");
        if (!List.of("line", "paragraph", "file").contains(unit)) {
            throw bad(c, "text-unit", "must be line, paragraph or file, got '" + unit + "'");
        }
        for (String field : List.of("text-field", "id-field")) {
            if (!c.getString(field).matches("[^.]+(\\.[^.]+)*")) {
                throw bad(c, field, "must be a field name or a dotted path like meta.id, got '" + c.getString(field)
                        + "'");
            }
        }
        long maxRecordBytes = c.getBytes("max-record-bytes");
        if (maxRecordBytes < 1024 || maxRecordBytes > Integer.MAX_VALUE - 1024) {
            throw bad(c, "max-record-bytes", "must be between 1K and 2047M, got " + maxRecordBytes);
        }
        return new InputSettings(format, compression, c.getString("text-field"), c.getString("id-field"), unit,
                maxRecordBytes);
    }

    /** What every domain shares: regex fragments, the place alias table, the extraction budget. */
    private record DomainContext(Config fragments, Map<String, String> placeAliases, ExtractionLimits limits) {
    }

    private static ExtractionLimits limits(Config c) {
        int window = c.getInt("window-chars");
        int overlap = c.getInt("window-overlap-chars");
        long steps = c.getLong("budget-steps-per-char");
        if (window < 1000) {
            throw bad(c, "window-chars", "must be at least 1000, got " + window);
        }
        if (overlap < 0 || overlap > window) {
            throw bad(c, "window-overlap-chars", "must be between 0 and window-chars, got " + overlap);
        }
        if (steps < 1) {
            throw bad(c, "budget-steps-per-char", "must be at least 1, got " + steps);
        }
        return new ExtractionLimits(window, overlap, steps);
    }

    /** factfloor.normalizers.place.aliases: alias → canonical name, both folded like place keys. */
    private static Map<String, String> placeAliases(Config root) {
        Map<String, String> aliases = new java.util.TreeMap<>();
        ConfigObject table = root.getObject(ALIASES);
        for (Map.Entry<String, ConfigValue> e : table.entrySet()) {
            Object target = e.getValue().unwrapped();
            String alias = Normalizers.place(e.getKey());
            String canonical = target instanceof String t ? Normalizers.place(t) : null;
            if (alias == null || canonical == null) {
                throw new ConfigError("factfloor." + ALIASES + "." + ConfigQuote.key(e.getKey()) + " ("
                        + e.getValue().origin().description() + "): an alias maps a place name to a non-empty place"
                        + " name string, e.g. \"burma\" = \"myanmar\"");
            }
            if (!alias.equals(canonical)) {
                aliases.put(alias, canonical);
            }
        }
        return aliases;
    }

    private static List<DomainSpec> domains(Config root, List<String> domainsToRun, DomainContext context) {
        ConfigObject declared = root.getObject("domains");
        for (String wanted : domainsToRun) {
            if (!declared.containsKey(wanted)) {
                throw new ConfigError("unknown domain '" + wanted + "' in --domains; declared domains are "
                        + String.join(", ", new java.util.TreeSet<>(declared.keySet())));
            }
        }
        List<DomainSpec> specs = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(declared.keySet())) {
            Config d = root.getConfig("domains").getConfig(ConfigQuote.key(name));
            String where = "factfloor.domains." + name;
            for (String key : d.root().keySet()) {
                if (!DOMAIN_KEYS.contains(key)) {
                    throw new ConfigError(where + "." + key + " (" + d.getValue(key).origin().description()
                            + "): unknown key; a domain takes " + String.join(", ", new java.util.TreeSet<>(DOMAIN_KEYS)));
                }
            }
            boolean enabled = d.hasPath("enabled") ? d.getBoolean("enabled") : true;
            if (domainsToRun.isEmpty() ? !enabled : !domainsToRun.contains(name)) {
                continue;
            }
            if (name.startsWith("_")) {
                throw new ConfigError(where + ": domain names starting with '_' are reserved; rename the domain");
            }
            specs.add(domain(name, d, context, where));
        }
        if (specs.isEmpty()) {
            throw new ConfigError("no domain is enabled; enable one under factfloor.domains or name it in --domains");
        }
        return List.copyOf(specs);
    }

    private static DomainSpec domain(String name, Config d, DomainContext context, String where) {
        Config fragments = context.fragments();
        String extractor = d.hasPath("extractor") ? d.getString("extractor") : null;
        List<String> patterns = d.hasPath("patterns") ? d.getStringList("patterns") : List.of();
        if (extractor == null && patterns.isEmpty()) {
            throw new ConfigError(where + " (" + d.origin().description() + "): a domain needs 'patterns' (regexes"
                    + " with named groups entity and attribute) or 'extractor' (a class implementing Extractor)");
        }
        List<String> expanded = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String key = where + ".patterns[" + i + "] (" + d.getValue("patterns").origin().description() + ")";
            String p = expand(patterns.get(i), fragments, key);
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException e) {
                throw new ConfigError(key + ": regex does not compile: " + e.getDescription() + " near index "
                        + e.getIndex() + "; fix the pattern (backslashes must be doubled inside HOCON strings)");
            }
            for (String group : List.of("entity", "attribute")) {
                if (!p.contains("(?<" + group + ">")) {
                    throw new ConfigError(key + ": pattern has no named group '" + group + "'; wrap the " + group
                            + " part in (?<" + group + ">...)");
                }
            }
            expanded.add(p);
        }
        String entityNormalizer = normalizer(d, "entity", where);
        String attributeNormalizer = normalizer(d, "attribute", where);
        List<String> prefilter = d.hasPath("prefilter") ? d.getStringList("prefilter") : List.of();
        for (int i = 0; i < prefilter.size(); i++) {
            String problem = prefilter.get(i).isEmpty() ? "an empty literal admits every document; remove it"
                    : LiteralPrefilter.problem(prefilter.get(i));
            if (problem != null) {
                throw new ConfigError(where + ".prefilter[" + i + "] (" + d.getValue("prefilter").origin().description()
                        + "): " + problem);
            }
        }
        int reach = d.hasPath("prefilter-reach") ? d.getInt("prefilter-reach") : DEFAULT_REACH;
        if (reach < 1) {
            throw new ConfigError(where + ".prefilter-reach (" + d.getValue("prefilter-reach").origin().description()
                    + ") must be at least 1 (characters a match may extend either side of a prefilter literal), got "
                    + reach);
        }
        Set<String> allowList = allowList(d, where, Normalizers.byName(entityNormalizer, context.placeAliases()));
        double alternatives = d.getDouble("plausible-alternatives");
        if (!(alternatives > 0)) {
            throw new ConfigError(where + ".plausible-alternatives must be > 0, got " + alternatives);
        }
        double calibrationError = unitInterval(d, "calibration-error", where);
        double miscalibration = unitInterval(d, "miscalibration", where);
        if (extractor != null) {
            try {
                Class.forName(extractor);
            } catch (ClassNotFoundException e) {
                throw new ConfigError(where + ".extractor: class " + extractor + " is not on the classpath; add its jar"
                        + " (e.g. spark-submit --jars) or fix the name");
            }
        }
        return new DomainSpec(name, d.hasPath("description") ? d.getString("description") : name,
                entityNormalizer, attributeNormalizer, prefilter, reach, expanded, extractor, allowList,
                context.placeAliases(), context.limits(), alternatives, calibrationError, miscalibration);
    }

    /**
     * entity.allow-list: a UTF-8 file of entity names, one per line (# comments), read on the driver and
     * normalised like the entities; only listed entities are extracted. Empty or absent: any entity.
     */
    private static Set<String> allowList(Config d, String where, Normalizer normalizer) {
        if (!d.hasPath("entity.allow-list") || d.getString("entity.allow-list").isBlank()) {
            return null;
        }
        String key = where + ".entity.allow-list (" + d.getValue("entity.allow-list").origin().description() + ")";
        java.nio.file.Path file = java.nio.file.Path.of(d.getString("entity.allow-list"));
        List<String> lines;
        try {
            lines = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new ConfigError(key + ": cannot read allow-list file " + file.toAbsolutePath() + " (" + e
                    + "); give a readable UTF-8 file with one entity per line, or set it to \"\" to turn it off");
        }
        Set<String> allowed = new java.util.HashSet<>();
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
            throw new ConfigError(key + ": allow-list file " + file.toAbsolutePath() + " lists no entity; add one"
                    + " name per line or set it to \"\" to turn it off");
        }
        return allowed;
    }

    private static String normalizer(Config d, String part, String where) {
        if (d.hasPath(part)) {
            if (d.getValue(part).valueType() != com.typesafe.config.ConfigValueType.OBJECT) {
                throw new ConfigError(where + "." + part + " (" + d.getValue(part).origin().description() + "): must be"
                        + " an object such as { normalizer = place }");
            }
            for (String key : d.getObject(part).keySet()) {
                if (!PART_KEYS.contains(key) || (key.equals("allow-list") && part.equals("attribute"))) {
                    throw new ConfigError(where + "." + part + "." + key + " (" + d.getValue(part + "." + key).origin()
                            .description() + "): unknown key; " + part + " takes "
                            + (part.equals("entity") ? "normalizer, allow-list" : "normalizer"));
                }
            }
        }
        String path = part + ".normalizer";
        String name = d.hasPath(path) ? d.getString(path) : "raw";
        if (!Normalizers.NAMES.contains(name)) {
            throw new ConfigError(where + "." + path + ": unknown normalizer '" + name + "'; use one of "
                    + String.join(", ", Normalizers.NAMES));
        }
        return name;
    }

    private static double unitInterval(Config d, String key, String where) {
        double v = d.hasPath(key) ? d.getDouble(key) : 0;
        if (!(v >= 0 && v <= 1)) {
            throw new ConfigError(where + "." + key + " must be in [0, 1], got " + v);
        }
        return v;
    }

    static String expand(String pattern, Config fragments, String key) {
        return expand(pattern, fragments, key, 0);
    }

    private static String expand(String pattern, Config fragments, String key, int depth) {
        Matcher m = FRAGMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!fragments.hasPath(name)) {
                throw new ConfigError(key + ": unknown fragment {{" + name + "}}; declare it under factfloor.fragments"
                        + " or use one of " + String.join(", ", new java.util.TreeSet<>(fragments.root().keySet())));
            }
            if (depth > 8) {
                throw new ConfigError(key + ": fragment {{" + name + "}} refers to itself; break the cycle");
            }
            String body = fragments.getValue(name).valueType() == com.typesafe.config.ConfigValueType.LIST
                    ? WordListRegex.of(fragments.getStringList(name))
                    : expand(fragments.getString(name), fragments, key, depth + 1);
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every key outside domains and fragments must exist in reference.conf: a typo is an error, not a no-op. */
    private static void rejectUnknownKeys(Config root, Config reference) {
        for (Map.Entry<String, ConfigValue> e : root.entrySet()) {
            String path = e.getKey();
            if (path.startsWith("domains.") || path.startsWith("fragments.") || path.startsWith(ALIASES + ".")
                    || path.startsWith("spark.")) {
                continue;
            }
            if (!reference.hasPathOrNull(path)) {
                throw new ConfigError("factfloor." + path + " (" + e.getValue().origin().description()
                        + "): unknown key; see reference.conf in the jar (or the README) for the keys factfloor reads");
            }
        }
    }

    /**
     * factfloor.spark { "spark.serializer" = … }: Spark settings for the session, as Spark keys with string values.
     * They tune execution only, so they are left out of the config digest and the run id.
     */
    private static Map<String, String> sparkSettings(Config spark) {
        Map<String, String> settings = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : spark.entrySet()) {
            String key = String.join(".", ConfigUtil.splitPath(e.getKey()));
            ConfigValue value = e.getValue();
            if (!key.startsWith("spark.")) {
                throw new ConfigError("factfloor.spark." + e.getKey() + " (" + value.origin().description()
                        + "): a Spark setting must be a Spark key in quotes, e.g. \"spark.serializer\" = …");
            }
            if (key.equals("spark.master") || key.equals("spark.submit.deployMode")) {
                throw new ConfigError("factfloor.spark." + e.getKey() + " (" + value.origin().description()
                        + "): the master and deploy mode come from spark-submit or deploy/factfloor; remove the key");
            }
            if (value.valueType() == ConfigValueType.LIST) {
                throw new ConfigError("factfloor.spark." + e.getKey() + " (" + value.origin().description()
                        + "): a Spark setting must be a string, number or boolean");
            }
            settings.put(key, String.valueOf(value.unwrapped()));
        }
        return Collections.unmodifiableMap(settings);
    }

    private static ConfigError bad(Config c, String key, String problem) {
        return new ConfigError(key + " (" + c.getValue(key).origin().description() + "): " + problem);
    }

    private static String digest(Config root) {
        return Sha256.hex(root.root().render(ConfigRenderOptions.concise().setJson(true)));
    }

    /** The estimator settings of one domain: its floor parameters and the run-wide confidence, switch and growth. */
    public EstimatorSettings estimatorSettings(DomainSpec d) {
        return new EstimatorSettings(new FloorParameters(d.plausibleAlternatives(), d.calibrationError(),
                d.miscalibration(), confidence), sgtSwitch, growthFactor);
    }

    public DomainSpec domain(String name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no domain " + name));
    }
}
