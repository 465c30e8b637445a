-- Finds or creates the issuers staged in stage_issuer and returns (seq, issuer_id).
-- Identity: the CIK when known, else the normalized name. A row created without CIK
-- gains the CIK of the first filing that gives one for the same name, so an issuer
-- never becomes two rows.
UPDATE issuer i
SET cik = s.cik
FROM (SELECT DISTINCT ON (name_key) cik, name_key
      FROM stage_issuer st
      WHERE cik IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM issuer x WHERE x.cik = st.cik)
      ORDER BY name_key, seq) s
WHERE i.cik IS NULL AND i.name_key = s.name_key;

INSERT INTO issuer (cik, ticker, name, name_key)
SELECT DISTINCT ON (cik) cik, ticker, name, name_key
FROM stage_issuer st
WHERE cik IS NOT NULL AND NOT EXISTS (SELECT 1 FROM issuer x WHERE x.cik = st.cik)
ORDER BY cik, seq;

INSERT INTO issuer (ticker, name, name_key)
SELECT DISTINCT ON (name_key) ticker, name, name_key
FROM stage_issuer st
WHERE cik IS NULL AND NOT EXISTS (SELECT 1 FROM issuer x WHERE x.name_key = st.name_key)
ORDER BY name_key, seq;

WITH resolved AS (
    SELECT st.seq, st.ticker,
           coalesce((SELECT x.issuer_id FROM issuer x WHERE x.cik = st.cik),
                    (SELECT x.issuer_id FROM issuer x
                     WHERE st.cik IS NULL AND x.name_key = st.name_key
                     ORDER BY (upper(x.ticker) = upper(st.ticker)) DESC NULLS LAST,
                              x.cik IS NULL DESC, x.issuer_id
                     LIMIT 1)) AS issuer_id
    FROM stage_issuer st
),
ticker_update AS (
    UPDATE issuer i
    SET ticker = r.ticker
    FROM (SELECT DISTINCT ON (issuer_id) issuer_id, ticker
          FROM resolved WHERE ticker IS NOT NULL
          ORDER BY issuer_id, seq DESC) r
    WHERE i.issuer_id = r.issuer_id AND i.ticker IS DISTINCT FROM r.ticker
)
SELECT seq, issuer_id FROM resolved;
