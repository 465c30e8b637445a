-- name: cluster-buys
-- description: Issuers where at least N distinct insiders bought on the open market (code P) within D days.
-- param: min-insiders integer = 3 | distinct insiders buying in the window
-- param: days integer = 10 | length of the window in days
-- param: from date = null | first purchase date (default: one year ago)
-- param: to date = null | last purchase date (default: today)
--
-- Each purchase opens a window of D days; a window counts the distinct insiders who bought
-- in it. Per issuer the window with the most insiders is shown (the earliest on a tie).
WITH buy AS (
    SELECT t.issuer_id, t.transaction_date, o.person_id, o.name, t.shares, t.price
    FROM insider_transaction t
    JOIN filing_owner o ON o.filing_id = t.filing_id
    WHERE t.transaction_code = 'P' AND t.table_no = 1 AND t.acquired_disposed = 'A'
      AND t.transaction_date BETWEEN coalesce($3::date, current_date - 365) AND coalesce($4::date, current_date)
),
win AS (
    SELECT s.issuer_id, s.transaction_date AS window_start,
           count(DISTINCT b.person_id) AS insiders,
           string_agg(DISTINCT b.name, '; ') AS names,
           max(b.transaction_date) AS window_end,
           sum(b.shares) AS shares,
           sum(b.shares * b.price) AS value
    FROM (SELECT DISTINCT issuer_id, transaction_date FROM buy) s
    JOIN buy b ON b.issuer_id = s.issuer_id
              AND b.transaction_date BETWEEN s.transaction_date AND s.transaction_date + ($2::integer - 1)
    GROUP BY s.issuer_id, s.transaction_date
)
SELECT DISTINCT ON (w.issuer_id)
       i.ticker, i.name AS issuer, w.window_start, w.window_end, w.insiders, w.names AS insider_names,
       w.shares, round(w.value, 2) AS value
FROM win w
JOIN issuer i USING (issuer_id)
WHERE w.insiders >= $1::integer
ORDER BY w.issuer_id, w.insiders DESC, w.window_start;
