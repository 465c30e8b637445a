// SPDX-License-Identifier: GPL-2.0-or-later
// Ownership XML and EDGAR submission files.
#include "common-fixtures.hpp"
#include "common-json.hpp"

#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;

namespace {

parse_result_t parse_file(std::string const &name) { return parse_document(read_file(TEST_DATA_DIR "/xml/" + name)); }

} // namespace

TEST(ownership_xml, fixtures_written_for_the_tests) { EXPECT_GE(expect_fixtures_match(TEST_DATA_DIR "/xml"), 5U); }

TEST(ownership_xml, both_boolean_spellings_and_absent_flags)
{
    auto const f = parse_file("multi-owner-footnote-values.xml").filings.at(0);
    EXPECT_FALSE(f.owners[0].is_director);         // "false"
    EXPECT_TRUE(f.owners[0].is_ten_percent_owner); // "true"
    EXPECT_FALSE(f.owners[1].is_director);         // "0"
    EXPECT_TRUE(f.owners[1].is_ten_percent_owner); // "1"
    EXPECT_EQ(f.aff10b5one, std::optional<bool>{true});
    auto const f3 = parse_file("form3-no-securities.xml").filings.at(0);
    EXPECT_FALSE(f3.aff10b5one.has_value()); // absent means unknown
    EXPECT_EQ(f3.no_securities_owned, std::optional<bool>{true});
}

TEST(ownership_xml, malformed_xml_names_the_line)
{
    auto const r = parse_file("malformed.xml");
    EXPECT_EQ(r.status, parse_status_t::rejected);
    EXPECT_EQ(r.reason, "malformed XML at line 6: Start-end tags mismatch");
}

TEST(ownership_xml, entity_bomb_is_refused_at_once)
{
    auto const start = std::chrono::steady_clock::now();
    auto const r = parse_file("entity-bomb.xml");
    auto const ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(r.status, parse_status_t::rejected);
    EXPECT_NE(r.reason.find("entity declarations"), std::string::npos) << r.reason;
    EXPECT_LT(ms, 100.0);
}

TEST(ownership_xml, submission_with_two_documents)
{
    auto const r = parse_file("submission-two-documents.txt");
    ASSERT_EQ(r.status, parse_status_t::parsed) << r.reason;
    ASSERT_EQ(r.filings.size(), 1U); // the power of attorney is no filing
    auto const &f = r.filings[0];
    EXPECT_EQ(f.accession->str(), "0001234567-24-000123");
    EXPECT_EQ(f.filed_date->iso(), "2024-05-03");
    EXPECT_EQ(f.form_type.str(), "4");
    EXPECT_EQ(f.issuer.cik->value(), 800001U);
    EXPECT_EQ(f.owners.at(0).cik->value(), 2000003U);
    EXPECT_EQ(f.non_derivative.at(0).shares_owned_after->str(), "25500");
    // The same filing as the bare XML, whatever the container: one document key.
    auto const bare = parse_file("form4-original.xml").filings.at(0);
    EXPECT_EQ(document_key(f), document_key(bare));
}

TEST(ownership_xml, submissions_the_archive_does_not_keep_are_skipped)
{
    auto const tenk = parse_file("submission-10k.nc");
    EXPECT_EQ(tenk.status, parse_status_t::skipped);
    EXPECT_EQ(tenk.form_type, "10-K");
    EXPECT_EQ(tenk.reason, "form 10-K is not kept in the archive");
    auto const old = parse_file("submission-plain-text-1999.txt");
    EXPECT_EQ(old.status, parse_status_t::skipped);
    EXPECT_EQ(old.form_type, "4");
    EXPECT_NE(old.reason.find("plain text"), std::string::npos);
}

TEST(ownership_xml, corpus_parses_and_matches_its_renderings_truth)
{
    fs::path const dir{SHARED_CORPUS_DIR "/ownership"};
    if (!fs::is_directory(dir)) {
        GTEST_SKIP() << "no shared corpus at " << dir;
    }
    std::size_t files = 0;
    for (auto const &entry : fs::directory_iterator{dir}) {
        ++files;
        auto const name = entry.path().filename().string();
        auto const r = parse_document(read_file(entry.path().string()));
        ASSERT_EQ(r.status, parse_status_t::parsed) << name << ": " << r.reason;
        auto const truth_path = dir.parent_path() / "renderings" / (name + ".A.truth.json");
        if (!fs::exists(truth_path)) {
            continue;
        }
        // Same filing, two formats, one answer: the truth of the rendering is the XML's
        // parse, without the CIKs and accession numbers a rendering does not show.
        auto truth = nlohmann::json::parse(read_file(truth_path.string()));
        auto parsed = filing_to_json(r.filings.front(), name, sha256_t::of(name));
        truth.erase("accession");
        truth["issuer"].erase("cik");
        for (auto &o : truth["owners"]) {
            o.erase("cik");
        }
        std::vector<json_mismatch_t> mismatches;
        compare_json(name, truth, parsed, &mismatches);
        for (auto const &m : mismatches) {
            ADD_FAILURE() << m.path << ": expected " << m.expected << ", got " << m.actual;
        }
    }
    EXPECT_EQ(files, 60U);
}
