// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/copy-tables.hpp"

#include "load/offering-writer.hpp"

namespace {

constexpr std::string_view FILING_TARGET =
    "filing (filing_id, source_sha256, source_document, source_path, document_key, kind, "
    "form_type, is_amendment, accession_no, issuer_id, filing_date, period_of_report, "
    "date_of_original_submission, aff10b5one, not_subject_to_section16, no_securities_owned, "
    "remarks, schema_version, registration_no, document_date, parser_version, offering_id, "
    "issuer_cik, issuer_name, issuer_ticker)";
constexpr std::string_view OWNER_TARGET =
    "filing_owner (filing_id, owner_no, person_id, name, street1, street2, city, state, zip, "
    "is_director, is_officer, officer_title, is_ten_percent_owner, is_other, other_text, cik)";
constexpr std::string_view ROW_TARGET =
    "ownership_row (filing_id, table_no, row_no, row_kind, security_title, transaction_date, "
    "deemed_execution_date, transaction_code, equity_swap, timeliness, shares, value, price, "
    "acquired_disposed, shares_owned_after, value_owned_after, ownership, nature_of_ownership, "
    "exercise_price, exercisable_date, expiration_date, underlying_title, underlying_shares, "
    "underlying_value)";
constexpr std::string_view ROW_FOOTNOTE_TARGET =
    "row_footnote (filing_id, table_no, row_no, field, footnote_id)";
constexpr std::string_view FOOTNOTE_TARGET = "footnote (filing_id, footnote_id, text)";
constexpr std::string_view SIGNATURE_TARGET =
    "signature (filing_id, signature_no, name, signature_date)";

void add_date(copy_buffer_t *b, std::optional<date_t> const &d)
{
    if (d) {
        b->add_raw(d->iso());
    } else {
        b->add_null();
    }
}

void add_decimal(copy_buffer_t *b, std::optional<decimal_t> const &d)
{
    if (d) {
        b->add_raw(d->str());
    } else {
        b->add_null();
    }
}

void add_char(copy_buffer_t *b, std::optional<char> const &c)
{
    if (c) {
        b->add(std::string_view{&*c, 1});
    } else {
        b->add_null();
    }
}

void add_bool(copy_buffer_t *b, std::optional<bool> const &v)
{
    if (v) {
        b->add(*v);
    } else {
        b->add_null();
    }
}

/// A CIK as the filing gives it (the identity the row was resolved by is in issuer_id,
/// person_id).
void add_cik(copy_buffer_t *b, std::optional<cik_t> const &cik)
{
    if (cik) {
        b->add_raw(cik->str());
    } else {
        b->add_null();
    }
}

void add_bytea(copy_buffer_t *b, sha256_t const &h)
{
    // bytea hex input "\x...", with the backslash escaped for COPY text format.
    b->add_raw("\\\\x" + h.hex());
}

/// The column of ownership_row that a footnote mark stands beside.
std::string_view column_of(row_field_t field) noexcept
{
    return field == row_field_t::code ? std::string_view{"transaction_code"} : to_string(field);
}

} // namespace

std::optional<date_t> filing_date_of(filing_t const &filing)
{
    if (filing.filed_date) {
        return filing.filed_date;
    }
    std::optional<date_t> latest;
    for (auto const &s : filing.signatures) {
        if (s.date && (!latest || *s.date > *latest)) {
            latest = s.date;
        }
    }
    if (latest) {
        return latest;
    }
    if (filing.offering && filing.offering->document_date) {
        return filing.offering->document_date;
    }
    return std::nullopt;
}

