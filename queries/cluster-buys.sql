-- name: cluster-buys
-- description: Issuers where at least N distinct insiders bought on the open market (code P) within D days; owners who file jointly count as one insider.
-- param: from date = auto | first purchase date (default: a year before the last purchase in the window)
-- param: to date = auto | last purchase date (default: the newest purchase in the archive)
-- param: min-insiders integer 2..1000 = 3 | distinct insiders (groups of joint filers) buying in the window
-- param: days integer 1..366 = 10 | length of the window in days
-- param: role {director,officer,ten-percent-owner,other} = null | only purchases filed by an owner in this role
-- table: ticker, issuer, window_start AS from, window_end AS to, insiders, insider_names AS names, shares, value
--
-- Owners who file a purchase together (a fund, its general partner and the person who
-- controls them) are one insider: owners linked by joint filings in the period, directly
-- or through others, form a group. Each purchase counts once, whoever reported it, and
-- only the current filing of each amendment family counts. Each purchase opens a window of
-- D days; per issuer the window with the most insiders is shown (the earliest on a tie).
-- value adds up the purchases whose price is given; unpriced counts the others.
--
-- defaults:
WITH newest AS (
    SELECT coalesce($2::date, greatest($1::date,
        (SELECT max(transaction_date) FROM ownership_row WHERE transaction_code IN ('P', 'S')
           AND transaction_code = 'P'))) AS last
)
SELECT coalesce($1::date, last - 364) AS "from", last AS "to" FROM newest;
-- report:
-- Each purchase row is read through the covering index ownership_row_purchases (no visit
-- to the table). Whether a purchase's filing is current (not superseded by an amendment)
-- costs a lookup per filing, so it is asked only for the issuers that could qualify.
WITH RECURSIVE purchase AS (
    SELECT f.issuer_id, r.filing_id, r.row_no, r.transaction_date, r.shares, r.price
    FROM ownership_row r JOIN filing f USING (filing_id)
    WHERE r.transaction_code = 'P' AND r.table_no = 1 AND r.row_kind = 'transaction'
      AND r.transaction_date BETWEEN $1::date AND $2::date
),
-- Issuers with a window that holds N purchase filings: only they can have N insiders.
-- Counted over every filing (current or superseded, any role), so it keeps every issuer
-- that busy below keeps.
candidate AS (
    SELECT DISTINCT s.issuer_id
    FROM (SELECT DISTINCT issuer_id, transaction_date FROM purchase) s
    JOIN purchase p ON p.issuer_id = s.issuer_id
                   AND p.transaction_date BETWEEN s.transaction_date AND s.transaction_date + ($4::integer - 1)
    GROUP BY s.issuer_id, s.transaction_date
    HAVING count(DISTINCT p.filing_id) >= $3::integer
),
-- The purchases that count: the candidates', from current filings, by an owner in the role.
buy AS (
    SELECT p.*
    FROM purchase p
    WHERE p.issuer_id IN (SELECT issuer_id FROM candidate)
      AND EXISTS (SELECT 1 FROM current_filing c WHERE c.filing_id = p.filing_id)
      AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM filing_owner o
                                       WHERE o.filing_id = p.filing_id AND owner_has_role(o, $5::text)))
),
-- Issuers with a window that holds N purchase filings among those that count: only their
-- owners are looked up.
busy AS (
    SELECT DISTINCT s.issuer_id
    FROM (SELECT DISTINCT issuer_id, transaction_date FROM buy) s
    JOIN buy b ON b.issuer_id = s.issuer_id
              AND b.transaction_date BETWEEN s.transaction_date AND s.transaction_date + ($4::integer - 1)
    GROUP BY s.issuer_id, s.transaction_date
    HAVING count(DISTINCT b.filing_id) >= $3::integer
),
busy_filing AS (
    SELECT DISTINCT issuer_id, filing_id FROM buy WHERE issuer_id IN (SELECT issuer_id FROM busy)
),
-- Owners of one purchase filing are linked; groups are what the links join.
link AS (
    SELECT DISTINCT b.issuer_id, a.person_id AS person_id, z.person_id AS other
    FROM busy_filing b
    JOIN filing_owner a ON a.filing_id = b.filing_id
    JOIN filing_owner z ON z.filing_id = b.filing_id
),
reach (issuer_id, person_id, other) AS (
    SELECT issuer_id, person_id, other FROM link
    UNION
    SELECT r.issuer_id, r.person_id, l.other
    FROM reach r JOIN link l ON l.issuer_id = r.issuer_id AND l.person_id = r.other
),
member AS (
    SELECT issuer_id, person_id, min(other) AS group_id FROM reach GROUP BY issuer_id, person_id
),
filing_group AS (
    SELECT o.filing_id, min(m.group_id) AS group_id
    FROM busy_filing bf
    JOIN filing_owner o ON o.filing_id = bf.filing_id
    JOIN member m ON m.issuer_id = bf.issuer_id AND m.person_id = o.person_id
    GROUP BY o.filing_id
),
grouped_buy AS (
    SELECT b.*, g.group_id FROM buy b JOIN filing_group g USING (filing_id)
),
win AS (
    SELECT s.issuer_id, s.transaction_date AS window_start,
           count(DISTINCT b.group_id) AS insiders,
           max(b.transaction_date) AS window_end,
           count(*) AS purchases,
           sum(b.shares) AS shares,
           sum(b.shares * b.price) AS value,
           count(*) FILTER (WHERE b.price IS NULL) AS unpriced
    FROM (SELECT DISTINCT issuer_id, transaction_date FROM buy) s
    JOIN grouped_buy b ON b.issuer_id = s.issuer_id
                      AND b.transaction_date BETWEEN s.transaction_date AND s.transaction_date + ($4::integer - 1)
    GROUP BY s.issuer_id, s.transaction_date
),
best AS (
    SELECT DISTINCT ON (issuer_id) *
    FROM win
    WHERE insiders >= $3::integer
    ORDER BY issuer_id, insiders DESC, window_start
)
SELECT i.ticker,
       i.name AS issuer,
       w.window_start,
       w.window_end,
       w.insiders,
       names.insider_names,
       w.purchases,
       w.shares,
       round(w.value, 2) AS value,
       w.unpriced
FROM best w
JOIN issuer i USING (issuer_id)
CROSS JOIN LATERAL (
    SELECT string_agg(g.names, '; ' ORDER BY g.names) AS insider_names
    FROM (SELECT string_agg(DISTINCT p.name, ' + ') AS names
          FROM (SELECT DISTINCT b.group_id FROM grouped_buy b
                WHERE b.issuer_id = w.issuer_id
                  AND b.transaction_date BETWEEN w.window_start AND w.window_end) gb
          JOIN member m ON m.issuer_id = w.issuer_id AND m.group_id = gb.group_id
          JOIN person p ON p.person_id = m.person_id
          GROUP BY gb.group_id) g
) names
ORDER BY w.insiders DESC, w.window_start DESC, i.name;
