// SPDX-License-Identifier: GPL-2.0-or-later
// ATM programs across supplements, as users see them: files imported with filing-import
// into a real database and the status asked of filing-query atm-status after each one.
#include "common-pg.hpp"
#include "common-run.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace {

using nlohmann::json;

std::string data(std::string const &rel) { return std::string{TEST_DATA_DIR} + "/" + rel; }

class lifecycle_test : public testing::Test
{
protected:
    tempdb_t m_db;

    void import(std::string const &path)
    {
        auto const r = run_program(FILING_IMPORT_BIN, {"-d", m_db.conninfo(), "--quiet", path});
        ASSERT_EQ(r.exit_code, 0) << r.err;
    }

    /// atm-status as JSON, one object per program.
    json status(std::string const &issuer = {})
    {
        std::vector<std::string> args{"atm-status", "--format", "json", "-d", m_db.conninfo()};
        if (!issuer.empty()) {
            args.insert(args.end(), {"--issuer", issuer});
        }
        auto const r = run_program(FILING_QUERY_BIN, args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return json::parse(r.out);
    }
};

/// A value of a row as text: "" for null, numbers without a fraction when whole.
std::string text(json const &row, char const *column)
{
    auto const &v = row.at(column);
    if (v.is_null()) {
        return "";
    }
    if (v.is_number()) {
        auto const d = v.get<double>();
        return d == static_cast<double>(static_cast<long long>(d)) ? std::to_string(static_cast<long long>(d))
                                                                   : v.dump();
    }
    return v.get<std::string>();
}

} // namespace

TEST_F(lifecycle_test, a_program_from_establishment_to_termination_in_real_world_wording)
{
    struct step_t
    {
        char const *file;
        char const *agents, *capacity, *shares, *proceeds, *basis, *remaining, *unknown, *status, *since;
    };
    step_t const steps[] = {
        {"W1-established.htm", "B. Riley Securities, Inc.; Needham & Company, LLC", "75000000", "", "", "", "",
         "no sales figure reported", "active", "2024-04-02"},
        {"W2-increase.txt", "B. Riley Securities, Inc.; Needham & Company, LLC", "125000000", "3204118", "14216873",
         "gross", "110783127", "", "active", "2024-04-02"},
        {"W3-joinder.txt", "B. Riley Securities, Inc.; Cantor Fitzgerald & Co.", "125000000", "3204118", "14216873",
         "gross", "110783127", "", "active", "2024-04-02"},
        {"W4-sales.txt", "B. Riley Securities, Inc.; Cantor Fitzgerald & Co.", "125000000", "6912447", "31600000",
         "gross", "93400000", "", "active", "2024-04-02"},
        {"W5-suspension.txt", "B. Riley Securities, Inc.; Cantor Fitzgerald & Co.", "125000000", "6912447", "31600000",
         "gross", "93400000", "", "suspended", "2025-03-03"},
        {"W6-resumption.htm", "B. Riley Securities, Inc.; Cantor Fitzgerald & Co.", "125000000", "6912447", "31600000",
         "gross", "93400000", "", "active", "2025-06-02"},
        // Notice given September 30, effective October 10: terminated since the 10th.
        {"W7-termination.txt", "B. Riley Securities, Inc.; Cantor Fitzgerald & Co.", "125000000", "9100220", "40200000",
         "net", "", "program terminated", "terminated", "2025-10-10"},
    };
    for (auto const &s : steps) {
        SCOPED_TRACE(s.file);
        import(data(std::string{"prospectus-lifecycle/"} + s.file));
        auto const rows = status("MBIO");
        ASSERT_EQ(rows.size(), 1U); // every supplement joins the one program
        auto const &row = rows[0];
        EXPECT_EQ(text(row, "ticker"), "MBIO");
        EXPECT_EQ(text(row, "agreement"), "At Market Issuance Sales Agreement");
        EXPECT_EQ(text(row, "agreement_date"), "2024-04-02");
        EXPECT_EQ(text(row, "agents"), s.agents);
        EXPECT_EQ(text(row, "capacity"), s.capacity);
        EXPECT_EQ(text(row, "shares_sold"), s.shares);
        EXPECT_EQ(text(row, "proceeds"), s.proceeds);
        EXPECT_EQ(text(row, "proceeds_basis"), s.basis);
        EXPECT_EQ(text(row, "remaining"), s.remaining);
        EXPECT_EQ(text(row, "remaining_unknown"), s.unknown);
        EXPECT_EQ(text(row, "status"), s.status);
        EXPECT_EQ(text(row, "status_since"), s.since);
    }
    EXPECT_EQ(m_db.value<long>("SELECT count(*) FROM offering"), 1);
    EXPECT_EQ(m_db.value<std::string>("SELECT string_agg(kind || ' ' || amendment_date, ', ') FROM offering_amendment"),
              "amendment 2024-09-16");
}

