-- $1 path, $2 SHA-256 hex, $3 form type or null, $4 reason. A file skipped now may have
-- been rejected by an earlier import (before the importer knew it for an attachment, say):
-- that reject is resolved.
WITH resolved AS (
    UPDATE import_reject SET resolved_at = now()
    WHERE source_path = $1 AND source_document = 0 AND resolved_at IS NULL
)
INSERT INTO import_skip (source_sha256, source_path, form_type, reason)
VALUES (decode($2, 'hex'), $1, $3, $4)
ON CONFLICT (source_sha256) DO NOTHING;
