package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text formats of fact tables, and the errors that name the file, the line and the fix. */
class FactTableReaderTest {
    private static final CooccurrenceSpec SPEC = new CooccurrenceSpec("t", null, "country", "capital",
            "country_aliases", null, "|", CooccurrenceWindow.SENTENCE);

    private static final CooccurrenceSpec WITHOUT_ALIASES = new CooccurrenceSpec("t", null, "country", "capital",
            null, null, "|", CooccurrenceWindow.SENTENCE);

    private static FactTable read(String text, FactTableFormat format) {
        return read(text, format, SPEC);
    }

    private static FactTable read(String text, FactTableFormat format, CooccurrenceSpec spec) {
        return FactTableReader.read("t." + format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                spec, format);
    }

    private static String error(String text, FactTableFormat format) {
        return assertThrows(FactTableError.class, () -> read(text, format, WITHOUT_ALIASES)).getMessage();
    }

    @Test
    void tsvColumnsAreFoundByTheHeaderAndAliasesSplitAtTheSeparator() {
        FactTable t = read("\uFEFFcapital\tcountry\tcountry_aliases\nParis\tFrance\tFrench Republic | Gaul\n\n"
                + "Lima\tPeru\t\n", FactTableFormat.TSV);
        assertEquals(List.of(new FactTable.Fact("France", "Paris", List.of("French Republic", "Gaul"), List.of()),
                new FactTable.Fact("Peru", "Lima", List.of(), List.of())), t.facts());
    }

    @Test
    void csvCellsMayBeQuotedWithDoubledQuotesInside() {
        FactTable t = read("country,capital,country_aliases\n\"Korea, South\",Seoul,\"Republic of Korea|\"\"ROK\"\"\"\n",
                FactTableFormat.CSV);
        assertEquals(new FactTable.Fact("Korea, South", "Seoul", List.of("Republic of Korea", "\"ROK\""), List.of()),
                t.facts().get(0));
    }

    @Test
    void jsonlAliasesMayBeAListOrASeparatedString() {
        FactTable t = read("{\"country\":\"France\",\"capital\":\"Paris\",\"country_aliases\":[\"French Republic\","
                + "\"A|B\"],\"other\":{\"x\":1}}\n{\"country\":\"Peru\",\"capital\":\"Lima\",\"country_aliases\":"
                + "\"Perú|Piruw\"}\n", FactTableFormat.JSONL);
        assertEquals(List.of("French Republic", "A|B"), t.facts().get(0).entityAliases());
        assertEquals(List.of("Perú", "Piruw"), t.facts().get(1).entityAliases());
    }

    @Test
    void problemsNameTheFileTheLineAndTheFix() {
        assertEquals("fact table t.tsv has no column 'country_aliases' (its header has country, capital); set"
                + " facts.entity-aliases-column to one of them", assertThrows(FactTableError.class,
                () -> read("country\tcapital\nFrance\tParis\n", FactTableFormat.TSV)).getMessage());
        assertEquals("fact table t.tsv has no column 'capital' (its header has country, city); set"
                + " facts.attribute-column to one of them", error("country\tcity\nFrance\tParis\n", FactTableFormat.TSV));
        assertEquals("fact table t.tsv, line 3: the attribute column 'capital' is empty; every row needs an entity"
                        + " and an attribute (remove the row or fill it in)",
                error("country\tcapital\nFrance\tParis\nPeru\t \n", FactTableFormat.TSV));
        assertEquals("fact table t.csv, line 2: a quoted cell is not closed; close the quote (a cell may not span"
                + " lines) or write \"\" for a quote inside it", error("country,capital\n\"France,Paris\n",
                FactTableFormat.CSV));
        assertEquals("fact table t.jsonl, line 2: needs string fields 'country' and 'capital'; set facts.entity-column"
                        + " and facts.attribute-column to the table's field names",
                error("{\"country\":\"France\",\"capital\":\"Paris\"}\n{\"country\":\"Peru\"}\n", FactTableFormat.JSONL));
        assertEquals("fact table t.tsv holds no fact; give at least one row with an entity (country) and an attribute (capital)",
                error("country\tcapital\n", FactTableFormat.TSV));
        String notUtf8 = assertThrows(FactTableError.class, () -> FactTableReader.read("t.tsv",
                new ByteArrayInputStream(new byte[] {'c', 'o', 'u', 'n', 't', 'r', 'y', '\t', 'c', 'a', 'p', 'i', 't',
                        'a', 'l', '\n', (byte) 0xff, '\t', 'x', '\n'}), WITHOUT_ALIASES, FactTableFormat.TSV))
                .getMessage();
        assertEquals("fact table t.tsv is not UTF-8 text; save it as UTF-8", notUtf8);
    }
}
