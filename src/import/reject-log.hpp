// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_REJECT_LOG_HPP
#define FILING_IMPORT_REJECT_LOG_HPP

#include "load/source-filing.hpp"

#include <cstdio>
#include <string>

/// The reject log of --rejects FILE, pgloader style: one tab-separated line per rejected
/// file (path, SHA-256, stage, reason), written as the rejects happen.
class reject_log_t
{
public:
    /// No file: writes nothing. \throws user_error_t when the file cannot be written.
    explicit reject_log_t(std::string const &path);
    reject_log_t(reject_log_t const &) = delete;
    reject_log_t &operator=(reject_log_t const &) = delete;
    ~reject_log_t();

    void write(load_outcome_t const &outcome);

private:
    std::FILE *m_file = nullptr;
};

#endif // FILING_IMPORT_REJECT_LOG_HPP
