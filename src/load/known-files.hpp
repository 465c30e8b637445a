// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_KNOWN_FILES_HPP
#define FILING_LOAD_KNOWN_FILES_HPP

#include "load/pg-conn.hpp"
#include "util/sha256.hpp"

#include <string>
#include <vector>

/**
 * Tells which files the archive already holds, by content hash, so that an import skips
 * them without parsing. One round trip answers for a whole chunk of files.
 */
class known_files_t
{
public:
    /// \throws user_error_t when the database cannot be reached.
    explicit known_files_t(std::string const &database);

    /// For each hash: true when a file with that content was imported or skipped before.
    std::vector<bool> contains(std::vector<sha256_t> const &hashes);

private:
    pg_conn_t m_conn;
};

#endif // FILING_LOAD_KNOWN_FILES_HPP
