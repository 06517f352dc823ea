package dev.concord.gateway.web;

import dev.concord.gateway.access.AccessRefusedException;
import dev.concord.gateway.account.AccountUnavailableException;
import dev.concord.gateway.round.NoCapacityException;
import dev.concord.gateway.round.PriceAboveMaximumException;
import dev.concord.gateway.submission.IdempotencyConflictException;
import dev.concord.protocol.api.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/** Every failure of the public API answers in OpenAI's error shape, so SDKs surface the message. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> api(ApiException e) {
        return ResponseEntity.status(e.status()).body(ApiError.of(e.getMessage(), e.type(), e.param(), e.code()));
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ApiError> refused(AccessRefusedException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(RetryAfter.seconds(e.retryAfter())));
        }
        return response.body(ApiError.of(e.getMessage(), e.type(), null, e.code()));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ApiError> idempotency(IdempotencyConflictException e) {
        return ResponseEntity.status(e.stillRunning() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(ApiError.of(e.getMessage(), "invalid_request_error", "Idempotency-Key",
                        e.stillRunning() ? "idempotency_key_in_use" : "idempotency_key_reused"));
    }

    @ExceptionHandler(NoCapacityException.class)
    ResponseEntity<ApiError> noCapacity(NoCapacityException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiError.of(e.getMessage(), "api_error", null, "no_capacity"));
    }

    @ExceptionHandler(AccountUnavailableException.class)
    ResponseEntity<ApiError> accountUnavailable(AccountUnavailableException e) {
        log.warn("{}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiError.of(e.getMessage(), "api_error", null, "account_unavailable"));
    }

    @ExceptionHandler(PriceAboveMaximumException.class)
    ResponseEntity<ApiError> tooExpensive(PriceAboveMaximumException e) {
        return ResponseEntity.badRequest()
                .body(ApiError.of(e.getMessage(), "invalid_request_error", "concord.max_price_micros", "price_above_maximum"));
    }

    @ExceptionHandler(DataBufferLimitException.class)
    ResponseEntity<ApiError> tooLarge(DataBufferLimitException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(ApiError.of("the request body is too large: " + e.getMessage(), "invalid_request_error", null,
                        "request_too_large"));
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ApiError> unreadable(ServerWebInputException e) {
        String detail = e.getMostSpecificCause() == null ? e.getReason() : e.getMostSpecificCause().getMessage();
        return ResponseEntity.badRequest()
                .body(ApiError.of("could not parse the request body as JSON: " + firstLine(detail), "invalid_request_error", null, null));
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiError> status(ResponseStatusException e) {
        String type = e.getStatusCode().is4xxClientError() ? "invalid_request_error" : "api_error";
        return ResponseEntity.status(e.getStatusCode()).body(ApiError.of(e.getReason() == null ? e.getMessage() : e.getReason(), type, null, null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiError.of("internal error: " + e.getClass().getSimpleName(), "api_error", null, null));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "malformed body";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
