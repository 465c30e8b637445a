// SPDX-License-Identifier: GPL-2.0-or-later
// Every COPY the loader sends names columns of its table, and writes every column the
// database does not fill itself: a field added to the list of a row's fields, or a column
// added to the schema, without the other fails here rather than storing nulls.
#include "common-pg.hpp"

#include "load/copy-tables.hpp"
#include "load/loader-sql.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace {

using columns_t = std::set<std::string>;

/// "table (a, b, c)" as the table's name and its columns.
std::pair<std::string, columns_t> parse_target(std::string_view target)
{
    auto const open = target.find(" (");
    std::string const table{target.substr(0, open)};
    columns_t columns;
    auto list = target.substr(open + 2, target.rfind(')') - open - 2);
    while (!list.empty()) {
        auto const comma = list.find(", ");
        columns.emplace(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 2);
    }
    return {table, columns};
}

/// The columns of `table` (the archive's, or the session's temporary one).
columns_t columns_in_database(pqxx::transaction_base &tx, std::string const &table)
{
    columns_t out;
    for (auto const &row : tx.exec_params("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = $1 AND table_schema IN "
                                          "(current_schema(), pg_my_temp_schema()::regnamespace::text)",
                                          table)) {
        out.insert(row[0].as<std::string>());
    }
    return out;
}

} // namespace

TEST(copy_tables, every_copy_target_writes_the_columns_of_its_table)
{
    // What the database fills by itself: defaults, generated columns, links made later.
    std::map<std::string, columns_t> const filled_by_database{
        {"filing", {"imported_at", "family_id", "amends_filing_id"}},
        // Set by the identity rule once the names are staged:
        {"stage_issuer", {"issuer_id"}},
        {"stage_person", {"person_id"}}};

    auto conn = migrated_test_db().connect();
    pqxx::work tx{*conn};
    tx.exec(std::string{loader_sql("session-setup.sql").text}); // the staging tables
    std::vector<std::string_view> targets{STAGE_ISSUER_TARGET, STAGE_PERSON_TARGET};
    copy_tables_t const tables;
    for (auto const &t : tables.tables()) {
        targets.push_back(t.target);
    }
    std::set<std::string> seen;
    for (auto const target : targets) {
        auto const [table, written] = parse_target(target);
        seen.insert(table);
        auto const in_database = columns_in_database(tx, table);
        ASSERT_FALSE(in_database.empty()) << "no table " << table;
        columns_t missing_in_database;
        columns_t not_written;
        std::set_difference(written.begin(), written.end(), in_database.begin(), in_database.end(),
                            std::inserter(missing_in_database, missing_in_database.end()));
        std::set_difference(in_database.begin(), in_database.end(), written.begin(), written.end(),
                            std::inserter(not_written, not_written.end()));
        EXPECT_EQ(missing_in_database, columns_t{}) << table << ": COPY names columns the table does not have";
        auto const it = filled_by_database.find(table);
        EXPECT_EQ(not_written, it == filled_by_database.end() ? columns_t{} : it->second)
            << table << ": columns no COPY writes";
    }
    EXPECT_EQ(seen, (std::set<std::string>{"stage_issuer", "stage_person", "filing", "filing_owner", "ownership_row",
                                           "footnote", "signature", "offering_event", "filing_warning"}));
}

TEST(copy_tables, the_row_target_has_a_column_per_field_and_per_footnote_field)
{
    auto const refs = copy_tables_t{}.tables();
    auto const rows =
        std::find_if(refs.begin(), refs.end(), [](auto const &t) { return t.target.rfind("ownership_row ", 0) == 0; });
    ASSERT_NE(rows, refs.end());
    auto const [table, columns] = parse_target(rows->target);
    // The keys, every field, and a footnote column for every field but the kind and the V.
    EXPECT_EQ(columns.size(), 3 + ROW_FIELD_COUNT + (ROW_FIELD_COUNT - 2));
    EXPECT_TRUE(columns.contains("transaction_code"));
    EXPECT_TRUE(columns.contains("transaction_code_fn"));
    EXPECT_TRUE(columns.contains("price_fn"));
    EXPECT_FALSE(columns.contains("equity_swap_fn"));
}
