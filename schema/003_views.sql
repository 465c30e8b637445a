-- SPDX-License-Identifier: GPL-2.0-or-later
-- Lookups and views for the common joins. Amendments never replace rows: a 4/A is its
-- own filing, and the views below show only the latest filing of each family so that
-- nothing is counted twice.

CREATE TABLE transaction_code (
    code    text PRIMARY KEY,
    meaning text NOT NULL
);
COMMENT ON TABLE transaction_code IS 'The transaction codes of Forms 4 and 5 (General Instructions 8) and what they mean.';
COMMENT ON COLUMN transaction_code.code IS 'The code letter.';
COMMENT ON COLUMN transaction_code.meaning IS 'What the code means.';

INSERT INTO transaction_code (code, meaning) VALUES
    ('P', 'Open market or private purchase'),
    ('S', 'Open market or private sale'),
    ('V', 'Transaction voluntarily reported earlier than required'),
    ('A', 'Grant, award or other acquisition from the issuer'),
    ('D', 'Disposition to the issuer'),
    ('F', 'Payment of exercise price or tax liability by delivering or withholding securities'),
    ('I', 'Discretionary transaction'),
    ('M', 'Exercise or conversion of derivative security exempted under Rule 16b-3'),
    ('C', 'Conversion of derivative security'),
    ('E', 'Expiration of short derivative position'),
    ('H', 'Expiration or cancellation of long derivative position with value received'),
    ('O', 'Exercise of out-of-the-money derivative security'),
    ('X', 'Exercise of in-the-money or at-the-money derivative security'),
    ('G', 'Bona fide gift'),
    ('L', 'Small acquisition under Rule 16a-6'),
    ('W', 'Acquisition or disposition by will or the laws of descent and distribution'),
    ('Z', 'Deposit into or withdrawal from voting trust'),
    ('J', 'Other acquisition or disposition'),
    ('K', 'Transaction in equity swap or similar instrument'),
    ('U', 'Disposition pursuant to a tender of shares in a change of control transaction');

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
SELECT r.*, f.issuer_id, f.form_type, f.filing_date, f.accession_no, f.period_of_report
FROM ownership_row r
JOIN current_filing f USING (filing_id)
WHERE r.row_kind = 'transaction';
COMMENT ON VIEW insider_transaction IS 'Transactions (Tables I and II) of current filings, with their filing''s issuer and dates.';

CREATE VIEW insider_holding AS
SELECT r.*, f.issuer_id, f.form_type, f.filing_date, f.accession_no, f.period_of_report
FROM ownership_row r
JOIN current_filing f USING (filing_id)
WHERE r.row_kind = 'holding';
COMMENT ON VIEW insider_holding IS 'Holdings reported without a transaction (Tables I and II) in current filings.';

CREATE VIEW filing_summary AS
SELECT f.filing_id, f.form_type, f.filing_date, f.period_of_report, f.accession_no,
       i.name AS issuer_name, i.ticker, i.cik AS issuer_cik,
       (SELECT string_agg(o.name, '; ' ORDER BY o.owner_no)
        FROM filing_owner o WHERE o.filing_id = f.filing_id) AS owners,
       f.source_path
FROM filing f
JOIN issuer i USING (issuer_id);
COMMENT ON VIEW filing_summary IS 'One line per filing with its issuer and owners, for browsing.';
