// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/text-scan.hpp"

#include "model/filing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

std::string squash(std::string_view s)
{
    // ASCII only, by table: this runs on every line and cell of every filing.
    static auto const table = []() {
        std::array<char, 256> t{};
        for (int c = 'a'; c <= 'z'; ++c) {
            t[static_cast<std::size_t>(c)] = static_cast<char>(c);
            t[static_cast<unsigned char>(c - 'a' + 'A')] = static_cast<char>(c);
        }
        return t;
    }();
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (char const l = table[static_cast<unsigned char>(c)]) {
            out += l;
        }
    }
    return out;
}

namespace {

/// The next row of an edit distance table: `cur[j]` from `prev[j]` once the other text
/// has one more letter `c`. `cur[0]` is the caller's: it says where a match may start.
void next_edit_row(std::string_view needle, char c, std::vector<int> const &prev, std::vector<int> *cur)
{
    auto &row = *cur;
    for (std::size_t j = 1; j <= needle.size(); ++j) {
        int const sub = prev[j - 1] + (needle[j - 1] == c ? 0 : 1);
        row[j] = std::min({sub, prev[j] + 1, row[j - 1] + 1});
    }
}

std::vector<int> first_edit_row(std::string_view needle)
{
    std::vector<int> row(needle.size() + 1);
    for (std::size_t j = 0; j <= needle.size(); ++j) {
        row[j] = static_cast<int>(j);
    }
    return row;
}

/// Approximate substring matching (Sellers): the edit distance of the needle against the
/// best substring of the haystack is at most max_edits.
bool sellers_match(std::string_view hay, std::string_view needle, int max_edits)
{
    auto prev = first_edit_row(needle);
    std::vector<int> cur(needle.size() + 1);
    for (char h : hay) {
        cur[0] = 0; // a match may start anywhere in the haystack
        next_edit_row(needle, h, prev, &cur);
        if (cur[needle.size()] <= max_edits) {
            return true;
        }
        std::swap(prev, cur);
    }
    return false;
}

} // namespace

