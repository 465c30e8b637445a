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
-- prospectus supplement is filed"; such a supplement rarely says "resume"). Each figure is
-- looked up per program through offering_event's index.
SELECT i.name AS issuer,
       i.ticker,
       o.agreement_type AS agreement,
       o.agreement_date,
       (SELECT max(a.amendment_date) FROM offering_amendment a WHERE a.offering_id = o.offering_id) AS last_amended,
       (SELECT string_agg(a.name, '; ' ORDER BY a.agent_no)
        FROM offering_agent a
        WHERE a.offering_id = o.offering_id
          AND NOT EXISTS (SELECT 1 FROM offering_event r
                          WHERE r.offering_id = o.offering_id AND r.event_type = 'agents_changed'
                            AND a.name = ANY (r.agents_removed))) AS agents,
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
       coalesce(c.source, (SELECT coalesce(f.accession_no, f.source_path) FROM filing f
                           WHERE f.filing_id = o.first_filing_id)) AS capacity_source,
       s.source AS sales_source,
       coalesce(r.source, st.source) AS status_source
FROM offering o
JOIN issuer i USING (issuer_id)
LEFT JOIN LATERAL (
    SELECT e.event_no, e.new_capacity, coalesce(f.accession_no, f.source_path) AS source
    FROM offering_event e JOIN filing f USING (filing_id)
    WHERE e.offering_id = o.offering_id AND e.event_type = 'capacity_changed'
    ORDER BY e.event_date DESC NULLS LAST, f.filing_date DESC NULLS LAST, e.filing_id DESC, e.event_no DESC
    LIMIT 1
) c ON true
CROSS JOIN LATERAL (
    SELECT CASE WHEN c.event_no IS NOT NULL THEN c.new_capacity ELSE o.max_aggregate_offering_price END AS capacity
) k
LEFT JOIN LATERAL (
    SELECT e.event_no, e.shares_sold, e.gross_proceeds, e.net_proceeds, e.event_date,
           coalesce(f.accession_no, f.source_path) AS source
    FROM offering_event e JOIN filing f USING (filing_id)
    WHERE e.offering_id = o.offering_id AND e.event_type = 'sales_update'
    ORDER BY e.event_date DESC NULLS LAST, f.filing_date DESC NULLS LAST, e.filing_id DESC, e.event_no DESC
    LIMIT 1
) s ON true
LEFT JOIN LATERAL (
    SELECT e.event_type, e.event_date, coalesce(f.accession_no, f.source_path) AS source
    FROM offering_event e JOIN filing f USING (filing_id)
    WHERE e.offering_id = o.offering_id
      AND e.event_type IN ('established', 'suspended', 'resumed', 'terminated')
    ORDER BY e.event_date DESC NULLS LAST, f.filing_date DESC NULLS LAST, e.filing_id DESC, e.event_no DESC
    LIMIT 1
) st ON true
LEFT JOIN LATERAL (
    SELECT coalesce(f.document_date, f.filing_date) AS since, coalesce(f.accession_no, f.source_path) AS source
    FROM filing f
    WHERE st.event_type = 'suspended' AND f.offering_id = o.offering_id
      AND coalesce(f.document_date, f.filing_date) > st.event_date
      AND NOT EXISTS (SELECT 1 FROM offering_event e
                      WHERE e.filing_id = f.filing_id AND e.event_type IN ('suspended', 'terminated'))
    ORDER BY coalesce(f.document_date, f.filing_date), f.filing_id
    LIMIT 1
) r ON true
WHERE $1::bigint[] IS NULL OR o.issuer_id = ANY($1::bigint[])
ORDER BY i.name, o.agreement_date NULLS LAST, o.offering_id;
