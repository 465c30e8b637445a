// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_CHECKSUMS_HPP
#define FILING_TESTS_COMMON_CHECKSUMS_HPP

// What an archive holds, independent of surrogate ids, timestamps and import order, as
// scripts/archive-checksums.sql computes it (scripts/fault-test.sh runs the same file): two
// archives of the same files compare equal, table by table.

#include "util/read-file.hpp"

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>

#include <map>
#include <string>

/// Each table's row count and checksum by natural keys ("1200 <md5>"), by table name: a
/// difference names the table.
inline std::map<std::string, std::string> archive_checksums(std::string const &conninfo)
{
    static auto const sql = read_file(SCRIPTS_DIR "/archive-checksums.sql");
    pqxx::connection conn{conninfo};
    pqxx::nontransaction tx{conn};
    std::map<std::string, std::string> out;
    for (auto const &row : tx.exec(sql)) {
        auto const line = row[0].as<std::string>();
        auto const space = line.find(' ');
        out[line.substr(0, space)] = line.substr(space + 1);
    }
    return out;
}

#endif // FILING_TESTS_COMMON_CHECKSUMS_HPP
