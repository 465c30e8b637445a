-- $1: text[] of accession numbers. Returns the filings that already hold those, so that a
-- batch finds an accession number taken before it is copied (a conflict in the COPY would
-- cost a split of the batch).
SELECT accession_no, filing_id, source_path
FROM filing
WHERE accession_no = ANY($1::text[]);
