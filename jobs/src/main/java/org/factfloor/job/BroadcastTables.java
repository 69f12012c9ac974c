package org.factfloor.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factfloor.extract.FactMatcher;

/**
 * The compiled fact tables as a broadcast value: Java-serialised once on the driver into bytes, which any
 * spark.serializer (Kryo on most clusters, which cannot rebuild Java records) ships as they are, and decoded once
 * per executor on first use, so every task of the executor shares one copy of each automaton.
 */
final class BroadcastTables implements Serializable {
    private static final long serialVersionUID = 1L;
    private final byte[] serialised;
    private transient volatile Map<String, FactMatcher> tables;

    BroadcastTables(Map<String, FactMatcher> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new LinkedHashMap<>(tables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.serialised = bytes.toByteArray();
        this.tables = Map.copyOf(tables);
    }

    @SuppressWarnings("unchecked")
    Map<String, FactMatcher> tables() {
        Map<String, FactMatcher> t = tables;
        if (t == null) {
            synchronized (this) {
                t = tables;
                if (t == null) {
                    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialised))) {
                        t = Map.copyOf((Map<String, FactMatcher>) in.readObject());
                    } catch (IOException | ClassNotFoundException e) {
                        throw new IllegalStateException("cannot decode the broadcast fact tables: " + e, e);
                    }
                    tables = t;
                }
            }
        }
        return t;
    }
}
