-- API keys: only the SHA-256 of each secret is kept; the secret is shown once, when it is created or rotated.
CREATE TABLE api_key (
    id                  TEXT PRIMARY KEY,
    name                TEXT        NOT NULL,
    secret_hash         TEXT        NOT NULL UNIQUE,
    requests_per_minute INT         NOT NULL CHECK (requests_per_minute > 0),
    tokens_per_minute   BIGINT      NOT NULL CHECK (tokens_per_minute > 0),
    -- the spending cap in fee micros; NULL means no cap
    budget_micros       BIGINT      CHECK (budget_micros >= 0),
    spent_micros        BIGINT      NOT NULL DEFAULT 0,
    -- the client's prepaid account in the reward service, when it has one
    account_id          TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    rotated_at          TIMESTAMPTZ,
    revoked_at          TIMESTAMPTZ
);

-- One fixed one-minute window per key, shared by every gateway replica: requests counted on admission, tokens
-- added when the round's usage is known.
CREATE TABLE rate_window (
    key_id       TEXT PRIMARY KEY REFERENCES api_key (id),
    window_start TIMESTAMPTZ NOT NULL,
    requests     INT         NOT NULL,
    tokens       BIGINT      NOT NULL
);

-- Every chat-completion submission: its owner, the idempotency key it came with, what it was charged, and its
-- outcome once decided, so a replay, a poll or an SSE subscriber on any replica finds it.
CREATE TABLE submission (
    round_id        TEXT PRIMARY KEY,
    key_id          TEXT        NOT NULL,
    idempotency_key TEXT,
    request_hash    TEXT        NOT NULL,
    charged_micros  BIGINT      NOT NULL,
    status          TEXT        NOT NULL,
    decision        TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    UNIQUE (key_id, idempotency_key)
);
