package org.factfloor.extract;

import java.io.Serializable;

/** Turns a matched surface form into the key two mentions of the same thing share; null rejects the match. */
@FunctionalInterface
public interface Normalizer extends Serializable {
    String key(String surface);
}
