// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_IMPORT_WORKER_HPP
#define FILING_IMPORT_IMPORT_WORKER_HPP

#include "import/load-thread.hpp"
#include "progress-display.hpp"
#include "util/bounded-queue.hpp"

#include <string>
#include <vector>

/// Paths handed to a parser thread together: one query tells which are stored already.
using path_chunk_t = std::vector<std::string>;

/// Files read and hashed together before one known-file check. Large enough to make the
/// round trip cheap per file, small enough to keep every thread busy on small imports.
constexpr std::size_t PATH_CHUNK_SIZE = 64;

/**
 * A parser thread: takes chunks of paths, reads and hashes the files, asks the archive
 * which contents it holds already (those are not parsed again), parses the others and
 * hands filings and outcomes to the loader. Runs until the path queue is closed and
 * empty; throws on a database failure (the caller stops the others).
 * \returns false when it stopped early because the loader stopped.
 */
bool run_import_worker(std::string const &database, bounded_queue_t<path_chunk_t> *paths, load_thread_t *loader,
                       import_progress_t *progress);

#endif // FILING_IMPORT_IMPORT_WORKER_HPP
