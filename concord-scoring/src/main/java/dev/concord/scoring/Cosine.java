package dev.concord.scoring;

/** Cosine similarity of two embeddings; the one both the evaluators and bench feed into a {@link CosineScale}. */
public final class Cosine {

    private Cosine() {
    }

    /** 0 when either vector is all zeros: such a vector points nowhere, so it resembles nothing. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0.0 : dot / Math.sqrt(normA * normB);
    }
}
