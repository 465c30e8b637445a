// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/firm-names.hpp"

#include "parse/prose-scan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// Words that end a company's name, as written (lower case, without trailing commas).
constexpr std::array<std::string_view, 27> CORPORATE_SUFFIXES{
    "llc",   "l.l.c.", "inc.", "inc", "incorporated", "co.",  "corp.",  "corp",   "corporation",
    "l.p.",  "lp",     "ltd.", "ltd", "limited",      "plc",  "p.l.c.", "llp",    "company",
    "ltda.", "s.a.",   "n.v.", "ag",  "n.a.",         "lllp", "pllc",   "s.p.a.", "l.l.p."};

/// Suffixes and words of firms' names written in capitals: "LLC", "L.P.", "(USA)".
constexpr std::array<std::string_view, 12> CAPITAL_WORDS{"llc",  "l.l.c.", "llp",  "lp",    "l.p.", "plc",
                                                         "n.a.", "lllp",   "pllc", "(usa)", "usa",  "ag"};

/// Words that cannot be part of a firm's name: they end the backward walk from a suffix.
constexpr std::array<std::string_view, 75> STOP_WORDS{"with",
                                                      "and",
                                                      "or",
                                                      "through",
                                                      "by",
                                                      "to",
                                                      "among",
                                                      "between",
                                                      "including",
                                                      "as",
                                                      "from",
                                                      "under",
                                                      "via",
                                                      "our",
                                                      "we",
                                                      "us",
                                                      "of",
                                                      "the",
                                                      "a",
                                                      "an",
                                                      "its",
                                                      "their",
                                                      "each",
                                                      "either",
                                                      "neither",
                                                      "agent",
                                                      "agents",
                                                      "agreement",
                                                      "agreements",
                                                      "dated",
                                                      "party",
                                                      "parties",
                                                      "into",
                                                      "on",
                                                      "in",
                                                      "for",
                                                      "is",
                                                      "are",
                                                      "was",
                                                      "were",
                                                      "be",
                                                      "will",
                                                      "may",
                                                      "has",
                                                      "have",
                                                      "had",
                                                      "that",
                                                      "which",
                                                      "who",
                                                      "if",
                                                      "any",
                                                      "other",
                                                      "affiliate",
                                                      "affiliates",
                                                      "also",
                                                      "such",
                                                      "certain",
                                                      "entered",
                                                      "respectively",
                                                      "accordingly",
                                                      "additionally",
                                                      "however",
                                                      "therefore",
                                                      "currently",
                                                      "previously",
                                                      "separately",
                                                      "thereafter",
                                                      "subsequently",
                                                      "further",
                                                      "finally",
                                                      "together",
                                                      "namely",
                                                      "sales",
                                                      "manager",
                                                      "managers"};

/// Nouns of documents and laws: a run holding one is not a firm's name.
constexpr std::array<std::string_view, 9> DOCUMENT_NOUNS{
    "agreement", "prospectus", "supplement", "act", "commission", "rule", "exchange", "form", "statement"};

/// Words that end a firm's name without a suffix ("B. Riley Securities, Roth Capital Partners,
/// LLC" is two firms): a comma after one of them is not inside a name.
constexpr std::array<std::string_view, 14> FIRM_NOUNS{"securities", "capital",  "partners",      "markets",  "group",
                                                      "associates", "advisors", "financial",     "holdings", "bank",
                                                      "trading",    "americas", "international", "global"};

/// The most words a firm's name has before its suffix ("Merrill Lynch, Pierce, Fenner &
/// Smith Incorporated" has six).
constexpr std::size_t MAX_NAME_WORDS = 8;

/// Shorter names are abbreviations or fragments ("Co.", "LP").
constexpr std::size_t MIN_NAME_CHARS = 4;

/// Firms acting as sales agents whose legal name has no corporate suffix: found by name.
constexpr std::array<std::string_view, 1> NAMES_WITHOUT_SUFFIX{"a.g.p./alliance global partners"};

struct token_t
{
    std::string_view text;
    std::size_t begin = 0;
};

std::vector<token_t> tokens_of(std::string_view text)
{
    std::vector<token_t> tokens;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos] == ' ') {
            ++pos;
        }
        auto const start = pos;
        while (pos < text.size() && text[pos] != ' ') {
            ++pos;
        }
        if (pos > start) {
            tokens.push_back(token_t{text.substr(start, pos - start), start});
        }
    }
    return tokens;
}

