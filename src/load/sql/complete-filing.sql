-- A filing stored before gains what a new copy of it gives and it lacked: the accession
-- number (unless another filing holds it), the date filed that a submission states (where
-- the stored copy had only its signature date), and the issuer's CIK, which moves the
-- filing to that issuer's row (resolved by resolve-issuers.sql). Moves and new dates are
-- recorded for settle-issuers.sql and settle-persons.sql, which count names again.
-- $1 filing_id, $2 accession or null, $3 issuer CIK or null, $4 the row of that CIK,
-- $5 the normalized issuer name, $6 date filed or null.
WITH stored AS (
    SELECT f.filing_id, f.issuer_id, f.issuer_name,
           CASE WHEN f.issuer_cik IS NULL AND $3::bigint IS NOT NULL THEN $4::bigint ELSE f.issuer_id END AS to_id,
           coalesce($6::date, f.filing_date) AS filing_date
    FROM filing f
    WHERE f.filing_id = $1::bigint
      AND ((f.issuer_cik IS NULL AND $3::bigint IS NOT NULL)
           OR f.filing_date IS DISTINCT FROM coalesce($6::date, f.filing_date))
),
moved AS (
    INSERT INTO stage_issuer_move (filing_id, from_id, name_key, to_id, completion)
    SELECT filing_id, issuer_id, $5::text, to_id, true FROM stored
    ON CONFLICT (filing_id) DO NOTHING
),
owners_moved AS (
    INSERT INTO stage_person_move (filing_id, owner_no, from_id, name_key, issuer_id, to_id, completion)
    SELECT o.filing_id, o.owner_no, o.person_id, n.name_key, s.to_id,
           CASE WHEN o.cik IS NOT NULL THEN o.person_id END, true
    FROM stored s
    JOIN filing_owner o ON o.filing_id = s.filing_id
    JOIN person_name n ON n.person_id = o.person_id AND n.name = o.name
    ON CONFLICT (filing_id, owner_no) DO NOTHING
),
-- The name counts for its new issuer at once, so that other filings of the batch find it
-- (settle-issuers.sql counts both issuers again).
named AS (
    INSERT INTO issuer_name AS n (issuer_id, name, name_key, first_filed, last_filed, filings)
    SELECT to_id, issuer_name, $5::text, filing_date, filing_date, 1
    FROM stored
    WHERE issuer_id <> to_id
    ON CONFLICT (issuer_id, name) DO UPDATE SET filings = n.filings + 1
)
UPDATE filing f
SET accession_no = CASE WHEN f.accession_no IS NULL
                         AND NOT EXISTS (SELECT 1 FROM filing x WHERE x.accession_no = $2::text)
                        THEN $2::text ELSE f.accession_no END,
    filing_date = coalesce($6::date, f.filing_date),
    issuer_cik = coalesce(f.issuer_cik, $3::bigint),
    issuer_id = CASE WHEN f.issuer_cik IS NULL AND $3::bigint IS NOT NULL THEN $4::bigint ELSE f.issuer_id END
WHERE f.filing_id = $1::bigint;
