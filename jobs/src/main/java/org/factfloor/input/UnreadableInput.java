package org.factfloor.input;

import java.io.IOException;

/**
 * A listed input the file system will not read (permission denied, an I/O failure): the run fails (exit 1),
 * because going on would silently change the corpus it measures.
 */
public final class UnreadableInput extends RuntimeException {
    UnreadableInput(String message, IOException cause) {
        super(message, cause);
    }
}
