package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrequencySpectrumTest {

    @Test
    void countsBecomeFrequencyOfFrequencies() {
        FrequencySpectrum s = FrequencySpectrum.ofCounts(1, 1, 1, 2, 2, 5, 0);
        assertEquals(List.of(new SpectrumRow(1, 3), new SpectrumRow(2, 2), new SpectrumRow(5, 1)), s.rows());
        assertEquals(12, s.n());
        assertEquals(6, s.distinct());
        assertEquals(3, s.n1());
        assertEquals(2, s.n2());
        assertEquals(0, s.count(3));
    }

    @Test
    void spectrumPairsAreSummedAndZeroRowsDropped() {
        FrequencySpectrum s = FrequencySpectrum.of(Map.of(1L, 4L, 3L, 0L, 10L, 1L));
        assertEquals(List.of(new SpectrumRow(1, 4), new SpectrumRow(10, 1)), s.rows());
        assertEquals(14, s.n());
    }

    @Test
    void emptySpectrumHasNoOccurrences() {
        assertTrue(FrequencySpectrum.empty().isEmpty());
        assertEquals(0, FrequencySpectrum.ofCounts().distinct());
    }

    @Test
    void invalidRowsAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrequencySpectrum.of(Map.of(0L, 3L)));
        assertTrue(e.getMessage().contains("r must be >= 1"));
        assertThrows(IllegalArgumentException.class, () -> FrequencySpectrum.ofCounts(-1));
    }
}
