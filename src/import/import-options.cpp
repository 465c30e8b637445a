// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/import-options.hpp"

#include "command-line-app.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace {

constexpr char const *DESCRIPTION =
    "Imports SEC filings into a PostgreSQL archive: insider ownership reports (Forms 3, 4, 5 "
    "and amendments) as text renderings, ownership XML or EDGAR submission files, and "
    "prospectus supplements about at-the-market offerings.";

constexpr char const *FOOTER = R"(
Examples:
  filing-import -d archive filings/              import a folder, recursively
  filing-import -d 'host=db user=me dbname=sec' 'filings/2024-*/*.txt'
  find filings -name '*.xml' | filing-import -    paths from stdin
  filing-import 20240305.nc.tar.gz               EDGAR's daily feed, read in place
  filing-import parse form4.txt                  print the parse as JSON, no database
  filing-import db migrate                       create or upgrade the schema
  filing-import db check                         verify every reference of the archive

Exit codes: 0 all imported, 1 some files rejected, 2 usage or fatal error,
130 stopped by SIGINT (Ctrl-C), 143 stopped by SIGTERM.)";

} // namespace

std::variant<import_options_t, exit_code_t> parse_import_options(int argc, char const *const argv[])
{
    import_options_t options;
    command_line_app_t app{DESCRIPTION, "filing-import"};
    app.footer(FOOTER);
    std::string log_level{"info"};
    std::string progress{"auto"};

    command_line_app_t::add_database_option(&app, &options.database);
    command_line_app_t::add_log_level_option(&app, &log_level);

    app.add_option("paths", options.paths,
                   "Files, directories (recursively) and tar or zip archives to import (quoted globs "
                   "are expanded; '-' reads paths from stdin, one per line)")
        ->type_name("PATH");
    app.add_option("--from-list", options.from_list, "Read the paths to import from FILE, one per line")
        ->type_name("FILE")
        ->group("Input options");
    app.add_option("--max-file-size", options.max_file_size,
                   "Reject files (and archive members) larger than SIZE unread, e.g. 64MB (default), 1GB")
        ->transform(CLI::AsSizeValue(false))
        ->type_name("SIZE")
        ->group("Input options");
    app.add_option("-j,--jobs", options.jobs, "Parser threads (default: one per core)")
        ->check(CLI::Range(1U, 256U))
        ->type_name("N")
        ->group("Performance options");
    app.add_option("--batch-size", options.batch_size, "Filings per database transaction (default: 2000)")
        ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
        ->type_name("N")
        ->group("Performance options");
    app.add_option("--rejects", options.rejects_file,
                   "Write each rejected file with its reason to FILE (tab-separated)")
        ->type_name("FILE")
        ->group("Output options");
    app.add_option("--summary-json", options.summary_json, "Write the final summary as JSON to FILE ('-' for stdout)")
        ->type_name("FILE")
        ->group("Output options");
    app.add_flag("-q,--quiet", options.quiet, "Print only errors and no progress")->group("Output options");
    app.add_option("--progress", progress, "Progress line: auto (on a terminal), true or false")
        ->check(CLI::IsMember({"auto", "true", "false"}))
        ->type_name("WHEN")
        ->group("Output options");

    auto *parse_cmd = app.add_subcommand("parse", "Parse files and print one JSON object per filing "
                                                  "(JSON Lines) to stdout; no database needed");
    std::vector<std::string> parse_files;
    parse_cmd->add_option("files", parse_files, "Files to parse")->required()->type_name("FILE");

    auto *db_cmd = app.add_subcommand("db", "Manage the archive's database");
    db_cmd->require_subcommand(1);
    auto *migrate_cmd = db_cmd->add_subcommand(
        "migrate", "Create or upgrade the schema (applies the missing migrations; safe to repeat)");
    auto *status_cmd = db_cmd->add_subcommand("status", "Print the schema version of the archive");
    auto *check_cmd = db_cmd->add_subcommand(
        "check", "Verify that every row refers to rows that exist (exit 1 naming what does not)");
    for (auto *sub : {migrate_cmd, status_cmd, check_cmd}) {
        command_line_app_t::add_database_option(sub, &options.database);
    }
    // Options of the main command (--log-level, ...) may follow a subcommand too.
    for (auto *sub : {parse_cmd, db_cmd, migrate_cmd, status_cmd, check_cmd}) {
        sub->fallthrough();
    }

    if (auto const done = app.parse_args(argc, argv)) {
        return *done;
    }

    options.log_level = parse_log_level(log_level);
    options.progress = progress == "true"    ? progress_mode_t::on
                       : progress == "false" ? progress_mode_t::off
                                             : progress_mode_t::automatic;
    if (options.quiet) {
        // Quiet: no progress and no line per file (rejects are in the summary, the
        // import_reject table and --rejects FILE); errors that stop the program still show.
        options.progress = progress_mode_t::off;
        if (options.log_level < log_level_t::error) {
            options.log_level = log_level_t::error;
        }
    }
    if (*parse_cmd) {
        options.command = import_command_t::parse;
        options.paths = std::move(parse_files);
    } else if (*migrate_cmd) {
        options.command = import_command_t::migrate;
    } else if (*status_cmd) {
        options.command = import_command_t::status;
    } else if (*check_cmd) {
        options.command = import_command_t::check;
    } else if (options.paths.empty() && options.from_list.empty()) {
        fmt::print(stderr, "filing-import: nothing to import: give files or directories, "
                           "'-' for a list on stdin, or --from-list FILE\n"
                           "Run with --help for usage.\n");
        return exit_code_t::fatal;
    }
    return options;
}
