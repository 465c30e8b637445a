-- One run of filing-import, at its end. $1 seconds since it started, $2.. the counts of
-- its summary, $8 interrupted, $9 the importer's version.
INSERT INTO import_run (started_at, finished_at, files_seen, files_unchanged, filings_imported,
                        filings_already, files_skipped, files_rejected, interrupted, parser_version)
VALUES (now() - make_interval(secs => $1::double precision), now(), $2::integer, $3::integer, $4::integer,
        $5::integer, $6::integer, $7::integer, $8::boolean, $9::text);
