-- The public web archive of weekly issues: rendered without anyone's personal links.
CREATE TABLE public_issues (
    kind       VARCHAR(16) NOT NULL,                  -- weekly-1, weekly-2, ...
    week       VARCHAR(8)  NOT NULL,                  -- ISO week, e.g. 2026-W24
    subject    TEXT        NOT NULL,
    summary    TEXT        NOT NULL,
    html       TEXT        NOT NULL,
    created_at VARCHAR(40) NOT NULL,
    PRIMARY KEY (kind, week)
);
