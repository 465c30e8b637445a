-- name: issuer-names
-- description: Every name and ticker an issuer filed under, with the first and last filing date seen and how many filings gave it; the current ones are those of its latest filing.
-- param: issuer issuer | the issuer: ticker, CIK or any name it filed under
SELECT i.cik::text AS cik,
       'name' AS kind,
       n.name AS value,
       n.first_filed,
       n.last_filed,
       n.filings,
       n.name = i.name AS current
FROM issuer i
JOIN issuer_name n USING (issuer_id)
WHERE i.issuer_id = ANY($1::bigint[])
UNION ALL
SELECT i.cik::text,
       'ticker',
       t.ticker,
       t.first_filed,
       t.last_filed,
       t.filings,
       t.ticker = i.ticker
FROM issuer i
JOIN issuer_ticker t USING (issuer_id)
WHERE i.issuer_id = ANY($1::bigint[])
ORDER BY 1, 2, 4 NULLS FIRST, 5, 3;
