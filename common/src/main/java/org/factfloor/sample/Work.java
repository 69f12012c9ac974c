package org.factfloor.sample;

import java.util.List;

/** A synthetic cited work. Authors are "Surname, I." pairs split into surname and initials. */
record Work(String title, List<String> surnames, List<String> initials, int year, String venue, int volume,
            int issue, int firstPage) {
}