// A supplement filed after a suspension offers shares again, though it never says "resume":
// "supersedes in its entirety" the earlier ones, as real resumptions are written.
TEST_F(lifecycle_test, a_new_supplement_after_a_suspension_resumes_the_program)
{
    for (auto const *file : {"W1-established.htm", "W5-suspension.txt"}) {
        import(data(std::string{"prospectus-lifecycle/"} + file));
    }
    EXPECT_EQ(text(status("MBIO").at(0), "status"), "suspended");
    import(data("prospectus-lifecycle/W8-refresh-after-suspension.txt"));
    auto const rows = status("MBIO");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(text(rows[0], "status"), "active");
    EXPECT_EQ(text(rows[0], "status_since"), "2025-07-07");
    EXPECT_EQ(m_db.value<long>("SELECT count(*) FROM offering_event WHERE event_type = 'established'"), 1);
}

// "increased ... by an additional $40,000,000" and no new total: the size is no longer known.
TEST_F(lifecycle_test, an_increase_without_its_new_total_leaves_the_capacity_unknown)
{
    import(data("prospectus-lifecycle/W1-established.htm"));
    EXPECT_EQ(text(status("MBIO").at(0), "capacity"), "75000000");
    import(data("prospectus-lifecycle/W9-increment.txt"));
    auto const rows = status("MBIO");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(text(rows[0], "capacity"), "");
    EXPECT_EQ(text(rows[0], "remaining_unknown"), "capacity changed without a stated new total");
    EXPECT_EQ(m_db.value<long>("SELECT count(*) FROM offering_event WHERE event_type = 'capacity_changed' AND "
                               "new_capacity IS NULL AND event_date = '2024-09-16'"),
              1);
}

TEST_F(lifecycle_test, a_supplement_that_ends_one_agreement_and_starts_another_makes_two_programs)
{
    import(data("prospectus-lifecycle/X1-first-agreement.txt"));
    import(data("prospectus-lifecycle/X2-new-agreement.txt"));
    auto const rows = status("Harbor Point Energy");
    ASSERT_EQ(rows.size(), 2U); // in agreement date order
    EXPECT_EQ(text(rows[0], "agreement_date"), "2022-09-09");
    EXPECT_EQ(text(rows[0], "status"), "terminated");
    EXPECT_EQ(text(rows[0], "status_since"), "2023-05-01");
    EXPECT_EQ(text(rows[0], "shares_sold"), "1348855");
    EXPECT_EQ(text(rows[0], "proceeds"), "338962000");
    EXPECT_EQ(text(rows[1], "agreement_date"), "2023-05-01");
    EXPECT_EQ(text(rows[1], "status"), "active");
    EXPECT_EQ(text(rows[1], "agents"), "TD Securities (USA) LLC; Canaccord Genuity LLC");
    EXPECT_EQ(text(rows[1], "capacity"), "750000000");

    // An amended and restated agreement stays the same program, keeps its original date and
    // records the new one; the agent it adds is an agent of that program.
    import(data("prospectus-lifecycle/X3-amended-and-restated.txt"));
    auto const after = status("Harbor Point Energy");
    ASSERT_EQ(after.size(), 2U);
    EXPECT_EQ(text(after[1], "agreement_date"), "2023-05-01");
    EXPECT_EQ(text(after[1], "last_amended"), "2024-02-26");
    EXPECT_EQ(text(after[1], "agents"), "TD Securities (USA) LLC; Canaccord Genuity LLC; Jefferies LLC");
}

TEST_F(lifecycle_test, the_issuer_found_by_its_ticker_from_under_the_symbol)
{
    import(data("prospectus-real/26-nextera-equity-distribution-seven-agents.txt"));
    auto const rows = status("NEE");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(text(rows[0], "ticker"), "NEE");
    EXPECT_EQ(text(rows[0], "capacity"), "4000000000");
    EXPECT_EQ(text(rows[0], "remaining_unknown"), "no sales figure reported");
}

TEST_F(lifecycle_test, negatives_are_stored_as_prospectus_filings_without_a_program)
{
    for (auto const *file : {"prospectus-real/04-curis-registered-direct-mentions-atm.txt",
                             "prospectus-real/08-excelerate-preliminary-underwritten.txt",
                             "prospectus-real/15-adt-resale-selling-stockholders.htm"}) {
        import(data(file));
    }
    EXPECT_EQ(m_db.value<long>("SELECT count(*) FROM filing WHERE kind = 'prospectus' AND issuer_id IS NOT NULL"), 3);
    EXPECT_EQ(m_db.value<long>("SELECT count(*) FROM offering"), 0);
    EXPECT_EQ(m_db.value<long>("SELECT count(*) FROM offering_event"), 0);
    EXPECT_EQ(status().size(), 0U);
}

TEST_F(lifecycle_test, a_form_type_the_file_does_not_state_is_stored_as_unknown)
{
    import(SEEDS_DIR "/000_645bfcb514d3ff30.txt");
    EXPECT_TRUE(m_db.value<bool>("SELECT form_type IS NULL FROM filing"));
    auto const rows = status("Cellectar");
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(text(rows[0], "status"), "suspended");
    EXPECT_EQ(text(rows[0], "remaining"), "14431000");
}
