// SPDX-License-Identifier: GPL-2.0-or-later
// Who filings are about and by does not depend on the order they are imported in, the
// batch size, or being imported in several runs: filings of renamed issuers, issuers and
// owners without CIK, two issuers with one name, and copies of one filing with and without
// CIKs, loaded every which way, give the same archive compared by natural keys.
#include "common-pg.hpp"

#include "import/run-import.hpp"

#include "load/pg-loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>

namespace {

date_t day(char const *text) { return *date_t::parse(text); }

struct owner_spec_t
{
    char const *name;
    std::optional<std::uint64_t> cik;
};

/// A Form 4 with one purchase; `label` (in the remarks) names it in the comparisons.
filing_t form4(char const *label, char const *issuer, char const *ticker, std::optional<std::uint64_t> issuer_cik,
               std::vector<owner_spec_t> const &owners, char const *signed_on)
{
    filing_t f;
    f.kind = document_kind_t::ownership;
    f.form_type = form_type_t::parse("4");
    f.period_of_report = day(signed_on);
    f.issuer = {issuer, ticker, issuer_cik ? std::optional{cik_t{*issuer_cik}} : std::nullopt};
    for (auto const &o : owners) {
        reporting_owner_t owner;
        owner.name = o.name;
        owner.cik = o.cik ? std::optional{cik_t{*o.cik}} : std::nullopt;
        owner.is_director = true;
        f.owners.push_back(owner);
    }
    ownership_row_t buy;
    buy.kind = row_kind_t::transaction;
    buy.security_title = "Common Stock";
    buy.transaction_date = day(signed_on);
    buy.code = "P";
    buy.shares = decimal_t::parse("100");
    buy.acquired_disposed = 'A';
    buy.price = decimal_t::parse("10");
    f.non_derivative.push_back(buy);
    f.remarks = label;
    f.signatures = {{"/s/ signer", day(signed_on)}};
    return f;
}

/// The filings of the scenario, each from a file of its own.
std::vector<source_filing_t> scenario()
{
    std::vector<source_filing_t> out;
    auto add = [&](char const *file, filing_t f) {
        out.push_back(source_filing_t{file, sha256_t::of(file), 1, std::move(f), std::nullopt});
    };
    // Pelican Bay Bancorp (CIK 900001) renamed Harbor Point Financial, ticker PBBC then HPFC;
    // renderings give no CIK.
    add("f1.txt", form4("f1", "Pelican Bay Bancorp, Inc.", "PBBC", {}, {{"Ann Lee", {}}}, "2024-03-05"));
    add("f2.xml", form4("f2", "PELICAN BAY BANCORP INC", "PBBC", 900001, {{"LEE ANN", 3000001}}, "2024-03-07"));
    add("f3.xml", form4("f3", "Harbor Point Financial Corp", "HPFC", 900001, {{"LEE ANN", 3000001}}, "2024-09-03"));
    add("f4.txt", form4("f4", "Harbor Point Financial", "HPFC", {}, {{"Bob Kim", {}}}, "2024-09-04"));
    // Two issuers with a CIK named Acme Holdings: a rendering naming Acme is neither.
    add("f5.xml", form4("f5", "Acme Holdings Inc", "ACME", 700001, {{"SMITH JOHN", 3000009}}, "2010-05-01"));
    add("f6.xml", form4("f6", "ACME HOLDINGS, INC.", "ACMH", 700002, {{"DOE JANE", 3000010}}, "2021-05-01"));
    add("f7.txt", form4("f7", "ACME HOLDINGS INC", "ACME", {}, {{"Jane Doe", {}}}, "2021-06-01"));
    // John Smith without CIK at Pelican Bay: the John Smith with a CIK never filed for it.
    add("f8.txt", form4("f8", "Pelican Bay Bancorp", "PBBC", {}, {{"John Smith", {}}}, "2024-04-01"));
    // One filing twice: a rendering without CIKs and its submission file with them.
    auto rendering =
        form4("f9", "Pelican Bay Bancorp, Inc.", "PBBC", {}, {{"DIAZ CARA", {}}, {"Ann Lee", {}}}, "2024-03-08");
    auto submission = rendering;
    submission.issuer.cik = cik_t{900001};
    submission.owners[0].cik = cik_t{3000003};
    submission.owners[1].cik = cik_t{3000001};
    submission.accession = accession_no_t::parse("0000900001-24-000009");
    submission.filed_date = day("2024-03-11");
    add("f9.txt", std::move(rendering));
    add("f9-submission.txt", std::move(submission));
    return out;
}

void load(std::vector<source_filing_t> items, std::size_t batch)
{
    pg_loader_t loader{loader_options_t{migrated_test_db().conninfo(), batch, "test"}, nullptr};
    for (auto &item : items) {
        loader.add(std::move(item));
    }
    loader.flush();
}

/// Everything identity decides, by natural keys (CIK, or the name key of a row without one).
std::string snapshot()
{
    return migrated_test_db().value<std::string>(R"(
        WITH ik AS (SELECT issuer_id, coalesce(cik::text, 'name:' || name_key) AS k, name, ticker FROM issuer),
             pk AS (SELECT person_id, coalesce(cik::text, 'name:' || name_key) AS k, name FROM person)
        SELECT string_agg(line, E'\n' ORDER BY line) FROM (
            SELECT array_to_string(ARRAY['filing', f.remarks, f.accession_no, f.filing_date::text, f.issuer_cik::text,
                             ik.k,
                             (SELECT string_agg(concat_ws(':', o.owner_no, coalesce(o.cik::text, ''), pk.k), ','
                                                ORDER BY o.owner_no)
                              FROM filing_owner o JOIN pk USING (person_id) WHERE o.filing_id = f.filing_id)],
                                   '|', '') AS line
            FROM filing f JOIN ik USING (issuer_id)
            UNION ALL
            SELECT array_to_string(ARRAY['issuer', k, name, ticker], '|', '') FROM ik
            UNION ALL
            SELECT concat_ws('|', 'person', k, name) FROM pk
            UNION ALL
            SELECT concat_ws('|', 'issuer_name', ik.k, n.name, n.name_key, n.first_filed, n.last_filed, n.filings)
            FROM issuer_name n JOIN ik USING (issuer_id)
            UNION ALL
            SELECT concat_ws('|', 'issuer_ticker', ik.k, t.ticker, t.first_filed, t.last_filed, t.filings)
            FROM issuer_ticker t JOIN ik USING (issuer_id)
            UNION ALL
            SELECT concat_ws('|', 'person_name', pk.k, n.name, n.name_key, n.first_filed, n.last_filed, n.filings)
            FROM person_name n JOIN pk USING (person_id)) lines)");
}

class identity_test : public testing::Test
{
protected:
    void SetUp() override { migrated_test_db().truncate_archive(); }
};

} // namespace

