// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/parse-document.hpp"

#include "model/field-reader.hpp"
#include "parse/html-text.hpp"
#include "parse/ownership-text.hpp"
#include "parse/ownership-xml.hpp"
#include "parse/prose-scan.hpp"
#include "parse/prospectus/prospectus.hpp"
#include "parse/submission.hpp"
#include "parse/text-normalize.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace {

constexpr char const *UNRECOGNIZED =
    "unrecognized document: not an ownership form (Forms 3, 4, 5), ownership XML, an EDGAR "
    "submission nor a prospectus supplement";

parse_result_t rejected(std::string reason)
{
    parse_result_t r;
    r.status = parse_status_t::rejected;
    r.reason = std::move(reason);
    return r;
}

parse_result_t parsed(filing_t filing)
{
    parse_result_t r;
    r.status = parse_status_t::parsed;
    r.filings.push_back(std::move(filing));
    return r;
}

bool is_prospectus_form(std::string_view type) { return type.rfind("424B", 0) == 0 || type.rfind("424b", 0) == 0; }

/// Where a power of attorney names itself: its title, or the formula that opens it.
constexpr std::size_t POWER_OF_ATTORNEY_HEAD = 3000;

/**
 * A power of attorney, the exhibit (EX-24) filed with Forms 3, 4 and 5: it speaks of Forms
 * 3, 4 and 5 and of Section 16 like the forms do, but has no tables. Told by its title or
 * its opening formula ("Know all by these presents") near the start, and no Table I.
 */
bool looks_like_power_of_attorney(std::string_view text)
{
    auto const head = text.substr(0, POWER_OF_ATTORNEY_HEAD);
    // Folding the case costs more than a search: only when the words may be there. The
    // whole text is searched for a table last, once the head has named itself.
    bool const maybe = head.find("TTORNEY") != std::string_view::npos ||
                       head.find("ttorney") != std::string_view::npos ||
                       head.find("RESENTS") != std::string_view::npos || head.find("resents") != std::string_view::npos;
    if (!maybe) {
        return false;
    }
    auto const low = lower(head);
    bool const named = low.find("power of attorney") != std::string::npos ||
                       low.find("know all by these presents") != std::string::npos ||
                       low.find("know all men by these presents") != std::string::npos;
    return named && text.find("Table I") == std::string_view::npos;
}

/// Text (plain or HTML) that is not in a submission: a rendering of a form, or a supplement.
parse_result_t parse_text(std::string_view body, prospectus_context_t const &context)
{
    if (is_json_document(body)) {
        return rejected("a JSON document, not a filing");
    }
    std::string html_error;
    auto const text = normalize_rendering(looks_like_html(body) ? html_to_text(body, &html_error) : std::string{body});
    if (!html_error.empty()) {
        return rejected(html_error);
    }
    if (looks_like_power_of_attorney(text)) {
        parse_result_t r;
        r.status = parse_status_t::skipped;
        r.reason = "a power of attorney (the exhibit EX-24 of an ownership filing), not a form";
        r.form_type = "EX-24";
        return r;
    }
    if (looks_like_ownership_text(text)) {
        auto result = parse_ownership_text(text);
        if (!result.filing) {
            return rejected(result.error);
        }
        return parsed(std::move(*result.filing));
    }
    if (looks_like_prospectus(text) || is_prospectus_form(context.form_type)) {
        auto result = parse_prospectus(text, context);
        if (!result.filing) {
            return rejected(result.error);
        }
        return parsed(std::move(*result.filing));
    }
    return rejected(UNRECOGNIZED);
}

