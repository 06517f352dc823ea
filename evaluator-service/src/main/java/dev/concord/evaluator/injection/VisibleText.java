package dev.concord.evaluator.injection;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader (or a model) effectively sees, in one canonical form, so that patterns match however an
 * instruction is disguised: NFKC (fullwidth and mathematical letters become plain ones), invisible format characters
 * removed (zero-width spaces and joiners, soft hyphens, bidi overrides and isolates), common Cyrillic and Greek
 * look-alikes folded to Latin, HTML entities decoded, lower case, whitespace collapsed.
 */
public final class VisibleText {

    /** Unicode "format" characters (Cf): zero-width space/joiners, soft hyphen, bidi controls, BOM, tag characters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u034F\\u115F\\u1160\\u3164\\uFFA0]");
    private static final Pattern BIDI_OVERRIDE = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{L})-\\s*\\n\\s*(\\p{L})");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-f]+|lt|gt|amp|quot|apos|nbsp);",
            Pattern.CASE_INSENSITIVE);

    /** Look-alike letters NFKC leaves alone (Unicode's confusables for the Latin letters that spell instructions). */
    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'), Map.entry('ɡ', 'g'), Map.entry('һ', 'h'), Map.entry('ո', 'n'), Map.entry('ս', 'u'),
            Map.entry('ⅰ', 'i'), Map.entry('ı', 'i'), Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ε', 'e'),
            Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'), Map.entry('τ', 't'),
            Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ѵ', 'v'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'));

    private VisibleText() {
    }

    static String of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        unfolded(text).chars().forEach(c -> folded.append(HOMOGLYPHS.getOrDefault((char) c, (char) c)));
        return folded.toString();
    }

    /** The same canonical form without folding look-alikes: how a text in Cyrillic or Greek really reads. */
    static String unfolded(String text) {
        String nfkc = Normalizer.normalize(decodeEntities(text), Normalizer.Form.NFKC);
        String visible = INVISIBLE.matcher(nfkc).replaceAll("");
        visible = HYPHENATED_BREAK.matcher(visible).replaceAll("$1$2");
        return WHITESPACE.matcher(visible.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * Only the invisible characters removed, nothing else changed: what the judge is shown, so a response cannot
     * hide text from a human reader that a model still reads.
     */
    public static String withoutInvisible(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }

    /** Whether the text reorders its own display: right-to-left overrides make reversed text read forwards. */
    static boolean overridesDirection(String text) {
        return BIDI_OVERRIDE.matcher(text).find();
    }

    private static String decodeEntities(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (entity.find()) {
            String name = entity.group(1).toLowerCase(Locale.ROOT);
            String replacement = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> codePoint(name);
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        entity.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String numeric) {
        try {
            int value = numeric.startsWith("#x") ? Integer.parseInt(numeric.substring(2), 16)
                    : Integer.parseInt(numeric.substring(1));
            return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
