-- $1 filing_id, $2 offering_id.
UPDATE filing SET offering_id = $2 WHERE filing_id = $1;