TEST_F(identity_test, the_rule_applied_to_the_scenario)
{
    load(scenario(), 100);
    auto const lines = snapshot();
    auto has = [&](std::string const &line) {
        return lines.find(line + "\n") != std::string::npos || lines.ends_with(line);
    };
    // Renamed issuer: current name and ticker from the latest filing, every name and ticker kept.
    EXPECT_TRUE(has("issuer|900001|Harbor Point Financial|HPFC")) << lines;
    EXPECT_TRUE(has("issuer_name|900001|Pelican Bay Bancorp, Inc.|PELICAN BAY BANCORP|2024-03-05|2024-03-11|2"))
        << lines;
    EXPECT_TRUE(has("issuer_name|900001|PELICAN BAY BANCORP INC|PELICAN BAY BANCORP|2024-03-07|2024-03-07|1"));
    EXPECT_TRUE(has("issuer_name|900001|Pelican Bay Bancorp|PELICAN BAY BANCORP|2024-04-01|2024-04-01|1"));
    EXPECT_TRUE(has("issuer_name|900001|Harbor Point Financial|HARBOR POINT FINANCIAL|2024-09-04|2024-09-04|1"));
    EXPECT_TRUE(has("issuer_ticker|900001|PBBC|2024-03-05|2024-04-01|4"));
    EXPECT_TRUE(has("issuer_ticker|900001|HPFC|2024-09-03|2024-09-04|2"));
    // Renderings go to the issuer with a CIK that filed under their name ...
    EXPECT_TRUE(has("filing|f1||2024-03-05||900001|1::3000001"));
    EXPECT_TRUE(has("filing|f4||2024-09-04||900001|1::name:BOB KIM"));
    // ... unless two did.
    EXPECT_TRUE(has("filing|f7||2021-06-01||name:ACME HOLDINGS|1::name:DOE JANE"));
    EXPECT_TRUE(has("issuer|name:ACME HOLDINGS|ACME HOLDINGS INC|ACME"));
    // An owner without CIK is the person with a CIK of that name only where that person
    // filed for the issuer.
    EXPECT_TRUE(has("filing|f8||2024-04-01||900001|1::name:JOHN SMITH"));
    EXPECT_TRUE(has("person|3000009|SMITH JOHN"));
    // The copy with CIKs, accession number and date filed is the one kept.
    EXPECT_TRUE(has("filing|f9|0000900001-24-000009|2024-03-11|900001|900001|1:3000003:3000003,2:3000001:3000001"));
    EXPECT_EQ(migrated_test_db().count("filing"), 9);
    EXPECT_EQ(migrated_test_db().count("issuer"), 4);
    EXPECT_EQ(migrated_test_db().count("person"), 7);
}

