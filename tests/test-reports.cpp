// SPDX-License-Identifier: GPL-2.0-or-later
// The canned reports on an archive loaded through the importer: the seeds and a few
// filings written for these tests (tests/data/archive), exact rows expected.
#include "common-import.hpp"
#include "common-run.hpp"

#include "report/report-output.hpp"
#include "util/read-file.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

class reports_test : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        migrated_test_db().truncate_archive();
        ASSERT_EQ(import_paths({SEEDS_DIR, TEST_DATA_DIR "/archive"}), exit_code_t::ok);
    }

    /// The rows of a report, each as "col=value|col=value" of the columns asked for.
    static std::vector<std::string> rows_of(result_table_t const &t, std::vector<std::string> const &columns)
    {
        std::vector<std::string> out;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            std::string line;
            for (auto const &c : columns) {
                if (!line.empty()) {
                    line += '|';
                }
                line += cell(t, r, c);
            }
            out.push_back(line);
        }
        return out;
    }
};

using lines = std::vector<std::string>;

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

} // namespace

TEST_F(reports_test, insider_activity_of_the_seeds)
{
    auto const t = run_named_report("insider-activity", {{"issuer", "CLRB"}});
    EXPECT_EQ(rows_of(t, {"transaction_date", "owner", "role", "table_kind", "security_title", "code", "code_meaning",
                          "acquired_disposed", "shares", "price", "value", "shares_owned_after", "direct_indirect"}),
              (lines{"2023-12-08|CARUSO JAMES V|Director, President and CEO|non-derivative|Common Stock|A|Grant, award "
                     "or other acquisition from the issuer|A|40596|0|0|49236|D",
                     "2023-12-08|Shustov Andrei|Senior Vice President, Medical|non-derivative|Common Stock|A|Grant, award "
                     "or other acquisition from the issuer|A|47856|0|0|55037.7|D",
                     "2023-06-23|CARUSO JAMES V|Director, President and CEO|derivative|Stock option (right to buy)|A|Grant, "
                     "award or other acquisition from the issuer|A|261000|0|0|261000|D"}));
    // The same issuer by name, by part of its name, by CIK-less name key.
    EXPECT_EQ(run_named_report("insider-activity", {{"issuer", "Cellectar Biosciences, Inc."}}).rows.size(), 3U);
    EXPECT_EQ(run_named_report("insider-activity", {{"issuer", "cellectar"}}).rows.size(), 3U);
}

TEST_F(reports_test, insider_activity_counts_an_amended_filing_once)
{
    auto const t = run_named_report("insider-activity", {{"issuer", "PBBC"}});
    EXPECT_EQ(rows_of(t, {"transaction_date", "owner", "role", "code", "shares", "price", "value", "shares_owned_after",
                          "direct_indirect", "nature_of_ownership", "form_type"}),
              (lines{"2024-07-01|Lee Ann|Director|S|300|24|7200|10700|D||4",
                     "2024-06-10|Fox Capital LP|10% Owner|S|10000|25|250000|95000|I|By Fox Capital LP|4/A",
                     "2024-03-08|Diaz Cara|Director|P|500|21|10500|3500|D||4",
                     "2024-03-06|Kim Bob|Chief Financial Officer|P|2000|20.5|41000.0|7000|D||4",
                     "2024-03-04|Lee Ann|Director|P|1000|20|20000|11000|D||4"}));
    // By CIK, and a period.
    auto const period = run_named_report("insider-activity", {{"issuer", "900001"}, {"from", "2024-03-05"}, {"to", "2024-06-30"}});
    EXPECT_EQ(rows_of(period, {"transaction_date"}), (lines{"2024-06-10", "2024-03-08", "2024-03-06"}));
}

TEST_F(reports_test, insider_trades_above_a_threshold_newest_first)
{
    auto const t = run_named_report("insider-trades", {{"from", "2024-01-01"}, {"to", "2024-12-31"}, {"min-value", "1000"}});
    EXPECT_EQ(rows_of(t, {"filing_date", "trade_date", "ticker", "insider", "title", "trade_type", "price", "qty", "owned",
                          "change_pct", "value"}),
              (lines{"2024-07-02|2024-07-01|PBBC|Lee Ann|Dir|S - Sale|24|-300|10700|-2.7|-7200.00",
                     "2024-06-15|2024-06-10|PBBC|Fox Capital LP|10%|S - Sale|25|-10000|95000|-9.5|-250000.00",
                     "2024-03-11|2024-03-08|PBBC|Diaz Cara|Dir|P - Purchase|21|500|3500|16.7|10500.00",
                     "2024-03-07|2024-03-06|PBBC|Kim Bob|Chief Financial Officer|P - Purchase|20.5|2000|7000|40.0|41000.00",
                     "2024-03-05|2024-03-04|PBBC|Lee Ann|Dir|P - Purchase|20|1000|11000|10.0|20000.00"}));
    auto const purchases = run_named_report("insider-trades", {{"from", "2024-01-01"}, {"to", "2024-12-31"}, {"type", "P"}});
    EXPECT_EQ(rows_of(purchases, {"insider", "value"}),
              (lines{"Kim Bob|500.00", "Diaz Cara|10500.00", "Kim Bob|41000.00", "Lee Ann|20000.00"}));
}

