-- SPDX-License-Identifier: GPL-2.0-or-later
-- Rows at the cost of moving them. Measured on footnote-rich archives (about 30 rows a
-- filing, half of them footnote links), the per-row work beyond COPY was the largest part
-- of an import: one row_footnote row per footnote mark, and a foreign-key trigger per row
-- (an index probe and a row lock on the parent filing). This migration removes both:
--
-- 1. Footnote marks are stored on the row they belong to: one text[] column per field of
--    ownership_row (price_fn beside price), as the SEC's Form 345 data sets give each
--    value column a footnote column. row_footnote remains, as a view; row_field_footnote
--    and the views over ownership_row are made again on the new columns.
-- 2. The tables written in bulk with each filing (filing_owner, ownership_row, footnote,
--    signature) refer to their filing without a per-row trigger: the importer writes a
--    filing before its rows, in the same transaction, and `filing-import db check` proves
--    every reference set-wise (check_archive_references()). Deleting filings deletes
--    their rows through one statement-level trigger. implicit_foreign_key lists these
--    references.
-- 3. The foreign keys kept (to issuers, persons and ATM programs, few and hot in the cache)
--    become deferrable, so that the importer checks them once per batch.

-- 1. Footnote marks on the row.
ALTER TABLE ownership_row
    ADD COLUMN security_title_fn text[],
    ADD COLUMN transaction_date_fn text[],
    ADD COLUMN deemed_execution_date_fn text[],
    ADD COLUMN transaction_code_fn text[],
    ADD COLUMN timeliness_fn text[],
    ADD COLUMN shares_fn text[],
    ADD COLUMN value_fn text[],
    ADD COLUMN price_fn text[],
    ADD COLUMN acquired_disposed_fn text[],
    ADD COLUMN shares_owned_after_fn text[],
    ADD COLUMN value_owned_after_fn text[],
    ADD COLUMN ownership_fn text[],
    ADD COLUMN nature_of_ownership_fn text[],
    ADD COLUMN exercise_price_fn text[],
    ADD COLUMN exercisable_date_fn text[],
    ADD COLUMN expiration_date_fn text[],
    ADD COLUMN underlying_title_fn text[],
    ADD COLUMN underlying_shares_fn text[],
    ADD COLUMN underlying_value_fn text[];

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM row_footnote WHERE field NOT IN ('security_title', 'transaction_date', 'deemed_execution_date', 'transaction_code', 'timeliness', 'shares', 'value', 'price', 'acquired_disposed', 'shares_owned_after', 'value_owned_after', 'ownership', 'nature_of_ownership', 'exercise_price', 'exercisable_date', 'expiration_date', 'underlying_title', 'underlying_shares', 'underlying_value'))
    THEN
        RAISE EXCEPTION 'row_footnote names a field that ownership_row does not have';
    END IF;
END $$;

-- row_footnote did not keep the order of the marks beside a field: number order it is.
WITH marks AS (
    SELECT filing_id, table_no, row_no,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'security_title') AS security_title_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'transaction_date') AS transaction_date_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'deemed_execution_date') AS deemed_execution_date_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'transaction_code') AS transaction_code_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'timeliness') AS timeliness_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'shares') AS shares_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'value') AS value_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'price') AS price_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'acquired_disposed') AS acquired_disposed_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'shares_owned_after') AS shares_owned_after_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'value_owned_after') AS value_owned_after_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'ownership') AS ownership_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'nature_of_ownership') AS nature_of_ownership_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'exercise_price') AS exercise_price_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'exercisable_date') AS exercisable_date_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'expiration_date') AS expiration_date_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'underlying_title') AS underlying_title_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'underlying_shares') AS underlying_shares_fn,
           array_agg(footnote_id ORDER BY length(footnote_id), footnote_id)
               FILTER (WHERE field = 'underlying_value') AS underlying_value_fn
    FROM row_footnote
    GROUP BY filing_id, table_no, row_no
)
UPDATE ownership_row r
SET
    security_title_fn = m.security_title_fn,
    transaction_date_fn = m.transaction_date_fn,
    deemed_execution_date_fn = m.deemed_execution_date_fn,
    transaction_code_fn = m.transaction_code_fn,
    timeliness_fn = m.timeliness_fn,
    shares_fn = m.shares_fn,
    value_fn = m.value_fn,
    price_fn = m.price_fn,
    acquired_disposed_fn = m.acquired_disposed_fn,
    shares_owned_after_fn = m.shares_owned_after_fn,
    value_owned_after_fn = m.value_owned_after_fn,
    ownership_fn = m.ownership_fn,
    nature_of_ownership_fn = m.nature_of_ownership_fn,
    exercise_price_fn = m.exercise_price_fn,
    exercisable_date_fn = m.exercisable_date_fn,
    expiration_date_fn = m.expiration_date_fn,
    underlying_title_fn = m.underlying_title_fn,
    underlying_shares_fn = m.underlying_shares_fn,
    underlying_value_fn = m.underlying_value_fn
