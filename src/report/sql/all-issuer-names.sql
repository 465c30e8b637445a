-- Every name and ticker of every issuer, to suggest the closest when an --issuer value
-- matches none (the list is as long as the issuers, and read only then).
SELECT i.issuer_id, i.cik::text, i.name, i.ticker, n.name_key AS key
FROM issuer i JOIN issuer_name n USING (issuer_id)
UNION ALL
SELECT i.issuer_id, i.cik::text, i.name, i.ticker, t.ticker
FROM issuer i JOIN issuer_ticker t USING (issuer_id);
