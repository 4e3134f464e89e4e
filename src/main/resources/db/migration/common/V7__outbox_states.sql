-- Outbox states: queued -> sending -> sent | retry (next_attempt_at) | failed | suppressed.
-- A row is claimed by one run at a time (claim_token); a row still 'sending' after a crash is uncertain.
ALTER TABLE deliveries ADD COLUMN next_attempt_at VARCHAR(40);
ALTER TABLE deliveries ADD COLUMN claim_token VARCHAR(40);
ALTER TABLE deliveries ADD COLUMN claimed_at VARCHAR(40);
UPDATE deliveries SET status = 'retry' WHERE status = 'failed';
UPDATE deliveries SET status = 'failed' WHERE status = 'rejected';
CREATE INDEX deliveries_by_claim ON deliveries (claim_token);
