package org.factfloor.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A real country and its capital, from the bundled public table; article is "the" for "the Netherlands". */
record Country(String name, String capital, String article) {

    String withArticle() {
        return article.isEmpty() ? name : article + " " + name;
    }

    static List<Country> bundled() {
        List<Country> countries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Country.class.getResourceAsStream("countries.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                countries.add(new Country(f[0], f[1], f.length > 2 ? f[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(countries);
    }
}
