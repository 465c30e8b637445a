// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/pg-conn.hpp"

#include "load/pg-conninfo.hpp"

#include <fmt/format.h>

#include <pqxx/connection>
#include <pqxx/nontransaction>
#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <pqxx/transaction>

#include <libpq-fe.h>

#include <algorithm>

namespace {

/**
 * libpqxx 6.4's connect_direct, remembering the libpq handle it opens. The COPY path
 * needs that handle: libpqxx 6.4's stream_to sends one message per row and writes every
 * non-ASCII byte as an octal escape, and its public interface offers no other COPY. The
 * loader's own buffers, sent through libpq, take about the same wall time but 3.5 to 4
 * times less client CPU, which the parser threads then have (tools/bench/
 * filing-copy-bench.cpp: 500,000 rows, 0.36 s of client CPU against 0.09 s). A
 * connection policy is libpqxx 6's public way to see the handle.
 */
class handle_policy_t final : public pqxx::connect_direct
{
public:
    explicit handle_policy_t(std::string const &options) : pqxx::connect_direct(options) {}

    handle do_startconnect(handle orig) override { return m_handle = pqxx::connect_direct::do_startconnect(orig); }
    handle do_completeconnect(handle orig) override
    {
        return m_handle = pqxx::connect_direct::do_completeconnect(orig);
    }
    handle do_dropconnect(handle orig) noexcept override
    {
        return m_handle = pqxx::connect_direct::do_dropconnect(orig);
    }
    handle do_disconnect(handle orig) noexcept override { return m_handle = pqxx::connect_direct::do_disconnect(orig); }

    PGconn *raw() const noexcept { return m_handle; }

private:
    handle m_handle = nullptr;
};

/// Bytes handed to libpq at a time during COPY: it copies each slice into its output
/// buffer, which would otherwise grow to the size of the whole COPY buffer.
constexpr std::size_t COPY_SLICE = 1024UL * 1024UL;

/// What an error message calls a statement given as text: its first line, this long at most.
constexpr std::size_t STATEMENT_NAME_MAX = 40;

std::vector<char const *> param_values(pg_params_t const &params)
{
    std::vector<char const *> values;
    values.reserve(params.size());
    for (auto const &p : params) {
        values.push_back(p ? p->c_str() : nullptr);
    }
    return values;
}

} // namespace

/// The libpqxx connection behind a pg_conn_t, built like libpqxx's own pqxx::connection
/// but with the policy that keeps the libpq handle.
class pg_session_t final : public pqxx::connection_base
{
public:
    explicit pg_session_t(std::string conninfo)
    : pqxx::connection_base(m_policy), m_options(std::move(conninfo)), m_policy(m_options)
    {
        init();
        // libpqxx 6 would reconnect a broken connection by itself on its next use, without
        // the session's settings and temporary tables: here a broken connection stays broken.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        inhibit_reactivation(true);
#pragma GCC diagnostic pop
    }
    pg_session_t(pg_session_t const &) = delete;
    pg_session_t &operator=(pg_session_t const &) = delete;
    pg_session_t(pg_session_t &&) = delete;
    pg_session_t &operator=(pg_session_t &&) = delete;
    ~pg_session_t() noexcept { close(); }

    PGconn *raw() const noexcept { return m_policy.raw(); }

private:
    std::string m_options; ///< before the policy, which keeps a reference to it
    handle_policy_t m_policy;
};

namespace {

/// Whether an error's SQLSTATE says the server is ending the session: a connection
/// exception (class 08), or the backend terminated (pg_terminate_backend, a shutdown or a
/// crash: 57P01-57P03). libpq may not have seen the socket close yet when it reports one.
bool ends_the_session(std::string_view sqlstate)
{
    return sqlstate.starts_with("08") || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03";
}

} // namespace

