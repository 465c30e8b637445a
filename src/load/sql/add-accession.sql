-- A filing first stored from a file without accession number (bare XML, rendering) gains
-- it when the same filing arrives in a submission file, and with it the filing date the
-- submission states, which is better than the signature date the bare file gave.
-- $1 filing_id, $2 accession, $3 stated filing date or null.
UPDATE filing SET accession_no = $2, filing_date = coalesce($3::date, filing_date)
WHERE filing_id = $1 AND accession_no IS NULL
  AND NOT EXISTS (SELECT 1 FROM filing WHERE accession_no = $2);
