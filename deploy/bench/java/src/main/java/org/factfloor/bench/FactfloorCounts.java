package org.factfloor.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The same four columns as every peer prints (domain, n, distinct, mentions), read from a factfloor output:
 * n and distinct from `summary/`, mentions summed over the per-file counters in `sources/`.
 */
public final class FactfloorCounts {
    private FactfloorCounts() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("usage: FactfloorCounts OUTPUT_DIR");
            System.exit(2);
        }
        String dir = args[0].replace("'", "''");
        String query = "WITH m AS (SELECT e.key AS domain, sum(e.value) AS mentions FROM (SELECT unnest(map_entries("
                + "mentions)) AS e FROM read_parquet('" + dir + "/sources/*.parquet')) GROUP BY ALL)"
                + " SELECT s.domain, s.n, s.distinct, coalesce(m.mentions, 0) FROM read_parquet('" + dir
                + "/summary/*.parquet') s LEFT JOIN m USING (domain) ORDER BY s.domain";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                System.out.println(r.getString(1) + "\t" + r.getLong(2) + "\t" + r.getLong(3) + "\t" + r.getLong(4));
            }
        }
    }
}
