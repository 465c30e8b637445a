-- After a batch is written and its issuers settled: reporting owners without CIK are
-- attributed again where the batch changed the answer (a person with a CIK filed under
-- their name, or for their issuer, for the first time; or their filing moved to another
-- issuer). Then the names and issuers of the persons concerned are counted again, rows
-- without CIK that no filing refers to are dropped, and current names are set.
-- stage_person_move may already hold owners moved by complete-owner.sql.
--
-- Rows of the archive are picked by `= ANY (ARRAY(SELECT ...))` over the few staged ids,
-- never by a join or `IN (SELECT ...)`: from those the planner, misjudging a temporary
-- table, often hashes the whole table (every filing or person, every batch) where a few
-- index probes do; and an empty list costs nothing.

INSERT INTO stage_person_move (filing_id, owner_no, from_id, name_key, issuer_id)
SELECT o.filing_id, o.owner_no, o.person_id, n.name_key, f.issuer_id
FROM person_name n
JOIN filing_owner o ON o.person_id = n.person_id AND o.cik IS NULL AND o.name = n.name
JOIN filing f ON f.filing_id = o.filing_id
WHERE n.name_key IN (SELECT name_key FROM stage_new_name WHERE kind = 'person')
UNION
-- A person with a CIK filing for an issuer for the first time: owners of that issuer
-- without CIK under any of the person's names. Only persons who filed for the issuer
-- (person_issuer) can hold such owners: without that test every owner of a common name
-- is read again for each new pair, a cost that grows with the archive.
-- Probed from each new pair (OFFSET 0 keeps the subquery apart): joined as a whole, the
-- planner misjudges the match on person and name and reads every owner without CIK.
SELECT o.filing_id, o.owner_no, o.person_id, o.name_key, np.issuer_id
FROM stage_new_person_issuer np
CROSS JOIN LATERAL (
    SELECT o.filing_id, o.owner_no, o.person_id, n.name_key
    FROM person_name pn
    JOIN person_name n ON n.name_key = pn.name_key
    JOIN person_issuer held ON held.person_id = n.person_id AND held.issuer_id = np.issuer_id
    JOIN filing_owner o ON o.person_id = n.person_id AND o.cik IS NULL AND o.name = n.name
    JOIN filing f ON f.filing_id = o.filing_id
    WHERE pn.person_id = np.person_id AND f.issuer_id = np.issuer_id
    OFFSET 0) o
UNION
-- Owners without CIK of filings that moved to another issuer.
SELECT o.filing_id, o.owner_no, o.person_id, n.name_key, f.issuer_id
FROM stage_issuer_move m
JOIN filing_owner o ON o.filing_id = m.filing_id AND o.cik IS NULL
JOIN person_name n ON n.person_id = o.person_id AND n.name = o.name
JOIN filing f ON f.filing_id = o.filing_id
WHERE o.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_issuer_move))
ON CONFLICT (filing_id, owner_no) DO NOTHING;

ANALYZE stage_person_move;

UPDATE stage_person_move m SET to_id = k.person_id
FROM (SELECT array_agg(name_key) AS keys, array_agg(issuer_id) AS issuers
      FROM stage_person_move WHERE to_id IS NULL) a
CROSS JOIN LATERAL persons_with_cik_named(a.keys, a.issuers) k
WHERE m.to_id IS NULL AND m.name_key = k.name_key AND m.issuer_id = k.issuer_id;

INSERT INTO person (name, name_key)
SELECT DISTINCT ON (m.name_key) o.name, m.name_key
FROM stage_person_move m JOIN filing_owner o USING (filing_id, owner_no)
WHERE m.to_id IS NULL AND o.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_person_move))
  AND NOT EXISTS (SELECT 1 FROM person x WHERE x.cik IS NULL AND x.name_key = m.name_key)
ORDER BY m.name_key, o.name;

UPDATE stage_person_move m SET to_id = x.person_id
FROM person x
WHERE m.to_id IS NULL AND x.cik IS NULL AND x.name_key = m.name_key;

DELETE FROM stage_person_move WHERE to_id = from_id AND NOT completion;

UPDATE filing_owner o SET person_id = m.to_id
FROM stage_person_move m
WHERE o.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_person_move))
  AND o.filing_id = m.filing_id AND o.owner_no = m.owner_no AND o.person_id <> m.to_id;

