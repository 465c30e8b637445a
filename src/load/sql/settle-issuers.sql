-- After a batch is written: filings stored before without issuer CIK are attributed again
-- where the batch changed the answer (an issuer with a CIK filed under their name for the
-- first time: then it may be the one, or no longer the only one), so that the archive is
-- the same whatever order its filings came in. Then the names and tickers of the issuers
-- concerned are counted again, rows without CIK that nothing refers to are dropped, and
-- current names are set. stage_issuer_move may already hold filings moved by
-- complete-filing.sql.
--
-- Rows of the archive are picked by `= ANY (ARRAY(SELECT ...))` over the few staged ids,
-- never by a join or `IN (SELECT ...)`: from those the planner, misjudging a temporary
-- table, often hashes the whole table (every filing or issuer, every batch) where a few
-- index probes do; and an empty list costs nothing.

ANALYZE stage_new_name, stage_new_person_issuer, stage_issuer_move;

INSERT INTO stage_issuer_move (filing_id, from_id, name_key)
SELECT f.filing_id, f.issuer_id, n.name_key
FROM issuer_name n
JOIN filing f ON f.issuer_id = n.issuer_id AND f.issuer_cik IS NULL AND f.issuer_name = n.name
WHERE n.name_key IN (SELECT name_key FROM stage_new_name WHERE kind = 'issuer')
ON CONFLICT (filing_id) DO NOTHING;

UPDATE stage_issuer_move m SET to_id = k.issuer_id
FROM issuers_with_cik_named(ARRAY(SELECT name_key FROM stage_issuer_move WHERE to_id IS NULL)) k
WHERE m.to_id IS NULL AND m.name_key = k.name_key;

INSERT INTO issuer (name, name_key)
SELECT DISTINCT ON (m.name_key) f.issuer_name, m.name_key
FROM stage_issuer_move m JOIN filing f USING (filing_id)
WHERE m.to_id IS NULL AND f.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_issuer_move))
  AND NOT EXISTS (SELECT 1 FROM issuer x WHERE x.cik IS NULL AND x.name_key = m.name_key)
ORDER BY m.name_key, f.issuer_name;

UPDATE stage_issuer_move m SET to_id = x.issuer_id
FROM issuer x
WHERE m.to_id IS NULL AND x.cik IS NULL AND x.name_key = m.name_key;

DELETE FROM stage_issuer_move WHERE to_id = from_id AND NOT completion;

UPDATE filing f SET issuer_id = m.to_id
FROM stage_issuer_move m
WHERE f.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_issuer_move))
  AND f.filing_id = m.filing_id AND f.issuer_id <> m.to_id;

-- Names and tickers of the issuers that lost or gained filings, counted again. A name's
-- key comes from the rows being replaced or from the move that brought it.
INSERT INTO issuer_name AS n (issuer_id, name, name_key, first_filed, last_filed, filings)
SELECT f.issuer_id, f.issuer_name, k.name_key, min(f.filing_date), max(f.filing_date), count(*)
FROM filing f
JOIN (SELECT DISTINCT ON (name) name, name_key
      FROM (SELECT name, name_key FROM issuer_name
            WHERE issuer_id = ANY (ARRAY(SELECT from_id FROM stage_issuer_move UNION SELECT to_id FROM stage_issuer_move))
            UNION ALL
            SELECT f2.issuer_name, m.name_key FROM stage_issuer_move m JOIN filing f2 USING (filing_id)
            WHERE f2.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_issuer_move))) all_keys
      ORDER BY name, name_key) k ON k.name = f.issuer_name
WHERE f.issuer_id = ANY (ARRAY(SELECT from_id FROM stage_issuer_move UNION SELECT to_id FROM stage_issuer_move))
GROUP BY f.issuer_id, f.issuer_name, k.name_key
ON CONFLICT (issuer_id, name) DO UPDATE
SET name_key = excluded.name_key, first_filed = excluded.first_filed,
    last_filed = excluded.last_filed, filings = excluded.filings;

DELETE FROM issuer_name n
WHERE n.issuer_id = ANY (ARRAY(SELECT from_id FROM stage_issuer_move))
  AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.issuer_id = n.issuer_id AND f.issuer_name = n.name);

INSERT INTO issuer_ticker AS t (issuer_id, ticker, first_filed, last_filed, filings)
SELECT issuer_id, clean_ticker(issuer_ticker), min(filing_date), max(filing_date), count(*)
FROM filing
WHERE issuer_id = ANY (ARRAY(SELECT from_id FROM stage_issuer_move UNION SELECT to_id FROM stage_issuer_move))
  AND clean_ticker(issuer_ticker) IS NOT NULL
GROUP BY issuer_id, clean_ticker(issuer_ticker)
ON CONFLICT (issuer_id, ticker) DO UPDATE
SET first_filed = excluded.first_filed, last_filed = excluded.last_filed, filings = excluded.filings;

DELETE FROM issuer_ticker t
WHERE t.issuer_id = ANY (ARRAY(SELECT from_id FROM stage_issuer_move))
  AND NOT EXISTS (SELECT 1 FROM filing f
                  WHERE f.issuer_id = t.issuer_id AND clean_ticker(f.issuer_ticker) = t.ticker);

-- ATM programs follow their supplements.
UPDATE offering o
SET issuer_id = (SELECT f.issuer_id FROM filing f WHERE f.offering_id = o.offering_id
                 ORDER BY f.filing_date NULLS LAST, f.document_key LIMIT 1)
WHERE o.issuer_id = ANY (ARRAY(SELECT from_id FROM stage_issuer_move))
  AND EXISTS (SELECT 1 FROM filing f WHERE f.offering_id = o.offering_id);

DELETE FROM issuer i
WHERE i.cik IS NULL
  AND i.issuer_id = ANY (ARRAY(SELECT from_id FROM stage_issuer_move))
  AND NOT EXISTS (SELECT 1 FROM filing f WHERE f.issuer_id = i.issuer_id)
  AND NOT EXISTS (SELECT 1 FROM offering o WHERE o.issuer_id = i.issuer_id);

-- Current name and ticker: those of the latest filing (on a tie, the one first seen last).
UPDATE issuer i
SET name = n.name, name_key = n.name_key, ticker = t.ticker
FROM (SELECT issuer_id FROM stage_issuer
      UNION SELECT from_id FROM stage_issuer_move UNION SELECT to_id FROM stage_issuer_move) touched
CROSS JOIN LATERAL (
    SELECT name, name_key FROM issuer_name n
    WHERE n.issuer_id = touched.issuer_id
    ORDER BY last_filed DESC NULLS LAST, first_filed DESC NULLS LAST, name
    LIMIT 1) n
LEFT JOIN LATERAL (
    SELECT ticker FROM issuer_ticker t
    WHERE t.issuer_id = touched.issuer_id
    ORDER BY last_filed DESC NULLS LAST, first_filed DESC NULLS LAST, ticker
    LIMIT 1) t ON true
WHERE i.issuer_id = touched.issuer_id
  AND i.issuer_id = ANY (ARRAY(SELECT issuer_id FROM stage_issuer
                               UNION SELECT from_id FROM stage_issuer_move UNION SELECT to_id FROM stage_issuer_move))
  AND (i.name, i.name_key, i.ticker) IS DISTINCT FROM (n.name, n.name_key, t.ticker);
