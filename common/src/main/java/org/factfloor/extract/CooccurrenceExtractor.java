package org.factfloor.extract;

import java.util.Arrays;

/**
 * The {@code cooccurrence} extractor (DESIGN §3; the counting of Kandpal et al., ICML 2023): a document mentions
 * a fact of the table when a name of its entity and a name of its attribute occur in one window. The document is
 * folded once ({@link FoldedText}) and read once by the table's {@link AliasAutomaton}; an occurrence counts only
 * as a whole word, and where names overlap the one starting first wins, then the longest ("Mexico City" is not also
 * "Mexico"). The entity and the attribute must be two different occurrences, so a fact whose two sides
 * share a name (Luxembourg, Luxembourg) needs it twice. One mention per window holding the fact (for the
 * character window: per occurrence that completes a pair), whose surface is the text from the first name to the
 * second. Per-fact state is stamped with a window number that only grows, so nothing is cleared or allocated per
 * document. One instance per task thread; the matcher is shared.
 */
public final class CooccurrenceExtractor implements Extractor {
    /** Longest surface kept as the example; longer spans keep both names around an ellipsis. */
    private static final int MAX_SURFACE = 300;

    private final FactMatcher matcher;
    private final CooccurrenceWindow window;
    private final FoldedText text = new FoldedText();
    /** The document's occurrences (whole words, leftmost-longest, never overlapping), by start. */
    private int[] hitStart = new int[256];
    private int[] hitEnd = new int[256];
    private int[] hitName = new int[256];
    private int hits;
    /** Per fact: the window (or, for the character window, the end position) of the last entity / attribute name. */
    private final long[] lastEntity;
    private final long[] lastAttribute;
    private final int[] lastEntityHit;
    private final int[] lastAttributeHit;
    /** Per fact: the last window in which it was counted (segment windows count a fact once per window). */
    private final long[] counted;
    /** Added to every window number or position of a document, so the stamps of earlier documents never match. */
    private long base;
    private final AliasAutomaton.Hits offer = this::offer;

    /** Receives each window that holds a fact: the fact and the original text's [from, to) of the window. */
    @FunctionalInterface
    public interface Windows {
        void window(int fact, int from, int to, int entityHit, int attributeHit);
    }

    public CooccurrenceExtractor(FactMatcher matcher) {
        this.matcher = matcher;
        this.window = matcher.window();
        int facts = matcher.facts();
        lastEntity = new long[facts];
        lastAttribute = new long[facts];
        lastEntityHit = new int[facts];
        lastAttributeHit = new int[facts];
        counted = new long[facts];
        Arrays.fill(lastEntity, Long.MIN_VALUE);
        Arrays.fill(lastAttribute, Long.MIN_VALUE);
        Arrays.fill(counted, Long.MIN_VALUE);
    }

    @Override
    public void extract(String document, MentionSink sink) {
        windows(document, (fact, from, to, entityHit, attributeHit) -> sink.accept(matcher.entityKey(fact),
                matcher.attributeKey(fact), surface(entityHit, attributeHit)));
    }

