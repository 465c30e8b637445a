// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-view.hpp"

#include "errors.hpp"
#include "model/decimal.hpp"
#include "util/trim.hpp"

#include <algorithm>
#include <compare>

namespace {

using cell_t = std::optional<std::string>;

/// Negative, zero or positive as `a` sorts before, with or after `b` (values present).
int compare_values(std::string const &a, std::string const &b, column_kind_t kind)
{
    if (kind == column_kind_t::integer || kind == column_kind_t::number) {
        auto const da = decimal_t::parse(a);
        auto const db = decimal_t::parse(b);
        if (da && db) {
            auto const order = *da <=> *db;
            return std::is_lt(order) ? -1 : std::is_gt(order) ? 1 : 0;
        }
    }
    return a.compare(b);
}

} // namespace

std::vector<std::string> parse_column_list(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto const end = std::min(text.find(',', pos), text.size());
        auto const name = trim(text.substr(pos, end - pos));
        if (!name.empty()) {
            out.emplace_back(name);
        }
        pos = end + 1;
    }
    if (out.empty()) {
        throw fmt_error("--columns needs column names, separated by commas (or 'all')");
    }
    return out;
}

std::vector<sort_key_t> parse_sort_keys(std::string_view text)
{
    std::vector<sort_key_t> keys;
    for (auto const &item : parse_column_list(text)) {
        sort_key_t key;
        std::string_view name{item};
        if (name.starts_with('-')) {
            key.descending = true;
            name.remove_prefix(1);
        }
        if (auto const colon = name.find(':'); colon != std::string_view::npos) {
            auto const direction = name.substr(colon + 1);
            if (direction == "desc") {
                key.descending = true;
            } else if (direction != "asc") {
                throw fmt_error("--sort: '{}' is not a direction (asc or desc)", direction);
            }
            name = name.substr(0, colon);
        }
        if (name.empty()) {
            throw fmt_error("--sort: a key needs a column name");
        }
        key.column = name;
        keys.push_back(std::move(key));
    }
    return keys;
}

result_table_t select_columns(result_table_t const &table, std::vector<std::string> const &columns)
{
    std::vector<std::size_t> picked;
    picked.reserve(columns.size());
    for (auto const &name : columns) {
        picked.push_back(table.column_index(name));
    }
    result_table_t out;
    for (auto c : picked) {
        out.columns.push_back(table.columns[c]);
    }
    for (auto const &row : table.rows) {
        auto &r = out.rows.emplace_back();
        for (auto c : picked) {
            r.push_back(row[c]);
        }
    }
    return out;
}

void sort_rows(result_table_t *table, std::vector<sort_key_t> const &keys)
{
    std::vector<std::pair<std::size_t, bool>> order; // column, descending
    order.reserve(keys.size());
    for (auto const &key : keys) {
        order.emplace_back(table->column_index(key.column), key.descending);
    }
    auto const &columns = table->columns;
    std::stable_sort(table->rows.begin(), table->rows.end(), [&](auto const &a, auto const &b) {
        for (auto const &[c, descending] : order) {
            cell_t const &x = a[c];
            cell_t const &y = b[c];
            if (!x || !y) {
                if (x.has_value() != y.has_value()) {
                    return x.has_value(); // empty values last
                }
                continue;
            }
            auto const cmp = compare_values(*x, *y, columns[c].kind);
            if (cmp != 0) {
                return descending ? cmp > 0 : cmp < 0;
            }
        }
        return false;
    });
}

void limit_rows(result_table_t *table, std::size_t limit)
{
    if (table->rows.size() > limit) {
        table->rows.resize(limit);
    }
}
