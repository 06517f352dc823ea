package dev.concord.reward.web;

import dev.concord.reward.account.ClientAccounts;
import dev.concord.reward.account.Deposit;
import dev.concord.reward.account.ReservationReceipt;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients' prepaid accounts: deposits (the treasury's call: new money enters the ledger), and reservations of a
 * round's maximum fee (the gateway's call, with the platform's internal token). Reads are in {@link LedgerController}.
 */
@RestController
@RequestMapping("/v1/accounts/{accountId}")
class ClientAccountController {

    private final ClientAccounts accounts;

    ClientAccountController(ClientAccounts accounts) {
        this.accounts = accounts;
    }

    /** Idempotent per depositId (one is generated when none is given). */
    @PostMapping("/deposits")
    @RequiresToken(ServiceToken.TREASURY)
    @ResponseStatus(HttpStatus.CREATED)
    Deposit deposit(@PathVariable String accountId, @RequestBody DepositRequest request) {
        BadRequestException.requireAccountId(accountId);
        BadRequestException.requirePositive(request.amountMicros(), "amountMicros");
        String depositId = request.depositId() == null || request.depositId().isBlank()
                ? UUID.randomUUID().toString() : request.depositId();
        return accounts.deposit(accountId, depositId, request.amountMicros());
    }

    /**
     * Idempotent per requestId; 402 when the balance cannot cover the amount. The reservation expires at the round's
     * deadline (default: a standard round from now) plus the grace, unless a decision closes it first.
     */
    @PostMapping("/reservations")
    @RequiresToken(ServiceToken.INTERNAL)
    @ResponseStatus(HttpStatus.CREATED)
    ReservationResponse reserve(@PathVariable String accountId, @RequestBody ReservationRequest request) {
        BadRequestException.requireAccountId(accountId);
        BadRequestException.requireText(request.requestId(), "requestId");
        BadRequestException.requirePositive(request.amountMicros(), "amountMicros");
        ReservationReceipt receipt = accounts.reserve(request.requestId(), accountId, request.amountMicros(),
                request.roundDeadline());
        return ReservationResponse.of(receipt);
    }

    record DepositRequest(String depositId, long amountMicros) {
    }

    /** @param roundDeadline when the round must be decided (optional) */
    record ReservationRequest(String requestId, long amountMicros, Instant roundDeadline) {
    }
}
