package dev.concord.modelsim.answer;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewords a sentence without changing its facts: reordering rules, then synonyms, then a framing template. */
final class Paraphraser {

    private record Rule(Pattern pattern, String replacement) {
        static Rule of(String regex, String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }
    }

    /** Whole-sentence reorderings for the corpus's common shapes ("X was written by Y." -> "Y wrote X."). */
    private static final List<Rule> REORDERINGS = List.of(
            Rule.of("^(.+) was written by ([^,]+)\\.$", "$2 is the author of $1."),
            Rule.of("^(.+) was painted by ([^,]+)\\.$", "$2 painted $1."),
            Rule.of("^(.+) was created by ([^,]+?)( in \\d{4})?\\.$", "$2 created $1$3."),
            Rule.of("^The capital of (.+) is ([^,]+)\\.$", "$2 is the capital city of $1."),
            Rule.of("^The currency of (.+) is ([^,]+)\\.$", "$1 uses $2 as its currency."),
            Rule.of("^The chemical symbol for (.+) is (\\w+)\\.$", "$2 is the symbol of the element $1."),
            Rule.of("^There are ([\\d,.]+) (.+) in (a|an) (.+)\\.$", "$3 $4 contains $1 $2."));

    private static final List<Rule> SYNONYMS = List.of(
            Rule.of("\\blargest\\b", "biggest"),
            Rule.of("\\bhighest\\b", "tallest"),
            Rule.of("\\bstands for\\b", "is short for"),
            Rule.of("\\bbegan\\b", "started"),
            Rule.of("\\bended\\b", "came to an end"),
            Rule.of("\\bcomposed\\b", "wrote"),
            Rule.of("\\bdiscovered\\b", "was the one who discovered"),
            Rule.of("\\babout\\b", "roughly"),
            Rule.of("\\bgenerally considered\\b", "usually regarded as"),
            Rule.of("\\bis in\\b", "is located in"),
            Rule.of("\\blies\\b", "sits"),
            Rule.of("\\bcarry\\b", "transport"),
            Rule.of("\\bby default\\b", "unless configured otherwise"),
            Rule.of("\\bhappened\\b", "took place"),
            Rule.of("\\bpublished\\b", "brought out"));

    private static final List<String> FRAMES = List.of("%s", "In short, %s", "%s That is the widely accepted answer.",
            "To put it briefly, %s", "As far as the record goes, %s", "Good question: %s");

    String paraphrase(String sentence, RandomGenerator rng) {
        String text = sentence;
        for (Rule rule : REORDERINGS) {
            Matcher m = rule.pattern().matcher(text);
            if (m.matches()) {
                text = capitalise(m.replaceFirst(rule.replacement()));
                break;
            }
        }
        for (Rule rule : SYNONYMS) {
            text = rule.pattern().matcher(text).replaceAll(rule.replacement());
        }
        // Frame 0 is "as is": only allowed when the rules above already changed the wording.
        int first = text.equals(sentence) ? 1 : 0;
        String frame = FRAMES.get(first + rng.nextInt(FRAMES.size() - first));
        return String.format(frame, frame.startsWith("%s") ? text : decapitalise(text));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lower-cases only a leading article or "There", never a name such as "Paris" or "Python". */
    private static String decapitalise(String s) {
        return s.matches("^(The|A|An|There|It)\\b.*") ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }
}
