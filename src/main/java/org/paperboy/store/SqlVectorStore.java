package org.paperboy.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.paperboy.score.VectorStore;

/** Sentence vectors as float32 little-endian bytes. */
final class SqlVectorStore implements VectorStore {

    /** Keys per IN (...) list: far below the bind limits of SQLite (32766) and PostgreSQL (65535). */
    private static final int CHUNK = 500;

    private final Jdbi jdbi;

    SqlVectorStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<String, float[]> find(String model, Collection<String> items) {
        List<String> keys = List.copyOf(items);
        Map<String, float[]> out = new HashMap<>();
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            jdbi.useHandle(h -> h.createQuery(Queries.get("embeddings-find")).bind("model", model).bindList("items", chunk)
                    .map((rs, ctx) -> Map.entry(rs.getString("item"), floats(rs.getBytes("vector"))))
                    .forEach(e -> out.put(e.getKey(), e.getValue())));
        }
        return out;
    }

    @Override
    public void save(String model, Map<String, float[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(Queries.get("embedding-insert"));
            vectors.forEach((item, v) -> batch.bind("model", model).bind("item", item).bind("vector", bytes(v)).add());
            batch.execute();
        });
    }

    static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putFloat(f);
        }
        return b.array();
    }

    static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }
}
