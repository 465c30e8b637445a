// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_ARCHIVE_HPP
#define FILING_TESTS_COMMON_ARCHIVE_HPP

// Writes tar.gz and zip archives for the tests, with libarchive.

#include <archive.h>
#include <archive_entry.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

enum class archive_kind_t
{
    tar_gz,
    zip
};

/// Writes `members` (name, content) into a new archive at `path`.
inline void write_archive(std::string const &path, archive_kind_t kind,
                          std::vector<std::pair<std::string, std::string>> const &members)
{
    auto *a = archive_write_new();
    if (kind == archive_kind_t::tar_gz) {
        archive_write_add_filter_gzip(a);
        archive_write_set_format_pax_restricted(a);
    } else {
        archive_write_set_format_zip(a);
    }
    if (archive_write_open_filename(a, path.c_str()) != ARCHIVE_OK) {
        throw std::runtime_error{archive_error_string(a)};
    }
    for (auto const &[name, content] : members) {
        auto *e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_size(e, static_cast<la_int64_t>(content.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_write_header(a, e);
        archive_write_data(a, content.data(), content.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

#endif // FILING_TESTS_COMMON_ARCHIVE_HPP
