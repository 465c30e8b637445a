// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-xml.hpp"

#include "model/field-reader.hpp"
#include "parse/text-scan.hpp"

#include <pugixml.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace {

std::string text_of(pugi::xml_node node) { return std::string{trim(node.child_value())}; }

std::optional<std::string> optional_text(pugi::xml_node node)
{
    if (!node) {
        return std::nullopt;
    }
    auto t = text_of(node);
    if (t.empty()) {
        return std::nullopt;
    }
    return t;
}

/// The <value> of an element that may also carry footnote ids.
std::optional<std::string> value_of(pugi::xml_node node)
{
    if (!node) {
        return std::nullopt;
    }
    if (auto const v = node.child("value")) {
        return optional_text(v);
    }
    return optional_text(node);
}

/// 0/1/true/false; nullopt when absent or empty.
std::optional<bool> flag_of(pugi::xml_node node)
{
    auto const t = optional_text(node);
    if (!t) {
        return std::nullopt;
    }
    auto const v = squash(*t);
    if (*t == "1" || v == "true" || v == "y" || v == "yes") {
        return true;
    }
    if (*t == "0" || v == "false" || v == "n" || v == "no") {
        return false;
    }
    return std::nullopt;
}

/// Footnote ids on an element (directly, or inside its <value>).
void link_footnotes(pugi::xml_node node, row_field_t field, ownership_row_t *row)
{
    if (!node) {
        return;
    }
    for (auto const fn : node.children("footnoteId")) {
        row->add_footnote(field, footnote_id(fn.attribute("id").value()));
    }
    for (auto const fn : node.child("value").children("footnoteId")) {
        row->add_footnote(field, footnote_id(fn.attribute("id").value()));
    }
}

/// Where a row field sits in a row element of an ownershipDocument: element `element` of
/// the child `group` (null: of the row element itself).
struct xml_place_t
{
    char const *group = nullptr;
    char const *element = nullptr; ///< null: not read from XML
    bool marks_on_group = false;   ///< its footnoteIds sit on the group, not on the element
};

xml_place_t xml_place_of(row_field_t field)
{
    using f = row_field_t;
    switch (field) {
    case f::kind: return {}; // the row element's name tells
    case f::security_title: return {nullptr, "securityTitle"};
    case f::transaction_date: return {nullptr, "transactionDate"};
    case f::deemed_execution_date: return {nullptr, "deemedExecutionDate"};
    // The code has no <value>: its footnotes sit on <transactionCoding>.
    case f::code: return {"transactionCoding", "transactionCode", true};
    case f::equity_swap: return {"transactionCoding", "equitySwapInvolved"};
    case f::timeliness: return {nullptr, "transactionTimeliness"};
    case f::shares: return {"transactionAmounts", "transactionShares"};
    case f::value: return {"transactionAmounts", "transactionTotalValue"};
    case f::price: return {"transactionAmounts", "transactionPricePerShare"};
    case f::acquired_disposed: return {"transactionAmounts", "transactionAcquiredDisposedCode"};
    case f::shares_owned_after: return {"postTransactionAmounts", "sharesOwnedFollowingTransaction"};
    case f::value_owned_after: return {"postTransactionAmounts", "valueOwnedFollowingTransaction"};
    case f::ownership: return {"ownershipNature", "directOrIndirectOwnership"};
    case f::nature_of_ownership: return {"ownershipNature", "natureOfOwnership"};
    case f::exercise_price: return {nullptr, "conversionOrExercisePrice"};
    case f::exercisable_date: return {nullptr, "exerciseDate"};
    case f::expiration_date: return {nullptr, "expirationDate"};
    case f::underlying_title: return {"underlyingSecurity", "underlyingSecurityTitle"};
    case f::underlying_shares: return {"underlyingSecurity", "underlyingSecurityShares"};
    case f::underlying_value: return {"underlyingSecurity", "underlyingSecurityValue"};
    }
    return {};
}

/// The codes a one-letter field may hold, as the schema's CHECK constraints allow them.
std::string_view codes_of(row_field_t field)
{
    switch (field) {
    case row_field_t::timeliness: return "EL";        // early, late
    case row_field_t::acquired_disposed: return "AD"; // acquired, disposed of
    case row_field_t::ownership: return "DI";         // direct, indirect
    default: return "ABCDEFGHIJKLMNOPQRSTUVWXYZ";     // no other field is a letter
    }
}

