-- What the parsers were unsure of, stored with the filings just written: $1 text[] SHA-256
-- hex of their files, $2 int[] positions in the files, $3 int[] warning numbers, $4 text[]
-- messages (the arrays run in parallel).
INSERT INTO filing_warning (filing_id, warning_no, message)
SELECT f.filing_id, w.warning_no, w.message
FROM unnest($1::text[], $2::int[], $3::int[], $4::text[]) AS w(sha256, document, warning_no, message)
JOIN filing f ON f.source_sha256 = decode(w.sha256, 'hex') AND f.source_document = w.document;
