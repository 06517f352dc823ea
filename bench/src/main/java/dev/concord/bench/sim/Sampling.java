package dev.concord.bench.sim;

import java.util.SplittableRandom;

/** Seeded sampling without replacement. */
final class Sampling {

    private Sampling() {
    }

    /** {@code count} distinct indices of 0..n-1 in random order (a partial Fisher-Yates shuffle). */
    static int[] sample(SplittableRandom random, int n, int count) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        int[] picked = new int[count];
        System.arraycopy(all, 0, picked, 0, count);
        return picked;
    }

    static int[] permutation(SplittableRandom random, int n) {
        return sample(random, n, n);
    }

    /** A seed for a sub-stream from several parts (SplitMix64 finaliser), so cells that share parts share draws. */
    static long mix(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h ^= part;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 29;
        }
        return h;
    }
}
