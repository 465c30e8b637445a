-- The persons a report's person parameter names. $1: the value as given (CIK or name),
-- $2: its normalized name key (sorted words). A CIK or the whole name matches exactly;
-- otherwise every given word must be one of the person's name words ("Caruso").
WITH exact AS (
    SELECT person_id FROM person
    WHERE ($1 ~ '^[0-9]{1,10}$' AND cik = $1::bigint)
       OR name_key = $2
)
SELECT person_id FROM exact
UNION ALL
SELECT person_id FROM person
WHERE NOT EXISTS (SELECT 1 FROM exact)
  AND $2 <> ''
  AND string_to_array($2, ' ') <@ string_to_array(name_key, ' ');
