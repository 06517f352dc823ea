package dev.concord.quality.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits an integer amount in proportion to non-negative shares so that the parts sum to the amount exactly:
 * each part gets the floor of its quota, and the units left over go one each to the largest fractional
 * remainders, ties to the smaller id. Quotas are computed in decimal, not double, so the floors are exact
 * even for amounts beyond 2^53.
 */
final class LargestRemainder {

    /** Enough digits that two different remainders are never confused by the division's rounding. */
    private static final int SCALE = 40;

    private LargestRemainder() {
    }

    /** @param shares at least one positive; ids unique and in the same order as shares */
    static long[] split(long amount, double[] shares, String[] ids) {
        BigDecimal total = BigDecimal.ZERO;
        for (double share : shares) {
            total = total.add(new BigDecimal(share));
        }
        long[] parts = new long[shares.length];
        BigDecimal[] remainders = new BigDecimal[shares.length];
        long assigned = 0;
        for (int i = 0; i < shares.length; i++) {
            BigDecimal quota = BigDecimal.valueOf(amount).multiply(new BigDecimal(shares[i]))
                    .divide(total, SCALE, RoundingMode.DOWN);
            BigDecimal floor = quota.setScale(0, RoundingMode.DOWN);
            parts[i] = floor.longValueExact();
            remainders[i] = quota.subtract(floor);
            assigned += parts[i];
        }
        long left = amount - assigned;
        int[] byRemainder = IntStream.range(0, shares.length).boxed()
                .filter(i -> shares[i] > 0)
                .sorted(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                        .thenComparing(i -> ids[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int k = 0; k < left; k++) {
            parts[byRemainder[k]]++;
        }
        return parts;
    }

    /** floor(amount * basisPoints / 10000) without overflow for any long amount. */
    static long basisPointsOf(long amount, int basisPoints) {
        return amount / RewardParameters.WHOLE * basisPoints
                + amount % RewardParameters.WHOLE * basisPoints / RewardParameters.WHOLE;
    }
}
