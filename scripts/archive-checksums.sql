-- SPDX-License-Identifier: GPL-2.0-or-later
-- What an archive holds, independent of surrogate ids, timestamps and import order: per
-- table, the number of rows and an MD5 of its rows, with every reference replaced by a
-- natural key (a filing by its file's SHA-256 and position, an issuer or a person by its
-- CIK and name key, a program by issuer and agreement date). Two archives of the same files give
-- the same lines. Used by scripts/fault-test.sh: psql -At -f scripts/archive-checksums.sql
WITH tables (name, rows) AS (
    SELECT 'issuer', (SELECT array_agg(row(cik, ticker, name, name_key)::text) FROM issuer)
    UNION ALL
    SELECT 'person', (SELECT array_agg(row(cik, name, name_key)::text) FROM person)
    UNION ALL
    SELECT 'issuer_name', (SELECT array_agg(row(i.cik, i.name_key, n.name, n.name_key, n.first_filed, n.last_filed,
                                                n.filings)::text)
                           FROM issuer_name n JOIN issuer i USING (issuer_id))
    UNION ALL
    SELECT 'issuer_ticker', (SELECT array_agg(row(i.cik, i.name_key, t.ticker, t.first_filed, t.last_filed,
                                                  t.filings)::text)
                             FROM issuer_ticker t JOIN issuer i USING (issuer_id))
    UNION ALL
    SELECT 'person_name', (SELECT array_agg(row(p.cik, p.name_key, n.name, n.name_key, n.first_filed, n.last_filed,
                                                n.filings)::text)
                           FROM person_name n JOIN person p USING (person_id))
    UNION ALL
    SELECT 'person_issuer', (SELECT array_agg(row(p.cik, p.name_key, i.cik, i.name_key, x.first_filed, x.last_filed,
                                                  x.filings)::text)
                             FROM person_issuer x JOIN person p USING (person_id) JOIN issuer i USING (issuer_id))
    UNION ALL
    SELECT 'filing', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), f.source_document,
                                           encode(f.document_key, 'hex'), f.kind, f.form_type, f.is_amendment,
                                           f.accession_no, i.cik, i.name_key, f.filing_date, f.period_of_report,
                                           f.date_of_original_submission, encode(o.source_sha256, 'hex'),
                                           o.source_document, f.aff10b5one, f.not_subject_to_section16,
                                           f.no_securities_owned, f.remarks, f.schema_version, f.registration_no,
                                           f.document_date, f.source_path, p.agreement_date, p.agreement_type,
                                           f.issuer_cik, f.issuer_name, f.issuer_ticker)::text)
                      FROM filing f JOIN issuer i USING (issuer_id)
                      LEFT JOIN filing o ON o.filing_id = f.amends_filing_id
                      LEFT JOIN offering p ON p.offering_id = f.offering_id)
    UNION ALL
    SELECT 'filing_owner', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), f.source_document, o.owner_no,
                                                 p.cik, p.name_key, o.name, o.street1, o.street2, o.city, o.state, o.zip,
                                                 o.is_director, o.is_officer, o.officer_title,
                                                 o.is_ten_percent_owner, o.is_other, o.other_text, o.cik)::text)
                            FROM filing_owner o JOIN filing f USING (filing_id) JOIN person p USING (person_id))
    UNION ALL
    SELECT 'ownership_row', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), f.source_document, r.table_no,
                                                  r.row_no, r.row_kind, r.security_title, r.transaction_date,
                                                  r.deemed_execution_date, r.transaction_code, r.equity_swap,
                                                  r.timeliness, r.shares, r.value, r.price, r.acquired_disposed,
                                                  r.shares_owned_after, r.value_owned_after, r.ownership,
                                                  r.nature_of_ownership, r.exercise_price, r.exercisable_date,
                                                  r.expiration_date, r.underlying_title, r.underlying_shares,
                                                  r.underlying_value)::text)
                             FROM ownership_row r JOIN filing f USING (filing_id))
    UNION ALL
    SELECT 'row_footnote', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), f.source_document, x.table_no,
                                                 x.row_no, x.field, x.footnote_id)::text)
                            FROM row_footnote x JOIN filing f USING (filing_id))
    UNION ALL
    SELECT 'footnote', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), f.source_document, x.footnote_id,
                                             x.text)::text)
                        FROM footnote x JOIN filing f USING (filing_id))
    UNION ALL
    SELECT 'signature', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), f.source_document, x.signature_no,
                                              x.name, x.signature_date)::text)
                         FROM signature x JOIN filing f USING (filing_id))
    UNION ALL
    SELECT 'filing_warning', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), f.source_document,
                                                   x.warning_no, x.message)::text)
                              FROM filing_warning x JOIN filing f USING (filing_id))
    UNION ALL
    SELECT 'offering', (SELECT array_agg(row(i.name_key, o.agreement_type, o.agreement_date,
                                             o.max_aggregate_offering_price, o.commission_rate,
                                             encode(f.source_sha256, 'hex'))::text)
                        FROM offering o JOIN issuer i USING (issuer_id)
                        LEFT JOIN filing f ON f.filing_id = o.first_filing_id)
    UNION ALL
    SELECT 'offering_agent', (SELECT array_agg(row(i.name_key, o.agreement_date, a.agent_no, a.name)::text)
                              FROM offering_agent a JOIN offering o USING (offering_id)
                              JOIN issuer i USING (issuer_id))
    UNION ALL
    SELECT 'offering_event', (SELECT array_agg(row(encode(f.source_sha256, 'hex'), e.event_no, e.event_type,
                                                   e.event_date, e.shares_sold, e.gross_proceeds, e.net_proceeds,
                                                   e.new_capacity, i.name_key, o.agreement_date)::text)
                              FROM offering_event e JOIN filing f ON f.filing_id = e.filing_id
                              JOIN offering o ON o.offering_id = e.offering_id
                              JOIN issuer i ON i.issuer_id = o.issuer_id)
    UNION ALL
    SELECT 'import_reject', (SELECT array_agg(row(source_path, source_document, encode(source_sha256, 'hex'),
                                                  stage, reason, resolved_at IS NULL)::text) FROM import_reject)
    UNION ALL
    SELECT 'import_skip', (SELECT array_agg(row(encode(source_sha256, 'hex'), source_path, form_type,
                                                reason)::text) FROM import_skip)
)
SELECT name || ' ' || coalesce(cardinality(rows), 0) || ' '
       || coalesce(md5(array_to_string(ARRAY(SELECT unnest(rows) ORDER BY 1), E'\n')), '-')
FROM tables
ORDER BY name;
