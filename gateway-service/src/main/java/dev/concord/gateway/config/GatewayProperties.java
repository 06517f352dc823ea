package dev.concord.gateway.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param instanceId       this replica's id: decisions come back addressed to it (unique per process by default)
 * @param inferenceNodes   N, how many inference nodes answer a prompt unless the request asks otherwise
 * @param evaluators       K, how many evaluators score a round unless the request asks otherwise
 * @param maxInferenceNodes the largest N a request may ask for
 * @param maxEvaluators    the largest K a request may ask for
 * @param rule             the aggregation rule unless the request names one
 * @param responseTimeout  how long inference nodes have to answer
 * @param scoringTimeout   how long evaluators have to score, after the response deadline
 * @param feePerRoundMicros what a round costs the client, split among the nodes by the reward service
 * @param maxPromptChars   the largest prompt (all messages together) accepted
 * @param maxDeadline      the longest round deadline a request may ask for
 * @param rewardUrl        the reward service, where the fees of keys with a prepaid account are reserved
 * @param rewardToken      the reward service's internal token (its {@code concord.reward.access.internal-token}),
 *                         sent on reservations; blank: the reward service refuses them, and prepaid keys get 503
 */
@Validated
@ConfigurationProperties("concord.gateway")
public record GatewayProperties(@DefaultValue("") String instanceId,
                                @DefaultValue("3") @Min(1) int inferenceNodes,
                                @DefaultValue("5") @Min(1) int evaluators,
                                @DefaultValue("9") @Min(1) int maxInferenceNodes,
                                @DefaultValue("15") @Min(1) int maxEvaluators,
                                @DefaultValue("weighted-mean") @NotBlank String rule,
                                @DefaultValue("10s") Duration responseTimeout,
                                @DefaultValue("10s") Duration scoringTimeout,
                                @DefaultValue("2000") @Positive long feePerRoundMicros,
                                @DefaultValue("32000") @Positive int maxPromptChars,
                                @DefaultValue("60s") Duration maxDeadline,
                                @DefaultValue("http://127.0.0.1:8082") @NotBlank String rewardUrl,
                                @DefaultValue("") String rewardToken) {

    @Override
    public String toString() {
        return "GatewayProperties[instanceId=" + instanceId + ", inferenceNodes=" + inferenceNodes + ", evaluators="
                + evaluators + ", rule=" + rule + ", maxDeadline=" + maxDeadline + ", rewardUrl=" + rewardUrl
                + ", rewardToken=" + (rewardToken.isBlank() ? "unset" : "set") + "]";
    }

    /** Time past a round's deadline for consensus to decide and the decision to travel back. */
    public static final Duration DECISION_GRACE = Duration.ofSeconds(5);

    public GatewayProperties {
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = "gateway-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    /**
     * The longest any round can keep a client waiting: the longest deadline, the decision's way back, and the
     * outcome's write. A submission still pending after it was abandoned by its replica (stopped mid-round).
     */
    public Duration longestWait() {
        return maxDeadline.plus(DECISION_GRACE).plus(DECISION_GRACE);
    }
}
