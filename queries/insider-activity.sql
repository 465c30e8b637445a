-- name: insider-activity
-- description: An issuer's (or a person's) insider transactions over a period, newest first: owners, roles, code and its meaning, shares, price, value, holdings after, the filing.
-- param: issuer issuer = null | the issuer: ticker, CIK or any name it filed under
-- param: person person = null | only filings this person is a reporting owner of: CIK or name
-- param: from date = null | first transaction date
-- param: to date = null | last transaction date
-- param: code {P,S,A,D,F,I,M,C,E,H,O,X,G,L,W,Z,J,K,U,V}* = null | only these transaction codes, e.g. P,S
-- param: role {director,officer,ten-percent-owner,other} = null | only filings with a reporting owner in this role
-- one-of: issuer, person
-- table: transaction_date AS date, ticker, owner, code, acquired_disposed AS A/D, shares, price, shares_owned_after AS owned_after, direct_indirect AS D/I
--
-- One line per transaction: a transaction reported jointly by several owners names them
-- all. Only the current filing of each amendment family counts (insider_transaction).
WITH scoped AS (
    -- The filings of the issuer, else of the person: reached through their indexes.
    SELECT f.filing_id FROM filing f
    WHERE $1::bigint[] IS NOT NULL AND f.issuer_id = ANY($1::bigint[])
    UNION
    SELECT o.filing_id FROM filing_owner o
    WHERE $1::bigint[] IS NULL AND o.person_id = ANY($2::bigint[])
)
SELECT t.transaction_date,
       i.ticker,
       owners.names AS owner,
       owners.roles AS role,
       CASE t.table_no WHEN 1 THEN 'non-derivative' ELSE 'derivative' END AS table_kind,
       t.security_title,
       t.transaction_code AS code,
       c.meaning AS code_meaning,
       t.acquired_disposed,
       t.shares,
       t.price,
       t.shares * t.price AS value,
       t.shares_owned_after,
       t.ownership AS direct_indirect,
       t.nature_of_ownership,
       t.form_type,
       t.filing_date,
       f.issuer_name AS issuer_as_filed,
       coalesce(t.accession_no, f.source_path) AS filing
FROM scoped s
JOIN insider_transaction t USING (filing_id)
JOIN filing f USING (filing_id)
JOIN issuer i ON i.issuer_id = t.issuer_id
LEFT JOIN transaction_code c ON c.code = t.transaction_code
CROSS JOIN LATERAL (
    SELECT string_agg(o.name, '; ' ORDER BY o.owner_no) AS names,
           string_agg(owner_role(o), '; ' ORDER BY o.owner_no) AS roles
    FROM filing_owner o
    WHERE o.filing_id = t.filing_id
) owners
WHERE ($2::bigint[] IS NULL OR EXISTS (SELECT 1 FROM filing_owner o
                                       WHERE o.filing_id = t.filing_id AND o.person_id = ANY($2::bigint[])))
  AND t.transaction_date BETWEEN coalesce($3::date, '-infinity') AND coalesce($4::date, 'infinity')
  AND ($5::text IS NULL OR t.transaction_code = ANY(string_to_array($5::text, ',')))
  AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM filing_owner o
                                   WHERE o.filing_id = t.filing_id AND owner_has_role(o, $6::text)))
ORDER BY t.transaction_date DESC, t.filing_date DESC, t.filing_id, t.table_no, t.row_no;
