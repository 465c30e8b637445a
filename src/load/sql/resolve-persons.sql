-- Finds or creates the reporting owners staged in stage_person (one row per owner of each
-- filing), records the names they gave and the issuers they filed for, and returns
-- (seq, owner_no, person_id). Run after resolve-issuers.sql: an owner without CIK goes to
-- the one person with a CIK who filed under the same normalized name for the same issuer
-- (schema 004), else to the row without CIK for that name. What this batch changes in
-- those answers for filings stored before is noted for settle-persons.sql.
-- Copies (is_copy) only need their row: their filing is counted when it is completed.

INSERT INTO person (cik, name, name_key)
SELECT DISTINCT ON (cik) cik, name, name_key
FROM stage_person st
WHERE cik IS NOT NULL AND NOT EXISTS (SELECT 1 FROM person x WHERE x.cik = st.cik)
ORDER BY cik, name;

UPDATE stage_person st SET person_id = p.person_id
FROM person p
WHERE st.cik IS NOT NULL AND p.cik = st.cik;

INSERT INTO stage_new_name (kind, name_key)
SELECT DISTINCT 'person', st.name_key
FROM stage_person st
WHERE st.cik IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM person_name n WHERE n.person_id = st.person_id AND n.name_key = st.name_key);

INSERT INTO stage_new_person_issuer (person_id, issuer_id)
SELECT DISTINCT st.person_id, si.issuer_id
FROM stage_person st JOIN stage_issuer si USING (seq)
WHERE st.cik IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM person_issuer pi WHERE pi.person_id = st.person_id AND pi.issuer_id = si.issuer_id);

-- Names and issuers of owners with a CIK first, so that owners of this batch without CIK
-- find them.
INSERT INTO person_name AS n (person_id, name, name_key, first_filed, last_filed, filings)
SELECT person_id, name, min(name_key), min(filed), max(filed), count(DISTINCT seq)
FROM stage_person
WHERE cik IS NOT NULL AND NOT is_copy
GROUP BY person_id, name
ON CONFLICT (person_id, name) DO UPDATE
SET first_filed = least(n.first_filed, excluded.first_filed),
    last_filed = greatest(n.last_filed, excluded.last_filed),
    filings = n.filings + excluded.filings;

INSERT INTO person_issuer AS pi (person_id, issuer_id, first_filed, last_filed, filings)
SELECT st.person_id, si.issuer_id, min(st.filed), max(st.filed), count(DISTINCT st.seq)
FROM stage_person st JOIN stage_issuer si USING (seq)
WHERE st.cik IS NOT NULL AND NOT st.is_copy
GROUP BY st.person_id, si.issuer_id
ON CONFLICT (person_id, issuer_id) DO UPDATE
SET first_filed = least(pi.first_filed, excluded.first_filed),
    last_filed = greatest(pi.last_filed, excluded.last_filed),
    filings = pi.filings + excluded.filings;

UPDATE stage_person st SET person_id = m.person_id
FROM (SELECT array_agg(sp.name_key) AS keys, array_agg(si.issuer_id) AS issuers
      FROM stage_person sp JOIN stage_issuer si USING (seq)
      WHERE sp.cik IS NULL) a
CROSS JOIN LATERAL persons_with_cik_named(a.keys, a.issuers) m,
     stage_issuer si
WHERE st.cik IS NULL AND si.seq = st.seq
  AND st.name_key = m.name_key AND si.issuer_id = m.issuer_id;

INSERT INTO person (name, name_key)
SELECT DISTINCT ON (name_key) name, name_key
FROM stage_person st
WHERE person_id IS NULL
  AND NOT EXISTS (SELECT 1 FROM person x WHERE x.cik IS NULL AND x.name_key = st.name_key)
ORDER BY name_key, name;

UPDATE stage_person st SET person_id = x.person_id
FROM person x
WHERE st.person_id IS NULL AND x.cik IS NULL AND x.name_key = st.name_key;

INSERT INTO person_name AS n (person_id, name, name_key, first_filed, last_filed, filings)
SELECT person_id, name, min(name_key), min(filed), max(filed), count(DISTINCT seq)
FROM stage_person
WHERE cik IS NULL AND NOT is_copy
GROUP BY person_id, name
ON CONFLICT (person_id, name) DO UPDATE
SET first_filed = least(n.first_filed, excluded.first_filed),
    last_filed = greatest(n.last_filed, excluded.last_filed),
    filings = n.filings + excluded.filings;

INSERT INTO person_issuer AS pi (person_id, issuer_id, first_filed, last_filed, filings)
SELECT st.person_id, si.issuer_id, min(st.filed), max(st.filed), count(DISTINCT st.seq)
FROM stage_person st JOIN stage_issuer si USING (seq)
WHERE st.cik IS NULL AND NOT st.is_copy
GROUP BY st.person_id, si.issuer_id
ON CONFLICT (person_id, issuer_id) DO UPDATE
SET first_filed = least(pi.first_filed, excluded.first_filed),
    last_filed = greatest(pi.last_filed, excluded.last_filed),
    filings = pi.filings + excluded.filings;

SELECT seq, owner_no, person_id FROM stage_person;
