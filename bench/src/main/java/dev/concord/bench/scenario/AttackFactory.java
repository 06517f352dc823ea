package dev.concord.bench.scenario;

import dev.concord.quality.attack.BoostingAttack;
import dev.concord.quality.attack.CollusionAttack;
import dev.concord.quality.attack.ConstantAttack;
import dev.concord.quality.attack.CopierAttack;
import dev.concord.quality.attack.EvaluatorAttack;
import dev.concord.quality.attack.IntermittentAttack;
import dev.concord.quality.attack.InvertedAttack;
import dev.concord.quality.attack.NoiseAttack;
import dev.concord.quality.attack.SabotageAttack;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds concord-quality's attack models from a scenario's {@link AttackSpec}, with its parameters. */
public final class AttackFactory {

    public static final String SYBIL = "sybil";
    public static final List<String> NAMES = List.of(NoiseAttack.NAME, BoostingAttack.NAME, SabotageAttack.NAME,
            IntermittentAttack.NAME, CollusionAttack.NAME, SYBIL, ConstantAttack.NAME, CopierAttack.NAME,
            InvertedAttack.NAME);

    /** The numeric parameters each attack takes, with the defaults of PROOF-OF-QUALITY section 3. */
    private static final Map<String, Map<String, Double>> PARAMETERS = Map.of(
            NoiseAttack.NAME, Map.of("sigma", 2.0),
            BoostingAttack.NAME, Map.of("boost", 3.0),
            SabotageAttack.NAME, Map.of("penalty", 3.0),
            IntermittentAttack.NAME, Map.of("probability", IntermittentAttack.DEFAULT_PROBABILITY),
            CollusionAttack.NAME, Map.of("shift", 3.0),
            SYBIL, Map.of(),
            ConstantAttack.NAME, Map.of("value", 7.0),
            CopierAttack.NAME, Map.of(),
            InvertedAttack.NAME, Map.of());

    private AttackFactory() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the spec */
    static void check(AttackSpec spec, Set<String> nodeIds) {
        if (!NAMES.contains(spec.name())) {
            throw new IllegalArgumentException("unknown attack '" + spec.name() + "'; valid: " + NAMES);
        }
        for (String key : spec.parameters().keySet()) {
            if (!PARAMETERS.get(spec.name()).containsKey(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "'; " + spec.name() + " takes "
                        + PARAMETERS.get(spec.name()).keySet());
            }
        }
        boolean wrapping = spec.name().equals(IntermittentAttack.NAME) || spec.name().equals(SYBIL);
        if (spec.wraps() != null && !wrapping) {
            throw new IllegalArgumentException("only intermittent and sybil wrap another attack");
        }
        if (wrapping && spec.wraps() != null && (spec.wraps().equals(SYBIL) || spec.wraps().equals(spec.name())
                || !NAMES.contains(spec.wraps()))) {
            throw new IllegalArgumentException("cannot wrap '" + spec.wraps() + "'");
        }
        if (usesCollusion(spec) && (spec.node() == null || !nodeIds.contains(spec.node()))) {
            throw new IllegalArgumentException("collusion needs 'node', one of the scenario's nodes " + nodeIds
                    + ", was " + spec.node());
        }
        behaviour(spec);
    }

    /** How one attacker scores (for sybil: how the operator forms the sheet all its identities submit). */
    public static EvaluatorAttack behaviour(AttackSpec spec) {
        return switch (spec.name()) {
            case IntermittentAttack.NAME -> new IntermittentAttack(
                    spec.parameter("probability", IntermittentAttack.DEFAULT_PROBABILITY),
                    plain(spec.wraps() == null ? InvertedAttack.NAME : spec.wraps(), spec));
            case SYBIL -> plain(spec.wraps() == null ? CollusionAttack.NAME : spec.wraps(), spec);
            default -> plain(spec.name(), spec);
        };
    }

    private static EvaluatorAttack plain(String name, AttackSpec spec) {
        Map<String, Double> own = name.equals(spec.name()) ? spec.parameters() : Map.of();
        Map<String, Double> defaults = PARAMETERS.get(name);
        return switch (name) {
            case NoiseAttack.NAME -> new NoiseAttack(own.getOrDefault("sigma", defaults.get("sigma")));
            case BoostingAttack.NAME -> new BoostingAttack(own.getOrDefault("boost", defaults.get("boost")));
            case SabotageAttack.NAME -> new SabotageAttack(own.getOrDefault("penalty", defaults.get("penalty")));
            case IntermittentAttack.NAME -> new IntermittentAttack(new InvertedAttack());
            case CollusionAttack.NAME -> new CollusionAttack(spec.node(), own.getOrDefault("shift", defaults.get("shift")));
            case ConstantAttack.NAME -> new ConstantAttack(own.getOrDefault("value", defaults.get("value")));
            case CopierAttack.NAME -> new CopierAttack();
            case InvertedAttack.NAME -> new InvertedAttack();
            default -> throw new IllegalArgumentException("unknown attack '" + name + "'");
        };
    }

    private static boolean usesCollusion(AttackSpec spec) {
        return spec.name().equals(CollusionAttack.NAME)
                || (spec.name().equals(SYBIL) && (spec.wraps() == null || spec.wraps().equals(CollusionAttack.NAME)))
                || CollusionAttack.NAME.equals(spec.wraps());
    }
}
