// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-text-table.hpp"

#include "parse/text-scan.hpp"

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

bool is_code_letter(char c) { return std::string_view{"PSVADFIMCEHOXGLWZJKU"}.find(c) != std::string_view::npos; }

/// How well a token fits a column: NO when it cannot be there. `has_transaction` tells
/// whether the row reports a transaction (it has a date or a code), which makes an
/// amount likelier than a holding.
double fit(token_t const &t, col_t col, bool has_transaction)
{
    using k = token_kind_t;
    switch (col) {
    case col_t::title:
    case col_t::underlying_title: return t.kind == k::text ? 3.0 : NO;
    case col_t::nature:
        if (t.kind == k::text) {
            return 3.0;
        }
        return t.kind == k::marks ? 0.3 : NO;
    case col_t::transaction_date:
        return t.kind == k::date ? 3.0 : t.kind == k::marks ? 0.4 : NO;
    case col_t::deemed_date: return t.kind == k::date ? 2.5 : t.kind == k::marks ? 0.3 : NO;
    case col_t::exercisable_date:
    case col_t::expiration_date:
        if (t.kind == k::date) {
            return 3.0;
        }
        if (t.kind == k::marks) {
            return 1.0;
        }
        return t.kind == k::text && is_date_word(t.text) ? 1.0 : NO;
    case col_t::code:
        return t.kind == k::letter && is_code_letter(t.text[0]) ? 2.0 : NO;
    case col_t::v: return t.kind == k::letter && t.text == "V" ? 2.2 : NO;
    case col_t::acquired_disposed:
        return t.kind == k::letter && (t.text == "A" || t.text == "D") ? 2.5 : NO;
    case col_t::ownership: return t.kind == k::letter && (t.text == "D" || t.text == "I") ? 2.5 : NO;
    case col_t::amount:
        if (t.kind == k::number) {
            return has_transaction ? 2.5 : 1.8;
        }
        if (t.kind == k::money) {
            return 0.2;
        }
        return t.kind == k::marks ? 0.5 : NO;
    case col_t::owned_after:
    case col_t::underlying_amount:
        if (t.kind == k::number) {
            return 2.2;
        }
        if (t.kind == k::money) {
            return 0.2;
        }
        return t.kind == k::marks ? 0.5 : NO;
    case col_t::price:
    case col_t::exercise_price:
        if (t.kind == k::money) {
            return 3.0;
        }
        if (t.kind == k::number) {
            return 1.0;
        }
        return t.kind == k::marks ? 0.5 : NO;
    }
    return NO;
}

