package org.factfloor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark's DuckDB peer: what a user would write in SQL. `read_json` decodes the shards (text and id only),
 * `regexp_extract_all` finds every pattern's matches, SQL string functions normalise the keys, and one GROUP BY
 * counts factoids per document and domain. Prints: domain, n (documents count unit), distinct, mentions.
 *
 * <p>DuckDB's regexes are RE2: no lookbehind or lookahead. So the person, place and date fragments lose their
 * guards (not inside a word, not a pronoun, no digit before or after a date), and the APA title's trailing
 * lookahead becomes a consumed blank. Each pattern is counted on its own (no overlap rule between a domain's
 * patterns), dates are normalised only in the day-precision forms the generator writes, and titles are folded
 * without NFKC. On the generated corpus none of this changes a count; on real text it would.
 */
public final class DuckdbPeer {
    private static final String TOKEN =
            "(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sir|St)\\.|\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*)";
    private static final String PERSON = TOKEN + "(?:[ \\t]+(?:(?:van|von|de|der|den|da|di|du|del|della|la|le|bin"
            + "|bint|ibn|al|el|ter|ten|dos|das|y)[ \\t]+)*" + TOKEN + "){0,5}(?:,?[ \\t]+(?:Jr\\.?|Sr\\.?|II|III|IV))?";
    private static final String PLACE = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:(?:[ \\t](?:and|of|the|de|da|del|do|la|el|al"
            + "|upon|on|au|du|es|di))*[ \\t-]\\p{Lu}[\\p{L}\\p{M}'’-]*)*";
    private static final String MONTH = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String DATE = "(?:\\d{1,2}(?:st|nd|rd|th)?(?:[ \\t]of)?[ \\t](?:" + MONTH + ")\\.?,?[ \\t]"
            + "\\d{1,4}(?:[ \\t]?(?:BC|BCE|AD|CE))?|(?:" + MONTH + ")\\.?[ \\t]\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]\\d{1,4}"
            + "|\\d{4}-\\d{2}-\\d{2}|(?:" + MONTH + ")\\.?,?[ \\t]\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}"
            + "|(?:c\\.|ca\\.|circa)[ \\t]?\\d{3,4}|\\d{1,4}[ \\t]?(?:BC|BCE|AD|CE)|AD[ \\t]?\\d{1,4}|\\d{4})";
    private static final String SURNAME = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
    private static final String YEAR = "(?:1[5-9]\\d{2}|20\\d{2})";
    private static final String APA = "(?:" + SURNAME + "),[ \\t](?:\\p{Lu}\\.[ \\t-]?)+"
            + "(?:,?[ \\t](?:&[ \\t]|and[ \\t])?(?:" + SURNAME + "),[ \\t](?:\\p{Lu}\\.[ \\t-]?)+)*"
            + "(?:,?[ \\t]et[ \\t]al\\.)?";
    private static final String INTEXT = "(?:" + SURNAME + ")(?:[ \\t]et[ \\t]al\\.|[ \\t](?:and|&)[ \\t](?:"
            + SURNAME + "))?";

    /** A pattern whose two capturing groups are, in this order, {@code first} and the other key. */
    private record Rule(String domain, String regex, boolean entityFirst) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("capitals", "(" + PLACE + "),?[ \\t](?:is|was|has[ \\t]been|remains|became)[ \\t](?:also[ \\t])?"
                    + "the[ \\t](?:national[ \\t])?capital(?:[ \\t]city)?(?:[ \\t]and[ \\t]largest[ \\t]city)?[ \\t]of"
                    + "[ \\t](?:the[ \\t])?(" + PLACE + ")", false),
            new Rule("capitals", "\\b[Tt]he[ \\t]capital(?:[ \\t]city)?[ \\t]of[ \\t](?:the[ \\t])?(" + PLACE
                    + "),?[ \\t](?:is|was)[ \\t](" + PLACE + ")", true),
            new Rule("capitals", "(" + PLACE + "),[ \\t](?:the[ \\t])?capital(?:[ \\t]city)?(?:[ \\t]and[ \\t]largest"
                    + "[ \\t]city)?[ \\t]of[ \\t](?:the[ \\t])?(" + PLACE + ")", false),
            new Rule("capitals", "(" + PLACE + ")['’]s[ \\t]capital(?:[ \\t]city)?(?:,|[ \\t]is|[ \\t]was)[ \\t]("
                    + PLACE + ")", true),
            new Rule("death-dates", "(" + PERSON + ")[ \\t](?:died|passed[ \\t]away)[ \\t](?:on[ \\t]|in[ \\t])?("
                    + DATE + ")", true),
            new Rule("death-dates", "(" + PERSON + "),[ \\t]who[ \\t](?:died|passed[ \\t]away)[ \\t](?:on[ \\t]|in"
                    + "[ \\t])?(" + DATE + ")", true),
            new Rule("death-dates", "(" + PERSON + ")[ \\t]\\((?:born[ \\t]|b\\.[ \\t])?(?:" + DATE + ")[ \\t]?[–—]"
                    + "[ \\t]?(?:died[ \\t]|d\\.[ \\t])?(" + DATE + ")\\)", true),
            new Rule("death-dates", "(" + PERSON + ")[ \\t]\\(d\\.[ \\t](" + DATE + ")\\)", true),
            new Rule("citations", "(" + APA + "[ \\t]\\(" + YEAR + ")[a-z]?\\)\\.[ \\t](\\p{Lu}[^.?!\\n]{4,300}?)"
                    + "[.?!](?:[ \\t\\n]|$)", false),
            new Rule("citations", "[\"“]([^\"“”\\n]{5,300}?)[.,]?[\"”][ \\t]by[ \\t](" + INTEXT + "[ \\t]\\(" + YEAR
                    + ")[a-z]?\\)", true),
            new Rule("citations", "(" + INTEXT + "[ \\t]\\(" + YEAR + ")[a-z]?\\),?[ \\t][\"“]([^\"“”\\n]{5,300}?)"
                    + "[.,]?[\"”]", false));

    private static final String FOLD = "trim(regexp_replace(lower(strip_accents(%s)), '\\s+', ' ', 'g'))";

    private DuckdbPeer() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length == 0) {
            System.err.println("usage: DuckdbPeer SHARD...");
            System.exit(2);
        }
        String files = List.of(args).stream().map(f -> "'" + f.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET preserve_insertion_order = false");
            s.execute("CREATE TEMP TABLE docs AS SELECT row_number() OVER () AS doc, text FROM read_json(" + files
                    + ", format = 'newline_delimited', columns = {id: 'VARCHAR', text: 'VARCHAR'})");
            try (ResultSet r = s.executeQuery(countsQuery())) {
                while (r.next()) {
                    System.out.println(r.getString(1) + "\t" + r.getLong(2) + "\t" + r.getLong(3) + "\t"
                            + r.getLong(4));
                }
            }
        }
    }

    private static String countsQuery() {
        List<String> selects = new ArrayList<>();
        for (Rule rule : RULES) {
            String regex = "'" + rule.regex().replace("'", "''") + "'";
            String groups = rule.entityFirst() ? "['entity', 'attribute']" : "['attribute', 'entity']";
            selects.add("SELECT '" + rule.domain() + "' AS domain, doc, regexp_extract(m, " + regex + ", " + groups
                    + ") AS k FROM (SELECT doc, unnest(regexp_extract_all(text, " + regex + ")) AS m FROM docs"
                    + " WHERE " + prefilter(rule.domain()) + ")");
        }
        return "WITH mentions AS (SELECT domain, doc, " + entityKey() + " AS entity, " + attributeKey()
                + " AS attribute FROM (" + String.join("\nUNION ALL\n", selects) + ")),\n"
                + "factoids AS (SELECT domain, entity, attribute, count(DISTINCT doc) AS documents,"
                + " count(*) AS mentions FROM mentions WHERE entity IS NOT NULL AND attribute IS NOT NULL"
                + " GROUP BY ALL)\n"
                + "SELECT domain, sum(documents), count(*), sum(mentions) FROM factoids GROUP BY domain"
                + " ORDER BY domain";
    }

    private static String prefilter(String domain) {
        return switch (domain) {
            case "capitals" -> "contains(lower(text), 'capital')";
            case "death-dates" -> "(contains(lower(text), 'died') OR contains(lower(text), 'passed away')"
                    + " OR contains(lower(text), '(d.') OR contains(text, '–') OR contains(text, '—'))";
            default -> "(contains(text, '(1') OR contains(text, '(20'))";
        };
    }

    /** place → folded, no leading "the"; person → folded, honorifics and possessive dropped; title → folded. */
    private static String entityKey() {
        String folded = String.format(FOLD, "k.entity");
        return "CASE domain"
                + " WHEN 'capitals' THEN nullif(regexp_replace(regexp_replace(" + folded
                + ", '^the\\s+', ''), '[\\s.,;:!?]+$', ''), '')"
                + " WHEN 'death-dates' THEN nullif(regexp_replace(regexp_replace(regexp_replace(" + folded
                + ", '^(?:(?:sir|dame|lord|lady|dr|prof|professor|mr|mrs|ms|mx|rev|saint|st)\\.?\\s+)+', ''),"
                + " '(?:''s|’s|''|’)$', ''), '[\\s.,;:!?]+$', ''), '')"
                + " ELSE nullif(trim(regexp_replace(" + folded + ", '[\\s.,;:!?]+$', ''), ' \"''“”‘’«»*_'), '')"
                + " END";
    }

    /** place → as above; date → ISO (day precision); author-year → first word and the last year. */
    private static String attributeKey() {
        String folded = String.format(FOLD, "k.attribute");
        return "CASE domain"
                + " WHEN 'capitals' THEN nullif(regexp_replace(regexp_replace(" + folded
                + ", '^the\\s+', ''), '[\\s.,;:!?]+$', ''), '')"
                + " WHEN 'death-dates' THEN strftime(try_strptime(regexp_replace(k.attribute,"
                + " '^(\\d{1,2})(?:st|nd|rd|th)', '\\1'), ['%d %B %Y', '%B %d, %Y', '%Y-%m-%d']), '%Y-%m-%d')"
                + " ELSE lower(strip_accents(regexp_extract(k.attribute, '^\\p{L}[\\p{L}\\p{M}''’-]*'))) || ' ' ||"
                + " regexp_extract(k.attribute, '(1\\d{3}|20\\d{2})\\D*$', 1)"
                + " END";
    }
}
