package org.factfloor.stats;

/** A point estimate with the two ends of its interval (low ≤ estimate ≤ high unless the estimate sits outside). */
public record Interval(double estimate, double low, double high) {

    public static Interval exact(double value) {
        return new Interval(value, value, value);
    }
}
