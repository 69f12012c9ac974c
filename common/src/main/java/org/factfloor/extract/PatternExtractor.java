package org.factfloor.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex extractor behind every declared domain (DESIGN §3). A literal prefilter finds where the domain's
 * keywords occur; the patterns then run only on the text within {@code reach} characters of a keyword (every
 * match contains one of the literals), split into overlapping windows under a step budget (DESIGN §7). Named
 * groups {@code entity} and {@code attribute} are normalised into a factoid; a match overlapping an earlier match
 * of the same domain is the same mention seen by a second pattern and is not counted twice.
 */
public final class PatternExtractor implements Extractor {
    private final LiteralPrefilter prefilter;
    private final int reach;
    private final ExtractionLimits limits;
    private final Matcher[] matchers;
    private final MatchStarts[] starts;
    /** Per pattern, the last position in the current document where a match can begin (-1: none can). */
    private final int[] lastStart;
    private final Normalizer entity;
    private final Normalizer attribute;
    private final Set<String> allowedEntities;
    private final BudgetedText budgeted = new BudgetedText();
    private final LastOccurrences occurrences = new LastOccurrences();
    /** start → end of the matches taken in the current document. */
    private final TreeMap<Integer, Integer> taken = new TreeMap<>();
    private boolean exceeded;

    public PatternExtractor(DomainSpec spec) {
        this.prefilter = new LiteralPrefilter(spec.prefilter());
        this.reach = spec.prefilterReach();
        this.limits = spec.limits();
        List<Pattern> patterns = spec.compiledPatterns();
        this.matchers = new Matcher[patterns.size()];
        this.starts = new MatchStarts[patterns.size()];
        this.lastStart = new int[patterns.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = patterns.get(i).matcher(budgeted);
            matchers[i].useTransparentBounds(true);
            matchers[i].useAnchoringBounds(false);
            starts[i] = MatchStarts.of(patterns.get(i));
        }
        this.entity = Normalizers.byName(spec.entityNormalizer(), spec.placeAliases());
        this.attribute = Normalizers.byName(spec.attributeNormalizer(), spec.placeAliases());
        this.allowedEntities = spec.entityAllowList();
    }

    @Override
    public void extract(String text, MentionSink sink) {
        exceeded = false;
        taken.clear();
        int length = text.length();
        if (prefilter.acceptsEverything()) {
            scan(text, 0, length, sink);
            return;
        }
        int hit = prefilter.nextHit(text, 0, length);
        if (hit < 0) {
            return;
        }
        if (!prepare(text)) {
            release();
            return;
        }
        int start = Math.max(0, hit - reach);
        int end = Math.min(length, hit + reach);
        while (hit >= 0) {
            hit = end < length ? prefilter.nextHit(text, Math.max(hit + 1, end - reach), length) : -1;
            if (hit >= 0 && hit - reach <= end) {
                end = Math.min(length, hit + reach);
                continue;
            }
            scanWindows(start, end, sink);
            if (hit >= 0) {
                start = Math.max(0, hit - reach);
                end = Math.min(length, hit + reach);
            }
        }
        release();
    }

    @Override
    public boolean exceededBudget() {
        return exceeded;
    }

    private void scan(String text, int start, int end, MentionSink sink) {
        if (prepare(text)) {
            scanWindows(start, end, sink);
        }
        release();
    }

    /** Points the matchers at the document; false when no pattern can match it (a required literal is absent). */
    private boolean prepare(String text) {
        budgeted.reset(text);
        occurrences.reset(text);
        boolean any = false;
        for (int i = 0; i < matchers.length; i++) {
            matchers[i].reset(budgeted);
            lastStart[i] = starts[i].lastStart(text, occurrences);
            any |= lastStart[i] >= 0;
        }
        return any;
    }

    /** Windows of the region [start, end); a window owns the matches that start before the next window. */
    private void scanWindows(int start, int end, MentionSink sink) {
        for (int from = start; from < end; from += limits.windowChars()) {
            int owned = Math.min(end, from + limits.windowChars());
            int to = Math.min(end, owned + limits.overlapChars());
            budgeted.allow(limits.stepsFor(to - from));
            try {
                for (int i = 0; i < matchers.length; i++) {
                    Matcher m = matchers[i];
                    int last = Math.min(owned - 1, lastStart[i]);
                    for (int at = from; at <= last && starts[i].find(m, budgeted.text(), at, last, to);
                            at = Math.max(m.end(), m.start() + 1)) {
                        take(m, sink);
                    }
                }
            } catch (BudgetedText.BudgetExceeded e) {
                exceeded = true;
            }
        }
    }

    private void take(Matcher m, MentionSink sink) {
        int start = m.start();
        int end = m.end();
        if (overlapsTaken(start, end)) {
            return;
        }
        String e = entity.key(m.group("entity"));
        if (e == null || (allowedEntities != null && !allowedEntities.contains(e))) {
            return;
        }
        String a = attribute.key(m.group("attribute"));
        if (a != null) {
            taken.put(start, end);
            sink.accept(e, a, m.group());
        }
    }

    private boolean overlapsTaken(int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Integer after = taken.ceilingKey(start);
        return after != null && after < end;
    }

    /** Drops the matchers' reference to the document so a large text is not kept alive between documents. */
    private void release() {
        budgeted.reset("");
        occurrences.reset("");
        for (Matcher m : matchers) {
            m.reset(budgeted);
        }
    }
}
