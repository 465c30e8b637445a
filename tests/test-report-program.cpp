// SPDX-License-Identifier: GPL-2.0-or-later
// filing-query as users run it: tables that fit the terminal, CSV and JSON that keep the
// exact values whatever the table does, every bad parameter refused with exit code 2, and
// reports that can only read.
#include "common-import.hpp"
#include "common-run.hpp"

#include "report/report-output.hpp"
#include "report/report-table.hpp"
#include "util/read-file.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

class report_program_test : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        migrated_test_db().truncate_archive();
        ASSERT_EQ(import_paths({SEEDS_DIR, TEST_DATA_DIR "/archive"}), exit_code_t::ok);
    }

    static run_result_t query(std::vector<std::string> args, std::string const &env = "COLUMNS=100")
    {
        args.push_back("-d");
        args.push_back(migrated_test_db().conninfo());
        return run_program(FILING_QUERY_BIN, args, {}, env);
    }
};

/// RFC 4180 fields back from CSV text.
std::vector<std::vector<std::string>> parse_csv(std::string const &text)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(std::move(field));
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    rows.pop_back(); // after the last CRLF
    return rows;
}

std::size_t widest_line(std::string const &text)
{
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto const nl = std::min(text.find('\n', start), text.size());
        widest = std::max(widest, display_width(std::string_view{text}.substr(start, nl - start)));
        start = nl + 1;
    }
    return widest;
}

/// Every report with the parameters it needs on the test archive.
std::vector<std::vector<std::string>> every_report()
{
    return {{"atm-status"},
            {"cluster-buys", "--from", "2024-01-01", "--min-insiders", "2"},
            {"filing-stats"},
            {"holdings", "--person", "3000013"},
            {"import-rejects"},
            {"import-runs"},
            {"insider-activity", "--issuer", "KBIO"},
            {"insider-trades", "--from", "2024-01-01"},
            {"insiders", "--issuer", "KBIO"},
            {"issuer-names", "--issuer", "KBIO"},
            {"owner-filings", "--person", "3000013"}};
}

} // namespace

TEST_F(report_program_test, every_default_table_fits_100_columns)
{
    auto const names = query({"list", "--names"});
    std::size_t listed = 0;
    for (char c : names.out) {
        listed += c == '\n' ? 1 : 0;
    }
    EXPECT_EQ(listed, every_report().size()) << names.out;
    for (auto const &args : every_report()) {
        auto const r = query(args);
        EXPECT_EQ(r.exit_code, 0) << args[0] << ": " << r.err;
        EXPECT_LE(widest_line(r.out), 100U) << r.out;
        EXPECT_NE(r.out.find('\n'), std::string::npos) << args[0];
        auto const narrow = query(args, "COLUMNS=60");
        EXPECT_LE(widest_line(narrow.out), 60U) << narrow.out;
    }
}

TEST_F(report_program_test, csv_and_json_are_the_same_whatever_the_terminal)
{
    for (auto const &args : every_report()) {
        for (char const *format : {"csv", "json"}) {
            auto with = args;
            with.insert(with.end(), {"--format", format, "-q"});
            auto const wide = query(with, "COLUMNS=400");
            auto const narrow = query(with, "COLUMNS=30");
            EXPECT_EQ(wide.exit_code, 0) << wide.err;
            EXPECT_EQ(wide.out, narrow.out) << args[0] << " " << format;
            EXPECT_EQ(wide.err, "") << args[0];
        }
    }
    // The values as the database gave them: no grouping, no rounding, every column.
    auto const csv = parse_csv(query({"insider-trades", "--from", "2024-01-01", "-f", "csv"}).out);
    ASSERT_EQ(csv.size(), 12U);
    EXPECT_EQ(csv[0].size(), 16U);
    EXPECT_EQ(csv[7][11], "-250000.00"); // value
    EXPECT_EQ(csv[7][4], "Fox Capital LP");
    auto const json = nlohmann::json::parse(query({"holdings", "--person", "Maya Stone", "-f", "json"}).out);
    ASSERT_EQ(json.size(), 4U);
    EXPECT_EQ(json[1]["shares_owned"], 2005200);
    EXPECT_EQ(json[1]["current"], false);
    EXPECT_EQ(json[1]["as_of"], "2024-08-01");
    EXPECT_TRUE(json[0]["nature_of_ownership"].is_null());
}

