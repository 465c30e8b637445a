// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_IMPORT_WORKER_HPP
#define FILING_IMPORT_IMPORT_WORKER_HPP

#include "import/input-files.hpp"
#include "import/load-thread.hpp"
#include "progress-display.hpp"
#include "util/bounded-queue.hpp"

#include <cstdint>
#include <string>
#include <vector>

/// Walk entries handed to a parser thread together: one query tells which are stored already.
using path_chunk_t = std::vector<input_entry_t>;

/// Files read and hashed together before one known-file check. Large enough to make the
/// round trip cheap per file, small enough to keep every thread busy on small imports.
constexpr std::size_t PATH_CHUNK_SIZE = 64;

/// Bytes of documents a parser thread holds before it parses them: with the chunk size,
/// what bounds a thread's memory (a chunk of large files, or an archive, is parsed in
/// parts of at most this much, plus one document).
constexpr std::size_t CHUNK_BYTES = std::size_t{32} << 20U;

struct import_worker_options_t
{
    std::string database;
    std::uint64_t max_file_size = 0;
};

/**
 * A parser thread: takes chunks of walk entries, reads them (files, archive members) and
 * hashes them, asks the archive which contents it holds already (those are not parsed
 * again), parses the others with what their place says (see parse_in_place) and hands
 * filings and outcomes to the loader. Runs until the path queue is closed and empty, or
 * an interrupt is requested or the loader stops; throws on a database failure (the caller
 * stops the others). The caller closes the path queue when it returns.
 */
void run_import_worker(import_worker_options_t const &options, bounded_queue_t<path_chunk_t> *paths,
                       load_thread_t *loader, import_progress_t *progress);

#endif // FILING_IMPORT_IMPORT_WORKER_HPP
