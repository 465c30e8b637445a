-- name: owner-filings
-- description: A person's filings, newest first, with issuer, relationship, co-filers and row counts.
-- param: person person | the reporting owner: CIK or name
-- param: issuer issuer = null | only filings about this issuer: ticker, CIK or name
-- param: from date = null | first filing date
-- param: to date = null | last filing date
-- table: filing_date, form_type AS form, ticker, relationship AS role, transactions, holdings, amendment, filing
SELECT f.filing_date,
       f.form_type,
       i.ticker,
       i.name AS issuer,
       f.issuer_name AS issuer_as_filed,
       f.period_of_report,
       owner_role(o) AS relationship,
       (SELECT string_agg(x.name, '; ' ORDER BY x.owner_no) FROM filing_owner x
        WHERE x.filing_id = f.filing_id AND x.owner_no <> o.owner_no) AS filed_with,
       (SELECT count(*) FROM ownership_row r WHERE r.filing_id = f.filing_id AND r.row_kind = 'transaction') AS transactions,
       (SELECT count(*) FROM ownership_row r WHERE r.filing_id = f.filing_id AND r.row_kind = 'holding') AS holdings,
       f.is_amendment AS amendment,
       coalesce(f.accession_no, f.source_path) AS filing
FROM filing_owner o
JOIN filing f USING (filing_id)
JOIN issuer i ON i.issuer_id = f.issuer_id
WHERE o.person_id = ANY($1::bigint[])
  AND ($2::bigint[] IS NULL OR f.issuer_id = ANY($2::bigint[]))
  AND ($3::date IS NULL OR f.filing_date >= $3::date)
  AND ($4::date IS NULL OR f.filing_date <= $4::date)
ORDER BY f.filing_date DESC NULLS LAST, f.filing_id DESC, o.owner_no;
