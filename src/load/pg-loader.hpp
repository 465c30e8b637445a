// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_PG_LOADER_HPP
#define FILING_LOAD_PG_LOADER_HPP

#include "load/identity-resolver.hpp"
#include "load/load-profile.hpp"
#include "load/pg-conn.hpp"
#include "load/source-filing.hpp"

#include <cstddef>
#include <optional>
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
 * persons set-wise, reserves filing ids, and writes every table with one COPY each. What
 * the archive holds already, and conflicts within the batch, are found by lookups before
 * anything is copied (see check_batch). A part of a batch the database still refuses is
 * rolled back to its savepoint and split in halves until the filing at fault is isolated
 * and rejected, so that every other filing of the batch is stored and no part of the bad
 * one is; the lookups and the parts stored are not repeated.
 */
class pg_loader_t
{
public:
    /// \throws user_error_t when the database cannot be reached.
    pg_loader_t(loader_options_t options, outcome_callback_t on_outcome);
    pg_loader_t(pg_loader_t const &) = delete;
    pg_loader_t &operator=(pg_loader_t const &) = delete;
    pg_loader_t(pg_loader_t &&) = delete;
    pg_loader_t &operator=(pg_loader_t &&) = delete;
    /// Logs where the time went (debug level).
    ~pg_loader_t();

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

    /// What a batch's transaction has decided so far.
    struct batch_state_t
    {
        pending_t const *base; ///< the batch's first filing: positions are counted from it
        std::vector<std::optional<load_outcome_t>> outcomes; ///< per position
        bool stage_used;                                     ///< a part was stored: its rows are staged
    };

    void write_batch(std::span<pending_t> batch);
    void store_isolating(std::vector<pending_t *> const &part, batch_state_t *state);
    void store_completions(std::vector<filing_completion_t> const &completions, bool stage_used);
    /// Resolves the identities of `fresh`, reserves their ids and COPYs their rows.
    void store_new(std::vector<pending_t *> const &fresh);
    /// Runs `store` under a savepoint with the constraints deferred, after emptying the
    /// staging tables if `clear_stage`. A part the database refuses is rolled back: its
    /// data error is returned; any other error is thrown.
    template <typename TStore>
    std::optional<pg_error_t> try_in_savepoint(bool clear_stage, TStore &&store);
    void record_batch_outcomes(std::vector<std::optional<load_outcome_t>> const &outcomes);
    void record_rejects(std::span<load_outcome_t const> rejects);
    void report(load_outcome_t const &outcome) const;

    loader_options_t m_options;
    outcome_callback_t m_on_outcome;
    pg_conn_t m_conn;
    std::vector<pending_t> m_pending;
    load_profile_t m_profile;
};

#endif // FILING_LOAD_PG_LOADER_HPP
