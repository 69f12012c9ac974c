package org.factfloor.stats;

/** One row of a frequency spectrum: nR distinct items were each seen exactly r times. */
public record SpectrumRow(long r, long nR) {
}
