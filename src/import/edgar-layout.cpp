// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/edgar-layout.hpp"

#include "parse/submission.hpp"
#include "util/read-file.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <array>
#include <cctype>

namespace {

/// The metadata of one filing lists its documents in a few kilobytes: a larger file of that
/// name is something else, and is not read.
constexpr std::uint64_t MAX_METADATA_BYTES = 1 << 20U;

/// How many folders above a document may name its filing: EDGAR's own folders put the
/// rendered forms one level down (`ACCESSION/xslF345X05/form4.xml`).
constexpr std::size_t FOLDER_LEVELS = 2;

/// The name download tools give a filing's metadata (datamule).
constexpr std::string_view METADATA_FILE = "metadata.json";

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

std::size_t digit_run(std::string_view s, std::size_t at) noexcept
{
    std::size_t n = 0;
    while (at + n < s.size() && is_digit(s[at + n])) {
        ++n;
    }
    return n;
}

/// The components of a name, last first: "a.tar!x/y/doc.xml" gives doc.xml, y, x, a.tar.
std::vector<std::string_view> components_last_first(std::string_view name)
{
    std::vector<std::string_view> out;
    std::size_t end = name.size();
    while (end > 0) {
        auto const sep = name.find_last_of("/!", end - 1);
        auto const start = sep == std::string_view::npos ? 0 : sep + 1;
        if (end > start) {
            out.push_back(name.substr(start, end - start));
        }
        if (sep == std::string_view::npos) {
            break;
        }
        end = sep;
    }
    return out;
}

/// The folder part of a name ("" for none): what comes before its last '/' or '!'.
std::string folder_of(std::string const &name)
{
    auto const sep = name.find_last_of("/!");
    return sep == std::string::npos ? std::string{} : name.substr(0, sep);
}

/// "20171018" as in EDGAR headers and metadata, or ISO ("2017-10-18"). The header form
/// only as the whole value: parse_yyyymmdd() alone would also take the first eight digits
/// of a longer one ("20171018 1200", " 20171018").
std::optional<date_t> metadata_date(std::string const &text)
{
    if (auto d = text.size() == 8 ? parse_yyyymmdd(text) : std::nullopt) {
        return d;
    }
    return date_t::parse(text);
}

/// The first string member of `object` among `keys`.
std::string string_member(nlohmann::json const &object, std::initializer_list<char const *> keys)
{
    for (auto const *key : keys) {
        if (auto const it = object.find(key); it != object.end() && it->is_string()) {
            return it->get<std::string>();
        }
    }
    return {};
}

placed_parse_t skipped(std::string reason, std::string form_type, std::string kind)
{
    placed_parse_t out;
    out.result.status = parse_status_t::skipped;
    out.result.reason = std::move(reason);
    out.result.form_type = std::move(form_type);
    out.skip_kind = std::move(kind);
    return out;
}

std::string filing_words(layout_hints_t const &hints)
{
    return hints.accession ? fmt::format("filing {}", hints.accession->str()) : std::string{"its filing"};
}

} // namespace

std::optional<accession_no_t> accession_in_name(std::string_view name)
{
    constexpr std::size_t DASHED = 20; // 0000950170-24-012830
    constexpr std::size_t PLAIN = 18;  // 000095017024012830
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (!is_digit(name[i]) || (i > 0 && is_digit(name[i - 1]))) {
            continue;
        }
        auto const run = digit_run(name, i);
        bool const ends_clean = i + DASHED == name.size() || !is_digit(name[i + DASHED]);
        if (run == 10 && i + DASHED <= name.size() && ends_clean) {
            if (auto a = accession_no_t::parse(name.substr(i, DASHED))) {
                return a;
            }
        }
        if (run == PLAIN) {
            return accession_no_t::parse(name.substr(i, PLAIN));
        }
    }
    return std::nullopt;
}

