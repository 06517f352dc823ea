-- Rate limits become token buckets (GCRA): each bucket is the instant it will be full again, so a client gets its
-- burst and then its rate, instead of up to twice its limit across a fixed window's boundary. The fixed windows'
-- counts mean nothing to a bucket and are dropped: every key starts with full buckets.
DROP TABLE rate_window;

CREATE TABLE rate_bucket (
    key_id          TEXT PRIMARY KEY REFERENCES api_key (id),
    -- NULL or past: the bucket is full
    requests_full_at TIMESTAMPTZ,
    tokens_full_at   TIMESTAMPTZ
);
