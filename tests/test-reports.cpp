// SPDX-License-Identifier: GPL-2.0-or-later
// The canned reports on an archive loaded through the importer: the seeds and filings
// written for these tests (tests/data/archive: a purchase filed jointly by three owners and
// amended, a price given only in a footnote, a sale coded S but flagged A, a position whose
// nature is spelled three ways, an issuer renamed from Kestrel Therapeutics (KSTL) to
// Kestrel Bio (KBIO)), exact rows expected.
#include "common-import.hpp"

#include "report/report-output.hpp"

#include <gtest/gtest.h>

namespace {

class reports_test : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        migrated_test_db().truncate_archive();
        ASSERT_EQ(import_paths({SEEDS_DIR, TEST_DATA_DIR "/archive"}), exit_code_t::ok);
    }

    /// The rows of a report, each as "value|value" of the columns asked for.
    static std::vector<std::string> rows_of(result_table_t const &t, std::vector<std::string> const &columns)
    {
        std::vector<std::string> out;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            std::string line;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                line += c == 0 ? "" : "|";
                line += cell(t, r, columns[c]);
            }
            out.push_back(line);
        }
        return out;
    }
};

using lines = std::vector<std::string>;

std::string error_of(std::string const &report, std::map<std::string, std::string> params)
{
    try {
        run_named_report(report, std::move(params));
    } catch (user_error_t const &e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST_F(reports_test, insider_activity_of_the_seeds)
{
    auto const t = run_named_report("insider-activity", {{"issuer", "CLRB"}});
    EXPECT_EQ(
        rows_of(t, {"transaction_date", "owner", "role", "table_kind", "security_title", "code", "code_meaning",
                    "acquired_disposed", "shares", "price", "value", "shares_owned_after", "direct_indirect"}),
        (lines{"2023-12-08|CARUSO JAMES V|Director, President and CEO|non-derivative|Common Stock|A|Grant, award "
               "or other acquisition from the issuer|A|40596|0|0|49236|D",
               "2023-12-08|Shustov Andrei|Senior Vice President, Medical|non-derivative|Common Stock|A|Grant, award "
               "or other acquisition from the issuer|A|47856|0|0|55037.7|D",
               "2023-06-23|CARUSO JAMES V|Director, President and CEO|derivative|Stock option (right to buy)|A|Grant, "
               "award or other acquisition from the issuer|A|261000|0|0|261000|D"}));
    // The same issuer by name, by the start of its name.
    EXPECT_EQ(run_named_report("insider-activity", {{"issuer", "Cellectar Biosciences, Inc."}}).rows.size(), 3U);
    EXPECT_EQ(run_named_report("insider-activity", {{"issuer", "cellect"}}).rows.size(), 3U);
    EXPECT_EQ(run_named_report("insider-activity", {{"issuer", "biosciences"}}).rows.size(), 3U);
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
    auto const period =
        run_named_report("insider-activity", {{"issuer", "900001"}, {"from", "2024-03-05"}, {"to", "2024-06-30"}});
    EXPECT_EQ(rows_of(period, {"transaction_date"}), (lines{"2024-06-10", "2024-03-08", "2024-03-06"}));
    auto const sales = run_named_report("insider-activity", {{"issuer", "PBBC"}, {"code", "S"}, {"role", "director"}});
    EXPECT_EQ(rows_of(sales, {"transaction_date", "owner"}), (lines{"2024-07-01|Lee Ann"}));
    auto const ann = run_named_report("insider-activity", {{"person", "Ann Lee"}});
    EXPECT_EQ(rows_of(ann, {"transaction_date", "ticker", "code"}),
              (lines{"2024-07-01|PBBC|S", "2024-05-02|OSPM|A", "2024-03-04|PBBC|P"}));
}

TEST_F(reports_test, a_joint_filing_is_one_transaction_naming_every_owner)
{
    auto const t = run_named_report("insider-activity", {{"issuer", "KBIO"}});
    EXPECT_EQ(
        rows_of(t, {"transaction_date", "owner", "role", "code", "acquired_disposed", "shares", "price",
                    "shares_owned_after", "direct_indirect", "nature_of_ownership", "form_type", "issuer_as_filed"}),
        (lines{"2024-11-01|Stone Maya|Director|P|A|100|5|9700|D||4|Kestrel Bio, Inc.",
               "2024-11-01|Stone Maya|Director|P|A|50|5.2|9750|D||4|Kestrel Bio, Inc.",
               "2024-10-02|Stone Maya|Director|S|A|400|5.25|9600|D||4|Kestrel Bio, Inc.",
               "2024-08-05|Park June|Chief Financial Officer|P|A|3000||3000|D||4|Kestrel Therapeutics, Inc.",
               "2024-08-01|Heron Partners LP; Heron GP LLC; Stone Maya|10% Owner; 10% Owner; Director, 10% Owner|"
               "P|A|5200|4|2005200|I|By Heron Partners LP|4/A|Kestrel Therapeutics, Inc."}));
}

TEST_F(reports_test, an_issuer_is_found_by_every_name_and_ticker_it_used)
{
    auto const reference =
        rows_of(run_named_report("insider-activity", {{"issuer", "KBIO"}}), {"transaction_date", "shares"});
    ASSERT_EQ(reference.size(), 5U);
    for (auto const *issuer : {"KSTL", "kbio", "Kestrel Bio", "Kestrel Bio, Inc.", "Kestrel Therapeutics, Inc.",
                               "KESTREL THERAPEUTICS", "kestrel", "Therapeutics", "900003"}) {
        EXPECT_EQ(rows_of(run_named_report("insider-activity", {{"issuer", issuer}}), {"transaction_date", "shares"}),
                  reference)
            << issuer;
    }
    auto const names = run_named_report("issuer-names", {{"issuer", "KSTL"}});
    EXPECT_EQ(rows_of(names, {"cik", "kind", "value", "first_filed", "last_filed", "filings", "current"}),
              (lines{"900003|name|Kestrel Therapeutics, Inc.|2024-07-02|2024-08-20|4|f",
                     "900003|name|Kestrel Bio, Inc.|2024-10-03|2024-11-04|2|t",
                     "900003|ticker|KSTL|2024-07-02|2024-08-20|4|f", "900003|ticker|KBIO|2024-10-03|2024-11-04|2|t"}));
}

TEST_F(reports_test, an_unknown_or_ambiguous_issuer_or_person_is_an_error_listing_names)
{
    EXPECT_EQ(
        error_of("insider-activity", {{"issuer", "Pelican"}}),
        "insider-activity: --issuer 'Pelican' could mean any of these; give its ticker, CIK or more of its name:\n"
        "  PBBC   Pelican Bay Bancorp, CIK 900001, last filed 2024-07-02\n"
        "  PPRI   Pelican Point Resources Inc, CIK 900004, last filed 2024-09-11");
    EXPECT_EQ(error_of("insider-activity", {{"issuer", "Pelicn Bay"}}),
              "insider-activity: no issuer matches --issuer 'Pelicn Bay'; the closest:\n"
              "  PBBC   Pelican Bay Bancorp, CIK 900001\n"
              "  PPRI   Pelican Point Resources Inc, CIK 900004\n"
              "  KBIO   Kestrel Bio, Inc., CIK 900003\n"
              "  OSPM   Osprey Minerals Corp, CIK 900002\n"
              "  CLRB   Cellectar Biosciences, Inc., no CIK");
    EXPECT_EQ(error_of("holdings", {{"person", "Heron"}}),
              "holdings: --person 'Heron' could mean any of these; give the CIK or more of the name:\n"
              "  KBIO   Heron GP LLC, CIK 3000012, latest filing for KBIO, last filed 2024-08-20\n"
              "  KBIO   Heron Partners LP, CIK 3000011, latest filing for KBIO, last filed 2024-08-20");
    auto const unknown = error_of("holdings", {{"person", "Nobody Atall"}});
    EXPECT_EQ(unknown.rfind("holdings: no person matches --person 'Nobody Atall'; the closest:\n", 0), 0U) << unknown;
    // A value that looks like SQL is only a name.
    EXPECT_EQ(
        error_of("insider-activity", {{"issuer", "x'; drop table filing; --"}}).rfind("insider-activity: no issuer", 0),
        0U);
    EXPECT_EQ(migrated_test_db().count("filing"), 18);
}

TEST_F(reports_test, insider_trades_one_line_per_transaction_signed_by_code)
{
    auto const t = run_named_report("insider-trades", {{"from", "2024-01-01"}, {"to", "2024-12-31"}});
    EXPECT_EQ(
        rows_of(t, {"filing_date", "trade_date", "ticker", "insider", "title", "trade_type", "price", "qty", "owned",
                    "change_pct", "value", "flags", "price_note"}),
        (lines{"2024-11-04|2024-11-01|KBIO|Stone Maya|Director|Purchase|5|100|9700|1.0|500.00||",
               "2024-11-04|2024-11-01|KBIO|Stone Maya|Director|Purchase|5.2|50|9750|0.5|260.00||",
               "2024-10-03|2024-10-02|KBIO|Stone Maya|Director|Sale|5.25|-400|9600|-4.0|-2100.00|E|",
               "2024-08-20|2024-08-01|KBIO|Heron Partners LP; Heron GP LLC; Stone Maya|10% Owner; Director, 10% "
               "Owner|Purchase|4|5200|2005200|0.3|20800.00|A|",
               "2024-08-06|2024-08-05|KBIO|Park June|Chief Financial Officer|Purchase||3000|3000||||"
               "Purchased from the issuer in a private placement at $4.10 per share.",
               "2024-07-02|2024-07-01|PBBC|Lee Ann|Director|Sale|24|-300|10700|-2.7|-7200.00||",
               "2024-06-15|2024-06-10|PBBC|Fox Capital LP|10% Owner|Sale|25|-10000|95000|-9.5|-250000.00|A|",
               "2024-05-06|2024-05-03|OSPM|Kim Bob|Chief Financial Officer|Purchase|5|100|100||500.00||",
               "2024-03-11|2024-03-08|PBBC|Diaz Cara|Director|Purchase|21|500|3500|16.7|10500.00||",
               "2024-03-07|2024-03-06|PBBC|Kim Bob|Chief Financial Officer|Purchase|20.5|2000|7000|40.0|41000.00||",
               "2024-03-05|2024-03-04|PBBC|Lee Ann|Director|Purchase|20|1000|11000|10.0|20000.00||"}));
    // A price given only in a footnote: shown at --min-value 0, not above.
    auto const priced =
        run_named_report("insider-trades", {{"from", "2024-01-01"}, {"min-value", "1"}, {"issuer", "KBIO"}});
    EXPECT_EQ(rows_of(priced, {"insider", "value"}),
              (lines{"Stone Maya|500.00", "Stone Maya|260.00", "Stone Maya|-2100.00",
                     "Heron Partners LP; Heron GP LLC; Stone Maya|20800.00"}));
    auto const big =
        run_named_report("insider-trades", {{"from", "2024-01-01"}, {"min-value", "20000"}, {"type", "P"}});
    EXPECT_EQ(rows_of(big, {"ticker", "value"}), (lines{"KBIO|20800.00", "PBBC|41000.00", "PBBC|20000.00"}));
    auto const officers = run_named_report("insider-trades", {{"from", "2024-01-01"}, {"role", "officer"}});
    EXPECT_EQ(rows_of(officers, {"ticker", "insider"}), (lines{"KBIO|Park June", "OSPM|Kim Bob", "PBBC|Kim Bob"}));
    auto const heron = run_named_report("insider-trades", {{"from", "2024-01-01"}, {"person", "Heron Partners LP"}});
    EXPECT_EQ(rows_of(heron, {"trade_date", "qty"}), (lines{"2024-08-01|5200"}));
}

TEST_F(reports_test, insider_trades_one_line_per_filing_with_flags)
{
    auto const t = run_named_report("insider-trades", {{"from", "2024-08-01"}, {"per", "filing"}, {"issuer", "KSTL"}});
    EXPECT_EQ(
        rows_of(t, {"trade_date", "insider", "trade_type", "price", "qty", "owned", "value", "flags", "transactions"}),
        (lines{"2024-11-01|Stone Maya|Purchase|5.0667|150|9750|760.00|M|2",
               "2024-10-02|Stone Maya|Sale|5.25|-400|9600|-2100.00|E|1",
               "2024-08-01|Heron Partners LP; Heron GP LLC; Stone Maya|Purchase|4|5200|2005200|20800.00|A|1",
               "2024-08-05|Park June|Purchase||3000|3000|||1"}));
}

TEST_F(reports_test, insider_trades_and_cluster_buys_default_to_the_newest_data)
{
    query_options_t q;
    q.database = migrated_test_db().conninfo();
    static auto const reports = load_report_library(QUERIES_DIR);
    auto find = [&](char const *name) {
        return *std::find_if(reports.begin(), reports.end(), [&](auto const &r) { return r.name == name; });
    };
    auto const trades = run_report(find("insider-trades"), q);
    EXPECT_EQ(trades.defaults_used, "--from 2024-10-03 --to 2024-11-01");
    EXPECT_EQ(trades.table.rows.size(), 2U);
    auto const clusters = run_report(find("cluster-buys"), q);
    EXPECT_EQ(clusters.defaults_used, "--from 2023-11-03 --to 2024-11-01");
    q.params = {{"issuer", "PBBC"}};
    EXPECT_EQ(run_report(find("insider-trades"), q).defaults_used, "--from 2024-06-02 --to 2024-07-01");
    q.params = {{"to", "2024-03-31"}};
    EXPECT_EQ(run_report(find("insider-trades"), q).defaults_used, "--from 2024-03-02");
}

TEST_F(reports_test, cluster_buys_count_joint_filers_once)
{
    auto const t = run_named_report("cluster-buys", {{"from", "2024-01-01"}, {"to", "2024-12-31"}});
    EXPECT_EQ(rows_of(t, {"ticker", "window_start", "window_end", "insiders", "insider_names", "purchases", "shares",
                          "value"}),
              (lines{"PBBC|2024-03-04|2024-03-08|3|Diaz Cara; Kim Bob; Lee Ann|3|3500|71500.00"}));
    // The joint purchase (amended: its latest figures count, once) and Park June's are two
    // insiders, not four.
    auto const two =
        run_named_report("cluster-buys", {{"min-insiders", "2"}, {"from", "2024-01-01"}, {"to", "2024-12-31"}});
    EXPECT_EQ(rows_of(two, {"ticker", "window_start", "window_end", "insiders", "insider_names", "purchases", "shares",
                            "value", "unpriced"}),
              (lines{"PBBC|2024-03-04|2024-03-08|3|Diaz Cara; Kim Bob; Lee Ann|3|3500|71500.00|0",
                     "KBIO|2024-08-01|2024-08-05|2|Heron GP LLC + Heron Partners LP + Stone Maya; Park June|2|8200|"
                     "20800.00|1"}));
    EXPECT_TRUE(run_named_report("cluster-buys", {{"min-insiders", "4"}, {"from", "2024-01-01"}, {"to", "2024-12-31"}})
                    .rows.empty());
    EXPECT_TRUE(
        run_named_report("cluster-buys", {{"days", "3"}, {"from", "2024-01-01"}, {"to", "2024-12-31"}}).rows.empty());
    auto const directors =
        run_named_report("cluster-buys", {{"min-insiders", "2"}, {"role", "director"}, {"from", "2024-01-01"}});
    EXPECT_EQ(rows_of(directors, {"ticker", "insiders"}), (lines{"PBBC|2"}));
}

TEST_F(reports_test, holdings_one_row_per_position_and_whether_it_is_current)
{
    auto const maya = run_named_report("holdings", {{"person", "Maya Stone"}});
    EXPECT_EQ(rows_of(maya, {"ticker", "table_kind", "security_title", "direct_indirect", "nature_of_ownership",
                             "shares_owned", "as_of", "current"}),
              (lines{"KBIO|non-derivative|Common Stock|D||9750|2024-11-01|t",
                     "KBIO|non-derivative|Common Stock|I|By Heron Partners LP|2005200|2024-08-01|f",
                     "KBIO|non-derivative|Common Stock|I|BY  TRUST|2500|2024-11-01|t",
                     "KBIO|derivative|Stock Option (Right to Buy)|D||20000|2024-07-01|f"}));
    auto const current = run_named_report("holdings", {{"person", "3000013"}, {"current", "true"}});
    EXPECT_EQ(rows_of(current, {"nature_of_ownership", "shares_owned"}), (lines{"|9750", "BY  TRUST|2500"}));
    auto const ann = run_named_report("holdings", {{"person", "Ann Lee"}});
    EXPECT_EQ(
        rows_of(ann, {"ticker", "table_kind", "security_title", "direct_indirect", "shares_owned", "as_of", "current"}),
        (lines{"OSPM|non-derivative|Common Stock|D|1000|2024-05-02|t",
               "PBBC|non-derivative|Common Stock|D|10700|2024-07-01|t",
               "PBBC|derivative|Stock Option (Right to Buy)|D|5000|2024-07-01|t"}));
    auto const bob = run_named_report("holdings", {{"person", "3000002"}, {"issuer", "PBBC"}});
    EXPECT_EQ(rows_of(bob, {"ticker", "direct_indirect", "nature_of_ownership", "shares_owned"}),
              (lines{"PBBC|D||7000", "PBBC|I|By Spouse|500"}));
}

TEST_F(reports_test, insiders_roster_of_an_issuer)
{
    auto const t = run_named_report("insiders", {{"issuer", "Kestrel"}});
    EXPECT_EQ(
        rows_of(t, {"insider", "cik", "role", "filed_with", "first_filed", "last_filed", "latest_form", "filings",
                    "shares_direct", "shares_indirect"}),
        (lines{"Stone Maya|3000013|Director||2024-07-02|2024-11-04|4|5|9750|2007700",
               "Heron GP LLC|3000012|10% Owner|Heron Partners LP; Stone Maya|2024-08-02|2024-08-20|4/A|2||2005200",
               "Heron Partners LP|3000011|10% Owner|Heron GP LLC; Stone Maya|2024-08-02|2024-08-20|4/A|2||2005200",
               "Park June|3000014|Chief Financial Officer||2024-08-06|2024-08-06|4|1|3000|"}));
    auto const officers = run_named_report("insiders", {{"issuer", "KBIO"}, {"role", "officer"}});
    EXPECT_EQ(rows_of(officers, {"insider"}), (lines{"Park June"}));
}

TEST_F(reports_test, owner_filings_newest_first)
{
    auto const t = run_named_report("owner-filings", {{"person", "3000001"}});
    EXPECT_EQ(
        rows_of(t, {"filing_date", "form_type", "ticker", "relationship", "transactions", "holdings"}),
        (lines{"2024-07-02|4|PBBC|Director|1|1", "2024-05-03|4|OSPM|Director|1|0", "2024-03-05|4|PBBC|Director|1|0"}));
    auto const fox = run_named_report("owner-filings", {{"person", "Fox Capital"}});
    EXPECT_EQ(rows_of(fox, {"form_type", "amendment"}), (lines{"4/A|t", "4|f"}));
    auto const heron = run_named_report("owner-filings", {{"person", "3000011"}, {"from", "2024-08-10"}});
    EXPECT_EQ(rows_of(heron, {"form_type", "issuer", "issuer_as_filed", "filed_with"}),
              (lines{"4/A|Kestrel Bio, Inc.|Kestrel Therapeutics, Inc.|Heron GP LLC; Stone Maya"}));
}

TEST_F(reports_test, filing_stats_a_time_series)
{
    auto const months = run_named_report("filing-stats");
    EXPECT_EQ(rows_of(months, {"period", "filings", "form_3", "form_4", "form_5", "amendments", "supplements"}),
              (lines{"2022-10|1|0|0|0|0|1", "2023-12|2|0|2|0|0|0", "2024-03|3|0|3|0|0|0", "2024-05|2|0|2|0|0|0",
                     "2024-06|2|0|2|0|1|0", "2024-07|2|1|1|0|0|0", "2024-08|3|0|3|0|1|0", "2024-09|1|0|1|0|0|0",
                     "2024-10|1|0|1|0|0|0", "2024-11|1|0|1|0|0|0"}));
    auto const years = run_named_report("filing-stats", {{"by", "year"}, {"issuer", "Kestrel"}});
    EXPECT_EQ(rows_of(years, {"period", "filings", "form_3", "form_4", "amendments"}), (lines{"2024|6|1|5|1"}));
    auto const all_years = run_named_report("filing-stats", {{"by", "year"}, {"from", "2023-01-01"}});
    EXPECT_EQ(rows_of(all_years, {"period", "filings"}), (lines{"2023|2", "2024|15"}));
}

TEST_F(reports_test, import_runs_and_rejects)
{
    auto const runs = run_named_report("import-runs");
    ASSERT_GE(runs.rows.size(), 1U);
    EXPECT_EQ(
        rows_of(runs, {"files_seen", "imported", "already", "unchanged", "skipped", "rejected", "interrupted"})[0],
        "18|18|0|0|0|0|f");
    EXPECT_TRUE(run_named_report("import-rejects").rows.empty());
}
