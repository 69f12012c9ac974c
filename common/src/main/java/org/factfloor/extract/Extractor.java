package org.factfloor.extract;

/**
 * One domain's extraction: a document's text in, normalised (entity, attribute) mentions out.
 * Instances are created once per task and need not be thread-safe; a custom domain implements this interface
 * and has a public constructor taking the domain's {@link DomainSpec}.
 */
public interface Extractor {
    void extract(String text, MentionSink sink);
}