std::optional<layout_reader_t::folder_metadata_t> layout_reader_t::read_metadata(std::string const &folder)
{
    auto const path = folder.empty() ? std::string{METADATA_FILE} : folder + "/" + std::string{METADATA_FILE};
    std::string bytes;
    try {
        regular_file_t file{path};
        bytes = file.read_all(MAX_METADATA_BYTES);
    } catch (user_error_t const &) {
        return std::nullopt; // no metadata: the names alone speak
    }
    auto const json = nlohmann::json::parse(bytes, nullptr, false);
    if (!json.is_object()) {
        return std::nullopt;
    }
    folder_metadata_t m;
    auto const submission = json.value("submission", nlohmann::json::object());
    if (submission.is_object()) {
        m.accession = accession_no_t::parse(
            string_member(submission, {"ACCESSION-NUMBER", "accession_number", "accessionNumber"}));
        m.filing_date = metadata_date(string_member(submission, {"FILING-DATE", "filing_date", "filingDate"}));
        m.filing_type = string_member(submission, {"TYPE", "type", "form"});
    }
    auto const documents = json.value("documents", nlohmann::json::array());
    for (auto const &d : documents) {
        if (d.is_object()) {
            m.document_types.emplace_back(string_member(d, {"FILENAME", "filename"}),
                                          string_member(d, {"TYPE", "type"}));
        }
    }
    return m;
}

layout_hints_t layout_reader_t::hints_for(std::string const &name)
{
    auto const folder = folder_of(name);
    if (folder != m_folder) {
        m_folder = folder;
        // Inside an archive there is nothing to open beside a member.
        m_metadata = folder.find('!') == std::string::npos ? read_metadata(folder) : std::nullopt;
    }
    layout_hints_t hints;
    auto const parts = components_last_first(name);
    if (m_metadata) {
        hints.in_filing_folder = true;
        hints.accession = m_metadata->accession;
        hints.filing_date = m_metadata->filing_date;
        hints.filing_type = m_metadata->filing_type;
        for (auto const &[file, type] : m_metadata->document_types) {
            if (!parts.empty() && file == parts.front()) {
                hints.document_type = type;
            }
        }
    }
    for (std::size_t i = 0; i < parts.size() && i <= FOLDER_LEVELS; ++i) {
        if (auto const a = accession_in_name(parts[i])) {
            hints.in_filing_folder = hints.in_filing_folder || i > 0;
            if (!hints.accession) {
                hints.accession = a;
            }
        }
    }
    return hints;
}

placed_parse_t parse_in_place(std::string_view bytes, layout_hints_t const &hints)
{
    if (!hints.document_type.empty() && !is_kept_form(form_type_t::parse(hints.document_type))) {
        // The form of a filing the archive does not keep, or one of its attachments
        // (exhibits, graphics): all but the document of the filing's own type.
        bool const the_form = hints.document_type == hints.filing_type;
        return skipped(fmt::format("{} document of {} (metadata.json): not a form the archive keeps",
                                   hints.document_type, filing_words(hints)),
                       hints.document_type, the_form ? "form " + hints.document_type : "attachment");
    }
    if (is_json_document(bytes)) {
        return skipped("JSON data (download metadata, an index), not a filing", {}, "JSON data");
    }
    placed_parse_t out;
    out.result = parse_document(bytes);
    auto &result = out.result;
    if (result.status == parse_status_t::rejected && hints.in_filing_folder && !result.is_edgar_form) {
        return skipped(fmt::format("an attachment of {}, not a form ({})", filing_words(hints), result.reason), {},
                       "attachment");
    }
    if (result.status == parse_status_t::skipped && !result.form_type.empty()) {
        bool const exhibit = result.form_type.rfind("EX-", 0) == 0;
        out.skip_kind = exhibit ? "attachment" : "form " + result.form_type;
    }
    // A text rendering says nothing of its accession number: a flat folder of renderings
    // named after the filings they render would claim the numbers of the EDGAR documents
    // imported beside them, and which copy keeps the filing would depend on the order.
    // Only EDGAR's own documents (ownership XML, submissions) or a filing's own folder
    // vouch for the number of their place.
    bool const place_vouches = result.is_edgar_form || hints.in_filing_folder;
    for (auto &filing : result.filings) {
        bool const from_place = !filing.accession && hints.accession.has_value() && place_vouches;
        if (from_place) {
            filing.accession = hints.accession;
        }
        if (!filing.filed_date && hints.filing_date) {
            filing.filed_date = hints.filing_date;
        }
        out.accession_from_place.push_back(from_place);
    }
    return out;
}
