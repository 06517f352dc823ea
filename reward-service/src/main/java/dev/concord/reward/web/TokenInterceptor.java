package dev.concord.reward.web;

import dev.concord.runtime.access.BearerToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the bearer token of every endpoint marked {@link RequiresToken}, in constant time, before the request body
 * is read. A missing, wrong or unconfigured token is answered 401 (through {@link ApiExceptionHandler}).
 */
public class TokenInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(TokenInterceptor.class);

    private final Map<ServiceToken, BearerToken> tokens;

    public TokenInterceptor(Map<ServiceToken, BearerToken> tokens) {
        this.tokens = new EnumMap<>(tokens);
        for (ServiceToken token : ServiceToken.values()) {
            if (!this.tokens.getOrDefault(token, BearerToken.of(null)).configured()) {
                log.warn("no {} token configured: the endpoints that need it answer 401", token);
            }
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequiresToken required = method.getMethodAnnotation(RequiresToken.class);
        if (required == null) {
            return true;
        }
        BearerToken token = tokens.getOrDefault(required.value(), BearerToken.of(null));
        if (!token.admits(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            log.warn("{} {} refused: no valid {} token", request.getMethod(), request.getRequestURI(), required.value());
            throw new UnauthorizedException(required.value());
        }
        return true;
    }
}
