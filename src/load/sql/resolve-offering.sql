-- Finds the ATM program of one supplement, creating it when first seen, completes what it
-- did not know and adds the agents: one round trip per supplement, before the filing's
-- own rows are copied (with the program's id) and its events with them.
-- $1 filing_id (reserved), $2 issuer_id, $3 agreement type, $4 agreement date, $5 maximum
-- aggregate offering price, $6 commission rate, $7 text[] agents.
--
-- The agreement date identifies a program (amendments keep the original date). Without a
-- date on one side, a shared agent or the same agreement type will do, and a document
-- that names nothing (a short suspension notice) belongs to the issuer's latest program.
WITH found AS (
    SELECT o.offering_id
    FROM offering o
    WHERE o.issuer_id = $2
      AND (o.agreement_date = $4::date
           OR (($4::date IS NULL OR o.agreement_date IS NULL)
               AND (EXISTS (SELECT 1 FROM offering_agent a
                            WHERE a.offering_id = o.offering_id AND a.name = ANY($7::text[]))
                    OR lower(o.agreement_type) = lower($3)
                    OR ($3 IS NULL AND cardinality($7::text[]) = 0))))
    ORDER BY (o.agreement_date = $4::date) DESC NULLS LAST, o.offering_id DESC
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
    -- What earlier documents did not say, this one may.
    UPDATE offering o
    SET agreement_type = coalesce(o.agreement_type, $3),
        agreement_date = coalesce(o.agreement_date, $4::date),
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
)
SELECT offering_id FROM program;
