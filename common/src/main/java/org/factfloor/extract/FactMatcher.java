package org.factfloor.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fact table compiled for scanning: every name of every fact, folded by {@link CharFold}, in one
 * {@link AliasAutomaton}, and for each name the facts it names and on which side. Facts are keyed by the domain's
 * normalisers, so two rows with the same keys are one fact (their names pooled) and the keys equal those a pattern
 * domain with the same normalisers extracts. Names: the table's entity or attribute and its alias cells, each also
 * without a leading "the". The place alias table is not added to the names: it holds demonyms ("french" = france)
 * and short forms ("us") that as bare words would mostly not name the place; a table lists the names it wants.
 * Built once on the driver and broadcast; immutable, shared by the tasks of an executor.
 */
public final class FactMatcher implements Serializable {
    private static final long serialVersionUID = 1L;
    static final byte ENTITY = 1;
    static final byte ATTRIBUTE = 2;

    private final String domain;
    private final CooccurrenceWindow window;
    private final String[] entityKey;
    private final String[] attributeKey;
    private final AliasAutomaton automaton;
    /** The facts of name i are postingFact[postingStart[i] .. postingStart[i + 1] - 1], with the sides it names. */
    private final int[] postingStart;
    private final int[] postingFact;
    private final byte[] postingSide;
    private final int rowsRejected;

    private FactMatcher(String domain, CooccurrenceWindow window, String[] entityKey, String[] attributeKey,
                        AliasAutomaton automaton, int[] postingStart, int[] postingFact, byte[] postingSide,
                        int rowsRejected) {
        this.domain = domain;
        this.window = window;
        this.entityKey = entityKey;
        this.attributeKey = attributeKey;
        this.automaton = automaton;
        this.postingStart = postingStart;
        this.postingFact = postingFact;
        this.postingSide = postingSide;
        this.rowsRejected = rowsRejected;
    }

    /** @throws FactTableError when no row of the table has keys under the domain's normalisers */
    public static FactMatcher of(FactTable table, DomainSpec spec) {
        Normalizer entity = Normalizers.byName(spec.entityNormalizer(), spec.placeAliases());
        Normalizer attribute = Normalizers.byName(spec.attributeNormalizer(), spec.placeAliases());
        Map<List<String>, Integer> factId = new LinkedHashMap<>();
        List<Set<String>> entityNames = new ArrayList<>();
        List<Set<String>> attributeNames = new ArrayList<>();
        int rejected = 0;
        for (FactTable.Fact f : table.facts()) {
            String e = entity.key(f.entity());
            String a = attribute.key(f.attribute());
            if (e == null || a == null) {
                rejected++;
                continue;
            }
            Integer id = factId.get(List.of(e, a));
            if (id == null) {
                id = factId.size();
                factId.put(List.of(e, a), id);
                entityNames.add(new LinkedHashSet<>());
                attributeNames.add(new LinkedHashSet<>());
            }
            addNames(entityNames.get(id), f.entity(), f.entityAliases());
            addNames(attributeNames.get(id), f.attribute(), f.attributeAliases());
        }
        if (factId.isEmpty()) {
            throw new FactTableError("fact table " + table.source() + ": no row has an entity and an attribute that"
                    + " the domain's normalisers (" + spec.entityNormalizer() + ", " + spec.attributeNormalizer()
                    + ") accept; check the columns or use normalizer = raw");
        }
        int facts = factId.size();
        String[] entityKey = new String[facts];
        String[] attributeKey = new String[facts];
        Map<String, String> shared = new HashMap<>(); // an entity with many attributes keeps one key string
        for (Map.Entry<List<String>, Integer> e : factId.entrySet()) {
            entityKey[e.getValue()] = shared.computeIfAbsent(e.getKey().get(0), k -> k);
            attributeKey[e.getValue()] = shared.computeIfAbsent(e.getKey().get(1), k -> k);
        }
        Map<String, Integer> nameId = new HashMap<>();
        List<String> names = new ArrayList<>();
        // (name, fact, side) triples, then grouped by name: a counting sort, no boxed posting per pair
        int[] tripleName = new int[16];
        int[] tripleFact = new int[16];
        byte[] tripleSide = new byte[16];
        int triples = 0;
        Map<String, Byte> sides = new LinkedHashMap<>();
        for (int f = 0; f < facts; f++) {
            sides.clear();
            for (String n : entityNames.get(f)) {
                sides.merge(n, ENTITY, (x, y) -> (byte) (x | y));
            }
            for (String n : attributeNames.get(f)) {
                sides.merge(n, ATTRIBUTE, (x, y) -> (byte) (x | y));
            }
            for (Map.Entry<String, Byte> s : sides.entrySet()) {
                Integer id = nameId.get(s.getKey());
                if (id == null) {
                    id = names.size();
                    nameId.put(s.getKey(), id);
                    names.add(s.getKey());
                }
                if (triples == tripleName.length) {
                    tripleName = Arrays.copyOf(tripleName, triples * 2);
                    tripleFact = Arrays.copyOf(tripleFact, triples * 2);
                    tripleSide = Arrays.copyOf(tripleSide, triples * 2);
                }
                tripleName[triples] = id;
                tripleFact[triples] = f;
                tripleSide[triples] = s.getValue();
                triples++;
            }
        }
        int[] start = new int[names.size() + 1];
        for (int t = 0; t < triples; t++) {
            start[tripleName[t] + 1]++;
        }
        for (int i = 0; i < names.size(); i++) {
            start[i + 1] += start[i];
        }
        int[] fill = Arrays.copyOf(start, names.size());
        int[] postingFact = new int[triples];
        byte[] postingSide = new byte[triples];
        for (int t = 0; t < triples; t++) {
            int at = fill[tripleName[t]]++;
            postingFact[at] = tripleFact[t];
            postingSide[at] = tripleSide[t];
        }
        return new FactMatcher(spec.name(), spec.cooccurrence().window(), entityKey, attributeKey,
                new AliasAutomaton(names.toArray(String[]::new)), start, postingFact, postingSide, rejected);
    }