/// Column index of each token (-1: fits nowhere), by dynamic programming over the order
/// of tokens and columns: every token goes to a later column than the one before it.
std::vector<int> align(std::vector<token_t> const &tokens, layout_t const &layout, bool has_transaction)
{
    auto const m = tokens.size();
    auto const n = layout.columns.size();
    constexpr double SKIP_TOKEN = -4.0; // a cell that fits no column: kept out, with a warning
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
        int const field = layout.derivative && !layout.initial && pos == 7 ? 6 : pos;
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

/// The row field a column of the form fills.
row_field_t field_of(col_t col)
{
    switch (col) {
    case col_t::title: return row_field_t::security_title;
    case col_t::transaction_date: return row_field_t::transaction_date;
    case col_t::deemed_date: return row_field_t::deemed_execution_date;
    case col_t::code: return row_field_t::code;
    case col_t::v: return row_field_t::equity_swap;
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

// A row field's value from a table cell, by the field's type.
void set_value(std::string *out, token_t const &t) { *out = t.text; }
void set_value(std::optional<std::string> *out, token_t const &t) { *out = t.text; }
void set_value(std::optional<decimal_t> *out, token_t const &t) { *out = decimal_t::parse(t.text); }
void set_value(std::optional<date_t> *out, token_t const &t) { *out = date_t::parse(t.text); }
void set_value(std::optional<char> *out, token_t const &t) { *out = t.text[0]; }
void set_value(bool *out, token_t const & /*t*/) { *out = true; } // the V column: an equity swap
void set_value(row_kind_t * /*out*/, token_t const & /*t*/) {}     // no column: told afterwards

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
};

aligned_row_t build_row(std::string_view line, std::vector<token_t> const &tokens, layout_t const &layout,
                        std::vector<std::string> *warnings)
{
    bool const has_transaction = !layout.initial && row_has_transaction(tokens);
    auto assignment = align_by_tabs(line, tokens, layout, has_transaction);
    bool const by_tabs = !assignment.empty();
    if (!by_tabs) {
        assignment = align(tokens, layout, has_transaction);
    }

    aligned_row_t out;
    auto &row = out.row;
    std::optional<std::size_t> amount_tab;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto const &t = tokens[i];
        if (assignment[i] < 0) {
            warnings->push_back("a table cell fits no column and was left out: '" + t.text + "'");
            continue;
        }
        auto const col = layout.columns[static_cast<std::size_t>(assignment[i])];
        auto const field = field_of(col);
        if (t.kind != token_kind_t::marks) {
            visit_row_field(row, field, [&](auto &value) { set_value(&value, t); });
        }
        // The V column's marks belong to the code, as on <transactionCoding> in XML.
        add_marks(&row, field == row_field_t::equity_swap ? row_field_t::code : field, t.marks);
        // What a column tells beyond its value.
        out.has_title = out.has_title || (col == col_t::title && !t.text.empty());
        out.ends_with_nature = out.ends_with_nature || (col == col_t::nature && t.kind == token_kind_t::text);
        if (col == col_t::amount) {
            amount_tab = t.tab_index;
        }
    }

    if (layout.initial) {
        row.kind = row_kind_t::holding;
    } else {
        bool const transaction = row.transaction_date || row.code || row.shares || row.acquired_disposed ||
                                 row.price || row.footnotes.contains(row_field_t::shares);
        row.kind = transaction ? row_kind_t::transaction : row_kind_t::holding;
        if (layout.derivative && row.kind == row_kind_t::transaction && !row.acquired_disposed) {
            // Table II has an (A) and a (D) column instead of a letter.
            if (by_tabs && amount_tab) {
                row.acquired_disposed = *amount_tab == 7 ? 'D' : 'A';
            } else if (row.shares || row.footnotes.contains(row_field_t::shares)) {
                row.acquired_disposed = derivative_direction(row.code);
            }
        }
        if (layout.derivative && row.kind == row_kind_t::transaction && !row.shares &&
            row.acquired_disposed && !row.footnotes.contains(row_field_t::shares)) {
            row.acquired_disposed.reset(); // nothing was acquired or disposed of in the row
        }
    }
    return out;
}

bool is_text_only(std::vector<token_t> const &tokens)
{
    return !tokens.empty() && std::all_of(tokens.begin(), tokens.end(), [](token_t const &t) {
               return t.kind == token_kind_t::text;
           });
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

} // namespace

bool is_table_header_line(std::string_view line)
{
    auto const s = squash(line);
    for (std::string_view key : {"instr", "monthdayyear", "titleof", "transactions", "beneficiallyowned",
                                 "dateexercisable", "amountornumber", "ownershipform", "natureofindirect",
                                 "conversionorexercise", "deemedexecution", "derivativesecurity",
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
    return std::all_of(cells.begin(), cells.end(), [](cell_t const &c) {
        auto const w = squash(c.text);
        return w == "code" || w == "v" || w == "amount" || w == "aord" || w == "price" || w == "a" ||
               w == "d" || w == "title" || w == "amountaordprice" || w.empty();
    }) && squash(line).size() >= 4;
}

std::vector<ownership_row_t> parse_ownership_table(std::vector<std::string_view> const &lines,
                                                   table_layout_t layout_id, std::vector<std::string> *warnings)
{
    auto const &layout = layout_of(table_layout_t{layout_id});
    std::vector<aligned_row_t> rows;
    std::vector<std::string> pending_title; // text lines waiting for the row they start

    for (auto const line : lines) {
        if (trim(line).empty() || is_table_header_line(line)) {
            continue;
        }
        auto tokens = tokenize_row(line);
        if (tokens.empty()) {
            continue;
        }
        if (is_text_only(tokens)) {
            std::string text;
            std::vector<std::string> marks;
            for (auto const &t : tokens) {
                text += text.empty() ? "" : " ";
                text += t.text;
                marks.insert(marks.end(), t.marks.begin(), t.marks.end());
            }
            // A wrapped cell: the rest of the previous row, unless it plainly starts the next.
            if (!rows.empty() && pending_title.empty() && !looks_unfinished(text)) {
                auto &prev = rows.back();
                if (prev.ends_with_nature) {
                    append_text(&prev.row.nature_of_ownership, text);
                    add_marks(&prev.row, row_field_t::nature_of_ownership, marks);
                } else {
                    prev.row.security_title += prev.row.security_title.empty() ? "" : "\n";
                    prev.row.security_title += text;
                    add_marks(&prev.row, row_field_t::security_title, marks);
                }
                continue;
            }
            pending_title.push_back(text);
            continue;
        }
        auto aligned = build_row(line, tokens, layout, warnings);
        if (!pending_title.empty()) {
            std::string prefix;
            for (auto const &p : pending_title) {
                prefix += prefix.empty() ? "" : " ";
                prefix += p;
            }
            pending_title.clear();
            auto &title = aligned.row.security_title;
            title = title.empty() ? prefix : prefix + " " + title;
            aligned.has_title = true;
        } else if (!aligned.has_title && !rows.empty() && looks_continued(aligned.row.security_title)) {
            aligned.has_title = true;
        }
        rows.push_back(std::move(aligned));
    }
    if (!pending_title.empty() && !rows.empty()) {
        for (auto const &p : pending_title) {
            auto &prev = rows.back();
            if (prev.ends_with_nature) {
                append_text(&prev.row.nature_of_ownership, p);
            } else {
                prev.row.security_title += "\n" + p;
            }
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
