// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/html-text.hpp"
#include "parse/prose-scan.hpp"
#include "parse/submission.hpp"

#include <gtest/gtest.h>

#include <string>

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

std::string nested(std::size_t depth, std::string const &inside)
{
    std::string html = "<html><body><p>Filed Pursuant to Rule 424(b)(5)</p>";
    for (std::size_t i = 0; i < depth; ++i) {
        html += "<div>";
    }
    html += inside;
    for (std::size_t i = 0; i < depth; ++i) {
        html += "</div>";
    }
    return html + "</body></html>";
}

TEST(html_to_text, reads_documents_nested_past_libxml2s_default_depth)
{
    // libxml2 stops at 256 nested elements unless told otherwise, keeping the beginning only;
    // 100,000 levels would exhaust a recursive walk's stack.
    for (std::size_t depth : {300U, 100000U}) {
        std::string error;
        auto const text = html_to_text(nested(depth, "<p>ACME WIDGETS, INC.</p><p>The end.</p>"), &error);
        EXPECT_EQ(error, "") << depth;
        EXPECT_EQ(text, "Filed Pursuant to Rule 424(b)(5)\n\nACME WIDGETS, INC.\n\nThe end.\n") << depth;
    }
}

TEST(html_to_text, says_when_it_could_not_read_a_document_to_its_end)
{
    // Everything after a comment that is never closed is comment: the text would end early.
    std::string error;
    auto const text = html_to_text("<p>Registration No. 333-271234</p><!-- cover <p>ACME WIDGETS, INC.</p>", &error);
    EXPECT_EQ(text, "Registration No. 333-271234\n");
    EXPECT_EQ(error, "HTML that libxml2 could not read to its end: Comment not terminated");
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
    auto const prose =
        plain_prose("Oppenheimer & Co. Inc. (\xE2\x80\x9COppenheimer\xE2\x80\x9D) sells. Robert W. Baird "
                    "& Co. Incorporated agreed.\nNext line");
    auto const sentences = split_sentences(prose);
    ASSERT_EQ(sentences.size(), 3U); // a single line break joins lines: "agreed. Next line" is two
    EXPECT_EQ(sentences[0].text, "Oppenheimer & Co. Inc. (\"Oppenheimer\") sells.");
}

TEST(prose, restores_spaces_text_extraction_lost)
{
    struct case_t
    {
        char const *glued;
        char const *plain;
    };
    case_t const cases[] = {
        {"shares worth up toUS$25million", "shares worth up to US$25 million"},
        {"fees of$4,000", "fees of $4,000"},
        {"Dawson Ridge& Co. and Hollow PineLLC", "Dawson Ridge & Co. and Hollow Pine LLC"},
        {"on FormS-3 (FileNo. 333-299999)", "on Form S-3 (File No. 333-299999)"},
        {"through H.C.Wainwright & Co., LLC and U.S.Bancorp", "through H.C. Wainwright & Co., LLC and U.S. Bancorp"},
        {"a Rapid Equity OfferingSM Sales Agreement", "a Rapid Equity Offering Sales Agreement"},
        {"deemed to be\xE2\x80\x9C"
         "at the market\xE2\x80\x9D offerings",
         "deemed to be \"at the market\" offerings"},
        {"the \xE3\x80\x8C"
         "at the market offering\xE3\x80\x8D",
         "the \"at the market offering\""},
        // Left alone: a currency's letters, a plural suffix, capitals inside a name.
        {"C$35.22 and US$2.01; LLCs; BofA Securities; S-curve", "C$35.22 and US$2.01; LLCs; BofA Securities; S-curve"},
    };
    for (auto const &c : cases) {
        EXPECT_EQ(plain_prose(c.glued), c.plain) << c.glued;
    }
}
