package dev.concord.scoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded least-recently-used cache of embeddings, keyed by model id and the SHA-256 of the text, so prompts and
 * responses seen again (the same round scored by several hosted evaluators, retried tasks) are not embedded twice.
 * Keyed by hash rather than by text so long responses do not stay in memory twice. One instance may serve several
 * models. Vectors are shared with callers, who must not modify them.
 */
public final class EmbeddingCache {

    private final Map<Key, float[]> entries;
    private long hits;
    private long misses;

    public EmbeddingCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached vector, or null. */
    public float[] get(String modelId, String text) {
        Key key = new Key(modelId, sha256(text));
        synchronized (this) {
            float[] vector = entries.get(key);
            if (vector == null) {
                misses++;
            } else {
                hits++;
            }
            return vector;
        }
    }

    public void put(String modelId, String text, float[] vector) {
        Key key = new Key(modelId, sha256(text));
        synchronized (this) {
            entries.put(key, vector);
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks SHA-256", e);
        }
    }

    private record Key(String modelId, String textSha256) {
    }
}
