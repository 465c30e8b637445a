// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/run-report.hpp"

#include "load/pg-conn.hpp"
#include "report/report-lookup.hpp"
#include "report/report-params.hpp"
#include "report/report-table.hpp"
#include "report/report-view.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>
#include <fmt/os.h>
#include <fmt/ranges.h>

#include <pqxx/prepared_statement>
#include <pqxx/result>
#include <pqxx/transaction>

#include <algorithm>
#include <cstdio>

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
    case 1082: // date
    case 1114: // timestamp
    case 1184: // timestamptz
        return column_kind_t::date;
    case 114:  // json
    case 3802: // jsonb
        return column_kind_t::json;
    default: return column_kind_t::text;
    }
}

void check_archive(pqxx::transaction_base &tx)
{
    auto const r = tx.exec("SELECT to_regclass('schema_migration') IS NOT NULL");
    if (!r[0][0].as<bool>()) {
        throw fmt_error("this database holds no filing archive yet: run 'filing-import db migrate' "
                        "or import some filings first");
    }
}

/// The highest $N a statement uses: it is run with parameters $1 to $N.
std::size_t highest_parameter(std::string_view sql)
{
    std::size_t highest = 0;
    for (std::size_t i = 0; i + 1 < sql.size(); ++i) {
        if (sql[i] == '$' && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
            std::size_t n = 0;
            for (++i; i < sql.size() && sql[i] >= '0' && sql[i] <= '9'; ++i) {
                n = n * 10 + static_cast<std::size_t>(sql[i] - '0');
            }
            highest = std::max(highest, n);
        }
    }
    return highest;
}

/// The values to bind: issuer and person parameters as the bigint[] of what they mean.
std::vector<std::optional<std::string>> bind_values(pqxx::transaction_base &tx, report_t const &report,
                                                    std::vector<checked_param_t> const &params)
{
    std::vector<std::optional<std::string>> values;
    for (auto const &p : params) {
        auto const type = p.param->type;
        if (p.value && (type == param_type_t::issuer || type == param_type_t::person)) {
            auto const kind = type == param_type_t::issuer ? lookup_kind_t::issuer : lookup_kind_t::person;
            auto const ids = look_up(tx, kind, report.name, p.param->name, *p.value);
            std::vector<std::string> texts;
            texts.reserve(ids.size());
            for (auto id : ids) {
                texts.push_back(std::to_string(id));
            }
            values.emplace_back(pg_array_literal(std::vector<std::string_view>(texts.begin(), texts.end())));
        } else {
            values.push_back(p.value);
        }
    }
    return values;
}

pqxx::result exec_bound(pqxx::transaction_base &tx, std::string const &sql,
                        std::vector<std::optional<std::string>> const &values, std::size_t count)
{
    std::vector<char const *> bound;
    for (std::size_t i = 0; i < count && i < values.size(); ++i) {
        bound.push_back(values[i] ? values[i]->c_str() : nullptr);
    }
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(bound));
}

/**
 * Runs the report's defaults statement and fills in the automatic parameters not given.
 * \returns what was filled in, as options: "--from 2024-06-01 --to 2024-06-30".
 */
std::string fill_defaults(pqxx::transaction_base &tx, report_t const &report, std::vector<checked_param_t> *params,
                          std::vector<std::optional<std::string>> *values)
{
    bool const needed = std::any_of(params->begin(), params->end(), [](auto const &p) {
        return !p.given && p.param->default_kind == param_default_t::automatic;
    });
    if (report.defaults_sql.empty() || !needed) {
        return {};
    }
    auto const r = exec_bound(tx, report.defaults_sql, *values, highest_parameter(report.defaults_sql));
    std::vector<std::string> filled;
    for (std::size_t i = 0; i < params->size(); ++i) {
        auto &p = (*params)[i];
        if (p.given || p.param->default_kind != param_default_t::automatic || r.empty()) {
            continue;
        }
        auto const column = r.column_number(p.param->name);
        if (!r[0][column].is_null()) {
            p.value = check_value(report, *p.param, r[0][column].c_str());
            (*values)[i] = p.value;
            filled.push_back(fmt::format("--{} {}", p.param->name, *p.value));
        }
    }
    return fmt::format("{}", fmt::join(filled, " "));
}

