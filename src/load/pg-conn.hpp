// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_PG_CONN_HPP
#define FILING_LOAD_PG_CONN_HPP

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * A PostgreSQL error with the server's SQLSTATE, so that callers can tell a constraint
 * violation (class 23) from a lost connection.
 */
class pg_error_t : public std::runtime_error
{
public:
    pg_error_t(std::string const &message, std::string sqlstate)
    : std::runtime_error(message), m_sqlstate(std::move(sqlstate))
    {}

    std::string const &sqlstate() const noexcept { return m_sqlstate; }

    /// Errors caused by the data sent (class 22 data exception, 23 integrity violation),
    /// as opposed to the connection or the server failing.
    bool is_data_error() const noexcept
    {
        return m_sqlstate.rfind("22", 0) == 0 || m_sqlstate.rfind("23", 0) == 0;
    }

private:
    std::string m_sqlstate;
};

/// The rows a statement returned, as text; null fields are nullopt.
class pg_result_t
{
public:
    explicit pg_result_t(PGresult *result) noexcept : m_result(result) {}

    int rows() const noexcept { return PQntuples(m_result.get()); }
    int columns() const noexcept { return PQnfields(m_result.get()); }
    bool is_null(int row, int column) const noexcept
    {
        return PQgetisnull(m_result.get(), row, column) != 0;
    }
    std::string_view get(int row, int column) const noexcept
    {
        return {PQgetvalue(m_result.get(), row, column),
                static_cast<std::size_t>(PQgetlength(m_result.get(), row, column))};
    }

private:
    struct deleter_t
    {
        void operator()(PGresult *r) const noexcept { PQclear(r); }
    };
    std::unique_ptr<PGresult, deleter_t> m_result;
};

/**
 * The loader's connection. libpqxx 6.4 sends COPY data one row per message and does not
 * expose its libpq handle, so the loader talks libpq directly to send COPY data in large
 * buffers; everything else in the program uses libpqxx.
 */
class pg_conn_t
{
public:
    /**
     * Connects with a libpq connection string or URI (empty: the libpq environment).
     * \param purpose names the connection in pg_stat_activity ("loader").
     * \throws user_error_t with libpq's one-line reason when the connection fails.
     */
    pg_conn_t(std::string const &conninfo, std::string const &purpose);

    pg_conn_t(pg_conn_t const &) = delete;
    pg_conn_t &operator=(pg_conn_t const &) = delete;
    pg_conn_t(pg_conn_t &&) = delete;
    pg_conn_t &operator=(pg_conn_t &&) = delete;
    ~pg_conn_t() = default;

    /// Runs a statement without parameters. \throws pg_error_t
    pg_result_t exec(std::string_view sql);

    /// Runs a statement with text parameters ($1, $2, ...); nullopt is NULL. \throws pg_error_t
    pg_result_t exec_params(std::string_view sql,
                            std::vector<std::optional<std::string>> const &params);

    /// Runs a statement prepared once per connection under `name` (planned once).
    /// \throws pg_error_t
    pg_result_t exec_prepared(std::string const &name, std::string_view sql,
                              std::vector<std::optional<std::string>> const &params);

    /**
     * Runs `COPY table (columns) FROM STDIN` and sends `data`, rows in COPY text format,
     * in one go. \throws pg_error_t when the server refuses the data.
     */
    void copy_in(std::string_view table_and_columns, std::string_view data);

    PGconn *handle() const noexcept { return m_conn.get(); }

private:
    [[noreturn]] void throw_error(PGresult const *result, std::string_view context) const;
    pg_result_t check(PGresult *result, std::string_view context) const;

    struct deleter_t
    {
        void operator()(PGconn *c) const noexcept { PQfinish(c); }
    };
    std::unique_ptr<PGconn, deleter_t> m_conn;
    std::vector<std::string> m_prepared;
};

#endif // FILING_LOAD_PG_CONN_HPP
