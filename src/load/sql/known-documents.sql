-- $1: text[] of document keys (hex). Returns the filings that already hold those contents,
-- with what they know of their identifiers: accession number, issuer CIK, and per reporting
-- owner in order '1' when its CIK is known, else '0' (a new copy may complete them).
SELECT encode(f.document_key, 'hex'), f.filing_id, f.accession_no, f.issuer_cik,
       (SELECT string_agg(CASE WHEN o.cik IS NULL THEN '0' ELSE '1' END, '' ORDER BY o.owner_no)
        FROM filing_owner o WHERE o.filing_id = f.filing_id)
FROM filing f
WHERE f.document_key IN (SELECT decode(k, 'hex') FROM unnest($1::text[]) AS k);
