package dev.concord.reward.web;

import dev.concord.reward.persistence.StatementLine;
import java.util.List;

/**
 * A page of an account's statement, newest first. {@code nextBefore} fetches the next (older) page and is null on
 * the last one; keyset paging, so entries written meanwhile never shift a page.
 */
record StatementResponse(String account, String kind, long balanceMicros, List<StatementLine> entries, Long nextBefore) {

    static StatementResponse of(AccountResponse account, List<StatementLine> entries, int limit) {
        Long next = entries.size() < limit ? null : entries.get(entries.size() - 1).entryNo();
        return new StatementResponse(account.account(), account.kind(), account.balanceMicros(), entries, next);
    }
}
