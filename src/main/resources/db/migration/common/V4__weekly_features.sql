-- Papers featured as breakthroughs in a weekly issue, so a later week never features them again.
-- topic_key names the operator's weekly topic (weekly-1, weekly-2, ...).
CREATE TABLE weekly_features (
    topic_key VARCHAR(32) NOT NULL,
    week      VARCHAR(8)  NOT NULL,                   -- ISO week, e.g. 2026-W24
    paper_id  VARCHAR(64) NOT NULL REFERENCES papers (id),
    PRIMARY KEY (topic_key, paper_id)
);
