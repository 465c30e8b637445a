-- Files (or filings of files) rejected, as parallel arrays: $1 text[] paths, $2 int[]
-- positions of the filings in their files (0: the whole file), $3 text[] SHA-256 hex or ''
-- when the file could not be read, $4 text[] stages, $5 text[] reasons. A file rejected
-- again (by a later import) keeps its one row, which tells the latest reason and how many
-- imports rejected it; a reject resolved before stands again.
INSERT INTO import_reject (source_path, source_document, source_sha256, stage, reason)
SELECT path, document, decode(nullif(sha256, ''), 'hex'), stage, reason
FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[]) AS r(path, document, sha256, stage, reason)
ON CONFLICT (source_path, source_document) DO UPDATE
SET source_sha256 = EXCLUDED.source_sha256,
    stage = EXCLUDED.stage,
    reason = EXCLUDED.reason,
    rejected_at = now(),
    attempts = import_reject.attempts + 1,
    resolved_at = NULL;
