package dev.concord.quality.attack;

import java.util.List;

/** Finds an evaluator attack with its default parameters by the name experiment grids use. */
public final class EvaluatorAttacks {

    private static final List<String> NAMES = List.of(HonestScoring.NAME, NoiseAttack.NAME, BoostingAttack.NAME,
            SabotageAttack.NAME, IntermittentAttack.NAME, CollusionAttack.NAME, ConstantAttack.NAME,
            CopierAttack.NAME, InvertedAttack.NAME);

    private EvaluatorAttacks() {
    }

    /**
     * @param name            one of {@link #names()}; "intermittent" wraps the inverted scorer, as in the
     *                        protocol's calibration table
     * @param colludingNodeId the node a collusion group promotes; used by "collusion" only
     * @throws IllegalArgumentException for an unknown name; the message lists the valid names
     */
    public static EvaluatorAttack byName(String name, String colludingNodeId) {
        return switch (name == null ? "" : name) {
            case HonestScoring.NAME -> new HonestScoring();
            case NoiseAttack.NAME -> new NoiseAttack();
            case BoostingAttack.NAME -> new BoostingAttack();
            case SabotageAttack.NAME -> new SabotageAttack();
            case IntermittentAttack.NAME -> new IntermittentAttack(new InvertedAttack());
            case CollusionAttack.NAME -> new CollusionAttack(colludingNodeId);
            case ConstantAttack.NAME -> new ConstantAttack();
            case CopierAttack.NAME -> new CopierAttack();
            case InvertedAttack.NAME -> new InvertedAttack();
            default -> throw new IllegalArgumentException(
                    "unknown evaluator attack '" + name + "'; valid names: " + String.join(", ", NAMES));
        };
    }

    /** Sybil is not here: it is an operator running identities ({@link SybilOperator}), not a way of scoring. */
    public static List<String> names() {
        return NAMES;
    }
}
