// SPDX-License-Identifier: GPL-2.0-or-later
// The text rendering parser: the seeds field by field, the renderings written for these
// tests against their expectations, the shared corpus when present, and damaged input.
#include "common-fixtures.hpp"
#include "common-json.hpp"

#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <random>

namespace fs = std::filesystem;

namespace {

filing_t parse_one(std::string const &path)
{
    auto const result = parse_document(read_file(path));
    EXPECT_EQ(result.status, parse_status_t::parsed) << path << ": " << result.reason;
    EXPECT_EQ(result.filings.size(), 1U);
    return result.filings.empty() ? filing_t{} : result.filings.front();
}

std::string iso(std::optional<date_t> const &d) { return d ? d->iso() : "null"; }
std::string dec(std::optional<decimal_t> const &d) { return d ? d->str() : "null"; }
std::string text(std::optional<std::string> const &s) { return s ? *s : "null"; }

} // namespace

TEST(ownership_text, seed_caruso_every_field)
{
    auto const f = parse_one(SEEDS_DIR "/003_e2d76acea318585b.txt");
    EXPECT_EQ(f.kind, document_kind_t::ownership);
    EXPECT_EQ(f.form_type.str(), "4");
    EXPECT_EQ(iso(f.period_of_report), "2023-06-23");
    EXPECT_FALSE(f.date_of_original_submission);
    EXPECT_EQ(f.issuer.name, "Cellectar Biosciences, Inc.");
    EXPECT_EQ(text(f.issuer.ticker), "CLRB");
    ASSERT_EQ(f.owners.size(), 1U);
    auto const &o = f.owners[0];
    EXPECT_EQ(o.name, "CARUSO JAMES V");
    EXPECT_EQ(text(o.street1), "C/O CELLECTAR BIOSCIENCES, INC.");
    EXPECT_EQ(text(o.street2), "100 CAMPUS DRIVE");
    EXPECT_EQ(text(o.city), "FLORHAM PARK");
    EXPECT_EQ(text(o.state), "NJ");
    EXPECT_EQ(text(o.zip), "07932");
    EXPECT_TRUE(o.is_director);
    EXPECT_TRUE(o.is_officer);
    EXPECT_EQ(text(o.officer_title), "President and CEO");
    EXPECT_FALSE(o.is_ten_percent_owner);
    EXPECT_FALSE(o.is_other);

    ASSERT_EQ(f.non_derivative.size(), 1U);
    auto const &c = f.non_derivative[0];
    EXPECT_EQ(c.kind, row_kind_t::transaction);
    EXPECT_EQ(c.security_title, "Common Stock");
    EXPECT_EQ(iso(c.transaction_date), "2023-12-08");
    EXPECT_EQ(text(c.code), "A");
    EXPECT_EQ(dec(c.shares), "40596");
    EXPECT_EQ(c.acquired_disposed, 'A');
    EXPECT_EQ(dec(c.price), "0");
    EXPECT_EQ(dec(c.shares_owned_after), "49236");
    EXPECT_EQ(c.ownership, 'D');
    EXPECT_TRUE(c.footnotes.empty());

    ASSERT_EQ(f.derivative.size(), 1U);
    auto const &d = f.derivative[0];
    EXPECT_EQ(d.security_title, "Stock option (right to buy)");
    EXPECT_EQ(dec(d.exercise_price), "1.68");
    EXPECT_EQ(iso(d.transaction_date), "2023-06-23");
    EXPECT_EQ(d.footnotes.at(row_field_t::transaction_date), std::vector<std::string>{"1"});
    EXPECT_EQ(text(d.code), "A");
    EXPECT_EQ(dec(d.shares), "261000");
    EXPECT_EQ(d.acquired_disposed, 'A');
    EXPECT_FALSE(d.exercisable_date);
    EXPECT_EQ(d.footnotes.at(row_field_t::exercisable_date), std::vector<std::string>{"2"});
    EXPECT_EQ(iso(d.expiration_date), "2033-01-17");
    EXPECT_EQ(text(d.underlying_title), "Common Stock");
    EXPECT_EQ(dec(d.underlying_shares), "261000");
    EXPECT_EQ(dec(d.price), "0");
    EXPECT_EQ(dec(d.shares_owned_after), "261000");
    EXPECT_EQ(d.ownership, 'D');
    EXPECT_FALSE(d.nature_of_ownership);

    ASSERT_EQ(f.footnotes.size(), 2U);
    EXPECT_EQ(f.footnotes[0].id, "1");
    EXPECT_EQ(f.footnotes[0].text.rfind("This option was contingently granted on January 16, 2023,", 0), 0U);
    EXPECT_EQ(f.footnotes[1].id, "2");
    EXPECT_EQ(f.footnotes[1].text.rfind("This option shall vest over a period of three years", 0), 0U);
    ASSERT_EQ(f.signatures.size(), 1U);
    EXPECT_EQ(f.signatures[0].name, "/s/ Christina Blakley, Attorney infact for James V. Caruso");
    EXPECT_EQ(iso(f.signatures[0].date), "2023-12-12");
    EXPECT_FALSE(f.remarks);
}

