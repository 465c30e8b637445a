-- Finds or creates the issuers of the filings staged in stage_issuer (one row per filing),
-- records the names and tickers they gave, and returns (seq, issuer_id). The rule (schema
-- 004): a CIK names its row; a filing without CIK goes to the one issuer with a CIK that
-- filed under the same normalized name, else to the row without CIK for that name.
-- Names an issuer with a CIK gives for the first time may change the answer for filings
-- stored before: they are noted for settle-issuers.sql.
-- Copies (is_copy) only need their row: their filing is counted when it moves.

-- Temporary tables have no statistics until analyzed: without them the planner takes a
-- few thousand staged rows for a dozen and joins them with the archive row by row.
ANALYZE stage_issuer, stage_person;

INSERT INTO issuer (cik, name, name_key)
SELECT DISTINCT ON (cik) cik, name, name_key
FROM stage_issuer st
WHERE cik IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issuer x WHERE x.cik = st.cik)
ORDER BY cik, name;

UPDATE stage_issuer st SET issuer_id = i.issuer_id
FROM issuer i
WHERE st.cik IS NOT NULL AND i.cik = st.cik;

INSERT INTO stage_new_name (kind, name_key)
SELECT DISTINCT 'issuer', st.name_key
FROM stage_issuer st
WHERE st.cik IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM issuer_name n WHERE n.issuer_id = st.issuer_id AND n.name_key = st.name_key);

-- The names filed with a CIK go in first, so that filings of this batch without CIK find them.
INSERT INTO issuer_name AS n (issuer_id, name, name_key, first_filed, last_filed, filings)
SELECT issuer_id, name, min(name_key), min(filed), max(filed), count(*)
FROM stage_issuer
WHERE cik IS NOT NULL AND NOT is_copy
GROUP BY issuer_id, name
ON CONFLICT (issuer_id, name) DO UPDATE
SET first_filed = least(n.first_filed, excluded.first_filed),
    last_filed = greatest(n.last_filed, excluded.last_filed),
    filings = n.filings + excluded.filings;

UPDATE stage_issuer st SET issuer_id = m.issuer_id
FROM issuers_with_cik_named(ARRAY(SELECT name_key FROM stage_issuer WHERE cik IS NULL)) m
WHERE st.cik IS NULL AND st.name_key = m.name_key;

INSERT INTO issuer (name, name_key)
SELECT DISTINCT ON (name_key) name, name_key
FROM stage_issuer st
WHERE issuer_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM issuer x WHERE x.cik IS NULL AND x.name_key = st.name_key)
ORDER BY name_key, name;

UPDATE stage_issuer st SET issuer_id = x.issuer_id
FROM issuer x
WHERE st.issuer_id IS NULL AND x.cik IS NULL AND x.name_key = st.name_key;

INSERT INTO issuer_name AS n (issuer_id, name, name_key, first_filed, last_filed, filings)
SELECT issuer_id, name, min(name_key), min(filed), max(filed), count(*)
FROM stage_issuer
WHERE cik IS NULL AND NOT is_copy
GROUP BY issuer_id, name
ON CONFLICT (issuer_id, name) DO UPDATE
SET first_filed = least(n.first_filed, excluded.first_filed),
    last_filed = greatest(n.last_filed, excluded.last_filed),
    filings = n.filings + excluded.filings;

INSERT INTO issuer_ticker AS t (issuer_id, ticker, first_filed, last_filed, filings)
SELECT issuer_id, clean_ticker(ticker), min(filed), max(filed), count(*)
FROM stage_issuer
WHERE clean_ticker(ticker) IS NOT NULL AND NOT is_copy
GROUP BY issuer_id, clean_ticker(ticker)
ON CONFLICT (issuer_id, ticker) DO UPDATE
SET first_filed = least(t.first_filed, excluded.first_filed),
    last_filed = greatest(t.last_filed, excluded.last_filed),
    filings = t.filings + excluded.filings;

SELECT seq, issuer_id FROM stage_issuer;
