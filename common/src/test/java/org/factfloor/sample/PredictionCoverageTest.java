package org.factfloor.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.factfloor.stats.ExtrapolationSettings;
import org.factfloor.stats.FrequencySpectrum;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reduced coverage run of `mvn verify` (the full table is deploy/bench/prediction-coverage.sh): 5% and 10%
 * document samples of a generated corpus, a few seeds, the default estimator, checked against the corpus's exact
 * spectra. The 95% intervals must hold the truth at their nominal rate: at least 90% of them pooled over domains,
 * levels and fractions (the bar), and no domain may be missed in most seeds. A regression of the estimator
 * or of its intervals fails here. The seeds are not the ones the method was developed on (corpus seed 7, sample
 * seeds 100 and up).
 */
class PredictionCoverageTest {
    private static final int SEEDS = 4;
    private static final double[] FRACTIONS = {0.05, 0.1};
    private static List<PredictionCoverage.Row> rows;

    @BeforeAll
    static void coverage() throws IOException {
        rows = PredictionCoverage.onGeneratedCorpus(30_000, 2024, FRACTIONS, SEEDS,
                List.of(ExtrapolationSettings.defaults().method()), 50);
    }

    @Test
    void intervalsHoldTheTruthAtTheirNominalRate() {
        int intervals = 0;
        int covered = 0;
        for (PredictionCoverage.Row r : rows) {
            assertEquals(SEEDS, r.seeds(), r.tsv());
            if (r.truth() == 0) {
                continue; // capitals' entities: no singleton at any size, covered trivially, not counted
            }
            intervals += r.seeds();
            covered += r.covered();
            assertTrue(r.covered() >= SEEDS / 2, "coverage " + r.tsv());
        }
        assertEquals(2 * 6, rows.size());
        assertTrue(covered >= Math.ceil(0.9 * intervals), "pooled coverage " + covered + "/" + intervals);
    }

    @Test
    void longTailedDomainsArePredictedClosely() {
        for (PredictionCoverage.Row r : rows) {
            if (!r.domain().equals("capitals")) {
                assertTrue(r.medianAbsRelError() < 0.35, "point error " + r.tsv());
            }
        }
    }

    @Test
    void thinnedSpectraGiveTheSameTableFromTheFullSpectrumAlone() {
        // A full run's spectra only (spectrum:RUN_DIR): every seed's sample is the spectrum thinned at the fraction.
        FrequencySpectrum simon = SimonProcess.spectrum(200_000, 0.35, 3);
        Map<String, FrequencySpectrum[]> full = Map.of("citations", new FrequencySpectrum[] {simon, simon});
        List<PredictionCoverage.Row> table = PredictionCoverage.onThinnedSpectra(full, 100_000, new double[] {0.1}, 3,
                List.of(ExtrapolationSettings.defaults().method()), 20);
        assertEquals(2, table.size());
        for (PredictionCoverage.Row r : table) {
            assertEquals(3, r.seeds(), r.tsv());
            assertEquals((double) simon.n1() / simon.n(), r.truth(), 1e-12);
            assertTrue(r.covered() >= 2 && r.coveredN1() >= 2 && r.coveredDistinct() >= 2, r.tsv());
        }
        assertEquals(table, PredictionCoverage.onThinnedSpectra(full, 100_000, new double[] {0.1}, 3,
                List.of(ExtrapolationSettings.defaults().method()), 20), "seeded: the same table every time");
    }

    @Test
    void theTruthIsTheSampleOfEveryDocument() {
        SampledTruth truth = new SampledTruth();
        truth.document("a", Map.of("d\te1\tx", 2, "d\te2\ty", 1));
        truth.document("b", Map.of("d\te1\tx", 1, "d\te1\tz", 1));
        Map<String, FrequencySpectrum[]> all = truth.spectra(null);
        assertEquals(FrequencySpectrum.ofCounts(2, 1, 1), all.get("d")[0]); // e1/x in two documents
        assertEquals(FrequencySpectrum.ofCounts(2, 1), all.get("d")[1]); // e1 in two documents, once each
        BernoulliSample half = new BernoulliSample(0.5, BernoulliSample.Unit.DOCUMENTS, 3);
        long kept = (half.keeps("a") ? 1 : 0) + (half.keeps("b") ? 1 : 0);
        assertEquals(kept, truth.kept(half));
    }
}