/// Where a row field's value is read, for a warning about it ("Table I row 2, shares").
struct field_at_t
{
    field_reader_t *values;
    std::string_view table;
    std::size_t row_no;
    row_field_t field;
    field_name_t name() const { return {table, row_no, to_string(field)}; }
};

// A row field's value from its element, by the field's type; numbers and dates through
// the field reader, which warns of what it cannot read.
void read_value(pugi::xml_node node, std::string *out, field_at_t const & /*at*/)
{
    *out = value_of(node).value_or("");
}
void read_value(pugi::xml_node node, std::optional<std::string> *out, field_at_t const & /*at*/)
{
    *out = value_of(node);
}
void read_value(pugi::xml_node node, std::optional<date_t> *out, field_at_t const &at)
{
    *out = at.values->date(value_of(node), at.name());
}
void read_value(pugi::xml_node node, std::optional<decimal_t> *out, field_at_t const &at)
{
    *out = at.values->decimal(value_of(node), at.name());
}
void read_value(pugi::xml_node node, std::optional<char> *out, field_at_t const &at)
{
    *out = at.values->code(value_of(node), codes_of(at.field), at.name());
}
void read_value(pugi::xml_node node, bool *out, field_at_t const & /*at*/) { *out = flag_of(node).value_or(false); }
void read_value(pugi::xml_node /*node*/, row_kind_t * /*out*/, field_at_t const & /*at*/) {} // see xml_place_of

/// One row of Table I or II; `table` and `row_no` name it in warnings ("Table I row 2").
ownership_row_t read_row(pugi::xml_node n, bool derivative, bool transaction, field_reader_t *values,
                         std::string_view table, std::size_t row_no)
{
    ownership_row_t r;
    r.kind = transaction ? row_kind_t::transaction : row_kind_t::holding;
    for_each_row_field([&](auto const &field) {
        auto const place = xml_place_of(field.id);
        if (place.element == nullptr || (field.table_2_only && !derivative)) {
            return;
        }
        auto const group = place.group == nullptr ? n : n.child(place.group);
        auto const node = group.child(place.element);
        read_value(node, &(r.*field.member), field_at_t{values, table, row_no, field.id});
        if (!field.footnote_column.empty()) {
            link_footnotes(place.marks_on_group ? group : node, field.id, &r);
        }
    });
    return r;
}

/// A <reportingOwner>; `owner_no` names it in warnings ("reporting owner 2, CIK").
reporting_owner_t read_owner(pugi::xml_node owner, field_reader_t *values, std::size_t owner_no)
{
    reporting_owner_t o;
    auto const id = owner.child("reportingOwnerId");
    o.name = text_of(id.child("rptOwnerName"));
    o.cik = values->cik(optional_text(id.child("rptOwnerCik")), {"reporting owner", owner_no, "CIK"});
    auto const address = owner.child("reportingOwnerAddress");
    o.street1 = optional_text(address.child("rptOwnerStreet1"));
    o.street2 = optional_text(address.child("rptOwnerStreet2"));
    o.city = optional_text(address.child("rptOwnerCity"));
    o.state = optional_text(address.child("rptOwnerState"));
    o.zip = optional_text(address.child("rptOwnerZipCode"));
    auto const rel = owner.child("reportingOwnerRelationship");
    o.is_director = flag_of(rel.child("isDirector")).value_or(false);
    o.is_officer = flag_of(rel.child("isOfficer")).value_or(false);
    o.is_ten_percent_owner = flag_of(rel.child("isTenPercentOwner")).value_or(false);
    o.is_other = flag_of(rel.child("isOther")).value_or(false);
    o.officer_title = optional_text(rel.child("officerTitle"));
    o.other_text = optional_text(rel.child("otherText"));
    return o;
}

std::size_t line_of(std::string_view text, std::ptrdiff_t offset)
{
    auto const end = std::min<std::size_t>(static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)), text.size());
    return static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(end), '\n')) + 1;
}

} // namespace

bool looks_like_ownership_xml(std::string_view text) noexcept
{
    return text.substr(0, 4096).find("<ownershipDocument") != std::string_view::npos;
}

