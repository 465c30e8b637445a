// SPDX-License-Identifier: GPL-2.0-or-later
// Prospectus supplements: the seed, the corpus supplements, the supplements written for
// these tests (every wording of the ATM issue), and documents that must not create a
// program.
#include "common-fixtures.hpp"

#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

offering_t offering_of(std::string const &path)
{
    auto const result = parse_document(read_file(path));
    EXPECT_EQ(result.status, parse_status_t::parsed) << path << ": " << result.reason;
    if (result.filings.empty() || !result.filings.front().offering) {
        ADD_FAILURE() << path << ": no offering";
        return {};
    }
    EXPECT_EQ(result.filings.front().kind, document_kind_t::prospectus);
    return *result.filings.front().offering;
}

std::string iso(std::optional<date_t> const &d) { return d ? d->iso() : "null"; }
std::string dec(std::optional<decimal_t> const &d) { return d ? d->str() : "null"; }

} // namespace

TEST(prospectus, seed_suspension_supplement)
{
    auto const result = parse_document(read_file(SEEDS_DIR "/000_645bfcb514d3ff30.txt"));
    ASSERT_EQ(result.status, parse_status_t::parsed);
    auto const &f = result.filings.front();
    EXPECT_EQ(f.issuer.name, "CELLECTAR BIOSCIENCES, INC.");
    EXPECT_TRUE(f.form_type.empty()); // the supplement states none: not guessed
    EXPECT_TRUE(f.warnings.empty());
    auto const &o = *f.offering;
    EXPECT_TRUE(o.is_atm);
    EXPECT_EQ(o.registration_no.value_or(""), "333-244362");
    EXPECT_EQ(iso(o.document_date), "2022-10-20");
    EXPECT_EQ(o.agreement_type.value_or(""), "Equity Distribution Agreement");
    EXPECT_EQ(iso(o.agreement_date), "2020-08-11");
    EXPECT_EQ(o.agents, std::vector<std::string>{"Oppenheimer & Co. Inc."});
    EXPECT_EQ(dec(o.max_aggregate_offering_price), "14500000");
    EXPECT_FALSE(o.commission_rate);
    ASSERT_EQ(o.events.size(), 2U);
    EXPECT_EQ(o.events[0].type, offering_event_type_t::sales_update);
    EXPECT_EQ(dec(o.events[0].shares_sold), "4169");
    EXPECT_EQ(dec(o.events[0].gross_proceeds), "69000");
    EXPECT_EQ(iso(o.events[0].date), "2022-10-20");
    EXPECT_EQ(o.events[1].type, offering_event_type_t::suspended);
    EXPECT_EQ(iso(o.events[1].date), "2022-10-20");
    for (auto const &e : o.events) {
        EXPECT_NE(e.type, offering_event_type_t::terminated);
    }
}

