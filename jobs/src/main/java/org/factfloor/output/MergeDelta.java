package org.factfloor.output;

import java.util.List;

/**
 * What a merge's `delta/` table says, read back for the reports: the corpora the base held, the ones added, and
 * each domain's change.
 */
record MergeDelta(List<String> baseCorpusIds, List<String> addedCorpusIds, List<DomainDelta> domains) {
}
