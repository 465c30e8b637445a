-- Run once per loader connection, after the settings every connection has (pg-conn.cpp).
-- A batch lost in a crash is simply imported again by the next run (files whose hash is
-- not stored are not skipped), so the loader need not wait for each commit to reach disk.
SET synchronous_commit = off;
-- Issuers and persons of a batch are resolved set-wise through these tables.
CREATE TEMP TABLE stage_issuer (
    seq      integer NOT NULL,
    cik      bigint,
    ticker   text,
    name     text NOT NULL,
    name_key text NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE stage_person (
    seq      integer NOT NULL,
    cik      bigint,
    name     text NOT NULL,
    name_key text NOT NULL
) ON COMMIT DELETE ROWS;
