package dev.concord.reward.web;

import dev.concord.reward.ledger.Accounts;
import dev.concord.reward.persistence.AccountRepository;
import dev.concord.reward.persistence.LedgerRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views of the ledger. An account is named by its ledger name ({@code node:n1}, {@code protocol}) or, for
 * a client, by its account id ({@code acct-1}).
 */
@RestController
@RequestMapping("/v1")
class LedgerController {

    private static final int MAX_PAGE = 500;

    private final LedgerRepository ledger;
    private final AccountRepository accounts;

    LedgerController(LedgerRepository ledger, AccountRepository accounts) {
        this.ledger = ledger;
        this.accounts = accounts;
    }

    @GetMapping("/settlements/{requestId}")
    SettlementResponse settlement(@PathVariable String requestId) {
        return ledger.findSettlement(requestId)
                .map(SettlementResponse::of)
                .orElseThrow(() -> new NotFoundException("No settlement for request '" + requestId + "'",
                        "requestId", "settlement_not_found"));
    }

    @GetMapping("/accounts/{account}")
    AccountResponse account(@PathVariable String account) {
        return ledger.findAccount(Accounts.resolve(account))
                .map(AccountResponse::of)
                .orElseThrow(() -> accountNotFound(account));
    }

    /** Newest first; {@code before} is the {@code nextBefore} of the previous page. */
    @GetMapping("/accounts/{account}/statement")
    StatementResponse statement(@PathVariable String account,
                                @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
                                @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("'limit' must be 1.." + MAX_PAGE + ", was " + limit, "limit");
        }
        String name = Accounts.resolve(account);
        AccountResponse balance = ledger.findAccount(name).map(AccountResponse::of)
                .orElseThrow(() -> accountNotFound(account));
        return StatementResponse.of(balance, accounts.statement(name, before, limit), limit);
    }

    private static NotFoundException accountNotFound(String account) {
        return new NotFoundException("No account '" + account + "'", "account", "account_not_found");
    }
}
