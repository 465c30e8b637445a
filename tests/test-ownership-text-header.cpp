// SPDX-License-Identifier: GPL-2.0-or-later
// The header boxes of a rendered Form 3, 4 or 5, one reader at a time: each wording or
// layout a reader handles is a case of a few lines.
#include "parse/ownership-text-header.hpp"
#include "parse/text-scan.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

ownership_header_t header_of(std::string const &text) { return parse_ownership_header(split_lines(text)); }

std::string iso(std::optional<date_t> const &d) { return d ? d->iso() : "none"; }

} // namespace

TEST(ownership_header, the_form_from_its_title_line_its_heading_or_its_omb_number)
{
    EXPECT_EQ(header_of("FORM 4\n").form, '4');
    EXPECT_EQ(header_of("Form 3/A **\n").form, '3');
    // A longer line that starts with "form" is a sentence, not the title.
    EXPECT_EQ(header_of("Form filed by One Reporting Person 5\n").form, std::nullopt);
    EXPECT_EQ(header_of("INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES\n").form, '3');
    EXPECT_EQ(header_of("ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n").form, '5');
    EXPECT_EQ(header_of("STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n").form, '4');
    EXPECT_EQ(header_of("OMB Number:\t3235-0362\n").form, '5');
}

TEST(ownership_header, the_check_boxes_at_the_top_shown_and_marked)
{
    auto const unmarked = header_of("Check this box if no longer subject to Section 16.\n");
    EXPECT_TRUE(unmarked.section16.shown);
    EXPECT_FALSE(unmarked.section16.marked);
    auto const marked = header_of("X  Check this box if no longer subject to Section 16.\n"
                                  "x\tCheck this box to indicate that a transaction was made pursuant to a plan\n");
    EXPECT_TRUE(marked.section16.marked);
    EXPECT_TRUE(marked.aff10b5one.shown);
    EXPECT_TRUE(marked.aff10b5one.marked);
    EXPECT_FALSE(header_of("FORM 3\n").aff10b5one.shown);
}

TEST(ownership_header, the_issuer_and_its_ticker_after_the_label)
{
    auto const h = header_of("2. Issuer Name and Ticker or Trading Symbol Cellectar Biosciences, Inc. [CLRB]\n");
    EXPECT_EQ(h.issuer.name, "Cellectar Biosciences, Inc.");
    EXPECT_EQ(h.issuer.ticker, "CLRB");
    // OCR damage to the label, and a ticker that says there is none.
    auto const damaged = header_of("2. lssuer Narne and Ticker or Tradinq Symbol Acme Corp [NONE]\n");
    EXPECT_EQ(damaged.issuer.name, "Acme Corp");
    EXPECT_EQ(damaged.issuer.ticker, std::nullopt);
}

TEST(ownership_header, the_name_after_its_label_beside_the_issuer_or_above_its_marker)
{
    EXPECT_EQ(header_of("1. Name and Address of Reporting Person * Caruso James V\n").owner.name, "Caruso James V");
    EXPECT_EQ(header_of("1. Name and Address of Reporting Person *\tCARUSO JAMES V\n").owner.name, "CARUSO JAMES V");
    EXPECT_EQ(
        header_of("CARUSO JAMES V\t\terson *\t2. Issuer Name and Ticker or Trading Symbol Acme [ACME]\n").owner.name,
        "CARUSO JAMES V");
    EXPECT_EQ(header_of("SMITH ANN\n(Last)\t(First)\t(Middle)\n").owner.name, "SMITH ANN");
}

TEST(ownership_header, relationship_boxes_are_the_words_after_an_x)
{
    auto const h = header_of("X Director   10% Owner   X Officer (give title below)   Other (specify below)\n");
    EXPECT_TRUE(h.owner.is_director);
    EXPECT_FALSE(h.owner.is_ten_percent_owner);
    EXPECT_TRUE(h.owner.is_officer);
    EXPECT_FALSE(h.owner.is_other);
    EXPECT_TRUE(header_of("(X) 10% Owner\n").owner.is_ten_percent_owner);
    EXPECT_TRUE(header_of("x Other (specify below)\n").owner.is_other);
}

