// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/cover.hpp"

#include "model/name-key.hpp"
#include "parse/prose-scan.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/firm-names.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/text-scan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// Cover lines that are not the issuer's name though they may end like one.
constexpr std::array<std::string_view, 8> NOT_THE_ISSUER{
    "prospectus",        "registration", "pursuant", "supplement", "securities and exchange",
    "table of contents", "common stock", "shares"};

/// The cover is the first lines: the issuer's name stands before the first paragraph.
constexpr std::size_t COVER_LINES = 60;

/// A parenthesis that defines the name before it as "we": "(the "Company" or "we")",
/// "("TD" or "we")", "(which we refer to as ...)".
constexpr std::array<std::string_view, 7> WE_DEFINED{
    "\"company\"", "\"we\"", "\"us\"", "\"our\"", "\"registrant\"", "we refer to", "together with its subsidiaries"};

/// A line this long is a paragraph of prose: the cover's head (title, issuer) is above it.
constexpr std::size_t PARAGRAPH_CHARS = 200;

/// A name broken over two lines starts with a line of at most this many words.
constexpr std::ptrdiff_t NAME_START_WORDS = 3;

/// A line that ends a name begun on the line before has few words ("Biotherapeutics, Inc.").
constexpr std::ptrdiff_t NAME_TAIL_WORDS = 2;

/// A name before its definition has at most this many words.
constexpr std::size_t MAX_NAME_WORDS = 8;

/// How the ticker is introduced ("under the symbols" before "under the symbol", which it starts with).
constexpr std::array<std::string_view, 7> TICKER_INTRO{
    "under the symbols", "under the symbol", "under the ticker symbol", "under the trading symbol",
    "(nasdaq:",          "(nyse:",           "(nyse american:"};

/// The ticker is the issuer's when the sentence speaks of its securities.
constexpr std::array<std::string_view, 7> OUR_SECURITIES{"common stock", "shares",   "ads",      "common units",
                                                         "depositary",   "ordinary", "preferred"};

/// A definition of "we" that names the issuer after these words.
constexpr std::array<std::string_view, 3> REFER_TO{"refer to", "refers to", "references to"};
constexpr std::array<std::string_view, 4> WE_QUOTED{"\"we", "\"us", "terms we", "\"company"};

/// How a flattened SGML header gives the filer's name, and how far into the text it stands.
constexpr std::string_view CONFORMED_NAME = "company conformed name:";
constexpr std::size_t HEADER_CHARS = 3000;

/// The longest ticker alone in a table cell: letters only.
constexpr std::size_t MAX_TABLE_TICKER = 5;

/// The longest ticker (with a class suffix: "BRK.B").
constexpr std::size_t MAX_TICKER_CHARS = 8;

/// How far after its introduction the ticker's quote may start.
constexpr std::size_t TICKER_GAP = 4;

/// Lines standing for an image on a cover ("LOGO", "Description automatically generated"):
/// never the start of a name.
constexpr std::array<std::string_view, 6> IMAGE_PLACEHOLDERS{
    "logo", "graphic", "image", "picture", "text", "description automatically generated"};

/// "Calidi" on one line and "Biotherapeutics, Inc." on the next: a short line of capitalized
/// words before a name is its start.
bool starts_a_name(std::string_view line)
{
    auto const placeholder = lower(trim(line));
    if (std::find(IMAGE_PLACEHOLDERS.begin(), IMAGE_PLACEHOLDERS.end(), placeholder) != IMAGE_PLACEHOLDERS.end()) {
        return false;
    }
    auto const words = std::count(line.begin(), line.end(), ' ') + 1;
    bool const letters = std::all_of(line.begin(), line.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == ' ' || c == '&' || c == '-' || c == '.';
    });
    return words <= NAME_START_WORDS && letters && !line.empty() && std::isupper(static_cast<unsigned char>(line[0])) &&
           !contains_any(lower(line), NOT_THE_ISSUER);
}

/// "Biotherapeutics, Inc." ends a name begun on the line before; "Jefferies Financial Group
/// Inc." after a "Jefferies" logo line does not.
bool is_name_tail(std::string_view line, std::string_view before)
{
    auto const words = std::count(line.begin(), line.end(), ' ');
    return words <= NAME_TAIL_WORDS && !line.starts_with(before);
}

