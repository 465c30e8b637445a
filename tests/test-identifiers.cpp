// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/identifiers.hpp"

#include <gtest/gtest.h>

TEST(cik_t, parses_with_or_without_leading_zeros)
{
    EXPECT_EQ(cik_t::parse("0001627970")->value(), 1627970U);
    EXPECT_EQ(cik_t::parse("753308")->str(), "753308");
    EXPECT_FALSE(cik_t::parse("").has_value());
    EXPECT_FALSE(cik_t::parse("0000000000").has_value());
    EXPECT_FALSE(cik_t::parse("12345678901").has_value());
    EXPECT_FALSE(cik_t::parse("12a").has_value());
}

TEST(accession_no_t, keeps_the_dashed_form)
{
    EXPECT_EQ(accession_no_t::parse("0001062993-22-008150")->str(), "0001062993-22-008150");
    EXPECT_EQ(accession_no_t::parse("000106299322008150")->str(), "0001062993-22-008150");
    EXPECT_FALSE(accession_no_t::parse("0001062993-22-00815").has_value());
    EXPECT_FALSE(accession_no_t::parse("x001062993-22-008150").has_value());
}

TEST(form_type_t, separates_amendments)
{
    auto const f = form_type_t::parse("4/A");
    EXPECT_EQ(f.base(), "4");
    EXPECT_TRUE(f.is_amendment());
    EXPECT_EQ(f.str(), "4/A");
    EXPECT_TRUE(f.is_ownership());
    EXPECT_EQ(form_type_t::parse("FORM 4").str(), "4");
    EXPECT_EQ(form_type_t::parse("424b5").str(), "424B5");
    EXPECT_FALSE(form_type_t::parse("424B5").is_ownership());
    EXPECT_FALSE(form_type_t::parse("424B5").is_amendment());
}
