-- A round from prompt to decision. The prompt, responses and score sheets are stored as the signed JSON that
-- arrived, so a third party can re-verify every signature and recompute the decision.
CREATE TABLE round (
    request_id        TEXT PRIMARY KEY,
    status            TEXT        NOT NULL,
    prompt            TEXT        NOT NULL,
    rule              TEXT        NOT NULL,
    response_deadline TIMESTAMPTZ NOT NULL,
    round_deadline    TIMESTAMPTZ NOT NULL,
    evaluators        TEXT,
    candidates        TEXT,
    trust_version     BIGINT,
    winner_node_id    TEXT,
    decision          TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    decided_at        TIMESTAMPTZ
);
CREATE INDEX round_open_by_deadline ON round (status, response_deadline, round_deadline)
    WHERE status IN ('COLLECTING', 'SCORING');

-- A response may arrive before its prompt (different topics), so it does not reference the round.
CREATE TABLE round_response (
    request_id        TEXT        NOT NULL,
    node_id           TEXT        NOT NULL,
    event             TEXT        NOT NULL,
    received_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, node_id)
);

CREATE TABLE score_sheet (
    request_id   TEXT        NOT NULL REFERENCES round (request_id),
    evaluator_id TEXT        NOT NULL,
    event        TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, evaluator_id)
);

CREATE TABLE consensus_score (
    request_id TEXT             NOT NULL REFERENCES round (request_id),
    node_id    TEXT             NOT NULL,
    score      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (request_id, node_id)
);

-- Trust: the current state per evaluator, and every change with the round that caused it. The single clock row is
-- locked by each decision, so concurrent consensus instances apply trust updates one at a time (none lost or doubled).
CREATE TABLE trust_clock (
    id      INT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO trust_clock (id, version) VALUES (1, 0);

-- state is concord-quality's TrustState as JSON (whatever the configured rule remembers), so any rule can resume
-- from a stored snapshot; the weight is repeated as a column for queries and dashboards.
CREATE TABLE evaluator_trust (
    evaluator_id TEXT PRIMARY KEY,
    weight       DOUBLE PRECISION NOT NULL,
    state        TEXT             NOT NULL,
    version      BIGINT           NOT NULL,
    updated_at   TIMESTAMPTZ      NOT NULL
);

CREATE TABLE trust_history (
    evaluator_id  TEXT             NOT NULL,
    request_id    TEXT             NOT NULL,
    version       BIGINT           NOT NULL,
    deviation     DOUBLE PRECISION NOT NULL,
    weight_before DOUBLE PRECISION NOT NULL,
    weight_after  DOUBLE PRECISION NOT NULL,
    state_after   TEXT             NOT NULL,
    trust_rule    TEXT             NOT NULL,
    recorded_at   TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (evaluator_id, request_id)
);
