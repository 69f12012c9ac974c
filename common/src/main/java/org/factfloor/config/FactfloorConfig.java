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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.Normalizers;

/**
 * The typed, validated view of the {@code factfloor} HOCON tree (DESIGN §3). Layering, lowest first: the jar's
 * reference.conf, the --config file, -Dfactfloor.* system properties, command-line overrides. Unknown keys are an
 * error, reported with the file and line they came from.
 */
public record FactfloorConfig(String countUnit, double confidence, InputSettings input, List<DomainSpec> domains,
                              String digest, Map<String, String> spark) implements java.io.Serializable {

    private static final Set<String> DOMAIN_KEYS = Set.of("description", "enabled", "entity", "attribute",
            "prefilter", "patterns", "extractor", "plausible-alternatives", "calibration-error", "miscalibration");
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
        Config reference = ConfigFactory.defaultReference(FactfloorConfig.class.getClassLoader());
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
            InputSettings input = input(root.getConfig("input"));
            List<DomainSpec> domains = domains(root, domainsToRun);
            return new FactfloorConfig(countUnit, confidence, input, domains, digest(root.withoutPath("spark")),
                    sparkSettings(root.getConfig("spark")));
        } catch (ConfigException e) {
            throw new ConfigError(e.getMessage() + " — fix the key named above", e);
        }
    }

    private static InputSettings input(Config c) {
        String format = c.getString("format");
        if (!List.of("auto", "jsonl", "text").contains(format)) {
            throw bad(c, "format", "must be auto, jsonl or text, got '" + format + "'");
        }
        String unit = c.getString("text-unit");
        if (!List.of("line", "paragraph", "file").contains(unit)) {
            throw bad(c, "text-unit", "must be line, paragraph or file, got '" + unit + "'");
        }
        return new InputSettings(format, c.getString("text-field"), c.getString("id-field"), unit);
    }

    private static List<DomainSpec> domains(Config root, List<String> domainsToRun) {
        Config fragments = root.getConfig("fragments");
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
            specs.add(domain(name, d, fragments, where));
        }
        if (specs.isEmpty()) {
            throw new ConfigError("no domain is enabled; enable one under factfloor.domains or name it in --domains");
        }
        return List.copyOf(specs);
    }

    private static DomainSpec domain(String name, Config d, Config fragments, String where) {
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
                entityNormalizer, attributeNormalizer,
                d.hasPath("prefilter") ? d.getStringList("prefilter") : List.of(), expanded, extractor,
                alternatives, calibrationError, miscalibration);
    }

    private static String normalizer(Config d, String part, String where) {
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
            String body = expand(fragments.getString(name), fragments, key, depth + 1);
            m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every key outside domains and fragments must exist in reference.conf: a typo is an error, not a no-op. */
    private static void rejectUnknownKeys(Config root, Config reference) {
        for (Map.Entry<String, ConfigValue> e : root.entrySet()) {
            String path = e.getKey();
            if (path.startsWith("domains.") || path.startsWith("fragments.") || path.startsWith("spark.")) {
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
        String canonical = root.root().render(ConfigRenderOptions.concise().setJson(true));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public DomainSpec domain(String name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no domain " + name));
    }
}
