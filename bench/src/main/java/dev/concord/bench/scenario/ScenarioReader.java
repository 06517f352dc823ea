package dev.concord.bench.scenario;

import dev.concord.quality.aggregation.AggregationRules;
import dev.concord.quality.trust.TrustRules;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario: the shipped default, with a user file's fields laid over it (objects merge field by field,
 * arrays and values replace), then checks every field and names the offending one in the error.
 */
public final class ScenarioReader {

    public static final String DEFAULT_RESOURCE = "scenarios/default.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final Set<String> SCORERS = Set.of("minilm", "bge", "lexical");

    private ScenarioReader() {
    }

    public static Scenario defaults() {
        return parse(defaultTree(), DEFAULT_RESOURCE);
    }

    /** The default scenario with the file's fields laid over it. */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        return readString(text, file.toString());
    }

    public static Scenario readString(String json, String source) {
        JsonNode overlay;
        try {
            overlay = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(overlay instanceof ObjectNode overlayObject)) {
            throw new IllegalArgumentException(source + ": a scenario is a JSON object");
        }
        ObjectNode merged = defaultTree();
        merge(merged, overlayObject);
        return parse(merged, source);
    }

    private static Scenario parse(ObjectNode tree, String source) {
        Scenario scenario;
        try {
            scenario = JSON.treeToValue(tree, Scenario.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": " + e.getOriginalMessage(), e);
        }
        List<String> problems = problems(scenario);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": invalid scenario:\n  - " + String.join("\n  - ", problems));
        }
        return scenario;
    }

    private static ObjectNode defaultTree() {
        try (InputStream in = ScenarioReader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode overlay) {
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode current = base.get(field.getKey());
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode value) {
                merge(currentObject, value);
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    /** Every problem at once, so a user fixes a file in one pass. */
    static List<String> problems(Scenario s) {
        List<String> problems = new ArrayList<>();
        if (s.rounds() < 10) {
            problems.add("rounds must be at least 10, was " + s.rounds());
        }
        if (s.seeds() == null || s.seeds().isEmpty() || new HashSet<>(s.seeds()).size() != s.seeds().size()) {
            problems.add("seeds must be a non-empty list of distinct numbers, was " + s.seeds());
        }
        if (s.evaluators() < 2) {
            problems.add("evaluators must be at least 2, was " + s.evaluators());
        }
        if (s.kValues().isEmpty()) {
            problems.add("kValues must not be empty");
        }
        for (int k : s.kValues()) {
            if (k < 2 || k > s.evaluators()) {
                problems.add("every K must be in 2.." + s.evaluators() + " (the population), was " + k);
            }
        }
        checkRatios(s, problems);
        checkNodes(s, problems);
        checkRules(s, problems);
        checkAttacks(s, problems);
        try {
            s.trust().parameters();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("trust: " + e.getMessage());
        }
        if (s.honestNoise() == null || !(s.honestNoise().min() >= 0) || !(s.honestNoise().max() >= s.honestNoise().min())) {
            problems.add("honestNoise needs 0 <= min <= max, was " + s.honestNoise());
        }
        if (s.scorers().isEmpty() || !SCORERS.containsAll(s.scorers())) {
            problems.add("scorers must be a non-empty subset of " + SCORERS + ", was " + s.scorers());
        }
        if (s.fee() <= 0 || s.evaluatorCost() < 0) {
            problems.add("fee must be positive and evaluatorCost not negative");
        }
        if (s.focus() == null || !s.kValues().contains(s.focus().k()) || !s.maliciousRatios().contains(s.focus().ratio())
                || s.focus().ratio() == 0) {
            problems.add("focus must name a K of kValues and a non-zero ratio of maliciousRatios, was " + s.focus());
        }
        return problems;
    }

    private static void checkRatios(Scenario s, List<String> problems) {
        if (!s.maliciousRatios().contains(0.0)) {
            problems.add("maliciousRatios must include 0: it is the no-attack baseline every cell is compared with");
        }
        if (new HashSet<>(s.maliciousRatios()).size() != s.maliciousRatios().size()) {
            problems.add("maliciousRatios has duplicates: " + s.maliciousRatios());
        }
        for (double ratio : s.maliciousRatios()) {
            if (!(ratio >= 0 && ratio < 1)) {
                problems.add("every malicious ratio must be in [0, 1), was " + ratio);
            } else if (ratio > 0 && (s.maliciousCount(ratio) == 0 || s.maliciousCount(ratio) == s.evaluators())) {
                problems.add("malicious ratio " + ratio + " of " + s.evaluators()
                        + " evaluators leaves no attacker or no honest evaluator");
            }
        }
    }

    private static void checkNodes(Scenario s, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (NodeSpec node : s.nodes()) {
            if (node.id() == null || node.id().isBlank() || !ids.add(node.id()) || node.tier() == null || node.cost() < 0) {
                problems.add("every node needs a unique id, a tier and a cost >= 0, was " + node);
            }
        }
        if (s.responsesPerRound() < 2 || s.responsesPerRound() > s.nodes().size()) {
            problems.add("responsesPerRound must be in 2.." + s.nodes().size() + " (the nodes), was "
                    + s.responsesPerRound());
        }
    }

    private static void checkRules(Scenario s, List<String> problems) {
        if (s.aggregationRules().isEmpty() || s.trustRules().isEmpty()) {
            problems.add("aggregationRules and trustRules must not be empty");
        }
        for (String rule : s.aggregationRules()) {
            if (!AggregationRules.names().contains(rule)) {
                problems.add("unknown aggregation rule '" + rule + "'; valid: " + AggregationRules.names());
            }
        }
        for (String rule : s.trustRules()) {
            if (!TrustRules.names().contains(rule)) {
                problems.add("unknown trust rule '" + rule + "'; valid: " + TrustRules.names());
            }
        }
        if (!s.chainLabels().contains(s.concordRule())) {
            problems.add("concordRule must be one of " + s.chainLabels() + ", was " + s.concordRule());
        }
    }

    private static void checkAttacks(Scenario s, List<String> problems) {
        if (s.attacks().isEmpty()) {
            problems.add("attacks must not be empty");
        }
        Set<String> labels = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        s.nodes().forEach(n -> nodeIds.add(n.id()));
        for (AttackSpec attack : s.attacks()) {
            if (!labels.add(String.valueOf(attack.displayName())) || "none".equals(attack.displayName())) {
                problems.add("attack labels must be unique and not 'none' (the baseline), was " + attack.displayName());
            }
            try {
                AttackFactory.check(attack, nodeIds);
            } catch (IllegalArgumentException e) {
                problems.add("attack " + attack.displayName() + ": " + e.getMessage());
            }
        }
    }
}
