package org.factfloor.extract;

/**
 * One factoid as it occurs in one document, after in-document deduplication: how many times it was mentioned,
 * its first surface form, and whether it is the first factoid of its entity in the document (so that entity
 * document counts are a plain sum later, with no count-distinct).
 */
public record DocumentFactoid(String domain, String entity, String attribute, int mentions, String example,
                              boolean firstOfEntity) {
}
