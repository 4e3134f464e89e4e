-- Every SQL statement Paperboy runs, by name. Portable between SQLite (3.35+) and PostgreSQL:
-- ON CONFLICT ... DO NOTHING and RETURNING work in both. Where the two must differ, "name.postgresql"
-- (or "name.sqlite") is that database's variant of "name", and the store uses it there.

-- name: paper-insert
INSERT INTO papers (id, version, title, authors, categories, abstract, comment, announced, announce_type, ingested_at)
VALUES (:id, :version, :title, :authors, :categories, :abstract, :comment, :announced, :announceType, :now)
ON CONFLICT (id) DO NOTHING

-- name: papers-between
SELECT * FROM papers WHERE announced >= :from AND announced <= :to ORDER BY announced, id

-- name: paper-count
SELECT COUNT(*) FROM papers

-- name: paper-days
SELECT announced, COUNT(*) AS n FROM papers GROUP BY announced ORDER BY announced

-- name: subscriber-insert
INSERT INTO subscribers (email, name, status, profile, created_at, updated_at, profile_changed_at)
VALUES (:email, :name, :status, :profile, :now, :now, :now)
RETURNING id

-- The name and profile from elsewhere than the reader (a profile file): from now on the file has the
-- reader's edits, if they made any, so none is theirs alone any more.
-- name: subscriber-update
UPDATE subscribers SET name = :name, profile = :profile, updated_at = :now,
    profile_changed_at = CASE WHEN profile = :profile THEN profile_changed_at ELSE :now END,
    web_edited_at = NULL
WHERE id = :id

-- The reader's own edit in the preference centre: when it changed something, remembered as theirs.
-- name: subscriber-web-edit
UPDATE subscribers SET name = :name, profile = :profile, updated_at = :now,
    profile_changed_at = CASE WHEN profile = :profile THEN profile_changed_at ELSE :now END,
    web_edited_at = CASE WHEN profile = :profile AND name = :name THEN web_edited_at ELSE :now END
WHERE id = :id

-- name: subscriber-web-edited
SELECT web_edited_at FROM subscribers WHERE id = :id AND web_edited_at IS NOT NULL

-- name: subscriber-by-id
SELECT * FROM subscribers WHERE id = :id

-- name: subscriber-by-email
SELECT * FROM subscribers WHERE email = :email

-- name: subscribers-all
SELECT * FROM subscribers ORDER BY id

-- name: subscribers-with-status
SELECT * FROM subscribers WHERE status = :status ORDER BY id

