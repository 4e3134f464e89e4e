-- "More like this" / "less like this" from the links in each digest; the latest click counts.
CREATE TABLE feedback (
    subscriber_id BIGINT      NOT NULL REFERENCES subscribers (id),
    paper_id      VARCHAR(64) NOT NULL REFERENCES papers (id),
    liked         BOOLEAN     NOT NULL,
    created_at    VARCHAR(40) NOT NULL,
    PRIMARY KEY (subscriber_id, paper_id)
);
