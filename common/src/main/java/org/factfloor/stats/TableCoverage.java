package org.factfloor.stats;

/**
 * How much of a known fact list the corpus shows (Kandpal et al., ICML 2023, count documents per fact of a table):
 * the share of the table's facts never seen, the share seen exactly once, beside the Good–Turing missing mass
 * N_1/n of the observed ones (Good 1953), which is the theory's estimate of the unseen share. The two answer
 * different questions — the missing mass weighs unseen facts by how often the source would show them, the unseen
 * share counts every listed fact alike — so their gap says how far the table is from the corpus's own fact
 * distribution (a table of famous facts: the missing mass is higher than the unseen share; of obscure ones: lower).
 *
 * @param facts  distinct facts of the table
 * @param unseen facts of the table with a count of 0
 * @param once   facts of the table seen exactly once (N_1)
 */
public record TableCoverage(long facts, long unseen, long once) {

    /** @param observed the domain's factoid spectrum (every observed factoid is a fact of the table) */
    public static TableCoverage of(long tableFacts, FrequencySpectrum observed) {
        if (tableFacts < observed.distinct()) {
            throw new IllegalArgumentException("a table of " + tableFacts + " facts cannot have " + observed.distinct()
                    + " distinct observed facts");
        }
        return new TableCoverage(tableFacts, tableFacts - observed.distinct(), observed.n1());
    }

    public double unseenShare() {
        return (double) unseen / facts;
    }

    public double onceShare() {
        return (double) once / facts;
    }
}
