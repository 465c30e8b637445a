-- name: filing-stats
-- description: What the archive holds over time: filings per month or year, in order, by kind (Forms 3, 4, 5, amendments, prospectus supplements).
-- param: by {month,year} = month | one line per month or per year
-- param: from date = null | first filing date
-- param: to date = null | last filing date
-- param: issuer issuer = null | only this issuer's filings: ticker, CIK or name
-- table: period, filings, form_3, form_4, form_5, amendments, supplements
--
-- Periods are by filing date; filings without one are left out. The counts come from the
-- index filing_stats alone. What each import run read and turned away: import-runs.
SELECT to_char(p.period, CASE $1::text WHEN 'year' THEN 'YYYY' ELSE 'YYYY-MM' END) AS period,
       p.filings, p.form_3, p.form_4, p.form_5, p.amendments, p.supplements
FROM (
    SELECT date_trunc(CASE $1::text WHEN 'year' THEN 'year' ELSE 'month' END, f.filing_date) AS period,
           count(*) AS filings,
           count(*) FILTER (WHERE split_part(f.form_type, '/', 1) = '3') AS form_3,
           count(*) FILTER (WHERE split_part(f.form_type, '/', 1) = '4') AS form_4,
           count(*) FILTER (WHERE split_part(f.form_type, '/', 1) = '5') AS form_5,
           count(*) FILTER (WHERE f.is_amendment) AS amendments,
           count(*) FILTER (WHERE f.kind = 'prospectus') AS supplements
    FROM filing f
    WHERE f.filing_date IS NOT NULL
      AND ($2::date IS NULL OR f.filing_date >= $2::date)
      AND ($3::date IS NULL OR f.filing_date <= $3::date)
      AND ($4::bigint[] IS NULL OR f.issuer_id = ANY($4::bigint[]))
    GROUP BY 1
) p
ORDER BY p.period;
