package dev.concord.reward.config;

import dev.concord.reward.web.ServiceToken;
import dev.concord.reward.web.TokenInterceptor;
import dev.concord.runtime.access.BearerToken;
import dev.concord.runtime.access.ProductionSecrets;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards the endpoints that move money with their tokens; in production, both tokens must be configured. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final TokenInterceptor tokens;

    WebConfiguration(AccessProperties access, Environment environment) {
        ProductionSecrets.require(environment, Map.of(
                "concord.reward.access.internal-token", access.internalToken(),
                "concord.reward.access.treasury-token", access.treasuryToken()));
        this.tokens = new TokenInterceptor(Map.of(
                ServiceToken.INTERNAL, BearerToken.of(access.internalToken()),
                ServiceToken.TREASURY, BearerToken.of(access.treasuryToken())));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(tokens);
    }
}
