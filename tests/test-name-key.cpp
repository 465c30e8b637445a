// SPDX-License-Identifier: GPL-2.0-or-later
#include "model/name-key.hpp"

#include <gtest/gtest.h>

TEST(issuer_name_key, is_the_same_for_a_prospectus_and_a_form)
{
    EXPECT_EQ(issuer_name_key("CELLECTAR BIOSCIENCES, INC."), "CELLECTAR BIOSCIENCES");
    EXPECT_EQ(issuer_name_key("Cellectar Biosciences, Inc."), "CELLECTAR BIOSCIENCES");
    EXPECT_EQ(issuer_name_key("TESLA, INC. /DE/"), "TESLA");
    EXPECT_EQ(issuer_name_key("The Walt Disney Company"), "WALT DISNEY");
    EXPECT_EQ(issuer_name_key("AT&T Inc."), "AT AND T");
    EXPECT_EQ(issuer_name_key("Better Home & Finance Holding Co"), "BETTER HOME AND FINANCE HOLDING");
    EXPECT_EQ(issuer_name_key("SOFTBANK VISION FUND II-2 L.P."), "SOFTBANK VISION FUND II 2");
    EXPECT_NE(issuer_name_key("Snowflake Inc."), issuer_name_key("Snowflake Computing Inc."));
}

TEST(person_name_key, matches_last_first_and_first_last)
{
    EXPECT_EQ(person_name_key("CARUSO JAMES V"), "CARUSO JAMES V");
    EXPECT_EQ(person_name_key("James V. Caruso"), "CARUSO JAMES V");
    EXPECT_EQ(person_name_key("Shustov Andrei"), person_name_key("Andrei Shustov"));
    EXPECT_EQ(person_name_key("O'Brien, Mary"), "MARY OBRIEN");
    EXPECT_NE(person_name_key("CARUSO JAMES V"), person_name_key("CARUSO JAMES W"));
}
