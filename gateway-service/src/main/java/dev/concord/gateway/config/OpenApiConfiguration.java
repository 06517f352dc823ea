package dev.concord.gateway.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's OpenAPI document ({@code /v3/api-docs}) and its UI ({@code /docs}), with the bearer key scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI concordOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Concord gateway").version("v1").description("""
                        OpenAI-compatible chat completions answered by a Proof-of-Quality round: several inference \
                        nodes answer, evaluators score, a trust-weighted consensus picks the answer. Send an API key as \
                        `Authorization: Bearer <key>`; the key admin API (/admin/keys) takes the admin token the same \
                        way. Round evidence (/v1/rounds/{id}), trust and settlements are routed to their services."""))
                .components(new Components().addSecuritySchemes(API_KEY,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
