// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/read-file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// Reads the file from offset `done` into `*data` until the buffer is full or the file
/// ends, retrying reads a signal interrupts; returns how much of `*data` is filled.
/// Positional reads (pread) leave the descriptor's offset at the start, where an archive
/// reader given fd() after read_head() begins.
std::size_t fill(int fd, std::string const &path, std::string *data, std::size_t done)
{
    while (done < data->size()) {
        auto const n = ::pread(fd, data->data() + done, data->size() - done, static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            throw fmt_error("{}: cannot read: {}", path, std::strerror(errno));
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    return done;
}

/// What a file that is not a regular one is in words ("a FIFO", "a character device"),
/// from its stat mode.
std::string describe_file_type(mode_t mode)
{
    if (S_ISDIR(mode)) {
        return "a directory";
    }
    if (S_ISFIFO(mode)) {
        return "a FIFO (named pipe)";
    }
    if (S_ISSOCK(mode)) {
        return "a socket";
    }
    if (S_ISCHR(mode)) {
        return "a character device";
    }
    if (S_ISBLK(mode)) {
        return "a block device";
    }
    return "not a regular file";
}

} // namespace

regular_file_t::regular_file_t(std::string path) : m_path(std::move(path))
{
    struct stat before
    {
    };
    if (::stat(m_path.c_str(), &before) != 0) {
        throw fmt_error("{}: cannot open: {}", m_path, std::strerror(errno));
    }
    if (!S_ISREG(before.st_mode)) {
        throw not_regular_file_t{
            fmt::format("{}: {}, not a regular file: not read", m_path, describe_file_type(before.st_mode))};
    }
    // O_NONBLOCK: should a FIFO have taken the file's place since stat(), open() returns at
    // once instead of waiting for a writer; fstat() below then refuses it.
    m_fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (m_fd < 0) {
        throw fmt_error("{}: cannot open: {}", m_path, std::strerror(errno));
    }
    struct stat st
    {
    };
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        auto const what = describe_file_type(st.st_mode);
        ::close(m_fd);
        throw not_regular_file_t{fmt::format("{}: {}, not a regular file: not read", m_path, what)};
    }
    m_size = static_cast<std::uint64_t>(st.st_size);
}

regular_file_t::~regular_file_t() { ::close(m_fd); }

std::string regular_file_t::read_all(std::uint64_t max_bytes)
{
    if (m_size > max_bytes) {
        throw fmt_error("{}: {} bytes, more than the limit of {} bytes (--max-file-size): not read", m_path, m_size,
                        max_bytes);
    }
    // One read for the size fstat() gave, plus one byte to see whether the file grew.
    std::string data;
    data.resize(static_cast<std::size_t>(m_size) + 1);
    auto done = fill(m_fd, m_path, &data, 0);
    while (done == data.size() && done <= max_bytes) { // it grew
        data.resize(std::min<std::uint64_t>(max_bytes + 1, data.size() + 65536));
        done = fill(m_fd, m_path, &data, done);
    }
    if (done > max_bytes) {
        throw fmt_error("{}: grew past the limit of {} bytes (--max-file-size) while read", m_path, max_bytes);
    }
    data.resize(done);
    return data;
}

std::string regular_file_t::read_head(std::size_t n)
{
    std::string data(n, '\0');
    data.resize(fill(m_fd, m_path, &data, 0));
    return data;
}

std::string read_file(std::string const &path)
{
    regular_file_t file{path};
    return file.read_all(std::numeric_limits<std::uint64_t>::max() - 1);
}
