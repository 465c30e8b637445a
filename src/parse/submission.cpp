// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/submission.hpp"

#include "parse/text-scan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

constexpr std::string_view PEM_BEGIN = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----";

/// The signature block of a privacy-enhanced message takes a few hundred bytes.
constexpr std::size_t PEM_HEADER_CHARS = 4096;

/// Header sections and the party role each starts.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> party_sections{{
    {"ISSUER", "issuer"},
    {"REPORTING-OWNER", "reporting-owner"},
    {"FILER", "filer"},
    {"SUBJECT COMPANY", "subject-company"},
    {"SUBJECT-COMPANY", "subject-company"},
    {"FILED BY", "filed-by"},
}};

std::optional<std::string_view> role_of_section(std::string_view name)
{
    for (auto const &[section, role] : party_sections) {
        if (name == section) {
            return role;
        }
    }
    if (name == "FILED-BY") {
        return "filed-by";
    }
    return std::nullopt;
}

void set_header_value(submission_t *sub, std::string_view key, std::string_view value)
{
    value = trim(value);
    if (key == "ACCESSION NUMBER" || key == "ACCESSION-NUMBER") {
        sub->accession = accession_no_t::parse(value);
    } else if (key == "CONFORMED SUBMISSION TYPE" || (key == "TYPE" && sub->form_type.empty())) {
        sub->form_type = std::string{value};
    } else if (key == "FILED AS OF DATE" || key == "FILING-DATE") {
        sub->filed_date = parse_yyyymmdd(value);
    } else if (key == "CONFORMED PERIOD OF REPORT" || key == "PERIOD") {
        sub->period = parse_yyyymmdd(value);
    } else if ((key == "SEC FILE NUMBER" || key == "FILE-NUMBER") && sub->file_number.empty()) {
        sub->file_number = std::string{value};
    } else if (!sub->parties.empty()) {
        auto &party = sub->parties.back();
        if ((key == "COMPANY CONFORMED NAME" || key == "CONFORMED-NAME") && party.name.empty()) {
            party.name = std::string{value};
        } else if ((key == "CENTRAL INDEX KEY" || key == "CIK") && !party.cik) {
            party.cik = cik_t::parse(value);
        }
    }
}

/// The `.txt` header: "KEY:<tab>VALUE" lines, parties in sections like "ISSUER:".
void parse_text_header(std::string_view header, submission_t *sub)
{
    for (auto const line : split_lines(header)) {
        auto const colon = line.find(':');
        if (colon == std::string_view::npos || line.empty() || line[0] == '<') {
            continue;
        }
        auto const key = trim(line.substr(0, colon));
        auto const value = trim(line.substr(colon + 1));
        bool const top_level = line[0] != '\t' && line[0] != ' ';
        if (top_level && value.empty()) {
            if (auto const role = role_of_section(key)) {
                sub->parties.push_back(submission_party_t{std::string{*role}, {}, std::nullopt});
            }
            continue;
        }
        set_header_value(sub, key, value);
    }
}

/// The `.nc` header: <TAG>value pairs, parties in <ISSUER>...</ISSUER> containers.
void parse_tag_header(std::string_view header, submission_t *sub)
{
    std::size_t pos = 0;
    while ((pos = header.find('<', pos)) != std::string_view::npos) {
        auto const close = header.find('>', pos);
        if (close == std::string_view::npos) {
            break;
        }
        auto const tag = header.substr(pos + 1, close - pos - 1);
        pos = close + 1;
        if (tag.empty() || tag[0] == '/') {
            continue;
        }
        if (auto const role = role_of_section(tag)) {
            sub->parties.push_back(submission_party_t{std::string{*role}, {}, std::nullopt});
            continue;
        }
        auto const next = header.find('<', pos);
        auto const value = header.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos);
        set_header_value(sub, tag, value);
    }
}

/// The value of a one-line tag in a document's preamble: "<TYPE>4".
std::string tag_value(std::string_view preamble, std::string_view tag)
{
    auto const at = preamble.find(tag);
    if (at == std::string_view::npos) {
        return {};
    }
    auto const start = at + tag.size();
    auto end = preamble.find_first_of("<\r\n", start);
    return std::string{
        trim(preamble.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start))};
}

} // namespace

std::optional<date_t> parse_yyyymmdd(std::string_view s)
{
    s = trim(s);
    if (s.size() < 8) {
        return std::nullopt;
    }
    auto digit = [&](std::size_t i) { return s[i] - '0'; };
    for (std::size_t i = 0; i < 8; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) {
            return std::nullopt;
        }
    }
    return date_t::make(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                        static_cast<unsigned>(digit(4) * 10 + digit(5)),
                        static_cast<unsigned>(digit(6) * 10 + digit(7)));
}

submission_party_t const *submission_t::party(std::string_view role) const
{
    for (auto const &p : parties) {
        if (p.role == role) {
            return &p;
        }
    }
    return nullptr;
}

bool looks_like_submission(std::string_view text) noexcept
{
    auto start = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos) {
        return false;
    }
    // Submissions before 1997 come wrapped in a privacy-enhanced message: the document
    // starts after its signature block.
    if (text.substr(start).starts_with(PEM_BEGIN)) {
        auto const doc = text.substr(0, PEM_HEADER_CHARS).find("-DOCUMENT>");
        if (doc == std::string_view::npos || doc < 4) {
            return false;
        }
        start = text.rfind('<', doc);
        if (start == std::string_view::npos) {
            return false; // "-DOCUMENT>" without its opening bracket
        }
    }
    auto const head = text.substr(start, 64);
    return head.rfind("<SEC-DOCUMENT>", 0) == 0 || head.rfind("<SEC-HEADER>", 0) == 0 ||
           head.rfind("<SUBMISSION>", 0) == 0 || head.rfind("<IMS-DOCUMENT>", 0) == 0;
}

submission_t parse_submission(std::string_view text)
{
    submission_t sub;
    auto const first_doc = text.find("<DOCUMENT>");
    auto const header = text.substr(0, first_doc);
    if (header.find("<SEC-HEADER>") != std::string_view::npos ||
        header.find("ACCESSION NUMBER:") != std::string_view::npos) {
        parse_text_header(header, &sub);
    } else {
        parse_tag_header(header, &sub);
    }

    std::size_t pos = first_doc;
    while (pos != std::string_view::npos) {
        auto const end = text.find("</DOCUMENT>", pos);
        auto const doc = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        auto const text_at = doc.find("<TEXT>");
        auto const preamble = doc.substr(0, text_at);
        submission_document_t d;
        d.type = tag_value(preamble, "<TYPE>");
        d.filename = tag_value(preamble, "<FILENAME>");
        d.description = tag_value(preamble, "<DESCRIPTION>");
        if (text_at != std::string_view::npos) {
            auto body = doc.substr(text_at + 6);
            auto const text_end = body.rfind("</TEXT>");
            if (text_end != std::string_view::npos) {
                body = body.substr(0, text_end);
            }
            d.body = body;
        }
        sub.documents.push_back(std::move(d));
        pos = end == std::string_view::npos ? end : text.find("<DOCUMENT>", end);
    }
    return sub;
}

std::optional<std::string_view> embedded_xml(std::string_view body) noexcept
{
    auto const start = body.find("<XML>");
    if (start == std::string_view::npos) {
        return std::nullopt;
    }
    auto xml = body.substr(start + 5);
    auto const end = xml.rfind("</XML>");
    if (end != std::string_view::npos) {
        xml = xml.substr(0, end);
    }
    return trim(xml);
}