TEST(prospectus, corpus_nextera_and_ess)
{
    std::filesystem::path const dir{SHARED_CORPUS_DIR "/prospectus"};
    if (!std::filesystem::is_directory(dir)) {
        GTEST_SKIP() << "no shared corpus at " << dir;
    }
    auto const nee_filing = parse_document(read_file((dir / "0001193125-25-338333.txt").string()));
    ASSERT_EQ(nee_filing.status, parse_status_t::parsed);
    EXPECT_EQ(nee_filing.filings.front().issuer.ticker.value_or(""), "NEE");
    auto const nee = offering_of((dir / "0001193125-25-338333.txt").string());
    EXPECT_TRUE(nee.is_atm);
    EXPECT_EQ(nee.agreement_type.value_or(""), "Equity Distribution Agreement");
    EXPECT_EQ(iso(nee.agreement_date), "2025-12-31");
    EXPECT_EQ(dec(nee.max_aggregate_offering_price), "4000000000");
    EXPECT_EQ(dec(nee.commission_rate), "1");
    EXPECT_EQ(nee.agents,
              (std::vector<std::string>{"BNY Mellon Capital Markets, LLC", "BofA Securities, Inc.",
                                        "Capital One Securities, Inc.", "Credit Agricole Securities (USA) Inc.",
                                        "J.P. Morgan Securities LLC", "Mizuho Securities USA LLC",
                                        "Wells Fargo Securities, LLC"}));

    auto const ess = offering_of((dir / "0001628280-25-015699.txt").string());
    EXPECT_TRUE(ess.is_atm);
    EXPECT_EQ(ess.agreement_type.value_or(""), "Sales Agreement");
    EXPECT_EQ(iso(ess.agreement_date), "2025-03-31");
    EXPECT_EQ(ess.agents, std::vector<std::string>{"Robert W. Baird & Co. Incorporated"});
    EXPECT_EQ(dec(ess.max_aggregate_offering_price), "13504438");
    EXPECT_EQ(dec(ess.commission_rate), "3");
    ASSERT_EQ(ess.events.size(), 1U);
    EXPECT_EQ(ess.events[0].type, offering_event_type_t::established);

    // The submission header names the filer and its CIK.
    auto const result = parse_document(read_file((dir / "0001628280-25-015699.txt").string()));
    auto const &f = result.filings.front();
    EXPECT_EQ(f.issuer.name, "ESS Tech, Inc.");
    EXPECT_EQ(f.issuer.cik->value(), 1819438U);
    EXPECT_EQ(f.accession->str(), "0001628280-25-015699");
    EXPECT_EQ(f.form_type.str(), "424B5");
}

TEST(prospectus, supplements_written_for_the_tests)
{
    EXPECT_GE(expect_fixtures_match(TEST_DATA_DIR "/prospectus"), 18U);
}

TEST(prospectus, documents_that_describe_no_program)
{
    for (auto const *name :
         {"N01-resale-selling-stockholders.txt", "N02-firm-commitment.txt", "N03-senior-notes.txt"}) {
        auto const o = offering_of(std::string{TEST_DATA_DIR "/prospectus/"} + name);
        EXPECT_FALSE(o.is_atm) << name;
        EXPECT_TRUE(o.events.empty()) << name;
        EXPECT_TRUE(o.agents.empty()) << name;
    }
}

TEST(prospectus, a_deeply_nested_html_supplement_keeps_its_offering)
{
    std::string html = "<html><body><p>Filed Pursuant to Rule 424(b)(5)<br>Registration No. 333-271234</p>";
    for (int i = 0; i < 1000; ++i) {
        html += "<div>";
    }
    html +=
        "<p>ACME WIDGETS, INC.</p><p>We have entered into a Sales Agreement, dated May 1, 2024, with Jefferies LLC, "
        "as sales agent, under which we may offer and sell shares of our common stock having an aggregate offering "
        "price of up to $40,000,000 in \"at the market offerings.\"</p><p>The date of this prospectus supplement is "
        "May 1, 2024.</p>";
    for (int i = 0; i < 1000; ++i) {
        html += "</div>";
    }
    html += "</body></html>";
    auto const result = parse_document(html);
    ASSERT_EQ(result.status, parse_status_t::parsed) << result.reason;
    auto const &o = *result.filings.front().offering;
    EXPECT_TRUE(o.is_atm);
    EXPECT_EQ(o.agents, std::vector<std::string>{"Jefferies LLC"});
    EXPECT_EQ(dec(o.max_aggregate_offering_price), "40000000");

    // What cannot be read whole is refused with the reason, never stored in part.
    auto const cut = parse_document("<html><body><p>Filed Pursuant to Rule 424(b)(5)</p><p>ACME WIDGETS, INC.</p><!-- "
                                    "<p>We have entered into a Sales Agreement with Jefferies LLC.</p></body></html>");
    EXPECT_EQ(cut.status, parse_status_t::rejected);
    EXPECT_EQ(cut.reason, "HTML that libxml2 could not read to its end: Comment not terminated");
}

