// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/filing-json.hpp"

#include "model/name-key.hpp"
#include "util/json-text.hpp"

#include <charconv>

using json = nlohmann::ordered_json;

namespace {

/// Longest decimal text a double may print back as it is (17 significant digits, a sign,
/// a point, a few zeros): longer texts skip the attempt.
constexpr std::size_t MAX_DOUBLE_TEXT = 24;

template <typename T, typename F>
json optional_json(std::optional<T> const &value, F &&convert)
{
    return value ? convert(*value) : json(nullptr);
}

json date_json(std::optional<date_t> const &date)
{
    return optional_json(date, [](date_t const &d) { return json(d.iso()); });
}

json decimal_json(std::optional<decimal_t> const &value)
{
    return optional_json(value, [](decimal_t const &d) { return decimal_to_json(d); });
}

json text_json(std::optional<std::string> const &text)
{
    return optional_json(text, [](std::string const &s) { return json(s); });
}

json char_json(std::optional<char> const &c)
{
    return optional_json(c, [](char v) { return json(std::string(1, v)); });
}

json cik_json(std::optional<cik_t> const &cik)
{
    return optional_json(cik, [](cik_t v) { return json(v.str()); });
}

// A row field's value as JSON, by its type.
json value_json(row_kind_t kind) { return to_string(kind); }
json value_json(std::string const &text) { return text; }
json value_json(bool flag) { return flag; }
json value_json(std::optional<std::string> const &text) { return text_json(text); }
json value_json(std::optional<date_t> const &date) { return date_json(date); }
json value_json(std::optional<decimal_t> const &value) { return decimal_json(value); }
json value_json(std::optional<char> const &letter) { return char_json(letter); }

json row_json(ownership_row_t const &row, bool derivative)
{
    json j;
    for_each_row_field([&](auto const &field) {
        if (derivative || !field.table_2_only) {
            j[std::string{field.name}] = value_json(row.*field.member);
        }
    });
    json notes = json::object();
    for (auto const &[field, ids] : row.footnotes) {
        notes[std::string{to_string(field)}] = ids;
    }
    j["footnotes"] = std::move(notes);
    return j;
}

json owner_json(reporting_owner_t const &o)
{
    json j;
    j["name"] = o.name;
    j["name_key"] = person_name_key(o.name);
    j["cik"] = cik_json(o.cik);
    j["street1"] = text_json(o.street1);
    j["street2"] = text_json(o.street2);
    j["city"] = text_json(o.city);
    j["state"] = text_json(o.state);
    j["zip"] = text_json(o.zip);
    j["is_director"] = o.is_director;
    j["is_officer"] = o.is_officer;
    j["officer_title"] = text_json(o.officer_title);
    j["is_ten_percent_owner"] = o.is_ten_percent_owner;
    j["is_other"] = o.is_other;
    j["other_text"] = text_json(o.other_text);
    return j;
}

json offering_json(offering_t const &o)
{
    json j;
    j["registration_no"] = text_json(o.registration_no);
    j["document_date"] = date_json(o.document_date);
    j["program"] = o.is_atm ? json("atm") : json(nullptr);
    j["agreement_type"] = text_json(o.agreement_type);
    j["agreement_date"] = date_json(o.agreement_date);
    j["agents"] = o.agents;
    j["max_aggregate_offering_price"] = decimal_json(o.max_aggregate_offering_price);
    j["commission_rate"] = decimal_json(o.commission_rate);
    json events = json::array();
    for (auto const &e : o.events) {
        json ej;
        ej["type"] = to_string(e.type);
        ej["date"] = date_json(e.date);
        ej["shares_sold"] = decimal_json(e.shares_sold);
        ej["gross_proceeds"] = decimal_json(e.gross_proceeds);
        ej["net_proceeds"] = decimal_json(e.net_proceeds);
        ej["new_capacity"] = decimal_json(e.new_capacity);
        ej["agents"] = e.agents;
        ej["agents_removed"] = e.agents_removed;
        ej["agreement"] = e.agreement
                              ? json{{"type", text_json(e.agreement->type)}, {"date", date_json(e.agreement->date)}}
                              : json(nullptr);
        events.push_back(std::move(ej));
    }
    j["events"] = std::move(events);
    json amendments = json::array();
    for (auto const &a : o.amendments) {
        amendments.push_back(json{{"kind", to_string(a.kind)}, {"date", date_json(a.date)}});
    }
    j["amendments"] = std::move(amendments);
    return j;
}

/// Everything of the filing but the source: shared by the contract and the document key.
void add_filing_members(json *j, filing_t const &f)
{
    auto &out = *j;
    out["kind"] = to_string(f.kind);
    // A form type the document does not state is null, never guessed.
    out["form_type"] = f.form_type.empty() ? json(nullptr) : json(f.form_type.str());
    out["accession"] = optional_json(f.accession, [](accession_no_t const &a) { return json(a.str()); });
    out["filed_date"] = date_json(f.filed_date);
    out["period_of_report"] = date_json(f.period_of_report);
    out["date_of_original_submission"] = date_json(f.date_of_original_submission);
    out["aff10b5one"] = optional_json(f.aff10b5one, [](bool b) { return json(b); });
    out["not_subject_to_section16"] = optional_json(f.not_subject_to_section16, [](bool b) { return json(b); });
    out["no_securities_owned"] = optional_json(f.no_securities_owned, [](bool b) { return json(b); });
    out["schema_version"] = text_json(f.schema_version);
    json issuer;
    issuer["name"] = f.issuer.name;
    issuer["ticker"] = text_json(f.issuer.ticker);
    issuer["cik"] = cik_json(f.issuer.cik);
    out["issuer"] = std::move(issuer);
    json owners = json::array();
    for (auto const &o : f.owners) {
        owners.push_back(owner_json(o));
    }
    out["owners"] = std::move(owners);
    json nd = json::array();
    for (auto const &r : f.non_derivative) {
        nd.push_back(row_json(r, false));
    }
    out["non_derivative"] = std::move(nd);
    json d = json::array();
    for (auto const &r : f.derivative) {
        d.push_back(row_json(r, true));
    }
    out["derivative"] = std::move(d);
    json notes = json::array();
    for (auto const &n : f.footnotes) {
        notes.push_back(json{{"id", n.id}, {"text", n.text}});
    }
    out["footnotes"] = std::move(notes);
    json sigs = json::array();
    for (auto const &s : f.signatures) {
        sigs.push_back(json{{"name", s.name}, {"date", date_json(s.date)}});
    }
    out["signatures"] = std::move(sigs);
    out["remarks"] = text_json(f.remarks);
    out["offering"] = f.offering ? offering_json(*f.offering) : json(nullptr);
    out["warnings"] = f.warnings;
}

} // namespace

