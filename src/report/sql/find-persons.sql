-- The reporting owners a --person value may mean, each with how well it matches (1 best):
-- 1 the CIK, 2 a name they ever filed under (normalized: "James V. Caruso" is
-- "CARUSO JAMES V"), 3 every given word among the words of such a name ("Caruso").
-- $1: the value as given, $2: its normalized name key (sorted words).
WITH given AS (SELECT $1::text AS value, $2::text AS name_key, string_to_array($2::text, ' ') AS words),
candidate AS (
    SELECT p.person_id, 1 AS level, NULL::text AS matched FROM person p, given g
    WHERE g.value ~ '^\s*[0-9]{1,10}\s*$' AND p.cik = btrim(g.value)::bigint
    UNION ALL
    SELECT n.person_id, 2, n.name FROM person_name n, given g WHERE g.name_key <> '' AND n.name_key = g.name_key
    UNION ALL
    SELECT n.person_id, 3, n.name FROM person_name n, given g
    WHERE g.name_key <> '' AND string_to_array(n.name_key, ' ') @> g.words
)
SELECT c.person_id, min(c.level) AS level, p.cik::text, p.name,
       (SELECT i.ticker FROM filing_owner o JOIN filing f USING (filing_id) JOIN issuer i ON i.issuer_id = f.issuer_id
        WHERE o.person_id = c.person_id ORDER BY f.filing_date DESC NULLS LAST, f.filing_id DESC LIMIT 1) AS ticker,
       p.name_key,
       (SELECT max(n.last_filed) FROM person_name n WHERE n.person_id = c.person_id) AS last_filed,
       (array_agg(c.matched ORDER BY c.level, c.matched))[1] AS matched
FROM candidate c JOIN person p USING (person_id)
GROUP BY c.person_id, p.cik, p.name, p.name_key
ORDER BY level, p.name, c.person_id;
