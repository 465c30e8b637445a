-- name: import-rejects
-- description: Files the importer turned away and has not imported since, newest first, with the reason.
-- param: stage {read,parse,load} = null | only files turned away at this stage
-- table: rejected_at, stage, reason, source_path
SELECT date_trunc('second', r.rejected_at) AS rejected_at,
       r.stage,
       r.reason,
       r.source_path
FROM rejected_file r
WHERE $1::text IS NULL OR r.stage = $1::text
ORDER BY r.rejected_at DESC, r.source_path;
