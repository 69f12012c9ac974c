package org.factfloor.config;

/** Quotes one HOCON path element, so domain names with dots or dashes address the right node. */
final class ConfigQuote {
    private ConfigQuote() {
    }

    static String key(String element) {
        return com.typesafe.config.ConfigUtil.joinPath(element);
    }
}
