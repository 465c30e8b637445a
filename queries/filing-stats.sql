-- name: filing-stats
-- description: What the archive holds: filings by form type, by issuer and by month, and import rejects and skips by reason.
-- param: top integer = 20 | how many issuers and months to show
SELECT breakdown, key, count FROM (
    SELECT 1 AS part, 'form type' AS breakdown, coalesce(form_type, '(not stated)') AS key, count(*) AS count
    FROM filing GROUP BY form_type
    UNION ALL
    (SELECT 2, 'issuer', coalesce(i.ticker || ' ', '') || i.name, count(*)
     FROM filing f JOIN issuer i USING (issuer_id)
     GROUP BY i.issuer_id ORDER BY count(*) DESC, 3 LIMIT $1::integer)
    UNION ALL
    (SELECT 3, 'month', to_char(filing_date, 'YYYY-MM'), count(*)
     FROM filing WHERE filing_date IS NOT NULL
     GROUP BY 3 ORDER BY 3 DESC LIMIT $1::integer)
    UNION ALL
    SELECT 4, 'rejected (' || stage || ')', left(reason, 80), count(*)
    FROM import_reject GROUP BY stage, left(reason, 80)
    UNION ALL
    SELECT 5, 'skipped', coalesce(form_type, reason), count(*)
    FROM import_skip GROUP BY coalesce(form_type, reason)
) s
ORDER BY part, count DESC, key;
