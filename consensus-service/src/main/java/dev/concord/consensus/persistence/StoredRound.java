package dev.concord.consensus.persistence;

import dev.concord.consensus.round.RoundPhase;
import dev.concord.protocol.event.Nullable;
import dev.concord.protocol.event.PromptRequest;
import dev.concord.protocol.selection.RegistrySnapshot;
import java.time.Instant;
import java.util.List;

/**
 * A round row: its prompt, its phase, the aggregation rule it uses, the registry snapshot it selects from (null for
 * rounds opened before snapshots were kept), once revealing, the reveal deadline and, once scoring, its evaluators and
 * the nodes whose responses were sent to them (responses arriving later are kept but never scored).
 */
public record StoredRound(PromptRequest prompt, RoundPhase phase, String rule, List<String> evaluators,
                          List<String> candidates, @Nullable RegistrySnapshot snapshot,
                          @Nullable Instant revealDeadline) {
}
