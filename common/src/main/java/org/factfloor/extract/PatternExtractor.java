package org.factfloor.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex extractor behind every declared domain (DESIGN §3). A literal prefilter finds where the domain's
 * keywords occur; the automaton and the patterns then read only the text within {@code reach} characters of a
 * keyword ({@link SearchRegions}: every match contains one of the literals), split into overlapping windows under a
 * step budget (DESIGN §7). Inside a window a pattern is tried only at the positions the domain's
 * {@link StartAutomaton} marked as possible starts of its match, with {@code lookingAt}: the same matches
 * {@code Matcher.find} would give, without retrying a backtracking regex at every position. A pattern the automaton cannot read, or a document it cannot (one with a
 * surrogate pair), falls back to {@link MatchStarts}. Named groups {@code entity} and {@code attribute} are
 * normalised into a factoid; a match overlapping an earlier match of the same domain is the same mention seen by
 * a second pattern and is not counted twice. Then the domain's {@link DomainRules} apply: a qualifier group that
 * took part routes the mention to another domain or rejects it, key filters refuse entities and attributes that are
 * not of the domain's kind, and a one-word person name is resolved to the document's full name ({@link
 * NameResolver}); every refused match is reported to the sink with its reason.
 */
public final class PatternExtractor implements Extractor {
    private final SearchRegions regions;
    private final ExtractionLimits limits;
    private final Matcher[] matchers;
    private final MatchStarts[] starts;
    private final DocumentScan scan;
    /** This domain's automaton in the shared scan. */
    private final int group;
    private final boolean ownsScan;
    private final CandidateStarts found = new CandidateStarts();
    /** The current document's candidate starts (found), or null when each pattern is searched the slow way. */
    private CandidateStarts candidates;
    /** Per pattern, the last position in the current document where a match can begin (-1: none can). */
    private final int[] lastStart;
    private final Normalizer entity;
    private final Normalizer attribute;
    /** The normalisers' keys and the key filters' verdicts, remembered for the surfaces and keys seen lately. */
    private final RecentKeys entityKeys;
    private final RecentKeys attributeKeys;
    private final RecentKeys entityRefusals;
    private final RecentKeys attributeRefusals;
    private final Set<String> allowedEntities;
    private final String domain;
    private final DomainRules rules;
    /** Per pattern, the qualifiers whose group the pattern has (most have none). */
    private final Qualifier[][] qualifiers;
    /** Null unless the domain resolves one-word names. */
    private final NameResolver names;
    /** The current document, for name resolution. */
    private String text;
    private final BudgetedText budgeted = new BudgetedText();
    private final LastOccurrences occurrences = new LastOccurrences();
    private final TakenSpans taken = new TakenSpans();
    private boolean exceeded;

    public PatternExtractor(DomainSpec spec) {
        this(spec, spec.compiledPatterns());
    }

    private PatternExtractor(DomainSpec spec, List<Pattern> patterns) {
        this(spec, patterns, new DocumentScan(List.of(patterns), List.of(spec.prefilter())), 0, true);
    }

    /** A domain of a task whose pattern domains share one scan; its patterns are the scan's group {@code group}. */
    PatternExtractor(DomainSpec spec, List<Pattern> patterns, DocumentScan scan, int group) {
        this(spec, patterns, scan, group, false);
    }

    private PatternExtractor(DomainSpec spec, List<Pattern> patterns, DocumentScan scan, int group,
                             boolean ownsScan) {
        this.scan = scan;
        this.group = group;
        this.ownsScan = ownsScan;
        this.regions = new SearchRegions(new LiteralPrefilter(spec.prefilter()), spec.prefilterReach());
        this.limits = spec.limits();
        this.matchers = new Matcher[patterns.size()];
        this.starts = new MatchStarts[patterns.size()];
        this.lastStart = new int[patterns.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = patterns.get(i).matcher(budgeted);
            matchers[i].useTransparentBounds(true);
            matchers[i].useAnchoringBounds(false);
            starts[i] = MatchStarts.of(patterns.get(i));
        }
        this.rules = spec.rules();
        this.entity = Normalizers.byName(spec.entityNormalizer(), spec.placeAliases(), rules.personDroppedWords());
        this.attribute = Normalizers.byName(spec.attributeNormalizer(), spec.placeAliases(),
                rules.personDroppedWords());
        this.entityKeys = new RecentKeys(entity::key);
        this.attributeKeys = new RecentKeys(attribute::key);
        this.entityRefusals = new RecentKeys(rules::entityRefusal);
        this.attributeRefusals = new RecentKeys(rules::attributeRefusal);
        this.allowedEntities = spec.entityAllowList();
        this.domain = spec.name();
        this.qualifiers = new Qualifier[patterns.size()][];
        for (int i = 0; i < qualifiers.length; i++) {
            String regex = patterns.get(i).pattern();
            qualifiers[i] = rules.qualifiers().stream().filter(q -> regex.contains("(?<" + q.group() + ">"))
                    .toArray(Qualifier[]::new);
        }
        this.names = rules.resolveSingleNames() ? new NameResolver(entity, rules.nameStopWords()) : null;
    }

