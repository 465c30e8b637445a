// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/copy-buffer.hpp"

#include <gtest/gtest.h>

TEST(copy_buffer_t, escapes_the_characters_copy_text_reserves)
{
    std::string out;
    copy_buffer_t::append_escaped(&out, "a\tb\nc\\d\re");
    EXPECT_EQ(out, "a\\tb\\nc\\\\d\\re");
}

TEST(copy_buffer_t, keeps_utf8_as_is)
{
    std::string out;
    copy_buffer_t::append_escaped(&out, "Société Générale ⁽¹⁾");
    EXPECT_EQ(out, "Société Générale ⁽¹⁾");
}

TEST(copy_buffer_t, builds_rows_with_nulls_and_types)
{
    copy_buffer_t b;
    b.add(std::int64_t{42});
    b.add("Common Stock");
    b.add_null();
    b.add(true);
    b.add(std::optional<std::string>{});
    b.end_row();
    b.add("x");
    b.end_row();
    EXPECT_EQ(b.data(), "42\tCommon Stock\t\\N\tt\t\\N\nx\n");
    EXPECT_EQ(b.rows(), 2U);
    b.clear();
    EXPECT_TRUE(b.empty());
    EXPECT_EQ(b.rows(), 0U);
}