void copy_tables_t::append(filing_t const &f, filing_source_t const &source, filing_ids_t const &ids)
{
    auto const fid = ids.filing_id;
    auto &b = m_filing;
    b.add(fid);
    add_bytea(&b, source.sha256);
    b.add(std::int64_t{source.document});
    b.add(source.path);
    add_bytea(&b, source.document_key);
    b.add(to_string(f.kind));
    if (f.form_type.empty()) {
        b.add_null(); // not stated by the document: unknown, never guessed
    } else {
        b.add(f.form_type.str());
    }
    b.add(f.form_type.is_amendment());
    if (f.accession) {
        b.add_raw(f.accession->str());
    } else {
        b.add_null();
    }
    b.add(ids.issuer_id);
    add_date(&b, filing_date_of(f));
    add_date(&b, f.period_of_report);
    add_date(&b, f.date_of_original_submission);
    add_bool(&b, f.aff10b5one);
    add_bool(&b, f.not_subject_to_section16);
    add_bool(&b, f.no_securities_owned);
    b.add(f.remarks);
    b.add(f.schema_version);
    if (f.offering) {
        b.add(f.offering->registration_no);
        add_date(&b, f.offering->document_date);
    } else {
        b.add_null();
        b.add_null();
    }
    b.add(source.parser_version);
    if (ids.offering_id) {
        b.add(*ids.offering_id);
    } else {
        b.add_null();
    }
    add_cik(&b, f.issuer.cik);
    b.add(f.issuer.name);
    b.add(f.issuer.ticker);
    b.end_row();

    if (ids.offering_id) {
        append_offering_events(&m_offering_event, *f.offering, fid, ids.event_offering_ids);
    }

    for (std::size_t i = 0; i < f.owners.size(); ++i) {
        auto const &o = f.owners[i];
        auto &ob = m_owner;
        ob.add(fid);
        ob.add(static_cast<std::int64_t>(i + 1));
        ob.add(ids.person_ids.at(i));
        ob.add(o.name);
        ob.add(o.street1);
        ob.add(o.street2);
        ob.add(o.city);
        ob.add(o.state);
        ob.add(o.zip);
        ob.add(o.is_director);
        ob.add(o.is_officer);
        ob.add(o.officer_title);
        ob.add(o.is_ten_percent_owner);
        ob.add(o.is_other);
        ob.add(o.other_text);
        add_cik(&ob, o.cik);
        ob.end_row();
    }

    auto add_rows = [&](std::vector<ownership_row_t> const &rows, std::int64_t table_no) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            auto const &r = rows[i];
            auto const row_no = static_cast<std::int64_t>(i + 1);
            auto &rb = m_row;
            rb.add(fid);
            rb.add(table_no);
            rb.add(row_no);
            rb.add(to_string(r.kind));
            rb.add(r.security_title);
            add_date(&rb, r.transaction_date);
            add_date(&rb, r.deemed_execution_date);
            rb.add(r.code);
            rb.add(r.equity_swap);
            add_char(&rb, r.timeliness);
            add_decimal(&rb, r.shares);
            add_decimal(&rb, r.value);
            add_decimal(&rb, r.price);
            add_char(&rb, r.acquired_disposed);
            add_decimal(&rb, r.shares_owned_after);
            add_decimal(&rb, r.value_owned_after);
            add_char(&rb, r.ownership);
            rb.add(r.nature_of_ownership);
            add_decimal(&rb, r.exercise_price);
            add_date(&rb, r.exercisable_date);
            add_date(&rb, r.expiration_date);
            rb.add(r.underlying_title);
            add_decimal(&rb, r.underlying_shares);
            add_decimal(&rb, r.underlying_value);
            rb.end_row();
            for (auto const &[field, marks] : r.footnotes) {
                for (auto const &mark : marks) {
                    m_row_footnote.add(fid);
                    m_row_footnote.add(table_no);
                    m_row_footnote.add(row_no);
                    m_row_footnote.add(column_of(field));
                    m_row_footnote.add(mark);
                    m_row_footnote.end_row();
                }
            }
        }
    };
    add_rows(f.non_derivative, 1);
    add_rows(f.derivative, 2);

    for (auto const &n : f.footnotes) {
        m_footnote.add(fid);
        m_footnote.add(n.id);
        m_footnote.add(n.text);
        m_footnote.end_row();
    }
    for (std::size_t i = 0; i < f.signatures.size(); ++i) {
        m_signature.add(fid);
        m_signature.add(static_cast<std::int64_t>(i + 1));
        m_signature.add(f.signatures[i].name);
        add_date(&m_signature, f.signatures[i].date);
        m_signature.end_row();
    }
}

std::vector<copy_tables_t::table_ref_t> copy_tables_t::tables() const
{
    return {{FILING_TARGET, &m_filing},       {OWNER_TARGET, &m_owner},
            {ROW_TARGET, &m_row},             {ROW_FOOTNOTE_TARGET, &m_row_footnote},
            {FOOTNOTE_TARGET, &m_footnote},   {SIGNATURE_TARGET, &m_signature},
            {OFFERING_EVENT_TARGET, &m_offering_event}};
}
