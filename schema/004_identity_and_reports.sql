-- SPDX-License-Identifier: GPL-2.0-or-later
-- Who a filing is about and by, over time, decided the same way whatever the order of the
-- imports; what each filing said of them; import runs; the views the reports read.
--
-- Identity (the loader's resolve-*.sql and settle-*.sql apply it after every batch):
-- - an issuer or reporting owner with a CIK is the row with that CIK;
-- - an issuer without a CIK is the one issuer with a CIK that filed under the same
--   normalized name, when exactly one did; otherwise the row without CIK for that name;
-- - a reporting owner without a CIK is the one person with a CIK who filed under the same
--   normalized name and also filed for the same issuer, when exactly one did; otherwise the
--   row without CIK for that name.
-- A row without CIK is created when a filing needs it and deleted when no filing does.
-- Names and tickers are kept per filing (as filed) and per issuer or person with the first
-- and last filing date seen; an issuer's or person's current name and ticker are those of
-- its latest filing.

-- What each filing said, as the SEC's data sets keep it per accession number.
ALTER TABLE filing
    ADD COLUMN issuer_cik bigint CHECK (issuer_cik > 0),
    ADD COLUMN issuer_name text,
    ADD COLUMN issuer_ticker text;
UPDATE filing f
SET issuer_cik = i.cik, issuer_name = i.name, issuer_ticker = i.ticker
FROM issuer i
WHERE i.issuer_id = f.issuer_id;
ALTER TABLE filing ALTER COLUMN issuer_name SET NOT NULL;
-- Filings whose issuer was matched by name: looked at again when a name gains an owner.
CREATE INDEX filing_issuer_without_cik ON filing (issuer_id) WHERE issuer_cik IS NULL;

COMMENT ON COLUMN filing.issuer_cik IS 'The issuer''s CIK as the filing gave it (null when it gave none; issuer_id then comes from the name).';
COMMENT ON COLUMN filing.issuer_name IS 'The issuer''s name as the filing gave it.';
COMMENT ON COLUMN filing.issuer_ticker IS 'The trading symbol as the filing gave it.';
COMMENT ON COLUMN filing.issuer_id IS 'The issuer the filing is about: by CIK when the filing gives one, else by name (see issuer).';

ALTER TABLE filing_owner ADD COLUMN cik bigint CHECK (cik > 0);
UPDATE filing_owner o SET cik = p.cik FROM person p WHERE p.person_id = o.person_id;
CREATE INDEX filing_owner_without_cik ON filing_owner (person_id) WHERE cik IS NULL;
COMMENT ON COLUMN filing_owner.cik IS 'The reporting owner''s CIK as the filing gave it (null when it gave none; person_id then comes from the name).';
COMMENT ON COLUMN filing_owner.person_id IS 'The reporting owner: by CIK when the filing gives one, else by name (see person).';

COMMENT ON TABLE issuer IS 'One row per company whose securities the filings are about: one per CIK, and one per normalized name for names no issuer with a CIK (or more than one) filed under.';
COMMENT ON COLUMN issuer.ticker IS 'Current trading symbol: the one given by the latest filing that gave one (see issuer_ticker).';
COMMENT ON COLUMN issuer.name IS 'Current name: the one given by the latest filing (see issuer_name).';
COMMENT ON COLUMN issuer.name_key IS 'Normalized current name (upper case, no punctuation or corporate suffix); for a row without CIK, the name it stands for.';
COMMENT ON TABLE person IS 'Reporting owners (people and entities): one per CIK, and one per normalized name for owners filing without CIK whom no single person with a CIK matches.';
COMMENT ON COLUMN person.name IS 'Current name: the one given by the latest filing (see person_name).';
COMMENT ON COLUMN person.name_key IS 'Upper-case words of the current name, sorted, so that "CARUSO JAMES V" and "James V. Caruso" share one key.';

-- A ticker as a filing gives it, or null for a blank or a placeholder ("NONE", "N/A").
CREATE FUNCTION clean_ticker(ticker text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN upper(btrim(ticker)) IN ('', 'NONE', 'N/A', 'NA', '-', 'NULL') THEN NULL
                ELSE upper(btrim(ticker)) END
$$;
COMMENT ON FUNCTION clean_ticker(text) IS 'A trading symbol in upper case, or null for a blank or a placeholder such as NONE or N/A.';

CREATE TABLE issuer_name (
    issuer_id   bigint NOT NULL REFERENCES issuer ON DELETE CASCADE,
    name        text NOT NULL,
    name_key    text NOT NULL,
    first_filed date,
    last_filed  date,
    filings     integer NOT NULL CHECK (filings > 0),
    PRIMARY KEY (issuer_id, name)
);
-- Lookups by whole name or by its first words (--issuer, and the identity rule).
CREATE INDEX issuer_name_by_key ON issuer_name (name_key text_pattern_ops);
COMMENT ON TABLE issuer_name IS 'Every name an issuer filed under, as written, with the first and last filing date that gave it.';
COMMENT ON COLUMN issuer_name.issuer_id IS 'The issuer.';
COMMENT ON COLUMN issuer_name.name IS 'The name as written in the filings.';
COMMENT ON COLUMN issuer_name.name_key IS 'The normalized name.';
COMMENT ON COLUMN issuer_name.first_filed IS 'Filing date of the first filing that gave this name.';
COMMENT ON COLUMN issuer_name.last_filed IS 'Filing date of the latest filing that gave this name.';
COMMENT ON COLUMN issuer_name.filings IS 'How many filings gave it.';

-- Tickers are looked up through issuer_ticker below, which keeps every one.
DROP INDEX issuer_ticker;
CREATE TABLE issuer_ticker (
    issuer_id   bigint NOT NULL REFERENCES issuer ON DELETE CASCADE,
    ticker      text NOT NULL CHECK (ticker = clean_ticker(ticker)),
    first_filed date,
    last_filed  date,
    filings     integer NOT NULL CHECK (filings > 0),
    PRIMARY KEY (issuer_id, ticker)
);
CREATE INDEX issuer_ticker_by_ticker ON issuer_ticker (ticker);
COMMENT ON TABLE issuer_ticker IS 'Every trading symbol an issuer filed under (upper case), with the first and last filing date that gave it.';
COMMENT ON COLUMN issuer_ticker.issuer_id IS 'The issuer.';
COMMENT ON COLUMN issuer_ticker.ticker IS 'The trading symbol, upper case.';
COMMENT ON COLUMN issuer_ticker.first_filed IS 'Filing date of the first filing that gave this symbol.';
COMMENT ON COLUMN issuer_ticker.last_filed IS 'Filing date of the latest filing that gave this symbol.';
COMMENT ON COLUMN issuer_ticker.filings IS 'How many filings gave it.';

CREATE TABLE person_name (
    person_id   bigint NOT NULL REFERENCES person ON DELETE CASCADE,
    name        text NOT NULL,
    name_key    text NOT NULL,
    first_filed date,
    last_filed  date,
    filings     integer NOT NULL CHECK (filings > 0),
    PRIMARY KEY (person_id, name)
);
CREATE INDEX person_name_by_key ON person_name (name_key);
COMMENT ON TABLE person_name IS 'Every name a reporting owner filed under, as written, with the first and last filing date that gave it.';
COMMENT ON COLUMN person_name.person_id IS 'The reporting owner.';
COMMENT ON COLUMN person_name.name IS 'The name as written in the filings.';
COMMENT ON COLUMN person_name.name_key IS 'The normalized name (sorted words).';
COMMENT ON COLUMN person_name.first_filed IS 'Filing date of the first filing that gave this name.';
COMMENT ON COLUMN person_name.last_filed IS 'Filing date of the latest filing that gave this name.';
COMMENT ON COLUMN person_name.filings IS 'How many filings gave it.';

CREATE TABLE person_issuer (
    person_id   bigint NOT NULL REFERENCES person ON DELETE CASCADE,
    issuer_id   bigint NOT NULL REFERENCES issuer ON DELETE CASCADE,
    first_filed date,
    last_filed  date,
    filings     integer NOT NULL CHECK (filings > 0),
    PRIMARY KEY (person_id, issuer_id)
);
-- An issuer's insiders (the insiders report).
CREATE INDEX person_issuer_by_issuer ON person_issuer (issuer_id, person_id);
COMMENT ON TABLE person_issuer IS 'Which reporting owners filed for which issuers, with the first and last filing date and how many filings.';
COMMENT ON COLUMN person_issuer.person_id IS 'The reporting owner.';
COMMENT ON COLUMN person_issuer.issuer_id IS 'The issuer.';
COMMENT ON COLUMN person_issuer.first_filed IS 'Filing date of the owner''s first filing for the issuer.';
COMMENT ON COLUMN person_issuer.last_filed IS 'Filing date of the owner''s latest filing for the issuer.';
COMMENT ON COLUMN person_issuer.filings IS 'How many filings (amendments included).';

-- The identity rule above, in one place. Set-wise, as the loader applies it to a batch:
-- for each normalized name, the one issuer with a CIK that filed under it (names that none
-- or several did are left out).
CREATE FUNCTION issuers_with_cik_named(keys text[])
RETURNS TABLE (name_key text, issuer_id bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k.name_key, min(n.issuer_id)
    FROM (SELECT DISTINCT unnest(keys) AS name_key) k
    JOIN issuer_name n ON n.name_key = k.name_key
    JOIN issuer i ON i.issuer_id = n.issuer_id AND i.cik IS NOT NULL
    GROUP BY k.name_key
    HAVING count(DISTINCT n.issuer_id) = 1
$$;
COMMENT ON FUNCTION issuers_with_cik_named(text[]) IS 'For each normalized name, the one issuer with a CIK that filed under it: how a filing without issuer CIK is attributed (names with none or several are left out).';

-- For each normalized name and issuer, the one person with a CIK who filed under that
-- name and for that issuer.
CREATE FUNCTION persons_with_cik_named(keys text[], issuers bigint[])
RETURNS TABLE (name_key text, issuer_id bigint, person_id bigint)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT k.name_key, k.issuer_id, min(n.person_id)
    FROM (SELECT DISTINCT * FROM unnest(keys, issuers) AS u (name_key, issuer_id)) k
    JOIN person_name n ON n.name_key = k.name_key
    JOIN person p ON p.person_id = n.person_id AND p.cik IS NOT NULL
    JOIN person_issuer pi ON pi.person_id = n.person_id AND pi.issuer_id = k.issuer_id
    GROUP BY k.name_key, k.issuer_id
    HAVING count(DISTINCT n.person_id) = 1
$$;
COMMENT ON FUNCTION persons_with_cik_named(text[], bigint[]) IS 'For each normalized name and issuer, the one person with a CIK who filed under the name and for the issuer: how a reporting owner without CIK is attributed (pairs with none or several are left out).';

-- Names, tickers and current names of archives imported before this migration.
INSERT INTO issuer_name (issuer_id, name, name_key, first_filed, last_filed, filings)
SELECT f.issuer_id, f.issuer_name, min(i.name_key), min(f.filing_date), max(f.filing_date), count(*)
FROM filing f JOIN issuer i USING (issuer_id)
GROUP BY f.issuer_id, f.issuer_name;
INSERT INTO issuer_ticker (issuer_id, ticker, first_filed, last_filed, filings)
SELECT issuer_id, clean_ticker(issuer_ticker), min(filing_date), max(filing_date), count(*)
FROM filing
WHERE clean_ticker(issuer_ticker) IS NOT NULL
GROUP BY issuer_id, clean_ticker(issuer_ticker);
INSERT INTO person_name (person_id, name, name_key, first_filed, last_filed, filings)
SELECT o.person_id, o.name, min(p.name_key), min(f.filing_date), max(f.filing_date), count(DISTINCT f.filing_id)
FROM filing_owner o JOIN filing f USING (filing_id) JOIN person p USING (person_id)
GROUP BY o.person_id, o.name;
INSERT INTO person_issuer (person_id, issuer_id, first_filed, last_filed, filings)
SELECT o.person_id, f.issuer_id, min(f.filing_date), max(f.filing_date), count(DISTINCT f.filing_id)
FROM filing_owner o JOIN filing f USING (filing_id)
GROUP BY o.person_id, f.issuer_id;

-- Helpers the reports share, so that each rule is written once.
CREATE FUNCTION owner_role(o filing_owner) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT concat_ws(', ',
                     CASE WHEN o.is_director THEN 'Director' END,
                     CASE WHEN o.is_officer THEN coalesce(o.officer_title, 'Officer') END,
                     CASE WHEN o.is_ten_percent_owner THEN '10% Owner' END,
                     CASE WHEN o.is_other THEN coalesce(o.other_text, 'Other') END)
$$;
COMMENT ON FUNCTION owner_role(filing_owner) IS 'A reporting owner''s relationship to the issuer as one line, e.g. "Director, President and CEO".';

CREATE FUNCTION owner_has_role(o filing_owner, role text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE role WHEN 'director' THEN o.is_director
                     WHEN 'officer' THEN o.is_officer
                     WHEN 'ten-percent-owner' THEN o.is_ten_percent_owner
                     WHEN 'other' THEN o.is_other
                     ELSE true END
$$;
COMMENT ON FUNCTION owner_has_role(filing_owner, text) IS 'Whether a reporting owner has a role: director, officer, ten-percent-owner or other (null: any).';

-- "By Trust", "by trust" and "BY  TRUST." are one nature of ownership.
CREATE FUNCTION spelling_key(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(lower(btrim(regexp_replace($1, '[[:space:]]+', ' ', 'g'), ' .')), '')
$$;
COMMENT ON FUNCTION spelling_key(text) IS 'Text compared without letter case, runs of blanks or a final period: how reports tell that two rows describe one security or nature of ownership.';

-- filing-stats counts filings per period from this index alone (an index-only scan reads a
-- tenth of what the table holds).
CREATE INDEX filing_stats ON filing (filing_date) INCLUDE (kind, form_type, is_amendment);

-- Import runs, for import-runs.
CREATE TABLE import_run (
    run_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at        timestamptz NOT NULL,
    finished_at       timestamptz NOT NULL DEFAULT now(),
    files_seen        integer NOT NULL,
    files_unchanged   integer NOT NULL,
    filings_imported  integer NOT NULL,
    filings_already   integer NOT NULL,
    files_skipped     integer NOT NULL,
    files_rejected    integer NOT NULL,
    interrupted       boolean NOT NULL DEFAULT false,
    parser_version    text NOT NULL
);
COMMENT ON TABLE import_run IS 'One row per run of filing-import that reached its summary: what it read and what became of it.';
COMMENT ON COLUMN import_run.run_id IS 'Surrogate key.';
COMMENT ON COLUMN import_run.started_at IS 'When the run started.';
COMMENT ON COLUMN import_run.finished_at IS 'When it ended.';
COMMENT ON COLUMN import_run.files_seen IS 'Files listed for the run.';
COMMENT ON COLUMN import_run.files_unchanged IS 'Files skipped unread: their content was imported before.';
COMMENT ON COLUMN import_run.filings_imported IS 'Filings stored by the run.';
COMMENT ON COLUMN import_run.filings_already IS 'Filings parsed but already stored from another file.';
COMMENT ON COLUMN import_run.files_skipped IS 'Files that hold no filing the archive keeps (other forms).';
COMMENT ON COLUMN import_run.files_rejected IS 'Files that could not be read, parsed or stored.';
COMMENT ON COLUMN import_run.interrupted IS 'The run was stopped (a signal) before it read every file.';
COMMENT ON COLUMN import_run.parser_version IS 'Version of the importer.';

-- Files still rejected: the latest reason per file, unless the file was imported since.
-- Reports read rejects through this view only, so that how import_reject records them can
-- change without touching the reports.
CREATE VIEW rejected_file AS
SELECT DISTINCT ON (r.source_path, r.source_sha256)
       r.source_path, r.source_sha256, r.stage, r.reason, r.rejected_at
FROM import_reject r
WHERE r.source_sha256 IS NULL
   OR NOT EXISTS (SELECT 1 FROM filing f WHERE f.source_sha256 = r.source_sha256)
ORDER BY r.source_path, r.source_sha256, r.rejected_at DESC;
COMMENT ON VIEW rejected_file IS 'Files the importer turned away and has not imported since: the latest reason per file.';

-- Footnote texts beside the fields of table rows. Reports reach footnote links through
-- this view only, so that how row_footnote stores them can change in one place.
CREATE VIEW row_field_footnote AS
SELECT rf.filing_id, rf.table_no, rf.row_no, rf.field, rf.footnote_id, fn.text
FROM row_footnote rf
JOIN footnote fn USING (filing_id, footnote_id);
COMMENT ON VIEW row_field_footnote IS 'Each footnote mark beside a field of a table row, with the footnote text.';

-- The views of 003 froze the column lists of filing and ownership_row: recreated so that
-- they carry the columns added above.
DROP VIEW insider_transaction, insider_holding, filing_summary;
DROP VIEW current_filing;
CREATE VIEW current_filing AS
SELECT f.*
FROM filing f
WHERE NOT EXISTS (
    SELECT 1
    FROM filing later
    WHERE later.family_id = f.family_id
      AND later.filing_id <> f.filing_id
      AND (later.is_amendment, coalesce(later.filing_date, '-infinity'::date), later.filing_id)
        > (f.is_amendment, coalesce(f.filing_date, '-infinity'::date), f.filing_id));
COMMENT ON VIEW current_filing IS 'Filings not superseded by a later amendment of the same family: the latest word on each filing.';

CREATE VIEW insider_transaction AS
SELECT r.*, f.issuer_id, f.form_type, f.filing_date, f.accession_no, f.period_of_report,
       f.is_amendment AS amended
FROM ownership_row r
JOIN current_filing f USING (filing_id)
WHERE r.row_kind = 'transaction';
COMMENT ON VIEW insider_transaction IS 'Transactions (Tables I and II) of current filings, with their filing''s issuer and dates; amended: the filing is an amendment.';

CREATE VIEW insider_holding AS
SELECT r.*, f.issuer_id, f.form_type, f.filing_date, f.accession_no, f.period_of_report,
       f.is_amendment AS amended
FROM ownership_row r
JOIN current_filing f USING (filing_id)
WHERE r.row_kind = 'holding';
COMMENT ON VIEW insider_holding IS 'Holdings reported without a transaction (Tables I and II) in current filings.';

CREATE VIEW filing_summary AS
SELECT f.filing_id, f.form_type, f.filing_date, f.period_of_report, f.accession_no,
       i.name AS issuer_name, i.ticker, i.cik AS issuer_cik,
       (SELECT string_agg(o.name, '; ' ORDER BY o.owner_no)
        FROM filing_owner o WHERE o.filing_id = f.filing_id) AS owners,
       f.source_path,
       f.issuer_name AS issuer_name_as_filed, f.issuer_ticker AS ticker_as_filed
FROM filing f
JOIN issuer i USING (issuer_id);
COMMENT ON VIEW filing_summary IS 'One line per filing with its issuer (current name and ticker, and as filed) and owners, for browsing.';
