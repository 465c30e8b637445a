-- Every name of every reporting owner, to suggest the closest when a --person value
-- matches none (read only then).
SELECT p.person_id, p.cik::text, p.name, NULL::text AS ticker, n.name_key AS key
FROM person p JOIN person_name n USING (person_id);
