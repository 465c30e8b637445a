// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_REJECT_LOG_HPP
#define FILING_IMPORT_REJECT_LOG_HPP

#include "load/source-filing.hpp"

#include <cstdio>
#include <string>

/// The reject log of --rejects FILE, pgloader style: one tab-separated line per rejected
/// file (path, SHA-256, stage, reason), written as the rejects happen, in PostgreSQL's COPY
/// text format: a tab, a line break or a backslash in a field (a file name may hold any of
/// them) is escaped (\t, \n, \r, \\), so that every record is one line, and an unknown
/// hash is \N. After the heading line, psql reads it back with
/// `\copy rejects FROM 'rejects.tsv' (HEADER)`.
class reject_log_t
{
public:
    /// No file: writes nothing. \throws user_error_t when the file cannot be written.
    explicit reject_log_t(std::string const &path);
    reject_log_t(reject_log_t const &) = delete;
    reject_log_t &operator=(reject_log_t const &) = delete;
    reject_log_t(reject_log_t &&) = delete;
    reject_log_t &operator=(reject_log_t &&) = delete;
    ~reject_log_t();

    void write(load_outcome_t const &outcome);

private:
    std::FILE *m_file = nullptr;
};

#endif // FILING_IMPORT_REJECT_LOG_HPP
