package org.factfloor.output;

import java.util.Locale;

/** Sizes and durations as people read them, shared by the console and the reports. */
public final class Units {
    private static final String[] SIZES = {"B", "kB", "MB", "GB", "TB", "PB"};

    private Units() {
    }

    /** Decimal units (1 MB = 10^6 bytes), as MB/s rates are usually quoted: "512 B", "1.9 MB", "2.1 GB". */
    public static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 999.95 && unit < SIZES.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, SIZES[unit]);
    }

    /** "42 s", "3 min 05 s", "2 h 07 min". */
    public static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