pg_error_t to_pg_error(pqxx::failure const &error, std::string_view context)
{
    auto const line = first_error_line(error.what());
    if (dynamic_cast<pqxx::broken_connection const *>(&error) != nullptr ||
        dynamic_cast<pqxx::in_doubt_error const *>(&error) != nullptr) {
        return pg_error_t{fmt::format("lost the database connection: {}", line), {}, true};
    }
    std::string sqlstate;
    if (auto const *sql = dynamic_cast<pqxx::sql_error const *>(&error)) {
        sqlstate = sql->sqlstate();
    }
    // libpqxx 6.4 throws insufficient_privilege without the SQLSTATE it stands for.
    if (sqlstate.empty() && dynamic_cast<pqxx::insufficient_privilege const *>(&error) != nullptr) {
        sqlstate = "42501";
    }
    if (ends_the_session(sqlstate)) {
        return pg_error_t{fmt::format("lost the database connection: {}", line), sqlstate, true};
    }
    return pg_error_t{fmt::format("{}: {}", context, line), sqlstate};
}

pg_statement_t::pg_statement_t(std::string_view text) noexcept : sql(text)
{
    // Skip comment lines, as the header of a .sql file.
    while (text.rfind("--", 0) == 0 || text.rfind('\n', 0) == 0) {
        auto const nl = text.find('\n');
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    }
    name = text.substr(0, std::min(text.find('\n'), STATEMENT_NAME_MAX));
}

pg_statement_t::pg_statement_t(embedded_sql_t const &file) noexcept : name(file.name), sql(file.text) {}

pg_statement_t::pg_statement_t(char const *text) noexcept : pg_statement_t(std::string_view{text}) {}

pg_statement_t::pg_statement_t(std::string const &text) noexcept : pg_statement_t(std::string_view{text}) {}

pg_result_t::pg_result_t(pqxx::result const &result) : m_result(std::make_shared<pqxx::result const>(result)) {}

int pg_result_t::rows() const noexcept { return static_cast<int>(m_result->size()); }

int pg_result_t::columns() const noexcept { return static_cast<int>(m_result->columns()); }

bool pg_result_t::is_null(int row, int column) const noexcept { return (*m_result)[row][column].is_null(); }

std::string_view pg_result_t::get(int row, int column) const noexcept
{
    auto const field = (*m_result)[row][column];
    return {field.c_str(), field.size()};
}

std::int64_t pg_result_t::get_int64(int row, int column) const
{
    auto const field = (*m_result)[row][column];
    try {
        return field.as<std::int64_t>();
    } catch (std::exception const &) {
        throw pg_error_t{fmt::format("unexpected value from the database: '{}' (an integer was expected)",
                                     field.is_null() ? "NULL" : field.c_str()),
                         {}};
    }
}

pg_conn_t::pg_conn_t(std::string const &database, std::string const &purpose)
{
    auto const conninfo = make_conninfo(database, purpose);
    try {
        m_session = std::make_unique<pg_session_t>(conninfo);
    } catch (pqxx::broken_connection const &e) {
        throw pg_error_t{connect_failure(conninfo, e.what()), {}, true};
    }
    // The session's settings, made once for every connection: dates and numbers travel as
    // text, in the formats the loader writes and the reports print.
    exec("SET datestyle = 'ISO, YMD'; SET client_encoding = 'UTF8'");
}

pg_conn_t::~pg_conn_t() = default;

bool pg_conn_t::is_open() const noexcept { return m_session && m_session->is_open(); }

pqxx::connection_base &pg_conn_t::session() noexcept { return *m_session; }

template <typename TRun>
pg_result_t pg_conn_t::run(pg_statement_t const &statement, TRun &&run_in)
{
    try {
        if (m_transaction) {
            return pg_result_t{run_in(*m_transaction)};
        }
        pqxx::nontransaction tx{*m_session};
        return pg_result_t{run_in(tx)};
    } catch (pqxx::failure const &e) {
        auto error = to_pg_error(e, statement.name);
        if (!is_open() && !error.is_connection_lost()) {
            // The server ended the session with an error of its own ("terminating connection").
            throw pg_error_t{fmt::format("lost the database connection: {}", first_error_line(e.what())),
                             error.sqlstate(), true};
        }
        throw error;
    }
}

