// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/known-files.hpp"

#include "load/loader-sql.hpp"
#include "util/pg-array.hpp"

#include <unordered_set>

known_files_t::known_files_t(std::string const &database) : m_conn(database, "check") {}

std::vector<bool> known_files_t::contains(std::vector<sha256_t> const &hashes)
{
    std::vector<bool> result(hashes.size(), false);
    if (hashes.empty()) {
        return result;
    }
    std::vector<std::string> hexes;
    hexes.reserve(hashes.size());
    for (auto const &h : hashes) {
        hexes.push_back(h.hex());
    }
    auto const rows = m_conn.exec_params(loader_sql("known-files.sql"), {pg_array_literal(hexes)});
    std::unordered_set<std::string_view> known;
    for (int i = 0; i < rows.rows(); ++i) {
        known.insert(rows.get(i, 0));
    }
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        result[i] = known.contains(hexes[i]);
    }
    return result;
}