TEST_F(identity_test, the_same_whatever_the_order_batches_and_runs)
{
    load(scenario(), 100);
    auto const reference = snapshot();

    std::mt19937 random{12}; // fixed: the test must fail the same way every time
    std::vector<std::size_t> const batch_sizes{1, 2, 3, 4, 100};
    for (int round = 0; round < 24; ++round) {
        auto items = scenario();
        if (round == 1) {
            std::reverse(items.begin(), items.end());
        } else if (round > 1) {
            std::shuffle(items.begin(), items.end(), random);
        }
        migrated_test_db().truncate_archive();
        auto const batch = batch_sizes[static_cast<std::size_t>(round) % batch_sizes.size()];
        if (round % 3 == 2) { // two runs, as after an interruption
            auto const half = items.size() / 2;
            load({std::make_move_iterator(items.begin()),
                  std::make_move_iterator(items.begin() + static_cast<long>(half))},
                 batch);
            load({std::make_move_iterator(items.begin() + static_cast<long>(half)),
                  std::make_move_iterator(items.end())},
                 batch);
        } else {
            load(std::move(items), batch);
        }
        EXPECT_EQ(snapshot(), reference) << "round " << round << ", batches of " << batch;
    }
}

TEST_F(identity_test, a_second_issuer_with_the_name_takes_the_rendering_back)
{
    auto items = scenario();
    // f5 and f7 first: the rendering goes to the one Acme with a CIK ...
    load({std::move(items[4]), std::move(items[6])}, 100);
    EXPECT_EQ(
        migrated_test_db().value<std::string>(
            "SELECT coalesce(i.cik::text, 'none') FROM filing f JOIN issuer i USING (issuer_id) WHERE remarks = 'f7'"),
        "700001");
    // ... until a second Acme with a CIK appears: then it is neither's.
    load({std::move(items[5])}, 100);
    EXPECT_EQ(
        migrated_test_db().value<std::string>(
            "SELECT coalesce(i.cik::text, 'none') FROM filing f JOIN issuer i USING (issuer_id) WHERE remarks = 'f7'"),
        "none");
    EXPECT_EQ(migrated_test_db().value<std::string>(
                  "SELECT string_agg(name, ',' ORDER BY name) FROM issuer_name WHERE issuer_id = "
                  "(SELECT issuer_id FROM issuer WHERE cik = 700001)"),
              "Acme Holdings Inc");
}

TEST_F(identity_test, real_filings_and_their_renderings_the_same_whatever_the_threads)
{
    std::string const ownership = SHARED_CORPUS_DIR "/ownership";
    std::string const renderings = SHARED_CORPUS_DIR "/renderings";
    if (!std::filesystem::is_directory(ownership) || !std::filesystem::is_directory(renderings)) {
        GTEST_SKIP() << "no shared corpus at " << SHARED_CORPUS_DIR;
    }
    auto import = [](std::vector<std::string> paths, unsigned jobs, std::size_t batch) {
        import_options_t o;
        o.database = migrated_test_db().conninfo();
        o.paths = std::move(paths);
        o.quiet = true;
        o.jobs = jobs;
        o.batch_size = batch;
        run_filing_import(o);
    };
    import({ownership}, 1, 2000);
    import({renderings}, 1, 2000);
    auto const reference = snapshot();
    // Renamed issuers in the corpus: each filing without CIK finds the issuer's row.
    EXPECT_EQ(migrated_test_db().count("SELECT 1 FROM issuer WHERE cik IS NULL"), 0);
    EXPECT_EQ(migrated_test_db().value<std::string>("SELECT name || '|' || ticker FROM issuer WHERE cik = 1828108"),
              "Aurora Innovation, Inc.|AUR");

    migrated_test_db().truncate_archive();
    import({renderings, ownership}, 4, 5);
    EXPECT_EQ(snapshot(), reference) << "renderings first, 4 threads, batches of 5";

    migrated_test_db().truncate_archive();
    import({renderings}, 3, 2);
    import({ownership}, 2, 3);
    EXPECT_EQ(snapshot(), reference) << "renderings first, in two runs";
}
