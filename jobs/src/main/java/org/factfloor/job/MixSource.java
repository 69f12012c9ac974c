package org.factfloor.job;

import java.util.Locale;
import org.factfloor.input.InputError;

/**
 * One source of `factfloor mix`: a committed output and its weight, written RUN_DIR=WEIGHT (the last '=' splits, so
 * a path may contain '='). A weight w in [0, 1] keeps each of the source's documents with probability w; a weight
 * w &gt; 1 adds fresh documents from the same source, w times as many in all; repeats of the same documents are
 * refused.
 */
public record MixSource(String path, double weight) {

    /** Why repeating documents is refused: the same words as `--epochs`' error. */
    public static final String REPEATS_ARE_NOT_EVIDENCE = "repeating a source's documents (epochs) is not fresh data: the"
            + " floors' theory (Kalai & Vempala 2024, Kalai et al. 2025) reads the singleton rate of independent"
            + " samples, and a repeated document is the same sample again, not new evidence; a fact seen once stays"
            + " seen once however often its document is repeated. factfloor does not model repeats. For more data"
            + " of the same kind use a weight > 1 (fresh documents from the same source); for less, a weight in"
            + " [0, 1]";

    /** @throws InputError for a malformed spec, a negative weight, or one that asks for repeats */
    public static MixSource parse(String spec) {
        int split = spec.lastIndexOf('=');
        if (split <= 0 || split == spec.length() - 1) {
            throw new InputError("--input " + spec + " is not RUN_DIR=WEIGHT; write e.g. --input runs/forum=0.3");
        }
        String path = spec.substring(0, split);
        String text = spec.substring(split + 1).trim().toLowerCase(Locale.ROOT);
        if (text.contains("epoch") || text.contains("repeat")) {
            throw new InputError("--input " + spec + ": " + REPEATS_ARE_NOT_EVIDENCE);
        }
        double weight;
        try {
            weight = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputError("--input " + spec + ": the weight '" + text + "' is not a number; write e.g. "
                    + path + "=0.5");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new InputError("--input " + spec + ": a weight must be a number >= 0 (the share of the source's"
                    + " documents kept), got " + text);
        }
        return new MixSource(path, weight);
    }
}
