package dev.concord.gateway.web;

import dev.concord.protocol.api.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
