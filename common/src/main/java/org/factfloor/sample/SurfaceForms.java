package org.factfloor.sample;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The ways the generator writes each kind of fact, plus filler and near-misses that a correct extractor must
 * ignore. Every form here is one the built-in patterns are meant to read.
 */
final class SurfaceForms {
    static final List<String> FILLER = List.of(
            "The committee met on Tuesday to review the annual budget.",
            "Rainfall in the region was above average for the third year in a row.",
            "Local volunteers planted more than four hundred trees along the river.",
            "The museum extended its opening hours during the summer festival.",
            "A new bridge is expected to shorten the commute by twenty minutes.",
            "Researchers collected samples from 38 sites over two seasons.",
            "The library digitised its collection of maps and letters.",
            "Ticket sales for the concert series exceeded expectations.",
            "The school introduced a programme on coding and robotics.",
            "Farmers reported a late harvest because of the cold spring.",
            "The orchestra announced its programme for the coming season.",
            "Engineers inspected the railway line after the storm.");
    static final List<String> NEAR_MISSES = List.of(
            "Investors worried about capital gains taxes this year.",
            "The capital of the company grew by 12 percent.",
            "Venture capital funding slowed in the second quarter.",
            "Paris Hilton attended the premiere of the film.",
            "By midnight the storm had died down.",
            "The applause slowly died away.",
            "Her grandmother was born in 1950 in a small village.",
            "He was born on 3 May 1961 and grew up near the coast.",
            "The report (2019) noted steady growth in exports.",
            "The stadium seats 40,000 people (2018 figures).");
    private static final List<String> CITY_CLAUSES = List.of("is home to several universities",
            "hosted a regional summit", "saw record rainfall this spring", "attracts many visitors each year");
    private static final List<String> OCCUPATIONS = List.of("botanist", "composer", "civil engineer", "novelist",
            "cartographer", "physician", "painter", "mathematician", "architect", "journalist");

    private SurfaceForms() {
    }

    static String capital(Country country, String capital, SplittableRandom random) {
        String c = country.withArticle();
        int forms = country.article().isEmpty() ? 5 : 4;
        return switch (random.nextInt(forms)) {
            case 0 -> capital + " is the capital of " + c + ".";
            case 1 -> "The capital of " + c + " is " + capital + ".";
            case 2 -> capital + ", the capital of " + c + ", " + pick(CITY_CLAUSES, random) + ".";
            case 3 -> capital + " has been the capital and largest city of " + c + " for many years.";
            default -> country.name() + "'s capital, " + capital + ", " + pick(CITY_CLAUSES, random) + ".";
        };
    }

    static String death(Person p, LocalDate died, SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> p.name() + " died on " + dayMonthYear(died) + ".";
            case 1 -> p.name() + " died on " + monthDayYear(died) + ".";
            case 2 -> p.name() + " (" + dayMonthYear(p.born()) + " – " + dayMonthYear(died) + ") was a "
                    + pick(OCCUPATIONS, random) + ".";
            case 3 -> p.name() + ", who died on " + dayMonthYear(died) + ", was remembered as a "
                    + pick(OCCUPATIONS, random) + ".";
            case 4 -> "Dr. " + p.name() + " passed away on " + died + ".";
            default -> "The archive notes that " + p.name() + " died on " + ordinalDayMonthYear(died) + ".";
        };
    }

    /** A reference-list entry in APA style; the title in sentence case as APA writes it. */
    static String apa(Work w) {
        StringBuilder authors = new StringBuilder();
        for (int i = 0; i < w.surnames().size(); i++) {
            if (i > 0) {
                authors.append(i == w.surnames().size() - 1 ? ", & " : ", ");
            }
            authors.append(w.surnames().get(i)).append(", ").append(w.initials().get(i));
        }
        String sentenceCase = w.title().charAt(0) + w.title().substring(1).toLowerCase(Locale.ROOT);
        return authors + " (" + w.year() + "). " + sentenceCase + ". " + w.venue() + ", " + w.volume() + "("
                + w.issue() + "), " + w.firstPage() + "–" + (w.firstPage() + 17) + ".";
    }

    static String inText(Work w, SplittableRandom random) {
        int year = w.year();
        String authors = switch (w.surnames().size()) {
            case 1 -> w.surnames().get(0);
            case 2 -> w.surnames().get(0) + " and " + w.surnames().get(1);
            default -> w.surnames().get(0) + " et al.";
        };
        return random.nextBoolean()
                ? "As discussed in \"" + w.title() + "\" by " + authors + " (" + year + "), the effect is robust."
                : authors + " (" + year + "), “" + w.title() + "”, reported similar findings.";
    }

    static String dayMonthYear(LocalDate d) {
        return d.getDayOfMonth() + " " + monthName(d) + " " + d.getYear();
    }

    private static String monthDayYear(LocalDate d) {
        return monthName(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    private static String ordinalDayMonthYear(LocalDate d) {
        int day = d.getDayOfMonth();
        String suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix + " " + monthName(d) + " " + d.getYear();
    }

    private static String monthName(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
