-- $1: text[] of document keys (hex). Returns the filings that already hold those contents.
SELECT encode(document_key, 'hex'), filing_id, accession_no
FROM filing
WHERE document_key IN (SELECT decode(k, 'hex') FROM unnest($1::text[]) AS k);
