// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_INPUT_FILES_HPP
#define FILING_IMPORT_INPUT_FILES_HPP

#include <cstdint>
#include <cstdio>
#include <deque>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

/// One thing the walk found: a path to read, or a path it does not read and why.
struct input_entry_t
{
    std::string path;
    /// Empty for a path to read; else why it is not read.
    std::string not_read_reason;
    /// The reason is an error (a folder that cannot be listed), not a plain skip.
    bool is_error = false;

    bool to_read() const noexcept { return not_read_reason.empty(); }
};

/**
 * The files an import reads, one at a time, from what the user named: files, directories
 * (walked recursively, entries in name order, hidden entries skipped), glob patterns, "-"
 * for a list of paths on stdin, and a list file. Paths are produced lazily so that a
 * backlog of a million files is never held in memory at once.
 *
 * Symbolic links are followed, each folder is walked once: a folder reached again (through
 * a link to itself or to a folder above it, or a second link to the same folder) is found
 * by its device and inode and reported as not read, so that a loop cannot make the walk
 * endless. What a path names (a FIFO, a device) is checked when the file is opened (see
 * regular_file_t), not here.
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
    input_files_t(std::vector<std::string> args, std::string list_file);

    input_files_t(input_files_t const &) = delete;
    input_files_t &operator=(input_files_t const &) = delete;
    input_files_t(input_files_t &&) = delete;
    input_files_t &operator=(input_files_t &&) = delete;
    ~input_files_t();

    /// The next entry, or nullopt when there are no more.
    std::optional<input_entry_t> next();

    /// Counts the paths to read without consuming them, for progress (walks directories
    /// once more). Lists read from stdin cannot be counted twice: returns nullopt then.
    std::optional<std::size_t> count() const;

private:
    bool open_next_source();
    std::optional<input_entry_t> next_from_walk();
    std::optional<input_entry_t> next_from_list();
    /// Starts walking `path` when it is a folder not walked yet; else says why not.
    std::optional<input_entry_t> enter_directory(std::string const &path);

    /// A command line entry not yet expanded: a path or glob, stdin, or the list file.
    struct source_arg_t
    {
        enum class kind_t : std::uint8_t
        {
            path,
            stdin_list,
            list_file
        } kind;
        std::string value;
    };
    std::deque<source_arg_t> m_pending_args;
    std::vector<std::string> m_args; ///< all of them, for count()
    std::string m_list_file;
    bool m_reads_stdin = false;

    /// An entry of a listing: a folder, a file, or unknown until reached (a symbolic link,
    /// or a file system that does not say), when stat() tells.
    struct dir_entry_t
    {
        enum class type_t : std::uint8_t
        {
            file,
            directory,
            unknown
        } type;
        std::string path;
    };
    /// The directory walk in progress: a stack of sorted directory listings.
    struct dir_level_t
    {
        std::vector<dir_entry_t> entries;
        std::size_t next = 0;
    };
    std::vector<dir_level_t> m_walk;
    /// Device and inode of every folder walked, so that none is walked twice.
    std::set<std::pair<std::uint64_t, std::uint64_t>> m_walked;

    std::FILE *m_list = nullptr; ///< the list being read, if any
    bool m_list_is_stdin = false;
};

#endif // FILING_IMPORT_INPUT_FILES_HPP
