package org.factfloor.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factfloor.evaluate.EvaluationSet;
import org.factfloor.evaluate.LabelledSnippet;

/** The text of every labelled snippet of both evaluation sets (evaluation/ and its held-out part), in file order. */
final class LabelledTexts {
    private LabelledTexts() {
    }

    static List<String> all() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "evaluation"), Path.of("..", "evaluation", "held-out"))) {
            for (String domain : List.of("capitals", "death-dates", "citations")) {
                for (LabelledSnippet s : EvaluationSet.read(EvaluationSet.fileFor(dir, domain))) {
                    texts.add(s.text());
                }
            }
        }
        return texts;
    }
}
