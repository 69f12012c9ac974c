package org.factfloor.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Word lists and the bijections from an id to a synthetic person or work, so names and titles are unique per id
 * without being stored.
 */
final class Vocabulary {
    static final List<String> FIRST = List.of("Johan", "Maria", "Aiko", "Tomasz", "Ingrid", "Rafael", "Leila", "Oskar",
            "Chiara", "Dmitri", "Amara", "Henrik", "Sofia", "Kwame", "Elena", "Mateo", "Hana", "Lars", "Priya", "Jonas",
            "Beatrix", "Emeka", "Greta", "Ivan", "Nadia", "Pieter", "Rosa", "Stefan", "Yara", "Anders", "Clara", "Diego",
            "Eszter", "Farid", "Gisela", "Hugo", "Irene", "Jakub", "Katarina", "Luca", "Margit", "Nils", "Olga", "Pavel",
            "Renata", "Sven", "Teresa", "Ulrich", "Vera", "Walter", "Xenia", "Yusuf", "Zofia", "Agnes", "Bruno", "Cecilia",
            "Dario", "Edith", "Felix", "Gustav");
    static final List<String> SURNAME = List.of("Meyer", "Lindqvist", "Tanaka", "Kowalski", "Haugen", "Moreno",
            "Haddad", "Berglund", "Rossi", "Volkov", "Okafor", "Nyberg", "Castellano", "Mensah", "Petrova", "Alvarez",
            "Sato", "Eriksen", "Raman", "Vogel", "Szabo", "Nwosu", "Hartmann", "Ivanov", "Karimi", "Dijkstra", "Ferreira",
            "Brandt", "Nakamura", "Holm", "Lindgren", "Romero", "Kato", "Novak", "Jansen", "Bianchi", "Fischer", "Horvat",
            "Keller", "Lund", "Marchetti", "Nieminen", "Olsen", "Pereira", "Quist", "Rasmussen", "Schultz", "Takahashi",
            "Urbanek", "Varga", "Weber", "Yilmaz", "Zanetti", "Abbott", "Bauer", "Conti", "Dahl", "Engel", "Fontaine",
            "Gallo", "Hofer", "Iversen", "Jensen", "Krause", "Lorenz", "Moretti", "Nagy", "Oberg", "Pohl", "Richter",
            "Sandberg", "Toth", "Ulvaeus", "Vidal", "Wagner", "Zimmer");
    static final List<String> ADJECTIVE = List.of("Adaptive", "Sparse", "Robust", "Scalable", "Bayesian", "Latent",
            "Recursive", "Stochastic", "Distributed", "Efficient", "Hierarchical", "Spectral", "Temporal", "Causal",
            "Neural", "Convex", "Discrete", "Dynamic", "Nonlinear", "Probabilistic", "Semantic", "Structured",
            "Unsupervised", "Variational", "Coastal", "Glacial", "Tropical", "Urban", "Rural", "Medieval");
    static final List<String> NOUN = List.of("Graphs", "Networks", "Estimators", "Sediments", "Languages", "Markets",
            "Proteins", "Algorithms", "Wetlands", "Archives", "Populations", "Signals", "Forests", "Manuscripts",
            "Reservoirs", "Lattices", "Grammars", "Polymers", "Corpora", "Cities", "Rivers", "Tariffs", "Genomes",
            "Circuits", "Glaciers", "Harbours", "Parishes", "Satellites", "Vaccines", "Villages");
    static final List<String> TEMPLATE = List.of("%s %s for %s %s", "On the Analysis of %s %s and %s %s",
            "Learning %s %s from %s %s", "A Study of %s %s in %s %s", "Towards %s %s with %s %s",
            "Revisiting %s %s under %s %s");
    static final List<String> VENUE = List.of("Journal of Applied Statistics", "Annals of Coastal Research",
            "Proceedings of the Northern Computing Conference", "Review of Historical Linguistics",
            "Quarterly Journal of Environmental Studies", "Transactions on Data Systems", "Journal of Rural Economics");

    private Vocabulary() {
    }

    /** Person id → a unique name: first name, middle initial, surname, optional second surname. */
    static String personName(long id) {
        long space = (long) FIRST.size() * 26 * SURNAME.size() * SURNAME.size();
        long x = scramble(id, space);
        int first = (int) (x % FIRST.size());
        x /= FIRST.size();
        char initial = (char) ('A' + x % 26);
        x /= 26;
        int surname = (int) (x % SURNAME.size());
        x /= SURNAME.size();
        int second = (int) (x % SURNAME.size()); // the surname's own index stands for "no second surname"
        String last = SURNAME.get(surname) + (second == surname ? "" : "-" + SURNAME.get(second));
        return FIRST.get(first) + " " + initial + ". " + last;
    }

    static Person person(long id, java.util.SplittableRandom random) {
        LocalDate died = LocalDate.of(1700, 1, 1).plusDays(random.nextInt(320 * 365));
        LocalDate born = died.minusDays(365L * (20 + random.nextInt(75)) + random.nextInt(365));
        return new Person(personName(id), born, died);
    }

    static Work work(long id, java.util.SplittableRandom random) {
        long space = (long) TEMPLATE.size() * ADJECTIVE.size() * NOUN.size() * ADJECTIVE.size() * NOUN.size();
        long x = scramble(id, space);
        String template = TEMPLATE.get((int) (x % TEMPLATE.size()));
        x /= TEMPLATE.size();
        String a1 = ADJECTIVE.get((int) (x % ADJECTIVE.size()));
        x /= ADJECTIVE.size();
        String n1 = NOUN.get((int) (x % NOUN.size()));
        x /= NOUN.size();
        String a2 = ADJECTIVE.get((int) (x % ADJECTIVE.size()));
        x /= ADJECTIVE.size();
        String n2 = NOUN.get((int) (x % NOUN.size()));
        String title = String.format(template, a1, n1, a2, n2);
        int authors = 1 + random.nextInt(4);
        List<String> surnames = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (int i = 0; i < authors; i++) {
            surnames.add(SURNAME.get(random.nextInt(SURNAME.size())));
            initials.add((char) ('A' + random.nextInt(26)) + "." + (random.nextBoolean() ? " " + (char) ('A' + random.nextInt(26)) + "." : ""));
        }
        return new Work(title, surnames, initials, 1950 + random.nextInt(75), VENUE.get(random.nextInt(VENUE.size())),
                1 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(400));
    }

    /** A bijection on [0, space) for ids below space: multiplication by a constant coprime to space. */
    private static long scramble(long id, long space) {
        if (id >= space) {
            throw new IllegalArgumentException("the generator ran out of unique names at id " + id);
        }
        long multiplier = 1_000_003L;
        while (gcd(multiplier, space) != 1) {
            multiplier += 2;
        }
        return java.math.BigInteger.valueOf(id).multiply(java.math.BigInteger.valueOf(multiplier))
                .mod(java.math.BigInteger.valueOf(space)).longValue();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
