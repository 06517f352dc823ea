package dev.concord.bench.data;

import dev.concord.modelsim.corpus.Corpus;
import dev.concord.modelsim.corpus.QaItem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The prompts a sweep asks: model-sim's built-in corpus, or a JSON-lines file of
 * {@code {"id","task":"qa"|"summarization","prompt","reference"}}.
 *
 * <p>model-sim's quality tiers also need a key phrase, a distractor and a subject. A line may carry them
 * ({@code answer}, {@code distractor}, {@code subject}, {@code topic}, as the built-in corpus does); a line without
 * them gets stand-ins: the reference's longest word as the key phrase, the next item's key phrase as the
 * distractor, and the prompt as the subject. Wrong-entity answers are then cruder than the built-in corpus's.
 */
public final class DataSet {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> REQUIRED = Set.of("id", "task", "prompt", "reference");

    private DataSet() {
    }

    public static List<QaItem> builtIn() {
        return Corpus.builtIn().items();
    }

    /** @throws IllegalArgumentException naming the file, line and field of the first problem */
    public static List<QaItem> load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read data set " + file + ": " + e.getMessage(), e);
        }
        List<JsonNode> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(parseLine(file, i + 1, lines.get(i)));
                lineNumbers.add(i + 1);
            }
        }
        if (rows.size() < 2) {
            throw new IllegalArgumentException(file + ": a data set needs at least 2 items, found " + rows.size());
        }
        List<QaItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String where = file + ":" + lineNumbers.get(i);
            if (!ids.add(row.get("id").asString())) {
                throw new IllegalArgumentException(where + ": duplicate id " + row.get("id").asString());
            }
            String reference = row.get("reference").asString();
            String answer = text(row, "answer", keyPhrase(reference));
            String distractor = text(row, "distractor",
                    keyPhrase(rows.get((i + 1) % rows.size()).get("reference").asString()));
            if (distractor.equals(answer)) {
                distractor = answer + " II";
            }
            try {
                items.add(new QaItem(row.get("id").asString(), row.get("task").asString(), row.get("prompt").asString(),
                        reference, answer, distractor, text(row, "subject", row.get("prompt").asString()),
                        text(row, "topic", "custom")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(items);
    }

    private static JsonNode parseLine(Path file, int lineNumber, String line) {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        for (String field : REQUIRED) {
            JsonNode value = row.get(field);
            if (value == null || !value.isString() || value.asString().isBlank()) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": field '" + field
                        + "' must be a non-blank string");
            }
        }
        return row;
    }

    private static String text(JsonNode row, String field, String fallback) {
        JsonNode value = row.get(field);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : fallback;
    }

    /** The reference's longest word: the most likely carrier of its fact when the file names none. */
    static String keyPhrase(String reference) {
        return Arrays.stream(reference.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .max(Comparator.comparingInt(String::length))
                .orElse(reference);
    }
}
