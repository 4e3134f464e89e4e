-- The LLM judge's answers, kept so readers with the same criteria never pay twice and a re-run asks
-- nothing. criteria_hash is the SHA-256 of the prompt built from the reader's criteria; a row with a
-- NULL relevance records that the model was asked and left the paper out of its answer.
CREATE TABLE llm_judgements (
    paper_id      VARCHAR(64)  NOT NULL,              -- base arXiv id, no version
    criteria_hash VARCHAR(64)  NOT NULL,
    model         VARCHAR(200) NOT NULL,
    relevance     INTEGER,                            -- 1-10
    novelty       INTEGER,                            -- 1-10, 0 when the model gave none
    comment       TEXT,
    created_at    VARCHAR(40)  NOT NULL,
    PRIMARY KEY (paper_id, criteria_hash, model)
);

-- What the judge spent per UTC day and model, added to by every run on every node: the daily budget
-- is checked against the sum.
CREATE TABLE llm_spending (
    day               VARCHAR(10)      NOT NULL,       -- YYYY-MM-DD, UTC
    model             VARCHAR(200)     NOT NULL,
    calls             BIGINT           NOT NULL,
    prompt_tokens     BIGINT           NOT NULL,
    completion_tokens BIGINT           NOT NULL,
    cost_usd          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (day, model)
);
