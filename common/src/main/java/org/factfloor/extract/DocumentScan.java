package org.factfloor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The automata of a task's pattern domains, one per domain (a group of patterns) and one for all their prefilter
 * literals. The literal automaton reads the whole document once and gives each domain its literal hits; a domain's
 * automaton then reads only its {@link SearchRegions} (the text near those hits), right to left, region by region.
 * On the Wikipedia sample that is a pass with a table of a few states over all the text, then 1% of the text for
 * capitals, 17% for death dates and 70% for citations, where each domain's automaton read all of it before. One automaton for all domains would be the product of theirs, and on the
 * Wikipedia sample that product outgrew its table many times over while the per-domain automata stayed at a few
 * thousand states each. One instance per thread (see {@link #forThisThread}).
 */
final class DocumentScan {
    private final String signature;
    private final List<StartAutomaton> automata;
    /** Per group, where its patterns' matches can end (forward readings, built when first asked). */
    private final List<SupersetEnds> ends;
    /** All groups' literals, as LiteralPrefilter reads them; null when no group has any. */
    private final StartAutomaton literals;
    /** Per literal of that automaton: its group, and where its anchor lies in it. */
    private final int[] literalGroup;
    private final int[] literalAnchor;
    private final CandidateStarts literalStarts = new CandidateStarts();
    /** Per group, the current document's literal hits (anchor positions), sorted. */
    private int[][] hits;
    private final int[] hitCounts;
    private String hitsOf;
    /** The document's characters: the scan loop reads an array, not String.charAt with its checks. */
    private char[] chars = new char[1024];
    private String copied;
    private final RegionScanner regionScanner = new RegionScanner();

    /**
     * The scan for these groups that this thread used last, or a new one. Spark runs many tasks on each executor
     * thread; each task building its automata afresh would rebuild the same DFA states from the same text (about
     * half a second per task on Wikipedia), so a thread keeps its warm automata for the next task with the same
     * patterns. Only this thread ever sees them, and results do not depend on how warm they are.
     */
    static DocumentScan forThisThread(List<List<Pattern>> groups, List<List<String>> literals) {
        String signature = signature(groups, literals);
        DocumentScan last = LAST_ON_THIS_THREAD.get();
        if (last == null || !last.signature.equals(signature)) {
            last = new DocumentScan(groups, literals);
            LAST_ON_THIS_THREAD.set(last);
        }
        return last;
    }

    private static final ThreadLocal<DocumentScan> LAST_ON_THIS_THREAD = new ThreadLocal<>();

    private static String signature(List<List<Pattern>> groups, List<List<String>> literals) {
        StringBuilder s = new StringBuilder();
        for (List<Pattern> group : groups) {
            s.append('\u0001');
            for (Pattern p : group) {
                s.append(p.flags()).append('\u0002').append(p.pattern()).append('\u0003');
            }
        }
        for (List<String> group : literals) {
            s.append('\u0004');
            for (String literal : group) {
                s.append(literal).append('\u0003');
            }
        }
        return s.toString();
    }

    /** Per domain, its patterns and its prefilter literals (as {@link LiteralPrefilter} reads them). */
    DocumentScan(List<List<Pattern>> groups, List<List<String>> literals) {
        this(groups, literals, StartAutomaton.MAX_DFA_STATES);
    }

    DocumentScan(List<List<Pattern>> groups, List<List<String>> literals, int maxDfaStates) {
        this.signature = signature(groups, literals);
        // Each automaton reads its patterns and asks java.util.regex for its alphabet on its own: built side by side,
        // they cost a small run half the wall time (2 s of a 5-document run at load 7 built one after another).
        this.automata = groups.parallelStream().map(group -> new StartAutomaton(group, maxDfaStates)).toList();
        this.ends = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            ends.add(new SupersetEnds(groups.get(g), automata.get(g)));
        }
        List<Pattern> all = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        for (int g = 0; g < literals.size(); g++) {
            LiteralPrefilter prefilter = new LiteralPrefilter(literals.get(g));
            List<Pattern> patterns = prefilter.asPatterns();
            for (int k = 0; k < patterns.size(); k++) {
                all.add(patterns.get(k));
                groupOf.add(g);
                anchors.add(prefilter.anchorOf(k));
            }
        }
        this.literals = all.isEmpty() ? null : new StartAutomaton(all, maxDfaStates);
        this.literalGroup = groupOf.stream().mapToInt(Integer::intValue).toArray();
        this.literalAnchor = anchors.stream().mapToInt(Integer::intValue).toArray();
        this.hits = new int[literals.size()][16];
        this.hitCounts = new int[literals.size()];
    }

    private DocumentScan() {
        this.signature = "";
        this.automata = List.of();
        this.ends = List.of();
        this.literals = null;
        this.literalGroup = new int[0];
        this.literalAnchor = new int[0];
        this.hitCounts = new int[0];
    }

    /** A scan that accelerates nothing: every pattern is searched the slow way (the differential test's oracle). */
    static DocumentScan none() {
        return new DocumentScan();
    }

    /** How often any automaton's DFA table was full and dropped. */
    int flushes() {
        return automata.stream().mapToInt(StartAutomaton::flushes).sum();
    }

    /** Whether the automaton of group reads its pattern (else the pattern is searched the slow way). */
    boolean accelerated(int group, int pattern) {
        return group < automata.size() && automata.get(group).accelerated(pattern);
    }

    /**
     * Puts into {@code starts} where the group's patterns can begin a match that lies inside one of the regions
     * (numbered as in the group). A match that ends past its region cannot be confirmed there, so a region is read
     * from its own end, and what the whole document would add to it is never needed. False, with starts undefined,
     * at a surrogate, which the alphabets do not read, and for the scan that accelerates nothing.
     */
    boolean scan(String text, int group, SearchRegions regions, CandidateStarts starts) {
        if (group >= automata.size()) {
            return false;
        }
        StartAutomaton automaton = automata.get(group);
        copy(text);
        starts.clear(automaton.patterns());
        for (int r = regions.count() - 1; r >= 0; r--) {
            if (!regionScanner.scan(automaton, chars, regions.start(r), regions.end(r), starts)) {
                return false;
            }
        }
        starts.finish();
        return true;
    }

    /**
     * Whether every match of the group's pattern beginning at {@code from} ends after {@code after} and at or before
     * {@code until} ({@link SupersetEnds#allEndIn}), in the document the last {@link #scan} of the group read
     * (true only where that scan succeeded, so the text there has no surrogate).
     */
    boolean allEndIn(int group, int pattern, int from, int after, int until, int to) {
        return ends.get(group).allEndIn(pattern, chars, from, after, until, to);
    }

    /**
     * The anchor positions of the group's literal occurrences in text, sorted, as {@link LiteralPrefilter#nextHit}
     * finds them one by one; {@link #hitCount} says how many. Null when this scan has no literal automaton or it
     * cannot read the text (a surrogate): then the prefilter finds them.
     */
    int[] hits(String text, int group) {
        if (literals == null) {
            return null;
        }
        if (text != hitsOf) {
            copy(text);
            literalStarts.clear(literalGroup.length);
            boolean readable = regionScanner.scan(literals, chars, 0, text.length(), literalStarts);
            literalStarts.finish();
            hitsOf = readable ? text : null;
            if (!readable) {
                return null;
            }
            sortHits();
        }
        return hits[group];
    }

    /** How many hits {@link #hits} gave for the group (0 when it gave null). */
    int hitCount(int group) {
        return group < hitCounts.length ? hitCounts[group] : 0;
    }

    private void sortHits() {
        Arrays.fill(hitCounts, 0);
        for (int k = 0; k < literalGroup.length; k++) {
            int g = literalGroup[k];
            int n = literalStarts.count(k);
            if (hitCounts[g] + n > hits[g].length) {
                hits[g] = Arrays.copyOf(hits[g], Math.max(hits[g].length * 2, hitCounts[g] + n));
            }
            for (int j = 0; j < n; j++) {
                hits[g][hitCounts[g]++] = literalStarts.position(k, j) + literalAnchor[k];
            }
        }
        for (int g = 0; g < hits.length; g++) {
            Arrays.sort(hits[g], 0, hitCounts[g]);
        }
    }

    private void copy(String text) {
        if (text != copied) {
            int length = text.length();
            if (chars.length < length) {
                chars = new char[Math.max(length, chars.length * 2)];
            }
            text.getChars(0, length, chars, 0);
            copied = text;
        }
    }

    /** Forgets the last document, so a large text is not kept alive between documents. */
    void release() {
        copied = null;
        hitsOf = null;
    }
}
