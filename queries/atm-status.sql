-- name: atm-status
-- description: Each at-the-market program: issuer and ticker, agreement, current agents, capacity, shares and proceeds sold to date, remaining capacity (or why it cannot be known), status and since when, and the filing each figure comes from.
-- param: issuer issuer = null | only this issuer's programs: ticker, CIK or name
--
-- table: ticker, issuer, capacity, proceeds AS sold, remaining, status, status_since AS since
-- Sales figures in supplements are cumulative as of a date: the latest one is the total
-- sold, never a sum of them. Capacity is the latest stated total (capacity_changed), else
-- the maximum aggregate offering price first described; after a change by an amount whose
-- new total no supplement stated ("increased by an additional $X") it is unknown.
-- Remaining is capacity less gross sales, only where both are known and the program still
-- runs; otherwise it is null and remaining_unknown says why. The agents are every agent the supplements named less
-- those an amendment or joinder removed (agents_changed). A termination whose effective
-- day is still to come shows as terminating. A suspended program is active again from the
-- first supplement filed for it after the suspension (sales resume "unless and until a new
-- prospectus supplement is filed"; such a supplement rarely says "resume").
--
-- All programs are answered at once: each figure is found for every program in one pass
-- (DISTINCT ON over the events of that kind) and the supplements are read through their
-- own covering index (filing_prospectus), rather than looked up program by program; over
-- tens of thousands of programs those lookups, and the compiling (JIT) their estimated
-- cost set off, took seconds. For one issuer's programs the same steps use the indexes on
-- offering_id and filing_id.
WITH program AS NOT MATERIALIZED (
    -- NOT MATERIALIZED (here and below): each use is planned with the tables' statistics.
    -- Where every program is asked for ($1 null), the uses below skip the join with it.
    SELECT o.* FROM offering o
    WHERE $1::bigint[] IS NULL OR o.issuer_id = ANY($1::bigint[])
),
-- Every event comes from a supplement, and every program starts with one.
supplement AS NOT MATERIALIZED (
    SELECT f.filing_id, f.offering_id, f.filing_date, coalesce(f.document_date, f.filing_date) AS dated,
           coalesce(f.accession_no, f.source_path) AS source
    FROM filing f
    WHERE f.kind = 'prospectus'
),
event AS NOT MATERIALIZED (
    SELECT e.*, s.filing_date, s.source
    FROM offering_event e JOIN supplement s USING (filing_id)
    WHERE $1::bigint[] IS NULL OR e.offering_id IN (SELECT offering_id FROM program)
),
-- The latest event of each kind per program: by event date, then filing date, then the
-- later filing and event (supplements can repeat a date).
capacity AS NOT MATERIALIZED (
    SELECT DISTINCT ON (e.offering_id) e.offering_id, e.event_no, e.new_capacity, e.source
    FROM event e
    WHERE e.event_type = 'capacity_changed'
    ORDER BY e.offering_id, e.event_date DESC NULLS LAST, e.filing_date DESC NULLS LAST, e.filing_id DESC, e.event_no DESC
),
sales AS NOT MATERIALIZED (
    SELECT DISTINCT ON (e.offering_id)
           e.offering_id, e.event_no, e.shares_sold, e.gross_proceeds, e.net_proceeds, e.event_date, e.source
    FROM event e
    WHERE e.event_type = 'sales_update'
    ORDER BY e.offering_id, e.event_date DESC NULLS LAST, e.filing_date DESC NULLS LAST, e.filing_id DESC, e.event_no DESC
),
status AS ( -- read twice (below and by resumed): computed once
    SELECT DISTINCT ON (e.offering_id) e.offering_id, e.event_type, e.event_date, e.source
    FROM event e
    WHERE e.event_type IN ('established', 'suspended', 'resumed', 'terminated')
    ORDER BY e.offering_id, e.event_date DESC NULLS LAST, e.filing_date DESC NULLS LAST, e.filing_id DESC, e.event_no DESC
),
-- A suspended program is active again from the first supplement filed for it after the
-- suspension that does not itself suspend or terminate it.
resumed AS (
    SELECT DISTINCT ON (st.offering_id) st.offering_id, s.dated AS since, s.source
    FROM status st
    JOIN supplement s ON s.offering_id = st.offering_id AND s.dated > st.event_date
    WHERE st.event_type = 'suspended'
      AND NOT EXISTS (SELECT 1 FROM offering_event e
                      WHERE e.filing_id = s.filing_id AND e.event_type IN ('suspended', 'terminated'))
    ORDER BY st.offering_id, s.dated, s.filing_id
),
-- Every agent named, less those an agents_changed event removed, in the order first named.
agents AS NOT MATERIALIZED (
    SELECT a.offering_id, string_agg(a.name, '; ' ORDER BY a.agent_no) AS agents
    FROM offering_agent a
    WHERE ($1::bigint[] IS NULL OR a.offering_id IN (SELECT offering_id FROM program))
      AND NOT EXISTS (SELECT 1 FROM offering_event r
                      WHERE r.offering_id = a.offering_id AND r.event_type = 'agents_changed'
                        AND a.name = ANY (r.agents_removed))
    GROUP BY a.offering_id
),
amended AS NOT MATERIALIZED (
    SELECT a.offering_id, max(a.amendment_date) AS last_amended
    FROM offering_amendment a
    WHERE $1::bigint[] IS NULL OR a.offering_id IN (SELECT offering_id FROM program)
    GROUP BY a.offering_id
)
SELECT i.name AS issuer,
       i.ticker,
       o.agreement_type AS agreement,
       o.agreement_date,
       am.last_amended,
       ag.agents,
       o.commission_rate AS commission_pct,
       k.capacity,
       s.shares_sold,
       coalesce(s.gross_proceeds, s.net_proceeds) AS proceeds,
       CASE WHEN s.gross_proceeds IS NOT NULL THEN 'gross'
            WHEN s.net_proceeds IS NOT NULL THEN 'net' END AS proceeds_basis,
       s.event_date AS sold_as_of,
       CASE WHEN st.event_type IS DISTINCT FROM 'terminated' AND s.gross_proceeds IS NOT NULL
            THEN greatest(k.capacity - s.gross_proceeds, 0)
       END AS remaining,
       CASE WHEN st.event_type = 'terminated' THEN 'program terminated'
            WHEN k.capacity IS NULL AND c.event_no IS NOT NULL THEN 'capacity changed without a stated new total'
            WHEN k.capacity IS NULL THEN 'no capacity stated'
            WHEN s.event_no IS NULL THEN 'no sales figure reported'
            WHEN s.gross_proceeds IS NULL AND s.net_proceeds IS NOT NULL THEN 'sales reported as net proceeds only'
            WHEN s.gross_proceeds IS NULL THEN 'sales reported without proceeds'
       END AS remaining_unknown,
       CASE WHEN r.since IS NOT NULL THEN 'active'
            ELSE CASE st.event_type WHEN 'suspended' THEN 'suspended'
                                    WHEN 'terminated' THEN CASE WHEN st.event_date > current_date THEN 'terminating'
                                                                ELSE 'terminated' END
                                    ELSE 'active' END
       END AS status,
       coalesce(r.since, st.event_date) AS status_since,
       coalesce(c.source, first.source) AS capacity_source,
       s.source AS sales_source,
       coalesce(r.source, st.source) AS status_source
FROM program o
JOIN issuer i USING (issuer_id)
LEFT JOIN supplement first ON first.filing_id = o.first_filing_id
LEFT JOIN amended am ON am.offering_id = o.offering_id
LEFT JOIN agents ag ON ag.offering_id = o.offering_id
LEFT JOIN capacity c ON c.offering_id = o.offering_id
LEFT JOIN sales s ON s.offering_id = o.offering_id
LEFT JOIN status st ON st.offering_id = o.offering_id
LEFT JOIN resumed r ON r.offering_id = o.offering_id
CROSS JOIN LATERAL (
    SELECT CASE WHEN c.event_no IS NOT NULL THEN c.new_capacity ELSE o.max_aggregate_offering_price END AS capacity
) k
ORDER BY i.name, o.agreement_date NULLS LAST, o.offering_id;