    /** Every window of the document that holds a fact, in order; what {@link #extract} counts. */
    public void windows(String document, Windows out) {
        text.fold(document);
        hits = 0;
        matcher.automaton().scan(text.folded, text.length, offer);
        long segmentBase = base;
        int sentence = 0;
        int paragraph = 0;
        int n = window.characters();
        for (int h = 0; h < hits; h++) {
            int start = hitStart[h];
            while (sentence < text.sentenceCount && text.sentenceStarts[sentence] <= start) {
                sentence++;
            }
            while (paragraph < text.paragraphCount && text.paragraphStarts[paragraph] <= start) {
                paragraph++;
            }
            long from;
            long to;
            switch (window.kind()) {
                case SENTENCE -> from = to = segmentBase + sentence;
                case PARAGRAPH -> from = to = segmentBase + paragraph;
                case DOCUMENT -> from = to = segmentBase;
                default -> {
                    from = base + start - n;
                    to = base + hitEnd[h];
                }
            }
            int name = hitName[h];
            for (int p = matcher.postingStart(name); p < matcher.postingStart(name + 1); p++) {
                int f = matcher.postingFact(p);
                byte side = matcher.postingSide(p);
                int other = -1;
                boolean entitySide = false;
                if ((side & FactMatcher.ENTITY) != 0 && lastAttribute[f] >= from) {
                    other = lastAttributeHit[f];
                    entitySide = true;
                } else if ((side & FactMatcher.ATTRIBUTE) != 0 && lastEntity[f] >= from) {
                    other = lastEntityHit[f];
                }
                if (other >= 0 && (window.kind() == CooccurrenceWindow.Kind.CHARACTERS || counted[f] != from)) {
                    counted[f] = from;
                    out.window(f, windowFrom(other, sentence, paragraph), windowTo(h, sentence, paragraph),
                            entitySide ? h : other, entitySide ? other : h);
                }
                if ((side & FactMatcher.ENTITY) != 0) {
                    lastEntity[f] = to;
                    lastEntityHit[f] = h;
                }
                if ((side & FactMatcher.ATTRIBUTE) != 0) {
                    lastAttribute[f] = to;
                    lastAttributeHit[f] = h;
                }
            }
        }
        // The next document's stamps start beyond every stamp of this one.
        base += Math.max(text.length, text.sentenceCount + text.paragraphCount) + (long) n + 2;
    }

    /** One occurrence from the automaton, in order: kept as it comes. */
    private void offer(int name, int start, int end) {
        if (hits == hitStart.length) {
            hitStart = Arrays.copyOf(hitStart, hits * 2);
            hitEnd = Arrays.copyOf(hitEnd, hits * 2);
            hitName = Arrays.copyOf(hitName, hits * 2);
        }
        hitStart[hits] = start;
        hitEnd[hits] = end;
        hitName[hits] = name;
        hits++;
    }

    /** Original start of the window around occurrence h (for the character window: of the earlier name). */
    private int windowFrom(int earlierHit, int sentence, int paragraph) {
        return switch (window.kind()) {
            case SENTENCE -> sentence == 0 ? 0 : text.originalIndex(text.sentenceStarts[sentence - 1]);
            case PARAGRAPH -> paragraph == 0 ? 0 : text.originalIndex(text.paragraphStarts[paragraph - 1]);
            case DOCUMENT -> 0;
            case CHARACTERS -> text.originalIndex(hitStart[earlierHit]);
        };
    }

    private int windowTo(int laterHit, int sentence, int paragraph) {
        return switch (window.kind()) {
            case SENTENCE -> sentence == text.sentenceCount ? text.text().length()
                    : text.originalIndex(text.sentenceStarts[sentence]);
            case PARAGRAPH -> paragraph == text.paragraphCount ? text.text().length()
                    : text.originalIndex(text.paragraphStarts[paragraph]);
            case DOCUMENT -> text.text().length();
            case CHARACTERS -> text.originalIndex(hitEnd[laterHit] - 1) + 1;
        };
    }

    /** The original text from the first of the two names to the end of the second, shortened in the middle. */
    private String surface(int entityHit, int attributeHit) {
        int first = Math.min(entityHit, attributeHit);
        int second = Math.max(entityHit, attributeHit);
        int from = text.originalIndex(hitStart[first]);
        int to = text.originalIndex(hitEnd[second] - 1) + 1;
        if (to - from <= MAX_SURFACE) {
            return text.text().substring(from, to);
        }
        return text.original(hitStart[first], hitEnd[first]) + " … " + text.original(hitStart[second], hitEnd[second]);
    }

    /** Where occurrence h of the last document begins in its original text (for tools that show the windows). */
    public int occurrenceStart(int h) {
        return text.originalIndex(hitStart[h]);
    }

    /** Where occurrence h of the last document ends in its original text. */
    public int occurrenceEnd(int h) {
        return text.originalIndex(hitEnd[h] - 1) + 1;
    }
}
