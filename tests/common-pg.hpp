// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_TESTS_COMMON_PG_HPP
#define FILING_TESTS_COMMON_PG_HPP

// A fresh database per test binary, as osm2pgsql's tempdb_t: created on first use from
// the libpq environment (PGHOST, PGPORT, PGUSER), dropped when the binary ends unless
// FILING_TEST_KEEP_DB is set.

#include "load/migrate.hpp"

#include <gtest/gtest.h>

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/result>
#include <pqxx/transaction>

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <unistd.h>

class tempdb_t
{
public:
    tempdb_t()
    : m_name(fmt::format("filing_test_{}_{}", ::getpid(),
                         std::chrono::steady_clock::now().time_since_epoch().count() % 1000000000))
    {
        try {
            pqxx::connection admin{"dbname=postgres"};
            pqxx::nontransaction tx{admin};
            tx.exec(fmt::format("CREATE DATABASE {}", m_name));
        } catch (std::exception const &e) {
            fmt::print(stderr,
                       "Cannot create a test database: {}\n"
                       "Tests labelled 'db' need PostgreSQL: run scripts/test.sh, or set the libpq "
                       "environment (PGHOST, PGPORT, PGUSER) to a server where you may create "
                       "databases. 'ctest -L nodb' runs the others.\n",
                       e.what());
            std::abort();
        }
    }

    tempdb_t(tempdb_t const &) = delete;
    tempdb_t &operator=(tempdb_t const &) = delete;

    ~tempdb_t()
    {
        if (std::getenv("FILING_TEST_KEEP_DB") != nullptr) {
            fmt::print(stderr, "Keeping test database {}\n", m_name);
            return;
        }
        try {
            pqxx::connection admin{"dbname=postgres"};
            pqxx::nontransaction tx{admin};
            tx.exec(fmt::format("DROP DATABASE IF EXISTS {} WITH (FORCE)", m_name));
        } catch (...) { // NOLINT(bugprone-empty-catch): a leftover database is harmless
        }
    }

    std::string const &name() const noexcept { return m_name; }
    /// What a program takes as -d.
    std::string conninfo() const { return "dbname=" + m_name; }

    std::unique_ptr<pqxx::connection> connect() const { return std::make_unique<pqxx::connection>(conninfo()); }

    /// One value of a query that returns one row with one column.
    template <typename T>
    T value(std::string const &sql) const
    {
        auto conn = connect();
        pqxx::nontransaction tx{*conn};
        auto const r = tx.exec1(sql);
        return r[0].as<T>();
    }

    long count(std::string const &table_or_query) const
    {
        bool const is_query = table_or_query.find(' ') != std::string::npos;
        return value<long>(is_query ? fmt::format("SELECT count(*) FROM ({}) q", table_or_query)
                                    : fmt::format("SELECT count(*) FROM {}", table_or_query));
    }

    void exec(std::string const &sql) const
    {
        auto conn = connect();
        pqxx::nontransaction tx{*conn};
        tx.exec(sql);
    }

    /// Empties every table of the archive, keeping the schema.
    void truncate_archive() const
    {
        exec("TRUNCATE issuer, person, filing, filing_owner, ownership_row, footnote, "
             "signature, offering, offering_agent, offering_event, import_reject, import_skip, import_run "
             "RESTART IDENTITY CASCADE");
    }

private:
    std::string m_name;
};

/// The test binary's database, created on first use, dropped at exit.
inline tempdb_t &test_db()
{
    static tempdb_t db;
    return db;
}

/// The test binary's database with the archive's schema.
inline tempdb_t &migrated_test_db()
{
    static bool migrated = false;
    auto &db = test_db();
    if (!migrated) {
        migrate_database(db.conninfo());
        migrated = true;
    }
    return db;
}

#endif // FILING_TESTS_COMMON_PG_HPP
