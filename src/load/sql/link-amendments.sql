-- Links amendments to the filing they amend, once both are in the archive, in whichever
-- order they arrived. $1, $2: the range of filing ids just written. The original is the
-- filing of the same issuer, form, and first reporting owner filed on the amendment's
-- date of original submission (or up to five days before, when only the signature date
-- is known); the nearest one wins.
UPDATE filing a
SET amends_filing_id = m.original_id
FROM (
    SELECT DISTINCT ON (a2.filing_id) a2.filing_id AS amendment_id, o.filing_id AS original_id
    FROM filing a2
    JOIN filing o
      ON o.issuer_id = a2.issuer_id
     AND NOT o.is_amendment
     AND o.kind = a2.kind
     AND split_part(o.form_type, '/', 1) = split_part(a2.form_type, '/', 1)
     AND o.filing_date BETWEEN a2.date_of_original_submission - 5 AND a2.date_of_original_submission
    JOIN filing_owner ao ON ao.filing_id = a2.filing_id AND ao.owner_no = 1
    JOIN filing_owner oo ON oo.filing_id = o.filing_id AND oo.owner_no = 1
                        AND oo.person_id = ao.person_id
    WHERE a2.is_amendment
      AND a2.amends_filing_id IS NULL
      AND a2.date_of_original_submission IS NOT NULL
      AND (a2.filing_id BETWEEN $1 AND $2 OR o.filing_id BETWEEN $1 AND $2)
    ORDER BY a2.filing_id, o.filing_date DESC, o.filing_id DESC
) m
WHERE a.filing_id = m.amendment_id;
