package org.factfloor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactTable;
import org.factfloor.extract.FactTableFormat;
import org.factfloor.extract.FactTableReader;

/** The fact table of a built-in cooccurrence domain, read from the jar as the jobs read it (without Hadoop). */
final class ShippedTables {
    private static final String CLASSPATH = "classpath:";

    private ShippedTables() {
    }

    static List<FactTable.Fact> facts(DomainSpec domain) throws IOException {
        String table = domain.cooccurrence().table();
        if (!table.startsWith(CLASSPATH)) {
            throw new IllegalArgumentException(domain.name() + " has no shipped table: " + table);
        }
        try (InputStream in = ShippedTables.class.getClassLoader().getResourceAsStream(table.substring(
                CLASSPATH.length()))) {
            return FactTableReader.read(table, in, domain.cooccurrence(), FactTableFormat.TSV).facts();
        }
    }
}