-- Many readers at once (the benchmark's generated ones); an existing reader keeps their status.
-- name: subscriber-upsert
INSERT INTO subscribers (email, name, status, profile, created_at, updated_at, profile_changed_at)
VALUES (:email, :name, :status, :profile, :now, :now, :now)
ON CONFLICT (email) DO UPDATE SET name = excluded.name, profile = excluded.profile, updated_at = excluded.updated_at,
    profile_changed_at = CASE WHEN subscribers.profile = excluded.profile THEN subscribers.profile_changed_at
        ELSE excluded.updated_at END,
    web_edited_at = NULL

-- One page of a digest run's readers, so a run never holds every profile at once.
-- name: subscribers-with-status-after
SELECT * FROM subscribers WHERE status = :status AND id > :after ORDER BY id LIMIT :limit

-- name: subscribers-by-ids
SELECT * FROM subscribers WHERE id IN (<ids>) ORDER BY id

-- name: subscriber-set-status
UPDATE subscribers SET status = :status, updated_at = :now WHERE id = :id

-- A transition of subscriber.Consent: only from the states it allows.
-- name: subscriber-change-status
UPDATE subscribers SET status = :to, updated_at = :now WHERE id = :id AND status IN (<from>)

-- name: attempt-insert
INSERT INTO signup_attempts (subscriber_id, name, profile, created_at, expires_at)
VALUES (:subscriberId, :name, :profile, :now, :expires)
RETURNING id

-- Uses an attempt: only the subscriber's newest, and only once.
-- name: attempt-use
UPDATE signup_attempts SET confirmed_at = :now
WHERE id = :id AND confirmed_at IS NULL
  AND id = (SELECT MAX(a.id) FROM signup_attempts a WHERE a.subscriber_id = signup_attempts.subscriber_id)

-- name: attempt-by-id
SELECT * FROM signup_attempts WHERE id = :id

-- What the owner confirmed becomes the subscriber's.
-- name: subscriber-activate
UPDATE subscribers SET name = :name, profile = :profile, status = 'ACTIVE', updated_at = :now WHERE id = :id

-- name: issue-exists
SELECT COUNT(*) FROM issues WHERE kind = :kind AND subscriber_id = :subscriberId AND issue_date = :date

-- name: issue-last-date
SELECT MAX(issue_date) FROM issues WHERE kind = :kind AND subscriber_id = :subscriberId

-- name: issue-insert
INSERT INTO issues (kind, subscriber_id, issue_date, covered_from, subject, html, body_text, body, created_at)
VALUES (:kind, :subscriberId, :date, :coveredFrom, :subject, :html, :text, :body, :now)
ON CONFLICT (kind, subscriber_id, issue_date) DO NOTHING
RETURNING id

-- Issues of many readers in one statement; a reader's issue that exists already is left as it is, and only
-- the rows added come back.
-- name: issues-insert-many
INSERT INTO issues (kind, subscriber_id, issue_date, covered_from, subject, html, body_text, body, papers, created_at)
VALUES <rows>
ON CONFLICT (kind, subscriber_id, issue_date) DO NOTHING
RETURNING id, kind, issue_date, subscriber_id

-- name: issues-made-on
SELECT subscriber_id FROM issues WHERE kind = :kind AND issue_date = :date AND subscriber_id IN (<ids>)

-- name: issue-last-dates
SELECT subscriber_id, MAX(issue_date) AS last FROM issues WHERE kind = :kind AND subscriber_id IN (<ids>)
GROUP BY subscriber_id

-- name: reason-insert
INSERT INTO reasons (text) VALUES (:text) ON CONFLICT (text) DO NOTHING

-- name: reason-ids
SELECT id, text FROM reasons WHERE text IN (<texts>)

-- name: mailed-paper-ids
SELECT papers FROM issues WHERE subscriber_id = :subscriberId

-- What a digest run compares its papers with: the lists of the issues that can carry a paper announced since a
-- day (from: that day, less the six days by which a weekly issue, dated its Monday, precedes its papers), not
-- every paper ever sent; then only the papers announced since the day (mailed-since-papers).
-- name: mailed-paper-lists-since
SELECT subscriber_id, papers FROM issues WHERE subscriber_id IN (<ids>) AND issue_date >= :from AND papers <> ''

-- name: mailed-since-papers
SELECT id FROM papers WHERE announced >= :since

-- name: deliveries-insert-many
-- each row: issue_id, subscriber_id, address, message_id, unsubscribe_url, 'queued', 0, created_at
INSERT INTO deliveries (issue_id, subscriber_id, address, message_id, unsubscribe_url, status, attempts, created_at)
VALUES <rows>
ON CONFLICT (issue_id, subscriber_id) DO NOTHING

-- Claims due rows for one run. Issues only for ACTIVE subscribers: someone who unsubscribed after an
-- issue was queued gets nothing more; the mails about a subscription itself (kinds 'confirm' and
-- 'notice', and their '.2' to '.9' for later ones the same day: the confirmation link, command replies)
-- go whatever the status. SQLite lets one writer in
-- at a time, so two claims never overlap there.
-- name: deliveries-claim
UPDATE deliveries SET status = 'sending', claim_token = :claim, claimed_at = :now, claimed_by = :node
WHERE status IN ('queued', 'retry') AND id IN (
    SELECT d.id FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id JOIN issues i ON i.id = d.issue_id
    WHERE (s.status = 'ACTIVE' OR i.kind LIKE 'confirm%' OR i.kind LIKE 'notice%')
      AND (d.status = 'queued' OR (d.status = 'retry' AND d.next_attempt_at <= :now AND d.attempts < :maxAttempts))
    ORDER BY d.id
    LIMIT :limit)

-- On PostgreSQL several connections and nodes claim at once: each locks the rows it picks and skips
-- the rows another claim has locked, so claims get disjoint rows without waiting on each other (the
-- shared statement would wait for the other's commit and then find its rows taken, claiming none).
-- name: deliveries-claim.postgresql
WITH due AS MATERIALIZED (
    SELECT d.id FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id JOIN issues i ON i.id = d.issue_id
    WHERE (s.status = 'ACTIVE' OR i.kind LIKE 'confirm%' OR i.kind LIKE 'notice%')
      AND (d.status = 'queued' OR (d.status = 'retry' AND d.next_attempt_at <= :now AND d.attempts < :maxAttempts))
    ORDER BY d.id
    LIMIT :limit
    FOR UPDATE OF d SKIP LOCKED)
UPDATE deliveries SET status = 'sending', claim_token = :claim, claimed_at = :now, claimed_by = :node
WHERE id IN (SELECT id FROM due)

-- One row, to send at once (a confirmation mail just queued); the reader's state is checked at the send.
-- name: delivery-claim-one
UPDATE deliveries SET status = 'sending', claim_token = :claim, claimed_at = :now, claimed_by = :node
WHERE id = :id AND status IN ('queued', 'retry')

-- Whether a claimed row may still go, asked right before it is sent: the reader may have left since.
-- name: delivery-wanted
SELECT COUNT(*) FROM deliveries d JOIN subscribers s ON s.id = d.subscriber_id JOIN issues i ON i.id = d.issue_id
WHERE d.id = :id AND (s.status = 'ACTIVE' OR i.kind LIKE 'confirm%' OR i.kind LIKE 'notice%')

-- A claimed row whose reader no longer wants mail: it never goes, not even after they come back.
-- name: delivery-unwanted
UPDATE deliveries SET status = 'suppressed', claim_token = NULL WHERE id = :id AND status = 'sending'

-- name: deliveries-claimed
SELECT d.id, d.issue_id, d.subscriber_id, d.address, i.subject, i.html, i.body_text, i.body, d.message_id,
       d.unsubscribe_url, d.attempts, i.kind
FROM deliveries d JOIN issues i ON i.id = d.issue_id
WHERE d.claim_token = :claim AND d.status = 'sending'
ORDER BY d.id

-- name: deliveries-uncertain
SELECT d.id, d.issue_id, d.subscriber_id, d.address, i.subject, i.html, i.body_text, i.body, d.message_id,
       d.unsubscribe_url, d.attempts, i.kind
FROM deliveries d JOIN issues i ON i.id = d.issue_id
WHERE d.status = 'sending' AND d.claimed_at <= :before
ORDER BY d.id

-- As above, and at once the rows of a node the cluster has declared dead: Quartz deletes a node's
-- row from qrtz_scheduler_state when another node takes over its runs.
-- name: deliveries-uncertain.postgresql
SELECT d.id, d.issue_id, d.subscriber_id, d.address, i.subject, i.html, i.body_text, i.body, d.message_id,
       d.unsubscribe_url, d.attempts, i.kind
FROM deliveries d JOIN issues i ON i.id = d.issue_id
WHERE d.status = 'sending'
  AND (d.claimed_at <= :before
       OR (d.claimed_by IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM qrtz_scheduler_state q WHERE q.instance_name = d.claimed_by)))
ORDER BY d.id

-- Spent from an hourly cap: rows sent since :since, and rows claimed since then that may be going out.
-- name: deliveries-sent-since
SELECT COUNT(*) FROM deliveries
WHERE (status = 'sent' AND sent_at >= :since) OR (status = 'sending' AND claimed_at >= :since)

-- name: delivery-sent
UPDATE deliveries SET status = 'sent', attempts = attempts + 1, sent_at = :at, last_error = NULL WHERE id = :id

-- name: delivery-retry
UPDATE deliveries SET status = 'retry', attempts = attempts + 1, last_error = :error, next_attempt_at = :next WHERE id = :id

-- name: delivery-failed
UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = :error WHERE id = :id

-- Refused for size or policy: final, but no failure of the address (the statuses are counted per kind).
-- name: delivery-refused
UPDATE deliveries SET status = 'refused', attempts = attempts + 1, last_error = :error WHERE id = :id

-- name: delivery-hard-failures
SELECT COUNT(*) FROM deliveries
WHERE status = 'failed' AND subscriber_id = (SELECT subscriber_id FROM deliveries WHERE id = :id)

-- name: delivery-release
UPDATE deliveries SET status = CASE WHEN attempts > 0 THEN 'retry' ELSE 'queued' END, claim_token = NULL
WHERE id = :id AND status = 'sending'

-- Consent's "hard failure" transition (subscriber.Consent): only a subscribed or pending address is
-- suppressed; someone who unsubscribed stays unsubscribed.
-- name: subscriber-suppress
UPDATE subscribers SET status = 'SUPPRESSED', updated_at = :now WHERE id = :id AND status IN ('ACTIVE', 'PENDING')

-- name: deliveries-suppress
UPDATE deliveries SET status = 'suppressed' WHERE subscriber_id = :id AND status IN ('queued', 'retry')

-- name: notice-delivery-insert
INSERT INTO deliveries (issue_id, subscriber_id, address, message_id, unsubscribe_url, status, attempts, created_at)
VALUES (:issueId, :subscriberId, :address, :messageId, :unsubscribeUrl, 'queued', 0, :now)
RETURNING id

-- name: delivery-counts
SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status

-- name: featured-before
SELECT paper_id FROM weekly_features WHERE topic_key = :topicKey AND week < :week

-- name: featured-insert
INSERT INTO weekly_features (topic_key, week, paper_id) VALUES (:topicKey, :week, :paperId)
ON CONFLICT (topic_key, paper_id) DO NOTHING

-- name: feedback-upsert
INSERT INTO feedback (subscriber_id, paper_id, liked, created_at) VALUES (:subscriberId, :paperId, :liked, :now)
ON CONFLICT (subscriber_id, paper_id) DO UPDATE SET liked = excluded.liked, created_at = excluded.created_at

-- name: feedback-papers
SELECT p.*, f.liked, f.subscriber_id FROM feedback f JOIN papers p ON p.id = f.paper_id WHERE f.subscriber_id IN (<ids>)
ORDER BY f.subscriber_id, f.created_at

-- name: paper-exists
SELECT COUNT(*) FROM papers WHERE id = :id

-- name: paper-by-id
SELECT * FROM papers WHERE id = :id

-- name: public-issue-insert
INSERT INTO public_issues (kind, week, subject, summary, html, created_at)
VALUES (:kind, :week, :subject, :summary, :html, :now)
ON CONFLICT (kind, week) DO NOTHING

-- name: public-issues
SELECT kind, week, subject, summary, created_at FROM public_issues ORDER BY week DESC, kind

-- name: public-issue
SELECT html FROM public_issues WHERE kind = :kind AND week = :week

-- name: issue-html
SELECT html, body FROM issues WHERE kind = :kind AND subscriber_id = :subscriberId AND issue_date = :date

-- The lines a day's issues share, stored once (store.MailPacking).
-- name: mail-page-insert
INSERT INTO mail_pages (day, body) VALUES (:day, :body) RETURNING id

-- name: mail-page
SELECT body FROM mail_pages WHERE id = :id

-- name: mail-page-delete
DELETE FROM mail_pages WHERE id = :id

-- Retention (store.keep_days): the days whose issues still have text or deliveries to remove.
-- name: retention-days
SELECT DISTINCT i.issue_date FROM issues i
WHERE i.issue_date < :cutoff
  AND (i.body IS NOT NULL OR i.html <> '' OR i.body_text <> '' OR EXISTS (SELECT 1 FROM deliveries d WHERE d.issue_id = i.id))
ORDER BY i.issue_date

-- name: retention-deliveries
DELETE FROM deliveries WHERE issue_id IN (SELECT id FROM issues WHERE issue_date = :day)

-- The row, its dates and its paper list stay.
-- name: retention-mails
UPDATE issues SET body = NULL, html = '', body_text = ''
WHERE issue_date = :day AND (body IS NOT NULL OR html <> '' OR body_text <> '')

-- name: retention-pages
DELETE FROM mail_pages WHERE day < :cutoff

-- name: mail-bytes
SELECT (SELECT COALESCE(SUM(COALESCE(LENGTH(body), 0) + LENGTH(CAST(html AS BLOB)) + LENGTH(CAST(body_text AS BLOB))), 0) FROM issues)
     + (SELECT COALESCE(SUM(LENGTH(body)), 0) FROM mail_pages)

-- name: mail-bytes.postgresql
SELECT (SELECT COALESCE(SUM(COALESCE(LENGTH(body), 0) + OCTET_LENGTH(html) + OCTET_LENGTH(body_text)), 0) FROM issues)
     + (SELECT COALESCE(SUM(LENGTH(body)), 0) FROM mail_pages)

-- name: stored-bytes
SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM pragma_page_size())
     - (SELECT freelist_count FROM pragma_freelist_count()) * (SELECT page_size FROM pragma_page_size())

