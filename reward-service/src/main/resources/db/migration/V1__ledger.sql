-- The reward ledger: double entry, integers in micros, append only.
-- A balance is never stored: it is credits minus debits over ledger_entries, so it cannot drift from the entries.

CREATE TABLE accounts (
    id         TEXT PRIMARY KEY,
    -- escrow: client-escrow, where round fees are taken from (the gateway funds it from client budgets);
    -- refund: client-refund, fees of rounds that ended without a decision, owed back to clients;
    -- protocol: what the reward rules leave unallocated; node: node:<nodeId>, inference and evaluator nodes.
    kind       TEXT        NOT NULL CHECK (kind IN ('escrow', 'refund', 'protocol', 'node')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO accounts (id, kind) VALUES ('client-escrow', 'escrow'), ('client-refund', 'refund'), ('protocol', 'protocol');

-- One row per settled round. The primary key is the idempotency key: a redelivered decision finds its row and
-- changes nothing.
CREATE TABLE settlements (
    request_id  TEXT PRIMARY KEY,
    status      TEXT        NOT NULL,
    fee_micros  BIGINT      NOT NULL CHECK (fee_micros >= 0),
    decided_at  TIMESTAMPTZ NOT NULL,
    settled_at  TIMESTAMPTZ NOT NULL
);

-- What a settlement pays and why, zero amounts included (a node learns why it earned nothing).
CREATE TABLE payouts (
    request_id    TEXT   NOT NULL REFERENCES settlements (request_id),
    position      INT    NOT NULL,
    account       TEXT   NOT NULL REFERENCES accounts (id),
    amount_micros BIGINT NOT NULL CHECK (amount_micros >= 0),
    reason        TEXT   NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- Immutable transfers: each moves a positive amount from one account to another, so every transfer balances by
-- construction. The transfer id is derived from the round and the payout position, a second idempotency guard.
CREATE TABLE ledger_entries (
    transfer_id    TEXT PRIMARY KEY,
    -- Write order, for reading a round's or an account's history back as it happened.
    entry_no       BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    request_id     TEXT        NOT NULL REFERENCES settlements (request_id),
    debit_account  TEXT        NOT NULL REFERENCES accounts (id),
    credit_account TEXT        NOT NULL REFERENCES accounts (id),
    amount_micros  BIGINT      NOT NULL CHECK (amount_micros > 0),
    reason         TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK (debit_account <> credit_account)
);
CREATE INDEX ledger_entries_debit ON ledger_entries (debit_account);
CREATE INDEX ledger_entries_credit ON ledger_entries (credit_account);
CREATE INDEX ledger_entries_request ON ledger_entries (request_id);

-- Corrections are new transfers, never edits: refuse UPDATE and DELETE on the money tables.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER payouts_append_only BEFORE UPDATE OR DELETE ON payouts
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER settlements_append_only BEFORE UPDATE OR DELETE ON settlements
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Checked at commit, once the whole settlement is written: its payouts and the transfers out of client-escrow
-- both add up to the fee exactly, so a settlement that loses or invents money cannot commit.
CREATE FUNCTION check_settlement_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    paid      BIGINT;
    escrowed  BIGINT;
BEGIN
    SELECT COALESCE(SUM(amount_micros), 0) INTO paid FROM payouts WHERE request_id = NEW.request_id;
    SELECT COALESCE(SUM(amount_micros), 0) INTO escrowed FROM ledger_entries
        WHERE request_id = NEW.request_id AND debit_account = 'client-escrow';
    IF paid <> NEW.fee_micros OR escrowed <> NEW.fee_micros THEN
        RAISE EXCEPTION 'settlement % unbalanced: fee %, payouts %, debited from escrow %',
            NEW.request_id, NEW.fee_micros, paid, escrowed;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER settlements_balanced AFTER INSERT ON settlements
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_settlement_balanced();
