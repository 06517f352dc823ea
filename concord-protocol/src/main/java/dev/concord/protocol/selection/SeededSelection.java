package dev.concord.protocol.selection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Weighted sampling without replacement that anyone can recompute from the round's seed and the candidate list
 * (Efraimidis-Spirakis keys). Each candidate's uniform draw comes from SHA-256(seed ":" nodeId), not from a shared
 * random stream, so the result does not depend on the order candidates are listed in.
 *
 * <p>Rules: at most one node per operator, operators in {@code excludedOperators} never chosen, and distinct models
 * preferred: a first pass takes the best-keyed node of each unused model, a second pass fills the remaining slots.
 */
public final class SeededSelection {

    private SeededSelection() {
    }

    /** The round's seed: hex SHA-256 of requestId and registry version. */
    public static String seed(String requestId, long registryVersion) {
        return HexFormat.of().formatHex(sha256(requestId + ":" + registryVersion));
    }

    public static List<String> select(String seed, List<Candidate> candidates, int count, Set<String> excludedOperators) {
        List<Keyed> ranked = candidates.stream()
                .filter(c -> c.weight() > 0 && !excludedOperators.contains(c.operatorId()))
                .map(c -> new Keyed(c, Math.log(uniform(seed, c.nodeId())) / c.weight()))
                .sorted(Comparator.comparingDouble(Keyed::key).reversed().thenComparing(k -> k.candidate().nodeId()))
                .toList();
        List<String> chosen = new ArrayList<>();
        Set<String> operators = new HashSet<>();
        Set<String> models = new HashSet<>();
        for (boolean distinctModels : new boolean[] {true, false}) {
            for (Keyed keyed : ranked) {
                Candidate c = keyed.candidate();
                if (chosen.size() == count) {
                    return chosen;
                }
                if (chosen.contains(c.nodeId()) || operators.contains(c.operatorId())
                        || (distinctModels && models.contains(c.model()))) {
                    continue;
                }
                chosen.add(c.nodeId());
                operators.add(c.operatorId());
                models.add(c.model());
            }
        }
        return chosen;
    }

    /** A draw in (0, 1) from the first 53 bits of SHA-256(seed ":" nodeId). */
    static double uniform(String seed, String nodeId) {
        byte[] hash = sha256(seed + ":" + nodeId);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        return ((bits >>> 11) + 0.5) / (double) (1L << 53);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Keyed(Candidate candidate, double key) {
    }
}
