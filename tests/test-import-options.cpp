// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/import-options.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace {

std::variant<import_options_t, exit_code_t> parse(std::vector<char const *> args)
{
    args.insert(args.begin(), "filing-import");
    return parse_import_options(static_cast<int>(args.size()), args.data());
}

import_options_t options_of(std::vector<char const *> args)
{
    auto result = parse(std::move(args));
    EXPECT_TRUE(std::holds_alternative<import_options_t>(result));
    return std::get<import_options_t>(result);
}

} // namespace

TEST(import_options, takes_paths_and_database)
{
    auto const o = options_of({"-d", "dbname=x", "a.txt", "dir"});
    EXPECT_EQ(o.command, import_command_t::import);
    EXPECT_EQ(o.database, "dbname=x");
    EXPECT_EQ(o.paths, (std::vector<std::string>{"a.txt", "dir"}));
    EXPECT_EQ(o.jobs, 0U);
    EXPECT_EQ(o.batch_size, 2000U);
}

TEST(import_options, knows_its_subcommands)
{
    auto const parse_cmd = options_of({"parse", "a.txt", "b.xml"});
    EXPECT_EQ(parse_cmd.command, import_command_t::parse);
    EXPECT_EQ(parse_cmd.paths, (std::vector<std::string>{"a.txt", "b.xml"}));
    auto const migrate = options_of({"db", "migrate", "-d", "postgresql://h/db"});
    EXPECT_EQ(migrate.command, import_command_t::migrate);
    EXPECT_EQ(migrate.database, "postgresql://h/db");
}

TEST(import_options, quiet_turns_progress_off)
{
    auto const o = options_of({"--quiet", "-j", "3", "--batch-size", "50", "x"});
    EXPECT_TRUE(o.quiet);
    EXPECT_EQ(o.log_level, log_level_t::error); // no line per rejected file or parser warning
    EXPECT_EQ(o.progress, progress_mode_t::off);
    EXPECT_EQ(o.jobs, 3U);
    EXPECT_EQ(o.batch_size, 50U);
}

TEST(import_options, usage_errors_give_exit_code_2)
{
    EXPECT_EQ(std::get<exit_code_t>(parse({"--no-such-option", "x"})), exit_code_t::fatal);
    EXPECT_EQ(std::get<exit_code_t>(parse({})), exit_code_t::fatal);
    EXPECT_EQ(std::get<exit_code_t>(parse({"-j", "0", "x"})), exit_code_t::fatal);
    EXPECT_EQ(std::get<exit_code_t>(parse({"db"})), exit_code_t::fatal);
    EXPECT_EQ(std::get<exit_code_t>(parse({"--progress", "sometimes", "x"})), exit_code_t::fatal);
}

TEST(import_options, help_and_version_exit_0)
{
    testing::internal::CaptureStdout();
    EXPECT_EQ(std::get<exit_code_t>(parse({"--help"})), exit_code_t::ok);
    auto const help = testing::internal::GetCapturedStdout();
    EXPECT_NE(help.find("Database options"), std::string::npos);
    EXPECT_NE(help.find("-d,--database"), std::string::npos);
    testing::internal::CaptureStdout();
    EXPECT_EQ(std::get<exit_code_t>(parse({"--version"})), exit_code_t::ok);
    EXPECT_EQ(testing::internal::GetCapturedStdout().rfind("filing-import ", 0), 0U);
}
