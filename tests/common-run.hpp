// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_RUN_HPP
#define FILING_TESTS_COMMON_RUN_HPP

// Runs one of the programs as a user would, capturing exit code, stdout and stderr.

#include "util/read-file.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

struct run_result_t
{
    int exit_code = -1;
    std::string out;
    std::string err;

    /// Lines of stderr (without the final newline).
    std::size_t err_lines() const
    {
        std::size_t n = 0;
        for (char c : err) {
            n += c == '\n' ? 1 : 0;
        }
        return n;
    }
};

inline std::string shell_quote(std::string const &arg)
{
    std::string out{"'"};
    for (char c : arg) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

/// Runs `program args...` with an optional stdin text and extra environment assignments.
inline run_result_t run_program(std::string const &program, std::vector<std::string> const &args,
                                std::string const &stdin_text = {}, std::string const &env = {})
{
    static int counter = 0;
    auto const base = std::filesystem::temp_directory_path() / fmt::format("filing-run-{}-{}", ::getpid(), ++counter);
    auto const in = base.string() + ".in";
    auto const out = base.string() + ".out";
    auto const err = base.string() + ".err";
    {
        std::FILE *f = std::fopen(in.c_str(), "w");
        std::fputs(stdin_text.c_str(), f);
        std::fclose(f);
    }
    std::string cmd = env.empty() ? "" : env + " ";
    cmd += shell_quote(program);
    for (auto const &a : args) {
        cmd += ' ';
        cmd += shell_quote(a);
    }
    cmd += fmt::format(" <{} >{} 2>{}", shell_quote(in), shell_quote(out), shell_quote(err));
    int const status = std::system(cmd.c_str());
    run_result_t result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = read_file(out);
    result.err = read_file(err);
    std::filesystem::remove(in);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return result;
}

/// Removes a folder when it goes out of scope: as a static, when the test binary ends.
class folder_remover_t
{
public:
    explicit folder_remover_t(std::filesystem::path path) : m_path(std::move(path)) {}
    folder_remover_t(folder_remover_t const &) = delete;
    folder_remover_t &operator=(folder_remover_t const &) = delete;
    ~folder_remover_t() { std::filesystem::remove_all(m_path); }

private:
    std::filesystem::path m_path;
};

/// Starts `program args...` without waiting, stdin from /dev/null, stdout and stderr to
/// the files named; returns its process id (for kill() and waitpid()).
inline pid_t spawn_program(std::string const &program, std::vector<std::string> const &args, std::string const &out,
                           std::string const &err)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char *> argv;
    argv.push_back(
        const_cast<char *>(program.c_str())); // NOLINT(cppcoreguidelines-pro-type-const-cast): posix_spawn's signature
    for (auto const &a : args) {
        argv.push_back(const_cast<char *>(a.c_str())); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    }
    argv.push_back(nullptr);
    pid_t pid = -1;
    int const rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
}

#endif // FILING_TESTS_COMMON_RUN_HPP