TEST_F(report_program_test, tables_group_digits_shorten_text_and_say_the_window)
{
    auto const r = query({"insider-trades"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out,
              "insider-trades --from 2024-10-03 --to 2024-11-01 (not given: from the newest data in the archive)\n"
              " trade_date | ticker | insider    | title    | type     | price | qty | value  | flags\n"
              "------------+--------+------------+----------+----------+-------+-----+--------+-------\n"
              " 2024-11-01 | KBIO   | Stone Maya | Director | Purchase |   5.0 | 100 | 500.00 |\n"
              " 2024-11-01 | KBIO   | Stone Maya | Director | Purchase |   5.2 |  50 | 260.00 |\n"
              "(2 rows)\n"
              "(7 more columns: --columns all, or -f csv / json)\n");
    // In CSV the note goes to stderr (not with -q).
    auto const csv = query({"insider-trades", "-f", "csv"});
    EXPECT_EQ(csv.err,
              "filing-query: insider-trades --from 2024-10-03 --to 2024-11-01 (not given: from the newest data in the "
              "archive)\n");
    auto const joint = query({"insider-activity", "--issuer", "KBIO", "--columns", "transaction_date,owner,shares",
                              "--sort", "shares:desc", "--limit", "2"},
                             "COLUMNS=40");
    EXPECT_EQ(joint.out, " date       | owner            | shares\n" // the table's heading for transaction_date
                         "------------+------------------+--------\n"
                         " 2024-08-01 | Heron Partners \u2026 |  5,200\n"
                         " 2024-08-05 | Park June        |  3,000\n"
                         "(2 rows)\n");
    auto const expanded = query({"issuer-names", "--issuer", "KBIO", "-x", "--limit", "1"});
    EXPECT_EQ(expanded.out, "-[ RECORD 1 ]+---------------------\n"
                            "cik         | 900003\n"
                            "kind        | name\n"
                            "value       | Kestrel Therapeutics, Inc.\n"
                            "first_filed | 2024-07-02\n"
                            "last_filed  | 2024-08-20\n"
                            "filings     | 4\n"
                            "current     | no\n");
}

TEST_F(report_program_test, the_format_follows_the_output_file_name)
{
    auto const dir = std::filesystem::temp_directory_path() / ("filing-report-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto const csv = (dir / "kestrel.csv").string();
    auto const json = (dir / "kestrel.json").string();
    auto const txt = (dir / "kestrel.txt").string();
    EXPECT_EQ(query({"insiders", "--issuer", "KBIO", "-o", csv}).exit_code, 0);
    EXPECT_EQ(read_file(csv).rfind("insider,cik,role,filed_with,", 0), 0U) << read_file(csv);
    EXPECT_EQ(query({"insiders", "--issuer", "KBIO", "-o", json}).exit_code, 0);
    EXPECT_EQ(nlohmann::json::parse(read_file(json)).size(), 4U);
    EXPECT_EQ(query({"insiders", "--issuer", "KBIO", "-o", txt}).exit_code, 0);
    EXPECT_EQ(read_file(txt).rfind(" insider ", 0), 0U) << read_file(txt);
    EXPECT_EQ(query({"insiders", "--issuer", "KBIO", "-o", csv, "-f", "table"}).exit_code, 0);
    EXPECT_EQ(read_file(csv).rfind(" insider ", 0), 0U); // --format wins
    std::filesystem::remove_all(dir);
}

TEST_F(report_program_test, every_bad_parameter_is_refused_with_exit_2)
{
    struct bad_t
    {
        std::vector<std::string> args;
        std::string message;
    };
    std::vector<bad_t> const cases{
        {{"insider-trades", "--type", "X"}, "insider-trades: --type 'X' is not one of P, S, PS"},
        {{"insider-trades", "--per", "day"}, "insider-trades: --per 'day' is not one of transaction, filing"},
        {{"insider-trades", "--min-value", "-5"}, "insider-trades: --min-value must be at least 0, not -5"},
        {{"insider-trades", "--min-value", "a lot"}, "insider-trades: --min-value 'a lot' is not a number"},
        {{"insider-trades", "--role", "ceo"},
         "insider-trades: --role 'ceo' is not one of director, officer, ten-percent-owner, other"},
        {{"insider-trades", "--from", "2024-07-01", "--to", "2024-06-01"},
         "insider-trades: --to 2024-06-01 is before --from 2024-07-01"},
        {{"insider-trades", "--to", "yesterday"}, "insider-trades: --to 'yesterday' is not a date (YYYY-MM-DD)"},
        {{"cluster-buys", "--days", "-5"}, "cluster-buys: --days must be from 1 to 366, not -5"},
        {{"cluster-buys", "--days", "0"}, "cluster-buys: --days must be from 1 to 366, not 0"},
        {{"cluster-buys", "--min-insiders", "1"}, "cluster-buys: --min-insiders must be from 2 to 1000, not 1"},
        {{"cluster-buys", "--min-insiders", "3.5"}, "cluster-buys: --min-insiders '3.5' is not a whole number"},
        {{"insider-activity", "--from", "2024-13-01", "--issuer", "KBIO"},
         "insider-activity: --from '2024-13-01' is not a date (YYYY-MM-DD)"},
        {{"insider-activity", "--code", "P,Q", "--issuer", "KBIO"},
         "insider-activity: --code 'Q' is not one of P, S, A, D, F, I, M, C, E, H, O, X, G, L, W, Z, J, K, U, V "
         "(several may be given, separated by commas)"},
        {{"insider-activity", "--code", "P"}, "insider-activity: give --issuer or --person"},
        {{"holdings"}, "holdings: --person is required (the reporting owner: CIK or name)"},
        {{"holdings", "--person", "3000013", "--current", "maybe"}, "holdings: --current 'maybe' is not true or false"},
        {{"filing-stats", "--by", "week"}, "filing-stats: --by 'week' is not one of month, year"},
        {{"import-rejects", "--stage", "copy"}, "import-rejects: --stage 'copy' is not one of read, parse, load"},
        {{"insiders", "--issuer", "Nowhere Corp"}, "insiders: no issuer matches --issuer 'Nowhere Corp'; the closest:"},
        {{"insiders", "--issuer", "Pelican"}, "insiders: --issuer 'Pelican' could mean any of these"},
        {{"holdings", "--persn", "x"}, "--persn"},
        {{"holdings", "--person", "3000013", "--columns", "ticker,nope"}, "no column 'nope': the columns are ticker,"},
        {{"holdings", "--person", "3000013", "--sort", "nope"}, "no column 'nope'"},
        {{"holdings", "--person", "3000013", "--sort", "shares_owned:up"}, "--sort: 'up' is not a direction"},
        {{"holdings", "--person", "3000013", "--limit", "0"}, "--limit"},
        {{"holdings", "--person", "3000013", "--limit", "-3"}, "--limit"},
        {{"holdings", "--person", "3000013", "--format", "xml"}, "--format"},
        {{"no-such-report"}, "filing-query: unknown report 'no-such-report': 'filing-query list' shows the reports"},
    };
    for (auto const &c : cases) {
        auto const r = query(c.args);
        EXPECT_EQ(r.exit_code, 2) << c.args[0] << " " << c.args.back() << ": " << r.err;
        EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
        EXPECT_EQ(r.out, "") << c.args[0];
    }
}

TEST_F(report_program_test, help_shows_one_default_per_parameter)
{
    auto const help = run_program(FILING_QUERY_BIN, {"insider-trades", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_NE(help.out.find("first trade date (default: 30 days before the last trade in the window)"),
              std::string::npos)
        << help.out;
    EXPECT_EQ(help.out.find("(default: any)", help.out.find("--from")),
              help.out.find("(default: any)", help.out.find("--min-value")));
    EXPECT_EQ(help.out.find(") (default"), std::string::npos) << help.out;
    auto const describe = run_program(FILING_QUERY_BIN, {"describe", "cluster-buys"});
    EXPECT_NE(describe.out.find("  --days integer 1..366 (default: 10)\n      length of the window in days\n"),
              std::string::npos)
        << describe.out;
    EXPECT_NE(describe.out.find("  --role {director,officer,ten-percent-owner,other} (default: any)\n"),
              std::string::npos);
}

TEST_F(report_program_test, a_select_only_role_runs_every_report_and_cannot_write)
{
    auto &db = migrated_test_db();
    auto const role = "filing_reader_" + db.name();
    db.exec(fmt::format("DROP ROLE IF EXISTS {0}; CREATE ROLE {0} LOGIN; GRANT CONNECT ON DATABASE {1} TO {0}; "
                        "GRANT USAGE ON SCHEMA public TO {0}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO {0}",
                        role, db.name()));
    auto const as_reader = fmt::format("dbname={} user={}", db.name(), role);
    for (auto args : every_report()) {
        args.insert(args.end(), {"-d", as_reader});
        auto const r = run_program(FILING_QUERY_BIN, args);
        EXPECT_EQ(r.exit_code, 0) << args[0] << ": " << r.err;
    }
    {
        pqxx::connection conn{as_reader};
        pqxx::work tx{conn};
        EXPECT_THROW(tx.exec("DELETE FROM signature"), pqxx::insufficient_privilege);
    }
    db.exec(fmt::format("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {0}; REVOKE ALL ON SCHEMA public FROM {0}; "
                        "REVOKE ALL ON DATABASE {1} FROM {0}; DROP ROLE {0}",
                        role, db.name()));
}

TEST_F(report_program_test, reports_run_read_only_whatever_their_sql)
{
    auto const dir = std::filesystem::temp_directory_path() / ("filing-queries-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream{dir / "sneaky.sql"}
        << "-- name: sneaky\n-- description: tries to write\nDELETE FROM signature RETURNING 1;\n";
    auto const r = query({"sneaky", "--queries-dir", dir.string()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("read-only transaction"), std::string::npos) << r.err;
    EXPECT_EQ(migrated_test_db().count("signature"), 21);
    std::filesystem::remove_all(dir);
}
