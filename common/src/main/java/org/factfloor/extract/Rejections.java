package org.factfloor.extract;

/**
 * The reasons a matched mention is not counted that the engine itself gives (domains add their own: qualifier and
 * filter reasons). Counted per domain and reason in sources/ and _MANIFEST.json as "domain:reason".
 */
public final class Rejections {
    /** The entity normaliser returned nothing (a name that is only a title, an empty title). */
    public static final String ENTITY_UNREADABLE = "entity-unreadable";
    /** The attribute normaliser returned nothing (an impossible date, no year in a reference). */
    public static final String ATTRIBUTE_UNREADABLE = "attribute-unreadable";
    /** A one-word person name the document does not resolve to a full name. */
    public static final String SINGLE_WORD_NAME = "single-word-name";
    /** The entity is not on the domain's allow-list. */
    public static final String NOT_IN_ALLOW_LIST = "not-in-allow-list";
    /** A qualifier routed the mention to a domain that is not running. */
    public static final String ROUTED_TO_DISABLED = "routed-to-disabled:";

    private Rejections() {
    }

    /** The key a rejection is counted under. */
    public static String key(String domain, String reason) {
        return domain + ":" + reason;
    }
}
