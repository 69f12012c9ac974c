package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

    @Test
    void upperTwoAndAHalfPercentPointIsOnePointNineSixToMachinePrecision() {
        // z(0.975) = 1.95996398454005423552... (30-digit value, sqrt(2)·erfinv(0.95) in mpmath).
        assertEquals(1.959963984540054, NormalQuantile.of(0.975), 1e-15);
        assertEquals(-1.959963984540054, NormalQuantile.of(0.025), 1e-15);
    }

    @Test
    void quantilesMatchReferenceValuesAcrossCentreAndTails() {
        // Reference values: sqrt(2)·erfinv(2p − 1) in 30-digit arithmetic (mpmath), rounded to double.
        assertEquals(2.5758293035489004, NormalQuantile.of(0.995), 2e-15);
        assertEquals(1.2815515655446004, NormalQuantile.of(0.9), 2e-15);
        assertEquals(3.090232306167813, NormalQuantile.of(0.999), 4e-15);
        assertEquals(0.2533471031357998, NormalQuantile.of(0.6), 1e-15);
        assertEquals(-6.361340902404056, NormalQuantile.of(1e-10), 1e-14);
        assertEquals(-2.3263478740408408, NormalQuantile.of(0.01), 2e-15);
    }

    @Test
    void medianIsExactlyZeroAndQuantileIsAntisymmetric() {
        assertEquals(0.0, NormalQuantile.of(0.5));
        // 1 − p is exact for these p, so Φ⁻¹(1 − p) = −Φ⁻¹(p) holds to the last bit.
        for (double p : new double[] {1e-15, 0.001, 0.02425, 0.1, 0.3, 0.49}) {
            assertEquals(-NormalQuantile.of(1 - p), NormalQuantile.of(1 - (1 - p)), 0.0);
        }
    }

    @Test
    void cdfOfQuantileReturnsTheProbabilityEvenInTheFarTail() {
        // Rounding x to a double moves Φ(x) by a relative |x|·ulp(x) ≈ x²·2^−52, which bounds what any quantile can do.
        for (double p : new double[] {1e-300, 1e-100, 1e-20, 1e-5, 0.02, 0.02425, 0.2, 0.4999}) {
            double x = NormalQuantile.of(p);
            double relative = Math.abs(NormalQuantile.lowerCdf(x) / p - 1);
            double bound = 1e-14 + 2 * x * x * Math.ulp(1.0);
            assertTrue(relative < bound, "p = " + p + ": relative error " + relative + " above " + bound);
        }
        assertTrue(Double.isFinite(NormalQuantile.of(Double.MIN_VALUE)));
        assertEquals(-38.4674, NormalQuantile.of(Double.MIN_VALUE), 1e-4);
    }

    @Test
    void scaledComplementaryErrorFunctionMatchesKnownValues() {
        // erfcx(0) = 1; erfcx(1) = e·erfc(1) = 0.427583576155807004; erfcx(5) = 0.110704637733068626 (mpmath),
        // one point in each of Cody's three approximation intervals, plus the asymptotic 1/(y·√π).
        assertEquals(1.0, NormalQuantile.erfcx(0), 1e-16);
        assertEquals(0.427583576155807, NormalQuantile.erfcx(1), 1e-15);
        assertEquals(0.11070463773306863, NormalQuantile.erfcx(5), 1e-16);
        assertEquals(1 / (1e8 * Math.sqrt(Math.PI)), NormalQuantile.erfcx(1e8), 1e-24);
    }

    @Test
    void probabilitiesOutsideTheOpenUnitIntervalAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(0));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(1));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> NormalQuantile.of(-0.1));
    }
}
