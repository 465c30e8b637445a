// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_ARCHIVE_READER_HPP
#define FILING_UTIL_ARCHIVE_READER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct archive;

/// True when `head` (the first bytes of a file) starts a tar or zip archive, or a gzip,
/// bzip2, xz or zstd stream (which may hold a tar archive).
bool looks_like_archive(std::string_view head) noexcept;

/**
 * Reads the members of a tar archive (plain or compressed: .tar, .tar.gz, .tgz, .tar.bz2,
 * .tar.xz, .tar.zst) or a zip archive, one after the other, without unpacking it anywhere:
 * a thin wrapper around libarchive, which streams, so that memory does not depend on the
 * size of the archive.
 */
class archive_reader_t
{
public:
    /// A member: its path in the archive, and whether it is a regular file.
    struct member_t
    {
        std::string name;
        bool is_regular = false;
        bool is_directory = false;
        std::optional<std::uint64_t> size; ///< when the archive states it
    };

    /// Reads from an open descriptor (positioned at the start; not closed here).
    /// \throws user_error_t naming `name` when libarchive cannot start reading.
    archive_reader_t(std::string name, int fd);
    /// Reads from bytes in memory, which must outlive the reader.
    archive_reader_t(std::string name, std::string_view bytes);

    archive_reader_t(archive_reader_t const &) = delete;
    archive_reader_t &operator=(archive_reader_t const &) = delete;
    archive_reader_t(archive_reader_t &&) = delete;
    archive_reader_t &operator=(archive_reader_t &&) = delete;
    ~archive_reader_t();

    /// The next member, or nullopt at the end. \throws user_error_t when the archive is broken.
    std::optional<member_t> next();

    /**
     * The current member's content when it is no larger than `max_bytes`; nullopt (and
     * the member skipped) when it is larger: no more than max_bytes + 1 bytes are held.
     * \throws user_error_t when the member cannot be read (corrupt, encrypted).
     */
    std::optional<std::string> read(std::uint64_t max_bytes);

    /// Passes over the current member's content unread. \throws user_error_t
    void skip();

private:
    void start(int status);
    [[noreturn]] void fail(std::string_view what);

    std::string m_name;
    ::archive *m_archive;
};

#endif // FILING_UTIL_ARCHIVE_READER_HPP
