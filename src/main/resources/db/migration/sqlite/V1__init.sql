-- Paperboy schema, SQLite flavour. Keep in step with ../postgresql/V1__init.sql: only the identity
-- columns differ. Dates are ISO-8601 text (YYYY-MM-DD), instants ISO-8601 UTC text; both sort correctly.

CREATE TABLE papers (
    id            VARCHAR(64)  PRIMARY KEY,           -- arXiv id without version: one row per paper
    version       INTEGER      NOT NULL,              -- the version announced (0 = unknown)
    title         TEXT         NOT NULL,
    authors       TEXT         NOT NULL,              -- JSON array of names
    categories    TEXT         NOT NULL,              -- JSON array, primary first
    abstract      TEXT         NOT NULL,
    comment       TEXT         NOT NULL,
    announced     VARCHAR(10)  NOT NULL,
    announce_type VARCHAR(16)  NOT NULL,
    ingested_at   VARCHAR(40)  NOT NULL
);
CREATE INDEX papers_by_day ON papers (announced);

CREATE TABLE subscribers (
    id         INTEGER      PRIMARY KEY AUTOINCREMENT,
    email      VARCHAR(320) NOT NULL UNIQUE,          -- stored lower-case
    name       VARCHAR(200) NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    profile    TEXT         NOT NULL,                 -- JSON of the Profile record
    created_at VARCHAR(40)  NOT NULL,
    updated_at VARCHAR(40)  NOT NULL
);

CREATE TABLE issues (
    id            INTEGER     PRIMARY KEY AUTOINCREMENT,
    kind          VARCHAR(16) NOT NULL,               -- daily | weekly
    subscriber_id BIGINT      NOT NULL REFERENCES subscribers (id),
    issue_date    VARCHAR(10) NOT NULL,
    covered_from  VARCHAR(10) NOT NULL,               -- first announcement day considered
    subject       TEXT        NOT NULL,
    html          TEXT        NOT NULL,
    body_text     TEXT        NOT NULL,
    created_at    VARCHAR(40) NOT NULL,
    UNIQUE (kind, subscriber_id, issue_date)
);

-- The scores of the papers an issue carried; also what makes "never mail a paper twice" cheap.
CREATE TABLE issue_papers (
    issue_id     BIGINT      NOT NULL REFERENCES issues (id),
    paper_id     VARCHAR(64) NOT NULL REFERENCES papers (id),
    position     INTEGER     NOT NULL,
    relevance    INTEGER     NOT NULL,
    novelty      INTEGER     NOT NULL,
    reason       TEXT        NOT NULL,
    author_match BOOLEAN     NOT NULL,
    PRIMARY KEY (issue_id, paper_id)
);
CREATE INDEX issue_papers_by_paper ON issue_papers (paper_id);

CREATE TABLE deliveries (
    id              INTEGER      PRIMARY KEY AUTOINCREMENT,
    issue_id        BIGINT       NOT NULL REFERENCES issues (id),
    subscriber_id   BIGINT       NOT NULL REFERENCES subscribers (id),
    address         VARCHAR(320) NOT NULL,
    message_id      VARCHAR(200) NOT NULL UNIQUE,
    unsubscribe_url TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,            -- queued | sent | failed (retried) | rejected (permanent)
    attempts        INTEGER      NOT NULL,
    last_error      TEXT,
    created_at      VARCHAR(40)  NOT NULL,
    sent_at         VARCHAR(40),
    UNIQUE (issue_id, subscriber_id)
);
CREATE INDEX deliveries_by_status ON deliveries (status, id);
