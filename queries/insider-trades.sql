-- name: insider-trades
-- description: Open-market purchases and sales (codes P and S) across issuers, newest first, OpenInsider style: one line per transaction, or per filing with --per filing (total shares, average price, value, flags).
-- param: issuer issuer = null | only this issuer: ticker, CIK or name
-- param: person person = null | only filings this person is a reporting owner of: CIK or name
-- param: from date = auto | first trade date (default: 30 days before the last trade in the window)
-- param: to date = auto | last trade date (default: the newest trade in the archive)
-- param: min-value numeric 0.. = 0 | smallest value (shares x price); a trade whose price is not given shows only at 0
-- param: type {P,S,PS} = PS | P purchases, S sales, PS both
-- param: role {director,officer,ten-percent-owner,other} = null | only filings with a reporting owner in this role
-- param: per {transaction,filing} = transaction | one line per transaction, or per filing and trade type
-- table: trade_date, ticker, insider, title, trade_type AS type, price, qty, value, flags
--
-- A transaction reported jointly by several owners is one line naming them all. The code
-- decides purchase or sale (and the sign of qty and value) even where the acquired/disposed
-- flag disagrees. flags: A the filing is an amendment, D it also reports derivative
-- transactions, E the code and the acquired/disposed flag disagree, M several transactions
-- on the line (price is then their average, weighted by shares). price_note: the footnote
-- that gives the price when the price column is empty. change_pct: qty over what was held
-- before. Only the current filing of each amendment family counts.
--
-- defaults:
WITH newest AS (
    SELECT coalesce($4::date, greatest($3::date, (
        SELECT max(r.transaction_date)
        FROM ownership_row r
        WHERE r.transaction_code IN ('P', 'S')
          AND ($1::bigint[] IS NULL
               OR r.filing_id IN (SELECT f.filing_id FROM filing f WHERE f.issuer_id = ANY($1::bigint[])))
          AND ($2::bigint[] IS NULL
               OR r.filing_id IN (SELECT o.filing_id FROM filing_owner o WHERE o.person_id = ANY($2::bigint[])))))) AS last
)
SELECT coalesce($3::date, last - 29) AS "from", last AS "to" FROM newest;
-- report:
WITH trade AS (
    SELECT t.filing_id, t.row_no, t.transaction_date, t.filing_date, t.issuer_id, t.amended,
           t.transaction_code AS code, t.shares, t.price, t.shares_owned_after,
           CASE t.transaction_code WHEN 'S' THEN -1 ELSE 1 END AS sign,
           t.acquired_disposed IS DISTINCT FROM CASE t.transaction_code WHEN 'S' THEN 'D' ELSE 'A' END AS mismatch,
           CASE WHEN t.price IS NULL THEN
               (SELECT string_agg(n.text, ' ' ORDER BY n.footnote_id) FROM row_field_footnote n
                WHERE n.filing_id = t.filing_id AND n.table_no = t.table_no AND n.row_no = t.row_no
                  AND n.field = 'price') END AS price_note
    FROM insider_transaction t
    WHERE t.transaction_code IN ('P', 'S')
      AND t.table_no = 1
      AND strpos($6::text, t.transaction_code) > 0
      AND t.transaction_date BETWEEN $3::date AND $4::date
      AND ($1::bigint[] IS NULL OR t.issuer_id = ANY($1::bigint[]))
      AND ($2::bigint[] IS NULL OR EXISTS (SELECT 1 FROM filing_owner o
                                           WHERE o.filing_id = t.filing_id AND o.person_id = ANY($2::bigint[])))
      AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM filing_owner o
                                       WHERE o.filing_id = t.filing_id AND owner_has_role(o, $7::text)))
),
line AS (
    SELECT filing_id, code, min(row_no) AS first_row,
           min(transaction_date) AS trade_date,
           max(filing_date) AS filing_date,
           max(issuer_id) AS issuer_id,
           bool_or(amended) AS amended,
           max(sign) AS sign,
           sum(shares) AS shares,
           CASE WHEN count(*) = 1 THEN max(price)
                ELSE round(sum(shares * price) / nullif(sum(shares) FILTER (WHERE price IS NOT NULL), 0), 4) END AS price,
           CASE WHEN bool_and(price IS NOT NULL) THEN sum(shares * price) END AS value,
           (array_agg(shares_owned_after ORDER BY transaction_date DESC, row_no DESC))[1] AS owned,
           count(*) AS transactions,
           bool_or(mismatch) AS mismatch,
           string_agg(price_note, ' ' ORDER BY row_no) AS price_note
    FROM trade
    GROUP BY filing_id, code, CASE WHEN $8::text = 'transaction' THEN row_no END
)
SELECT l.filing_date,
       l.trade_date,
       i.ticker,
       i.name AS issuer,
       owners.names AS insider,
       owners.roles AS title,
       CASE l.code WHEN 'P' THEN 'Purchase' ELSE 'Sale' END AS trade_type,
       l.price,
       l.sign * l.shares AS qty,
       l.owned,
       round(100 * l.sign * l.shares / nullif(l.owned - l.sign * l.shares, 0), 1) AS change_pct,
       round(l.sign * l.value, 2) AS value,
       nullif(concat(CASE WHEN l.amended THEN 'A' END,
              CASE WHEN EXISTS (SELECT 1 FROM ownership_row d
                                WHERE d.filing_id = l.filing_id AND d.table_no = 2 AND d.row_kind = 'transaction')
                   THEN 'D' END,
              CASE WHEN l.mismatch THEN 'E' END,
              CASE WHEN l.transactions > 1 THEN 'M' END), '') AS flags,
       l.transactions,
       l.price_note,
       coalesce(f.accession_no, f.source_path) AS filing
FROM line l
JOIN filing f USING (filing_id)
JOIN issuer i ON i.issuer_id = l.issuer_id
CROSS JOIN LATERAL (
    SELECT string_agg(o.name, '; ' ORDER BY o.owner_no) AS names,
           string_agg(DISTINCT nullif(owner_role(o), ''), '; ') AS roles
    FROM filing_owner o
    WHERE o.filing_id = l.filing_id
) owners
WHERE abs(l.value) >= $5::numeric OR (l.value IS NULL AND $5::numeric = 0)
ORDER BY l.filing_date DESC NULLS LAST, l.trade_date DESC, l.filing_id, l.code, l.first_row;
