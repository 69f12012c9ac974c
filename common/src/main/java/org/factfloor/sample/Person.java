package org.factfloor.sample;

import java.time.LocalDate;

/** A synthetic person: a unique name and dates of birth and death. */
record Person(String name, LocalDate born, LocalDate died) {
}
