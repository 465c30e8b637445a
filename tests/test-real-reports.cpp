// SPDX-License-Identifier: GPL-2.0-or-later
// The reports on real filings (tests/data/real-ownership, see SOURCES there), checked
// against the XML by hand: a purchase filed jointly by six owners is one purchase by one
// insider, a sale coded S but flagged A is a sale, a price given only in a footnote is
// shown, a SPAC found by its old name and ticker is the company it became, and a director's
// holdings are those his latest listing names, not every fund he ever reported.
#include "common-import.hpp"

#include <gtest/gtest.h>

#include <initializer_list>

namespace {

/// Empties the archive and imports the named files of tests/data/real-ownership: each
/// suite's reports see those filings alone.
void import_only(std::initializer_list<char const *> names)
{
    migrated_test_db().truncate_archive();
    std::vector<std::string> files;
    for (auto const *name : names) {
        files.push_back(std::string{TEST_DATA_DIR "/real-ownership/"} + name);
    }
    ASSERT_EQ(import_paths(files), exit_code_t::ok);
}

class real_reports_test : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        import_only({"guts-joint-purchase.xml", "lnkd-sale-flagged-acquired.xml", "cmmb-price-in-footnote.xml",
                     "rtp-form3-before-joby.xml", "joby-form4.xml"});
    }

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

} // namespace

TEST_F(real_reports_test, insider_trades_per_filing_as_the_xml_says)
{
    auto const t = run_named_report("insider-trades", {{"from", "2000-01-01"}, {"per", "filing"}});
    EXPECT_EQ(rows_of(t, {"trade_date", "ticker", "insider", "trade_type", "price", "qty", "owned", "change_pct",
                          "value", "flags", "transactions"}),
              (lines{"2024-02-06|GUTS|Mithril LP; Mithril II UGP LLC; Mithril II GP LP; MITHRIL II LP; Mithril GP LP; "
                     "THIEL PETER|Purchase|15|333333|1251900|36.3|4999995.00|D|1",
                     "2021-03-16|CMMB|THIEL PETER|Purchase||230536|1108509|26.3||D|1",
                     "2013-03-05|LNKD|Hoffman Reid; Reid Hoffman & Michelle Yee Living Trust|Sale|175.5577|-83334|0|"
                     "-100.0|-14629921.92|DEM|6"}));
    EXPECT_EQ(cell(t, 1, "price_note"),
              "Reported securities purchased in the private placement transaction as one ADS and "
              "one-tenth of one warrant (each whole warrant exercisable to purchase one ADS) for "
              "a combined price of $17.3509 per unit.");
    // The sale flagged A is a sale, of 5,494 shares at 176.4992.
    auto const lnkd =
        run_named_report("insider-trades", {{"from", "2013-03-05"}, {"to", "2013-03-05"}, {"issuer", "LNKD"}});
    EXPECT_EQ(rows_of(lnkd, {"qty", "price", "flags"})[2], "-5494|176.4992|DE");
}

TEST_F(real_reports_test, a_joint_filing_is_one_insider_in_a_cluster)
{
    EXPECT_TRUE(run_named_report("cluster-buys", {{"from", "2000-01-01"}, {"min-insiders", "2"}, {"days", "366"}})
                    .rows.empty());
    auto const activity = run_named_report("insider-activity", {{"issuer", "GUTS"}, {"code", "P"}});
    EXPECT_EQ(rows_of(activity, {"transaction_date", "shares", "price", "shares_owned_after"}),
              (lines{"2024-02-06|333333|15|1251900"}));
}

TEST_F(real_reports_test, a_spac_is_found_by_its_old_name_and_ticker)
{
    for (auto const *issuer : {"RTP", "JOBY", "Reinvent Technology Partners", "Joby", "1819848"}) {
        auto const t = run_named_report("insiders", {{"issuer", issuer}});
        EXPECT_EQ(rows_of(t, {"insider", "role", "first_filed", "last_filed", "filings"}),
                  (lines{"Hoffman Reid|Director|2020-09-16|2022-04-06|2"}))
            << issuer;
    }
    auto const names = run_named_report("issuer-names", {{"issuer", "RTP"}});
    EXPECT_EQ(rows_of(names, {"kind", "value", "first_filed", "current"}),
              (lines{"name|Reinvent Technology Partners|2020-09-16|f", "name|Joby Aviation, Inc.|2022-04-06|t",
                     "ticker|RTP|2020-09-16|f", "ticker|JOBY|2022-04-06|t"}));
}

