-- name: holdings
-- description: A person's positions per issuer, security and form of ownership: the latest reported amount with its date, and whether it is current (reported in the person's latest filing for that issuer).
-- param: person person | the reporting owner: CIK or name
-- param: issuer issuer = null | only this issuer: ticker, CIK or name
-- param: current boolean = false | only positions reported in the person's latest filing for the issuer
-- table: ticker, security_title AS security, direct_indirect AS D/I, nature_of_ownership AS nature, shares_owned AS shares, as_of, current
--
-- A position is one security held one way: titles and natures of ownership are compared
-- without letter case or blanks ("By Trust" and "by  trust" are one), and a nature that
-- only says "See Footnote" by the text of its footnotes, which name the holder. Its amount is the
-- latest one reported, from current filings (an amendment replaces its original); rows of
-- joint filings count for each of their owners. A position that is not current may still
-- be held: Forms 4 report only what changed.
WITH mine AS (
    SELECT DISTINCT f.filing_id, f.issuer_id, f.filing_date, f.period_of_report,
           coalesce(f.accession_no, f.source_path) AS filing
    FROM filing_owner o
    JOIN current_filing f USING (filing_id)
    WHERE o.person_id = ANY($1::bigint[])
      AND ($2::bigint[] IS NULL OR f.issuer_id = ANY($2::bigint[]))
),
latest_filing AS (
    SELECT DISTINCT ON (issuer_id) issuer_id, filing_id
    FROM mine
    ORDER BY issuer_id, filing_date DESC NULLS LAST, period_of_report DESC NULLS LAST, filing_id DESC
),
position AS (
    SELECT DISTINCT ON (m.issuer_id, r.table_no, spelling_key(r.security_title), r.ownership,
                        holder_key(r.filing_id, r.nature_of_ownership, r.nature_of_ownership_fn))
           m.issuer_id,
           r.table_no,
           r.security_title,
           r.ownership,
           r.nature_of_ownership,
           holder_key(r.filing_id, r.nature_of_ownership, r.nature_of_ownership_fn) AS nature_key,
           coalesce(r.shares_owned_after, r.underlying_shares) AS shares_owned,
           r.underlying_title,
           coalesce(r.transaction_date, m.period_of_report, m.filing_date) AS as_of,
           m.filing_id,
           m.filing
    FROM mine m
    JOIN ownership_row r USING (filing_id)
    WHERE coalesce(r.shares_owned_after, r.underlying_shares) IS NOT NULL
    ORDER BY m.issuer_id, r.table_no, spelling_key(r.security_title), r.ownership,
             holder_key(r.filing_id, r.nature_of_ownership, r.nature_of_ownership_fn),
             coalesce(r.transaction_date, m.period_of_report, m.filing_date) DESC NULLS LAST,
             m.filing_date DESC NULLS LAST, m.filing_id DESC, r.row_no DESC
)
SELECT i.ticker,
       i.name AS issuer,
       CASE p.table_no WHEN 1 THEN 'non-derivative' ELSE 'derivative' END AS table_kind,
       p.security_title,
       p.ownership AS direct_indirect,
       p.nature_of_ownership,
       p.shares_owned,
       p.underlying_title,
       p.as_of,
       p.filing_id = lf.filing_id AS current,
       p.filing
FROM position p
JOIN issuer i USING (issuer_id)
JOIN latest_filing lf USING (issuer_id)
WHERE NOT $3::boolean OR p.filing_id = lf.filing_id
ORDER BY i.name, p.issuer_id, p.table_no, spelling_key(p.security_title), p.ownership NULLS FIRST, p.nature_key;
