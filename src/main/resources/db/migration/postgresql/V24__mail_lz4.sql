-- An issue row carries the reader's whole mail, about 100 KB of HTML and text. PostgreSQL compresses
-- values that size with pglz unless told otherwise; lz4 (PostgreSQL 14 and later, when built with it, as
-- the Debian, Ubuntu, RHEL and Docker packages are) compresses mail about as well in a fraction of the
-- time, and storing a digest run's issues took about half as long with it. A server without lz4 keeps pglz.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE issues ALTER COLUMN html SET COMPRESSION lz4, ALTER COLUMN body_text SET COMPRESSION lz4;
    END IF;
END
$$;
