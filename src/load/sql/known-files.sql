-- $1: text[] of SHA-256 hex digests. Returns those of files already imported as filings
-- or recorded as holding nothing to import: they need no parsing.
-- Two semi-joins rather than one WHERE EXISTS (...) OR EXISTS (...): PostgreSQL runs an OR
-- of EXISTS as a hashed subplan that reads the whole filing table on every call.
WITH wanted AS (SELECT DISTINCT decode(h, 'hex') AS sha256 FROM unnest($1::text[]) AS h)
SELECT encode(sha256, 'hex') FROM wanted
WHERE EXISTS (SELECT 1 FROM filing f WHERE f.source_sha256 = wanted.sha256)
UNION
SELECT encode(sha256, 'hex') FROM wanted
WHERE EXISTS (SELECT 1 FROM import_skip s WHERE s.source_sha256 = wanted.sha256);