pg_result_t pg_conn_t::exec(pg_statement_t const &statement)
{
    return run(statement, [&](pqxx::transaction_base &tx) { return tx.exec(std::string{statement.sql}); });
}

pg_result_t pg_conn_t::exec_params(pg_statement_t const &statement, pg_params_t const &params)
{
    return run(statement, [&](pqxx::transaction_base &tx) {
        return tx.exec_params(std::string{statement.sql}, pqxx::prepare::make_dynamic_params(param_values(params)));
    });
}

pg_result_t pg_conn_t::exec_prepared(std::string const &name, pg_statement_t const &statement,
                                     pg_params_t const &params)
{
    return run(statement, [&](pqxx::transaction_base &tx) {
        // libpqxx prepares it on first use, and knows it afterwards.
        m_session->prepare(name, std::string{statement.sql});
        return tx.exec_prepared(name, pqxx::prepare::make_dynamic_params(param_values(params)));
    });
}

namespace {

/// The pg_error_t for what libpq says about a COPY.
pg_error_t copy_error(PGconn *conn, PGresult const *result, std::string_view context)
{
    std::string sqlstate;
    std::string message;
    if (result != nullptr) {
        if (char const *state = PQresultErrorField(result, PG_DIAG_SQLSTATE)) {
            sqlstate = state;
        }
        message = PQresultErrorMessage(result);
    }
    if (message.empty()) {
        message = PQerrorMessage(conn);
    }
    bool const lost = PQstatus(conn) != CONNECTION_OK || ends_the_session(sqlstate);
    auto const what = first_error_line(message);
    return pg_error_t{lost ? fmt::format("lost the database connection: {}", what)
                           : fmt::format("{}: {}", context, what),
                      sqlstate, lost};
}

struct result_deleter_t
{
    void operator()(PGresult *r) const noexcept { PQclear(r); }
};
using result_ptr_t = std::unique_ptr<PGresult, result_deleter_t>;

/// Sends the data and ends the COPY; false when libpq could not send it.
bool send_copy_data(PGconn *conn, std::string_view data)
{
    bool failed = false;
    for (std::size_t pos = 0; pos < data.size() && !failed; pos += COPY_SLICE) {
        auto const n = std::min(COPY_SLICE, data.size() - pos);
        failed = PQputCopyData(conn, data.data() + pos, static_cast<int>(n)) != 1;
    }
    return PQputCopyEnd(conn, failed ? "client failed to send data" : nullptr) == 1 && !failed;
}

} // namespace

void pg_conn_t::copy_in(std::string_view table_and_columns, std::string_view data)
{
    auto *conn = m_session->raw();
    auto const context = fmt::format("COPY {}", table_and_columns.substr(0, table_and_columns.find(' ')));
    result_ptr_t const start{PQexec(conn, fmt::format("COPY {} FROM STDIN", table_and_columns).c_str())};
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
        throw copy_error(conn, start.get(), context);
    }
    bool const sent = send_copy_data(conn, data);
    // Collect every result, so that the connection is ready for the next command either way.
    std::optional<pg_error_t> error;
    while (result_ptr_t const result{PQgetResult(conn)}) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && !error) {
            error = copy_error(conn, result.get(), context);
        }
    }
    if (error) {
        throw *error;
    }
    if (!sent) {
        throw copy_error(conn, nullptr, context);
    }
}

pg_transaction_t::pg_transaction_t(pg_conn_t *conn) : m_conn(conn)
{
    try {
        m_conn->m_transaction = std::make_unique<pqxx::work>(m_conn->session());
    } catch (pqxx::failure const &e) {
        throw to_pg_error(e, "BEGIN");
    }
}

pg_transaction_t::~pg_transaction_t()
{
    // libpqxx rolls back a transaction destroyed uncommitted, and keeps quiet about a
    // failure to: the error that got us here matters more.
    m_conn->m_transaction.reset();
}

void pg_transaction_t::commit()
{
    try {
        m_conn->m_transaction->commit();
    } catch (pqxx::failure const &e) {
        m_conn->m_transaction.reset();
        throw to_pg_error(e, "COMMIT");
    }
    m_conn->m_transaction.reset();
}