-- name: stored-bytes.postgresql
SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = current_schema() AND c.relkind = 'r'

-- name: inbound-insert
INSERT INTO inbound_messages (message_id, processed_at) VALUES (:id, :now) ON CONFLICT (message_id) DO NOTHING

-- name: bounce-insert
INSERT INTO bounces (message_id, address, kind, status, created_at) VALUES (:id, :address, :kind, :status, :now)
ON CONFLICT (message_id, address) DO NOTHING

-- Which subscriber a mail Paperboy sent went to: a bounce or complaint counts only for such a mail.
-- name: delivery-by-message-id
SELECT subscriber_id FROM deliveries WHERE message_id = :id

-- name: bounce-count
SELECT COUNT(*) FROM bounces WHERE address = :address AND kind = :kind

-- name: deliveries-pause
UPDATE deliveries SET status = 'paused'
WHERE status IN ('queued', 'retry') AND issue_id IN (SELECT id FROM issues WHERE kind = :kind AND issue_date = :date)

-- name: deliveries-resume
UPDATE deliveries SET status = CASE WHEN attempts > 0 THEN 'retry' ELSE 'queued' END, next_attempt_at = :now
WHERE status = 'paused' AND issue_id IN (SELECT id FROM issues WHERE kind = :kind AND issue_date = :date)

