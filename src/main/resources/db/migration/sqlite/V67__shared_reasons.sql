-- The "Why" of each paper of an issue, written once however many readers' issues carry it: readers who share a
-- topic are given the same reason for the same paper, and writing it on every row took about 1.5 KB per reader
-- and day. Kept to its first 500 characters, as the store writes new ones.
CREATE TABLE reasons (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT    NOT NULL UNIQUE
);
INSERT INTO reasons (text) SELECT DISTINCT SUBSTR(reason, 1, 500) FROM issue_papers;
ALTER TABLE issue_papers ADD COLUMN reason_id BIGINT REFERENCES reasons (id);
UPDATE issue_papers SET reason_id = (SELECT r.id FROM reasons r WHERE r.text = SUBSTR(issue_papers.reason, 1, 500));
ALTER TABLE issue_papers DROP COLUMN reason;
