-- A reporting owner of a filing stored before gains the CIK a new copy of the filing
-- gives, which moves it to that person's row (resolved by resolve-persons.sql); the move
-- is recorded for settle-persons.sql. Run after complete-filing.sql. $1 filing_id,
-- $2 owner_no, $3 CIK, $4 the row of that CIK, $5 the normalized name.
WITH stored AS (
    SELECT o.filing_id, o.owner_no, o.person_id, o.name, f.issuer_id, f.filing_date
    FROM filing_owner o JOIN filing f USING (filing_id)
    WHERE o.filing_id = $1::bigint AND o.owner_no = $2::smallint AND o.cik IS NULL
),
moved AS (
    INSERT INTO stage_person_move AS m (filing_id, owner_no, from_id, name_key, issuer_id, to_id, completion)
    SELECT filing_id, owner_no, person_id, $5::text, issuer_id, $4::bigint, true FROM stored
    ON CONFLICT (filing_id, owner_no) DO UPDATE SET to_id = excluded.to_id
),
-- The name and the issuer count for the new person at once, so that other owners of the
-- batch find them (settle-persons.sql counts both persons again).
named AS (
    INSERT INTO person_name AS n (person_id, name, name_key, first_filed, last_filed, filings)
    SELECT $4::bigint, name, $5::text, filing_date, filing_date, 1
    FROM stored
    WHERE person_id <> $4::bigint
    ON CONFLICT (person_id, name) DO UPDATE SET filings = n.filings + 1
),
new_issuer AS (
    INSERT INTO stage_new_person_issuer (person_id, issuer_id)
    SELECT $4::bigint, issuer_id FROM stored
    WHERE NOT EXISTS (SELECT 1 FROM person_issuer pi WHERE pi.person_id = $4::bigint AND pi.issuer_id = stored.issuer_id)
),
filed_for AS (
    INSERT INTO person_issuer AS pi (person_id, issuer_id, first_filed, last_filed, filings)
    SELECT $4::bigint, issuer_id, filing_date, filing_date, 1
    FROM stored
    WHERE person_id <> $4::bigint
    ON CONFLICT (person_id, issuer_id) DO UPDATE SET filings = pi.filings + 1
)
UPDATE filing_owner
SET cik = $3::bigint, person_id = $4::bigint
WHERE filing_id = $1::bigint AND owner_no = $2::smallint AND cik IS NULL;
