package org.factfloor.cli;

import java.nio.file.Path;

/** Defaults that depend on where factfloor is installed (FACTFLOOR_HOME, set by deploy/factfloor). */
final class Defaults {
    private Defaults() {
    }

    static Path sampleCorpus() {
        String home = System.getenv("FACTFLOOR_HOME");
        return Path.of(home == null ? "." : home, "local-data", "corpus").toAbsolutePath().normalize();
    }

    static Path evaluationSet() {
        String home = System.getenv("FACTFLOOR_HOME");
        return Path.of(home == null ? "." : home, "evaluation").toAbsolutePath().normalize();
    }

    /** The shared corpora beside the checkout (../shared/corpora), which the real-text evaluation set names. */
    static Path sharedCorpora() {
        String home = System.getenv("FACTFLOOR_HOME");
        return Path.of(home == null ? "." : home, "..", "shared", "corpora").toAbsolutePath().normalize();
    }

    /** The input's last path element without extensions; "corpus" gives way to its parent's name. */
    static String corpusId(String input) {
        String trimmed = input.replaceAll("[/*]+$", "");
        String[] parts = trimmed.split("/");
        String last = parts[parts.length - 1];
        if (last.equals("corpus") && parts.length > 1) {
            last = parts[parts.length - 2];
        }
        int dot = last.indexOf('.');
        String id = dot > 0 ? last.substring(0, dot) : last;
        return id.isEmpty() ? "corpus" : id;
    }
}
