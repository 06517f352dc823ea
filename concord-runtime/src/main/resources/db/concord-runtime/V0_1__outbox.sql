-- Events that a service's transaction decided to publish. Written in the same transaction as the change they
-- announce, published by the relay after commit, so neither a rolled-back write is announced nor a committed one lost.
CREATE TABLE concord_outbox (
    id           BIGSERIAL PRIMARY KEY,
    topic        TEXT        NOT NULL,
    event_key    TEXT        NOT NULL,
    payload      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX concord_outbox_unpublished ON concord_outbox (id) WHERE published_at IS NULL;
