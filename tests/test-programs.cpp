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
        std::vector<std::string> const tail = std::string{program} == FILING_IMPORT_BIN
                                                  ? std::vector<std::string>{"db", "migrate"}
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
        expect_one_line_failure(run_program(program, with_db("user=no_such_role_x dbname=postgres")), "no_such_role_x");
    }
}

TEST(programs, no_error_shows_a_password)
{
    std::string const p = "Sup3rS3cret";
    auto const &db = test_db(); // a server that answers, for the forms that reach it
    std::vector<std::string> const forms{
        // Malformed URIs: libpq quotes the piece it could not read.
        "postgresql://u:" + p + "%zz@localhost/db",
        "postgresql://u:" + p + "@[::1/db",
        "postgresql://u:Sup3r%00S3cret@localhost/db",
        "postgresql://u:" + p + "@localhost/db?passwrd=x",
        "postgresql://u:" + p + "@localhost?dbname=x&password",
        "postgresql://u:" + p + "@localhost:port/db",
        "postgresql://u:" + p + "@localhost/db?sslmode=" + p,
        "postgresql://u:" + p + "@127.0.0.1:1/db",
        "postgresq://u:" + p + "@localhost/db",
        // A URI without its scheme is a database name, which the server echoes.
        "u:" + p + "@localhost/db",
        // key=value forms.
        "host=localhost password " + p,
        "host=localhost password='" + p,
        "host=localhost passwrd=" + p,
        "password=" + p + " sslmode=" + p,
        "password=" + p + " host=127.0.0.1 port=1",
        "password=" + p + " dbname=no_such_db_" + p,
        "password=" + p + " user=no_such_role_x dbname=" + db.name(),
    };
    for (auto const *program : {FILING_IMPORT_BIN, FILING_QUERY_BIN}) {
        std::vector<std::string> const command = std::string{program} == FILING_IMPORT_BIN
                                                     ? std::vector<std::string>{"db", "migrate", "-d"}
                                                     : std::vector<std::string>{"filing-stats", "-d"};
        for (auto const &form : forms) {
            auto args = command;
            args.push_back(form);
            auto const r = run_program(program, args);
            expect_one_line_failure(r, "cannot connect to the database");
            EXPECT_EQ(r.err.find("3cret"), std::string::npos) << form << " -> " << r.err;
            EXPECT_EQ(r.err.find("Sup3r"), std::string::npos) << form << " -> " << r.err;
        }
    }
}

TEST(programs, importing_into_a_current_archive_needs_no_right_to_create)
{
    tempdb_t archive;
    migrate_database(archive.conninfo());
    auto const role = "filing_writer_" + archive.name();
    archive.exec(
        fmt::format("DROP ROLE IF EXISTS {0}; CREATE ROLE {0} LOGIN; GRANT CONNECT, TEMPORARY ON DATABASE {1} TO {0}; "
                    "REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO {0}; "
                    "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {0}; "
                    "GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {0}; "
                    "GRANT DELETE ON issuer, issuer_name, issuer_ticker, person, person_name, person_issuer TO {0}",
                    role, archive.name()));
    auto const as_writer = fmt::format("dbname={} user={}", archive.name(), role);
    auto const r = run_program(FILING_IMPORT_BIN, {"-q", "-d", as_writer, SEEDS_DIR});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(archive.count("filing"), 3);
    // A file rejected twice keeps one row, updated: no right to delete is needed for that.
    auto const junk = std::filesystem::temp_directory_path() / fmt::format("filing-writer-junk-{}.txt", ::getpid());
    std::ofstream{junk} << "not a filing";
    for (int i = 0; i < 2; ++i) {
        auto const again = run_program(FILING_IMPORT_BIN, {"-q", "-d", as_writer, junk.string()});
        EXPECT_EQ(again.exit_code, 1) << again.err;
        EXPECT_EQ(again.err, "");
    }
    std::filesystem::remove(junk);
    EXPECT_EQ(archive.value<std::string>("SELECT count(*) || ' ' || max(attempts) FROM import_reject"), "1 2");
    // A schema that needs a migration says in one line who may apply it.
    archive.exec("DELETE FROM schema_migration WHERE version = (SELECT max(version) FROM schema_migration)");
    expect_one_line_failure(run_program(FILING_IMPORT_BIN, {"-q", "-d", as_writer, SEEDS_DIR}),
                            "filing-import db migrate");
    archive.exec(fmt::format("DROP OWNED BY {0}; DROP ROLE {0}", role));
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

TEST(programs, a_report_the_server_refuses_fails_in_one_line)
{
    auto &db = migrated_test_db();
    auto const dir = std::filesystem::temp_directory_path() / ("filing-broken-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    // The server's message has a second line pointing at the error: it is left out.
    std::ofstream{dir / "broken.sql"}
        << "-- name: broken\n-- description: no such table\nSELECT * FROM no_such_table;\n";
    auto const r = run_program(FILING_QUERY_BIN, {"broken", "--queries-dir", dir.string(), "-d", db.conninfo()});
    expect_one_line_failure(r, "report broken failed: relation \"no_such_table\" does not exist");
    std::filesystem::remove_all(dir);
}

TEST(programs, a_report_past_its_statement_timeout_is_cancelled)
{
    auto &db = migrated_test_db();
    auto const dir = std::filesystem::temp_directory_path() / ("filing-slow-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream{dir / "slow.sql"} << "-- name: slow\n-- description: sleeps\nSELECT pg_sleep(30) AS slept;\n";
    auto const started = std::chrono::steady_clock::now();
    auto const r = run_program(
        FILING_QUERY_BIN, {"slow", "--queries-dir", dir.string(), "--statement-timeout", "200", "-d", db.conninfo()});
    auto const took = std::chrono::steady_clock::now() - started;
    expect_one_line_failure(r, "statement timeout");
    EXPECT_LT(took, std::chrono::seconds{10});
    std::filesystem::remove_all(dir);
}
