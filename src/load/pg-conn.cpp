// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/pg-conn.hpp"

#include "db-conninfo.hpp"
#include "errors.hpp"

#include <fmt/format.h>

#include <algorithm>

pg_conn_t::pg_conn_t(std::string const &conninfo, std::string const &purpose)
: m_conn(PQconnectdb(make_conninfo(conninfo, purpose).c_str()))
{
    if (!m_conn) {
        throw fmt_error("cannot connect to the database: out of memory");
    }
    if (PQstatus(m_conn.get()) != CONNECTION_OK) {
        throw fmt_error("cannot connect to the database: {}",
                        first_error_line(PQerrorMessage(m_conn.get())));
    }
    // Dates and numbers travel as text: pin the formats we write and read.
    exec("SET datestyle = 'ISO, YMD'");
    exec("SET client_encoding = 'UTF8'");
}

void pg_conn_t::throw_error(PGresult const *result, std::string_view context) const
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
        message = PQerrorMessage(m_conn.get());
    }
    throw pg_error_t{fmt::format("{}: {}", context, first_error_line(message)), sqlstate};
}

pg_result_t pg_conn_t::check(PGresult *raw, std::string_view context) const
{
    pg_result_t result{raw};
    auto const status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN) {
        throw_error(raw, context);
    }
    return result;
}

namespace {

/// The first words of a statement, to name it in an error message.
std::string_view statement_name(std::string_view sql)
{
    // Skip comment lines, the header of the loader's .sql files.
    while (sql.rfind("--", 0) == 0 || sql.rfind("\n", 0) == 0) {
        auto const nl = sql.find('\n');
        if (nl == std::string_view::npos) {
            return sql;
        }
        sql.remove_prefix(nl + 1);
    }
    return sql.substr(0, std::min<std::size_t>(sql.find('\n'), 60));
}

} // namespace

pg_result_t pg_conn_t::exec(std::string_view sql)
{
    std::string const text{sql};
    return check(PQexec(m_conn.get(), text.c_str()), statement_name(sql));
}

pg_result_t pg_conn_t::exec_params(std::string_view sql,
                                   std::vector<std::optional<std::string>> const &params)
{
    std::string const text{sql};
    std::vector<char const *> values;
    values.reserve(params.size());
    for (auto const &p : params) {
        values.push_back(p ? p->c_str() : nullptr);
    }
    return check(PQexecParams(m_conn.get(), text.c_str(), static_cast<int>(values.size()),
                              nullptr, values.data(), nullptr, nullptr, 0),
                 statement_name(sql));
}

pg_result_t pg_conn_t::exec_prepared(std::string const &name, std::string_view sql,
                                     std::vector<std::optional<std::string>> const &params)
{
    if (std::find(m_prepared.begin(), m_prepared.end(), name) == m_prepared.end()) {
        std::string const text{sql};
        check(PQprepare(m_conn.get(), name.c_str(), text.c_str(), static_cast<int>(params.size()), nullptr),
              statement_name(sql));
        m_prepared.push_back(name);
    }
    std::vector<char const *> values;
    values.reserve(params.size());
    for (auto const &p : params) {
        values.push_back(p ? p->c_str() : nullptr);
    }
    return check(PQexecPrepared(m_conn.get(), name.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                                nullptr, 0),
                 statement_name(sql));
}

void pg_conn_t::copy_in(std::string_view table_and_columns, std::string_view data)
{
    auto const context = fmt::format("COPY {}", table_and_columns.substr(0, table_and_columns.find(' ')));
    check(PQexec(m_conn.get(), fmt::format("COPY {} FROM STDIN", table_and_columns).c_str()),
          context);

    // Hand libpq the data in slices: it copies each slice into its output buffer, which
    // would otherwise grow to the size of the whole COPY buffer.
    constexpr std::size_t SLICE = 1024UL * 1024UL;
    bool failed = false;
    for (std::size_t pos = 0; pos < data.size() && !failed; pos += SLICE) {
        auto const n = std::min(SLICE, data.size() - pos);
        failed = PQputCopyData(m_conn.get(), data.data() + pos, static_cast<int>(n)) != 1;
    }
    if (PQputCopyEnd(m_conn.get(), failed ? "client failed to send data" : nullptr) != 1) {
        failed = true;
    }
    // Collect every result, so the connection is ready for the next command either way.
    std::optional<pg_error_t> error;
    while (PGresult *raw = PQgetResult(m_conn.get())) {
        pg_result_t const result{raw};
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && !error) {
            try {
                throw_error(raw, context);
            } catch (pg_error_t const &e) {
                error = e;
            }
        }
    }
    if (error) {
        throw *error;
    }
    if (failed) {
        throw pg_error_t{fmt::format("{}: {}", context, first_error_line(PQerrorMessage(m_conn.get()))),
                         ""};
    }
}