int edit_distance(std::string_view a, std::string_view b)
{
    auto prev = first_edit_row(b);
    std::vector<int> cur(b.size() + 1);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        next_edit_row(b, a[i - 1], prev, &cur);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

/// Pieces shorter than this occur almost everywhere: searching around each would cost
/// more than searching the whole haystack.
constexpr std::size_t PIECE_MIN = 3;

bool fuzzy_contains(std::string_view hay, std::string_view needle, int max_edits)
{
    if (needle.empty() || hay.find(needle) != std::string_view::npos) {
        return true;
    }
    if (max_edits <= 0 || hay.size() + static_cast<std::size_t>(max_edits) < needle.size()) {
        return false;
    }
    // Pigeonhole: with at most k edits, one of k+1 pieces of the needle occurs unchanged,
    // and a match lies around it. Most lines hold no piece and skip the search; long
    // texts are searched only near the pieces they hold.
    auto const pieces = static_cast<std::size_t>(max_edits) + 1;
    auto const piece = needle.size() / pieces;
    if (piece < PIECE_MIN) {
        return sellers_match(hay, needle, max_edits);
    }
    auto const reach = needle.size() + static_cast<std::size_t>(max_edits);
    for (std::size_t k = 0; k < pieces; ++k) {
        auto const part = needle.substr(k * piece, piece);
        for (auto at = hay.find(part); at != std::string_view::npos; at = hay.find(part, at + 1)) {
            auto const from = at > reach ? at - reach : 0;
            if (sellers_match(hay.substr(from, 2 * reach + piece), needle, max_edits)) {
                return true;
            }
        }
    }
    return false;
}

std::vector<std::string_view> split_words(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    auto const is_space = [&](std::size_t at) { return std::isspace(static_cast<unsigned char>(text[at])) != 0; };
    while (pos < text.size()) {
        while (pos < text.size() && is_space(pos)) {
            ++pos;
        }
        auto const start = pos;
        while (pos < text.size() && !is_space(pos)) {
            ++pos;
        }
        if (pos > start) {
            words.push_back(text.substr(start, pos - start));
        }
    }
    return words;
}

std::vector<std::string_view> split_lines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto const nl = text.find('\n', start);
        if (nl == std::string_view::npos) {
            if (start < text.size()) {
                lines.push_back(text.substr(start));
            }
            break;
        }
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

std::vector<cell_t> split_cells(std::string_view line)
{
    std::vector<cell_t> cells;
    std::size_t pos = 0;
    std::size_t gaps = 0;
    std::size_t tabs = 0;
    std::size_t blank_start = 0;
    while (pos < line.size()) {
        // A separator: any run holding a tab, or two or more spaces.
        std::size_t run = pos;
        std::size_t tabs_in_run = 0;
        while (run < line.size() && (line[run] == ' ' || line[run] == '\t')) {
            tabs_in_run += line[run] == '\t' ? 1 : 0;
            ++run;
        }
        if (run > pos) {
            bool const separator = tabs_in_run > 0 || run - pos >= 2 || pos == 0;
            tabs += tabs_in_run;
            if (separator) {
                gaps += std::max<std::size_t>(1, tabs_in_run);
                pos = run;
                continue;
            }
        }
        // A cell runs to the next separator.
        auto const start = pos;
        while (pos < line.size()) {
            if (line[pos] == '\t') {
                break;
            }
            if (line[pos] == ' ' && pos + 1 < line.size() && (line[pos + 1] == ' ' || line[pos + 1] == '\t')) {
                break;
            }
            ++pos;
        }
        auto const text = trim(line.substr(start, pos - start));
        if (!text.empty()) {
            cells.push_back(cell_t{std::string{text}, start, gaps, tabs,
                                   std::string{line.substr(blank_start, start - blank_start)}});
        }
        gaps = 0;
        blank_start = pos;
    }
    return cells;
}

std::size_t tab_field_count(std::string_view line) noexcept
{
    return static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
}

namespace {

/// Length of a footnote mark "(12)" or "(F12)" ending at `end` in `s`, or 0.
std::size_t mark_before(std::string_view s, std::size_t end) noexcept
{
    if (end == 0 || s[end - 1] != ')') {
        return 0;
    }
    std::size_t p = end - 1;
    std::size_t digits = 0;
    while (p > 0 && std::isdigit(static_cast<unsigned char>(s[p - 1]))) {
        --p;
        ++digits;
    }
    if (digits == 0 || digits > FOOTNOTE_DIGITS_MAX) {
        return 0;
    }
    if (p > 0 && (s[p - 1] == 'F' || s[p - 1] == 'f')) {
        --p;
    }
    if (p == 0 || s[p - 1] != '(') {
        return 0;
    }
    return end - (p - 1);
}

/// The footnote id of a mark "(F12)", "(01)".
std::string mark_id(std::string_view mark)
{
    std::string digits;
    for (char c : mark) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
        }
    }
    return footnote_id(digits);
}

bool is_date_text(std::string_view s) noexcept { return date_t::parse(s).has_value(); }

} // namespace

std::string strip_marks(std::string_view text, std::vector<std::string> *marks)
{
    text = trim(text);
    std::vector<std::string> found;
    std::size_t end = text.size();
    while (true) {
        while (end > 0 && text[end - 1] == ' ') {
            --end;
        }
        auto const len = mark_before(text, end);
        if (len == 0) {
            break;
        }
        found.push_back(mark_id(text.substr(end - len, len)));
        end -= len;
    }
    std::reverse(found.begin(), found.end());
    if (marks != nullptr) {
        for (auto &m : found) {
            if (std::find(marks->begin(), marks->end(), m) == marks->end()) {
                marks->push_back(std::move(m));
            }
        }
    }
    return std::string{trim(text.substr(0, end))};
}

bool is_marks_only(std::string_view text) noexcept
{
    text = trim(text);
    if (text.empty()) {
        return false;
    }
    std::vector<std::string> marks;
    return strip_marks(text, &marks).empty() && !marks.empty();
}

token_kind_t classify(std::string_view text) noexcept
{
    text = trim(text);
    if (text.empty()) {
        return token_kind_t::text;
    }
    if (is_marks_only(text)) {
        return token_kind_t::marks;
    }
    if (is_date_text(text)) {
        return token_kind_t::date;
    }
    if (text.size() == 1 && std::isupper(static_cast<unsigned char>(text[0]))) {
        return token_kind_t::letter;
    }
    bool const dollar = text.find('$') != std::string_view::npos;
    if (decimal_t::parse(text)) {
        return dollar ? token_kind_t::money : token_kind_t::number;
    }
    return token_kind_t::text;
}

