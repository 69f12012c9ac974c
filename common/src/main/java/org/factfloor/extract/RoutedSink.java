package org.factfloor.extract;

/**
 * Where a pattern domain's findings go when several domains run together: mentions under the domain they are
 * counted in (its own, or the one a qualifier routes them to), and every match refused on the way, by reason.
 */
interface RoutedSink {
    void accept(String domain, String entity, String attribute, String surface);

    void reject(String domain, String reason);
}