FROM marks m
WHERE r.filing_id = m.filing_id AND r.table_no = m.table_no AND r.row_no = m.row_no;

ALTER TABLE ownership_row ADD CONSTRAINT ownership_row_table_2_marks
    CHECK (table_no = 2 OR num_nonnulls(exercise_price_fn, exercisable_date_fn, expiration_date_fn, underlying_title_fn, underlying_shares_fn, underlying_value_fn) = 0);

COMMENT ON COLUMN ownership_row.security_title_fn IS 'Footnote marks beside security_title, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.transaction_date_fn IS 'Footnote marks beside transaction_date, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.deemed_execution_date_fn IS 'Footnote marks beside deemed_execution_date, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.transaction_code_fn IS 'Footnote marks beside transaction_code, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.timeliness_fn IS 'Footnote marks beside timeliness, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.shares_fn IS 'Footnote marks beside shares, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.value_fn IS 'Footnote marks beside value, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.price_fn IS 'Footnote marks beside price, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.acquired_disposed_fn IS 'Footnote marks beside acquired_disposed, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.shares_owned_after_fn IS 'Footnote marks beside shares_owned_after, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.value_owned_after_fn IS 'Footnote marks beside value_owned_after, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.ownership_fn IS 'Footnote marks beside ownership, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.nature_of_ownership_fn IS 'Footnote marks beside nature_of_ownership, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.exercise_price_fn IS 'Footnote marks beside exercise_price, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.exercisable_date_fn IS 'Footnote marks beside exercisable_date, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.expiration_date_fn IS 'Footnote marks beside expiration_date, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.underlying_title_fn IS 'Footnote marks beside underlying_title, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.underlying_shares_fn IS 'Footnote marks beside underlying_shares, in the order filed (see footnote.footnote_id); null when none.';
COMMENT ON COLUMN ownership_row.underlying_value_fn IS 'Footnote marks beside underlying_value, in the order filed (see footnote.footnote_id); null when none.';

-- row_field_footnote (004) reads row_footnote: it is made again on the view below.
DROP VIEW row_field_footnote;
DROP TABLE row_footnote;
CREATE VIEW row_footnote AS
SELECT r.filing_id, r.table_no, r.row_no, m.field, n.footnote_id
FROM ownership_row r
CROSS JOIN LATERAL (VALUES
    ('security_title', r.security_title_fn),
    ('transaction_date', r.transaction_date_fn),
    ('deemed_execution_date', r.deemed_execution_date_fn),
    ('transaction_code', r.transaction_code_fn),
    ('timeliness', r.timeliness_fn),
    ('shares', r.shares_fn),
    ('value', r.value_fn),
    ('price', r.price_fn),
    ('acquired_disposed', r.acquired_disposed_fn),
    ('shares_owned_after', r.shares_owned_after_fn),
    ('value_owned_after', r.value_owned_after_fn),
    ('ownership', r.ownership_fn),
    ('nature_of_ownership', r.nature_of_ownership_fn),
    ('exercise_price', r.exercise_price_fn),
    ('exercisable_date', r.exercisable_date_fn),
    ('expiration_date', r.expiration_date_fn),
    ('underlying_title', r.underlying_title_fn),
    ('underlying_shares', r.underlying_shares_fn),
    ('underlying_value', r.underlying_value_fn)
) AS m (field, marks)
CROSS JOIN LATERAL unnest(m.marks) AS n (footnote_id);
COMMENT ON VIEW row_footnote IS 'One row per footnote mark beside a field of a table row, from the footnote columns of ownership_row (price_fn, ...). A field given only as a footnote is null in ownership_row and has its mark here.';

