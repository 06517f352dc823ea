package dev.concord.quality.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Token F1 and ROUGE-L on examples counted by hand. */
class TextMetricsTest {

    @Test
    void tokenizerLowercasesStripsPunctuationAndOptionallyDropsArticles() {
        assertEquals(List.of("cat", "s", "hat", "big", "one"), Tokenizer.squad().tokens("The Cat's hat, a BIG one!"));
        assertEquals(List.of("the", "cat", "s", "hat", "a", "big", "one"),
                new Tokenizer(false).tokens("The Cat's hat, a BIG one!"));
        assertEquals(List.of("café", "3", "5"), Tokenizer.squad().tokens("  Café -- 3.5  "));
        assertEquals(List.of(), Tokenizer.squad().tokens(" ?! "));
    }

    @Test
    void tokenF1CountsTokensAsAMultiset() {
        // [cat, sat, on, mat] vs [cat, on, mat]: 3 common, P = 3/4, R = 1, F1 = 6/7.
        assertEquals(60.0 / 7, new TokenF1().score("The cat sat on the mat.", "A cat on a mat"), 1e-12);
        // [paris, paris] vs [paris]: only one match, P = 1/2, R = 1, F1 = 2/3.
        assertEquals(20.0 / 3, new TokenF1().score("Paris, Paris", "paris"), 1e-12);
        assertEquals(10.0, new TokenF1().score("the answer", "Answer!"), 1e-12);
        assertEquals(0.0, new TokenF1().score("London", "Paris"), 1e-12);
    }

    @Test
    void emptyTextsFollowSquad() {
        assertEquals(10.0, new TokenF1().score("the", "a"), 1e-12);   // both empty after dropping articles
        assertEquals(0.0, new TokenF1().score("", "Paris"), 1e-12);
        assertEquals(0.0, new RougeL().score("Paris", ""), 1e-12);
    }

    @Test
    void rougeLUsesTheLongestCommonSubsequence() {
        // ROUGE paper's example: "police killed the gunman" vs "police kill the gunman": LCS 3, P = R = 3/4.
        assertEquals(7.5, new RougeL().score("police kill the gunman", "police killed the gunman"), 1e-12);
        // Order matters: "the gunman killed police" shares only "the gunman" (or "police") in order: LCS 2.
        assertEquals(5.0, new RougeL().score("the gunman killed police", "police killed the gunman"), 1e-12);
        // 6 vs 5 tokens, LCS 5 (the cat on the mat): P = 5/6, R = 1, F1 = 10/11.
        assertEquals(100.0 / 11, new RougeL().score("the cat sat on the mat", "the cat on the mat"), 1e-12);
    }
}
