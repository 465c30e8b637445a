// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/text-normalize.hpp"
#include "parse/text-scan.hpp"

#include <gtest/gtest.h>

TEST(normalize_rendering, undoes_markdown_escapes_and_marks)
{
    EXPECT_EQ(normalize_rendering("### **Table I**"), "Table I");
    EXPECT_EQ(normalize_rendering("\\$0\t\\$1.68"), "$0\t$1.68");
    EXPECT_EQ(normalize_rendering("06/23/2023 \xE2\x81\xBD\xC2\xB9\xE2\x81\xBE"), "06/23/2023 (1)");
    EXPECT_EQ(normalize_rendering("Trust \xE2\x81\xBD\xC2\xB9\xC2\xB9\xE2\x81\xBE"), "Trust (11)");
    EXPECT_EQ(normalize_rendering("Stock\xC2\xB2"), "Stock(2)");
    EXPECT_EQ(normalize_rendering("- $^{\\star}$  If the form"), "- *  If the form");
    EXPECT_EQ(normalize_rendering("Shares $^{12}$"), "Shares (12)");
    EXPECT_EQ(normalize_rendering("\\*\\* Signature"), "** Signature");
    EXPECT_EQ(normalize_rendering("a\r\nb\xC2\xA0"
                                  "c"),
              "a\nb c");
    EXPECT_EQ(normalize_rendering("\xE2\x98\x92 Director"), "X Director");
}

TEST(sanitize_utf8, reads_invalid_bytes_as_latin1)
{
    EXPECT_EQ(sanitize_utf8("Soci\xE9t\xE9"), "Soci\xC3\xA9t\xC3\xA9");
    EXPECT_EQ(sanitize_utf8("ok \xC3\xA9"), "ok \xC3\xA9");
    EXPECT_EQ(sanitize_utf8(std::string{"a\0b", 3}), "ab");
}

TEST(strip_marks, separates_values_from_footnote_marks)
{
    std::vector<std::string> marks;
    EXPECT_EQ(strip_marks("49,236 (1)(2)", &marks), "49,236");
    EXPECT_EQ(marks, (std::vector<std::string>{"1", "2"}));
    marks.clear();
    EXPECT_EQ(strip_marks("Stock Option (Right to Buy)", &marks), "Stock Option (Right to Buy)");
    EXPECT_TRUE(marks.empty());
    EXPECT_EQ(strip_marks("Trust (F12)", &marks), "Trust");
    EXPECT_EQ(marks, std::vector<std::string>{"12"});
    EXPECT_TRUE(is_marks_only("(2)"));
    EXPECT_TRUE(is_marks_only(" (1)(3) "));
    EXPECT_FALSE(is_marks_only("(A)"));
    EXPECT_FALSE(is_marks_only("(1,000)"));
}

TEST(classify, tells_what_a_cell_holds)
{
    EXPECT_EQ(classify("12/08/2023"), token_kind_t::date);
    EXPECT_EQ(classify("$1.68"), token_kind_t::money);
    EXPECT_EQ(classify("55,037.7"), token_kind_t::number);
    EXPECT_EQ(classify("D"), token_kind_t::letter);
    EXPECT_EQ(classify("(2)"), token_kind_t::marks);
    EXPECT_EQ(classify("Common Stock"), token_kind_t::text);
}

TEST(tokenize_row, splits_mixed_cells_and_glues_broken_values)
{
    auto const t = tokenize_row("Common Stock 12/08/2023 A 40, 596 A $ 0 49,236 D");
    std::vector<std::string> texts;
    for (auto const &tok : t) {
        texts.push_back(tok.text);
    }
    EXPECT_EQ(texts, (std::vector<std::string>{"Common Stock", "12/08/2023", "A", "40,596", "A", "$0", "49,236", "D"}));
    auto const title = tokenize_row("Class A Common Stock\t12/13/2022");
    EXPECT_EQ(title[0].text, "Class A Common Stock");
    auto const inner = tokenize_row("Class B Common Stock, $0.0001 par value\t(1)");
    EXPECT_EQ(inner[0].text, "Class B Common Stock, $0.0001 par value");
    EXPECT_EQ(inner[1].kind, token_kind_t::marks);
    auto const series = tokenize_row("Series A\t12/13/2022");
    EXPECT_EQ(series[0].text, "Series A");
}

TEST(fuzzy_contains, tolerates_ocr_damage)
{
    EXPECT_TRUE(fuzzy_contains(squash("Explana tion of Responses"), "explanationofresponses", 2));
    EXPECT_TRUE(fuzzy_contains(squash("Signature of Reportlng Person"), "signatureofreportingperson", 2));
    EXPECT_FALSE(fuzzy_contains(squash("Remarks"), "explanationofresponses", 2));
}