TEST_F(reports_test, cluster_buys)
{
    auto const t = run_named_report("cluster-buys",
                                    {{"min-insiders", "3"}, {"days", "10"}, {"from", "2024-01-01"}, {"to", "2024-12-31"}});
    EXPECT_EQ(rows_of(t, {"ticker", "window_start", "window_end", "insiders", "insider_names", "shares", "value"}),
              (lines{"PBBC|2024-03-04|2024-03-08|3|Diaz Cara; Kim Bob; Lee Ann|3500|71500.00"}));
    EXPECT_TRUE(run_named_report("cluster-buys", {{"min-insiders", "4"}, {"from", "2024-01-01"}, {"to", "2024-12-31"}})
                    .rows.empty());
    // A window of three days holds two of the three buyers.
    EXPECT_TRUE(run_named_report("cluster-buys", {{"days", "3"}, {"from", "2024-01-01"}, {"to", "2024-12-31"}}).rows.empty());
}

TEST_F(reports_test, holdings_of_a_person_latest_per_issuer_and_security)
{
    auto const ann = run_named_report("holdings", {{"person", "Ann Lee"}});
    EXPECT_EQ(rows_of(ann, {"ticker", "table_kind", "security_title", "direct_indirect", "nature_of_ownership",
                            "shares_owned", "as_of"}),
              (lines{"OSPM|non-derivative|Common Stock|D||1000|2024-05-02",
                     "PBBC|derivative|Stock Option (Right to Buy)|D||5000|2024-07-01",
                     "PBBC|non-derivative|Common Stock|D||10700|2024-07-01"}));
    auto const bob = run_named_report("holdings", {{"person", "3000002"}});
    EXPECT_EQ(rows_of(bob, {"ticker", "direct_indirect", "nature_of_ownership", "shares_owned"}),
              (lines{"OSPM|D||100", "PBBC|D||7000", "PBBC|I|By Spouse|500"}));
}

TEST_F(reports_test, owner_filings_newest_first)
{
    auto const t = run_named_report("owner-filings", {{"person", "3000001"}});
    EXPECT_EQ(rows_of(t, {"filing_date", "form_type", "ticker", "relationship", "transactions", "holdings"}),
              (lines{"2024-07-02|4|PBBC|Director|1|1", "2024-05-03|4|OSPM|Director|1|0",
                     "2024-03-05|4|PBBC|Director|1|0"}));
    auto const fox = run_named_report("owner-filings", {{"person", "Fox Capital"}});
    EXPECT_EQ(rows_of(fox, {"form_type", "amendment"}), (lines{"4/A|t", "4|f"}));
}

TEST_F(reports_test, filing_stats)
{
    auto const t = run_named_report("filing-stats");
    auto const all = rows_of(t, {"breakdown", "key", "count"});
    auto has = [&](std::string const &line) { return std::find(all.begin(), all.end(), line) != all.end(); };
    EXPECT_TRUE(has("form type|4|9"));
    EXPECT_TRUE(has("form type|4/A|1"));
    EXPECT_TRUE(has("form type|(not stated)|1")); // the seed supplement states no form type
    EXPECT_TRUE(has("issuer|PBBC Pelican Bay Bancorp|6"));
    EXPECT_TRUE(has("month|2024-03|3"));
}

TEST_F(reports_test, an_issuer_holding_sql_is_just_a_name)
{
    auto const t = run_named_report("insider-activity", {{"issuer", "x'; drop table filing; --"}});
    EXPECT_TRUE(t.rows.empty());
    EXPECT_EQ(migrated_test_db().count("filing"), 11);
}

TEST_F(reports_test, csv_and_json_read_back_to_the_same_values)
{
    auto const t = run_named_report("insider-activity", {{"issuer", "PBBC"}});
    auto const csv = parse_csv(render_csv(t));
    ASSERT_EQ(csv.size(), t.rows.size() + 1);
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        EXPECT_EQ(csv[0][c], t.columns[c].name);
    }
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            EXPECT_EQ(csv[r + 1][c], t.rows[r][c].value_or(""));
        }
    }
    auto const json = nlohmann::json::parse(render_json(t));
    ASSERT_EQ(json.size(), t.rows.size());
    EXPECT_EQ(json[1]["shares_owned_after"], 95000);                 // numbers as numbers
    EXPECT_EQ(json[1]["price"], 25);
    EXPECT_EQ(json[1]["transaction_date"], "2024-06-10");            // dates as ISO strings
    EXPECT_TRUE(json[0]["nature_of_ownership"].is_null());           // NULL as null
    EXPECT_EQ(json[1]["nature_of_ownership"], "By Fox Capital LP");
    // A value with a comma, a quote and a line break survives CSV.
    result_table_t tricky;
    tricky.columns = {{"a", column_kind_t::text}, {"b", column_kind_t::text}};
    tricky.rows = {{std::string{"x, \"y\"\nz"}, std::nullopt}, {std::string{}, std::string{"plain"}}};
    auto const back = parse_csv(render_csv(tricky));
    EXPECT_EQ(back.at(1).at(0), "x, \"y\"\nz");
    EXPECT_EQ(back.at(1).at(1), "");
    EXPECT_EQ(back.at(2).at(1), "plain");
}

