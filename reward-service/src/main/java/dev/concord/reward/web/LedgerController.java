package dev.concord.reward.web;

import dev.concord.reward.persistence.LedgerRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views of the ledger. */
@RestController
@RequestMapping("/v1")
class LedgerController {

    private final LedgerRepository ledger;

    LedgerController(LedgerRepository ledger) {
        this.ledger = ledger;
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
        return ledger.findAccount(account)
                .map(AccountResponse::of)
                .orElseThrow(() -> new NotFoundException("No account '" + account + "'", "account", "account_not_found"));
    }
}
