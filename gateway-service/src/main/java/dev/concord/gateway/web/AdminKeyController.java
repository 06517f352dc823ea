package dev.concord.gateway.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.concord.gateway.access.ApiKey;
import dev.concord.gateway.access.ApiKeys;
import dev.concord.gateway.access.ApiKeys.Issued;
import dev.concord.gateway.access.ApiKeys.NewKey;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The key admin API, behind the admin token ({@link AdminTokenFilter}). Secrets appear only in create and rotate. */
@RestController
public class AdminKeyController {

    private final ApiKeys keys;

    public AdminKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/admin/keys")
    public Mono<ResponseEntity<KeyView>> create(@RequestBody CreateKey body) {
        NewKey spec;
        try {
            spec = new NewKey(body.name(), body.requestsPerMinute(), body.tokensPerMinute(), body.budgetMicros(),
                    body.accountId());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(e.getMessage(), null);
        }
        return blocking(() -> ResponseEntity.status(HttpStatus.CREATED).body(KeyView.of(keys.create(spec))));
    }

    @GetMapping("/admin/keys")
    public Mono<List<KeyView>> list() {
        return blocking(() -> keys.list().stream().map(KeyView::of).toList());
    }

    /** A new secret for the key; the old one stops working at once. */
    @PostMapping("/admin/keys/{id}/rotate")
    public Mono<KeyView> rotate(@PathVariable String id) {
        return blocking(() -> keys.rotate(id).map(KeyView::of).orElseThrow(() -> notFound(id)));
    }

    @DeleteMapping("/admin/keys/{id}")
    public Mono<ResponseEntity<Void>> revoke(@PathVariable String id) {
        return blocking(() -> {
            if (!keys.revoke(id)) {
                throw notFound(id);
            }
            return ResponseEntity.noContent().build();
        });
    }

    private static ApiException notFound(String id) {
        return new ApiException(HttpStatus.NOT_FOUND, "invalid_request_error", "no live key " + id, "id", "key_not_found");
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }

    /** @param budgetMicros the spending cap in fee micros; absent for none */
    public record CreateKey(String name,
                            @JsonProperty("requests_per_minute") Integer requestsPerMinute,
                            @JsonProperty("tokens_per_minute") Long tokensPerMinute,
                            @JsonProperty("budget_micros") Long budgetMicros,
                            @JsonProperty("account_id") String accountId) {
    }

    /** @param key the secret, present only right after creation or rotation */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KeyView(String id, String name, String key,
                          @JsonProperty("requests_per_minute") int requestsPerMinute,
                          @JsonProperty("tokens_per_minute") long tokensPerMinute,
                          @JsonProperty("budget_micros") Long budgetMicros,
                          @JsonProperty("spent_micros") long spentMicros,
                          @JsonProperty("account_id") String accountId,
                          @JsonProperty("created_at") Instant createdAt,
                          @JsonProperty("rotated_at") Instant rotatedAt,
                          @JsonProperty("revoked_at") Instant revokedAt) {

        static KeyView of(ApiKey key) {
            return of(key, null);
        }

        static KeyView of(Issued issued) {
            return of(issued.key(), issued.secret());
        }

        private static KeyView of(ApiKey key, String secret) {
            return new KeyView(key.id(), key.name(), secret, key.requestsPerMinute(), key.tokensPerMinute(),
                    key.budgetMicros(), key.spentMicros(), key.accountId(), key.createdAt(), key.rotatedAt(),
                    key.revokedAt());
        }
    }
}
