-- A filing first stored from a file without accession number (bare XML, rendering) gains
-- it when the same filing arrives in a submission file. $1 filing_id, $2 accession.
UPDATE filing SET accession_no = $2
WHERE filing_id = $1 AND accession_no IS NULL
  AND NOT EXISTS (SELECT 1 FROM filing WHERE accession_no = $2);
