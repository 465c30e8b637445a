-- name: owner-filings
-- description: A person's filings, newest first, with issuer, relationship and row counts.
-- param: person person | the reporting owner: CIK or name
SELECT f.filing_date,
       f.form_type,
       i.ticker,
       i.name AS issuer,
       f.period_of_report,
       concat_ws(', ',
                 CASE WHEN o.is_director THEN 'Director' END,
                 CASE WHEN o.is_officer THEN coalesce(o.officer_title, 'Officer') END,
                 CASE WHEN o.is_ten_percent_owner THEN '10% Owner' END,
                 CASE WHEN o.is_other THEN coalesce(o.other_text, 'Other') END) AS relationship,
       (SELECT count(*) FROM ownership_row r WHERE r.filing_id = f.filing_id AND r.row_kind = 'transaction') AS transactions,
       (SELECT count(*) FROM ownership_row r WHERE r.filing_id = f.filing_id AND r.row_kind = 'holding') AS holdings,
       f.amends_filing_id IS NOT NULL OR f.is_amendment AS amendment,
       coalesce(f.accession_no, f.source_path) AS filing
FROM filing_owner o
JOIN filing f USING (filing_id)
JOIN issuer i USING (issuer_id)
WHERE o.person_id = ANY($1::bigint[])
ORDER BY f.filing_date DESC NULLS LAST, f.filing_id DESC;
