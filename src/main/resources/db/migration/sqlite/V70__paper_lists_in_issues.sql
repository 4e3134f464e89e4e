-- An issue's paper list moves into the issue's row, one line a paper in order: "<arXiv id> <relevance>
-- <novelty> <reason id> <1 if a followed author wrote it, else 0>" (store.PaperList). As rows of their own
-- the lists were 17 rows a reader a day, 1.7 million for 100,000 readers, and writing them was the larger
-- part of storing a day's issues; what reads them (which papers a reader was sent) reads whole lists.
ALTER TABLE issues ADD COLUMN papers TEXT NOT NULL DEFAULT '';
UPDATE issues SET papers = (
    SELECT group_concat(ip.paper_id || ' ' || ip.relevance || ' ' || ip.novelty || ' ' || COALESCE(ip.reason_id, 0) || ' '
                        || (CASE WHEN ip.author_match THEN 1 ELSE 0 END), char(10) ORDER BY ip.position)
    FROM issue_papers ip WHERE ip.issue_id = issues.id)
WHERE EXISTS (SELECT 1 FROM issue_papers ip WHERE ip.issue_id = issues.id);
DROP TABLE issue_papers;

-- A run reads its readers' recent issues (their lists): by reader and date.
CREATE INDEX issues_by_subscriber_date ON issues (subscriber_id, issue_date);
DROP INDEX issues_by_subscriber;
