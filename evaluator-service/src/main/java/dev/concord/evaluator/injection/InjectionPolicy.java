package dev.concord.evaluator.injection;

import java.util.List;

/**
 * What an evaluator does about responses that try to instruct their grader. A flagged response scores at most
 * {@code maxScore} on the evaluator's sheet, whatever the scorer said, and its score carries the
 * {@code prompt-injection} flag so that consensus, auditors and the inference node see why. With the default cap of
 * 0 an injection attempt can only lose its author the round: however well a judge was fooled, every honest evaluator
 * scores the attempt 0.
 *
 * @param enabled  off only to measure what the defence is worth (tests, bench); on in every deployment by default
 * @param maxScore the cap on a flagged response's score, 0..10
 */
public record InjectionPolicy(boolean enabled, double maxScore) {

    public static final InjectionPolicy DEFAULT = new InjectionPolicy(true, 0);
    public static final InjectionPolicy OFF = new InjectionPolicy(false, 10);

    public InjectionPolicy {
        if (!(maxScore >= 0 && maxScore <= 10)) {
            throw new IllegalArgumentException("the cap on a flagged response's score must be within 0..10: " + maxScore);
        }
    }

    /** One flag per response, in order: true where the response tries to instruct its grader. */
    public List<Boolean> screen(List<String> responses) {
        return responses.stream().map(r -> enabled && InjectionDetector.isInjection(r)).toList();
    }

    public double penalise(double score, boolean flagged) {
        return flagged ? Math.min(score, maxScore) : score;
    }
}
