// SPDX-License-Identifier: GPL-2.0-or-later
// Generated filings written as ownership XML and as text renderings parse back to the
// same filing: the XML to exactly the generated one, the rendering to what a rendering
// can show (no CIKs, no accession number).
#include "common-json.hpp"

#include "generator.hpp"
#include "writers.hpp"

#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"

#include <gtest/gtest.h>

namespace {

nlohmann::ordered_json as_json(filing_t const &f) { return filing_to_json(f, "x", sha256_t::of("x")); }

filing_t parse_one(std::string const &text)
{
    auto r = parse_document(text);
    EXPECT_EQ(r.status, parse_status_t::parsed) << r.reason;
    return r.filings.empty() ? filing_t{} : r.filings.front();
}

/// Writes `count` generated filings of `shape` as XML and as renderings, parses them back
/// and reports every member that differs; returns how many filings were compared.
std::size_t round_trip(corpus_shape_t shape, std::uint64_t seed, std::size_t count)
{
    rng_t r{seed};
    auto issuers = make_issuers(&r, count);
    auto const people = make_people(&r, count, &issuers);
    std::size_t compared = 0;
    std::size_t mismatched = 0;
    for (std::size_t i = 0; i < count; ++i) {
        auto f = make_ownership(&r, r.pick(issuers), people, i, shape);
        f.accession.reset();
        f.filed_date.reset();

        auto const from_xml = parse_one(write_ownership_xml(f));
        auto expected = nlohmann::json::parse(as_json(f).dump());
        std::vector<json_mismatch_t> xml_mismatches;
        compare_json("xml", expected, as_json(from_xml), &xml_mismatches);

        // A rendering shows no CIKs and no schema version.
        auto shown = f;
        shown.issuer.cik.reset();
        shown.schema_version.reset();
        for (auto &o : shown.owners) {
            o.cik.reset();
        }
        auto const from_text = parse_one(write_rendering(shown));
        std::vector<json_mismatch_t> text_mismatches;
        compare_json("text", nlohmann::json::parse(as_json(shown).dump()), as_json(from_text), &text_mismatches);

        for (auto const *list : {&xml_mismatches, &text_mismatches}) {
            for (auto const &m : *list) {
                ADD_FAILURE() << "filing " << i << " " << m.path << ": expected " << m.expected << ", got " << m.actual;
            }
        }
        mismatched += xml_mismatches.empty() && text_mismatches.empty() ? 0 : 1;
        ++compared;
        if (mismatched > 5) {
            break; // enough to see what is wrong
        }
    }
    return compared;
}

} // namespace

TEST(round_trip, generated_filings_as_xml_and_as_renderings)
{
    EXPECT_EQ(round_trip(corpus_shape_t::standard, 20240501, 400), 400U);
}

TEST(round_trip, footnote_rich_filings_as_xml_and_as_renderings)
{
    EXPECT_EQ(round_trip(corpus_shape_t::footnote_rich, 20240502, 400), 400U);
}
