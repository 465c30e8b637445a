// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/input-files.hpp"

#include "errors.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <glob.h>
#include <system_error>

namespace fs = std::filesystem;

namespace {

bool is_glob(std::string const &s) { return s.find_first_of("*?[") != std::string::npos; }

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

bool is_directory(std::string const &path)
{
    std::error_code ec;
    return fs::is_directory(path, ec);
}

std::size_t count_tree(std::string const &path)
{
    if (!is_directory(path)) {
        return 1;
    }
    std::size_t n = 0;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator{path, ec}; !ec && it != fs::recursive_directory_iterator{};
         it.increment(ec)) {
        auto const name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            if (it->is_directory(ec)) {
                it.disable_recursion_pending();
            }
            continue;
        }
        if (!it->is_directory(ec)) {
            ++n;
        }
    }
    return n;
}

std::string trim_line(char const *line)
{
    std::string s{line};
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) {
        s.pop_back();
    }
    return s;
}

} // namespace

std::vector<input_files_t::entry_t> input_files_t::list_directory(std::string const &dir)
{
    // Sorted, hidden entries (".git", editor files) left out.
    std::vector<entry_t> entries;
    std::error_code ec;
    for (auto const &entry : fs::directory_iterator{dir, ec}) {
        auto const name = entry.path().filename().string();
        if (name.empty() || name[0] == '.') {
            continue;
        }
        // directory_entry keeps the type readdir gave (d_type): no stat per file. A
        // symbolic link is followed when it is reached.
        std::error_code type_ec;
        std::optional<bool> directory;
        if (!entry.is_symlink(type_ec) && !type_ec) {
            directory = entry.is_directory(type_ec);
            if (type_ec) {
                directory.reset();
            }
        }
        entries.push_back(entry_t{entry.path().string(), directory});
    }
    std::sort(entries.begin(), entries.end(), [](auto const &a, auto const &b) { return a.path < b.path; });
    return entries;
}

input_files_t::input_files_t(std::vector<std::string> args, std::string const &list_file)
: m_args(std::move(args)), m_list_file(list_file)
{
    for (auto const &arg : m_args) {
        if (arg == "-") {
            m_reads_stdin = true;
        } else if (is_glob(arg) && !fs::exists(arg)) {
            if (expand_glob(arg).empty()) {
                throw fmt_error("no file matches '{}'", arg);
            }
        } else if (std::error_code ec; !fs::exists(arg, ec)) {
            throw fmt_error("{}: no such file or directory", arg);
        }
    }
    if (!m_list_file.empty() && !fs::exists(m_list_file)) {
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
    std::size_t n = 0;
    for (auto const &arg : m_args) {
        if (is_glob(arg) && !fs::exists(arg)) {
            for (auto const &match : expand_glob(arg)) {
                n += count_tree(match);
            }
        } else {
            n += count_tree(arg);
        }
    }
    if (!m_list_file.empty()) {
        std::FILE *f = std::fopen(m_list_file.c_str(), "r");
        if (f != nullptr) {
            char buf[4096];
            while (std::fgets(buf, sizeof(buf), f) != nullptr) {
                if (!trim_line(buf).empty()) {
                    ++n;
                }
            }
            std::fclose(f);
        }
    }
    return n;
}

std::optional<std::string> input_files_t::next_from_directories()
{
    while (!m_walk.empty()) {
        auto &level = m_walk.back();
        if (level.next == level.entries.size()) {
            m_walk.pop_back();
            continue;
        }
        auto entry = std::move(level.entries[level.next++]);
        if (entry.is_directory.value_or(is_directory(entry.path))) {
            m_walk.push_back(dir_level_t{list_directory(entry.path), 0});
            continue;
        }
        return std::move(entry.path);
    }
    return std::nullopt;
}

std::optional<std::string> input_files_t::next_from_list()
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
        if (line.empty()) {
            continue;
        }
        if (is_directory(line)) {
            m_walk.push_back(dir_level_t{list_directory(line), 0});
            if (auto p = next_from_directories()) {
                return p;
            }
            continue;
        }
        return line;
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
    if (source.kind == source_arg_t::kind_t::stdin_list) {
        m_list = stdin;
        m_list_is_stdin = true;
    } else if (source.kind == source_arg_t::kind_t::list_file) {
        m_list = std::fopen(m_list_file.c_str(), "r");
        m_list_is_stdin = false;
        if (m_list == nullptr) {
            throw fmt_error("{}: cannot open: {}", m_list_file, std::strerror(errno));
        }
    } else if (is_glob(arg) && !fs::exists(arg)) {
        std::vector<entry_t> matches;
        for (auto &m : expand_glob(arg)) {
            matches.push_back(entry_t{std::move(m), std::nullopt});
        }
        m_walk.push_back(dir_level_t{std::move(matches), 0});
    } else {
        m_walk.push_back(dir_level_t{{entry_t{std::move(arg), std::nullopt}}, 0});
    }
    return true;
}

std::optional<std::string> input_files_t::next()
{
    while (true) {
        if (auto p = next_from_directories()) {
            return p;
        }
        if (auto p = next_from_list()) {
            return p;
        }
        if (!m_walk.empty()) {
            continue; // a directory named in a list is being walked
        }
        if (!open_next_source()) {
            return std::nullopt;
        }
    }
}
