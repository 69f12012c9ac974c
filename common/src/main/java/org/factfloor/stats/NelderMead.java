package org.factfloor.stats;

import java.util.function.ToDoubleFunction;

/** The Nelder–Mead simplex minimiser (Nelder &amp; Mead 1965, Computer Journal 7:308) in two dimensions. */
final class NelderMead {
    private static final int MAX_ITERATIONS = 400;
    private static final double TOLERANCE = 1e-10;

    private NelderMead() {
    }

    /** @param step the initial simplex's edge along each axis */
    static double[] minimize(ToDoubleFunction<double[]> f, double[] start, double[] step) {
        double[][] simplex = {start.clone(), {start[0] + step[0], start[1]}, {start[0], start[1] + step[1]}};
        double[] value = new double[3];
        for (int i = 0; i < 3; i++) {
            value[i] = f.applyAsDouble(simplex[i]);
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            sort(simplex, value);
            if (Math.abs(value[2] - value[0]) < TOLERANCE * (1 + Math.abs(value[0]))) {
                break;
            }
            double[] centroid = {(simplex[0][0] + simplex[1][0]) / 2, (simplex[0][1] + simplex[1][1]) / 2};
            double[] reflected = toward(centroid, simplex[2], -1);
            double fr = f.applyAsDouble(reflected);
            if (fr < value[0]) {
                double[] expanded = toward(centroid, simplex[2], -2);
                double fe = f.applyAsDouble(expanded);
                simplex[2] = fe < fr ? expanded : reflected;
                value[2] = Math.min(fe, fr);
            } else if (fr < value[1]) {
                simplex[2] = reflected;
                value[2] = fr;
            } else {
                double[] contracted = toward(centroid, simplex[2], 0.5);
                double fc = f.applyAsDouble(contracted);
                if (fc < value[2]) {
                    simplex[2] = contracted;
                    value[2] = fc;
                } else {
                    for (int i = 1; i < 3; i++) {
                        simplex[i] = toward(simplex[0], simplex[i], 0.5);
                        value[i] = f.applyAsDouble(simplex[i]);
                    }
                }
            }
        }
        sort(simplex, value);
        return simplex[0];
    }

    private static double[] toward(double[] from, double[] to, double step) {
        return new double[] {from[0] + step * (to[0] - from[0]), from[1] + step * (to[1] - from[1])};
    }

    private static void sort(double[][] simplex, double[] value) {
        for (int i = 1; i < 3; i++) {
            for (int j = i; j > 0 && value[j] < value[j - 1]; j--) {
                double v = value[j];
                value[j] = value[j - 1];
                value[j - 1] = v;
                double[] p = simplex[j];
                simplex[j] = simplex[j - 1];
                simplex[j - 1] = p;
            }
        }
    }
}
