// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_READ_FILE_HPP
#define FILING_UTIL_READ_FILE_HPP

#include "errors.hpp"

#include <cstdint>
#include <string>

/// A path that names something other than a regular file (a FIFO, a socket, a device, a
/// directory): it is never opened, let alone read.
class not_regular_file_t : public user_error_t
{
public:
    using user_error_t::user_error_t;
};

/**
 * A regular file, open for reading. Symbolic links are followed. The path is checked with
 * stat() before it is opened, so that a FIFO or a device is never opened; the descriptor is
 * opened non-blocking and checked again with fstat(), so that a FIFO put in its place in
 * between cannot block the program either.
 */
class regular_file_t
{
public:
    /**
     * \throws not_regular_file_t when the path names no regular file.
     * \throws user_error_t naming the file when it cannot be opened.
     */
    explicit regular_file_t(std::string path);

    regular_file_t(regular_file_t const &) = delete;
    regular_file_t &operator=(regular_file_t const &) = delete;
    regular_file_t(regular_file_t &&) = delete;
    regular_file_t &operator=(regular_file_t &&) = delete;
    ~regular_file_t();

    std::string const &path() const noexcept { return m_path; }
    int fd() const noexcept { return m_fd; }
    /// Size when opened.
    std::uint64_t size() const noexcept { return m_size; }

    /**
     * The whole content, read in one go when the file is no larger than `max_bytes`.
     * \throws user_error_t naming the file when it is larger (also when it grew past the
     *         limit while being read: no more than max_bytes + 1 bytes are ever read), or
     *         when a read fails.
     */
    std::string read_all(std::uint64_t max_bytes);

    /// At most the first `n` bytes (fewer when the file is shorter).
    std::string read_head(std::size_t n);

private:
    std::string m_path;
    int m_fd = -1;
    std::uint64_t m_size = 0;
};

/// The whole content of a regular file, with no size limit: for the program's own files
/// (reports, test output), not for the files an import is given.
/// \throws user_error_t naming the file when it cannot be opened or read.
std::string read_file(std::string const &path);

#endif // FILING_UTIL_READ_FILE_HPP