namespace {

// A director of Square/Block (Roelof Botha) reports the Sequoia funds' shares as indirect
// holdings. In 2019 they were "By Sequoia Capital U.S. Growth Fund IV, L.P." and the like,
// in August 2024 a fund bought "Class A Common Shares", and in October 2024 he listed every
// indirect holding under its current name: 1,862 + 77 + 684,741 + 11,388 + 479 + 171 +
// 1,750 + 540,646 + 434,405 = 1,675,519 shares. The 2019 spellings and the August title are
// the same funds' older reports, not further holdings.
class real_holdings_test : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        import_only({"sq-botha-2019-funds-by-name.xml", "sq-botha-2024-08-purchase-common-shares.xml",
                     "sq-botha-2024-10-holdings-listed.xml"});
    }
};

} // namespace

TEST_F(real_holdings_test, insiders_counts_what_the_latest_listing_names)
{
    auto const t = run_named_report("insiders", {{"issuer", "SQ"}});
    ASSERT_EQ(t.rows.size(), 1U);
    EXPECT_EQ(cell(t, 0, "insider"), "BOTHA ROELOF");
    EXPECT_EQ(cell(t, 0, "last_filed"), "2024-10-03");
    EXPECT_EQ(cell(t, 0, "shares_direct"), "29968");
    EXPECT_EQ(cell(t, 0, "shares_indirect"), "1675519");
}

TEST_F(real_holdings_test, a_listing_under_other_titles_replaces_the_older_names)
{
    // Before October, the August filing listed the same holdings beside its purchases (the
    // fund's under the title "Class A Common Shares"): it replaces the 2019 names too, and
    // its direct holding of 29,764 the 49,567 of 2019.
    ASSERT_NO_FATAL_FAILURE(
        import_only({"sq-botha-2019-funds-by-name.xml", "sq-botha-2024-08-purchase-common-shares.xml"}));
    auto const t = run_named_report("insiders", {{"issuer", "SQ"}});
    ASSERT_EQ(t.rows.size(), 1U);
    EXPECT_EQ(cell(t, 0, "shares_direct"), "29764");
    EXPECT_EQ(cell(t, 0, "shares_indirect"), "1675519");
}

namespace {

// Peter Thiel's Form 4 for Palantir of 1 October 2024 gives every indirect row the nature
// "See Footnote"; the footnotes name the holders: Rivendell 7 LLC (34,260,451 after the
// sales), STS Holdings II LLC (15,733,625), PLTR Holdings LLC (20,823,993) and Rivendell 25
// LLC (53,487), 70,871,556 shares in all.
class footnoted_holders_test : public testing::Test
{
protected:
    static void SetUpTestSuite() { import_only({"pltr-thiel-holders-in-footnotes.xml"}); }
};

} // namespace

TEST_F(footnoted_holders_test, insiders_tells_holders_named_only_in_footnotes_apart)
{
    auto const t = run_named_report("insiders", {{"issuer", "PLTR"}});
    ASSERT_EQ(t.rows.size(), 1U);
    EXPECT_EQ(cell(t, 0, "insider"), "THIEL PETER");
    EXPECT_EQ(cell(t, 0, "shares_indirect"), "70871556");
}

TEST_F(footnoted_holders_test, holdings_lists_each_holder_named_only_in_footnotes)
{
    auto const t = run_named_report("holdings", {{"person", "Thiel"}, {"issuer", "PLTR"}});
    std::vector<std::string> indirect;
    for (std::size_t row = 0; row < t.rows.size(); ++row) {
        if (cell(t, row, "direct_indirect") == "I") {
            indirect.push_back(cell(t, row, "shares_owned"));
        }
    }
    std::sort(indirect.begin(), indirect.end());
    EXPECT_EQ(indirect, (std::vector<std::string>{"15733625", "20823993", "34260451", "53487"}));
}