    private static void addNames(Set<String> into, String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        for (String n : all) {
            String folded = CharFold.fold(n);
            if (!folded.isEmpty()) {
                into.add(folded);
                if (folded.startsWith("the ") && folded.length() > 4) {
                    into.add(folded.substring(4)); // "The Gambia" is mostly written "Gambia" after another word
                }
            }
        }
    }

    public String domain() {
        return domain;
    }

    CooccurrenceWindow window() {
        return window;
    }

    /** Distinct facts (entity key, attribute key) of the table. */
    public int facts() {
        return entityKey.length;
    }

    public String entityKey(int fact) {
        return entityKey[fact];
    }

    public String attributeKey(int fact) {
        return attributeKey[fact];
    }

    /** Distinct folded names the automaton looks for. */
    public int names() {
        return postingStart.length - 1;
    }

    /** Rows of the table whose entity or attribute a normaliser rejected (they are not facts of the domain). */
    public int rowsRejected() {
        return rowsRejected;
    }

    AliasAutomaton automaton() {
        return automaton;
    }

    int postingStart(int name) {
        return postingStart[name];
    }

    int postingFact(int posting) {
        return postingFact[posting];
    }

    byte postingSide(int posting) {
        return postingSide[posting];
    }

    /** Heap bytes of the compiled table: the automaton, the postings and the keys (what a broadcast costs an executor). */
    public long memoryBytes() {
        long keys = Memory.references(entityKey.length) * 2;
        Set<String> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int f = 0; f < entityKey.length; f++) {
            keys += counted.add(entityKey[f]) ? Memory.string(entityKey[f]) : 0;
            keys += counted.add(attributeKey[f]) ? Memory.string(attributeKey[f]) : 0;
        }
        return automaton.memoryBytes() + Memory.ints(postingStart.length) + Memory.ints(postingFact.length)
                + Memory.bytes(postingSide.length) + keys;
    }

    /** Trie nodes of the automaton. */
    public int automatonNodes() {
        return automaton.nodes();
    }

    public long automatonBytes() {
        return automaton.memoryBytes();
    }
}
