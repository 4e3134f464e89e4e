-- Per-reader lookups (papers already mailed to a reader, a reader's deliveries) must not scan every
-- reader's issues: without these, a run's cost grows with the square of the number of readers.
CREATE INDEX issues_by_subscriber ON issues (subscriber_id);
CREATE INDEX deliveries_by_subscriber ON deliveries (subscriber_id);
