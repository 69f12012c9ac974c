package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.io.File;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.ExtractionLimits;
import org.factfloor.stats.CountUnit;
import org.factfloor.stats.EstimatorSettings;
import org.factfloor.stats.FloorParameters;

/**
 * The typed, validated view of the {@code factfloor} HOCON tree (DESIGN §3), as layered by {@link ConfigLoader};
 * domains are parsed by {@link DomainParser}, errors worded by {@link ConfigErrors}. Unknown keys are an error,
 * reported with the file and line they came from.
 *
 * @param warnings authoring mistakes that do not stop a run but make a domain count less than it seems to
 *                 ({@link ConfigWarnings}); `validate` prints them
 */
public record FactfloorConfig(CountUnit countUnit, double confidence, double sgtSwitch, double growthFactor,
                              InputSettings input, List<DomainSpec> domains, String digest, Map<String, String> spark,
                              List<String> warnings)
        implements java.io.Serializable {

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
        ConfigLoader loaded = ConfigLoader.load(files, overrides);
        try {
            Config root = loaded.merged().getConfig("factfloor");
            rejectUnknownKeys(root, loaded.reference().getConfig("factfloor"));
            CountUnit countUnit = CountUnit.named(root.getString("count-unit"));
            if (countUnit == null) {
                throw ConfigErrors.at(root, "factfloor", "count-unit", "must be 'documents' or 'mentions', got '"
                        + root.getString("count-unit") + "'");
            }
            double confidence = root.getDouble("confidence");
            if (!(confidence > 0 && confidence < 1)) {
                throw ConfigErrors.at(root, "factfloor", "confidence", "must be strictly between 0 and 1, got " + confidence);
            }
            double sgtSwitch = root.getDouble("sgt-switch");
            if (!(sgtSwitch > 0)) {
                throw ConfigErrors.at(root, "factfloor", "sgt-switch", "must be > 0 (1.96 as in Sampson's code, 1.65 as in Gale's), got "
                        + sgtSwitch);
            }
            double growthFactor = root.getDouble("growth-factor");
            if (!(growthFactor >= 0)) {
                throw ConfigErrors.at(root, "factfloor", "growth-factor", "must be >= 0 (1 = the corpus doubled), got " + growthFactor);
            }
            InputSettings input = input(root.getConfig("input"));
            List<DomainSpec> domains = new DomainParser(root, limits(root.getConfig("extraction")))
                    .domains(root, domainsToRun);
            return new FactfloorConfig(countUnit, confidence, sgtSwitch, growthFactor, input, domains,
                    digest(root.withoutPath("spark")), sparkSettings(root.getConfig("spark")),
                    ConfigWarnings.of(loaded, root, domains));
        } catch (ConfigException e) {
            throw new ConfigError(e.getMessage() + " — fix the key named above", e);
        }
    }

    private static InputSettings input(Config c) {
        InputFormat format = InputFormat.named(c.getString("format"));
        if (format == null) {
            throw ConfigErrors.at(c, "factfloor.input", "format", "must be one of "
                    + String.join(", ", InputFormat.names()) + ", got '" + c.getString("format") + "'");
        }
        String compression = c.getString("compression");
        if (!InputSettings.COMPRESSIONS.contains(compression)) {
            throw ConfigErrors.at(c, "factfloor.input", "compression", "must be one of " + String.join(", ", InputSettings.COMPRESSIONS) + ", got '"
                    + compression + "'");
        }
        String unit = c.getString("text-unit");
        if (!List.of("line", "paragraph", "file").contains(unit)) {
            throw ConfigErrors.at(c, "factfloor.input", "text-unit", "must be line, paragraph or file, got '" + unit + "'");
        }
        for (String field : List.of("text-field", "id-field")) {
            if (!c.getString(field).matches("[^.]+(\\.[^.]+)*")) {
                throw ConfigErrors.at(c, "factfloor.input", field, "must be a field name or a dotted path like meta.id, got '" + c.getString(field)
                        + "'");
            }
        }
        long maxRecordBytes = c.getBytes("max-record-bytes");
        if (maxRecordBytes < 1024 || maxRecordBytes > Integer.MAX_VALUE - 1024) {
            throw ConfigErrors.at(c, "factfloor.input", "max-record-bytes", "must be between 1K and 2047M, got " + maxRecordBytes);
        }
        return new InputSettings(format, compression, c.getString("text-field"), c.getString("id-field"), unit,
                maxRecordBytes);
    }

    private static ExtractionLimits limits(Config c) {
        int window = c.getInt("window-chars");
        int overlap = c.getInt("window-overlap-chars");
        long steps = c.getLong("budget-steps-per-char");
        if (window < 1000) {
            throw ConfigErrors.at(c, "factfloor.extraction", "window-chars", "must be at least 1000, got " + window);
        }
        if (overlap < 0 || overlap > window) {
            throw ConfigErrors.at(c, "factfloor.extraction", "window-overlap-chars", "must be between 0 and window-chars, got " + overlap);
        }
        if (steps < 1) {
            throw ConfigErrors.at(c, "factfloor.extraction", "budget-steps-per-char", "must be at least 1, got " + steps);
        }
        return new ExtractionLimits(window, overlap, steps);
    }

    /** Every key outside domains and fragments must exist in reference.conf: a typo is an error, not a no-op. */
    private static void rejectUnknownKeys(Config root, Config reference) {
        for (Map.Entry<String, ConfigValue> e : root.entrySet()) {
            String path = e.getKey();
            if (path.startsWith("domains.") || path.startsWith("fragments.") || path.startsWith(DomainParser.ALIASES + ".")
                    || path.startsWith("spark.")) {
                continue;
            }
            if (!reference.hasPathOrNull(path)) {
                throw ConfigErrors.at("factfloor." + path, e.getValue().origin(), "unknown key; see reference.conf in"
                        + " the jar (or the README) for the keys factfloor reads");
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
                throw ConfigErrors.at("factfloor.spark." + e.getKey(), value.origin(),
                        "a Spark setting must be a Spark key in quotes, e.g. \"spark.serializer\" = …");
            }
            if (key.equals("spark.master") || key.equals("spark.submit.deployMode")) {
                throw ConfigErrors.at("factfloor.spark." + e.getKey(), value.origin(),
                        "the master and deploy mode come from spark-submit or deploy/factfloor; remove the key");
            }
            if (value.valueType() == ConfigValueType.LIST) {
                throw ConfigErrors.at("factfloor.spark." + e.getKey(), value.origin(),
                        "a Spark setting must be a string, number or boolean");
            }
            settings.put(key, String.valueOf(value.unwrapped()));
        }
        return Collections.unmodifiableMap(settings);
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
