package dev.concord.protocol.selection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who serves a round: {@code count} nodes, at most one per operator, drawn with probability proportional to weight
 * (stake x reputation) by a seeded systematic sample, so that anyone can recompute the choice from the round's seed and
 * candidate list, whatever order the candidates are listed in.
 *
 * <p><b>Why proportional inclusion.</b> The unit is the operator: its weight is the sum of its eligible nodes' weights.
 * Operator o is in the round with probability exactly pi_o = min(1, n' w_o / W'): the heaviest operator is taken for
 * certain and removed while n' w_o >= W', with n' slots and weight W' remaining (the usual iterative capping). Below the cap, an operator's expected slots are linear in its weight, so an operator that splits
 * its stake over k identities, linked (one operator id) or not (k declared operator ids), expects the same slots as
 * with one identity, and pays k registration fees and k minimum stakes for it. Sampling without replacement by
 * Efraimidis-Spirakis keys, which this replaces, is neutral only for linked identities: it gives small weights more
 * than their proportional share, and eight unlinked identities with 1/6 of the stake won 17% more slots than one.
 * Above the cap (more than 1/n of the stake) one operator wins exactly one slot a round; unlinked identities escape
 * that cap and win what uncapped operators of the same total weight would, never more.
 *
 * <p><b>The draw.</b> The uncapped operators are laid end to end on a line of length W', each over an interval of its
 * weight, and the n' points (u + j) W' / n', j = 0..n'-1, with u uniform in [0, 1) from SHA-256(seed ":start"), pick
 * the operators whose intervals they fall in. Every uncapped interval is shorter than the spacing W' / n', so no
 * operator is hit twice and exactly n' are. The line's order comes from seeded hashes, not from the listing: operators
 * are grouped by model (the model holding most of the operator's weight), groups ordered by SHA-256(seed ":model:"
 * model), operators within a group by SHA-256(seed ":operator:" operatorId). Then within each chosen operator one node
 * is drawn with probability proportional to its weight, by u from SHA-256(seed ":node:" operatorId). Systematic
 * sampling rather than Sampford or conditional Poisson: it always draws exactly n' with one uniform and no rejection
 * loop, so it can be computed in exact arithmetic, and its one weakness, pairs of operators that can never be chosen
 * together, is confined to a round because the order is drawn afresh from every seed.
 *
 * <p><b>Distinct models.</b> The order decides only which operators are chosen together, never how often each is:
 * inclusion probabilities do not depend on it. Grouping by model (systematic sampling's implicit stratification)
 * gives each model whose operators carry a total pi of M between floor(M) and ceil(M) of the sampled slots every
 * round, so it is present with probability min(1, M), the most any design with these inclusion probabilities allows.
 * An operator with nodes of several models picks, among its own nodes, one of a model no other chosen node serves
 * when it can. What this no longer does is give a model more than its stake's share of slots: the previous rule
 * (first the best node of each model) guaranteed every model a slot, which let a Sybil that declares a model name per
 * identity win four times its share. With three models holding 70/20/10% of the stake and three slots, a round now
 * shows 1.9 distinct models on average instead of 3 (docs/economy.md has the measurements).
 *
 * <p><b>Determinism.</b> Candidates are deduplicated and grouped by node and operator id in sorted order; weights are
 * compared and summed as exact decimals (every double is one), and the draws are compared as exact rationals, so the
 * result does not depend on floating-point rounding, listing order or hash-map iteration, on any machine. Candidates
 * with a weight that is zero, negative or not finite, and those of {@code excludedOperators}, are never chosen.
 */
public final class SeededSelection {

    /**
     * The name of this algorithm, carried by every prompt: change it with any change to the selection, so that a
     * stored round is recomputed only by the algorithm that chose its nodes. Prompts without one were chosen by
     * Efraimidis-Spirakis sampling, which no longer exists.
     */
    public static final String ALGORITHM = "pps-systematic/1";

    private static final BigDecimal TWO_TO_53 = BigDecimal.valueOf(1L << 53);

    private SeededSelection() {
    }

    /** The round's seed: hex SHA-256 of requestId and registry version. */
    public static String seed(String requestId, long registryVersion) {
        return HexFormat.of().formatHex(sha256(requestId + ":" + registryVersion));
    }

    /**
     * {@code count} node ids (fewer when fewer operators are eligible: then one node of each), at most one per
     * operator, none of {@code excludedOperators}, in an order fixed by the seed.
     */
    public static List<String> select(String seed, List<Candidate> candidates, int count, Set<String> excludedOperators) {
        if (count <= 0) {
            return List.of();
        }
        Inclusion inclusion = Inclusion.of(operators(candidates, excludedOperators), count);
        List<Placed> chosen = new ArrayList<>(inclusion.certain().stream().map(o -> Placed.of(seed, o)).toList());
        chosen.addAll(systematic(seed, inclusion));
        chosen.sort(Comparator.comparing(Placed::key, Long::compareUnsigned).thenComparing(p -> p.operator().id()));
        return nodes(seed, chosen.stream().map(Placed::operator).toList());
    }

    /**
     * Each eligible operator's probability of being in the round (pi, summing to min(count, eligible operators)): what
     * a selection honours, and what a Sybil's identities' probabilities add up to.
     */
    static Map<String, Double> inclusionProbabilities(List<Candidate> candidates, int count,
                                                      Set<String> excludedOperators) {
        Inclusion inclusion = Inclusion.of(operators(candidates, excludedOperators), Math.max(0, count));
        Map<String, Double> probabilities = new TreeMap<>();
        inclusion.certain().forEach(o -> probabilities.put(o.id(), 1.0));
        BigDecimal slots = BigDecimal.valueOf(inclusion.draws());
        inclusion.sampled().forEach(o -> probabilities.put(o.id(), inclusion.draws() == 0 ? 0.0
                : slots.multiply(o.weight()).divide(inclusion.weight(), MathContext.DECIMAL128).doubleValue()));
        return probabilities;
    }

    /** A draw in [0, 2^53) from the first 53 bits of SHA-256(seed ":" label). */
    static long draw(String seed, String label) {
        return hashKey(seed, label) >>> 11;
    }

    private static long hashKey(String seed, String label) {
        byte[] hash = sha256(seed + ":" + label);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (hash[i] & 0xff);
        }
        return bits;
    }

    /** Eligible candidates (one per node id) grouped by operator, operators by id, nodes by id. */
    private static List<Operator> operators(List<Candidate> candidates, Set<String> excludedOperators) {
        Map<String, Candidate> byNode = new TreeMap<>();
        candidates.stream()
                .filter(c -> c.weight() > 0 && Double.isFinite(c.weight()))
                .filter(c -> !excludedOperators.contains(Objects.requireNonNull(c.operatorId(), "operatorId")))
                .sorted(Comparator.comparing(Candidate::nodeId).thenComparing(Candidate::operatorId)
                        .thenComparing(c -> modelOf(c)).thenComparingDouble(Candidate::weight))
                .forEach(c -> byNode.putIfAbsent(c.nodeId(), c));
        Map<String, List<Candidate>> byOperator = byNode.values().stream()
                .collect(Collectors.groupingBy(Candidate::operatorId, TreeMap::new, Collectors.toList()));
        return byOperator.entrySet().stream().map(e -> Operator.of(e.getKey(), e.getValue())).toList();
    }

    /** The uncapped operators the n' evenly spaced points fall on, on the seeded line. */
    private static List<Placed> systematic(String seed, Inclusion inclusion) {
        int draws = inclusion.draws();
        if (draws == 0 || inclusion.sampled().isEmpty()) {
            return List.of();
        }
        Map<String, Long> modelKeys = new TreeMap<>();
        List<Placed> line = new ArrayList<>(inclusion.sampled().stream().map(o -> Placed.of(seed, o)).toList());
        line.sort(Comparator.comparing((Placed p) -> modelKeys.computeIfAbsent(p.operator().model(),
                        model -> hashKey(seed, "model:" + model)), Long::compareUnsigned)
                .thenComparing(p -> p.operator().model())
                .thenComparing(Placed::key, Long::compareUnsigned)
                .thenComparing(p -> p.operator().id()));
        // Point j sits at (u + j) W' / n' with u = start / 2^53; it falls before the end C of the walked weight when
        // (start + j 2^53) W' < C n' 2^53. Integers and exact decimals only.
        BigDecimal start = BigDecimal.valueOf(draw(seed, "start"));
        BigDecimal scale = TWO_TO_53.multiply(BigDecimal.valueOf(draws));
        List<Placed> hit = new ArrayList<>();
        BigDecimal end = BigDecimal.ZERO;
        int point = 0;
        for (Placed placed : line) {
            end = end.add(placed.operator().weight());
            BigDecimal position = start.add(TWO_TO_53.multiply(BigDecimal.valueOf(point))).multiply(inclusion.weight());
            if (point < draws && position.compareTo(end.multiply(scale)) < 0) {
                hit.add(placed);
                point++;
            }
        }
        if (point != draws) {
            throw new IllegalStateException("systematic sample drew " + point + " of " + draws);
        }
        return hit;
    }

    /**
     * One node per chosen operator, by weight; an operator with several models prefers one that operators serving a
     * single model have not already brought into the round, nor earlier operators of several models.
     */
    private static List<String> nodes(String seed, List<Operator> chosen) {
        Set<String> models = new HashSet<>();
        chosen.stream().filter(o -> o.models().size() == 1).forEach(o -> models.addAll(o.models()));
        List<String> nodes = new ArrayList<>();
        for (Operator operator : chosen) {
            List<Candidate> pool = operator.nodes();
            if (operator.models().size() > 1) {
                List<Candidate> fresh = pool.stream().filter(c -> !models.contains(modelOf(c))).toList();
                pool = fresh.isEmpty() ? pool : fresh;
            }
            Candidate node = weighted(draw(seed, "node:" + operator.id()), pool);
            models.add(modelOf(node));
            nodes.add(node.nodeId());
        }
        return nodes;
    }

    /** The node whose interval of the cumulative weight (in node id order) holds draw / 2^53 of the total. */
    private static Candidate weighted(long draw, List<Candidate> nodes) {
        BigDecimal total = nodes.stream().map(c -> new BigDecimal(c.weight())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal position = BigDecimal.valueOf(draw).multiply(total);
        BigDecimal end = BigDecimal.ZERO;
        for (Candidate node : nodes) {
            end = end.add(new BigDecimal(node.weight()));
            if (position.compareTo(end.multiply(TWO_TO_53)) < 0) {
                return node;
            }
        }
        return nodes.get(nodes.size() - 1);
    }

    private static String modelOf(Candidate candidate) {
        return Objects.requireNonNullElse(candidate.model(), "");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An operator as a sampling unit: its eligible nodes (by id), their exact total weight, and the model it is grouped
     * under on the line (the one carrying most of its weight, the smallest name on a tie).
     */
    private record Operator(String id, List<Candidate> nodes, BigDecimal weight, String model, Set<String> models) {

        static Operator of(String id, List<Candidate> nodes) {
            Map<String, BigDecimal> byModel = new TreeMap<>();
            nodes.forEach(c -> byModel.merge(modelOf(c), new BigDecimal(c.weight()), BigDecimal::add));
            String main = byModel.entrySet().stream()
                    .max(Map.Entry.<String, BigDecimal>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            BigDecimal weight = byModel.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Operator(id, List.copyOf(nodes), weight, main, byModel.keySet());
        }
    }

    /** An operator with its seeded key, which orders it within its model's group and in the result. */
    private record Placed(Operator operator, long key) {

        static Placed of(String seed, Operator operator) {
            return new Placed(operator, hashKey(seed, "operator:" + operator.id()));
        }
    }

    /**
     * The capped operators (taken for certain) and the rest, from which {@code draws} are sampled with probability
     * draws x weight / {@code weight} each.
     */
    private record Inclusion(List<Operator> certain, List<Operator> sampled, int draws, BigDecimal weight) {

        static Inclusion of(List<Operator> operators, int count) {
            List<Operator> heaviestFirst = new ArrayList<>(operators);
            heaviestFirst.sort(Comparator.comparing(Operator::weight).reversed().thenComparing(Operator::id));
            BigDecimal remaining = heaviestFirst.stream().map(Operator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            int draws = count;
            int capped = 0;
            // The heaviest remaining operator is capped when n' w >= W'; if it is not, no lighter one is.
            while (capped < heaviestFirst.size() && draws > 0
                    && BigDecimal.valueOf(draws).multiply(heaviestFirst.get(capped).weight()).compareTo(remaining) >= 0) {
                remaining = remaining.subtract(heaviestFirst.get(capped).weight());
                draws--;
                capped++;
            }
            return new Inclusion(List.copyOf(heaviestFirst.subList(0, capped)),
                    List.copyOf(heaviestFirst.subList(capped, heaviestFirst.size())), draws, remaining);
        }
    }
}