json decimal_to_json(decimal_t const &value)
{
    // A plain JSON number when nlohmann-json holds it without loss (an integer of 64 bits, a
    // double that prints back as the same text), so that the value compares as a number;
    // else the exact text, which json_text() writes verbatim.
    auto const &text = value.str();
    auto const *const end = text.data() + text.size();
    if (value.is_integer()) {
        std::int64_t n = 0;
        if (auto const [ptr, ec] = std::from_chars(text.data(), end, n); ec == std::errc{} && ptr == end) {
            return json(n);
        }
        std::uint64_t u = 0;
        if (auto const [ptr, ec] = std::from_chars(text.data(), end, u); ec == std::errc{} && ptr == end) {
            return json(u);
        }
    } else if (text.size() <= MAX_DOUBLE_TEXT) {
        json as_double(value.to_double());
        if (as_double.dump() == text) {
            return as_double;
        }
    }
    return exact_number(text);
}

json filing_to_json(filing_t const &filing, std::string_view source, sha256_t const &sha256)
{
    json j;
    j["source"] = source;
    j["sha256"] = sha256.hex();
    add_filing_members(&j, filing);
    j["error"] = nullptr;
    return j;
}

json error_to_json(std::string_view source, sha256_t const *sha256, std::string_view error)
{
    json j;
    j["source"] = source;
    j["sha256"] = sha256 != nullptr ? json(sha256->hex()) : json(nullptr);
    // The same members as a parsed filing, empty, so that readers need no special case.
    for (char const *member :
         {"kind", "form_type", "accession", "filed_date", "period_of_report", "date_of_original_submission",
          "aff10b5one", "not_subject_to_section16", "no_securities_owned", "schema_version", "issuer"}) {
        j[member] = nullptr;
    }
    j["kind"] = "unknown";
    for (char const *member : {"owners", "non_derivative", "derivative", "footnotes", "signatures"}) {
        j[member] = json::array();
    }
    j["remarks"] = nullptr;
    j["offering"] = nullptr;
    j["warnings"] = json::array();
    j["error"] = error;
    return j;
}

