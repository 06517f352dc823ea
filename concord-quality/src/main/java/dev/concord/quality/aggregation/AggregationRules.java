package dev.concord.quality.aggregation;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Finds an aggregation rule by the stable name that configuration and recorded rounds use. */
public final class AggregationRules {

    private static final Map<String, Supplier<AggregationRule>> BY_NAME = Map.of(
            MeanRule.NAME, MeanRule::new,
            MedianRule.NAME, MedianRule::new,
            TrimmedMeanRule.NAME, TrimmedMeanRule::new,
            WeightedMeanRule.NAME, WeightedMeanRule::new,
            WeightedMedianRule.NAME, WeightedMedianRule::new,
            TrustTrimmedMeanRule.NAME, TrustTrimmedMeanRule::new);

    /** In the order the protocol lists them, Concord's own last. */
    private static final List<String> NAMES = List.of(
            MeanRule.NAME, MedianRule.NAME, TrimmedMeanRule.NAME,
            WeightedMeanRule.NAME, WeightedMedianRule.NAME, TrustTrimmedMeanRule.NAME);

    private AggregationRules() {
    }

    /**
     * @return the rule with its default parameters (trim 0.2 for the trimmed rules)
     * @throws IllegalArgumentException for an unknown name; the message lists the valid names
     */
    public static AggregationRule byName(String name) {
        Supplier<AggregationRule> rule = name == null ? null : BY_NAME.get(name);
        if (rule == null) {
            throw new IllegalArgumentException(
                    "unknown aggregation rule '" + name + "'; valid names: " + String.join(", ", NAMES));
        }
        return rule.get();
    }

    public static List<String> names() {
        return NAMES;
    }
}
