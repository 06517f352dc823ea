package dev.concord.evaluator.injection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The committed corpus of injection attempts ({@code injection/corpus.jsonl}): one attack per line, by kind. */
record InjectionCorpus(List<Attack> attacks) {

    record Attack(String id, String kind, String text) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Attack> load() {
        try (InputStream in = InjectionCorpus.class.getResourceAsStream("/injection/corpus.jsonl")) {
            JsonMapper json = JsonMapper.builder().build();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(l -> json.readValue(l, Attack.class)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the injection corpus", e);
        }
    }
}
