// SPDX-License-Identifier: GPL-2.0-or-later
// The programs as users run them: exit codes and what they print.
#include "common-pg.hpp"
#include "common-run.hpp"

#include <gtest/gtest.h>

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