ownership_xml_result_t parse_ownership_xml(std::string_view xml)
{
    ownership_xml_result_t result;
    // pugixml never expands entities, but a document that declares any is no filing
    // EDGAR accepts and may be an expansion attack: refuse it at once.
    if (xml.find("<!ENTITY") != std::string_view::npos || xml.find("<!DOCTYPE") != std::string_view::npos) {
        result.error = "XML with a DTD or entity declarations is refused (EDGAR ownership XML has none)";
        return result;
    }
    pugi::xml_document doc;
    auto const parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        result.error = fmt::format("malformed XML at line {}: {}", line_of(xml, parsed.offset), parsed.description());
        return result;
    }
    auto const root = doc.child("ownershipDocument");
    if (!root) {
        result.error = "XML without an ownershipDocument element";
        return result;
    }

    filing_t f;
    field_reader_t values{&f.warnings};
    f.kind = document_kind_t::ownership;
    f.schema_version = optional_text(root.child("schemaVersion"));
    f.form_type = form_type_t::parse(text_of(root.child("documentType")));
    if (!f.form_type.is_ownership()) {
        result.error =
            fmt::format("ownershipDocument of unknown documentType '{}'", text_of(root.child("documentType")));
        return result;
    }
    f.period_of_report = values.date(optional_text(root.child("periodOfReport")), {"period_of_report"});
    f.date_of_original_submission =
        values.date(optional_text(root.child("dateOfOriginalSubmission")), {"date_of_original_submission"});
    f.not_subject_to_section16 = flag_of(root.child("notSubjectToSection16"));
    f.no_securities_owned = flag_of(root.child("noSecuritiesOwned"));
    f.aff10b5one = flag_of(root.child("aff10b5One"));

    auto const issuer = root.child("issuer");
    f.issuer.name = text_of(issuer.child("issuerName"));
    f.issuer.cik = values.cik(optional_text(issuer.child("issuerCik")), {"issuer", 0, "CIK"});
    f.issuer.ticker = optional_text(issuer.child("issuerTradingSymbol"));
    if (f.issuer.ticker && (squash(*f.issuer.ticker) == "none" || squash(*f.issuer.ticker) == "na")) {
        f.issuer.ticker.reset();
    }
    if (f.issuer.name.empty()) {
        result.error = "ownershipDocument without issuerName";
        return result;
    }

    for (auto const owner : root.children("reportingOwner")) {
        auto o = read_owner(owner, &values, f.owners.size() + 1);
        if (o.name.empty()) {
            result.error = "reportingOwner without rptOwnerName";
            return result;
        }
        f.owners.push_back(std::move(o));
    }
    if (f.owners.empty()) {
        result.error = "ownershipDocument without reportingOwner";
        return result;
    }

    // Rows in document order; transactions and holdings as the filer listed them.
    for (auto const row : root.child("nonDerivativeTable").children()) {
        std::string_view const name{row.name()};
        if (name == "nonDerivativeTransaction" || name == "nonDerivativeHolding") {
            f.non_derivative.push_back(read_row(row, false, name == "nonDerivativeTransaction", &values, "Table I row",
                                                f.non_derivative.size() + 1));
        }
    }
    for (auto const row : root.child("derivativeTable").children()) {
        std::string_view const name{row.name()};
        if (name == "derivativeTransaction" || name == "derivativeHolding") {
            f.derivative.push_back(
                read_row(row, true, name == "derivativeTransaction", &values, "Table II row", f.derivative.size() + 1));
        }
    }
    for (auto const note : root.child("footnotes").children("footnote")) {
        // Footnotes are prose: the line breaks and indentation of the XML are layout.
        f.footnotes.push_back(
            footnote_t{footnote_id(note.attribute("id").value()), collapse_spaces(note.child_value())});
    }
    f.remarks = optional_text(root.child("remarks"));
    for (auto const sig : root.children("ownerSignature")) {
        auto date =
            values.date(optional_text(sig.child("signatureDate")), {"signature", f.signatures.size() + 1, "date"});
        f.signatures.push_back(signature_t{text_of(sig.child("signatureName")), date});
    }
    values.finish();
    result.filing = std::move(f);
    return result;
}
