-- Reservations expire: a round that is never decided (its gateway crashed after reserving, its prompt was lost) must
-- not lock the client's money forever. Each reservation carries the instant after which a sweeper may void it (the
-- round's deadline plus a grace); a decision that comes later is settled from the client's balance, and what the
-- balance cannot cover is advanced by the protocol from 'protocol-shortfall' and recorded as such.

-- Reservations open before this migration named no deadline: they get ten minutes from now. ADD COLUMN with a
-- default fills existing rows without an UPDATE (the table refuses UPDATE); the default is dropped right after.
ALTER TABLE reservations ADD COLUMN expires_at TIMESTAMPTZ NOT NULL DEFAULT now() + interval '10 minutes';
ALTER TABLE reservations ALTER COLUMN expires_at DROP DEFAULT;
CREATE INDEX reservations_expiry ON reservations (expires_at);

ALTER TABLE reservation_closures DROP CONSTRAINT reservation_closures_outcome_check;
ALTER TABLE reservation_closures ADD CONSTRAINT reservation_closures_outcome_check
    CHECK (outcome IN ('settled', 'voided', 'expired'));

-- 'protocol-shortfall' is debit-normal like 'treasury': what the protocol advanced to pay nodes of rounds decided
-- after their reservation expired, when the client's balance no longer covered the fee.
ALTER TABLE accounts DROP CONSTRAINT accounts_kind_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_kind_check
    CHECK (kind IN ('treasury', 'escrow', 'refund', 'protocol', 'node', 'client', 'reserved', 'stake', 'unbonded',
                    'shortfall'));
INSERT INTO accounts (id, kind) VALUES ('protocol-shortfall', 'shortfall');

ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_purpose_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_purpose_check
    CHECK (purpose IN ('payout', 'deposit', 'reserve', 'release', 'stake', 'registration_fee', 'unbond', 'withdrawal',
                       'slash', 'late_charge', 'shortfall'));
