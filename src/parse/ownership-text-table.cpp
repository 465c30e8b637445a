// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-text-table.hpp"

#include "parse/text-scan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

namespace {

/// What a column of a table holds.
enum class col_t : std::uint8_t
{
    title,
    transaction_date,
    deemed_date,
    code,
    v,
    amount,
    acquired_disposed,
    price,
    exercise_price,
    owned_after,
    ownership,
    nature,
    exercisable_date,
    expiration_date,
    underlying_title,
    underlying_amount
};

struct layout_t
{
    std::vector<col_t> columns;    ///< in the order the form prints them
    std::vector<int> tab_position; ///< field index of each column when tabs are faithful
    std::size_t tab_fields;        ///< number of tab fields of a faithful row
    bool derivative;
    bool initial; ///< Form 3: every row is a holding
};

/// The tab fields of the (A) and (D) amount columns of Table II on Forms 4 and 5.
constexpr int ACQUIRED_AMOUNT_FIELD = 6;
constexpr int DISPOSED_AMOUNT_FIELD = 7;

layout_t const &layout_of(table_layout_t layout)
{
    using c = col_t;
    // Table II of Forms 4 and 5 has two amount columns, (A) and (D), at fields 6 and 7;
    // they are one column here and told apart afterwards.
    static layout_t const changes_nd{{c::title, c::transaction_date, c::deemed_date, c::code, c::v, c::amount,
                                      c::acquired_disposed, c::price, c::owned_after, c::ownership, c::nature},
                                     {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                                     11,
                                     false,
                                     false};
    static layout_t const changes_d{{c::title, c::exercise_price, c::transaction_date, c::deemed_date, c::code, c::v,
                                     c::amount, c::exercisable_date, c::expiration_date, c::underlying_title,
                                     c::underlying_amount, c::price, c::owned_after, c::ownership, c::nature},
                                    {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15},
                                    16,
                                    true,
                                    false};
    static layout_t const initial_nd{{c::title, c::owned_after, c::ownership, c::nature}, {0, 1, 2, 3}, 4, false, true};
    static layout_t const initial_d{{c::title, c::exercisable_date, c::expiration_date, c::underlying_title,
                                     c::underlying_amount, c::exercise_price, c::ownership, c::nature},
                                    {0, 1, 2, 3, 4, 5, 6, 7},
                                    8,
                                    true,
                                    true};
    switch (layout) {
    case table_layout_t::changes_non_derivative: return changes_nd;
    case table_layout_t::changes_derivative: return changes_d;
    case table_layout_t::initial_non_derivative: return initial_nd;
    case table_layout_t::initial_derivative: break;
    }
    return initial_d;
}

constexpr double NO = -std::numeric_limits<double>::infinity();

// How well a token fits a column. The alignment keeps the placement of a row's tokens with
// the highest total, so what matters is how the scores of one token compare where two
// columns could take it.

/// A value of the column's own kind: words in a title, a date in a date column, money in
/// a price. The highest score, so that a row's values go where they belong first.
constexpr double OWN_KIND = 3.0;
/// A date in the deemed execution date: below the transaction date, so that a row's only
/// date is its transaction date.
constexpr double DEEMED_DATE = 2.5;
/// "A"/"D" and "D"/"I" in their columns: above a transaction code, which they can also be.
constexpr double DIRECTION_LETTER = 2.5;
/// "V" after the code: above the code, which it can also be.
constexpr double SWAP_LETTER = 2.2;
constexpr double CODE_LETTER = 2.0;
/// A number in the amount of a row that reports a transaction (a date or a code): above
/// the amount owned after it, so that the first of two numbers is the amount.
constexpr double TRANSACTION_AMOUNT = 2.5;
/// A number in the amount of a holding: below the amount owned, so that the one number of
/// a holding is what is owned.
constexpr double HOLDING_AMOUNT = 1.8;
constexpr double OWNED_AMOUNT = 2.2;
/// A plain number in a price column, or "Immediately" and the like in a date column of
/// Table II: possible, below the column's own kind.
constexpr double STAND_IN = 1.0;
// Footnote marks alone (the value is given in a footnote) fit many columns; they go
// where the form most often writes a value as a footnote: exercise and expiration dates
// first, then amounts and prices, then the transaction date, the deemed date and the
// nature of ownership.
constexpr double MARKS_FOR_DATE_OF_RIGHT = 1.0;
constexpr double MARKS_FOR_AMOUNT = 0.5;
constexpr double MARKS_FOR_TRANSACTION_DATE = 0.4;
constexpr double MARKS_FOR_DEEMED_DATE = 0.3;
constexpr double MARKS_FOR_NATURE = 0.3;
/// Money in an amount column: a dollar sign OCR put there, kept only when nothing else fits.
constexpr double MONEY_AS_AMOUNT = 0.2;
/// A cell that fits no column is left out, with a warning. Leaving one out costs more
/// than any placement earns (OWN_KIND), so that it happens only when no placement of the
/// row's cells in order keeps it.
constexpr double SKIP_TOKEN = -4.0;

/// The transaction codes of Forms 4 and 5 (General Instruction 8).
constexpr std::string_view CODE_LETTERS = "PSVADFIMCEHOXGLWZJKU";

/// Scores of an amount column: a number, money by mistake, or a footnote.
double amount_fit(token_kind_t kind, double number)
{
    switch (kind) {
    case token_kind_t::number: return number;
    case token_kind_t::money: return MONEY_AS_AMOUNT;
    case token_kind_t::marks: return MARKS_FOR_AMOUNT;
    default: return NO;
    }
}

/// Scores of a letter column: the letters it takes, or nothing. A letter token is one
/// capital letter (classify()).
double letter_fit(token_t const &t, std::string_view letters, double score)
{
    return t.kind == token_kind_t::letter && letters.find(t.text[0]) != std::string_view::npos ? score : NO;
}

/// Scores of a date column: a date, or footnote marks.
double date_fit(token_kind_t kind, double date, double marks)
{
    return kind == token_kind_t::date ? date : kind == token_kind_t::marks ? marks : NO;
}

/// How well a token fits a column: NO when it cannot be there. `has_transaction` tells
/// whether the row reports a transaction (it has a date or a code), which makes an
/// amount likelier than a holding.
double fit(token_t const &t, col_t col, bool has_transaction)
{
    using k = token_kind_t;
    switch (col) {
    case col_t::title:
    case col_t::underlying_title: return t.kind == k::text ? OWN_KIND : NO;
    case col_t::nature: return t.kind == k::text ? OWN_KIND : t.kind == k::marks ? MARKS_FOR_NATURE : NO;
    case col_t::transaction_date: return date_fit(t.kind, OWN_KIND, MARKS_FOR_TRANSACTION_DATE);
    case col_t::deemed_date: return date_fit(t.kind, DEEMED_DATE, MARKS_FOR_DEEMED_DATE);
    case col_t::exercisable_date:
    case col_t::expiration_date:
        if (t.kind == k::text) {
            return is_date_word(t.text) ? STAND_IN : NO;
        }
        return date_fit(t.kind, OWN_KIND, MARKS_FOR_DATE_OF_RIGHT);
    case col_t::code: return letter_fit(t, CODE_LETTERS, CODE_LETTER);
    case col_t::v: return letter_fit(t, "V", SWAP_LETTER);
    case col_t::acquired_disposed: return letter_fit(t, "AD", DIRECTION_LETTER);
    case col_t::ownership: return letter_fit(t, "DI", DIRECTION_LETTER);
    case col_t::amount: return amount_fit(t.kind, has_transaction ? TRANSACTION_AMOUNT : HOLDING_AMOUNT);
    case col_t::owned_after:
    case col_t::underlying_amount: return amount_fit(t.kind, OWNED_AMOUNT);
    case col_t::price:
    case col_t::exercise_price:
        if (t.kind == k::money) {
            return OWN_KIND;
        }
        return t.kind == k::number ? STAND_IN : t.kind == k::marks ? MARKS_FOR_AMOUNT : NO;
    }
    return NO;
}

/// Column index of each token (-1: fits nowhere), by dynamic programming over the order
/// of tokens and columns: every token goes to a later column than the one before it.
std::vector<int> align(std::vector<token_t> const &tokens, layout_t const &layout, bool has_transaction)
{
    auto const m = tokens.size();
    auto const n = layout.columns.size();
    std::vector<std::vector<double>> best(m + 1, std::vector<double>(n + 1, NO));
    std::vector<std::vector<int>> from(m + 1, std::vector<int>(n + 1, 0)); // 0 skip col, 1 assign, 2 skip token
    best[0][0] = 0;
    for (std::size_t i = 0; i <= m; ++i) {
        for (std::size_t j = 0; j <= n; ++j) {
            if (best[i][j] == NO) {
                continue;
            }
            if (j < n && best[i][j] > best[i][j + 1]) {
                best[i][j + 1] = best[i][j];
                from[i][j + 1] = 0;
            }
            if (i < m && j < n) {
                auto const s = fit(tokens[i], layout.columns[j], has_transaction);
                if (s != NO && best[i][j] + s > best[i + 1][j + 1]) {
                    best[i + 1][j + 1] = best[i][j] + s;
                    from[i + 1][j + 1] = 1;
                }
            }
            if (i < m && best[i][j] + SKIP_TOKEN > best[i + 1][j]) {
                best[i + 1][j] = best[i][j] + SKIP_TOKEN;
                from[i + 1][j] = 2;
            }
        }
    }
    std::vector<int> assignment(m, -1);
    std::size_t i = m;
    std::size_t j = n;
    while (i > 0 || j > 0) {
        switch (from[i][j]) {
        case 1:
            assignment[i - 1] = static_cast<int>(j - 1);
            --i;
            --j;
            break;
        case 2: --i; break;
        default: --j; break;
        }
    }
    return assignment;
}

/// Column index of each token from the tab positions, when the row has exactly the tab
/// fields of the form and every value fits its column; empty otherwise.
std::vector<int> align_by_tabs(std::string_view line, std::vector<token_t> const &tokens, layout_t const &layout,
                               bool has_transaction)
{
    if (tab_field_count(line) != layout.tab_fields) {
        return {};
    }
    std::vector<int> assignment;
    for (auto const &t : tokens) {
        if (!t.whole_cell || t.continues_text) {
            return {}; // a tab field held several values: the tabs are not the whole story
        }
        auto const pos = static_cast<int>(t.tab_index);
        // Table II's (D) amount column has no column of its own here: it is the amount.
        bool const disposed = layout.derivative && !layout.initial && pos == DISPOSED_AMOUNT_FIELD;
        int const field = disposed ? ACQUIRED_AMOUNT_FIELD : pos;
        auto const it = std::find(layout.tab_position.begin(), layout.tab_position.end(), field);
        if (it == layout.tab_position.end()) {
            return {};
        }
        auto const col = static_cast<int>(it - layout.tab_position.begin());
        if (fit(t, layout.columns[static_cast<std::size_t>(col)], has_transaction) == NO) {
            return {};
        }
        if (!assignment.empty() && col <= assignment.back()) {
            return {};
        }
        assignment.push_back(col);
    }
    return assignment;
}

/// Whether a Table II amount was acquired or disposed of, from the transaction code when
/// the tab positions cannot tell: exercises, conversions and sales dispose of the
/// derivative security, grants and purchases acquire it.
char derivative_direction(std::optional<std::string> const &code)
{
    if (!code || code->empty()) {
        return 'A';
    }
    return std::string_view{"DFSMCEHOXGUZ"}.find((*code)[0]) != std::string_view::npos ? 'D' : 'A';
}

void add_marks(ownership_row_t *row, row_field_t field, std::vector<std::string> const &marks)
{
    for (auto const &m : marks) {
        row->add_footnote(field, m);
    }
}

bool row_has_transaction(std::vector<token_t> const &tokens)
{
    bool date = false;
    bool letter = false;
    for (auto const &t : tokens) {
        date = date || t.kind == token_kind_t::date;
        letter = letter || (t.kind == token_kind_t::letter && t.text != "D" && t.text != "I");
    }
    return date || letter;
}

/// A data line of a table, aligned to the columns.
struct aligned_row_t
{
    ownership_row_t row;
    bool has_title = false;
    bool ends_with_nature = false;
    bool by_tabs = false;                  ///< placed by its tab positions
    std::optional<std::size_t> amount_tab; ///< tab field of the amount
};

/// The row field a column's footnote marks stand beside.
row_field_t marks_field_of(col_t col) noexcept
{
    switch (col) {
    case col_t::title: return row_field_t::security_title;
    case col_t::transaction_date: return row_field_t::transaction_date;
    case col_t::deemed_date: return row_field_t::deemed_execution_date;
    case col_t::code:
    case col_t::v: return row_field_t::code;
    case col_t::amount: return row_field_t::shares;
    case col_t::acquired_disposed: return row_field_t::acquired_disposed;
    case col_t::price: return row_field_t::price;
    case col_t::exercise_price: return row_field_t::exercise_price;
    case col_t::owned_after: return row_field_t::shares_owned_after;
    case col_t::ownership: return row_field_t::ownership;
    case col_t::nature: return row_field_t::nature_of_ownership;
    case col_t::exercisable_date: return row_field_t::exercisable_date;
    case col_t::expiration_date: return row_field_t::expiration_date;
    case col_t::underlying_title: return row_field_t::underlying_title;
    case col_t::underlying_amount: return row_field_t::underlying_shares;
    }
    return row_field_t::security_title;
}

/// The row field whose value a column holds: its marks' field, but for the V column, whose
/// marks belong to the code.
row_field_t value_field_of(col_t col) noexcept
{
    return col == col_t::v ? row_field_t::equity_swap : marks_field_of(col);
}

// A row field's value from a table cell, by the field's type (see ROW_FIELDS).
void set_value(std::string *out, token_t const &t) { *out = t.text; }
void set_value(std::optional<std::string> *out, token_t const &t) { *out = t.text; }
void set_value(std::optional<decimal_t> *out, token_t const &t) { *out = decimal_t::parse(t.text); }
void set_value(std::optional<date_t> *out, token_t const &t) { *out = date_t::parse(t.text); }
void set_value(std::optional<char> *out, token_t const &t) { *out = t.text[0]; }
void set_value(bool *out, token_t const & /*t*/) { *out = true; } // the V column: an equity swap
void set_value(row_kind_t * /*out*/, token_t const & /*t*/) {}    // no column: settle_row_kind tells

/// Puts a token's value into the field of its column, and its marks beside it.
void place_token(token_t const &t, col_t col, aligned_row_t *out)
{
    auto &row = out->row;
    if (t.kind != token_kind_t::marks) { // a cell of footnote marks alone holds no value
        visit_row_field(row, value_field_of(col), [&](auto &value) { set_value(&value, t); });
    }
    add_marks(&row, marks_field_of(col), t.marks);
    // What a column tells beyond its value.
    if (col == col_t::title) {
        out->has_title = !t.text.empty();
    } else if (col == col_t::amount) {
        out->amount_tab = t.tab_index;
    } else if (col == col_t::nature && t.kind == token_kind_t::text) {
        out->ends_with_nature = true;
    }
}

/// Transaction or holding, and for Table II whether the amount was acquired or disposed
/// of, which it shows by the column it is in rather than by a letter.
void settle_row_kind(layout_t const &layout, aligned_row_t *out)
{
    auto &row = out->row;
    if (layout.initial) {
        row.kind = row_kind_t::holding;
        return;
    }
    bool const footnoted_amount = row.footnotes.contains(row_field_t::shares);
    bool const transaction =
        row.transaction_date || row.code || row.shares || row.acquired_disposed || row.price || footnoted_amount;
    row.kind = transaction ? row_kind_t::transaction : row_kind_t::holding;
    if (!layout.derivative || row.kind != row_kind_t::transaction) {
        return;
    }
    if (!row.acquired_disposed) {
        if (out->by_tabs && out->amount_tab) {
            row.acquired_disposed = *out->amount_tab == DISPOSED_AMOUNT_FIELD ? 'D' : 'A';
        } else if (row.shares || footnoted_amount) {
            row.acquired_disposed = derivative_direction(row.code);
        }
    }
    if (!row.shares && row.acquired_disposed && !footnoted_amount) {
        row.acquired_disposed.reset(); // nothing was acquired or disposed of in the row
    }
}

aligned_row_t build_row(std::string_view line, std::vector<token_t> const &tokens, layout_t const &layout,
                        std::vector<std::string> *warnings)
{
    bool const has_transaction = !layout.initial && row_has_transaction(tokens);
    auto assignment = align_by_tabs(line, tokens, layout, has_transaction);
    aligned_row_t out;
    out.by_tabs = !assignment.empty();
    if (!out.by_tabs) {
        assignment = align(tokens, layout, has_transaction);
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (assignment[i] < 0) {
            warnings->push_back("a table cell fits no column and was left out: '" + tokens[i].text + "'");
            continue;
        }
        place_token(tokens[i], layout.columns[static_cast<std::size_t>(assignment[i])], &out);
    }
    settle_row_kind(layout, &out);
    return out;
}

bool is_text_only(std::vector<token_t> const &tokens)
{
    return !tokens.empty() &&
           std::all_of(tokens.begin(), tokens.end(), [](token_t const &t) { return t.kind == token_kind_t::text; });
}

/// Whether a wrapped line reads as the start of the next row's title rather than the end of
/// the previous row: it leaves a parenthesis open or ends on a joining word.
bool looks_unfinished(std::string_view text)
{
    auto const open = std::count(text.begin(), text.end(), '(');
    auto const close = std::count(text.begin(), text.end(), ')');
    if (open > close) {
        return true;
    }
    auto const space = text.rfind(' ');
    auto const last = squash(space == std::string_view::npos ? text : text.substr(space + 1));
    for (std::string_view w : {"to", "of", "and", "for", "the", "in", "on", "right", "with", "a"}) {
        if (last == w) {
            return true;
        }
    }
    return !text.empty() && (text.back() == '-' || text.back() == ',');
}

bool looks_continued(std::string_view text)
{
    return !text.empty() && (std::islower(static_cast<unsigned char>(text[0])) || text[0] == ')');
}

/// Appends a wrapped line to a value: the line break stays, as the document has it.
void append_text(std::optional<std::string> *field, std::string_view more)
{
    if (*field && !(*field)->empty()) {
        **field += '\n';
        **field += more;
    } else {
        *field = std::string{more};
    }
}

/// A line of words only, as one text, and the marks beside its words.
struct text_line_t
{
    std::string text;
    std::vector<std::string> marks;
};

text_line_t text_of(std::vector<token_t> const &tokens)
{
    text_line_t line;
    std::vector<std::string_view> words;
    for (auto const &t : tokens) {
        words.push_back(t.text);
        line.marks.insert(line.marks.end(), t.marks.begin(), t.marks.end());
    }
    line.text = fmt::format("{}", fmt::join(words, " "));
    return line;
}

/// A wrapped line that continues the row above: its nature of ownership when the row ended
/// with one, else its title.
void continue_row(text_line_t const &line, aligned_row_t *prev)
{
    auto &row = prev->row;
    if (prev->ends_with_nature) {
        append_text(&row.nature_of_ownership, line.text);
        add_marks(&row, row_field_t::nature_of_ownership, line.marks);
    } else {
        row.security_title += row.security_title.empty() ? "" : "\n";
        row.security_title += line.text;
        add_marks(&row, row_field_t::security_title, line.marks);
    }
}

/// Text lines above a row that start its title.
void prefix_title(std::vector<std::string> const &lines, aligned_row_t *row)
{
    auto const prefix = fmt::format("{}", fmt::join(lines, " "));
    auto &title = row->row.security_title;
    title = title.empty() ? prefix : prefix + " " + title;
    row->has_title = true;
}

/// A text line after the last row, which no row followed: it ends the last one.
void end_row(std::string const &text, aligned_row_t *last)
{
    if (last->ends_with_nature) {
        append_text(&last->row.nature_of_ownership, text);
    } else {
        last->row.security_title += "\n" + text;
    }
}

} // namespace

bool is_table_header_line(std::string_view line)
{
    auto const s = squash(line);
    for (std::string_view key :
         {"instr", "monthdayyear", "titleof", "transactions", "beneficiallyowned", "dateexercisable", "amountornumber",
          "ownershipform", "natureofindirect", "conversionorexercise", "deemedexecution", "derivativesecurity",
          "acquiredaordisposed", "expirationdate", "followingreported"}) {
        if (s.find(key) != std::string::npos) {
            return true;
        }
    }
    // The second header line: "Code V Amount (A) or (D) Price", "(A) (D) Title".
    auto const cells = split_cells(line);
    if (cells.empty()) {
        return false;
    }
    return std::all_of(cells.begin(), cells.end(),
                       [](cell_t const &c) {
                           auto const w = squash(c.text);
                           return w == "code" || w == "v" || w == "amount" || w == "aord" || w == "price" || w == "a" ||
                                  w == "d" || w == "title" || w == "amountaordprice" || w.empty();
                       }) &&
           squash(line).size() >= 4;
}

std::vector<ownership_row_t> parse_ownership_table(std::vector<std::string_view> const &lines, table_layout_t layout_id,
                                                   std::vector<std::string> *warnings)
{
    auto const &layout = layout_of(layout_id);
    std::vector<aligned_row_t> rows;
    std::vector<std::string> pending_title; // text lines waiting for the row they start
    for (auto const line : lines) {
        if (trim(line).empty() || is_table_header_line(line)) {
            continue;
        }
        auto const tokens = tokenize_row(line);
        if (tokens.empty()) {
            continue;
        }
        if (is_text_only(tokens)) {
            auto const words = text_of(tokens);
            // A wrapped cell: the rest of the previous row, unless it plainly starts the next.
            if (!rows.empty() && pending_title.empty() && !looks_unfinished(words.text)) {
                continue_row(words, &rows.back());
            } else {
                pending_title.push_back(words.text);
            }
            continue;
        }
        auto aligned = build_row(line, tokens, layout, warnings);
        if (!pending_title.empty()) {
            prefix_title(pending_title, &aligned);
            pending_title.clear();
        } else if (!aligned.has_title && !rows.empty() && looks_continued(aligned.row.security_title)) {
            aligned.has_title = true;
        }
        rows.push_back(std::move(aligned));
    }
    if (!rows.empty()) {
        for (auto const &text : pending_title) {
            end_row(text, &rows.back());
        }
    }
    std::vector<ownership_row_t> out;
    for (auto &r : rows) {
        if (r.row.security_title.empty()) {
            warnings->push_back("a table row has no security title");
        }
        out.push_back(std::move(r.row));
    }
    return out;
}
