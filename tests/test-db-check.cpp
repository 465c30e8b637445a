// SPDX-License-Identifier: GPL-2.0-or-later
// filing-import db check: every reference holds in every test archive; a planted orphan of
// each kind is found and named; deleting filings leaves no row of them behind.
#include "common-import.hpp"
#include "common-run.hpp"

#include "load/check-archive.hpp"

#include <gtest/gtest.h>

#include <array>

namespace {

std::string data(std::string const &rel) { return std::string{TEST_DATA_DIR} + "/" + rel; }

/// Every folder of filings the tests import.
std::vector<std::string> test_archives()
{
    return {SEEDS_DIR, data("archive"), data("xml"), data("renderings"), data("prospectus")};
}

/// "child.columns -> parent" of each reference check_archive_references() finds broken.
std::vector<std::string> broken_references()
{
    std::vector<std::string> out;
    for (auto const &c : check_archive_references(migrated_test_db().conninfo())) {
        if (!c.ok()) {
            out.push_back(fmt::format("{}.{} -> {}: {} ({})", c.child_table, c.child_columns, c.parent_table, c.orphans,
                                      c.example));
        }
    }
    return out;
}

class db_check_test : public testing::Test
{
protected:
    void SetUp() override { db().truncate_archive(); }
    static tempdb_t &db() { return migrated_test_db(); }

    static void import_every_archive()
    {
        for (auto const &dir : test_archives()) {
            import_paths({dir}); // the .json beside the filings are rejected: no matter here
        }
    }
};

} // namespace

TEST_F(db_check_test, every_reference_holds_in_every_test_archive)
{
    for (auto const &dir : test_archives()) {
        db().truncate_archive();
        import_paths({dir});
        EXPECT_GT(db().count("filing"), 0) << dir;
        EXPECT_EQ(broken_references(), std::vector<std::string>{}) << dir;
    }
    import_every_archive(); // all of them in one archive
    EXPECT_EQ(broken_references(), std::vector<std::string>{});
}

TEST_F(db_check_test, finds_a_planted_orphan_of_each_kind)
{
    if (!db().value<bool>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
        GTEST_SKIP() << "planting orphans past the foreign keys needs a superuser";
    }
    import_every_archive();
    ASSERT_EQ(broken_references(), std::vector<std::string>{});

    auto conn = db().connect();
    std::vector<std::array<std::string, 2>> references;
    {
        pqxx::nontransaction tx{*conn};
        for (auto const &row : tx.exec("SELECT child_table, child_columns[1] FROM archive_reference ORDER BY 1, 2")) {
            references.push_back({row[0].as<std::string>(), row[1].as<std::string>()});
        }
    }
    ASSERT_GE(references.size(), 13U);
    for (auto const &[table, column] : references) {
        // One row made to refer to nothing, past the triggers of any foreign key.
        pqxx::work plant{*conn};
        plant.exec("SET LOCAL session_replication_role = replica");
        auto const planted = plant.exec(
            fmt::format("WITH victim AS (SELECT ctid, {1} AS old FROM {0} WHERE {1} IS NOT NULL LIMIT 1) "
                        "UPDATE {0} t SET {1} = -1 FROM victim WHERE t.ctid = victim.ctid RETURNING victim.old",
                        conn->quote_name(table), conn->quote_name(column)));
        ASSERT_EQ(planted.size(), 1U) << "the test archives hold no row of " << table << "." << column;
        auto const old = planted[0][0].as<std::string>();
        plant.commit();

        auto const broken = broken_references();
        ASSERT_EQ(broken.size(), 1U) << table << "." << column;
        EXPECT_EQ(broken[0].substr(0, table.size() + column.size() + 1), fmt::format("{}.{}", table, column));
        EXPECT_NE(broken[0].find(": 1 (-1)"), std::string::npos) << broken[0];

        pqxx::work undo{*conn};
        undo.exec("SET LOCAL session_replication_role = replica");
        undo.exec_params(
            fmt::format("UPDATE {0} SET {1} = $1 WHERE {1} = -1", conn->quote_name(table), conn->quote_name(column)),
            old);
        undo.commit();
    }
}

