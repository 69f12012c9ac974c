package org.factfloor.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** factfloor's own version, filtered into the jar by Maven. */
public final class Versions {
    private Versions() {
    }

    public static String factfloor() {
        try (InputStream in = Versions.class.getResourceAsStream("/org/factfloor/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
