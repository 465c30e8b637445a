-- Finds the ATM program a supplement speaks of. $1 issuer_id, $2 agreement date or null,
-- $3 agreement type or null, $4 text[] of agent names.
-- The agreement date identifies a program (amendments keep the original date). Without a
-- date on one side, a shared agent or the same agreement type will do, and a document that
-- names nothing (a short suspension notice) belongs to the issuer's latest program.
SELECT o.offering_id
FROM offering o
WHERE o.issuer_id = $1
  AND (o.agreement_date = $2::date
       OR (($2::date IS NULL OR o.agreement_date IS NULL)
           AND (EXISTS (SELECT 1 FROM offering_agent a
                        WHERE a.offering_id = o.offering_id AND a.name = ANY($4::text[]))
                OR lower(o.agreement_type) = lower($3)
                OR ($3 IS NULL AND cardinality($4::text[]) = 0))))
ORDER BY (o.agreement_date = $2::date) DESC NULLS LAST, o.offering_id DESC
LIMIT 1;