/// The first line or cell among `count` lines of the cover that is a company's name.
std::optional<std::string> cover_name(document_view_t const &doc, std::size_t count)
{
    auto const &lines = doc.lines();
    for (std::size_t i = 0; i < lines.size() && i < count; ++i) {
        for (auto const cell : lines[i].cells) {
            if (contains_any(lower(cell), NOT_THE_ISSUER) || !is_company_name(cell)) {
                continue;
            }
            if (i > 0 && lines[i].cells.size() == 1 && starts_a_name(lines[i - 1].text) &&
                is_name_tail(cell, lines[i - 1].text)) {
                return std::string{lines[i - 1].text} + " " + std::string{cell};
            }
            return std::string{cell};
        }
    }
    return std::nullopt;
}

/// The cover's head: the lines before its first paragraph of prose.
std::size_t cover_head_lines(document_view_t const &doc)
{
    auto const &lines = doc.lines();
    for (std::size_t i = 0; i < lines.size() && i < COVER_LINES; ++i) {
        if (lines[i].text.size() > PARAGRAPH_CHARS) {
            return i;
        }
    }
    return std::min(lines.size(), COVER_LINES);
}

/// The capitalized words right before `end` in a sentence: "The Toronto-Dominion Bank".
std::optional<std::string> name_before(std::string_view text, std::size_t end)
{
    // Over an aside: "Mount Logan Capital Inc. (f/k/a Yukon New Parent, Inc.) ("we")".
    auto before = trim(text.substr(0, end));
    while (before.ends_with(")") && before.rfind('(') != std::string_view::npos) {
        before = trim(before.substr(0, before.rfind('(')));
    }
    end = before.size();
    auto start = end;
    for (std::size_t words = 0; words < MAX_NAME_WORDS && start > 0; ++words) {
        auto k = start;
        while (k > 0 && text[k - 1] == ' ') {
            --k;
        }
        auto b = k;
        while (b > 0 && text[b - 1] != ' ') {
            --b;
        }
        auto const word = text.substr(b, k - b);
        bool const joins = word == "&" || word == "of" || word == "and";
        if (word.empty() || (!joins && !std::isupper(static_cast<unsigned char>(word[0])))) {
            break;
        }
        start = b;
    }
    auto name = trim(text.substr(start, end - start));
    while (!name.empty() && (name.back() == ',' || name.ends_with("'s"))) {
        name.remove_suffix(name.back() == ',' ? 1 : 2);
    }
    for (auto const join : {"of ", "and ", "& "}) {
        if (name.starts_with(join)) {
            name.remove_prefix(std::string_view{join}.size());
        }
    }
    return name.find(' ') == std::string_view::npos ? std::nullopt : std::optional{std::string{name}};
}

/// A firm's name (with its suffix) ending right before a definition, over an aside and a
/// possessive: "Mount Logan Capital Inc. (f/k/a Yukon New Parent, Inc.) (", "Inc.'s (".
std::optional<std::string> firm_before(prose_sentence_t const &s, std::size_t open, bool lower_case)
{
    auto before = trim(s.text.substr(0, open));
    while (before.ends_with(")") && before.rfind('(') != std::string_view::npos) {
        before = trim(before.substr(0, before.rfind('(')));
    }
    // "GameStop Corp., a Delaware corporation ("GameStop," "we")": the name before the appositive.
    if (auto const comma = before.rfind(", a ");
        comma != std::string_view::npos && comma > 0 && is_corporate_suffix(before.substr(before.rfind(' ') + 1))) {
        before = before.substr(0, comma + 1);
    }
    before = before.ends_with("'s") ? before.substr(0, before.size() - 2) : before;
    for (auto const &firm : firm_names(s.text, lower_case)) {
        if (firm.end == before.size() || (firm.end + 1 == before.size() && before.back() == ',')) {
            return firm.name;
        }
    }
    return std::nullopt;
}

