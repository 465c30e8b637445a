// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/copy-tables.hpp"

#include "load/offering-writer.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>

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
constexpr std::string_view FOOTNOTE_TARGET = "footnote (filing_id, footnote_id, text)";
constexpr std::string_view SIGNATURE_TARGET = "signature (filing_id, signature_no, name, signature_date)";
constexpr std::string_view WARNING_TARGET = "filing_warning (filing_id, warning_no, message)";

/// "ownership_row (filing_id, table_no, row_no, <each field's column>, <each footnote column>)",
/// from the list of a row's fields.
std::string const &row_target()
{
    static std::string const target = [] {
        std::string columns = "filing_id, table_no, row_no";
        for_each_row_field([&](auto const &field) { columns += fmt::format(", {}", field.column); });
        for_each_row_field([&](auto const &field) {
            if (!field.footnote_column.empty()) {
                columns += fmt::format(", {}", field.footnote_column);
            }
        });
        return fmt::format("ownership_row ({})", columns);
    }();
    return target;
}

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

// A row field's value, by its type.
void add_value(copy_buffer_t *b, row_kind_t kind) { b->add(to_string(kind)); }
void add_value(copy_buffer_t *b, std::string const &text) { b->add(text); }
void add_value(copy_buffer_t *b, bool flag) { b->add(flag); }
void add_value(copy_buffer_t *b, std::optional<std::string> const &text) { b->add(text); }
void add_value(copy_buffer_t *b, std::optional<date_t> const &date) { add_date(b, date); }
void add_value(copy_buffer_t *b, std::optional<decimal_t> const &value) { add_decimal(b, value); }
void add_value(copy_buffer_t *b, std::optional<char> const &letter) { add_char(b, letter); }

/// The footnote marks of one field as a text[] literal, or null when it has none.
void add_marks(copy_buffer_t *b, footnote_links_t const &links, row_field_t field)
{
    auto const it = links.find(field);
    if (it == links.end() || it->second.empty()) {
        b->add_null();
    } else {
        b->add(pg_array_literal(it->second));
    }
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
    append_filing(f, source, ids);
    if (ids.offering_id) {
        append_offering_events(&m_offering_event, *f.offering, ids.filing_id, ids.event_offering_ids);
    }
    append_owners(f, ids);
    append_rows(f.non_derivative, ids.filing_id, 1);
    append_rows(f.derivative, ids.filing_id, 2);
    for (auto const &n : f.footnotes) {
        m_footnote.add(ids.filing_id);
        m_footnote.add(n.id);
        m_footnote.add(n.text);
        m_footnote.end_row();
    }
    for (std::size_t i = 0; i < f.signatures.size(); ++i) {
        m_signature.add(ids.filing_id);
        m_signature.add(static_cast<std::int64_t>(i + 1));
        m_signature.add(f.signatures[i].name);
        add_date(&m_signature, f.signatures[i].date);
        m_signature.end_row();
    }
    for (std::size_t i = 0; i < f.warnings.size(); ++i) {
        m_warning.add(ids.filing_id);
        m_warning.add(static_cast<std::int64_t>(i + 1));
        m_warning.add(f.warnings[i]);
        m_warning.end_row();
    }
}

void copy_tables_t::append_filing(filing_t const &f, filing_source_t const &source, filing_ids_t const &ids)
{
    auto &b = m_filing;
    b.add(ids.filing_id);
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
}

void copy_tables_t::append_owners(filing_t const &f, filing_ids_t const &ids)
{
    for (std::size_t i = 0; i < f.owners.size(); ++i) {
        auto const &o = f.owners[i];
        auto &b = m_owner;
        b.add(ids.filing_id);
        b.add(static_cast<std::int64_t>(i + 1));
        b.add(ids.person_ids.at(i));
        b.add(o.name);
        b.add(o.street1);
        b.add(o.street2);
        b.add(o.city);
        b.add(o.state);
        b.add(o.zip);
        b.add(o.is_director);
        b.add(o.is_officer);
        b.add(o.officer_title);
        b.add(o.is_ten_percent_owner);
        b.add(o.is_other);
        b.add(o.other_text);
        add_cik(&b, o.cik);
        b.end_row();
    }
}

void copy_tables_t::append_rows(std::vector<ownership_row_t> const &rows, std::int64_t filing_id, std::int64_t table_no)
{
    auto &b = m_row;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        auto const &row = rows[i];
        b.add(filing_id);
        b.add(table_no);
        b.add(static_cast<std::int64_t>(i + 1));
        for_each_row_field([&](auto const &field) { add_value(&b, row.*field.member); });
        for_each_row_field([&](auto const &field) {
            if (!field.footnote_column.empty()) {
                add_marks(&b, row.footnotes, field.id);
            }
        });
        b.end_row();
    }
}

std::vector<copy_tables_t::table_ref_t> copy_tables_t::tables() const
{
    return {{FILING_TARGET, &m_filing},       {OWNER_TARGET, &m_owner},
            {row_target(), &m_row},           {FOOTNOTE_TARGET, &m_footnote},
            {SIGNATURE_TARGET, &m_signature}, {OFFERING_EVENT_TARGET, &m_offering_event},
            {WARNING_TARGET, &m_warning}};
}
