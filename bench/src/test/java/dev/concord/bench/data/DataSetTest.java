package dev.concord.bench.data;

import dev.concord.modelsim.corpus.QaItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataSetTest {

    @Test
    void aBareFileGetsStandInsForTheTierFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("data.jsonl");
        Files.writeString(file, """
                {"id":"q1","task":"qa","prompt":"Who wrote Hamlet?","reference":"Hamlet was written by Shakespeare."}

                {"id":"s1","task":"summarization","prompt":"Summarise the memo.","reference":"The budget grows by ten percent."}
                """);
        List<QaItem> items = DataSet.load(file);
        assertEquals(2, items.size());
        assertEquals("Shakespeare", items.get(0).answer());
        assertEquals("percent", items.get(0).distractor(), "the next item's key phrase");
        assertEquals("summarization", items.get(1).task());
    }

    @Test
    void problemsNameTheFileLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, """
                {"id":"q1","task":"qa","prompt":"Who?","reference":"Someone."}
                {"id":"q2","task":"qa","prompt":"What?"}
                """);
        String message = assertThrows(IllegalArgumentException.class, () -> DataSet.load(file)).getMessage();
        assertTrue(message.contains("bad.jsonl:2") && message.contains("'reference'"), message);

        Files.writeString(file, """
                {"id":"q1","task":"qa","prompt":"Who?","reference":"Someone."}
                {"id":"q2","task":"translation","prompt":"What?","reference":"That."}
                """);
        message = assertThrows(IllegalArgumentException.class, () -> DataSet.load(file)).getMessage();
        assertTrue(message.contains("bad.jsonl:2") && message.contains("qa or summarization"), message);
    }
}
