package org.factfloor.extract;

/**
 * One domain's extraction: a document's text in, normalised (entity, attribute) mentions out.
 * Instances are created once per task and need not be thread-safe; a custom domain implements this interface
 * and has a public constructor taking the domain's {@link DomainSpec}.
 */
public interface Extractor {
    void extract(String text, MentionSink sink);

    /**
     * Whether the last {@link #extract} stopped early on part of the document because it ran out of its
     * extraction budget (see {@link ExtractionLimits}); the mentions found before that are kept.
     */
    default boolean exceededBudget() {
        return false;
    }
}
