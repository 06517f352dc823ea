package dev.concord.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {

    @Test
    void evictsTheLeastRecentlyUsedEntryBeyondCapacity() {
        EmbeddingCache cache = new EmbeddingCache(2);
        cache.put("m", "a", new float[] {1});
        cache.put("m", "b", new float[] {2});
        cache.get("m", "a");
        cache.put("m", "c", new float[] {3});

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("m", "b")).isNull();
        assertThat(cache.get("m", "a")).containsExactly(1);
        assertThat(cache.get("m", "c")).containsExactly(3);
    }

    @Test
    void keepsModelsApart() {
        EmbeddingCache cache = new EmbeddingCache(10);
        cache.put("minilm", "same text", new float[] {1});

        assertThat(cache.get("bge", "same text")).isNull();
        assertThat(cache.get("minilm", "same text")).containsExactly(1);
    }
}
