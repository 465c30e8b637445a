// SPDX-License-Identifier: GPL-2.0-or-later
// What a document's place says: accession numbers in names, metadata.json, attachments.
#include "import/edgar-layout.hpp"
#include "util/read-file.hpp"

#include <gtest/gtest.h>

namespace {

std::string layout(std::string const &rel) { return std::string{TEST_DATA_DIR} + "/edgar-layout/" + rel; }

std::string accession_of(std::string_view name)
{
    auto const a = accession_in_name(name);
    return a ? a->str() : "none";
}

} // namespace

TEST(edgar_layout, accession_numbers_in_names)
{
    EXPECT_EQ(accession_of("0000950170-24-012830"), "0000950170-24-012830");
    EXPECT_EQ(accession_of("000095017024012830"), "0000950170-24-012830");
    EXPECT_EQ(accession_of("0000950170-24-012830.nc"), "0000950170-24-012830");
    EXPECT_EQ(accession_of("0000950170-24-012830-index.htm"), "0000950170-24-012830");
    EXPECT_EQ(accession_of("GOOG_doc4-000120919122024550.xml"), "0001209191-22-024550");
    EXPECT_EQ(accession_of("paypal__000089924318025227__doc4.xml"), "0000899243-18-025227");
    // Not one: other digit runs, a number longer or shorter than an accession number.
    EXPECT_EQ(accession_of("wf-form4_155718184308434.xml"), "none");
    EXPECT_EQ(accession_of("0000950170240128301"), "none");
    EXPECT_EQ(accession_of("00000950170-24-012830"), "none");
    EXPECT_EQ(accession_of("doc4.xml"), "none");
}

TEST(edgar_layout, a_datamule_folder_gives_accession_filing_date_and_document_types)
{
    layout_reader_t reader;
    auto const form = reader.hints_for(layout("datamule/000089924317024441/doc3.xml"));
    EXPECT_TRUE(form.in_filing_folder);
    EXPECT_EQ(form.accession->str(), "0000899243-17-024441");
    EXPECT_EQ(form.filing_date->iso(), "2017-10-18");
    EXPECT_EQ(form.document_type, "3");
    auto const attachment = reader.hints_for(layout("datamule/000089924317024441/attachment1.htm"));
    EXPECT_EQ(attachment.document_type, "EX-24.1");

    auto const placed = parse_in_place(read_file(layout("datamule/000089924317024441/attachment1.htm")), attachment);
    EXPECT_EQ(placed.result.status, parse_status_t::skipped);
    EXPECT_EQ(placed.skip_kind, "attachment");
    EXPECT_EQ(placed.result.reason,
              "EX-24.1 document of filing 0000899243-17-024441 (metadata.json): not a form the archive keeps");
}

TEST(edgar_layout, a_bare_form_takes_the_accession_and_date_of_its_place)
{
    layout_reader_t reader;
    auto const hints = reader.hints_for(layout("datamule/000118143111030813/rrd311776.xml"));
    auto const placed = parse_in_place(read_file(layout("datamule/000118143111030813/rrd311776.xml")), hints);
    ASSERT_EQ(placed.result.status, parse_status_t::parsed) << placed.result.reason;
    auto const &f = placed.result.filings.at(0);
    EXPECT_EQ(f.accession->str(), "0001181431-11-030813");
    EXPECT_EQ(f.filed_date->iso(), "2011-05-18");
    EXPECT_EQ(placed.accession_from_place, std::vector<bool>{true});
}

TEST(edgar_layout, in_a_filing_folder_what_is_not_a_form_is_an_attachment)
{
    layout_hints_t hints;
    hints.in_filing_folder = true;
    hints.accession = accession_no_t::parse("0000950170-24-012830");
    auto const index = parse_in_place("<html><body>Filing index: documents of this filing</body></html>", hints);
    EXPECT_EQ(index.result.status, parse_status_t::skipped);
    EXPECT_EQ(index.skip_kind, "attachment");
    EXPECT_EQ(index.result.reason.rfind("an attachment of filing 0000950170-24-012830, not a form (unrecognized", 0),
              0U)
        << index.result.reason;
    // A broken form stays a reject, whatever its folder.
    auto const broken = parse_in_place("<?xml version=\"1.0\"?><ownershipDocument><issuer>", hints);
    EXPECT_EQ(broken.result.status, parse_status_t::rejected);
    // Outside a filing's folder, an unknown document is a reject.
    auto const alone = parse_in_place("<html><body>Filing index</body></html>", layout_hints_t{});
    EXPECT_EQ(alone.result.status, parse_status_t::rejected);
}

TEST(edgar_layout, json_and_powers_of_attorney_are_skipped_anywhere)
{
    auto const json = parse_in_place(read_file(layout("datamule/000089924317024441/metadata.json")), layout_hints_t{});
    EXPECT_EQ(json.result.status, parse_status_t::skipped);
    EXPECT_EQ(json.skip_kind, "JSON data");
    auto const poa = parse_in_place(read_file(layout("datamule/000089924317024441/attachment1.htm")), layout_hints_t{});
    EXPECT_EQ(poa.result.status, parse_status_t::skipped);
    EXPECT_EQ(poa.skip_kind, "attachment");
    EXPECT_EQ(poa.result.reason, "a power of attorney (the exhibit EX-24 of an ownership filing), not a form");
}

TEST(edgar_layout, a_rendering_named_after_a_filing_takes_no_number_from_its_name)
{
    // A flat folder of text renderings, each named after the filing it renders: the name
    // does not make the text that filing's document (its XML, imported beside it, is).
    auto const rendering = read_file(std::string{SEEDS_DIR} + "/003_e2d76acea318585b.txt");
    layout_reader_t reader;
    auto const flat = reader.hints_for("renderings/0001209191-20-061332.A.txt");
    ASSERT_TRUE(flat.accession.has_value());
    auto const placed = parse_in_place(rendering, flat);
    ASSERT_EQ(placed.result.status, parse_status_t::parsed) << placed.result.reason;
    EXPECT_FALSE(placed.result.filings.at(0).accession.has_value());
    EXPECT_EQ(placed.accession_from_place, std::vector<bool>{false});
    // In the filing's own folder it is that filing's rendering, and takes its number.
    auto const folder = reader.hints_for("0001209191-20-061332/rendering.txt");
    auto const in_folder = parse_in_place(rendering, folder);
    EXPECT_EQ(in_folder.result.filings.at(0).accession->str(), "0001209191-20-061332");
}