/// A token in lower case without the punctuation around it: "Inc.," -> "inc.".
std::string bare(std::string_view token)
{
    auto t = lower(token);
    while (!t.empty() && (t.front() == '(' || t.front() == '"' || t.front() == '\'')) {
        t.erase(0, 1);
    }
    while (!t.empty() &&
           (t.back() == ',' || t.back() == ';' || t.back() == ':' || t.back() == '"' || t.back() == '\'')) {
        t.pop_back();
    }
    return t;
}

template <std::size_t N>
bool is_in(std::array<std::string_view, N> const &table, std::string_view word)
{
    return std::find(table.begin(), table.end(), word) != table.end();
}

bool has_quote(std::string_view token) { return token.find('"') != std::string_view::npos; }

bool starts_capital(std::string_view token)
{
    auto const first = token.find_first_not_of("(\"'");
    return first != std::string_view::npos && std::isupper(static_cast<unsigned char>(token[first])) != 0;
}

/// "Cowen and Company, LLC": an "and" before "Company" belongs to the name.
bool and_in_name(std::vector<token_t> const &tokens, std::size_t k)
{
    if (k + 1 >= tokens.size()) {
        return false;
    }
    auto const next = bare(tokens[k + 1].text);
    return next == "company" || next == "co." || next == "sons";
}

/// Walks back from the first suffix of a name; returns the index of its first word.
std::size_t name_start(std::vector<token_t> const &tokens, std::size_t first_suffix, bool any_case, bool *inner_comma)
{
    std::size_t start = first_suffix;
    while (start > 0 && first_suffix - start < MAX_NAME_WORDS) {
        auto const tok = tokens[start - 1].text;
        auto const word = bare(tok);
        bool const ends_list = tok.back() == ';' || tok.back() == ':' || has_quote(tok) || word.ends_with("'s");
        if (ends_list || is_corporate_suffix(tok)) {
            break;
        }
        bool const joins = word == "&" || (word == "and" && and_in_name(tokens, start - 1));
        // "with The Benchmark Company, LLC": a capital "The" inside a sentence starts the name.
        if (!any_case && tok == "The" && start - 1 > 0) {
            --start;
            break;
        }
        if (!joins && (is_in(STOP_WORDS, word) || (!any_case && !starts_capital(tok)))) {
            break;
        }
        if (tok.back() == ',' && start - 1 + 1 < first_suffix) {
            *inner_comma = true;
        }
        --start;
    }
    return start;
}

/// A name with a comma inside ("Stifel, Nicolaus & Company") is taken whole only when no
/// document noun is in it; else from after its last inner comma ("Agreement, Jefferies LLC").
std::size_t checked_start(std::vector<token_t> const &tokens, std::size_t start, std::size_t first_suffix)
{
    std::size_t last_comma = start;
    bool noun = false;
    std::size_t firm_end = start;
    for (std::size_t k = start; k < first_suffix; ++k) {
        auto const word = bare(tokens[k].text);
        noun = noun || is_in(DOCUMENT_NOUNS, word);
        if (tokens[k].text.back() == ',' && k + 1 < first_suffix) {
            last_comma = k + 1;
            firm_end = is_in(FIRM_NOUNS, word) ? k + 1 : firm_end;
        }
    }
    return noun ? last_comma : firm_end;
}

std::string clean_name(std::string name)
{
    while (!name.empty() && (name.front() == '(' || name.front() == '"')) {
        name.erase(0, 1);
    }
    while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == ':' || name.back() == '"')) {
        name.pop_back();
    }
    if (!name.empty() && name.back() == ')' &&
        std::count(name.begin(), name.end(), '(') < std::count(name.begin(), name.end(), ')')) {
        name.pop_back();
    }
    // "LLC." at the end of a sentence: the full stop is the sentence's.
    auto const space = name.rfind(' ');
    auto const last = lower(std::string_view{name}.substr(space == std::string::npos ? 0 : space + 1));
    if (!last.empty() && last.back() == '.' && !is_in(CORPORATE_SUFFIXES, last)) {
        name.pop_back();
    }
    return name;
}

/// Index of the last suffix of the chain starting at `i` ("& Co. Inc.", "Company, LLC").
std::size_t chain_end(std::vector<token_t> const &tokens, std::size_t i)
{
    while (i + 1 < tokens.size() && is_corporate_suffix(tokens[i + 1].text) && tokens[i].text.back() != ';' &&
           tokens[i].text.back() != ')') {
        ++i;
    }
    return i;
}

