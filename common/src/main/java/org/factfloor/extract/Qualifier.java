package org.factfloor.extract;

import java.io.Serializable;

/**
 * A pattern-level qualifier (declared under a domain's {@code qualifiers}): when the named group {@code group}
 * took part in a match, the mention is counted under the domain {@code route} instead of the pattern's own
 * (capitals' "was the capital" goes to former-capitals), or, with {@code reject}, not counted at all but tallied
 * under that reason (death-dates' office spans). Exactly one of route and reject is set.
 */
public record Qualifier(String group, String route, String reject) implements Serializable {
    public Qualifier {
        if ((route == null) == (reject == null)) {
            throw new IllegalArgumentException("a qualifier routes or rejects, not both or neither: " + group);
        }
    }
}
