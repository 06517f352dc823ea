package dev.concord.bench.sim;

import dev.concord.quality.attack.SybilOperator;
import dev.concord.quality.attack.HonestScoring;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The evaluator population of one cell. Scorer kinds go round-robin over the members, so every kind is among both
 * honest and malicious members; which members attack and each member's noise are seeded draws.
 */
public record Population(List<Evaluator> members) {

    public Population {
        members = List.copyOf(members);
    }

    /**
     * @param sybil whether the attackers are one operator's identities (named {@code sybil#i})
     */
    public static Population draw(int size, int malicious, int scorerKinds, double noiseMin, double noiseMax,
                                  boolean sybil, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] attacks = new boolean[size];
        int[] order = Sampling.permutation(random, size);
        for (int i = 0; i < malicious; i++) {
            attacks[order[i]] = true;
        }
        List<String> sybilIds = new SybilOperator("sybil", Math.max(1, malicious), new HonestScoring()).identityIds();
        List<Evaluator> members = new ArrayList<>();
        int nextSybil = 0;
        for (int m = 0; m < size; m++) {
            double noise = noiseMin + (noiseMax - noiseMin) * random.nextDouble();
            String id = attacks[m] && sybil ? sybilIds.get(nextSybil++) : String.format("evaluator-%02d", m);
            members.add(new Evaluator(id, m % scorerKinds, noise, attacks[m]));
        }
        return new Population(members);
    }

    public int size() {
        return members.size();
    }

    public Evaluator get(int index) {
        return members.get(index);
    }
}
