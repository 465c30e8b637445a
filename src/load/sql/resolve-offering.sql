-- Finds the ATM program of one agreement a supplement speaks of, creating it when first
-- seen, completes what earlier supplements did not say, adds the agents and records the
-- amendments: one round trip per agreement, before the filing's own rows are copied (with
-- the program's id) and its events with them.
-- $1 filing_id (reserved), $2 issuer_id, $3 agreement type, $4 agreement date, $5 maximum
-- aggregate offering price, $6 commission rate, $7 text[] agents, $8 date[] amendment
-- dates, $9 text[] their kinds (amendment, amended_and_restated), $10 a program it is not
-- (for an earlier agreement a supplement names beside its own: never the supplement's own).
--
-- One program is one agreement of one issuer:
--  - the same agreement date is the same program, whatever the type is called ("Sales
--    Agreement" in a notice, "At Market Issuance Sales Agreement" on the cover);
--  - an agreement dated as one of a program's amendments or restatements, or a program
--    dated as one of this supplement's amendments, is that program (an amended and
--    restated agreement stays the same program and records its new date);
--  - two different dates are two programs (a supplement that ends one agreement and
--    starts another speaks of two);
--  - without a date on one side, the same type (one name ending the other), a shared agent,
--    or for a notice that names nothing, the issuer's latest program.
WITH candidate AS (
    SELECT o.offering_id,
           o.agreement_date = $4::date AS same_date,
           ($4::date IN (SELECT a.amendment_date FROM offering_amendment a WHERE a.offering_id = o.offering_id)
            OR o.agreement_date = ANY ($8::date[])) AS restated,
           (right(lower(o.agreement_type), length($3)) = lower($3)
            OR right(lower($3), length(o.agreement_type)) = lower(o.agreement_type)) AS same_type,
           EXISTS (SELECT 1 FROM offering_agent a
                   WHERE a.offering_id = o.offering_id AND a.name = ANY ($7::text[])) AS shared_agent,
           o.agreement_date IS NULL OR $4::date IS NULL AS undated
    FROM offering o
    WHERE o.issuer_id = $2 AND o.offering_id IS DISTINCT FROM $10::bigint
),
found AS (
    SELECT c.offering_id, coalesce(c.restated, false) AS restated
    FROM candidate c
    WHERE c.same_date OR c.restated
       OR (c.undated AND (c.same_type OR c.shared_agent OR ($3 IS NULL AND cardinality($7::text[]) = 0)))
    ORDER BY c.same_date DESC NULLS LAST, c.restated DESC NULLS LAST, c.same_type DESC NULLS LAST,
             c.offering_id DESC
    LIMIT 1
),
created AS (
    INSERT INTO offering (issuer_id, agreement_type, agreement_date, max_aggregate_offering_price,
                          commission_rate, first_filing_id)
    SELECT $2, $3, $4, $5, $6, $1
    WHERE NOT EXISTS (SELECT 1 FROM found)
    RETURNING offering_id
),
program AS (
    SELECT offering_id FROM found UNION ALL SELECT offering_id FROM created
),
completed AS (
    -- What earlier documents did not say, this one may: the fullest name of the type, the
    -- original agreement's date where only a restatement's was known.
    UPDATE offering o
    SET agreement_type = CASE WHEN o.agreement_type IS NULL
                                   OR (length($3) > length(o.agreement_type)
                                       AND right(lower($3), length(o.agreement_type)) = lower(o.agreement_type))
                              THEN coalesce($3, o.agreement_type) ELSE o.agreement_type END,
        agreement_date = CASE WHEN o.agreement_date IS NULL OR (f.restated AND $4::date < o.agreement_date)
                              THEN coalesce($4::date, o.agreement_date) ELSE o.agreement_date END,
        max_aggregate_offering_price = coalesce(o.max_aggregate_offering_price, $5::numeric),
        commission_rate = coalesce(o.commission_rate, $6::numeric)
    FROM found f
    WHERE o.offering_id = f.offering_id
),
agents AS (
    INSERT INTO offering_agent (offering_id, agent_no, name)
    SELECT p.offering_id,
           coalesce((SELECT max(agent_no) FROM offering_agent x WHERE x.offering_id = p.offering_id), 0)
               + row_number() OVER (ORDER BY n.ord),
           n.name
    FROM program p
    CROSS JOIN unnest($7::text[]) WITH ORDINALITY AS n(name, ord)
    WHERE NOT EXISTS (SELECT 1 FROM offering_agent a WHERE a.offering_id = p.offering_id AND a.name = n.name)
),
amendments AS (
    INSERT INTO offering_amendment (offering_id, kind, amendment_date, first_filing_id)
    SELECT p.offering_id, m.kind, m.amendment_date, $1
    FROM program p
    CROSS JOIN unnest($8::date[], $9::text[]) AS m(amendment_date, kind)
    ON CONFLICT DO NOTHING
)
SELECT offering_id FROM program;
