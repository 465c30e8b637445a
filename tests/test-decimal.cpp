// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/decimal.hpp"

#include <gtest/gtest.h>

namespace {

std::string canon(std::string_view text)
{
    auto const d = decimal_t::parse(text);
    return d ? d->str() : "<none>";
}

} // namespace

TEST(decimal_t, parses_amounts_as_filings_write_them)
{
    EXPECT_EQ(canon("55,037.7"), "55037.7");
    EXPECT_EQ(canon("40,596"), "40596");
    EXPECT_EQ(canon("$0"), "0");
    EXPECT_EQ(canon("$1.68"), "1.68");
    EXPECT_EQ(canon("$31.9154"), "31.9154");
    EXPECT_EQ(canon(" 200,000.00 "), "200000");
    EXPECT_EQ(canon("0.50"), "0.5");
    EXPECT_EQ(canon("-3"), "-3");
    EXPECT_EQ(canon("$-3.10"), "-3.1");
    EXPECT_EQ(canon("-0"), "0");
    EXPECT_EQ(canon(".5"), "0.5");
    EXPECT_EQ(canon("007"), "7");
    EXPECT_EQ(canon("1,000,000,000"), "1000000000");
}

TEST(decimal_t, refuses_what_is_not_a_number)
{
    for (auto const *text :
         {"", "$", "abc", "1,00", "12,3456", ",123", "1.2.3", "1 2", "(1)", "12/08/2023", "A", "1,000,00"}) {
        EXPECT_FALSE(decimal_t::parse(text).has_value()) << text;
    }
}

TEST(decimal_t, scales_exactly)
{
    auto const d = *decimal_t::parse("50.0");
    EXPECT_EQ(d.scaled(6).str(), "50000000");
    EXPECT_EQ(decimal_t::parse("27.2")->scaled(6).str(), "27200000");
    EXPECT_EQ(decimal_t::parse("1.5")->scaled(9).str(), "1500000000");
    EXPECT_EQ(decimal_t::parse("3")->scaled(-2).str(), "0.03");
    EXPECT_EQ(decimal_t::parse("0.001")->scaled(3).str(), "1");
}

TEST(decimal_t, compares_by_value)
{
    auto d = [](char const *t) { return *decimal_t::parse(t); };
    EXPECT_LT(d("9"), d("10"));
    EXPECT_LT(d("0.45"), d("0.5"));
    EXPECT_LT(d("-2"), d("1"));
    EXPECT_LT(d("-10"), d("-2"));
    EXPECT_EQ(d("1.50"), d("1.5"));
    EXPECT_GT(d("14500000"), d("69000"));
}

TEST(decimal_t, converts_to_double_for_json)
{
    EXPECT_DOUBLE_EQ(decimal_t::parse("55037.7")->to_double(), 55037.7);
    EXPECT_TRUE(decimal_t::parse("261,000")->is_integer());
    EXPECT_FALSE(decimal_t::parse("1.68")->is_integer());
}

TEST(decimal_t, subtracts_exactly)
{
    auto d = [](char const *t) { return *decimal_t::parse(t); };
    EXPECT_EQ(d("14500000").minus(d("69000"))->str(), "14431000");
    EXPECT_EQ(d("40000000").minus(d("12345678.50"))->str(), "27654321.5");
    EXPECT_EQ(d("1.5").minus(d("2"))->str(), "-0.5");
    EXPECT_EQ(d("0.1").minus(d("0.1"))->str(), "0");
}
