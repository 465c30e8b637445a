-- SPDX-License-Identifier: GPL-2.0-or-later
-- Indexes for the archive-wide reports and for deleting filings. Each answers a plan
-- measured on an archive of 1,000,000 filings, where the table behind it no longer stays
-- in the server's cache and a lookup per row became a page read per row.

-- Deleting a filing sets amends_filing_id of its amendments to null (ON DELETE SET NULL):
-- without an index the server read the whole filing table for every filing deleted (one
-- statement deleting 200 filings of 100,000: 7.6 s, with it 0.12 s). Few filings are
-- amendments.
CREATE INDEX filing_amends ON filing (amends_filing_id) WHERE amends_filing_id IS NOT NULL;

-- atm-status over every program reads the supplements its events come from: the few
-- prospectus filings among the ownership filings, with what the report shows of them, in
-- one pass over this index instead of a visit to the table per event.
CREATE INDEX filing_prospectus ON filing (filing_id)
    INCLUDE (offering_id, filing_date, document_date, accession_no, source_path)
    WHERE kind = 'prospectus';

-- cluster-buys reads every open-market purchase of a period (code P, Table I): this index
-- holds them with the columns the report adds up, so the table is not visited.
CREATE INDEX ownership_row_purchases ON ownership_row (transaction_date)
    INCLUDE (filing_id, row_no, shares, price)
    WHERE transaction_code = 'P' AND table_no = 1 AND row_kind = 'transaction';

-- The issuer of each of those purchases: a probe into this narrow index (30 MB at
-- 1,000,000 filings) rather than into the filing table (310 MB). Filing ids only grow, so
-- the importer adds to its last page.
CREATE INDEX filing_issuer_of ON filing (filing_id) INCLUDE (issuer_id);