-- name: deliveries-cancel
UPDATE deliveries SET status = 'cancelled'
WHERE status IN ('queued', 'retry', 'paused') AND issue_id IN (SELECT id FROM issues WHERE kind = :kind AND issue_date = :date)

-- name: delivery-counts-by-issue
SELECT i.kind, i.issue_date, d.status, COUNT(*) AS n FROM deliveries d JOIN issues i ON i.id = d.issue_id
GROUP BY i.kind, i.issue_date, d.status ORDER BY i.issue_date DESC, i.kind, d.status

-- name: subscriber-counts
SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status ORDER BY status

-- name: pause-delete
DELETE FROM pauses WHERE subscriber_id = :id

-- name: pause-insert
INSERT INTO pauses (subscriber_id, until_date) VALUES (:id, :until)

-- name: pauses-of
SELECT subscriber_id, until_date FROM pauses WHERE subscriber_id IN (<ids>)

-- name: pause-get
SELECT until_date FROM pauses WHERE subscriber_id = :id

-- name: job-run-start
INSERT INTO job_runs (node, fire_id, task, scheduled_for, recovering, started_at)
VALUES (:node, :fireId, :task, :scheduledFor, :recovering, :startedAt)
ON CONFLICT (node, fire_id) DO NOTHING

-- name: job-run-finish
UPDATE job_runs SET finished_at = :at, outcome = :outcome WHERE node = :node AND fire_id = :fireId

