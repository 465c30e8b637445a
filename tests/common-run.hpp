// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_RUN_HPP
#define FILING_TESTS_COMMON_RUN_HPP

// Runs one of the programs as a user would, capturing exit code, stdout and stderr.

#include "util/read-file.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
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
    auto const base = std::filesystem::temp_directory_path() /
                      fmt::format("filing-run-{}-{}", ::getpid(), ++counter);
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

#endif // FILING_TESTS_COMMON_RUN_HPP
