package dev.concord.inference.agent;

/** What a response costs the round: its tokens at the node's price, rounded up to whole micros. */
public final class InferenceCost {

    private InferenceCost() {
    }

    /** {@code ceil((promptTokens + completionTokens) * pricePer1kTokensMicros / 1000)}, exact in long arithmetic. */
    public static long micros(int promptTokens, int completionTokens, long pricePer1kTokensMicros) {
        if (promptTokens < 0 || completionTokens < 0 || pricePer1kTokensMicros < 0) {
            throw new IllegalArgumentException("tokens and price must not be negative");
        }
        long milliMicros = Math.multiplyExact((long) promptTokens + completionTokens, pricePer1kTokensMicros);
        return -Math.floorDiv(-milliMicros, 1000L);
    }
}
