-- The issuers an --issuer value may mean, each with how well it matches (1 best): 1 the
-- CIK, 2 a ticker it ever filed under, 3 a name it ever filed under (normalized), 4 the
-- start of such a name, 5 every given word in such a name. $1: the value as given,
-- $2: its normalized name key. The runner keeps the best level that matches.
WITH given AS (SELECT $1::text AS value, $2::text AS name_key, string_to_array($2::text, ' ') AS words),
candidate AS (
    SELECT i.issuer_id, 1 AS level, NULL::text AS matched FROM issuer i, given g
    WHERE g.value ~ '^\s*[0-9]{1,10}\s*$' AND i.cik = btrim(g.value)::bigint
    UNION ALL
    SELECT t.issuer_id, 2, t.ticker FROM issuer_ticker t, given g WHERE t.ticker = upper(btrim(g.value))
    UNION ALL
    SELECT n.issuer_id, 3, n.name FROM issuer_name n, given g WHERE g.name_key <> '' AND n.name_key = g.name_key
    UNION ALL
    SELECT n.issuer_id, 4, n.name FROM issuer_name n, given g
    WHERE g.name_key <> '' AND n.name_key LIKE g.name_key || '%'
    UNION ALL
    SELECT n.issuer_id, 5, n.name FROM issuer_name n, given g
    WHERE g.name_key <> '' AND string_to_array(n.name_key, ' ') @> g.words
)
SELECT c.issuer_id, min(c.level) AS level, i.cik::text, i.name, i.ticker, i.name_key,
       (SELECT max(n.last_filed) FROM issuer_name n WHERE n.issuer_id = c.issuer_id) AS last_filed,
       (array_agg(c.matched ORDER BY c.level, c.matched))[1] AS matched
FROM candidate c JOIN issuer i USING (issuer_id)
GROUP BY c.issuer_id, i.cik, i.name, i.ticker, i.name_key
ORDER BY level, i.name, c.issuer_id;
