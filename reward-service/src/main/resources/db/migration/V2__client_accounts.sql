-- Client accounts: prepaid balances, and reservations of a round's maximum fee that its settlement closes exactly
-- once (the fee charged, the rest released) or voids (everything released) when the round fails.
--
-- Money enters through 'treasury', the one debit-normal account besides 'client-escrow': its balance (debits minus
-- credits) is what the platform holds for others, so every account's balance, read on its normal side, is >= 0.
-- 'client-escrow' keeps paying rounds without a client account (unmetered): its balance is the fees the platform
-- is owed for them.

ALTER TABLE accounts DROP CONSTRAINT accounts_kind_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_kind_check
    CHECK (kind IN ('treasury', 'escrow', 'refund', 'protocol', 'node', 'client', 'reserved'));
INSERT INTO accounts (id, kind) VALUES ('treasury', 'treasury'), ('client-reserved', 'reserved');

-- Deposits and reservations are transfers outside any settlement: the round id becomes optional, and every
-- transfer says what it is for.
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_request_id_fkey;
ALTER TABLE ledger_entries ALTER COLUMN request_id DROP NOT NULL;
ALTER TABLE ledger_entries ADD COLUMN purpose TEXT NOT NULL DEFAULT 'payout'
    CHECK (purpose IN ('payout', 'deposit', 'reserve', 'release'));
ALTER TABLE ledger_entries ALTER COLUMN purpose DROP DEFAULT;

-- A settlement's payouts, and only they, add up to its fee (releases of a reservation come from the same account).
CREATE OR REPLACE FUNCTION check_settlement_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    paid      BIGINT;
    moved     BIGINT;
BEGIN
    SELECT COALESCE(SUM(amount_micros), 0) INTO paid FROM payouts WHERE request_id = NEW.request_id;
    SELECT COALESCE(SUM(amount_micros), 0) INTO moved FROM ledger_entries
        WHERE request_id = NEW.request_id AND purpose = 'payout';
    IF paid <> NEW.fee_micros OR moved <> NEW.fee_micros THEN
        RAISE EXCEPTION 'settlement % unbalanced: fee %, payouts %, paid out %',
            NEW.request_id, NEW.fee_micros, paid, moved;
    END IF;
    RETURN NULL;
END
$$;

-- A round's maximum fee, moved from the client's account to 'client-reserved'. The request id is the idempotency key.
CREATE TABLE reservations (
    request_id    TEXT PRIMARY KEY,
    account       TEXT        NOT NULL REFERENCES accounts (id),
    amount_micros BIGINT      NOT NULL CHECK (amount_micros > 0),
    reserved_at   TIMESTAMPTZ NOT NULL
);

-- How a reservation ended; the primary key makes settling or voiding happen once.
CREATE TABLE reservation_closures (
    request_id      TEXT PRIMARY KEY REFERENCES reservations (request_id),
    outcome         TEXT        NOT NULL CHECK (outcome IN ('settled', 'voided')),
    charged_micros  BIGINT      NOT NULL CHECK (charged_micros >= 0),
    released_micros BIGINT      NOT NULL CHECK (released_micros >= 0),
    closed_at       TIMESTAMPTZ NOT NULL
);

CREATE TRIGGER reservations_append_only BEFORE UPDATE OR DELETE ON reservations
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER reservation_closures_append_only BEFORE UPDATE OR DELETE ON reservation_closures
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Checked at commit: a closed reservation charged plus released exactly what it held, and the ledger moved it.
CREATE FUNCTION check_reservation_closed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    held     BIGINT;
    released BIGINT;
BEGIN
    SELECT amount_micros INTO held FROM reservations WHERE request_id = NEW.request_id;
    SELECT COALESCE(SUM(amount_micros), 0) INTO released FROM ledger_entries
        WHERE request_id = NEW.request_id AND purpose = 'release';
    IF NEW.charged_micros + NEW.released_micros <> held OR released <> NEW.released_micros THEN
        RAISE EXCEPTION 'reservation % closed unbalanced: held %, charged %, released % (ledger %)',
            NEW.request_id, held, NEW.charged_micros, NEW.released_micros, released;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER reservation_closures_balanced AFTER INSERT ON reservation_closures
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_reservation_closed();