CREATE VIEW row_field_footnote AS
SELECT rf.filing_id, rf.table_no, rf.row_no, rf.field, rf.footnote_id, fn.text
FROM row_footnote rf
JOIN footnote fn USING (filing_id, footnote_id);
COMMENT ON VIEW row_field_footnote IS 'Each footnote mark beside a field of a table row, with the footnote text.';

-- The views over ownership_row froze its column list: made again so that they carry the
-- footnote columns.
DROP VIEW insider_transaction, insider_holding;
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


-- 2. References kept by the importer rather than by per-row triggers.
CREATE TABLE implicit_foreign_key (
    child_table   text NOT NULL,
    child_column  text NOT NULL,
    parent_table  text NOT NULL,
    parent_column text NOT NULL,
    PRIMARY KEY (child_table, child_column)
);
COMMENT ON TABLE implicit_foreign_key IS 'References between tables that no per-row trigger enforces: the importer writes the parent first, in the same transaction; filing-import db check proves them; deleting a parent deletes its children (statement-level trigger).';
COMMENT ON COLUMN implicit_foreign_key.child_table IS 'The referring table.';
COMMENT ON COLUMN implicit_foreign_key.child_column IS 'Its referring column.';
COMMENT ON COLUMN implicit_foreign_key.parent_table IS 'The referred table.';
COMMENT ON COLUMN implicit_foreign_key.parent_column IS 'Its key column.';

INSERT INTO implicit_foreign_key (child_table, child_column, parent_table, parent_column) VALUES
    ('filing_owner', 'filing_id', 'filing', 'filing_id'),
    ('ownership_row', 'filing_id', 'filing', 'filing_id'),
    ('footnote', 'filing_id', 'filing', 'filing_id'),
    ('signature', 'filing_id', 'filing', 'filing_id');

ALTER TABLE filing_owner DROP CONSTRAINT filing_owner_filing_id_fkey;
ALTER TABLE ownership_row DROP CONSTRAINT ownership_row_filing_id_fkey;
ALTER TABLE footnote DROP CONSTRAINT footnote_filing_id_fkey;
ALTER TABLE signature DROP CONSTRAINT signature_filing_id_fkey;

-- Deleting filings deletes their rows: one statement per child table for the whole
-- DELETE, where per-row triggers ran one per row.
CREATE FUNCTION delete_implicit_children() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ref record;
BEGIN
    FOR ref IN SELECT child_table, child_column, parent_column FROM implicit_foreign_key
               WHERE parent_table = TG_TABLE_NAME LOOP
        EXECUTE format('DELETE FROM %I WHERE %I IN (SELECT %I FROM deleted_parent)',
                       ref.child_table, ref.child_column, ref.parent_column);
    END LOOP;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION delete_implicit_children() IS 'Deletes the rows that refer to deleted parents through implicit_foreign_key.';

CREATE FUNCTION truncate_implicit_children() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ref record;
    has_rows boolean;
BEGIN
    FOR ref IN SELECT DISTINCT child_table FROM implicit_foreign_key WHERE parent_table = TG_TABLE_NAME LOOP
        -- A child truncated by the same statement is empty already (and may not be
        -- truncated again from here).
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', ref.child_table) INTO has_rows;
        IF has_rows THEN
            EXECUTE format('TRUNCATE %I', ref.child_table);
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION truncate_implicit_children() IS 'Empties the tables that refer to a truncated parent through implicit_foreign_key.';