/// Adds the firms of NAMES_WITHOUT_SUFFIX the sentence names, in the order of the sentence.
void add_names_without_suffix(std::string_view sentence, std::vector<firm_name_t> *names)
{
    auto const same = [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
    };
    bool added = false;
    for (auto const known : NAMES_WITHOUT_SUFFIX) {
        for (auto it = std::search(sentence.begin(), sentence.end(), known.begin(), known.end(), same);
             it != sentence.end(); it = std::search(it + 1, sentence.end(), known.begin(), known.end(), same)) {
            auto const at = static_cast<std::size_t>(it - sentence.begin());
            names->push_back(firm_name_t{std::string{sentence.substr(at, known.size())}, at, at + known.size()});
            added = true;
        }
    }
    if (added) {
        std::stable_sort(names->begin(), names->end(), [](auto const &a, auto const &b) { return a.begin < b.begin; });
    }
}

} // namespace

bool is_corporate_suffix(std::string_view token)
{
    auto const t = bare(token);
    return is_in(CORPORATE_SUFFIXES, t) ||
           (t.size() > 1 && t.back() == '.' && is_in(CORPORATE_SUFFIXES, std::string_view{t}.substr(0, t.size() - 1)));
}

std::vector<firm_name_t> firm_names(std::string_view sentence, bool any_case)
{
    auto const tokens = tokens_of(sentence);
    std::vector<firm_name_t> names;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!is_corporate_suffix(tokens[i].text)) {
            continue;
        }
        auto const first_suffix = i;
        i = chain_end(tokens, i);
        bool inner_comma = false;
        auto start = name_start(tokens, first_suffix, any_case, &inner_comma);
        if (inner_comma) {
            start = checked_start(tokens, start, first_suffix);
        }
        // "Ladenburg Thalmann & Co. Inc., or Ladenburg, B. Riley Securities, Inc.": after
        // "or", the words up to a comma are a short name, not the start of the next.
        if (inner_comma && start > 0 && bare(tokens[start - 1].text) == "or") {
            while (start < first_suffix && tokens[start].text.back() != ',') {
                ++start;
            }
            ++start;
        }
        if (start == first_suffix) {
            continue; // a suffix alone: "the Company"
        }
        auto const from = tokens[start].begin;
        auto const to = tokens[i].begin + tokens[i].text.size();
        auto name = clean_name(std::string{sentence.substr(from, to - from)});
        if (name.size() >= MIN_NAME_CHARS) {
            names.push_back(firm_name_t{std::move(name), from, to});
        }
    }
    add_names_without_suffix(sentence, &names);
    return names;
}

bool is_company_name(std::string_view text)
{
    auto const tokens = tokens_of(text);
    if (tokens.size() < 2 || tokens.size() > MAX_NAME_WORDS + 2 || !is_corporate_suffix(tokens.back().text)) {
        return false;
    }
    auto const first = bare(tokens.front().text);
    if (first == "a" || first == "an" || text.find('$') != std::string_view::npos) {
        return false;
    }
    bool const any_case = lower(text) == text;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        auto const word = bare(tokens[k].text);
        bool const digit =
            std::isdigit(static_cast<unsigned char>(tokens[k].text.front())) != 0; // "22nd Century Group, Inc."
        if (is_in(DOCUMENT_NOUNS, word) || (!any_case && !starts_capital(tokens[k].text) && !digit && word != "&" &&
                                            word != "and" && word != "of" && word != "de")) {
            return false;
        }
    }
    return true;
}

bool is_bank_name(std::string_view name)
{
    auto const low = lower(name);
    return low.find("n.a.") != std::string::npos || low.find("national association") != std::string::npos ||
           low.find("bank,") != std::string::npos || low.ends_with(" bank");
}

std::string readable_case(std::string_view lower_name)
{
    std::string out{lower_name};
    bool word_start = true;
    for (auto &c : out) {
        if (word_start && std::isalpha(static_cast<unsigned char>(c)) != 0) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        // "h.c. wainwright" -> "H.C. Wainwright": a letter after a space, a period or a hyphen.
        word_start = c == ' ' || c == '.' || c == '-' || c == '(' || c == '&';
    }
    std::size_t start = 0;
    while (start < out.size()) {
        auto end = out.find(' ', start);
        end = end == std::string::npos ? out.size() : end;
        auto const word = bare(std::string_view{out}.substr(start, end - start));
        if (is_in(CAPITAL_WORDS, word)) {
            std::transform(out.begin() + static_cast<std::ptrdiff_t>(start),
                           out.begin() + static_cast<std::ptrdiff_t>(end),
                           out.begin() + static_cast<std::ptrdiff_t>(start),
                           [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
        }
        start = end + 1;
    }
    return out;
}
