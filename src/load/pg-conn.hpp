// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_PG_CONN_HPP
#define FILING_LOAD_PG_CONN_HPP

// The database boundary: the one connection type and the one error type of both
// programs. Connecting, the session's settings, statements, transactions and COPY all go
// through here; code beside it (reports, migrations) may use libpqxx on the connection's
// session() and turns libpqxx's exceptions into pg_error_t with to_pg_error().

#include "errors.hpp"
#include "util/embedded-sql.hpp"

#include <pqxx/except>
#include <pqxx/types>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/**
 * A database failure, in one line that names the statement (never a piece of its SQL)
 * and never shows a password. Carries the server's SQLSTATE, so that callers can tell a
 * refused filing (class 22 data exception, 23 integrity violation) from a lost
 * connection or a broken schema.
 */
class pg_error_t : public user_error_t
{
public:
    pg_error_t(std::string const &message, std::string sqlstate, bool connection_lost = false)
    : user_error_t(message), m_sqlstate(std::move(sqlstate)), m_connection_lost(connection_lost)
    {}

    std::string const &sqlstate() const noexcept { return m_sqlstate; }

    /// Errors caused by the data sent, as opposed to the connection or the server failing.
    bool is_data_error() const noexcept { return m_sqlstate.rfind("22", 0) == 0 || m_sqlstate.rfind("23", 0) == 0; }

    /// The connection broke: nothing more can be done on it.
    bool is_connection_lost() const noexcept { return m_connection_lost; }

private:
    std::string m_sqlstate;
    bool m_connection_lost;
};

/**
 * The pg_error_t for an exception libpqxx threw, for code that uses libpqxx on
 * pg_conn_t::session(): "lost the database connection: ..." or "CONTEXT: first line".
 */
pg_error_t to_pg_error(pqxx::failure const &error, std::string_view context);

/// A statement and what error messages call it: a loader statement by its file name, any
/// other by its first words ("BEGIN", "SELECT pg_advisory_lock(...)"). A view: the text
/// must outlive the call it is given to.
struct pg_statement_t
{
    std::string_view name;
    std::string_view sql;

    // Implicit, so that a loader statement or SQL text is passed as it is.
    pg_statement_t(embedded_sql_t const &file) noexcept; // NOLINT(google-explicit-constructor)
    pg_statement_t(std::string_view text) noexcept;      // NOLINT(google-explicit-constructor)
    pg_statement_t(char const *text) noexcept;           // NOLINT(google-explicit-constructor)
    pg_statement_t(std::string const &text) noexcept;    // NOLINT(google-explicit-constructor)
    /// A statement under a name of the caller's ("migration 001_core.sql").
    pg_statement_t(std::string_view statement_name, std::string_view text) noexcept : name(statement_name), sql(text) {}
};

/// Parameters of a statement, as text; nullopt is NULL.
using pg_params_t = std::vector<std::optional<std::string>>;

/// The rows a statement returned, as text; null fields are nullopt. Cheap to copy.
class pg_result_t
{
public:
    explicit pg_result_t(pqxx::result const &result);

    int rows() const noexcept;
    int columns() const noexcept;
    bool is_null(int row, int column) const noexcept;
    std::string_view get(int row, int column) const noexcept;
    /// An integer field. \throws pg_error_t when it is NULL or not an integer.
    std::int64_t get_int64(int row, int column) const;

private:
    std::shared_ptr<pqxx::result const> m_result;
};

class pg_session_t;

/**
 * A connection to the archive, named after its purpose in pg_stat_activity, with the
 * session's settings made once: dates and text travel as ISO dates and UTF-8.
 * Statements run in the open pg_transaction_t, else each on its own.
 */
class pg_conn_t
{
public:
    /**
     * Connects with what -d/--database was given (empty: the libpq environment).
     * \param purpose names the connection in pg_stat_activity ("loader", "check").
     * \throws pg_error_t with libpq's one-line reason, without any password.
     */
    pg_conn_t(std::string const &database, std::string const &purpose);

    pg_conn_t(pg_conn_t const &) = delete;
    pg_conn_t &operator=(pg_conn_t const &) = delete;
    pg_conn_t(pg_conn_t &&) = delete;
    pg_conn_t &operator=(pg_conn_t &&) = delete;
    ~pg_conn_t();

    /// Runs a statement without parameters. \throws pg_error_t
    pg_result_t exec(pg_statement_t const &statement);

    /// Runs a statement with text parameters ($1, $2, ...). \throws pg_error_t
    pg_result_t exec_params(pg_statement_t const &statement, pg_params_t const &params);

    /// Runs a statement prepared once per connection under `name` (planned once).
    /// \throws pg_error_t
    pg_result_t exec_prepared(std::string const &name, pg_statement_t const &statement, pg_params_t const &params);

    /**
     * Runs `COPY table (columns) FROM STDIN` and sends `data`, rows in COPY text format
     * (copy-buffer.hpp), in one go. \throws pg_error_t when the server refuses the data.
     */
    void copy_in(std::string_view table_and_columns, std::string_view data);

    /// False once the connection broke.
    bool is_open() const noexcept;

    /// The libpqxx connection, for code that wants libpqxx's transactions and typed
    /// results; its exceptions go through to_pg_error().
    pqxx::connection_base &session() noexcept;

private:
    friend class pg_transaction_t;
    template <typename TRun>
    pg_result_t run(pg_statement_t const &statement, TRun &&run_in);

    std::unique_ptr<pg_session_t> m_session;
    std::unique_ptr<pqxx::dbtransaction> m_transaction; ///< the open pg_transaction_t's
};

/// A transaction on a pg_conn_t: rolled back unless committed, so that an exception never
/// leaves one open.
class pg_transaction_t
{
public:
    /// \throws pg_error_t
    explicit pg_transaction_t(pg_conn_t *conn);
    pg_transaction_t(pg_transaction_t const &) = delete;
    pg_transaction_t &operator=(pg_transaction_t const &) = delete;
    pg_transaction_t(pg_transaction_t &&) = delete;
    pg_transaction_t &operator=(pg_transaction_t &&) = delete;
    ~pg_transaction_t();

    /// \throws pg_error_t
    void commit();

private:
    pg_conn_t *m_conn;
};

#endif // FILING_LOAD_PG_CONN_HPP