-- The key of a filing never changes: its rows refer to it.
CREATE FUNCTION refuse_key_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%.% cannot change: rows refer to it (see implicit_foreign_key)', TG_TABLE_NAME, TG_ARGV[0]
        USING ERRCODE = 'foreign_key_violation';
END $$;
COMMENT ON FUNCTION refuse_key_change() IS 'Refuses to change a key that rows refer to through implicit_foreign_key.';

CREATE TRIGGER filing_delete_children AFTER DELETE ON filing
    REFERENCING OLD TABLE AS deleted_parent
    FOR EACH STATEMENT EXECUTE FUNCTION delete_implicit_children();
CREATE TRIGGER filing_truncate_children AFTER TRUNCATE ON filing
    FOR EACH STATEMENT EXECUTE FUNCTION truncate_implicit_children();
CREATE TRIGGER filing_key_is_fixed BEFORE UPDATE OF filing_id ON filing
    FOR EACH ROW WHEN (OLD.filing_id IS DISTINCT FROM NEW.filing_id)
    EXECUTE FUNCTION refuse_key_change('filing_id');

-- Every reference of the archive, declared or implicit: what check_archive_references()
-- verifies.
CREATE VIEW archive_reference AS
SELECT c.conrelid::regclass::text AS child_table,
       array_agg(ca.attname::text ORDER BY k.n) AS child_columns,
       c.confrelid::regclass::text AS parent_table,
       array_agg(pa.attname::text ORDER BY k.n) AS parent_columns,
       'foreign key ' || c.conname AS kept_by
FROM pg_constraint c
CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k (child_attnum, parent_attnum, n)
JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = k.child_attnum
JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_attnum
WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
GROUP BY c.oid, c.conrelid, c.confrelid, c.conname
UNION ALL
SELECT child_table, ARRAY[child_column], parent_table, ARRAY[parent_column], 'the importer'
FROM implicit_foreign_key;
COMMENT ON VIEW archive_reference IS 'Every reference between tables of the archive: the declared foreign keys and those of implicit_foreign_key.';

CREATE FUNCTION check_archive_references()
RETURNS TABLE (child_table text, child_columns text, parent_table text, kept_by text, orphans bigint,
               example text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    ref record;
BEGIN
    FOR ref IN SELECT * FROM archive_reference r ORDER BY r.child_table, r.child_columns LOOP
        child_table := ref.child_table;
        child_columns := array_to_string(ref.child_columns, ', ');
        parent_table := ref.parent_table;
        kept_by := ref.kept_by;
        -- One anti-join per reference; a reference with a null column refers to nothing.
        EXECUTE format('SELECT count(*), min(concat_ws('', '', %s)) FROM %I c WHERE %s AND NOT EXISTS (SELECT 1 FROM %I p WHERE %s)',
                       (SELECT string_agg(format('c.%I', col), ', ') FROM unnest(ref.child_columns) AS col),
                       ref.child_table,
                       (SELECT string_agg(format('c.%I IS NOT NULL', col), ' AND ') FROM unnest(ref.child_columns) AS col),
                       ref.parent_table,
                       (SELECT string_agg(format('p.%I = c.%I', p, c), ' AND ')
                        FROM unnest(ref.parent_columns, ref.child_columns) AS u (p, c)))
            INTO orphans, example;
        RETURN NEXT;
    END LOOP;
END $$;
COMMENT ON FUNCTION check_archive_references() IS 'For every reference of archive_reference: how many rows refer to a parent that does not exist, and one of their values. filing-import db check runs it.';

-- 3. The foreign keys kept are checked once per batch by the importer.
ALTER TABLE filing ALTER CONSTRAINT filing_issuer_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE filing ALTER CONSTRAINT filing_offering_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE filing_owner ALTER CONSTRAINT filing_owner_person_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE offering ALTER CONSTRAINT offering_issuer_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE offering_agent ALTER CONSTRAINT offering_agent_offering_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE offering_event ALTER CONSTRAINT offering_event_filing_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE offering_event ALTER CONSTRAINT offering_event_offering_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