-- Names of the persons that lost or gained filings, counted again. A name's key comes from
-- the rows being replaced or from the move that brought it.
INSERT INTO person_name AS n (person_id, name, name_key, first_filed, last_filed, filings)
SELECT o.person_id, o.name, k.name_key, min(f.filing_date), max(f.filing_date), count(DISTINCT o.filing_id)
FROM filing_owner o
JOIN filing f ON f.filing_id = o.filing_id
JOIN (SELECT DISTINCT ON (name) name, name_key
      FROM (SELECT name, name_key FROM person_name
            WHERE person_id = ANY (ARRAY(SELECT from_id FROM stage_person_move UNION SELECT to_id FROM stage_person_move))
            UNION ALL
            SELECT mo.name, m.name_key
            FROM stage_person_move m JOIN filing_owner mo USING (filing_id, owner_no)
            WHERE mo.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_person_move))) all_keys
      ORDER BY name, name_key) k ON k.name = o.name
WHERE o.person_id = ANY (ARRAY(SELECT from_id FROM stage_person_move UNION SELECT to_id FROM stage_person_move))
GROUP BY o.person_id, o.name, k.name_key
ON CONFLICT (person_id, name) DO UPDATE
SET name_key = excluded.name_key, first_filed = excluded.first_filed,
    last_filed = excluded.last_filed, filings = excluded.filings;

DELETE FROM person_name n
WHERE n.person_id = ANY (ARRAY(SELECT from_id FROM stage_person_move))
  AND NOT EXISTS (SELECT 1 FROM filing_owner o WHERE o.person_id = n.person_id AND o.name = n.name);

-- Which persons filed for which issuers, counted again where an owner or a filing moved.
INSERT INTO stage_recount (person_id, issuer_id)
SELECT from_id, issuer_id FROM stage_person_move
UNION SELECT to_id, issuer_id FROM stage_person_move
UNION SELECT o.person_id, m.from_id FROM stage_issuer_move m JOIN filing_owner o USING (filing_id)
      WHERE o.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_issuer_move))
UNION SELECT o.person_id, m.to_id FROM stage_issuer_move m JOIN filing_owner o USING (filing_id)
      WHERE o.filing_id = ANY (ARRAY(SELECT filing_id FROM stage_issuer_move))
UNION SELECT pm.from_id, m.from_id FROM stage_person_move pm JOIN stage_issuer_move m USING (filing_id);

ANALYZE stage_recount;

INSERT INTO person_issuer AS pi (person_id, issuer_id, first_filed, last_filed, filings)
SELECT o.person_id, f.issuer_id, min(f.filing_date), max(f.filing_date), count(DISTINCT f.filing_id)
FROM stage_recount r
JOIN filing_owner o ON o.person_id = r.person_id
JOIN filing f ON f.filing_id = o.filing_id AND f.issuer_id = r.issuer_id
GROUP BY o.person_id, f.issuer_id
ON CONFLICT (person_id, issuer_id) DO UPDATE
SET first_filed = excluded.first_filed, last_filed = excluded.last_filed, filings = excluded.filings;

DELETE FROM person_issuer pi
USING stage_recount r
WHERE pi.person_id = ANY (ARRAY(SELECT person_id FROM stage_recount))
  AND pi.person_id = r.person_id AND pi.issuer_id = r.issuer_id
  AND NOT EXISTS (SELECT 1 FROM filing_owner o JOIN filing f USING (filing_id)
                  WHERE o.person_id = pi.person_id AND f.issuer_id = pi.issuer_id);

DELETE FROM person p
WHERE p.cik IS NULL
  AND p.person_id = ANY (ARRAY(SELECT from_id FROM stage_person_move))
  AND NOT EXISTS (SELECT 1 FROM filing_owner o WHERE o.person_id = p.person_id);

-- Current name: that of the latest filing (on a tie, the one first seen last).
UPDATE person p
SET name = n.name, name_key = n.name_key
FROM (SELECT person_id FROM stage_person
      UNION SELECT from_id FROM stage_person_move UNION SELECT to_id FROM stage_person_move) touched
CROSS JOIN LATERAL (
    SELECT name, name_key FROM person_name n
    WHERE n.person_id = touched.person_id
    ORDER BY last_filed DESC NULLS LAST, first_filed DESC NULLS LAST, name
    LIMIT 1) n
WHERE p.person_id = touched.person_id
  AND p.person_id = ANY (ARRAY(SELECT person_id FROM stage_person
                               UNION SELECT from_id FROM stage_person_move UNION SELECT to_id FROM stage_person_move))
  AND (p.name, p.name_key) IS DISTINCT FROM (n.name, n.name_key);
