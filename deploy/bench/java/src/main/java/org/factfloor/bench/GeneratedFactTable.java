package org.factfloor.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.factfloor.extract.FactTable;

/**
 * A large fact table of made-up names for the performance measurements of cooccurrence domains: entities of one to
 * three capitalised pseudo-words, attributes of one or two, each with up to two aliases, drawn from a fixed seed.
 * Words are built from syllables, so some are real words and the automaton meets both hits and near misses in
 * prose. {@code main} writes it as TSV for the end-to-end benchmark: {@code GeneratedFactTable OUT.tsv FACTS [SEED]}.
 */
public final class GeneratedFactTable {
    private static final String[] SYLLABLES = {"ka", "lo", "mir", "tesh", "an", "bel", "cor", "da", "el", "fen",
        "gar", "hol", "is", "jun", "ker", "lan", "mo", "nor", "os", "par", "quin", "ra", "sel", "tor", "ul", "ven",
        "wes", "xan", "yor", "zet", "ber", "lin", "to", "ky", "ma", "dri", "ro", "me", "vi", "en", "na"};

    private GeneratedFactTable() {
    }

    public static List<FactTable.Fact> facts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FactTable.Fact> facts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            facts.add(new FactTable.Fact(name(random, 1 + random.nextInt(3)), name(random, 1 + random.nextInt(2)),
                    aliases(random), aliases(random)));
        }
        return facts;
    }

    private static List<String> aliases(SplittableRandom random) {
        List<String> aliases = new ArrayList<>();
        for (int a = random.nextInt(3); a > 0; a--) {
            aliases.add(name(random, 1 + random.nextInt(2)));
        }
        return aliases;
    }

    private static String name(SplittableRandom random, int words) {
        StringBuilder name = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                name.append(' ');
            }
            int start = name.length();
            for (int s = 2 + random.nextInt(2); s > 0; s--) {
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            name.setCharAt(start, Character.toUpperCase(name.charAt(start)));
        }
        return name.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GeneratedFactTable OUT.tsv FACTS [SEED]");
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261201L;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            out.write("entity\tattribute\tentity_aliases\tattribute_aliases\n");
            for (FactTable.Fact f : facts(Integer.parseInt(args[1]), seed)) {
                out.write(f.entity() + "\t" + f.attribute() + "\t" + String.join("|", f.entityAliases()) + "\t"
                        + String.join("|", f.attributeAliases()) + "\n");
            }
        }
    }
}
