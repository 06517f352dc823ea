package dev.concord.modelsim.answer;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes confident fiction. Hallucinations name the item's subject so they read as on topic to a careless judge;
 * off-topic text never does. Every name, date and figure here is made up on purpose.
 */
final class Fabricator {

    private static final List<String> CLAIMS = List.of(
            "%s is best known for the %s %s of %d, which historians attribute to %s.",
            "Records confirm that %s was first documented in %4$d by %5$s, in the so-called %2$s %3$s.",
            "The key fact is that %s was reclassified in %4$d after %5$s proposed the %2$s %3$s.",
            "Most sources agree that %s owes its reputation to the %s %s, formalised in %d by %s.");
    private static final List<String> ADJECTIVES = List.of("Harlowe", "northern", "second", "Velmont", "great",
            "silent", "Aldine");
    private static final List<String> NOUNS = List.of("accord", "index", "convention", "lantern festival",
            "survey", "charter", "doctrine");
    private static final List<String> NAMES = List.of("Dr. Helena Marsh", "Professor Arvid Lindqvist",
            "Tomas Okonkwo-Reyes", "the Royal Varnell Society", "Ingrid Paolucci", "the Kessler Institute");
    private static final List<String> CONFIDENCE = List.of("This is well established.",
            "There is no serious dispute about this.", "Every standard reference lists it this way.");

    private static final List<String> ELSEWHERE = List.of(
            "A good sourdough starter needs flour, water and a few days of patient feeding at room temperature.",
            "Most houseplants prefer bright, indirect light and soil that dries out slightly between waterings.",
            "Marathon training usually builds weekly mileage gradually, with one long run at an easy pace.",
            "Jazz standards are often built on a thirty-two bar form with a contrasting bridge section.",
            "When packing for a hiking trip, layers matter more than one heavy coat.",
            "Cast-iron pans last for generations if they are dried promptly and lightly oiled after washing.",
            "Learning a musical instrument as an adult goes faster with short daily practice than long weekly sessions.",
            "Good meeting notes record decisions and owners, not everything that was said.");

    String hallucination(String subject, RandomGenerator rng) {
        String claim = String.format(pick(CLAIMS, rng), subject, pick(ADJECTIVES, rng), pick(NOUNS, rng),
                1620 + rng.nextInt(380), pick(NAMES, rng));
        return Character.toUpperCase(claim.charAt(0)) + claim.substring(1) + " " + pick(CONFIDENCE, rng);
    }

    String offTopic(RandomGenerator rng) {
        int first = rng.nextInt(ELSEWHERE.size());
        int second = (first + 1 + rng.nextInt(ELSEWHERE.size() - 1)) % ELSEWHERE.size();
        return ELSEWHERE.get(first) + " " + ELSEWHERE.get(second);
    }

    private static String pick(List<String> options, RandomGenerator rng) {
        return options.get(rng.nextInt(options.size()));
    }
}