    /** The domain's own mentions; routed ones and the reasons of refused matches are not reported here. */
    @Override
    public void extract(String text, MentionSink sink) {
        extract(text, new RoutedSink() {
            @Override
            public void accept(String d, String entity, String attribute, String surface) {
                if (d.equals(domain)) {
                    sink.accept(entity, attribute, surface);
                }
            }

            @Override
            public void reject(String d, String reason) {
            }
        });
    }

    /** Every mention under the domain it counts in, and every refused match with its reason. */
    void extract(String text, RoutedSink sink) {
        this.text = text;
        exceeded = false;
        taken.clear();
        // A route-only domain (no patterns, such as former-capitals) has nothing to search: without this, its empty
        // automaton read every document whole, having no literals to narrow its regions. Most documents hold none
        // of a domain's literals, or give no pattern a candidate start near them: then nothing else is read.
        if (matchers.length > 0 && regions.find(text, scan.hits(text, group), scan.hitCount(group)) > 0) {
            candidates = scan.scan(text, group, regions, found) ? found : null;
            if (prepare(text)) {
                for (int r = 0; r < regions.count(); r++) {
                    scanWindows(regions.start(r), regions.end(r), sink);
                }
            }
        }
        release();
    }

    @Override
    public boolean exceededBudget() {
        return exceeded;
    }

    /**
     * Points the budgeted text at the document and finds where each pattern's matches can begin; false when no
     * pattern can match it (no candidate start, or a required literal is absent).
     */
    private boolean prepare(String text) {
        budgeted.reset(text);
        boolean any = false;
        boolean literalsRead = false;
        for (int i = 0; i < matchers.length; i++) {
            if (candidates != null && scan.accelerated(group, i)) {
                int n = candidates.count(i);
                lastStart[i] = n == 0 ? -1 : candidates.position(i, n - 1);
            } else {
                if (!literalsRead) {
                    occurrences.reset(text);
                    literalsRead = true;
                }
                lastStart[i] = starts[i].lastStart(text, occurrences);
            }
            any |= lastStart[i] >= 0;
        }
        return any;
    }

