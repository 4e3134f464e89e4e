-- An issue's paper list moves into the issue's row, one line a paper in order: "<arXiv id> <relevance>
-- <novelty> <reason id> <1 if a followed author wrote it, else 0>" (store.PaperList). As rows of their own
-- the lists were 17 rows a reader a day, 1.7 million for 100,000 readers, and writing them was the larger
-- part of the server's work in storing a day's issues; what reads them (which papers a reader was sent)
-- reads whole lists.
ALTER TABLE issues ADD COLUMN papers TEXT NOT NULL DEFAULT '';
UPDATE issues i SET papers = l.list
FROM (SELECT issue_id,
             string_agg(paper_id || ' ' || relevance || ' ' || novelty || ' ' || COALESCE(reason_id, 0) || ' '
                        || (CASE WHEN author_match THEN 1 ELSE 0 END), E'\n' ORDER BY position) AS list
      FROM issue_papers GROUP BY issue_id) l
WHERE l.issue_id = i.id;
DROP TABLE issue_papers;

-- A run reads its readers' recent issues (their lists): by reader and date.
CREATE INDEX issues_by_subscriber_date ON issues (subscriber_id, issue_date);
DROP INDEX issues_by_subscriber;