result_table_t table_of(pqxx::result const &rows)
{
    result_table_t table;
    for (pqxx::row::size_type c = 0; c < rows.columns(); ++c) {
        table.columns.push_back({rows.column_name(c), kind_of(rows.column_type(c))});
    }
    for (auto const &row : rows) {
        auto &values = table.rows.emplace_back();
        for (auto const &field : row) {
            values.push_back(field.is_null() ? std::nullopt : std::optional{std::string{field.c_str()}});
        }
    }
    return table;
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
        auto def = p.is_required() ? std::string{"(required)"} : p.default_text();
        out +=
            fmt::format("  --{} {}{}\n      {}\n", p.name, p.type_text(), def.empty() ? "" : " " + def, p.description);
    }
    if (!report.one_of.empty()) {
        out += fmt::format("\nGive at least one of: --{}\n", fmt::join(report.one_of, ", --"));
    }
    if (!report.table_columns.empty()) {
        out += fmt::format("\nTable columns by default (--columns all for every one): {}\n",
                           fmt::join(report.table_columns, ", "));
    }
    out += fmt::format("\nSQL: {}\n", report.path);
    return out;
}

} // namespace

report_result_t run_report(report_t const &report, query_options_t const &options)
{
    auto params = check_params(report, options.params);
    pg_conn_t conn{options.database, "report " + report.name};
    try {
        // READ ONLY: a report can never change the archive, whatever its SQL says.
        pqxx::read_transaction tx{conn.session()};
        check_archive(tx);
        if (options.statement_timeout_ms > 0) {
            tx.exec(fmt::format("SET LOCAL statement_timeout = {}", options.statement_timeout_ms));
        }
        auto values = bind_values(tx, report, params);
        report_result_t result;
        result.defaults_used = fill_defaults(tx, report, &params, &values);
        check_param_relations(report, params);
        // EXPLAIN ANALYZE runs the report too, inside the same READ ONLY transaction.
        auto const sql = options.explain ? "EXPLAIN (ANALYZE, BUFFERS) " + report.sql : report.sql;
        result.table = table_of(exec_bound(tx, sql, values, values.size()));
        tx.commit();
        return result;
    } catch (pqxx::failure const &e) {
        throw to_pg_error(e, fmt::format("report {} failed", report.name));
    }
}

std::string format_result(report_t const &report, report_result_t result, query_options_t const &options)
{
    // Moved, not copied: an archive-wide report holds tens of thousands of rows.
    auto table = std::move(result.table);
    bool const is_table = options.format == output_format_t::table;
    std::size_t hidden = 0;
    if (!options.explain) {
        if (!options.sort.empty()) {
            sort_rows(&table, parse_sort_keys(options.sort));
        }
        if (options.limit) {
            limit_rows(&table, *options.limit);
        }
        if (!options.columns.empty() && options.columns != "all") {
            table = select_columns(table, parse_column_list(options.columns));
        } else if (options.columns.empty() && is_table && !report.table_columns.empty()) {
            hidden = table.columns.size() - report.table_columns.size();
            table = select_columns(table, report.table_columns);
        }
    }
    switch (options.format) {
    case output_format_t::csv: return render_csv(table);
    case output_format_t::json: return render_json(table);
    case output_format_t::table: break;
    }
    for (auto &column : table.columns) {
        auto const label = std::find_if(report.table_labels.begin(), report.table_labels.end(),
                                        [&](auto const &l) { return l.first == column.name; });
        if (label != report.table_labels.end()) {
            column.name = label->second;
        }
    }
    table_style_t style;
    style.width = options.explain ? 0 : options.width;
    style.expanded = options.expanded;
    if (!result.defaults_used.empty()) {
        style.title =
            fmt::format("{} {} (not given: from the newest data in the archive)", report.name, result.defaults_used);
    }
    if (hidden > 0) {
        style.note = fmt::format("({} more column{}: --columns all, or -f csv / json)", hidden, hidden == 1 ? "" : "s");
    }
    return render_table(table, style);
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
        auto const text = options.format == output_format_t::csv ? render_csv(table)
                          : options.format == output_format_t::json
                              ? render_json(table)
                              : render_table(table, {options.width, options.expanded, {}, {}});
        write_output(text, options.output_file);
        return exit_code_t::ok;
    }
    case query_command_t::describe:
        write_output(describe(find_report(reports, options.report)), options.output_file);
        return exit_code_t::ok;
    case query_command_t::run: break;
    }
    auto const &report = find_report(reports, options.report);
    auto result = run_report(report, options);
    auto const defaults_used = result.defaults_used;
    auto const text = format_result(report, std::move(result), options);
    if (options.format != output_format_t::table && !defaults_used.empty() && !options.quiet) {
        fmt::print(stderr, "filing-query: {} {} (not given: from the newest data in the archive)\n", report.name,
                   defaults_used);
    }
    write_output(text, options.output_file);
    return exit_code_t::ok;
}
