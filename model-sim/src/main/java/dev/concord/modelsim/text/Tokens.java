package dev.concord.modelsim.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one tokenizer of model-sim. A token is a run of letters or digits, or a single punctuation character;
 * whitespace separates tokens and is not one. It is a stand-in for a model's BPE tokenizer: usage numbers are
 * of the right order (about 1.3 tokens per English word), not those a real model would report.
 */
public final class Tokens {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}\\s]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Tokens() {
    }

    /** Number of tokens in the text, punctuation included: what the server reports in {@code usage}. */
    public static int count(String text) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The lower-cased words of the text (letters and digits only): what matching and F1 compare. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The words joined by single spaces: two prompts that differ only in case and punctuation normalise equal. */
    public static String normalise(String text) {
        return String.join(" ", words(text));
    }

    /** The text cut right after its {@code maxTokens}-th token (whole text if it is shorter). */
    public static String truncate(String text, int maxTokens) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) {
            if (++n == maxTokens) {
                return text.substring(0, m.end());
            }
        }
        return maxTokens <= 0 ? "" : text;
    }
}
