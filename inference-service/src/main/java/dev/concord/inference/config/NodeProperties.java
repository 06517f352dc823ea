package dev.concord.inference.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One inference node the agent hosts ({@code concord.inference.nodes[i]}).
 *
 * @param id                     the node id prompts name and the registry knows
 * @param operator               the operator that runs the node (at most one node per operator in a round)
 * @param modelServerUrl         the node's OpenAI-compatible API root, e.g. {@code http://127.0.0.1:9101/v1}
 * @param model                  the served model id sent to the model server and announced in the registry
 * @param apiKey                 Bearer token for the model server; blank when it needs none
 * @param pricePer1kTokensMicros what the node charges per 1,000 tokens (prompt plus completion)
 * @param stakeMicros            the stake the node announces
 * @param connectTimeout         TCP connect timeout to the model server
 * @param readTimeout            the longest a completion may take, even when the response deadline is further away
 */
public record NodeProperties(
        String id,
        String operator,
        URI modelServerUrl,
        String model,
        @DefaultValue("") String apiKey,
        long pricePer1kTokensMicros,
        long stakeMicros,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout) {

    public NodeProperties {
        String where = "concord.inference.nodes[" + id + "]";
        Required.text(id, "concord.inference.nodes[].id");
        Required.text(operator, where + ".operator");
        Required.present(modelServerUrl, where + ".model-server-url");
        Required.text(model, where + ".model");
        Required.notNegative(pricePer1kTokensMicros, where + ".price-per-1k-tokens-micros");
        Required.notNegative(stakeMicros, where + ".stake-micros");
        Required.positive(connectTimeout, where + ".connect-timeout");
        Required.positive(readTimeout, where + ".read-timeout");
    }
}
