-- Finds or creates the reporting owners staged in stage_person; returns (seq, person_id).
-- Same identity rules as issuers: CIK when known, else the normalized name.
UPDATE person p
SET cik = s.cik
FROM (SELECT DISTINCT ON (name_key) cik, name_key
      FROM stage_person st
      WHERE cik IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM person x WHERE x.cik = st.cik)
      ORDER BY name_key, seq) s
WHERE p.cik IS NULL AND p.name_key = s.name_key;

INSERT INTO person (cik, name, name_key)
SELECT DISTINCT ON (cik) cik, name, name_key
FROM stage_person st
WHERE cik IS NOT NULL AND NOT EXISTS (SELECT 1 FROM person x WHERE x.cik = st.cik)
ORDER BY cik, seq;

INSERT INTO person (name, name_key)
SELECT DISTINCT ON (name_key) name, name_key
FROM stage_person st
WHERE cik IS NULL AND NOT EXISTS (SELECT 1 FROM person x WHERE x.name_key = st.name_key)
ORDER BY name_key, seq;

SELECT st.seq,
       coalesce((SELECT x.person_id FROM person x WHERE x.cik = st.cik),
                (SELECT x.person_id FROM person x
                 WHERE st.cik IS NULL AND x.name_key = st.name_key
                 ORDER BY x.cik IS NULL DESC, x.person_id
                 LIMIT 1))
FROM stage_person st;