    /**
     * Matcher.find() for pattern i in the region [from, to), for matches beginning at most at {@code last} and not
     * inside a mention already taken (a match there would overlap it and be dropped, so the regex is not tried):
     * at the automaton's candidates when it has them, else at the positions {@link MatchStarts} allows. The matcher
     * uses transparent, non-anchoring bounds, so lookaround and ^ see the text outside the region as in find().
     */
    private boolean find(int i, Matcher m, int from, int last, int to) {
        if (candidates == null || !scan.accelerated(group, i)) {
            while (from <= last && starts[i].find(m, budgeted.text(), from, last, to)) {
                from = taken.resume(m.start());
                if (from == m.start()) {
                    return true;
                }
            }
            return false;
        }
        int n = candidates.count(i);
        for (int k = candidates.firstAtOrAfter(i, from); k < n; k++) {
            int at = candidates.position(i, k);
            if (at > last) {
                return false;
            }
            int resume = taken.resume(at);
            if (resume != at) {
                k = candidates.firstAtOrAfter(i, resume) - 1;
                continue;
            }
            if (surelyDropped(i, k, at, last, to)) {
                continue;
            }
            m.region(at, to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether trying pattern i at its candidate k (position at, not inside a taken mention) can be left out without
     * changing what find gives. It can when every match beginning there would reach into the next taken mention and
     * end no later than the next candidate find would try: such a match is dropped as an overlap, and the search
     * goes on from its end, which lands on the same candidate as going on from here. The forward superset reading
     * proves both ({@link SupersetEnds}). On the generated corpus this is most of the confirming work wasted: the
     * line-anchored reference patterns tried at the label of a reference the author-year pattern took.
     */
    private boolean surelyDropped(int i, int k, int at, int last, int to) {
        int mention = taken.nextStart(at);
        if (mention >= to) {
            return false; // a match ends by to, so it cannot reach a mention beginning there or later
        }
        int until = Integer.MAX_VALUE;
        int n = candidates.count(i);
        for (int j = k + 1; j < n; ) {
            int next = candidates.position(i, j);
            if (next > last) {
                break;
            }
            int resume = taken.resume(next);
            if (resume == next) {
                until = next;
                break;
            }
            j = candidates.firstAtOrAfter(i, resume);
        }
        return scan.allEndIn(group, i, at, mention, until, to);
    }

    /** Windows of the region [start, end); a window owns the matches that start before the next window. */
    private void scanWindows(int start, int end, RoutedSink sink) {
        for (int from = start; from < end; from += limits.windowChars()) {
            int owned = Math.min(end, from + limits.windowChars());
            int to = Math.min(end, owned + limits.overlapChars());
            budgeted.allow(limits.stepsFor(to - from));
            try {
                for (int i = 0; i < matchers.length; i++) {
                    Matcher m = matchers[i];
                    int last = Math.min(owned - 1, lastStart[i]);
                    for (int at = from; at <= last && find(i, m, at, last, to);
                            at = Math.max(m.end(), m.start() + 1)) {
                        take(i, m, sink);
                    }
                }
            } catch (BudgetedText.BudgetExceeded e) {
                exceeded = true;
            }
        }
    }

    private void take(int pattern, Matcher m, RoutedSink sink) {
        int start = m.start();
        int end = m.end();
        if (taken.overlaps(start, end)) {
            return;
        }
        String target = domain;
        for (Qualifier q : qualifiers[pattern]) {
            if (m.group(q.group()) != null) {
                if (q.reject() != null) {
                    taken.add(start, end); // what the text states here is not this domain's: no later reading
                    sink.reject(domain, q.reject());
                    return;
                }
                target = q.route();
            }
        }
        String surface = m.group("entity");
        String e = entityKeys.apply(surface);
        if (e == null) {
            sink.reject(target, Rejections.ENTITY_UNREADABLE);
            return;
        }
        if (names != null && e.indexOf(' ') < 0) {
            e = names.resolve(text, start, e, lastWord(surface));
            if (e == null) {
                sink.reject(target, Rejections.SINGLE_WORD_NAME);
                return;
            }
        }
        if (allowedEntities != null && !allowedEntities.contains(e)) {
            sink.reject(target, Rejections.NOT_IN_ALLOW_LIST);
            return;
        }
        String refused = entityRefusals.apply(e);
        if (refused != null) {
            sink.reject(target, refused);
            return;
        }
        String a = attributeKeys.apply(m.group("attribute"));
        if (a == null) {
            sink.reject(target, Rejections.ATTRIBUTE_UNREADABLE);
            return;
        }
        refused = attributeRefusals.apply(a);
        if (refused != null) {
            sink.reject(target, refused);
            return;
        }
        taken.add(start, end);
        sink.accept(target, e, a, m.group());
    }

    /** The last word of an entity as written ("Pope Zachary" → Zachary), for name resolution. */
    private static String lastWord(String surface) {
        String s = surface.strip();
        int space = Math.max(s.lastIndexOf(' '), s.lastIndexOf('\t'));
        return s.substring(space + 1);
    }

    /**
     * Drops the reference to the document so a large text is not kept alive between documents. The matchers hold
     * only {@code budgeted}, never the text, and every search sets their region first, so they need no reset: with
     * 35 patterns, resetting each per document cost more than scanning a short one.
     */
    private void release() {
        text = null;
        budgeted.reset("");
        occurrences.reset("");
        candidates = null;
        if (ownsScan) {
            scan.release();
        }
    }
}
