-- Commit-reveal (PROOF-OF-QUALITY.md step 2): a node's signed commitment arrives first, and may arrive before its
-- prompt (different topics), so it does not reference the round. The reveal deadline is set when the commit window
-- closes.
CREATE TABLE round_commitment (
    request_id  TEXT        NOT NULL,
    node_id     TEXT        NOT NULL,
    commitment  TEXT        NOT NULL,
    event       TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, node_id)
);

-- Faults of inference nodes, one per (round, node, kind): the decision carries them to reward-service.
CREATE TABLE round_fault (
    request_id  TEXT        NOT NULL,
    node_id     TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    evidence    TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, node_id, kind)
);

ALTER TABLE round ADD COLUMN reveal_deadline TIMESTAMPTZ;

DROP INDEX round_open_by_deadline;
CREATE INDEX round_open_by_deadline ON round (status, response_deadline, reveal_deadline, round_deadline)
    WHERE status IN ('COLLECTING', 'REVEALING', 'SCORING');
