package dev.concord.reward.web;

import dev.concord.reward.account.ClientAccounts;
import dev.concord.reward.account.Deposit;
import dev.concord.reward.account.ReservationReceipt;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Clients' prepaid accounts: deposits, and reservations of a round's maximum fee (the gateway's call). */
@RestController
@RequestMapping("/v1/accounts/{accountId}")
class ClientAccountController {

    private final ClientAccounts accounts;

    ClientAccountController(ClientAccounts accounts) {
        this.accounts = accounts;
    }

    /** Idempotent per depositId (one is generated when none is given). */
    @PostMapping("/deposits")
    @ResponseStatus(HttpStatus.CREATED)
    Deposit deposit(@PathVariable String accountId, @RequestBody DepositRequest request) {
        BadRequestException.requireAccountId(accountId);
        BadRequestException.requirePositive(request.amountMicros(), "amountMicros");
        String depositId = request.depositId() == null || request.depositId().isBlank()
                ? UUID.randomUUID().toString() : request.depositId();
        return accounts.deposit(accountId, depositId, request.amountMicros());
    }

    /** Idempotent per requestId; 402 when the balance cannot cover the amount. */
    @PostMapping("/reservations")
    @ResponseStatus(HttpStatus.CREATED)
    ReservationResponse reserve(@PathVariable String accountId, @RequestBody ReservationRequest request) {
        BadRequestException.requireAccountId(accountId);
        BadRequestException.requireText(request.requestId(), "requestId");
        BadRequestException.requirePositive(request.amountMicros(), "amountMicros");
        ReservationReceipt receipt = accounts.reserve(request.requestId(), accountId, request.amountMicros());
        return ReservationResponse.of(receipt);
    }

    record DepositRequest(String depositId, long amountMicros) {
    }

    record ReservationRequest(String requestId, long amountMicros) {
    }
}
