package dev.concord.reward.web;

import dev.concord.reward.persistence.StoredSettlement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A settled round: what each account was paid and why, and the ledger transfers that paid it. */
record SettlementResponse(String requestId, String status, long feeMicros, Instant decidedAt, Instant settledAt,
                          List<PayoutResponse> payouts, List<TransferResponse> transfers) {

    record PayoutResponse(String account, long amountMicros, String reason) {
    }

    record TransferResponse(String id, String purpose, String debitAccount, String creditAccount, long amountMicros,
                            String reason) {
    }

    static SettlementResponse of(StoredSettlement s) {
        return new SettlementResponse(s.requestId(), s.status(), s.feeMicros(), s.decidedAt(), s.settledAt(),
                s.payouts().stream().map(p -> new PayoutResponse(p.account(), p.amountMicros(), p.reason())).toList(),
                s.transfers().stream().map(t -> new TransferResponse(t.id(),
                        t.purpose().name().toLowerCase(Locale.ROOT), t.debitAccount(), t.creditAccount(),
                        t.amountMicros(), t.reason())).toList());
    }
}
