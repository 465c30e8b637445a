// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/html-text.hpp"
#include "parse/prose-scan.hpp"
#include "parse/submission.hpp"

#include <gtest/gtest.h>

TEST(html_to_text, keeps_blocks_as_lines_and_cells_as_tabs)
{
    auto const text = html_to_text("<html><head><title>x</title><style>p{}</style></head><body>"
                                   "<p>Up to&#160;$50,000,000</p><div>Sales <b>Agreement</b> &amp; more</div>"
                                   "<table><tr><td>Name</td><td>Shares</td></tr><tr><td>A &#8220;B&#8221;</td>"
                                   "<td>1,000</td></tr></table><script>alert(1)</script>line<br>break</body></html>");
    EXPECT_EQ(text, "Up to\xC2\xA0$50,000,000\n\nSales Agreement & more\n\nName\tShares\nA \xE2\x80\x9C"
                    "B\xE2\x80\x9D\t1,000\n\nline\nbreak\n");
    EXPECT_TRUE(looks_like_html("\n<html><body>"));
    EXPECT_TRUE(looks_like_html("<DIV>x</DIV>"));
    EXPECT_FALSE(looks_like_html("FORM 4\nSTATEMENT OF CHANGES"));
}

TEST(html_to_text, survives_malformed_html)
{
    EXPECT_EQ(html_to_text("<p>unclosed <b>bold <i>italic</p><p>next"), "unclosed bold italic\n\nnext\n");
    EXPECT_EQ(html_to_text(""), "");
}

TEST(submission, reads_the_tag_form_header)
{
    auto const sub = parse_submission(
        "<SUBMISSION>\n<ACCESSION-NUMBER>0001127602-25-004598\n<TYPE>4\n<FILING-DATE>20250213\n"
        "<REPORTING-OWNER>\n<OWNER-DATA>\n<CONFORMED-NAME>Jean-Claude Carine\n<CIK>0001870985\n</OWNER-DATA>\n"
        "</REPORTING-OWNER>\n<ISSUER>\n<COMPANY-DATA>\n<CONFORMED-NAME>ARROW ELECTRONICS, INC.\n<CIK>0000007536\n"
        "</COMPANY-DATA>\n</ISSUER>\n<DOCUMENT>\n<TYPE>4\n<FILENAME>form4.xml\n<TEXT>\n<XML>\n<a/>\n</XML>\n</TEXT>\n"
        "</DOCUMENT>\n</SUBMISSION>\n");
    EXPECT_EQ(sub.accession->str(), "0001127602-25-004598");
    EXPECT_EQ(sub.form_type, "4");
    EXPECT_EQ(sub.filed_date->iso(), "2025-02-13");
    ASSERT_NE(sub.party("issuer"), nullptr);
    EXPECT_EQ(sub.party("issuer")->name, "ARROW ELECTRONICS, INC.");
    EXPECT_EQ(sub.party("issuer")->cik->value(), 7536U);
    EXPECT_EQ(sub.party("reporting-owner")->cik->value(), 1870985U);
    ASSERT_EQ(sub.documents.size(), 1U);
    EXPECT_EQ(sub.documents[0].filename, "form4.xml");
    EXPECT_EQ(embedded_xml(sub.documents[0].body).value_or(""), "<a/>");
}

TEST(prose, reads_amounts_dates_and_sentences)
{
    std::string const text = "we have sold an aggregate of 4,169 shares for $69,000. Up to $50.0 million and "
                             "1.2 million shares at 3.0% on October 20, 2022.";
    EXPECT_EQ(find_shares(text)->value.str(), "4169");
    auto const first_money = find_money(text);
    ASSERT_TRUE(first_money);
    EXPECT_EQ(first_money->value.str(), "69000");
    auto const second_money = find_money(text, first_money->end);
    ASSERT_TRUE(second_money);
    EXPECT_EQ(second_money->value.str(), "50000000");
    EXPECT_FALSE(find_money(text, second_money->end));
    EXPECT_EQ(find_shares(text, 40)->value.str(), "1200000");
    EXPECT_EQ(find_percent(text)->value.str(), "3");
    EXPECT_EQ(find_date_words(text)->date.iso(), "2022-10-20");
    auto const prose = plain_prose("Oppenheimer & Co. Inc. (\xE2\x80\x9COppenheimer\xE2\x80\x9D) sells. Robert W. Baird "
                                   "& Co. Incorporated agreed.\nNext line");
    auto const sentences = split_sentences(prose);
    ASSERT_EQ(sentences.size(), 3U); // a single line break joins lines: "agreed. Next line" is two
    EXPECT_EQ(sentences[0].text, "Oppenheimer & Co. Inc. (\"Oppenheimer\") sells.");
}
