-- $1: text[] of SHA-256 hex digests. Returns those of files already imported as filings
-- or recorded as holding nothing to import: they need no parsing.
SELECT h
FROM unnest($1::text[]) AS h
WHERE EXISTS (SELECT 1 FROM filing f WHERE f.source_sha256 = decode(h, 'hex'))
   OR EXISTS (SELECT 1 FROM import_skip s WHERE s.source_sha256 = decode(h, 'hex'));
