-- The issuers a report's issuer parameter names. $1: the value as given (ticker, CIK or
-- name), $2: its normalized name key. Exact matches (ticker, CIK, whole name) win; when
-- there is none, names that start with the given words ("Cellectar") match.
WITH exact AS (
    SELECT issuer_id FROM issuer
    WHERE upper(ticker) = upper($1)
       OR ($1 ~ '^[0-9]{1,10}$' AND cik = $1::bigint)
       OR name_key = $2
)
SELECT issuer_id FROM exact
UNION ALL
SELECT issuer_id FROM issuer
WHERE NOT EXISTS (SELECT 1 FROM exact)
  AND $2 <> ''
  AND (name_key = $2 OR name_key LIKE $2 || ' %');
