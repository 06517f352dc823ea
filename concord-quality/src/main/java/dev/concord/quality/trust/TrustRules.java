package dev.concord.quality.trust;

import java.util.List;

/** Finds a trust rule, with its default parameters, by the stable name consensus configures. */
public final class TrustRules {

    private static final List<String> NAMES = List.of(MultiplicativeTrustRule.NAME, AdaptiveTrustRule.NAME);

    private TrustRules() {
    }

    /** @throws IllegalArgumentException for an unknown name; the message lists the valid names */
    public static TrustRule byName(String name) {
        if (MultiplicativeTrustRule.NAME.equals(name)) {
            return new MultiplicativeTrustRule();
        }
        if (AdaptiveTrustRule.NAME.equals(name)) {
            return new AdaptiveTrustRule();
        }
        throw new IllegalArgumentException(
                "unknown trust rule '" + name + "'; valid names: " + String.join(", ", NAMES));
    }

    public static List<String> names() {
        return NAMES;
    }
}
