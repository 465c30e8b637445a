-- name: import-runs
-- description: Each run of filing-import, newest first: when, how long, and what became of the files it read (imported, already there, skipped, rejected).
-- table: started_at, seconds, files_seen AS files, imported, already, skipped, rejected
--
-- Files still rejected, with the reason: the import-rejects report.
SELECT r.run_id AS run,
       date_trunc('second', r.started_at) AS started_at,
       round(extract(epoch FROM r.finished_at - r.started_at)::numeric, 1) AS seconds,
       r.files_seen,
       r.filings_imported AS imported,
       r.filings_already AS already,
       r.files_unchanged AS unchanged,
       r.files_skipped AS skipped,
       r.files_rejected AS rejected,
       r.interrupted,
       r.parser_version AS version
FROM import_run r
ORDER BY r.run_id DESC;
