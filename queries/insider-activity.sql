-- name: insider-activity
-- description: An issuer's insider transactions over a period, newest first: owner, role, code and its meaning, shares, price, value, holdings after, the filing.
-- param: issuer issuer | the issuer: ticker, CIK or name
-- param: from date = 1900-01-01 | first transaction date
-- param: to date = 9999-12-31 | last transaction date
--
-- Only the current filing of each amendment family counts (insider_transaction).
SELECT t.transaction_date,
       i.ticker,
       owners.names AS owner,
       owners.roles AS role,
       CASE t.table_no WHEN 1 THEN 'non-derivative' ELSE 'derivative' END AS table_kind,
       t.security_title,
       t.transaction_code AS code,
       c.meaning AS code_meaning,
       t.acquired_disposed,
       t.shares,
       t.price,
       t.shares * t.price AS value,
       t.shares_owned_after,
       t.ownership AS direct_indirect,
       t.nature_of_ownership,
       t.form_type,
       t.filing_date,
       coalesce(t.accession_no, f.source_path) AS filing
FROM insider_transaction t
JOIN filing f USING (filing_id)
JOIN issuer i ON i.issuer_id = t.issuer_id
LEFT JOIN transaction_code c ON c.code = t.transaction_code
CROSS JOIN LATERAL (
    SELECT string_agg(o.name, '; ' ORDER BY o.owner_no) AS names,
           string_agg(concat_ws(', ',
                          CASE WHEN o.is_director THEN 'Director' END,
                          CASE WHEN o.is_officer THEN coalesce(o.officer_title, 'Officer') END,
                          CASE WHEN o.is_ten_percent_owner THEN '10% Owner' END,
                          CASE WHEN o.is_other THEN coalesce(o.other_text, 'Other') END),
                      '; ' ORDER BY o.owner_no) AS roles
    FROM filing_owner o
    WHERE o.filing_id = t.filing_id
) owners
WHERE t.issuer_id = ANY($1::bigint[])
  AND t.transaction_date BETWEEN $2::date AND $3::date
ORDER BY t.transaction_date DESC, t.filing_date DESC, t.filing_id, t.table_no, t.row_no;
