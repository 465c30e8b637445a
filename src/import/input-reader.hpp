// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_INPUT_READER_HPP
#define FILING_IMPORT_INPUT_READER_HPP

#include "import/input-files.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

/**
 * The largest file (or archive member) an import reads: 64 MiB. Real filings are far
 * smaller (an ownership XML a few kilobytes, a prospectus supplement's full submission with
 * its exhibits a few megabytes, the largest seen about 20 MB), while what a parser holds
 * while reading a file is a few times its size, per parser thread: the limit keeps a
 * stray disk image, a log file or a link to /dev/zero from taking the machine's memory.
 * `--max-file-size` changes it.
 */
constexpr std::uint64_t DEFAULT_MAX_FILE_SIZE = std::uint64_t{64} << 20U;

/// Kinds of skip (input_refusal_t::category) for what is no file of filings at all, unlike
/// an attachment or a form the archive does not keep: an import logs each one. They are
/// keys of the summary's skipped_kinds too, which scripts read: the words stay.
constexpr std::string_view SKIP_NOT_REGULAR_FILE = "not a regular file";
constexpr std::string_view SKIP_FOLDER_WALKED_BEFORE = "folder walked before";
constexpr std::string_view SKIP_ARCHIVE_IN_ARCHIVE = "archive in an archive";

/// One document to parse: a file, or a member of an archive (named "archive!member").
struct input_document_t
{
    std::string name;
    std::string bytes;
};

/// A path or member that gave no document, and why.
struct input_refusal_t
{
    std::string name;
    std::string reason;
    bool is_error = false; ///< rejected (unreadable, too large), not merely skipped
    std::string category;  ///< for skips: what was skipped ("not a regular file", "form 10-K", ...)
};

/// Receive what read_input() finds; return false to stop reading.
using document_sink_t = std::function<bool(input_document_t)>;
using refusal_sink_t = std::function<bool(input_refusal_t)>;

/**
 * Reads what a walk entry names: a regular file no larger than `max_file_size` becomes one
 * document; a tar or zip archive (found by its first bytes, whatever its name) becomes one
 * document per regular member, each held to the same limit, streamed so that the archive
 * itself may be of any size. Anything else is refused with its reason: an entry the walk
 * did not read, a FIFO, socket or device (never opened), a file too large (not read; a
 * large EDGAR submission of a form the archive does not keep is skipped by its header),
 * a member that is an archive itself.
 * \returns false when a sink asked to stop.
 */
bool read_input(input_entry_t const &entry, std::uint64_t max_file_size, document_sink_t const &on_document,
                refusal_sink_t const &on_refusal);

#endif // FILING_IMPORT_INPUT_READER_HPP