/// The firm a cover sentence defines as "we": "The Toronto-Dominion Bank ("TD" or "we")",
/// "Calidi Biotherapeutics, Inc. (the "Company" or "we")", "NextEra Energy, Inc.'s ("NEE")
/// common stock".
std::optional<std::string> defined_name(document_view_t const &doc)
{
    for (std::size_t i = 0; i < doc.lead_end(); ++i) {
        auto const &s = doc.sentences()[i];
        for (auto open = s.low.find('('); open != std::string::npos; open = s.low.find('(', open + 1)) {
            auto const close = s.low.find(')', open);
            auto const inside = std::string_view{s.low}.substr(open, close == std::string::npos ? 0 : close - open);
            bool const possessive =
                std::string_view{s.low}.substr(0, open).ends_with("'s ") && inside.starts_with("(\"");
            if (possessive || contains_any(inside, WE_DEFINED)) {
                if (auto name = firm_before(s, open, doc.is_lower_case())) {
                    return name;
                }
                if (auto name = name_before(s.text, open)) {
                    return name;
                }
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
    while (end < s.low.size() &&
           (std::isalpha(static_cast<unsigned char>(s.low[end])) || s.low[end] == '.' || s.low[end] == '-')) {
        ++end;
    }
    while (end > start && (s.low[end - 1] == '.' || s.low[end - 1] == '-')) {
        --end;
    }
    std::string t{s.text.substr(start, end - start)};
    bool const capitals =
        std::none_of(t.begin(), t.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
    if (t.empty() || t.size() > MAX_TICKER_CHARS || (!capitals && !lower_case)) {
        return std::nullopt;
    }
    std::transform(t.begin(), t.end(), t.begin(),
                   [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
    return t;
}

/// A summary table's row: "Nasdaq symbol" in one cell or line, the ticker alone in the next.
std::optional<std::string> table_ticker(document_view_t const &doc)
{
    auto const &lines = doc.lines();
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        auto const cell = lower(lines[i].cells.empty() ? lines[i].text : lines[i].cells.back());
        auto const next = trim(lines[i + 1].text);
        bool const capitals = !next.empty() && next.size() <= MAX_TABLE_TICKER &&
                              std::all_of(next.begin(), next.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (cell.ends_with("symbol") && capitals) {
            return std::string{next};
        }
    }
    return std::nullopt;
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

/// An SGML header a renderer flattened into the text: "COMPANY CONFORMED NAME: REALTY
/// INCOME CORP CENTRAL INDEX KEY: 0000726728".
std::optional<std::string> header_name(document_view_t const &doc)
{
    auto const head = std::string_view{doc.low()}.substr(0, HEADER_CHARS);
    auto const at = head.find(CONFORMED_NAME);
    auto const end = at == std::string_view::npos ? at : head.find(" central index key", at);
    if (end == std::string_view::npos) {
        return std::nullopt;
    }
    auto const start = at + CONFORMED_NAME.size();
    auto const name = trim(std::string_view{doc.prose()}.substr(start, end - start));
    return name.empty() ? std::nullopt : std::optional{std::string{name}};
}

/// "Common Stock SoundHound AI, Inc. (the "Company")" when a cover line reads "SOUNDHOUND AI,
/// INC.": the title's words ran into the definition; the name is the cover line's words.
std::optional<std::string> trimmed_by_cover(std::string const &defined, std::optional<std::string> const &cover)
{
    auto const key = issuer_name_key(defined);
    auto const cover_key = cover ? issuer_name_key(*cover) : std::string{};
    if (cover_key.empty() || key == cover_key || !key.ends_with(" " + cover_key)) {
        return defined;
    }
    auto const words = std::count(cover->begin(), cover->end(), ' ') + 1;
    auto start = defined.size();
    for (std::ptrdiff_t n = 0; n < words && start > 0; ++n) {
        start = defined.rfind(' ', start - 1);
        start = start == std::string::npos ? 0 : start;
    }
    return std::string{trim(std::string_view{defined}.substr(start))};
}

} // namespace

issuer_found_t find_issuer(document_view_t const &doc)
{
    issuer_found_t found;
    found.name = header_name(doc);
    if (!found.name) {
        found.name = defined_name(doc);
    }
    if (found.name) {
        found.name = trimmed_by_cover(*found.name, cover_name(doc, cover_head_lines(doc)));
    }
    if (!found.name) {
        found.name = cover_name(doc, cover_head_lines(doc));
    }
    if (!found.name) {
        found.name = cover_name(doc, COVER_LINES);
    }
    if (!found.name) {
        found.name = referred_name(doc);
        found.from_definition = found.name.has_value();
    }
    if (found.name && doc.is_lower_case()) {
        found.name = readable_case(*found.name); // "cellectar biosciences, inc." is no name to show
    }
    found.ticker = ticker(doc);
    if (!found.ticker) {
        found.ticker = table_ticker(doc);
    }
    return found;
}
