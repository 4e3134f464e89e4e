-- No query looks a paper list up by its paper: a reader's history goes from the reader's issues to their
-- lists (the primary key), and papers are never deleted. The index cost every day's insert of the lists,
-- 17 rows a reader (1.7 million for 100,000 readers), a second B-tree to keep in order.
DROP INDEX issue_papers_by_paper;