namespace {

/// A compact canonical form of a filing's content: every field, tagged and length-
/// prefixed so that no two different filings serialize alike. Hashing this is several
/// times faster than building the JSON, and the key is computed for every filing.
class canonical_writer_t
{
public:
    void text(std::string_view s)
    {
        m_out += std::to_string(s.size());
        m_out += ':';
        m_out += s;
    }
    void null() { m_out += '~'; }
    template <typename T, typename F>
    void optional(std::optional<T> const &v, F &&write)
    {
        if (v) {
            write(*v);
        } else {
            null();
        }
    }
    void opt_text(std::optional<std::string> const &v)
    {
        optional(v, [this](auto const &s) { text(s); });
    }
    void opt_date(std::optional<date_t> const &v)
    {
        optional(v, [this](auto const &d) { text(d.iso()); });
    }
    void opt_decimal(std::optional<decimal_t> const &v)
    {
        optional(v, [this](auto const &d) { text(d.str()); });
    }
    void opt_char(std::optional<char> const &v)
    {
        optional(v, [this](char c) { text(std::string_view{&c, 1}); });
    }
    void opt_bool(std::optional<bool> const &v)
    {
        optional(v, [this](bool b) { flag(b); });
    }
    void flag(bool b) { m_out += b ? 'T' : 'F'; }
    /// A row field's value, by its type; a type without its own overload does not compile.
    void value(row_kind_t kind) { text(to_string(kind)); }
    void value(std::string const &s) { text(s); }
    void value(bool b) { flag(b); }
    void value(std::optional<std::string> const &v) { opt_text(v); }
    void value(std::optional<date_t> const &v) { opt_date(v); }
    void value(std::optional<decimal_t> const &v) { opt_decimal(v); }
    void value(std::optional<char> const &v) { opt_char(v); }
    template <typename T>
    void value(T const &) = delete;
    void count(std::size_t n)
    {
        m_out += '#';
        m_out += std::to_string(n);
    }
    std::string const &str() const noexcept { return m_out; }

private:
    std::string m_out;
};

void write_row(canonical_writer_t *w, ownership_row_t const &r)
{
    for_each_row_field([&](auto const &field) { w->value(r.*field.member); });
    w->count(r.footnotes.size());
    for (auto const &[field, ids] : r.footnotes) {
        w->text(to_string(field));
        w->count(ids.size());
        for (auto const &id : ids) {
            w->text(id);
        }
    }
}

} // namespace

sha256_t document_key(filing_t const &f)
{
    // Not in the key: the accession number, the filing date and the CIKs, which only
    // some formats show.
    canonical_writer_t w;
    w.text(to_string(f.kind));
    w.text(f.form_type.str());
    w.opt_date(f.period_of_report);
    w.opt_date(f.date_of_original_submission);
    w.opt_bool(f.aff10b5one);
    w.opt_bool(f.not_subject_to_section16);
    w.opt_bool(f.no_securities_owned);
    w.opt_text(f.schema_version);
    w.text(f.issuer.name);
    w.opt_text(f.issuer.ticker);
    w.count(f.owners.size());
    for (auto const &o : f.owners) {
        w.text(o.name);
        for (auto const *field : {&o.street1, &o.street2, &o.city, &o.state, &o.zip, &o.officer_title, &o.other_text}) {
            w.opt_text(*field);
        }
        w.flag(o.is_director);
        w.flag(o.is_officer);
        w.flag(o.is_ten_percent_owner);
        w.flag(o.is_other);
    }
    for (auto const *table : {&f.non_derivative, &f.derivative}) {
        w.count(table->size());
        for (auto const &r : *table) {
            write_row(&w, r);
        }
    }
    w.count(f.footnotes.size());
    for (auto const &n : f.footnotes) {
        w.text(n.id);
        w.text(n.text);
    }
    w.count(f.signatures.size());
    for (auto const &s : f.signatures) {
        w.text(s.name);
        w.opt_date(s.date);
    }
    w.opt_text(f.remarks);
    w.flag(f.offering.has_value());
    if (f.offering) {
        auto const &o = *f.offering;
        w.opt_text(o.registration_no);
        w.opt_date(o.document_date);
        w.flag(o.is_atm);
        w.opt_text(o.agreement_type);
        w.opt_date(o.agreement_date);
        w.count(o.agents.size());
        for (auto const &a : o.agents) {
            w.text(a);
        }
        w.opt_decimal(o.max_aggregate_offering_price);
        w.opt_decimal(o.commission_rate);
        w.count(o.events.size());
        for (auto const &e : o.events) {
            w.text(to_string(e.type));
            w.opt_date(e.date);
            w.opt_decimal(e.shares_sold);
            w.opt_decimal(e.gross_proceeds);
            w.opt_decimal(e.net_proceeds);
            w.opt_decimal(e.new_capacity);
            for (auto const *list : {&e.agents, &e.agents_removed}) {
                w.count(list->size());
                for (auto const &a : *list) {
                    w.text(a);
                }
            }
            w.flag(e.agreement.has_value());
            if (e.agreement) {
                w.opt_text(e.agreement->type);
                w.opt_date(e.agreement->date);
            }
        }
        w.count(o.amendments.size());
        for (auto const &a : o.amendments) {
            w.text(to_string(a.kind));
            w.opt_date(a.date);
        }
    }
    return sha256_t::of(w.str());
}