TEST_F(reports_test, a_select_only_role_runs_every_report_and_cannot_write)
{
    auto &db = migrated_test_db();
    auto const role = "filing_reader_" + db.name();
    db.exec(fmt::format("DROP ROLE IF EXISTS {0}; CREATE ROLE {0} LOGIN; GRANT CONNECT ON DATABASE {1} TO {0}; "
                        "GRANT USAGE ON SCHEMA public TO {0}; GRANT SELECT ON ALL TABLES IN SCHEMA public TO {0}",
                        role, db.name()));
    auto const as_reader = fmt::format("dbname={} user={}", db.name(), role);
    auto const t = run_named_report("insider-activity", {{"issuer", "PBBC"}}, as_reader);
    EXPECT_EQ(t.rows.size(), 5U);
    EXPECT_EQ(run_named_report("atm-status", {}, as_reader).rows.size(), 1U);
    {
        pqxx::connection conn{as_reader};
        pqxx::work tx{conn};
        EXPECT_THROW(tx.exec("DELETE FROM signature"), pqxx::insufficient_privilege);
    }
    db.exec(fmt::format("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {0}; REVOKE ALL ON SCHEMA public FROM {0}; "
                        "REVOKE ALL ON DATABASE {1} FROM {0}; DROP ROLE {0}",
                        role, db.name()));
}

TEST_F(reports_test, reports_run_read_only_whatever_their_sql)
{
    auto const dir = std::filesystem::temp_directory_path() / ("filing-queries-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream{dir / "sneaky.sql"} << "-- name: sneaky\n-- description: tries to write\nDELETE FROM signature RETURNING 1;\n";
    auto const r = run_program(FILING_QUERY_BIN, {"sneaky", "--queries-dir", dir.string(), "-d",
                                                  migrated_test_db().conninfo()});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("read-only transaction"), std::string::npos) << r.err;
    EXPECT_EQ(migrated_test_db().count("signature"), 10);
    std::filesystem::remove_all(dir);
}

TEST_F(reports_test, the_program_formats_and_refuses_bad_calls)
{
    auto const db = migrated_test_db().conninfo();
    auto const json = run_program(FILING_QUERY_BIN, {"owner-filings", "--person", "3000001", "--format", "json", "-d", db});
    ASSERT_EQ(json.exit_code, 0) << json.err;
    auto const parsed = nlohmann::json::parse(json.out);
    ASSERT_EQ(parsed.size(), 3U);
    EXPECT_EQ(parsed[0]["transactions"], 1);
    EXPECT_EQ(parsed[0]["amendment"], false);

    auto const table = run_program(FILING_QUERY_BIN, {"cluster-buys", "--from", "2024-01-01", "-d", db});
    EXPECT_EQ(table.exit_code, 0);
    EXPECT_NE(table.out.find("(1 row)"), std::string::npos) << table.out;

    auto const unknown = run_program(FILING_QUERY_BIN, {"no-such-report", "-d", db});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(unknown.err, "filing-query: unknown report 'no-such-report': 'filing-query list' shows the reports\n");
    auto const bad_param = run_program(FILING_QUERY_BIN, {"holdings", "--persn", "x", "-d", db});
    EXPECT_EQ(bad_param.exit_code, 2);
    EXPECT_NE(bad_param.err.find("--persn"), std::string::npos);
    auto const bad_date = run_program(FILING_QUERY_BIN, {"insider-activity", "--issuer", "PBBC", "--from", "2024-13-01", "-d", db});
    EXPECT_EQ(bad_date.exit_code, 2);
    EXPECT_EQ(bad_date.err, "filing-query: insider-activity: --from '2024-13-01' is not a date (YYYY-MM-DD)\n");
    auto const missing = run_program(FILING_QUERY_BIN, {"holdings", "-d", db});
    EXPECT_EQ(missing.exit_code, 2);

    auto const list = run_program(FILING_QUERY_BIN, {"list", "--names"});
    EXPECT_EQ(list.out, "atm-status\ncluster-buys\nfiling-stats\nholdings\ninsider-activity\ninsider-trades\nowner-filings\n");
    auto const describe = run_program(FILING_QUERY_BIN, {"describe", "insider-trades"});
    EXPECT_NE(describe.out.find("--min-value numeric (default: 0)"), std::string::npos) << describe.out;

    auto const file = std::filesystem::temp_directory_path() / ("filing-report-" + std::to_string(::getpid()) + ".csv");
    auto const to_file = run_program(FILING_QUERY_BIN, {"atm-status", "--format", "csv", "-o", file.string(), "-d", db});
    EXPECT_EQ(to_file.exit_code, 0);
    EXPECT_EQ(read_file(file.string()).rfind("issuer,ticker,agreement,", 0), 0U);
    std::filesystem::remove(file);
}
