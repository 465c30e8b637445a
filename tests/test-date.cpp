// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/date.hpp"

#include <gtest/gtest.h>

namespace {

std::string iso(std::optional<date_t> const &d) { return d ? d->iso() : "<none>"; }

} // namespace

TEST(date_t, parses_form_and_iso_dates)
{
    EXPECT_EQ(iso(date_t::parse("12/08/2023")), "2023-12-08");
    EXPECT_EQ(iso(date_t::parse("1/7/2024")), "2024-01-07");
    EXPECT_EQ(iso(date_t::parse("2033-01-17")), "2033-01-17");
    EXPECT_EQ(iso(date_t::parse(" 06/23/2023 ")), "2023-06-23");
}

TEST(date_t, refuses_impossible_or_malformed_dates)
{
    for (auto const *text :
         {"", "02/30/2023", "13/01/2023", "2023-02-29", "12/08/23", "12-08-2023", "(2)", "2023/12/08", "1/2/3/4"}) {
        EXPECT_FALSE(date_t::parse(text).has_value()) << text;
    }
    EXPECT_EQ(iso(date_t::parse("02/29/2024")), "2024-02-29");
}

TEST(date_t, parses_dates_in_words)
{
    EXPECT_EQ(iso(date_t::parse_words("October 20, 2022")), "2022-10-20");
    EXPECT_EQ(iso(date_t::parse_words("Aug. 11, 2020")), "2020-08-11");
    EXPECT_EQ(iso(date_t::parse_words("Sept 1, 2021")), "2021-09-01");
    EXPECT_EQ(iso(date_t::parse_words("December 31st, 2025")), "2025-12-31");
    EXPECT_EQ(iso(date_t::parse_words("31 March 2025")), "2025-03-31");
    EXPECT_FALSE(date_t::parse_words("Octember 20, 2022").has_value());
    EXPECT_FALSE(date_t::parse_words("October 32, 2022").has_value());
    EXPECT_FALSE(date_t::parse_words("on October 20, 2022").has_value());
}

TEST(date_t, orders_chronologically) { EXPECT_LT(*date_t::parse("12/31/2022"), *date_t::parse("01/01/2023")); }
