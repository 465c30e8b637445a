-- Run once per loader connection, after the settings every connection has (pg-conn.cpp).
-- A batch lost in a crash is simply imported again by the next run (files whose hash is
-- not stored are not skipped), so the loader need not wait for each commit to reach disk.
SET synchronous_commit = off;
-- The loader's statements join a few thousand staged rows with the archive. Its indexes
-- are in memory while it runs, so a probe costs about what reading a page in sequence
-- costs (1.1, the usual value for SSDs and cached data, not PostgreSQL's default 4 for
-- spinning disks). With the default, the planner hashes whole tables (every person,
-- every owner) on each batch: fine at 10,000 filings, the largest cost at 1,000,000.
SET random_page_cost = 1.1;
-- Issuers and persons of a batch are resolved set-wise through these tables: one row per
-- filing (seq: its position in the batch) and per reporting owner, as the filing gives them.
-- is_copy: a new copy of a stored filing that adds CIKs (complete-filing.sql), not a filing.
CREATE TEMP TABLE stage_issuer (
    seq       integer NOT NULL,
    cik       bigint,
    ticker    text,
    name      text NOT NULL,
    name_key  text NOT NULL,
    filed     date,
    is_copy   boolean NOT NULL,
    issuer_id bigint
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE stage_person (
    seq       integer NOT NULL,
    owner_no  smallint NOT NULL,
    cik       bigint,
    name      text NOT NULL,
    name_key  text NOT NULL,
    filed     date,
    is_copy   boolean NOT NULL,
    person_id bigint
) ON COMMIT DELETE ROWS;
-- Filings stored before whose issuer or owner changes with this batch (identity settled
-- again), or that a new copy completes (completion: their names are counted again even
-- where the row stays).
CREATE TEMP TABLE stage_issuer_move (
    filing_id bigint PRIMARY KEY,
    from_id   bigint NOT NULL,
    name_key  text NOT NULL,
    to_id     bigint,
    completion boolean NOT NULL DEFAULT false
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE stage_person_move (
    filing_id bigint NOT NULL,
    owner_no  smallint NOT NULL,
    from_id   bigint NOT NULL,
    name_key  text NOT NULL,
    issuer_id bigint NOT NULL,
    to_id     bigint,
    completion boolean NOT NULL DEFAULT false,
    PRIMARY KEY (filing_id, owner_no)
) ON COMMIT DELETE ROWS;
-- What this batch changed in the answers of the identity rule: names an issuer or person
-- with a CIK filed under for the first time, persons with a CIK who filed for an issuer
-- for the first time. Only filings without CIK under those names are looked at again.
CREATE TEMP TABLE stage_new_name (
    kind     text NOT NULL CHECK (kind IN ('issuer', 'person')),
    name_key text NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE stage_new_person_issuer (
    person_id bigint NOT NULL,
    issuer_id bigint NOT NULL
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE stage_recount (
    person_id bigint NOT NULL,
    issuer_id bigint NOT NULL
) ON COMMIT DELETE ROWS;
