package org.factfloor.input;

import java.io.IOException;

/**
 * One input format's pull stream over one file: {@link #next()} advances to the next good document and reports
 * every bad unit it passes to {@link BadRecords}. An IOException means the decoded stream itself broke (corrupt or
 * truncated); {@link DocumentReader} counts that and ends the file.
 */
interface DocumentSource {
    boolean next() throws IOException;

    String id();

    String text();

    /** Where the first unit not yet read starts, for a problem that ends the file ("line 13"). */
    String position();
}
