-- SPDX-License-Identifier: GPL-2.0-or-later
-- A rejected file keeps one row in import_reject however often it is tried again (the row
-- tells the latest reason and how many imports rejected it), marked resolved once the file
-- imports (an update, not a delete: the importer needs no right to delete). What the
-- parsers were unsure of is stored with the filing, in filing_warning.

ALTER TABLE import_reject
    ADD COLUMN source_document smallint NOT NULL DEFAULT 0 CHECK (source_document >= 0),
    ADD COLUMN attempts integer NOT NULL DEFAULT 1 CHECK (attempts > 0),
    ADD COLUMN first_rejected_at timestamptz,
    ADD COLUMN resolved_at timestamptz;

-- Rows of earlier imports, one per reject: the latest of each file stays, with the count.
UPDATE import_reject r
SET attempts = c.attempts, first_rejected_at = c.first_rejected_at
FROM (SELECT source_path, count(*) AS attempts, min(rejected_at) AS first_rejected_at,
             max(reject_id) AS latest
      FROM import_reject GROUP BY source_path) c
WHERE r.reject_id = c.latest;
DELETE FROM import_reject r
WHERE EXISTS (SELECT 1 FROM import_reject later
              WHERE later.source_path = r.source_path AND later.reject_id > r.reject_id);
UPDATE import_reject SET first_rejected_at = rejected_at WHERE first_rejected_at IS NULL;
ALTER TABLE import_reject
    ALTER COLUMN first_rejected_at SET NOT NULL,
    ALTER COLUMN first_rejected_at SET DEFAULT now();

CREATE UNIQUE INDEX import_reject_source ON import_reject (source_path, source_document);

COMMENT ON TABLE import_reject IS 'Files the importer could not import, with the reason: one row per file (or per filing of a file refused by the database), updated when a later import rejects it again, marked resolved when one imports it. The open rejects are those WHERE resolved_at IS NULL.';
COMMENT ON COLUMN import_reject.source_document IS '0 when the whole file was rejected (unreadable, not a filing); else the position of the filing the database refused among those of the file.';
COMMENT ON COLUMN import_reject.attempts IS 'How many imports rejected the file.';
COMMENT ON COLUMN import_reject.first_rejected_at IS 'When an import first rejected the file.';
COMMENT ON COLUMN import_reject.rejected_at IS 'When an import last rejected the file.';
COMMENT ON COLUMN import_reject.reason IS 'What was wrong, the last time.';
COMMENT ON COLUMN import_reject.resolved_at IS 'When an import stored the file (or skipped it as holding no filing to keep); null while the reject stands.';

-- Like the other rows of a filing (006), a warning refers to its filing without a per-row
-- trigger: the importer writes the filing first, in the same transaction; deleting
-- filings deletes their warnings (statement-level trigger); filing-import db check proves
-- the reference.
CREATE TABLE filing_warning (
    filing_id  bigint NOT NULL,
    warning_no integer NOT NULL CHECK (warning_no > 0),
    message    text NOT NULL,
    PRIMARY KEY (filing_id, warning_no)
);
COMMENT ON TABLE filing_warning IS 'What the parser was unsure of in a filing, stored with it: a value that is not a number or not a date (kept as null), a negative amount, a cell it could not place.';
COMMENT ON COLUMN filing_warning.filing_id IS 'The filing.';
COMMENT ON COLUMN filing_warning.warning_no IS 'Position among the warnings of the filing, from 1.';
COMMENT ON COLUMN filing_warning.message IS 'The warning, naming the field: e.g. Table I row 2, shares: ''1e400'' is not a number (stored as null).';
INSERT INTO implicit_foreign_key (child_table, child_column, parent_table, parent_column)
VALUES ('filing_warning', 'filing_id', 'filing', 'filing_id');

-- Files still rejected, now that a reject is resolved in place rather than answered by a
-- filing of the same content: the open rejects (one per file, or per filing the database
-- refused), unless that content has been stored since from another path. The columns of
-- 004 first, then what this migration adds.
CREATE OR REPLACE VIEW rejected_file AS
SELECT r.source_path, r.source_sha256, r.stage, r.reason, r.rejected_at,
       r.source_document, r.attempts, r.first_rejected_at
FROM import_reject r
WHERE r.resolved_at IS NULL
  AND (r.source_sha256 IS NULL
       OR NOT EXISTS (SELECT 1 FROM filing f
                      WHERE f.source_sha256 = r.source_sha256
                        AND (r.source_document = 0 OR f.source_document = r.source_document)));
COMMENT ON VIEW rejected_file IS 'Files the importer turned away and has not imported since: one row per file (or per filing of a file the database refused), with the latest reason and how many imports rejected it.';
