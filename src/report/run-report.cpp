// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/run-report.hpp"

#include "load/pg-conn.hpp"
#include "logging.hpp"
#include "model/name-key.hpp"
#include "report/report-params.hpp"
#include "report/report-statements.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>
#include <fmt/os.h>

#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <pqxx/transaction>

#include <algorithm>

namespace {

column_kind_t kind_of(pqxx::oid type) noexcept
{
    switch (type) {
    case 20: // int8
    case 21: // int2
    case 23: // int4
        return column_kind_t::integer;
    case 700:  // float4
    case 701:  // float8
    case 1700: // numeric
        return column_kind_t::number;
    case 16: return column_kind_t::boolean;
    case 114:  // json
    case 3802: // jsonb
        return column_kind_t::json;
    default: return column_kind_t::text;
    }
}

/// The ids an issuer or person parameter names, as a PostgreSQL bigint[] literal.
std::string lookup_ids(pqxx::transaction_base &tx, checked_param_t const &p)
{
    bool const issuer = p.param->type == param_type_t::issuer;
    auto const key = issuer ? issuer_name_key(*p.value) : person_name_key(*p.value);
    auto const rows = tx.exec_params(std::string{report_sql(issuer ? "find-issuers.sql" : "find-persons.sql")},
                                     *p.value, key);
    std::vector<std::string_view> ids;
    for (auto const &row : rows) {
        ids.emplace_back(row[0].c_str());
    }
    if (rows.empty()) {
        log_warn("no {} matches '{}'", issuer ? "issuer" : "person", *p.value);
    }
    return pg_array_literal(ids);
}

void check_archive(pqxx::transaction_base &tx)
{
    auto const r = tx.exec("SELECT to_regclass('schema_migration') IS NOT NULL");
    if (!r[0][0].as<bool>()) {
        throw fmt_error("this database holds no filing archive yet: run 'filing-import db migrate' "
                        "or import some filings first");
    }
}

void write_output(std::string const &text, std::string const &file)
{
    if (file.empty() || file == "-") {
        fmt::print("{}", text);
        std::fflush(stdout);
        return;
    }
    auto out = fmt::output_file(file);
    out.print("{}", text);
}

report_t const &find_report(std::vector<report_t> const &reports, std::string const &name)
{
    auto const it = std::find_if(reports.begin(), reports.end(), [&](auto const &r) { return r.name == name; });
    if (it == reports.end()) {
        throw fmt_error("unknown report '{}': 'filing-query list' shows the reports", name);
    }
    return *it;
}

std::string describe(report_t const &report)
{
    std::string out = fmt::format("{}: {}\n\nParameters:\n", report.name, report.description);
    if (report.params.empty()) {
        out += "  (none)\n";
    }
    for (auto const &p : report.params) {
        auto const def = p.is_required() ? std::string{"required"}
                         : *p.default_value == "null" ? std::string{"default: any"}
                                                      : fmt::format("default: {}", *p.default_value);
        out += fmt::format("  --{} {} ({})\n      {}\n", p.name, to_string(p.type), def, p.description);
    }
    out += fmt::format("\nSQL: {}\n", report.path);
    return out;
}

} // namespace

result_table_t run_report(report_t const &report, query_options_t const &options)
{
    auto const params = check_params(report, options.params);
    pg_conn_t conn{options.database, "report " + report.name};
    try {
        // READ ONLY: a report can never change the archive, whatever its SQL says.
        pqxx::read_transaction tx{conn.session()};
        check_archive(tx);
        if (options.statement_timeout_ms > 0) {
            tx.exec(fmt::format("SET LOCAL statement_timeout = {}", options.statement_timeout_ms));
        }
        std::vector<std::string> values;
        std::vector<bool> is_null;
        for (auto const &p : params) {
            bool const lookup = p.param->type == param_type_t::issuer || p.param->type == param_type_t::person;
            is_null.push_back(!p.value.has_value());
            values.push_back(!p.value ? std::string{} : lookup ? lookup_ids(tx, p) : *p.value);
        }
        std::vector<char const *> bound;
        for (std::size_t i = 0; i < values.size(); ++i) {
            bound.push_back(is_null[i] ? nullptr : values[i].c_str());
        }
        // EXPLAIN ANALYZE runs the report too, inside the same READ ONLY transaction.
        auto const sql = options.explain ? "EXPLAIN (ANALYZE, BUFFERS) " + report.sql : report.sql;
        auto const rows = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(bound));
        result_table_t table;
        for (pqxx::row::size_type c = 0; c < rows.columns(); ++c) {
            table.columns.push_back({rows.column_name(c), kind_of(rows.column_type(c))});
        }
        for (auto const &row : rows) {
            std::vector<std::optional<std::string>> values_of_row;
            for (auto const &field : row) {
                values_of_row.push_back(field.is_null() ? std::nullopt : std::optional{std::string{field.c_str()}});
            }
            table.rows.push_back(std::move(values_of_row));
        }
        tx.commit();
        return table;
    } catch (pqxx::failure const &e) {
        throw to_pg_error(e, fmt::format("report {} failed", report.name));
    }
}

exit_code_t run_filing_query(query_options_t const &options)
{
    auto const reports = load_report_library(find_queries_dir(options.queries_dir));
    switch (options.command) {
    case query_command_t::list: {
        if (options.names_only) {
            std::string names;
            for (auto const &r : reports) {
                names += r.name + "\n";
            }
            write_output(names, options.output_file);
            return exit_code_t::ok;
        }
        result_table_t table;
        table.columns = {{"report", column_kind_t::text}, {"description", column_kind_t::text}};
        for (auto const &r : reports) {
            table.rows.push_back({r.name, r.description});
        }
        write_output(render(table, options.format), options.output_file);
        return exit_code_t::ok;
    }
    case query_command_t::describe:
        write_output(describe(find_report(reports, options.report)), options.output_file);
        return exit_code_t::ok;
    case query_command_t::run: break;
    }
    auto const table = run_report(find_report(reports, options.report), options);
    write_output(render(table, options.format), options.output_file);
    return exit_code_t::ok;
}
