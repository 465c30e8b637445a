// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_INPUT_FILES_HPP
#define FILING_IMPORT_INPUT_FILES_HPP

#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

/**
 * The files an import reads, one at a time, from what the user named: files, directories
 * (walked recursively, entries in name order, hidden entries skipped), glob patterns, "-"
 * for a list of paths on stdin, and a list file. Paths are produced lazily so that a
 * backlog of a million files is never held in memory at once.
 */
class input_files_t
{
public:
    /**
     * \param args paths, directories, globs or "-" as given on the command line.
     * \param list_file a file with one path per line, or empty.
     * \throws user_error_t when a named path does not exist or a glob matches nothing:
     *         checked up front, before any work, as a usage error.
     */
    input_files_t(std::vector<std::string> args, std::string const &list_file);

    input_files_t(input_files_t const &) = delete;
    input_files_t &operator=(input_files_t const &) = delete;
    input_files_t(input_files_t &&) = delete;
    input_files_t &operator=(input_files_t &&) = delete;
    ~input_files_t();

    /// The next file path, or nullopt when there are no more.
    std::optional<std::string> next();

    /// Counts the files without consuming them, for progress (walks directories once).
    /// Lists read from stdin cannot be counted twice: returns nullopt then.
    std::optional<std::size_t> count() const;

private:
    bool open_next_source();
    std::optional<std::string> next_from_directories();
    std::optional<std::string> next_from_list();

    /// A command line entry not yet expanded: a path or glob, stdin, or the list file.
    struct source_arg_t
    {
        enum class kind_t : std::uint8_t { path, stdin_list, list_file } kind;
        std::string value;
    };
    std::deque<source_arg_t> m_pending_args;
    std::vector<std::string> m_args;        ///< all of them, for count()
    std::string m_list_file;
    bool m_reads_stdin = false;

    /// An entry of a listing; whether it is a folder is known from the listing itself
    /// when the file system says (no stat per file), else found out when it is reached.
    struct entry_t
    {
        std::string path;
        std::optional<bool> is_directory;
    };
    /// The directory walk in progress: a stack of sorted directory listings.
    struct dir_level_t
    {
        std::vector<entry_t> entries;
        std::size_t next = 0;
    };
    static std::vector<entry_t> list_directory(std::string const &dir);
    std::vector<dir_level_t> m_walk;

    std::FILE *m_list = nullptr; ///< the list being read, if any
    bool m_list_is_stdin = false;
};

#endif // FILING_IMPORT_INPUT_FILES_HPP
