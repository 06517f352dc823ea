package dev.concord.modelsim.server;

/** Derives independent random streams from a model's seed, so every responder replays exactly for a given seed. */
final class Seeds {

    private Seeds() {
    }

    /** A stable string hash (unlike String.hashCode it is 64 bits wide, so distinct prompts rarely share a stream). */
    static long hash(String text) {
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** SplitMix64's finaliser over seed and input: nearby inputs give unrelated streams. */
    static long mix(long seed, long input) {
        long z = seed * 0x9E3779B97F4A7C15L + input;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
