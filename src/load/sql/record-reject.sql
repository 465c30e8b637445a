-- $1 path, $2 SHA-256 hex or null, $3 stage, $4 reason.
INSERT INTO import_reject (source_path, source_sha256, stage, reason)
VALUES ($1, decode($2, 'hex'), $3, $4);
