package org.factfloor.job;

import java.util.Locale;

/** How an input file was read: the `status` of sources/ and of each input in _MANIFEST.json. */
enum SourceStatus {
    /** every unit was a document */
    OK,
    /** some unit was a bad record */
    PARTIAL,
    /** no unit was a document */
    UNREADABLE,
    /** the file held no unit at all */
    EMPTY;

    /** As stored in sources/ and the manifest. */
    String stored() {
        return name().toLowerCase(Locale.ROOT);
    }
}