TEST(prospectus, a_supplement_that_offers_shares_does_not_suspend_or_end_its_program_in_its_body)
{
    auto const result = parse_document(
        "Filed Pursuant to Rule 424(b)(5)\nRegistration No. 333-281111\n\nPROSPECTUS SUPPLEMENT\n\nORION CELL "
        "THERAPEUTICS, INC.\n\nUp to $30,000,000\nCommon Stock\n\nWe have entered into a Sales Agreement, dated June "
        "3, "
        "2025, with Jefferies LLC, as sales agent, under which we may offer and sell shares of our common stock having "
        "an "
        "aggregate offering price of up to $30,000,000 in \"at the market offerings.\"\n\nThe date of this prospectus "
        "supplement is June 3, 2025.\n\nRISK FACTORS\n\nIn March 2024 we suspended sales under our sales agreement "
        "with "
        "Jefferies LLC, and in January 2025 we terminated the sales agreement, effective January 31, 2025, while we "
        "completed our clinical trial.\n");
    ASSERT_EQ(result.status, parse_status_t::parsed) << result.reason;
    auto const &f = result.filings.front();
    auto const &o = *f.offering;
    EXPECT_TRUE(o.is_atm);
    ASSERT_EQ(o.events.size(), 1U);
    EXPECT_EQ(o.events[0].type, offering_event_type_t::established);
    EXPECT_EQ(iso(o.events[0].date), "2025-06-03");
    EXPECT_NE(std::find_if(f.warnings.begin(), f.warnings.end(),
                           [](auto const &w) { return w.find("taken as past") != std::string::npos; }),
              f.warnings.end());
}

TEST(prospectus, a_reduction_that_reports_ads_sales_and_a_date_only_in_the_title)
{
    auto const result = parse_document(
        "Filed Pursuant to Rule 424(b)(3)\nRegistration No. 333-262777\n\nHELIX GENOMICS LTD\n\nProspectus Supplement "
        "dated August 14, 2025\n(To Prospectus dated February 2, 2022)\n\nThis prospectus supplement amends and "
        "supplements the prospectus supplement dated March 1, 2023 relating to our American Depositary Shares, or "
        "ADSs, "
        "offered under the Open Market Sale Agreement, dated March 1, 2023, with Jefferies LLC, as sales agent. We are "
        "reducing the maximum aggregate offering price of ADSs that may be offered and sold under the Open Market Sale "
        "Agreement from $100,000,000 to $40,000,000. As of August 13, 2025, we have sold 3,512,209 ADSs under the Open "
        "Market Sale Agreement for an aggregate offering price of approximately $21.7 million.\n");
    ASSERT_EQ(result.status, parse_status_t::parsed) << result.reason;
    auto const &f = result.filings.front();
    EXPECT_EQ(f.form_type.str(), "424B3");
    EXPECT_EQ(f.issuer.name, "HELIX GENOMICS LTD");
    auto const &o = *f.offering;
    EXPECT_TRUE(o.is_atm);
    EXPECT_EQ(iso(o.document_date), "2025-08-14");
    EXPECT_EQ(o.agreement_type.value_or(""), "Open Market Sale Agreement");
    EXPECT_EQ(dec(o.max_aggregate_offering_price), "40000000");
    ASSERT_EQ(o.events.size(), 2U);
    EXPECT_EQ(o.events[0].type, offering_event_type_t::capacity_changed);
    EXPECT_EQ(dec(o.events[0].new_capacity), "40000000");
    EXPECT_EQ(iso(o.events[0].date), "2025-08-14");
    EXPECT_EQ(o.events[1].type, offering_event_type_t::sales_update);
    EXPECT_EQ(dec(o.events[1].shares_sold), "3512209");
    EXPECT_EQ(dec(o.events[1].gross_proceeds), "21700000");
    EXPECT_EQ(iso(o.events[1].date), "2025-08-13");
}
