-- When the reader last changed their interests (not their name or status): clicks given before it were
-- about the interests they had then, and the digest's blend counts them for less.
ALTER TABLE subscribers ADD COLUMN profile_changed_at VARCHAR(40);
UPDATE subscribers SET profile_changed_at = created_at;
