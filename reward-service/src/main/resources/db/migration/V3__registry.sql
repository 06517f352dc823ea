-- The node registry: operators register nodes (proof of key possession through a one-time challenge), bond a stake
-- and pay a registration fee; every status change is kept; reward-service publishes each entry, signed as the
-- registry authority, on the compacted concord.registry topic (through the outbox).

ALTER TABLE accounts DROP CONSTRAINT accounts_kind_check;
ALTER TABLE accounts ADD CONSTRAINT accounts_kind_check
    CHECK (kind IN ('treasury', 'escrow', 'refund', 'protocol', 'node', 'client', 'reserved', 'stake', 'unbonded'));
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_purpose_check;
ALTER TABLE ledger_entries ADD CONSTRAINT ledger_entries_purpose_check
    CHECK (purpose IN ('payout', 'deposit', 'reserve', 'release', 'stake', 'registration_fee', 'unbond', 'withdrawal',
                       'slash'));

-- One-time nonces a node signs to prove it holds its key; consumed by the request that uses them.
CREATE TABLE registry_challenges (
    challenge_id TEXT PRIMARY KEY,
    node_id      TEXT        NOT NULL,
    nonce        TEXT        NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    used_at      TIMESTAMPTZ
);

-- A node as registered. Nodes of one operator share operator_id; the key never changes (rotation is a new node id).
CREATE TABLE nodes (
    node_id                    TEXT PRIMARY KEY,
    role                       TEXT        NOT NULL CHECK (role IN ('INFERENCE', 'EVALUATOR')),
    operator_id                TEXT        NOT NULL,
    public_key                 TEXT        NOT NULL,
    model                      TEXT        NOT NULL,
    price_per_1k_tokens_micros BIGINT      NOT NULL CHECK (price_per_1k_tokens_micros >= 0),
    registered_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX nodes_operator ON nodes (operator_id);

-- Every status a node has had, in order; the last one is its status now.
CREATE TABLE node_status_changes (
    node_id    TEXT        NOT NULL REFERENCES nodes (node_id),
    seq        INT         NOT NULL,
    status     TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'JAILED', 'EXITED')),
    reason     TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (node_id, seq)
);
CREATE TRIGGER node_status_changes_append_only BEFORE UPDATE OR DELETE ON node_status_changes
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- How many decided rounds in a row each evaluator has ended at the trust floor (sustained deviation is slashed).
CREATE TABLE deviation_streaks (
    evaluator_id TEXT PRIMARY KEY,
    rounds       INT NOT NULL CHECK (rounds >= 0)
);
