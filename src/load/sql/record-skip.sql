-- $1 path, $2 SHA-256 hex, $3 form type or null, $4 reason.
INSERT INTO import_skip (source_sha256, source_path, form_type, reason)
VALUES (decode($2, 'hex'), $1, $3, $4)
ON CONFLICT (source_sha256) DO NOTHING;
