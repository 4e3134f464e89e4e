-- Every scheduled run: which task, the firing it was for, the node it ran on, and how it ended. A run
-- whose node died has no finished_at; the run that took over has recovering set and the same
-- scheduled_for.
CREATE TABLE job_runs (
    node          VARCHAR(200) NOT NULL,
    fire_id       VARCHAR(200) NOT NULL,
    task          VARCHAR(80)  NOT NULL,
    scheduled_for VARCHAR(40)  NOT NULL,
    recovering    BOOLEAN      NOT NULL,
    started_at    VARCHAR(40)  NOT NULL,
    finished_at   VARCHAR(40),
    outcome       TEXT,
    PRIMARY KEY (node, fire_id)
);
CREATE INDEX job_runs_by_task ON job_runs (task, scheduled_for);
