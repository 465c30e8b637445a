// SPDX-License-Identifier: GPL-2.0-or-later
// Files through the importer into PostgreSQL: what the archive holds afterwards.
#include "common-import.hpp"

#include <gtest/gtest.h>

namespace {

std::string data(std::string const &rel) { return std::string{TEST_DATA_DIR} + "/" + rel; }

class import_test : public testing::Test
{
protected:
    void SetUp() override { db().truncate_archive(); }
    static tempdb_t &db() { return migrated_test_db(); }
};

} // namespace

TEST_F(import_test, seeds_make_one_issuer_and_the_atm_status)
{
    EXPECT_EQ(import_paths({SEEDS_DIR}), exit_code_t::ok);
    EXPECT_EQ(db().count("filing"), 3);
    EXPECT_EQ(db().value<std::string>("SELECT count(*) || ' ' || ticker FROM issuer GROUP BY ticker"), "1 CLRB");

    auto const t = run_named_report("atm-status");
    ASSERT_EQ(t.rows.size(), 1U);
    EXPECT_EQ(cell(t, 0, "ticker"), "CLRB");
    EXPECT_EQ(cell(t, 0, "agreement"), "Equity Distribution Agreement");
    EXPECT_EQ(cell(t, 0, "agreement_date"), "2020-08-11");
    EXPECT_EQ(cell(t, 0, "agents"), "Oppenheimer & Co. Inc.");
    EXPECT_EQ(cell(t, 0, "capacity"), "14500000");
    EXPECT_EQ(cell(t, 0, "shares_sold"), "4169");
    EXPECT_EQ(cell(t, 0, "proceeds"), "69000");
    EXPECT_EQ(cell(t, 0, "remaining"), "14431000");
    EXPECT_EQ(cell(t, 0, "status"), "suspended");
    EXPECT_EQ(cell(t, 0, "status_since"), "2022-10-20");
    EXPECT_EQ(db().count("SELECT 1 FROM offering_event WHERE event_type = 'terminated'"), 0);

    // Again: nothing new.
    EXPECT_EQ(import_paths({SEEDS_DIR}), exit_code_t::ok);
    EXPECT_EQ(db().count("filing"), 3);
    EXPECT_EQ(db().count("offering_event"), 2);
}

TEST_F(import_test, an_atm_program_from_establishment_to_termination)
{
    struct step_t
    {
        char const *file;
        char const *capacity, *shares, *proceeds, *remaining, *status, *since;
    };
    step_t const steps[] = {
        // Remaining is known only once sales are reported, and not once the program ended.
        {"L1-established.txt", "50000000", "", "", "", "active", "2023-01-10"},
        {"L2-increase.txt", "75000000", "", "", "", "active", "2023-01-10"},
        {"L3-sales-update.txt", "75000000", "2150000", "21400000", "53600000", "active", "2023-01-10"},
        {"L4-suspended.txt", "75000000", "2150000", "21400000", "53600000", "suspended", "2024-02-01"},
        {"L5-resumed.txt", "75000000", "2150000", "21400000", "53600000", "active", "2024-06-03"},
        {"L6-terminated.txt", "75000000", "2150000", "21400000", "", "terminated", "2024-12-09"},
    };
    for (auto const &s : steps) {
        SCOPED_TRACE(s.file);
        ASSERT_EQ(import_paths({data(std::string{"prospectus/"} + s.file)}), exit_code_t::ok);
        auto const t = run_named_report("atm-status", {{"issuer", "Harborlight Therapeutics"}});
        ASSERT_EQ(t.rows.size(), 1U); // every supplement joins the one program
        EXPECT_EQ(cell(t, 0, "agreement"), "At Market Issuance Sales Agreement");
        EXPECT_EQ(cell(t, 0, "agents"), "B. Riley Securities, Inc.; Needham & Company, LLC");
        EXPECT_EQ(cell(t, 0, "capacity"), s.capacity);
        EXPECT_EQ(cell(t, 0, "shares_sold"), s.shares);
        EXPECT_EQ(cell(t, 0, "proceeds"), s.proceeds);
        EXPECT_EQ(cell(t, 0, "remaining"), s.remaining);
        EXPECT_EQ(cell(t, 0, "status"), s.status);
        EXPECT_EQ(cell(t, 0, "status_since"), s.since);
    }
    // The figures name their filings.
    auto const t = run_named_report("atm-status");
    EXPECT_NE(cell(t, 0, "capacity_source").find("L2-increase.txt"), std::string::npos);
    EXPECT_NE(cell(t, 0, "sales_source").find("L5-resumed.txt"), std::string::npos);
    EXPECT_NE(cell(t, 0, "status_source").find("L6-terminated.txt"), std::string::npos);
    EXPECT_EQ(db().count("offering"), 1);
}

