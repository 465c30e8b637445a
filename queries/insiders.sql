-- name: insiders
-- description: An issuer's roster: each reporting owner, their role and co-filers in their latest filing, when they first and last filed, and their latest reported non-derivative holdings, direct and indirect.
-- param: issuer issuer | the issuer: ticker, CIK or any name it filed under
-- param: role {director,officer,ten-percent-owner,other} = null | only insiders with this role in their latest filing
-- table: insider, role, last_filed, latest_form AS form, shares_direct AS direct, shares_indirect AS indirect, filed_with
--
-- Holdings: per non-derivative position (security and nature of ownership, compared
-- without case or blanks) the latest amount reported, from current filings, added up
-- direct and indirect. Owners of a joint filing each show the rows they reported together.
-- A filing that lists holdings (rows without a transaction) of one form of ownership names
-- every position of that form its filers still hold: a position those same filers last
-- reported before their latest such listing is not counted (the same fund under an older
-- spelling or title, a fund that has distributed its shares). A Form 4 of transactions
-- alone lists nothing, and a director's own listing says nothing of what she reports
-- jointly with a fund, so such positions still count.
-- A nature of ownership that only points to a footnote ("See Footnote") is told apart by
-- the text of its footnotes, which name the holder (each of a fund's entities).
WITH theirs AS (
    SELECT o.person_id, o.owner_no, f.filing_id, f.filing_date, f.period_of_report, f.form_type,
           coalesce(f.accession_no, f.source_path) AS filing,
           (SELECT array_agg(x.person_id ORDER BY x.person_id) FROM filing_owner x
            WHERE x.filing_id = f.filing_id) AS filers
    FROM current_filing f
    JOIN filing_owner o USING (filing_id)
    WHERE f.issuer_id = ANY($1::bigint[]) AND f.kind = 'ownership'
),
latest AS (
    SELECT DISTINCT ON (t.person_id) t.*
    FROM theirs t
    ORDER BY t.person_id, t.filing_date DESC NULLS LAST, t.period_of_report DESC NULLS LAST, t.filing_id DESC
),
-- Every filing counts here, amendments and the filings they replace too.
span AS (
    SELECT person_id, min(first_filed) AS first_filed, sum(filings) AS filings
    FROM person_issuer
    WHERE issuer_id = ANY($1::bigint[])
    GROUP BY person_id
),
-- When each group of filers last listed its holdings, per form of ownership.
listing AS (
    SELECT t.person_id, t.filers, r.ownership, max(t.filing_date) AS listed_on
    FROM theirs t
    JOIN ownership_row r USING (filing_id)
    WHERE r.table_no = 1 AND r.row_kind = 'holding'
    GROUP BY t.person_id, t.filers, r.ownership
),
position AS (
    SELECT DISTINCT ON (t.person_id, spelling_key(r.security_title), r.ownership, h.holder)
           t.person_id, t.filers, r.ownership, r.shares_owned_after AS amount,
           t.filing_date AS reported_on
    FROM theirs t
    JOIN ownership_row r USING (filing_id)
    CROSS JOIN LATERAL (SELECT holder_key(r.filing_id, r.nature_of_ownership, r.nature_of_ownership_fn) AS holder) h
    WHERE r.table_no = 1 AND r.shares_owned_after IS NOT NULL
    ORDER BY t.person_id, spelling_key(r.security_title), r.ownership, h.holder,
             coalesce(r.transaction_date, t.period_of_report, t.filing_date) DESC NULLS LAST,
             t.filing_date DESC NULLS LAST, t.filing_id DESC, r.row_no DESC
),
held AS (
    SELECT person_id,
           sum(amount) FILTER (WHERE ownership = 'D') AS shares_direct,
           sum(amount) FILTER (WHERE ownership = 'I') AS shares_indirect
    FROM position p
    LEFT JOIN listing l USING (person_id, filers, ownership)
    WHERE l.listed_on IS NULL OR p.reported_on IS NULL OR p.reported_on >= l.listed_on
    GROUP BY person_id
)
SELECT p.name AS insider,
       p.cik::text AS cik,
       owner_role(o) AS role,
       (SELECT string_agg(x.name, '; ' ORDER BY x.owner_no) FROM filing_owner x
        WHERE x.filing_id = l.filing_id AND x.owner_no <> l.owner_no) AS filed_with,
       s.first_filed,
       l.filing_date AS last_filed,
       l.form_type AS latest_form,
       s.filings,
       h.shares_direct,
       h.shares_indirect,
       l.filing AS latest_filing
FROM latest l
JOIN person p ON p.person_id = l.person_id
JOIN filing_owner o ON o.filing_id = l.filing_id AND o.owner_no = l.owner_no
JOIN span s ON s.person_id = l.person_id
LEFT JOIN held h ON h.person_id = l.person_id
WHERE $2::text IS NULL OR owner_has_role(o, $2::text)
ORDER BY l.filing_date DESC NULLS LAST, p.name, p.person_id;
