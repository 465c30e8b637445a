// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/archive-reader.hpp"

#include "errors.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

namespace {

/// Bytes libarchive asks the descriptor for at a time.
constexpr std::size_t READ_BLOCK = std::size_t{64} * 1024;

/// Bytes of a member read per call: large enough to make the calls cheap.
constexpr std::size_t MEMBER_CHUNK = std::size_t{64} * 1024;

bool starts_with(std::string_view s, std::string_view prefix) noexcept { return s.substr(0, prefix.size()) == prefix; }

/// A libarchive reader for the formats an import reads: tar (all its dialects) and zip,
/// behind any compression libarchive knows.
::archive *new_reader()
{
    auto *a = archive_read_new();
    if (a == nullptr) {
        throw std::bad_alloc{};
    }
    archive_read_support_filter_all(a);
    archive_read_support_format_tar(a);
    archive_read_support_format_gnutar(a);
    archive_read_support_format_zip(a);
    return a;
}

} // namespace

bool looks_like_archive(std::string_view head) noexcept
{
    using namespace std::string_view_literals;
    constexpr std::size_t TAR_MAGIC_AT = 257; // "ustar" in a POSIX or GNU tar header
    return starts_with(head, "PK\x03\x04"sv) || starts_with(head, "PK\x05\x06"sv) // zip, empty zip
           || starts_with(head, "\x1f\x8b"sv)                                     // gzip
           || starts_with(head, "BZh"sv)                                          // bzip2
           || starts_with(head, "\xfd"
                                "7zXZ\x00"sv)         // xz
           || starts_with(head, "\x28\xb5\x2f\xfd"sv) // zstd
           || (head.size() > TAR_MAGIC_AT + 5 && head.substr(TAR_MAGIC_AT, 5) == "ustar");
}

archive_reader_t::archive_reader_t(std::string name, int fd) : m_name(std::move(name)), m_archive(new_reader())
{
    start(archive_read_open_fd(m_archive, fd, READ_BLOCK));
}

archive_reader_t::archive_reader_t(std::string name, std::string_view bytes)
: m_name(std::move(name)), m_archive(new_reader())
{
    start(archive_read_open_memory(m_archive, bytes.data(), bytes.size()));
}

archive_reader_t::~archive_reader_t() { archive_read_free(m_archive); }

void archive_reader_t::start(int status)
{
    if (status != ARCHIVE_OK) {
        std::string const what = archive_error_string(m_archive) != nullptr ? archive_error_string(m_archive) : "?";
        archive_read_free(m_archive);
        throw fmt_error("{}: cannot read as an archive: {}", m_name, what);
    }
}

void archive_reader_t::fail(std::string_view what)
{
    char const *reason = archive_error_string(m_archive);
    throw fmt_error("{}: {}: {}", m_name, what, reason != nullptr ? reason : "unknown error");
}

std::optional<archive_reader_t::member_t> archive_reader_t::next()
{
    archive_entry *entry = nullptr;
    int const status = archive_read_next_header(m_archive, &entry);
    if (status == ARCHIVE_EOF) {
        return std::nullopt;
    }
    if (status < ARCHIVE_WARN) { // ARCHIVE_WARN: the entry is usable, with a remark
        fail("broken archive");
    }
    member_t m;
    char const *path = archive_entry_pathname_utf8(entry);
    if (path == nullptr) {
        path = archive_entry_pathname(entry);
    }
    m.name = path != nullptr ? path : "";
    auto const type = archive_entry_filetype(entry);
    m.is_regular = type == AE_IFREG && archive_entry_hardlink(entry) == nullptr;
    m.is_directory = type == AE_IFDIR;
    if (archive_entry_size_is_set(entry) != 0 && archive_entry_size(entry) >= 0) {
        m.size = static_cast<std::uint64_t>(archive_entry_size(entry));
    }
    return m;
}

std::optional<std::string> archive_reader_t::read(std::uint64_t max_bytes)
{
    // Read straight into the end of the result, one chunk of room at a time.
    std::string data;
    while (true) {
        auto const old_size = data.size();
        data.resize(old_size + MEMBER_CHUNK);
        auto const n = archive_read_data(m_archive, data.data() + old_size, MEMBER_CHUNK);
        if (n < 0) {
            fail("cannot read a member");
        }
        data.resize(old_size + static_cast<std::size_t>(n));
        if (n == 0) {
            return data;
        }
        if (data.size() > max_bytes) {
            skip();
            return std::nullopt;
        }
    }
}

void archive_reader_t::skip()
{
    if (archive_read_data_skip(m_archive) < ARCHIVE_WARN) {
        fail("cannot skip a member");
    }
}