-- name: judgements-find
SELECT paper_id, relevance, novelty, comment FROM llm_judgements
WHERE criteria_hash = :criteria AND model = :model AND paper_id IN (<ids>)

-- name: judgement-insert
INSERT INTO llm_judgements (paper_id, criteria_hash, model, relevance, novelty, comment, created_at)
VALUES (:paperId, :criteria, :model, :relevance, :novelty, :comment, :now)
ON CONFLICT (paper_id, criteria_hash, model) DO NOTHING

-- One row per UTC day and model, added to in place so concurrent runs never lose a call.
-- name: spending-add
INSERT INTO llm_spending (day, model, calls, prompt_tokens, completion_tokens, cost_usd)
VALUES (:day, :model, 1, :prompt, :completion, :usd)
ON CONFLICT (day, model) DO UPDATE SET calls = llm_spending.calls + 1,
    prompt_tokens = llm_spending.prompt_tokens + excluded.prompt_tokens,
    completion_tokens = llm_spending.completion_tokens + excluded.completion_tokens,
    cost_usd = llm_spending.cost_usd + excluded.cost_usd

-- name: spending-on
SELECT COALESCE(SUM(cost_usd), 0) FROM llm_spending WHERE day = :day

-- name: embeddings-find
SELECT item, vector FROM embeddings WHERE model = :model AND item IN (<items>)

-- name: embedding-insert
INSERT INTO embeddings (model, item, vector) VALUES (:model, :item, :vector)
ON CONFLICT (model, item) DO NOTHING

-- The outbox for /metrics: only the states still waiting, so the index on status keeps it cheap
-- however many mails were sent before.
-- name: deliveries-waiting
SELECT status, COUNT(*) AS n FROM deliveries WHERE status IN ('queued', 'retry', 'sending', 'paused') GROUP BY status

-- name: delivery-oldest-waiting
SELECT MIN(created_at) FROM deliveries WHERE status IN ('queued', 'retry', 'sending')
