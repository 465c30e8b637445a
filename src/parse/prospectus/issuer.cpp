// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/cover.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/firm-names.hpp"
#include "parse/prospectus/phrases.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// Cover lines that are not the issuer's name though they may end like one.
constexpr std::array<std::string_view, 8> NOT_THE_ISSUER{
    "prospectus", "registration", "pursuant", "supplement", "securities and exchange", "table of contents",
    "common stock", "shares"};

/// The cover is the first lines: the issuer's name stands before the first paragraph.
constexpr std::size_t COVER_LINES = 60;

/// Where "we" are defined: the firm right before such a definition is the issuer.
constexpr std::array<std::string_view, 9> WE_DEFINITIONS{
    "(the \"company\"", "(\"we\"", "(\"us\"", "(\"our\"", "(the \"registrant\"", "(\"the company\"",
    "(which we refer to", "(we refer to", "(together with its subsidiaries"};

/// How the ticker is introduced ("under the symbols" before "under the symbol", which it starts with).
constexpr std::array<std::string_view, 7> TICKER_INTRO{"under the symbols", "under the symbol", "under the ticker symbol",
                                                       "under the trading symbol", "(nasdaq:", "(nyse:", "(nyse american:"};

/// The ticker is the issuer's when the sentence speaks of its securities.
constexpr std::array<std::string_view, 6> OUR_SECURITIES{"common stock", "shares", "ads", "common units", "depositary",
                                                         "ordinary"};

/// A definition of "we" that names the issuer after these words.
constexpr std::array<std::string_view, 3> REFER_TO{"refer to", "refers to", "references to"};
constexpr std::array<std::string_view, 4> WE_QUOTED{"\"we", "\"us", "terms we", "\"company"};

/// The longest ticker (with a class suffix: "BRK.B").
constexpr std::size_t MAX_TICKER_CHARS = 8;

/// How far after its introduction the ticker's quote may start.
constexpr std::size_t TICKER_GAP = 4;

std::optional<std::string> cover_name(document_view_t const &doc)
{
    auto const &lines = doc.lines();
    for (std::size_t i = 0; i < lines.size() && i < COVER_LINES; ++i) {
        for (auto const cell : lines[i].cells) {
            auto const low = lower(cell);
            if (!contains_any(low, NOT_THE_ISSUER) && is_company_name(cell)) {
                return std::string{cell};
            }
        }
    }
    return std::nullopt;
}

/// "NextEra Energy, Inc.'s ("NEE") common stock", "Calidi Biotherapeutics, Inc. (the "Company")".
std::optional<std::string> defined_name(document_view_t const &doc)
{
    for (std::size_t i = 0; i < doc.lead_end(); ++i) {
        auto const &s = doc.sentences()[i];
        for (auto const &firm : firm_names(s.text, doc.is_lower_case())) {
            auto rest = std::string_view{s.low}.substr(firm.end);
            if (rest.starts_with("'s")) {
                rest.remove_prefix(2);
            }
            while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) {
                rest.remove_prefix(1);
            }
            if (std::any_of(WE_DEFINITIONS.begin(), WE_DEFINITIONS.end(), [&](auto d) { return rest.starts_with(d); }) ||
                (rest.starts_with("(\"") && firm.name.size() > 3)) {
                return firm.name;
            }
        }
    }
    return std::nullopt;
}

/// The ticker right after its introduction: in quotes or not; in capitals unless the
/// whole text is in lower case.
std::optional<std::string> ticker_after(prose_sentence_t const &s, std::size_t pos, bool lower_case)
{
    auto const start = s.low.find_first_not_of(" \"':", pos);
    if (start == std::string::npos || start > pos + TICKER_GAP) {
        return std::nullopt;
    }
    auto end = start;
    while (end < s.low.size() && (std::isalpha(static_cast<unsigned char>(s.low[end])) || s.low[end] == '.' || s.low[end] == '-')) {
        ++end;
    }
    while (end > start && (s.low[end - 1] == '.' || s.low[end - 1] == '-')) {
        --end;
    }
    std::string t{s.text.substr(start, end - start)};
    bool const capitals = std::none_of(t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (t.empty() || t.size() > MAX_TICKER_CHARS || (!capitals && !lower_case)) {
        return std::nullopt;
    }
    std::transform(t.begin(), t.end(), t.begin(), [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
    return t;
}

/// The first ticker given for the issuer's own securities ("Our common stock is listed on
/// the NYSE under the symbol "NEE""), not an index's or another company's.
std::optional<std::string> ticker(document_view_t const &doc)
{
    for (auto const &s : doc.sentences()) {
        if (!contains_any(s.low, OUR_SECURITIES) || s.low.find("index") != std::string::npos) {
            continue;
        }
        for (auto const intro : TICKER_INTRO) {
            auto const at = s.low.find(intro);
            if (at == std::string::npos) {
                continue;
            }
            if (auto t = ticker_after(s, at + intro.size(), doc.is_lower_case())) {
                return t;
            }
        }
    }
    return std::nullopt;
}

/// "the terms "FFIC," the "Company," "we," "our" and "us" ... refer to Flushing Financial
/// Corporation and its subsidiaries": the firm after "refer to" in a definition of "we".
std::optional<std::string> referred_name(document_view_t const &doc)
{
    for (auto const &s : doc.sentences()) {
        auto const refer = find_any(s.low, REFER_TO);
        if (!refer || !contains_any(s.low, WE_QUOTED)) {
            continue;
        }
        for (auto const &firm : firm_names(s.text, doc.is_lower_case())) {
            if (firm.begin > *refer) {
                return firm.name;
            }
        }
    }
    return std::nullopt;
}

} // namespace

issuer_found_t find_issuer(document_view_t const &doc)
{
    issuer_found_t found;
    found.name = cover_name(doc);
    if (!found.name) {
        found.name = defined_name(doc);
        found.name = found.name ? found.name : referred_name(doc);
        found.from_definition = found.name.has_value();
    }
    found.ticker = ticker(doc);
    return found;
}