TEST_F(db_check_test, deleting_filings_removes_every_row_of_them)
{
    import_every_archive();
    // An ownership filing with rows, footnotes and signatures, and a supplement with events.
    auto const ids = db().value<std::string>(
        "SELECT (SELECT min(filing_id) FROM filing f WHERE EXISTS (SELECT 1 FROM ownership_row r WHERE "
        "r.filing_id = f.filing_id AND r.price_fn IS NOT NULL) AND EXISTS (SELECT 1 FROM footnote n WHERE "
        "n.filing_id = f.filing_id) AND EXISTS (SELECT 1 FROM signature s WHERE s.filing_id = f.filing_id)) || ',' || "
        "(SELECT min(filing_id) FROM offering_event)");
    auto const tables = db().value<std::string>(
        "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.columns c "
        "JOIN information_schema.tables t USING (table_schema, table_name) "
        "WHERE c.table_schema = current_schema() AND c.column_name = 'filing_id' AND t.table_type = 'BASE TABLE'");
    EXPECT_EQ(tables, "filing,filing_owner,filing_warning,footnote,offering_event,ownership_row,signature");
    db().exec(fmt::format("INSERT INTO filing_warning (filing_id, warning_no, message) VALUES ({}, 1, 'a warning')",
                          ids.substr(0, ids.find(','))));

    auto const rows_of = [&](std::string const &list) {
        std::string counts;
        for (auto const &table :
             {"filing", "filing_owner", "filing_warning", "footnote", "offering_event", "ownership_row", "signature"}) {
            counts += fmt::format("{}={} ", table,
                                  db().count(fmt::format("SELECT 1 FROM {} WHERE filing_id IN ({})", table, list)));
        }
        return counts;
    };
    auto const before = db().count("ownership_row");
    auto const of_them = db().count(fmt::format("SELECT 1 FROM ownership_row WHERE filing_id IN ({})", ids));
    EXPECT_EQ(rows_of(ids).find("=0 "), std::string::npos) << rows_of(ids); // a row in every table

    db().exec(fmt::format("DELETE FROM filing WHERE filing_id IN ({})", ids));
    EXPECT_EQ(rows_of(ids),
              "filing=0 filing_owner=0 filing_warning=0 footnote=0 offering_event=0 ownership_row=0 signature=0 ");
    EXPECT_EQ(db().count("ownership_row"), before - of_them); // and nothing else
    EXPECT_EQ(broken_references(), std::vector<std::string>{});
}

TEST_F(db_check_test, deleting_an_original_keeps_its_amendment_and_unlinks_it)
{
    import_paths({data("xml/form4-amendment.xml"), data("xml/form4-original.xml")});
    auto const original = db().value<std::int64_t>("SELECT amends_filing_id FROM filing WHERE is_amendment");
    auto const amendment = db().value<std::int64_t>("SELECT filing_id FROM filing WHERE is_amendment");
    auto const amendment_rows = db().count(fmt::format("SELECT 1 FROM ownership_row WHERE filing_id = {}", amendment));
    ASSERT_GT(amendment_rows, 0);

    db().exec(fmt::format("DELETE FROM filing WHERE filing_id = {}", original));
    // The amendment stays, now a family of its own (ON DELETE SET NULL through filing_amends).
    EXPECT_EQ(db().value<std::string>("SELECT form_type || ' ' || (amends_filing_id IS NULL) || ' ' || "
                                      "(family_id = filing_id) FROM filing"),
              "4/A true true");
    EXPECT_EQ(db().value<std::string>("SELECT string_agg(form_type, ',') FROM current_filing"), "4/A");
    EXPECT_EQ(db().count(fmt::format("SELECT 1 FROM ownership_row WHERE filing_id = {}", amendment)), amendment_rows);
    EXPECT_EQ(db().count(fmt::format("SELECT 1 FROM ownership_row WHERE filing_id = {}", original)), 0);
    EXPECT_EQ(broken_references(), std::vector<std::string>{});
}

TEST_F(db_check_test, a_filing_id_cannot_change_under_its_rows)
{
    import_paths({SEEDS_DIR});
    try {
        db().exec("UPDATE filing SET filing_id = filing_id + 1000000");
        FAIL() << "the update went through";
    } catch (pqxx::sql_error const &e) {
        EXPECT_NE(std::string{e.what()}.find("filing.filing_id cannot change"), std::string::npos) << e.what();
    }
}

TEST_F(db_check_test, the_command_names_what_is_broken_and_exits_1)
{
    import_paths({SEEDS_DIR});
    auto const good = run_program(FILING_IMPORT_BIN, {"db", "check", "-d", db().conninfo()});
    EXPECT_EQ(good.exit_code, 0) << good.err;
    EXPECT_NE(good.out.find("ok      ownership_row.filing_id -> filing (the importer)"), std::string::npos) << good.out;

    // A row of a filing that is not there (written past the importer, as a user might).
    db().exec("INSERT INTO signature (filing_id, signature_no, name) VALUES (987654321, 1, 'nobody')");
    auto const bad = run_program(FILING_IMPORT_BIN, {"db", "check", "-d", db().conninfo()});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.out.find("BROKEN  signature.filing_id -> filing (the importer): 1 rows refer to no filing row, "
                           "e.g. filing_id = 987654321"),
              std::string::npos)
        << bad.out;
    EXPECT_NE(bad.err.find("1 of "), std::string::npos) << bad.err;
}