TEST_F(import_test, documents_that_describe_no_program_create_none)
{
    EXPECT_EQ(import_paths({data("prospectus/N01-resale-selling-stockholders.txt"),
                            data("prospectus/N02-firm-commitment.txt"), data("prospectus/N03-senior-notes.txt")}),
              exit_code_t::ok);
    EXPECT_EQ(db().count("filing"), 3);
    EXPECT_EQ(db().count("offering"), 0);
    EXPECT_EQ(db().count("offering_event"), 0);
}

TEST_F(import_test, the_same_filing_as_xml_and_as_submission_is_stored_once)
{
    EXPECT_EQ(import_paths({data("xml/form4-original.xml")}), exit_code_t::ok);
    EXPECT_TRUE(db().value<bool>("SELECT accession_no IS NULL FROM filing"));
    EXPECT_EQ(import_paths({data("xml/submission-two-documents.txt")}), exit_code_t::ok);
    EXPECT_EQ(db().count("filing"), 1);
    EXPECT_EQ(db().value<std::string>("SELECT accession_no FROM filing"), "0001234567-24-000123");
    EXPECT_EQ(db().count("ownership_row"), 1);
}

TEST_F(import_test, an_issuer_first_known_by_name_gains_its_cik)
{
    EXPECT_EQ(import_paths({data("renderings/04-amendment.txt")}), exit_code_t::ok);
    EXPECT_TRUE(db().value<bool>("SELECT cik IS NULL FROM issuer"));
    EXPECT_EQ(import_paths({data("xml/form4-original.xml")}), exit_code_t::ok);
    EXPECT_EQ(db().value<std::string>("SELECT count(*) || ' ' || max(cik) || ' ' || max(ticker) FROM issuer"),
              "1 800001 NWEC");
    EXPECT_EQ(db().value<std::string>("SELECT count(*) || ' ' || max(cik) FROM person"), "1 2000003");
}

TEST_F(import_test, an_amendment_is_its_own_filing_and_supersedes_the_original)
{
    EXPECT_EQ(import_paths({data("xml/form4-amendment.xml"), data("xml/form4-original.xml")}), exit_code_t::ok);
    EXPECT_EQ(db().count("filing"), 2);
    EXPECT_EQ(db().value<std::string>("SELECT o.form_type || '<-' || a.form_type FROM filing a "
                                      "JOIN filing o ON o.filing_id = a.amends_filing_id"),
              "4<-4/A");
    EXPECT_EQ(db().value<std::string>("SELECT string_agg(form_type, ',') FROM current_filing"), "4/A");
    // Reports count the amended rows once.
    auto const t = run_named_report("insider-activity", {{"issuer", "NWEC"}});
    ASSERT_EQ(t.rows.size(), 1U);
    EXPECT_EQ(cell(t, 0, "shares_owned_after"), "27500");
    EXPECT_EQ(cell(t, 0, "form_type"), "4/A");
}

TEST_F(import_test, skips_and_rejects_are_recorded_and_the_rest_goes_on)
{
    EXPECT_EQ(import_paths({data("xml/submission-10k.nc"), data("xml/malformed.xml"), data("xml/entity-bomb.xml"),
                            data("xml/form5-holdings.xml")}),
              exit_code_t::rejects);
    EXPECT_EQ(db().count("filing"), 1);
    EXPECT_EQ(db().value<std::string>("SELECT form_type || ': ' || reason FROM import_skip"),
              "10-K: form 10-K is not kept in the archive");
    EXPECT_EQ(db().value<std::string>("SELECT string_agg(stage || ': ' || reason, ' | ' ORDER BY source_path) "
                                      "FROM import_reject"),
              "parse: XML with a DTD or entity declarations is refused (EDGAR ownership XML has none) | "
              "parse: malformed XML at line 6: Start-end tags mismatch");
    // Files once skipped are not parsed again; rejected ones are tried again.
    EXPECT_EQ(import_paths({data("xml/submission-10k.nc")}), exit_code_t::ok);
    EXPECT_EQ(db().count("import_skip"), 1);
}
