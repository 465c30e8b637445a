// SPDX-License-Identifier: GPL-2.0-or-later
// The database boundary against a real server: session settings, statements named in
// errors, one-line messages, transactions, COPY, and a connection the server ends.
#include "common-pg.hpp"

#include "load/known-files.hpp"
#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"

#include <gtest/gtest.h>

namespace {

/// Ends every session of the test database named `application`, as an administrator would.
void terminate_sessions(tempdb_t const &db, std::string const &application)
{
    db.exec(fmt::format("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = '{}' AND application_name = '{}'",
                        db.name(), application));
}

} // namespace

TEST(pg_conn, sessions_read_and_write_iso_dates_in_utf8)
{
    pg_conn_t conn{test_db().conninfo(), "test"};
    EXPECT_EQ(conn.exec("SHOW datestyle").get(0, 0), "ISO, YMD");
    EXPECT_EQ(conn.exec("SHOW client_encoding").get(0, 0), "UTF8");
    EXPECT_EQ(conn.exec("SELECT date '2024-03-05'").get(0, 0), "2024-03-05");
    auto const r = conn.exec_params("SELECT $1::bigint * 2, $2::text IS NULL", {"21", std::nullopt});
    EXPECT_EQ(r.get_int64(0, 0), 42);
    EXPECT_EQ(r.get(0, 1), "t");
}

TEST(pg_conn, errors_name_the_statement_in_one_line_with_their_sqlstate)
{
    pg_conn_t conn{test_db().conninfo(), "test"};
    try {
        conn.exec("-- a comment line\nSELECT * FROM no_such_table");
        FAIL() << "no error";
    } catch (pg_error_t const &e) {
        EXPECT_EQ(std::string{e.what()}, "SELECT * FROM no_such_table: relation \"no_such_table\" does not exist");
        EXPECT_EQ(e.sqlstate(), "42P01");
        EXPECT_FALSE(e.is_data_error());
        EXPECT_FALSE(e.is_connection_lost());
    }
    try {
        conn.exec_params(loader_sql("reserve-filing-ids.sql"), {"x"});
        FAIL() << "no error";
    } catch (pg_error_t const &e) {
        // The loader's statements go by their file name, not by a piece of their SQL.
        EXPECT_EQ(std::string{e.what()}.rfind("reserve-filing-ids.sql: ", 0), 0U) << e.what();
        EXPECT_TRUE(e.is_data_error()) << e.sqlstate();
    }
    EXPECT_THROW(conn.exec("SELECT 'x'::int").get_int64(0, 0), pg_error_t);
    EXPECT_THROW(conn.exec("SELECT 'x'::text").get_int64(0, 0), pg_error_t);
}

TEST(pg_conn, a_transaction_not_committed_is_rolled_back_and_copy_runs_inside_it)
{
    pg_conn_t conn{test_db().conninfo(), "test"};
    conn.exec("DROP TABLE IF EXISTS copy_target; CREATE TABLE copy_target (id int, note text)");
    {
        pg_transaction_t tx{&conn};
        conn.copy_in("copy_target (id, note)", "1\tsaved\n");
        tx.commit();
    }
    {
        pg_transaction_t tx{&conn};
        conn.copy_in("copy_target (id, note)", "2\tdropped\n");
    }
    EXPECT_EQ(conn.exec("SELECT string_agg(note, ',') FROM copy_target").get(0, 0), "saved");
    try {
        pg_transaction_t tx{&conn};
        conn.copy_in("copy_target (id, note)", "three\tbad\n");
        FAIL() << "no error";
    } catch (pg_error_t const &e) {
        EXPECT_EQ(std::string{e.what()}.rfind("COPY copy_target: invalid input syntax for type integer", 0), 0U)
            << e.what();
        EXPECT_TRUE(e.is_data_error());
    }
    // The connection is ready for more after a refused COPY.
    EXPECT_EQ(conn.exec("SELECT count(*) FROM copy_target").get_int64(0, 0), 1);
}

TEST(pg_conn, a_connection_the_server_ends_says_so_in_one_line)
{
    auto &db = migrated_test_db();
    known_files_t known{db.conninfo()}; // what each parser thread of an import holds
    terminate_sessions(db, "filing-archive check");
    try {
        known.contains({sha256_t::of("anything")});
        FAIL() << "no error";
    } catch (pg_error_t const &e) {
        std::string const what = e.what();
        EXPECT_EQ(what.rfind("lost the database connection: ", 0), 0U) << what;
        EXPECT_EQ(what.find('\n'), std::string::npos) << what;
        EXPECT_EQ(what.find("SELECT"), std::string::npos) << what;
        EXPECT_TRUE(e.is_connection_lost());
    }
}

TEST(pg_conn, libpqxx_errors_become_one_line)
{
    pg_conn_t conn{test_db().conninfo(), "test"};
    try {
        pqxx::nontransaction tx{conn.session()};
        tx.exec("SELECT 1 +");
        FAIL() << "no error";
    } catch (pqxx::failure const &e) {
        auto const error = to_pg_error(e, "report broken failed");
        EXPECT_EQ(std::string{error.what()}, "report broken failed: syntax error at end of input");
        EXPECT_EQ(error.sqlstate(), "42601");
    }
}
