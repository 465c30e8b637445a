// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/input-files.hpp"

#include "errors.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <glob.h>
#include <memory>
#include <sys/stat.h>

namespace {

bool is_glob(std::string const &s) { return s.find_first_of("*?[") != std::string::npos; }

bool exists(std::string const &path)
{
    struct stat st
    {
    };
    return ::stat(path.c_str(), &st) == 0 || ::lstat(path.c_str(), &st) == 0;
}

std::vector<std::string> expand_glob(std::string const &pattern)
{
    glob_t g{};
    int const rc = ::glob(pattern.c_str(), 0, nullptr, &g);
    std::vector<std::string> out;
    if (rc == 0) {
        for (std::size_t i = 0; i < g.gl_pathc; ++i) {
            out.emplace_back(g.gl_pathv[i]);
        }
    }
    ::globfree(&g);
    return out; // glob() sorts its matches
}

std::string trim_line(char const *line)
{
    std::string s{line};
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) {
        s.pop_back();
    }
    return s;
}

std::string join_path(std::string const &dir, char const *name)
{
    return !dir.empty() && dir.back() == '/' ? dir + name : dir + '/' + name;
}

struct dir_closer_t
{
    void operator()(DIR *d) const noexcept { ::closedir(d); }
};

} // namespace

input_files_t::input_files_t(std::vector<std::string> args, std::string list_file)
: m_args(std::move(args)), m_list_file(std::move(list_file))
{
    for (auto const &arg : m_args) {
        if (arg == "-") {
            m_reads_stdin = true;
        } else if (is_glob(arg) && !exists(arg)) {
            if (expand_glob(arg).empty()) {
                throw fmt_error("no file matches '{}'", arg);
            }
        } else if (!exists(arg)) {
            throw fmt_error("{}: no such file or directory", arg);
        }
    }
    if (!m_list_file.empty() && !exists(m_list_file)) {
        throw fmt_error("{}: no such file (--from-list)", m_list_file);
    }
    using kind_t = source_arg_t::kind_t;
    for (auto const &arg : m_args) {
        m_pending_args.push_back({arg == "-" ? kind_t::stdin_list : kind_t::path, arg});
    }
    if (!m_list_file.empty()) {
        m_pending_args.push_back({kind_t::list_file, m_list_file});
    }
}

input_files_t::~input_files_t()
{
    if (m_list != nullptr && !m_list_is_stdin) {
        std::fclose(m_list);
    }
}

std::optional<std::size_t> input_files_t::count() const
{
    if (m_reads_stdin) {
        return std::nullopt;
    }
    input_files_t again{m_args, m_list_file};
    std::size_t n = 0;
    while (auto const entry = again.next()) {
        n += entry->to_read() ? 1 : 0;
    }
    return n;
}

std::optional<input_entry_t> input_files_t::enter_directory(std::string const &path)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0) {
        return input_entry_t{path, fmt::format("cannot open: {}", std::strerror(errno)), true};
    }
    if (!m_walked.emplace(st.st_dev, st.st_ino).second) {
        return input_entry_t{path,
                             "a folder already walked (a symbolic link to itself, to a folder above it, or a "
                             "second link to the same folder): not walked again",
                             false};
    }
    std::unique_ptr<DIR, dir_closer_t> const dir{::opendir(path.c_str())};
    if (!dir) {
        return input_entry_t{path, fmt::format("cannot list the folder: {}", std::strerror(errno)), true};
    }
    // Sorted, hidden entries (".git", editor files) left out. The type comes from readdir
    // (d_type): no stat per file; a symbolic link is followed when it is reached.
    dir_level_t level;
    while (auto const *e = ::readdir(dir.get())) {
        if (e->d_name[0] == '.') {
            continue;
        }
        using type_t = dir_entry_t::type_t;
        auto const type = e->d_type == DT_DIR                              ? type_t::directory
                          : e->d_type == DT_LNK || e->d_type == DT_UNKNOWN ? type_t::unknown
                                                                           : type_t::file;
        level.entries.push_back(dir_entry_t{type, join_path(path, e->d_name)});
    }
    std::sort(level.entries.begin(), level.entries.end(), [](auto const &a, auto const &b) { return a.path < b.path; });
    m_walk.push_back(std::move(level));
    return std::nullopt;
}

std::optional<input_entry_t> input_files_t::next_from_walk()
{
    while (!m_walk.empty()) {
        auto &level = m_walk.back();
        if (level.next == level.entries.size()) {
            m_walk.pop_back();
            continue;
        }
        auto entry = std::move(level.entries[level.next++]);
        bool directory = entry.type == dir_entry_t::type_t::directory;
        if (entry.type == dir_entry_t::type_t::unknown) {
            struct stat st
            {
            };
            directory = ::stat(entry.path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
        }
        if (directory) {
            if (auto refused = enter_directory(entry.path)) {
                return refused;
            }
            continue;
        }
        return input_entry_t{std::move(entry.path), {}, false};
    }
    return std::nullopt;
}

std::optional<input_entry_t> input_files_t::next_from_list()
{
    char buf[4096];
    while (m_list != nullptr) {
        if (std::fgets(buf, sizeof(buf), m_list) == nullptr) {
            if (!m_list_is_stdin) {
                std::fclose(m_list);
            }
            m_list = nullptr;
            break;
        }
        auto line = trim_line(buf);
        if (!line.empty()) {
            m_walk.push_back(dir_level_t{{dir_entry_t{dir_entry_t::type_t::unknown, std::move(line)}}, 0});
            if (auto entry = next_from_walk()) {
                return entry;
            }
        }
    }
    return std::nullopt;
}

bool input_files_t::open_next_source()
{
    if (m_pending_args.empty()) {
        return false;
    }
    auto source = std::move(m_pending_args.front());
    m_pending_args.pop_front();
    auto &arg = source.value;
    using type_t = dir_entry_t::type_t;
    if (source.kind == source_arg_t::kind_t::stdin_list) {
        m_list = stdin;
        m_list_is_stdin = true;
    } else if (source.kind == source_arg_t::kind_t::list_file) {
        m_list = std::fopen(m_list_file.c_str(), "r");
        m_list_is_stdin = false;
        if (m_list == nullptr) {
            throw fmt_error("{}: cannot open: {}", m_list_file, std::strerror(errno));
        }
    } else if (is_glob(arg) && !exists(arg)) {
        dir_level_t matches;
        for (auto &m : expand_glob(arg)) {
            matches.entries.push_back(dir_entry_t{type_t::unknown, std::move(m)});
        }
        m_walk.push_back(std::move(matches));
    } else {
        m_walk.push_back(dir_level_t{{dir_entry_t{type_t::unknown, std::move(arg)}}, 0});
    }
    return true;
}

std::optional<input_entry_t> input_files_t::next()
{
    while (true) {
        if (auto entry = next_from_walk()) {
            return entry;
        }
        if (auto entry = next_from_list()) {
            return entry;
        }
        if (!m_walk.empty()) {
            continue; // a directory named in a list is being walked
        }
        if (!open_next_source()) {
            return std::nullopt;
        }
    }
}
