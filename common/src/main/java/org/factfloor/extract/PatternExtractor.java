package org.factfloor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex extractor behind every declared domain (DESIGN §3): a literal prefilter, then each pattern's matches,
 * whose named groups {@code entity} and {@code attribute} are normalised into a factoid. A match overlapping an
 * earlier match of the same domain is the same mention seen by a second pattern and is not counted twice.
 */
public final class PatternExtractor implements Extractor {
    private final LiteralPrefilter prefilter;
    private final Matcher[] matchers;
    private final MatchStarts[] starts;
    private final Normalizer entity;
    private final Normalizer attribute;
    private final List<int[]> taken = new ArrayList<>();

    public PatternExtractor(DomainSpec spec) {
        this.prefilter = new LiteralPrefilter(spec.prefilter());
        List<Pattern> patterns = spec.compiledPatterns();
        this.matchers = new Matcher[patterns.size()];
        this.starts = new MatchStarts[patterns.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = patterns.get(i).matcher("").useTransparentBounds(true).useAnchoringBounds(false);
            starts[i] = MatchStarts.of(patterns.get(i));
        }
        this.entity = Normalizers.byName(spec.entityNormalizer());
        this.attribute = Normalizers.byName(spec.attributeNormalizer());
    }

    @Override
    public void extract(String text, MentionSink sink) {
        if (!prefilter.mayMatch(text)) {
            return;
        }
        taken.clear();
        for (int i = 0; i < matchers.length; i++) {
            Matcher m = matchers[i].reset(text);
            int last = starts[i].lastStart(text);
            for (int from = 0; starts[i].find(m, text, from, last); from = Math.max(m.end(), m.start() + 1)) {
                if (overlapsTaken(m.start(), m.end())) {
                    continue;
                }
                String e = entity.key(m.group("entity"));
                String a = e == null ? null : attribute.key(m.group("attribute"));
                if (a != null) {
                    taken.add(new int[] {m.start(), m.end()});
                    sink.accept(e, a, m.group());
                }
            }
        }
        releaseText();
    }

    private boolean overlapsTaken(int start, int end) {
        for (int[] span : taken) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Drops the matchers' reference to the document so a large text is not kept alive between documents. */
    private void releaseText() {
        for (Matcher m : matchers) {
            m.reset("");
        }
    }
}
