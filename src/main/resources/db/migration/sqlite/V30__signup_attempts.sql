-- Each sign-up (the web form, a "subscribe" mail, "subscribe me again") is an attempt: what the person
-- asked for, kept apart from the stored subscriber until the address's owner confirms it with the link
-- mailed for that attempt. Only the newest attempt of a subscriber can be confirmed, and only once.
-- Keep in step with ../postgresql/V30__signup_attempts.sql: only the identity column differs.
CREATE TABLE signup_attempts (
    id            INTEGER      PRIMARY KEY AUTOINCREMENT,
    subscriber_id BIGINT       NOT NULL REFERENCES subscribers (id),
    name          VARCHAR(200) NOT NULL,
    profile       TEXT         NOT NULL,              -- JSON of the Profile record asked for
    created_at    VARCHAR(40)  NOT NULL,
    expires_at    VARCHAR(40)  NOT NULL,              -- the link's own expiry, for the record
    confirmed_at  VARCHAR(40)
);
CREATE INDEX signup_attempts_by_subscriber ON signup_attempts (subscriber_id, id);