TEST(ownership_text, seed_shustov_every_field)
{
    auto const f = parse_one(SEEDS_DIR "/004_3f47c6079172a788.txt");
    EXPECT_EQ(f.form_type.str(), "4");
    EXPECT_EQ(iso(f.period_of_report), "2023-12-08");
    EXPECT_EQ(f.issuer.name, "Cellectar Biosciences, Inc.");
    EXPECT_EQ(text(f.issuer.ticker), "CLRB");
    ASSERT_EQ(f.owners.size(), 1U);
    auto const &o = f.owners[0];
    EXPECT_EQ(o.name, "Shustov Andrei");
    EXPECT_EQ(text(o.street1), "C/O CELLECTAR BIOSCIENCES, INC.");
    EXPECT_EQ(text(o.city), "FLORHAM PARK");
    EXPECT_EQ(text(o.state), "NJ");
    EXPECT_EQ(text(o.zip), "07932");
    EXPECT_FALSE(o.is_director);
    EXPECT_TRUE(o.is_officer);
    EXPECT_EQ(text(o.officer_title), "Senior Vice President, Medical");
    ASSERT_EQ(f.non_derivative.size(), 1U);
    auto const &c = f.non_derivative[0];
    EXPECT_EQ(c.security_title, "Common Stock");
    EXPECT_EQ(iso(c.transaction_date), "2023-12-08");
    EXPECT_EQ(text(c.code), "A");
    EXPECT_EQ(dec(c.shares), "47856");
    EXPECT_EQ(c.acquired_disposed, 'A');
    EXPECT_EQ(dec(c.price), "0");
    EXPECT_EQ(dec(c.shares_owned_after), "55037.7");
    EXPECT_EQ(c.ownership, 'D');
    EXPECT_TRUE(f.derivative.empty());
    EXPECT_TRUE(f.footnotes.empty());
    ASSERT_EQ(f.signatures.size(), 1U);
    EXPECT_EQ(f.signatures[0].name, "/s/ Christina Blakley, Attorney infact for Andrei Shustov");
    EXPECT_EQ(iso(f.signatures[0].date), "2023-12-12");
}

TEST(ownership_text, seed_json_writes_exact_decimals)
{
    auto const f = parse_one(SEEDS_DIR "/004_3f47c6079172a788.txt");
    auto const j = filing_to_json(f, "seed", sha256_t::of("x"));
    EXPECT_EQ(j["non_derivative"][0]["shares_owned_after"].dump(), "55037.7");
    EXPECT_EQ(j["non_derivative"][0]["shares"].dump(), "47856");
    EXPECT_EQ(j["non_derivative"][0]["transaction_date"], "2023-12-08");
    EXPECT_TRUE(j["non_derivative"][0]["deemed_execution_date"].is_null());
}

TEST(ownership_text, renderings_written_for_the_tests)
{
    EXPECT_GE(expect_fixtures_match(TEST_DATA_DIR "/renderings"), 15U);
}

