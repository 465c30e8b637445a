// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/read-file.hpp"

#include "errors.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

/// Closes the descriptor on every path out of read_file().
class fd_guard_t
{
public:
    explicit fd_guard_t(int fd) noexcept : m_fd(fd) {}
    fd_guard_t(fd_guard_t const &) = delete;
    fd_guard_t &operator=(fd_guard_t const &) = delete;
    ~fd_guard_t() { ::close(m_fd); }

private:
    int m_fd;
};

} // namespace

std::string read_file(std::string const &path)
{
    // POSIX read() in one go: a filing is read whole anyway, and this avoids iostreams'
    // per-character overhead on millions of small files.
    int const fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        throw fmt_error("{}: cannot open: {}", path, std::strerror(errno));
    }
    fd_guard_t const guard{fd};
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        throw fmt_error("{}: cannot read: {}", path, std::strerror(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        throw fmt_error("{}: is a directory", path);
    }
    std::string data;
    data.resize(static_cast<std::size_t>(st.st_size));
    bool const regular = S_ISREG(st.st_mode);
    std::size_t done = 0;
    while (true) {
        if (done == data.size()) {
            if (regular && done > 0) {
                break; // fstat told the size: no read just to see the end
            }
            data.resize(data.size() + 65536); // a pipe, or a file that is growing
        }
        auto const n = ::read(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw fmt_error("{}: cannot read: {}", path, std::strerror(errno));
        }
        if (n == 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    data.resize(done);
    return data;
}
