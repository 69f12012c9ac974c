package org.factfloor.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What a domain checks after a pattern matched, besides normalising: pattern-level qualifiers (route or reject),
 * rules that refuse an entity or an attribute key, whether a one-word person name is resolved to the full name the
 * document introduced earlier (and the capitalised words that never belong to a name, as written), and the words the person normaliser drops in front of a name (ranks, roles,
 * nationality adjectives; shared by every domain: factfloor.normalizers.person.dropped-words).
 */
public record DomainRules(List<Qualifier> qualifiers, List<KeyFilter> entityFilters, List<KeyFilter> attributeFilters,
                          boolean resolveSingleNames, Set<String> nameStopWords, Set<String> personDroppedWords)
        implements Serializable {
    public static final DomainRules NONE = new DomainRules(List.of(), List.of(), List.of(), false, Set.of(), Set.of());

    public DomainRules {
        qualifiers = List.copyOf(qualifiers);
        entityFilters = List.copyOf(entityFilters);
        attributeFilters = List.copyOf(attributeFilters);
        nameStopWords = Set.copyOf(nameStopWords);
        personDroppedWords = Set.copyOf(personDroppedWords);
    }

    /** The reason the first entity filter refusing this key gives, or null. */
    String entityRefusal(String key) {
        return refusal(entityFilters, key);
    }

    String attributeRefusal(String key) {
        return refusal(attributeFilters, key);
    }

    private static String refusal(List<KeyFilter> filters, String key) {
        for (KeyFilter f : filters) {
            if (f.refuses(key)) {
                return f.reason();
            }
        }
        return null;
    }
}