/// The documents of an EDGAR submission, each to the parser for its kind.
parse_result_t parse_submission_file(std::string_view text)
{
    auto const sub = parse_submission(text);
    auto const form = form_type_t::parse(sub.form_type);
    parse_result_t result;
    std::string first_error;
    for (auto const &doc : sub.documents) {
        auto const type = form_type_t::parse(doc.type);
        if (type.is_ownership()) {
            auto const xml = embedded_xml(doc.body);
            if (!xml) {
                continue; // plain-text Forms 4 from before ownership XML: see below
            }
            auto parsed_xml = parse_ownership_xml(*xml);
            if (!parsed_xml.filing) {
                first_error = first_error.empty() ? parsed_xml.error : first_error;
                continue;
            }
            auto &f = *parsed_xml.filing;
            f.accession = sub.accession;
            f.filed_date = sub.filed_date;
            // The header knows CIKs the XML may leave out.
            if (!f.issuer.cik) {
                if (auto const *issuer = sub.party("issuer")) {
                    f.issuer.cik = issuer->cik;
                }
            }
            result.filings.push_back(std::move(f));
        } else if (is_prospectus_form(doc.type)) {
            prospectus_context_t context;
            context.form_type = type.str();
            context.accession = sub.accession;
            context.filed_date = sub.filed_date;
            if (!sub.file_number.empty()) {
                context.file_number = sub.file_number;
            }
            for (auto const *role : {"filer", "subject-company", "issuer"}) {
                if (auto const *party = sub.party(role)) {
                    context.issuer_name = party->name;
                    context.issuer_cik = party->cik;
                    break;
                }
            }
            auto part = parse_text(doc.body, context);
            if (part.status == parse_status_t::parsed) {
                for (auto &f : part.filings) {
                    result.filings.push_back(std::move(f));
                }
            } else if (first_error.empty()) {
                first_error = part.reason;
            }
        }
    }
    if (!result.filings.empty()) {
        result.status = parse_status_t::parsed;
        return result;
    }
    if (!first_error.empty()) {
        return rejected(first_error);
    }
    result.status = parse_status_t::skipped;
    result.form_type = form.str();
    if (form.is_ownership()) {
        result.reason = fmt::format("Form {} filed as plain text, without ownership XML (before 2003)", form.str());
    } else if (form.empty()) {
        result.reason = "EDGAR submission without a form type";
    } else {
        result.reason = fmt::format("form {} is not kept in the archive", form.str());
    }
    return result;
}

/// The parse of any bytes: the format detected from the content.
parse_result_t parse_any(std::string_view bytes)
{
    if (bytes.empty()) {
        return rejected("empty file");
    }
    auto const text = sanitize_utf8(bytes);
    if (looks_like_submission(text)) {
        auto result = parse_submission_file(text);
        result.is_edgar_form = true;
        return result;
    }
    if (looks_like_ownership_xml(text)) {
        auto result = parse_ownership_xml(text);
        auto out = result.filing ? parsed(std::move(*result.filing)) : rejected(result.error);
        out.is_edgar_form = true;
        return out;
    }
    return parse_text(text, prospectus_context_t{});
}

} // namespace

parse_result_t parse_document(std::string_view bytes)
{
    auto result = parse_any(bytes);
    for (auto &filing : result.filings) {
        flag_negative_amounts(&filing); // one check for every parser
    }
    return result;
}

std::optional<std::string> unkept_submission_form(std::string_view head)
{
    if (!looks_like_submission(head)) {
        return std::nullopt;
    }
    auto const form = form_type_t::parse(parse_submission(head).form_type);
    if (form.empty() || is_kept_form(form)) {
        return std::nullopt;
    }
    return form.str();
}

bool is_kept_form(form_type_t const &form) { return form.is_ownership() || is_prospectus_form(form.str()); }

bool is_json_document(std::string_view bytes)
{
    // A byte order mark may open a JSON file; a text extract may open with "[LOGO]" and is
    // no JSON, so only text that opens like JSON is parsed as JSON.
    auto const start = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos || (bytes[start] != '{' && bytes[start] != '[')) {
        return false;
    }
    return nlohmann::json::accept(bytes.substr(start));
}
