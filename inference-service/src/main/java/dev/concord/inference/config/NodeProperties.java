package dev.concord.inference.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One inference node the agent hosts ({@code concord.inference.nodes[i]}).
 *
 * @param id                     the node id prompts name and the registry knows
 * @param operator               the name of the key of the operator that runs the node (at most one node per
 *                               operator in a round): the registry's operator id is derived from that key, which
 *                               endorses the node ({@code concord.inference.operators.<name>}, else
 *                               {@code <key-dir>/operators/<name>.key}, created on first use)
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
        Required.text(id, "concord.inference.nodes[].id");
        String of = " of node " + id;
        Required.text(operator, "concord.inference.nodes[].operator" + of);
        Required.present(modelServerUrl, "concord.inference.nodes[].model-server-url" + of);
        Required.text(model, "concord.inference.nodes[].model" + of);
        Required.notNegative(pricePer1kTokensMicros, "concord.inference.nodes[].price-per-1k-tokens-micros" + of);
        Required.notNegative(stakeMicros, "concord.inference.nodes[].stake-micros" + of);
        Required.positive(connectTimeout, "concord.inference.nodes[].connect-timeout" + of);
        Required.positive(readTimeout, "concord.inference.nodes[].read-timeout" + of);
    }
}
