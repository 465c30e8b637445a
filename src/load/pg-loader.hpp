// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_PG_LOADER_HPP
#define FILING_LOAD_PG_LOADER_HPP

#include "load/identity-resolver.hpp"
#include "load/pg-conn.hpp"
#include "load/source-filing.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

struct loader_options_t
{
    std::string database; ///< as given to -d, empty for the libpq environment
    /// Filings per transaction. Larger batches amortize the round trips of identity
    /// resolution and commit; smaller ones bound what a retry after a bad filing costs.
    std::size_t batch_filings = 2000;
    std::string parser_version;
};

/**
 * Writes filings into the archive: per batch, one transaction that resolves issuers and
 * persons set-wise, reserves filing ids, and writes every table with one COPY each. A
 * batch the database refuses is split in halves until the filing at fault is isolated
 * and rejected, so that every other filing of the batch is stored and no part of the bad
 * one is. Files and filings already stored are skipped.
 */
class pg_loader_t
{
public:
    /// \throws user_error_t when the database cannot be reached.
    pg_loader_t(loader_options_t options, outcome_callback_t on_outcome);

    /// Queues a filing; a full batch is written at once.
    void add(source_filing_t filing);
    /// Records a file that yields no filing: its outcome is skipped or rejected.
    void add_file_outcome(load_outcome_t outcome);
    /// Returns once everything added so far is stored (or rejected) and reported.
    void flush();

private:
    struct pending_t
    {
        source_filing_t item;
        sha256_t key; ///< document_key() of the filing
    };

    void write_batch(std::span<pending_t> batch);
    void store(std::span<pending_t> batch);
    void store_new(std::vector<pending_t *> const &fresh, std::vector<filing_completion_t> const &completions);
    void report(load_outcome_t const &outcome) const;

    loader_options_t m_options;
    outcome_callback_t m_on_outcome;
    pg_conn_t m_conn;
    std::vector<pending_t> m_pending;
};

#endif // FILING_LOAD_PG_LOADER_HPP
