-- Links amendments to the filing they amend, once both are in the archive, in whichever
-- order they arrived. $1, $2: the range of filing ids just written. The original is the
-- filing of the same issuer, form, and first reporting owner filed on the amendment's
-- date of original submission (or up to five days before, when only the signature date
-- is known); the nearest one wins.
--
-- Two lookups, each starting from the filings just written and probing an index, so that
-- the cost of a batch does not grow with the archive: amendments whose original never
-- arrives stay unlinked for good, and a single join of every unlinked amendment with the
-- batch (an OR of the two cases) read them all again on every batch.
UPDATE filing a
SET amends_filing_id = m.original_id
FROM (
    SELECT DISTINCT ON (amendment_id) amendment_id, original_id
    FROM (
        -- Amendments just written: their original, anywhere in the archive.
        SELECT a2.filing_id AS amendment_id, o.filing_id AS original_id, o.filing_date
        FROM filing a2
        JOIN filing o
          ON o.issuer_id = a2.issuer_id
         AND o.filing_date BETWEEN a2.date_of_original_submission - 5 AND a2.date_of_original_submission
        JOIN filing_owner ao ON ao.filing_id = a2.filing_id AND ao.owner_no = 1
        JOIN filing_owner oo ON oo.filing_id = o.filing_id AND oo.owner_no = 1 AND oo.person_id = ao.person_id
        WHERE a2.filing_id BETWEEN $1 AND $2
          AND a2.is_amendment
          AND a2.amends_filing_id IS NULL
          AND NOT o.is_amendment
          AND o.kind = a2.kind
          AND split_part(o.form_type, '/', 1) = split_part(a2.form_type, '/', 1)
        UNION ALL
        -- Originals just written: the amendments that arrived before them and wait.
        SELECT a2.filing_id, o.filing_id, o.filing_date
        FROM filing o
        JOIN filing a2
          ON a2.issuer_id = o.issuer_id
         AND a2.date_of_original_submission BETWEEN o.filing_date AND o.filing_date + 5
         AND a2.is_amendment
         AND a2.amends_filing_id IS NULL
        JOIN filing_owner ao ON ao.filing_id = a2.filing_id AND ao.owner_no = 1
        JOIN filing_owner oo ON oo.filing_id = o.filing_id AND oo.owner_no = 1 AND oo.person_id = ao.person_id
        WHERE o.filing_id BETWEEN $1 AND $2
          AND NOT o.is_amendment
          AND o.kind = a2.kind
          AND split_part(o.form_type, '/', 1) = split_part(a2.form_type, '/', 1)
    ) candidate
    ORDER BY amendment_id, filing_date DESC, original_id DESC
) m
WHERE a.filing_id = m.amendment_id;
