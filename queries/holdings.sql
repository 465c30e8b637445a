-- name: holdings
-- description: A person's latest reported holdings per issuer and security, direct and indirect.
-- param: person person | the reporting owner: CIK or name
--
-- For each issuer, security and form of ownership the latest figure the person reported
-- (shares owned following the transactions, or the holding itself), from current filings.
WITH mine AS (
    SELECT DISTINCT f.filing_id
    FROM filing_owner o
    JOIN current_filing f USING (filing_id)
    WHERE o.person_id = ANY($1::bigint[])
),
latest AS (
SELECT DISTINCT ON (f.issuer_id, r.table_no, r.security_title, r.ownership, coalesce(r.nature_of_ownership, ''))
       i.ticker,
       i.name AS issuer,
       CASE r.table_no WHEN 1 THEN 'non-derivative' ELSE 'derivative' END AS table_kind,
       r.security_title,
       r.ownership AS direct_indirect,
       r.nature_of_ownership,
       coalesce(r.shares_owned_after, r.underlying_shares) AS shares_owned,
       r.underlying_title,
       coalesce(r.transaction_date, f.period_of_report) AS as_of,
       coalesce(f.accession_no, f.source_path) AS filing
FROM mine m
JOIN filing f USING (filing_id)
JOIN ownership_row r USING (filing_id)
JOIN issuer i ON i.issuer_id = f.issuer_id
WHERE coalesce(r.shares_owned_after, r.underlying_shares) IS NOT NULL
ORDER BY f.issuer_id, r.table_no, r.security_title, r.ownership, coalesce(r.nature_of_ownership, ''),
         coalesce(r.transaction_date, f.period_of_report) DESC NULLS LAST, f.filing_date DESC NULLS LAST,
         f.filing_id DESC, r.row_no DESC
)
SELECT * FROM latest
ORDER BY issuer, table_kind, security_title, direct_indirect, nature_of_ownership NULLS FIRST;
