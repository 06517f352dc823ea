package dev.concord.bench.scoring;

import dev.concord.scoring.InJarModel;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Embeddings on disk, one append-only file per model id, keyed by the SHA-256 of the text: the first sweep pays
 * for the model, every later one (and every cell of the grid) reads vectors from memory.
 * A record is (key, dimension, floats); a truncated last record (a killed run) is ignored.
 */
final class EmbeddingCache {

    /** Texts per embedAll call: big enough to keep every core busy, small enough to report progress often. */
    private static final int BATCH = 64;

    private final Path directory;

    EmbeddingCache(Path directory) {
        this.directory = directory;
    }

    /** The vector of every text, embedding with {@code model} only the texts the cache lacks. */
    Map<String, float[]> vectors(InJarModel model, List<String> texts, IntConsumer progress) {
        String cacheId = model.versionedName();
        Path file = directory.resolve(cacheId.replaceAll("[^A-Za-z0-9._@-]", "_") + ".vec");
        Map<String, float[]> byKey = load(file);
        List<String> missing = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            if (!byKey.containsKey(key(text))) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            float[][] fresh = embed(model.encoder(), missing, progress);
            append(file, missing, fresh);
            for (int i = 0; i < missing.size(); i++) {
                byKey.put(key(missing.get(i)), fresh[i]);
            }
        }
        Map<String, float[]> byText = new HashMap<>();
        for (String text : texts) {
            byText.put(text, byKey.get(key(text)));
        }
        return byText;
    }

    /** Embeds in batches (embedAll spreads a batch over all cores); calls {@code progress} with texts done. */
    private static float[][] embed(EmbeddingModel encoder, List<String> texts, IntConsumer progress) {
        float[][] vectors = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += BATCH) {
            List<String> batch = texts.subList(start, Math.min(texts.size(), start + BATCH));
            var embeddings = encoder.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < batch.size(); i++) {
                vectors[start + i] = embeddings.get(i).vector();
            }
            progress.accept(start + batch.size());
        }
        return vectors;
    }

    static String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Map<String, float[]> load(Path file) {
        Map<String, float[]> byKey = new HashMap<>();
        if (!Files.exists(file)) {
            return byKey;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (in.available() > 0) {
                String key = in.readUTF();
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                byKey.put(key, vector);
            }
        } catch (EOFException truncated) {
            rewrite(file, byKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding cache " + file, e);
        }
        return byKey;
    }

    /** Drops a truncated last record, so the next append does not land behind garbage. */
    private static void rewrite(Path file, Map<String, float[]> byKey) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair embedding cache " + file, e);
        }
        List<String> keys = new ArrayList<>(byKey.keySet());
        write(file, keys, keys.stream().map(byKey::get).toArray(float[][]::new));
    }

    private static void append(Path file, List<String> texts, float[][] vectors) {
        write(file, texts.stream().map(EmbeddingCache::key).toList(), vectors);
    }

    private static void write(Path file, List<String> keys, float[][] vectors) {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (int i = 0; i < keys.size(); i++) {
                    out.writeUTF(keys.get(i));
                    out.writeInt(vectors[i].length);
                    for (float value : vectors[i]) {
                        out.writeFloat(value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write embedding cache " + file, e);
        }
    }
}
