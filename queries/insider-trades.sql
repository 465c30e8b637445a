-- name: insider-trades
-- description: Open-market purchases and sales (codes P and S) across issuers above a value threshold, newest first, OpenInsider style.
-- param: from date = null | first trade date (default: 30 days ago)
-- param: to date = null | last trade date (default: today)
-- param: min-value numeric = 0 | smallest trade value (shares x price) to show
-- param: type text = PS | P for purchases only, S for sales only, PS for both
--
-- change_pct is the change in the insider's holding of that security: the traded shares
-- over what was held before the trade.
SELECT t.filing_date,
       t.transaction_date AS trade_date,
       i.ticker,
       i.name AS issuer,
       o.name AS insider,
       concat_ws(', ',
                 CASE WHEN o.is_director THEN 'Dir' END,
                 CASE WHEN o.is_officer THEN coalesce(o.officer_title, 'Officer') END,
                 CASE WHEN o.is_ten_percent_owner THEN '10%' END,
                 CASE WHEN o.is_other THEN coalesce(o.other_text, 'Other') END) AS title,
       CASE t.transaction_code WHEN 'P' THEN 'P - Purchase' ELSE 'S - Sale' END AS trade_type,
       t.price,
       CASE t.acquired_disposed WHEN 'D' THEN -t.shares ELSE t.shares END AS qty,
       t.shares_owned_after AS owned,
       round(100 * CASE t.acquired_disposed
                       WHEN 'D' THEN -t.shares / nullif(t.shares_owned_after + t.shares, 0)
                       ELSE t.shares / nullif(t.shares_owned_after - t.shares, 0) END, 1) AS change_pct,
       round(CASE t.acquired_disposed WHEN 'D' THEN -1 ELSE 1 END * t.shares * t.price, 2) AS value,
       coalesce(t.accession_no, f.source_path) AS filing
FROM insider_transaction t
JOIN filing f USING (filing_id)
JOIN issuer i ON i.issuer_id = t.issuer_id
JOIN filing_owner o ON o.filing_id = t.filing_id AND o.owner_no = 1
WHERE t.transaction_code IN ('P', 'S')
  AND t.table_no = 1
  AND strpos(upper($4), t.transaction_code) > 0
  AND t.transaction_date BETWEEN coalesce($1::date, current_date - 30) AND coalesce($2::date, current_date)
  AND t.shares * t.price >= $3::numeric
ORDER BY t.filing_date DESC, t.transaction_date DESC, t.filing_id, t.row_no;
