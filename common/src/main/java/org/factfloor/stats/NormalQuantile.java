package org.factfloor.stats;

/**
 * Standard normal quantile Φ⁻¹(p): Acklam's (2003) rational approximation refined by one Halley step on Cody's (1969,
 * "Rational Chebyshev approximations for the error function") scaled complementary error function.
 *
 * <p>Acklam's approximation alone has relative error below 1.15e-9; the Halley step brings it to a few ulps. Upper-tail
 * probabilities are handled by symmetry, Φ⁻¹(p) = −Φ⁻¹(1 − p), because 1 − p is exact for p ≥ 1/2 while the lower tail
 * is where the scaled erfc keeps full relative precision. The refinement works with erfcx(y) = exp(y²)·erfc(y) and
 * log p, so it neither underflows nor overflows even at p = Double.MIN_VALUE.
 */
final class NormalQuantile {
    private static final double SQRT_2 = Math.sqrt(2.0);
    private static final double SQRT_2PI = Math.sqrt(2.0 * Math.PI);
    private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;

    // Acklam, "An algorithm for computing the inverse normal cumulative distribution function" (2003).
    private static final double[] A = {
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    private static final double[] B = {
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    private static final double[] C = {
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    private static final double P_LOW = 0.02425;

    // Cody (1969), as in netlib specfun CALERF: erf on |y| <= 0.46875, erfc on (0.46875, 4], erfc on (4, inf).
    private static final double[] ERF_NUM = {
        3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
        3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] ERF_DEN = {
        2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03};
    private static final double[] ERFC_MID_NUM = {
        5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02,
        8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
        2.15311535474403846e-8};
    private static final double[] ERFC_MID_DEN = {
        1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03,
        3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03};
    private static final double[] ERFC_TAIL_NUM = {
        3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2,
        6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] ERFC_TAIL_DEN = {
        2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1, 6.05183413124413191e-2,
        2.33520497626869185e-3};

    private NormalQuantile() {
    }

    /** Φ⁻¹(p) for 0 &lt; p &lt; 1; Φ⁻¹(1/2) = 0 exactly. */
    static double of(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("normal quantile needs 0 < p < 1, got " + p);
        }
        if (p > 0.5) {
            return -lowerTail(1.0 - p);
        }
        return lowerTail(p);
    }

    /** Quantile for p ≤ 1/2, so the result x ≤ 0. */
    private static double lowerTail(double p) {
        if (p == 0.5) {
            return 0.0;
        }
        double x = acklam(p);
        // Halley step on f(x) = Φ(x) − p, with e·exp(x²/2) evaluated through erfcx to stay finite in the far tail:
        // Φ(x)·exp(x²/2) = erfcx(−x/√2)/2 for x ≤ 0.
        double scaledError = 0.5 * erfcx(-x / SQRT_2) - Math.exp(Math.log(p) + 0.5 * x * x);
        double u = scaledError * SQRT_2PI;
        return x - u / (1.0 + 0.5 * x * u);
    }

    private static double acklam(double p) {
        if (p < P_LOW) {
            double q = Math.sqrt(-2.0 * Math.log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                    / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0);
    }

    /** Scaled complementary error function exp(y²)·erfc(y) for y ≥ 0 (Cody 1969). */
    static double erfcx(double y) {
        if (y < 0) {
            throw new IllegalArgumentException("erfcx is only needed for y >= 0, got " + y);
        }
        if (y <= 0.46875) {
            double ysq = y * y;
            double num = ERF_NUM[4] * ysq;
            double den = ysq;
            for (int i = 0; i < 3; i++) {
                num = (num + ERF_NUM[i]) * ysq;
                den = (den + ERF_DEN[i]) * ysq;
            }
            double erf = y * (num + ERF_NUM[3]) / (den + ERF_DEN[3]);
            return Math.exp(ysq) * (1.0 - erf);
        }
        if (y <= 4.0) {
            double num = ERFC_MID_NUM[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + ERFC_MID_NUM[i]) * y;
                den = (den + ERFC_MID_DEN[i]) * y;
            }
            return (num + ERFC_MID_NUM[7]) / (den + ERFC_MID_DEN[7]);
        }
        if (y >= 6.71e7) {
            // 1 − 1/(2y²) == 1 in double precision: erfcx(y) = 1/(y·√π).
            return ONE_OVER_SQRT_PI / y;
        }
        double ysq = 1.0 / (y * y);
        double num = ERFC_TAIL_NUM[5] * ysq;
        double den = ysq;
        for (int i = 0; i < 4; i++) {
            num = (num + ERFC_TAIL_NUM[i]) * ysq;
            den = (den + ERFC_TAIL_DEN[i]) * ysq;
        }
        double tail = ysq * (num + ERFC_TAIL_NUM[4]) / (den + ERFC_TAIL_DEN[4]);
        return (ONE_OVER_SQRT_PI - tail) / y;
    }

    /** Standard normal CDF Φ(x) for x ≤ 0, from erfcx; used by tests to check the round trip. */
    static double lowerCdf(double x) {
        if (x > 0) {
            throw new IllegalArgumentException("lowerCdf is for x <= 0, got " + x);
        }
        return 0.5 * erfcx(-x / SQRT_2) * Math.exp(-0.5 * x * x);
    }
}
