package dev.concord.reward.web;

import dev.concord.protocol.api.ApiError;
import dev.concord.reward.account.IdempotencyConflictException;
import dev.concord.reward.account.InsufficientBalanceException;
import dev.concord.reward.registry.EndorsementRejectedException;
import dev.concord.reward.registry.IllegalTransitionException;
import dev.concord.reward.registry.NodeJailedException;
import dev.concord.reward.registry.ProofRejectedException;
import dev.concord.reward.registry.UnknownNodeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure of the API in OpenAI's error shape. */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError notFound(NotFoundException e) {
        return ApiError.of(e.getMessage(), "invalid_request_error", e.param(), e.code());
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<ApiError> unauthorized(UnauthorizedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ApiError.of(e.getMessage(), "invalid_request_error", null, e.code()));
    }

    @ExceptionHandler(BadRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError badRequest(BadRequestException e) {
        return ApiError.of(e.getMessage(), "invalid_request_error", e.param(), "invalid_value");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError unreadable(HttpMessageNotReadableException e) {
        return ApiError.of("The request body is not valid JSON for this endpoint", "invalid_request_error", null,
                "invalid_json");
    }

    @ExceptionHandler(InsufficientBalanceException.class)
    @ResponseStatus(HttpStatus.PAYMENT_REQUIRED)
    ApiError insufficientBalance(InsufficientBalanceException e) {
        return ApiError.of(e.getMessage(), "insufficient_quota", "amountMicros", "insufficient_balance");
    }

    @ExceptionHandler(ProofRejectedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ApiError proofRejected(ProofRejectedException e) {
        return ApiError.of(e.getMessage(), "permission_error", "signature", "invalid_proof");
    }

    /** The operator is not proven: the field named is the operator id or the operator's signature. */
    @ExceptionHandler(EndorsementRejectedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ApiError endorsementRejected(EndorsementRejectedException e) {
        return ApiError.of(e.getMessage(), "permission_error", e.field(), "invalid_operator_endorsement");
    }

    @ExceptionHandler(IllegalTransitionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError illegalTransition(IllegalTransitionException e) {
        return ApiError.of(e.getMessage(), "invalid_request_error", null, "illegal_transition");
    }

    @ExceptionHandler(NodeJailedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError jailed(NodeJailedException e) {
        return ApiError.of(e.getMessage(), "invalid_request_error", null, "node_jailed");
    }

    @ExceptionHandler(UnknownNodeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ApiError unknownNode(UnknownNodeException e) {
        return ApiError.of(e.getMessage(), "invalid_request_error", "nodeId", "node_not_found");
    }

    /** The domain's refusal of a value (a stake below the minimum, a malformed key). */
    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ApiError invalidValue(IllegalArgumentException e) {
        return ApiError.of(e.getMessage(), "invalid_request_error", null, "invalid_value");
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ApiError conflict(IdempotencyConflictException e) {
        return ApiError.of(e.getMessage(), "invalid_request_error", e.param(), "idempotency_conflict");
    }
}
