// SPDX-License-Identifier: GPL-2.0-or-later
// The programs as users run them: exit codes and what they print.
#include "common-pg.hpp"
#include "common-run.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace {

void expect_one_line_failure(run_result_t const &r, char const *contains)
{
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_EQ(r.err_lines(), 1U) << r.err;
    EXPECT_NE(r.err.find(contains), std::string::npos) << r.err;
}

} // namespace

TEST(programs, connection_failures_exit_2_with_one_line)
{
    for (auto const *program : {FILING_IMPORT_BIN, FILING_QUERY_BIN}) {
        std::vector<std::string> const tail =
            std::string{program} == FILING_IMPORT_BIN ? std::vector<std::string>{"db", "migrate"}
                                                      : std::vector<std::string>{"filing-stats"};
        auto with_db = [&](std::string const &db) {
            std::vector<std::string> args = tail;
            args.push_back("-d");
            args.push_back(db);
            return args;
        };
        // Refused: nothing listens on port 1.
        expect_one_line_failure(run_program(program, with_db("host=127.0.0.1 port=1")),
                                "cannot connect to the database: ");
        // A host that does not exist.
        expect_one_line_failure(run_program(program, with_db("host=no-such-host.invalid connect_timeout=5")),
                                "cannot connect to the database: ");
        // The server says no: a role that does not exist.
        expect_one_line_failure(run_program(program, with_db("user=no_such_role_x dbname=postgres")),
                                "no_such_role_x");
    }
}

TEST(programs, usage_errors_exit_2)
{
    auto const unknown = run_program(FILING_IMPORT_BIN, {"--frobnicate"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("--frobnicate"), std::string::npos);
    auto const missing = run_program(FILING_IMPORT_BIN, {"/no/such/file.txt"});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_EQ(missing.err, "filing-import: /no/such/file.txt: no such file or directory\n");
    auto const help = run_program(FILING_IMPORT_BIN, {"--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("Database options"), std::string::npos);
}

TEST(programs, db_migrate_honours_the_libpq_environment)
{
    auto &db = test_db();
    auto const r = run_program(FILING_IMPORT_BIN, {"db", "migrate"}, {}, "PGDATABASE=" + db.name());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(db.value<int>("SELECT max(version) FROM schema_migration"), program_schema_version());
    auto const status = run_program(FILING_IMPORT_BIN, {"db", "status", "-d", db.conninfo()});
    EXPECT_EQ(status.exit_code, 0);
    EXPECT_EQ(status.out, fmt::format("schema version {0} (this program: {0})\n", program_schema_version()));
}

TEST(programs, import_reads_paths_from_stdin_and_writes_its_summary_as_json)
{
    auto &db = migrated_test_db();
    std::string const seeds = std::string{SEEDS_DIR} + "/000_645bfcb514d3ff30.txt\n" + SEEDS_DIR +
                              "/003_e2d76acea318585b.txt\n" + SEEDS_DIR + "/004_3f47c6079172a788.txt\n";
    auto const first = run_program(FILING_IMPORT_BIN, {"-", "--summary-json", "-", "-q", "-d", db.conninfo()}, seeds);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    auto const summary = nlohmann::json::parse(first.out);
    EXPECT_EQ(summary["files_seen"], 3);
    EXPECT_EQ(summary["filings_imported"], 3);
    EXPECT_EQ(summary["files_rejected"], 0);
    EXPECT_EQ(db.count("filing"), 3);

    auto const again = run_program(FILING_IMPORT_BIN, {"-", "--summary-json", "-", "-q", "-d", db.conninfo()}, seeds);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    auto const second = nlohmann::json::parse(again.out);
    EXPECT_EQ(second["files_unchanged"], 3);
    EXPECT_EQ(second["filings_imported"], 0);
    EXPECT_EQ(db.count("filing"), 3);
}

TEST(programs, a_report_past_its_statement_timeout_is_cancelled)
{
    auto &db = migrated_test_db();
    auto const dir = std::filesystem::temp_directory_path() / ("filing-slow-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream{dir / "slow.sql"} << "-- name: slow\n-- description: sleeps\nSELECT pg_sleep(30) AS slept;\n";
    auto const started = std::chrono::steady_clock::now();
    auto const r = run_program(FILING_QUERY_BIN, {"slow", "--queries-dir", dir.string(), "--statement-timeout", "200",
                                                  "-d", db.conninfo()});
    auto const took = std::chrono::steady_clock::now() - started;
    expect_one_line_failure(r, "statement timeout");
    EXPECT_LT(took, std::chrono::seconds{10});
    std::filesystem::remove_all(dir);
}