TEST(ownership_header, the_role_after_specify_below_or_on_the_next_line)
{
    auto const same_line = header_of("X Officer (give title below) Other (specify below) Chief Executive Officer\n");
    EXPECT_EQ(same_line.owner.officer_title, "Chief Executive Officer");
    auto const next_line =
        header_of("SMITH ANN\n(Last)\t(First)\t(Middle)\tX Officer (give title Other (specify below)\n"
                  "1 MAIN ST\t\t\t\tPresident and CEO\n");
    EXPECT_EQ(next_line.owner.officer_title, "President and CEO");
    EXPECT_EQ(next_line.owner.street1, "1 MAIN ST");
    // A text without a marked box: the officer's title, unless it speaks of remarks.
    auto const unmarked = header_of("Officer (give title below) Other (specify below) See Remarks\n");
    EXPECT_TRUE(unmarked.owner.is_other);
    EXPECT_EQ(unmarked.owner.other_text, "See Remarks");
}

TEST(ownership_header, street_city_state_and_zip_between_the_markers)
{
    auto const h = header_of("CARUSO JAMES V\n(Last)\t(First)\t(Middle)\nC/O CELLECTAR BIOSCIENCES, INC.\n"
                             "100 CAMPUS\tDRIVE\n(Street)\nFLORHAM PARK\tNJ\t07932\n(City)\t(State)\t(Zip)\n");
    EXPECT_EQ(h.owner.street1, "C/O CELLECTAR BIOSCIENCES, INC.");
    EXPECT_EQ(h.owner.street2, "100 CAMPUS DRIVE");
    EXPECT_EQ(h.owner.city, "FLORHAM PARK");
    EXPECT_EQ(h.owner.state, "NJ");
    EXPECT_EQ(h.owner.zip, "07932");
    // City, state and zip in one cell, after the "(Street)" marker.
    auto const one_cell = header_of("DOE JOHN\n(Last) (First) (Middle)\n1 MAIN ST\n(Street) BOSTON MA 02110\n");
    EXPECT_EQ(one_cell.owner.street1, "1 MAIN ST");
    EXPECT_EQ(one_cell.owner.city, "BOSTON");
    EXPECT_EQ(one_cell.owner.state, "MA");
    EXPECT_EQ(one_cell.owner.zip, "02110");
}

TEST(ownership_header, dates_belong_to_the_label_before_them)
{
    auto const h = header_of("3. Date of Earliest Transaction (Month/Day/Year) 06/23/2023\n"
                             "4. If Amendment, Date of Original Filed (Month/Day/Year)\t06/27/2023\n");
    EXPECT_EQ(iso(h.period_of_report), "2023-06-23");
    EXPECT_EQ(iso(h.original_filed), "2023-06-27");
    // The value on the line below its label; the Form 3 and Form 5 wordings.
    EXPECT_EQ(iso(header_of("3. Date of Event Requiring Statement (Month/Day/Year)\n01/05/2024\n").period_of_report),
              "2024-01-05");
    EXPECT_EQ(iso(header_of("Statement for Issuer's Fiscal Year Ended (Month/Day/Year) 12/31/2023\n").period_of_report),
              "2023-12-31");
    // An amendment box left empty gives no date, and takes none from the next box.
    EXPECT_EQ(iso(header_of("4. If Amendment, Date of Original Filed (Month/Day/Year)\n").original_filed), "none");
}

TEST(strip_label, drops_a_damaged_label_and_its_box_number)
{
    EXPECT_EQ(strip_label("2. Issuer Name and Ticker or Trading Symbol Acme", "issuernameandtickerortradingsymbol"),
              "Acme");
    EXPECT_EQ(strip_label("S. lssuer Narne and Ticker or Tradinq Symbol: Acme", "issuernameandtickerortradingsymbol"),
              "Acme");
    // Only the start of the label is left ("Issuer Name and"), then the value.
    EXPECT_EQ(strip_label("Issuer Name and Acme", "issuernameandtickerortradingsymbol"), "Acme");
    EXPECT_EQ(strip_label("Acme Corp", "issuernameandtickerortradingsymbol"), "Acme Corp");
}
