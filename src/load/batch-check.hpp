// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_BATCH_CHECK_HPP
#define FILING_LOAD_BATCH_CHECK_HPP

#include "load/identity-resolver.hpp"
#include "load/source-filing.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

class pg_conn_t;

/// A filing of a batch, with its document key.
struct batch_filing_t
{
    source_filing_t const *item;
    sha256_t key;
};

/// What the checks decided for the filings of a batch.
struct batch_check_t
{
    /// Positions in the batch of the filings to store.
    std::vector<std::size_t> to_store;
    /// Per position: the outcome decided without storing (already imported, rejected).
    std::vector<std::optional<load_outcome_t>> decided;
    /// Filings stored before that new copies in the batch complete (accession number, CIKs).
    std::vector<filing_completion_t> completions;
};

/**
 * The known-filing checks of a batch, run inside its transaction (under the archive's
 * lock) before anything is copied, so that the COPY meets no conflict it could have been
 * told of: a file or a filing stored before (the filing gains the identifiers it lacked:
 * see filing_completion_t), the same filing twice in the batch (the copy that says more
 * of who it is about and by is stored), an accession number that another filing
 * holds (stored, or earlier in the batch; a number taken from a file's place rather than
 * from the document marks another copy of that filing, not a conflict), and numbers the
 * schema cannot hold (more than 32767 rows, owners or documents in one file) or
 * footnotes given twice. Three lookups per batch, whatever its size.
 * \throws pg_error_t when a lookup fails.
 */
batch_check_t check_batch(pg_conn_t *conn, std::span<batch_filing_t const> batch);

/// What became of a filing of a batch, decided by the loader (a reject's stage is "load").
load_outcome_t outcome_of(source_filing_t const &item, outcome_t outcome, std::string reason = {});

/// Why the schema cannot hold a filing as it is (a count past a smallint column, a
/// footnote id given twice), or nullopt.
std::optional<std::string> schema_limit_exceeded(source_filing_t const &item);

#endif // FILING_LOAD_BATCH_CHECK_HPP