TEST(ownership_text, corpus_field_accuracy)
{
    fs::path const dir{SHARED_CORPUS_DIR "/renderings"};
    if (!fs::is_directory(dir)) {
        GTEST_SKIP() << "no shared corpus at " << dir;
    }
    std::size_t checked = 0;
    std::size_t files = 0;
    std::vector<json_mismatch_t> all;
    for (auto const &entry : fs::directory_iterator{dir}) {
        auto const name = entry.path().filename().string();
        if (name.size() < 6 || (name.substr(name.size() - 6) != ".A.txt" && name.substr(name.size() - 6) != ".B.txt")) {
            continue;
        }
        ++files;
        auto truth_path = entry.path().string();
        truth_path.replace(truth_path.size() - 4, 4, ".truth.json");
        auto const truth = nlohmann::json::parse(read_file(truth_path));
        auto const result = parse_document(read_file(entry.path().string()));
        ASSERT_EQ(result.status, parse_status_t::parsed) << name << ": " << result.reason;
        std::vector<json_mismatch_t> mismatches;
        compare_json(name, truth, filing_to_json(result.filings.front(), name, sha256_t::of(name)), &mismatches,
                     &checked);
        all.insert(all.end(), mismatches.begin(), mismatches.end());
    }
    double const accuracy = 100.0 * static_cast<double>(checked - all.size()) / static_cast<double>(checked);
    std::printf("corpus renderings: %zu files, %zu fields, %zu differ, field accuracy %.2f%%\n", files, checked,
                all.size(), accuracy);
    // What is left is the Section 16 box: marked is true, but an unmarked box and a form
    // without the element look the same in text.
    std::size_t other = 0;
    for (auto const &m : all) {
        if (m.path.find("not_subject_to_section16") == std::string::npos) {
            ADD_FAILURE() << m.path << ": expected " << m.expected << ", got " << m.actual;
            ++other;
        }
    }
    EXPECT_EQ(other, 0U);
    EXPECT_GE(accuracy, 99.5);
}

TEST(ownership_text, a_text_that_is_no_filing_is_rejected_with_a_reason)
{
    auto const letter = parse_document("Dear shareholder,\n\nThank you for your support.\n");
    EXPECT_EQ(letter.status, parse_status_t::rejected);
    EXPECT_NE(letter.reason.find("unrecognized document"), std::string::npos);
    auto const empty = parse_document("");
    EXPECT_EQ(empty.status, parse_status_t::rejected);
    EXPECT_EQ(empty.reason, "empty file");
    // A form whose issuer box is gone is not loaded as an empty filing.
    auto seed = read_file(SEEDS_DIR "/003_e2d76acea318585b.txt");
    auto const at = seed.find("Cellectar Biosciences, Inc. [CLRB]");
    seed.erase(at, std::string{"Cellectar Biosciences, Inc. [CLRB]"}.size());
    auto const broken = parse_document(seed);
    EXPECT_EQ(broken.status, parse_status_t::rejected);
    EXPECT_NE(broken.reason.find("no issuer name"), std::string::npos) << broken.reason;
}

TEST(ownership_text, damaged_input_never_crashes_or_hangs)
{
    std::mt19937 rng{20231212}; // fixed: the same mutations every run
    std::size_t runs = 0;
    for (auto const *seed_path : {SEEDS_DIR "/003_e2d76acea318585b.txt", SEEDS_DIR "/004_3f47c6079172a788.txt",
                                  SEEDS_DIR "/000_645bfcb514d3ff30.txt"}) {
        auto const seed = read_file(seed_path);
        std::uniform_int_distribution<std::size_t> pos(0, seed.size() - 1);
        std::uniform_int_distribution<int> byte(0, 255);
        for (int i = 0; i < 300; ++i) {
            std::string mutated = seed;
            switch (i % 3) {
            case 0: mutated.resize(pos(rng)); break; // truncated
            case 1:
                for (int k = 0; k < 1 + i % 20; ++k) {
                    mutated[pos(rng)] = static_cast<char>(byte(rng)); // bytes flipped
                }
                break;
            default: {
                auto const a = pos(rng);
                mutated.insert(a, mutated.substr(pos(rng), 200)); // a chunk repeated elsewhere
            }
            }
            auto const start = std::chrono::steady_clock::now();
            parse_result_t result;
            EXPECT_NO_THROW(result = parse_document(mutated));
            auto const ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            EXPECT_LT(ms, 500.0) << "mutation " << i << " of " << seed_path;
            if (result.status == parse_status_t::rejected) {
                EXPECT_FALSE(result.reason.empty());
            }
            ++runs;
        }
    }
    EXPECT_EQ(runs, 900U);
}
