-- name: atm-status
-- description: Each at-the-market program: capacity, shares and proceeds sold to date, remaining capacity, status and since when, and the filing each figure comes from.
-- param: issuer issuer = null | only this issuer's programs: ticker, CIK or name
--
-- Sales figures in supplements are cumulative as of a date: the latest one is the total
-- sold, never a sum of them. Capacity is the latest stated total (capacity_changed), else
-- the maximum aggregate offering price first described.
WITH ev AS (
    SELECT e.*, f.filing_date, coalesce(f.accession_no, f.source_path) AS source
    FROM offering_event e
    JOIN filing f USING (filing_id)
),
capacity AS (
    SELECT DISTINCT ON (offering_id) offering_id, new_capacity AS capacity, source
    FROM ev
    WHERE event_type = 'capacity_changed' AND new_capacity IS NOT NULL
    ORDER BY offering_id, event_date DESC NULLS LAST, filing_date DESC NULLS LAST, filing_id DESC, event_no DESC
),
sales AS (
    SELECT DISTINCT ON (offering_id) offering_id, shares_sold, gross_proceeds, net_proceeds, event_date, source
    FROM ev
    WHERE event_type = 'sales_update'
    ORDER BY offering_id, event_date DESC NULLS LAST, filing_date DESC NULLS LAST, filing_id DESC, event_no DESC
),
status AS (
    SELECT DISTINCT ON (offering_id) offering_id, event_type, event_date, source
    FROM ev
    WHERE event_type IN ('established', 'suspended', 'resumed', 'terminated')
    ORDER BY offering_id, event_date DESC NULLS LAST, filing_date DESC NULLS LAST, filing_id DESC, event_no DESC
),
program AS (
    SELECT o.*, i.name AS issuer_name, i.ticker,
           coalesce(c.capacity, o.max_aggregate_offering_price) AS capacity,
           coalesce(c.source, (SELECT coalesce(f.accession_no, f.source_path) FROM filing f
                               WHERE f.filing_id = o.first_filing_id)) AS capacity_source
    FROM offering o
    JOIN issuer i USING (issuer_id)
    LEFT JOIN capacity c USING (offering_id)
    WHERE $1::bigint[] IS NULL OR o.issuer_id = ANY($1::bigint[])
)
SELECT p.issuer_name AS issuer,
       p.ticker,
       p.agreement_type AS agreement,
       p.agreement_date,
       (SELECT string_agg(a.name, '; ' ORDER BY a.agent_no)
        FROM offering_agent a WHERE a.offering_id = p.offering_id) AS agents,
       p.commission_rate AS commission_pct,
       p.capacity,
       coalesce(s.shares_sold, CASE WHEN s.offering_id IS NOT NULL THEN 0 END) AS shares_sold,
       coalesce(s.gross_proceeds, s.net_proceeds) AS proceeds,
       CASE WHEN s.gross_proceeds IS NOT NULL THEN 'gross'
            WHEN s.net_proceeds IS NOT NULL THEN 'net' END AS proceeds_basis,
       s.event_date AS sold_as_of,
       greatest(p.capacity - coalesce(s.gross_proceeds, s.net_proceeds, 0), 0) AS remaining,
       CASE st.event_type WHEN 'suspended' THEN 'suspended'
                          WHEN 'terminated' THEN 'terminated'
                          ELSE 'active' END AS status,
       st.event_date AS status_since,
       p.capacity_source,
       s.source AS sales_source,
       st.source AS status_source
FROM program p
LEFT JOIN sales s USING (offering_id)
LEFT JOIN status st USING (offering_id)
ORDER BY p.issuer_name, p.agreement_date NULLS LAST, p.offering_id;