namespace {

/// Glues values that OCR broke apart: "40," "596" -> "40,596"; "$" "1.68" -> "$1.68";
/// "12/08/" "2023" -> "12/08/2023". A footnote mark written apart from its value joins it.
std::vector<std::string> glue_broken_values(std::vector<std::string_view> const &words)
{
    std::vector<std::string> glued;
    for (auto const w : words) {
        if (!glued.empty()) {
            auto &last = glued.back();
            bool const digit_next = std::isdigit(static_cast<unsigned char>(w[0])) != 0;
            bool const open = last == "$" || (last.size() > 1 && (last.back() == ',' || last.back() == '/') &&
                                              std::isdigit(static_cast<unsigned char>(last[last.size() - 2])));
            if (digit_next && open) {
                last += w;
                continue;
            }
            if (is_marks_only(w)) {
                last += ' ';
                last += w;
                continue;
            }
        }
        glued.emplace_back(w);
    }
    return glued;
}

/// Splits a cell that mixes words and values into value tokens and runs of words.
/// Values are split off only at the start or the end of a cell: a value between words
/// belongs to the text ("Class B Common Stock, $0.0001 par value"), and a single capital
/// letter after words is part of them ("Series A") unless values follow it.
std::vector<std::string> split_mixed(std::string_view cell)
{
    auto const glued = glue_broken_values(split_words(cell));
    auto const is_value = [&](std::size_t i) { return classify(strip_marks(glued[i], nullptr)) != token_kind_t::text; };
    std::size_t lead = 0;
    while (lead < glued.size() && is_value(lead)) {
        ++lead;
    }
    std::size_t trail = glued.size();
    while (trail > lead && is_value(trail - 1)) {
        --trail;
    }
    // A lone capital letter ending the words, with nothing after it, is theirs ("Series A").
    if (trail > lead && trail + 1 == glued.size() &&
        classify(strip_marks(glued[trail], nullptr)) == token_kind_t::letter) {
        ++trail;
    }
    auto const at = [&](std::size_t i) { return glued.begin() + static_cast<std::ptrdiff_t>(i); };
    std::vector<std::string> out{glued.begin(), at(lead)};
    if (trail > lead) {
        out.push_back(fmt::format("{}", fmt::join(at(lead), at(trail), " ")));
    }
    out.insert(out.end(), at(trail), glued.end());
    return out;
}

} // namespace

std::string collapse_spaces(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += c;
    }
    return out;
}

bool is_date_word(std::string_view text)
{
    auto const s = squash(text);
    return s == "immediately" || s == "immed" || s == "immediate" || s == "currently" || s == "na" || s == "none" ||
           s == "currentlyexercisable" || s == "exercisable" || trim(text) == "-" || trim(text) == "--";
}

std::vector<token_t> tokenize_row(std::string_view line)
{
    std::vector<token_t> tokens;
    for (auto const &cell : split_cells(line)) {
        std::vector<std::string> parts;
        std::vector<std::string> cell_marks;
        auto const bare = strip_marks(cell.text, &cell_marks);
        auto const kind = classify(cell.text);
        if (kind == token_kind_t::text && bare.find(' ') != std::string::npos) {
            parts = split_mixed(cell.text);
        } else {
            parts.push_back(cell.text);
        }
        bool first = true;
        for (auto const &part : parts) {
            token_t t;
            t.text = strip_marks(part, &t.marks);
            t.kind = t.text.empty() && !t.marks.empty() ? token_kind_t::marks : classify(t.text);
            t.tab_index = cell.tab_index;
            t.column = cell.column;
            t.gap = first ? cell.gap : 0;
            t.separator = first ? cell.separator : " ";
            t.whole_cell = parts.size() == 1;
            first = false;
            tokens.push_back(std::move(t));
        }
    }
    // Consecutive text cells one gap apart are one value cut in two ("100 CAMPUS" "DRIVE",
    // "Class A Common" "Stock"); marks of the first stay with the joined text.
    std::vector<token_t> merged;
    for (auto &t : tokens) {
        if (!merged.empty() && t.kind == token_kind_t::text && merged.back().kind == token_kind_t::text &&
            merged.back().marks.empty() && t.gap <= 1 && !is_date_word(t.text)) {
            // Keep a run of spaces as it was ("Class A  Common Stock"); a tab was a gap.
            bool const spaces = !t.separator.empty() && t.separator.find('\t') == std::string::npos;
            merged.back().text += spaces ? t.separator : " ";
            merged.back().text += t.text;
            merged.back().marks = std::move(t.marks);
            merged.back().continues_text = true;
            continue;
        }
        merged.push_back(std::move(t));
    }
    return merged;
}
