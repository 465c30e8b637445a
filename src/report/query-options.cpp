// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/query-options.hpp"

#include "command-line-app.hpp"
#include "logging.hpp"
#include "report/report-definition.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <optional>
#include <string_view>

namespace {

constexpr char const *DESCRIPTION =
    "Runs canned reports against the filing archive: ATM offering status, insider activity, "
    "holdings and more. Every report runs in a read-only transaction.";

constexpr char const *FOOTER = R"(
Examples:
  filing-query list                                  the reports and what they show
  filing-query describe insider-trades               a report's parameters
  filing-query atm-status --issuer NEE
  filing-query insider-activity --issuer CLRB --from 2023-01-01 -o clrb.csv
  filing-query insider-trades --per filing --role director --sort -value --limit 20
  filing-query holdings --person 'James V. Caruso' --current true -x

Tables fit the terminal ($COLUMNS, else its width): long text is shortened with an
ellipsis, or rows are shown one field per line. CSV and JSON keep every value exact.

Exit codes: 0 done, 2 usage or fatal error (a bad parameter, an issuer or person that
matches nothing or several, no database).)";

/// The value of --queries-dir, looked up before the full parse because it decides which
/// reports (subcommands) exist.
std::string prescan_queries_dir(int argc, char const *const argv[])
{
    for (int i = 1; i < argc; ++i) {
        std::string_view const arg{argv[i]};
        if (arg == "--queries-dir" && i + 1 < argc) {
            return argv[i + 1];
        }
        if (arg.rfind("--queries-dir=", 0) == 0) {
            return std::string{arg.substr(14)};
        }
    }
    return {};
}

std::string type_hint(report_param_t const &p)
{
    switch (p.type) {
    case param_type_t::choice: return p.type_text();
    case param_type_t::date: return "DATE";
    case param_type_t::integer:
    case param_type_t::numeric:
        return p.type_text() == "integer" ? "N" : p.type_text() == "numeric" ? "NUMBER" : p.type_text();
    case param_type_t::boolean: return "BOOL";
    case param_type_t::issuer: return "ISSUER";
    case param_type_t::person: return "PERSON";
    case param_type_t::text: break;
    }
    return "TEXT";
}

void add_output_options(CLI::App *app, query_options_t *options, std::string *format)
{
    app->add_option("-f,--format", *format,
                    "Output: table (aligned to the terminal), csv or json (default: from the extension of -o, "
                    "else table)")
        ->check(CLI::IsMember({"table", "csv", "json"}))
        ->type_name("FORMAT")
        ->group("Output options");
    app->add_option("-o,--output", options->output_file, "Write to FILE instead of stdout")
        ->type_name("FILE")
        ->group("Output options");
    app->add_option("--columns", options->columns,
                    "Show these columns, in this order (comma-separated), or 'all' (default: the report's "
                    "table columns in a table, all in CSV and JSON)")
        ->type_name("COLS")
        ->group("Output options");
    app->add_option("--sort", options->sort,
                    "Order rows by these columns: 'value:desc,ticker' or '-value' (default: the report's order)")
        ->type_name("COLS")
        ->group("Output options");
    app->add_option_function<std::size_t>(
           "--limit", [options](std::size_t n) { options->limit = n; }, "Show at most N rows (after --sort)")
        ->check(CLI::PositiveNumber)
        ->type_name("N")
        ->group("Output options");
    app->add_flag_callback(
           "-x,--expanded", [options]() { options->expanded = expanded_t::on; },
           "One field per line, as psql's \\x (a table too wide for the terminal is shown so anyway)")
        ->group("Output options");
    app->add_flag("-q,--quiet", options->quiet, "No notes on stderr (such as the defaults a report chose)")
        ->group("Output options");
}

void add_report_options(CLI::App *app, query_options_t *options)
{
    app->add_option("--statement-timeout", options->statement_timeout_ms,
                    "Cancel a report that runs longer than MS milliseconds (default: no limit)")
        ->type_name("MS")
        ->group("Database options");
    app->add_flag("--explain", options->explain,
                  "Show how PostgreSQL runs the report (EXPLAIN ANALYZE, same parameters) instead of its rows")
        ->group("Report options");
    app->add_option("--queries-dir", options->queries_dir,
                    "Read the reports from DIR (default: $FILING_QUERIES_DIR, else the installed ones)")
        ->type_name("DIR")
        ->group("Report options");
}

/// One subcommand per report, its parameters as options whose values go to `values`.
std::vector<std::pair<CLI::App *, report_t const *>>
add_report_commands(CLI::App *app, std::vector<report_t> const &reports, std::map<std::string, std::string> *values)
{
    std::vector<std::pair<CLI::App *, report_t const *>> commands;
    for (auto const &report : reports) {
        auto *sub = app->add_subcommand(report.name, report.description);
        sub->group("Reports");
        for (auto const &p : report.params) {
            auto help = p.description;
            if (auto const def = p.default_text(); !def.empty()) {
                help += " " + def;
            }
            auto *opt = sub->add_option_function<std::string>(
                "--" + p.name, [values, name = p.name](std::string const &v) { (*values)[name] = v; }, help);
            // Required ones are checked after parsing (check_params), so that a mistyped
            // option is named before a missing one.
            opt->type_name(type_hint(p));
        }
        commands.emplace_back(sub, &report);
    }
    return commands;
}

} // namespace

std::variant<query_options_t, exit_code_t> parse_query_options(int argc, char const *const argv[])
{
    query_options_t options;
    options.queries_dir = prescan_queries_dir(argc, argv);
    std::vector<report_t> reports;
    std::optional<std::string> library_error;
    try {
        reports = load_report_library(find_queries_dir(options.queries_dir));
    } catch (user_error_t const &e) {
        library_error = e.what();
    }

    command_line_app_t app{DESCRIPTION, "filing-query"};
    app.footer(FOOTER);
    app.require_subcommand(0, 1);
    std::string format;
    std::string log_level{"warn"};
    command_line_app_t::add_database_option(&app, &options.database);
    command_line_app_t::add_log_level_option(&app, &log_level);
    add_output_options(&app, &options, &format);
    add_report_options(&app, &options);
    std::string unknown_command;
    app.add_option("command", unknown_command, "A report name, or list / describe")->type_name("REPORT");

    auto *list_cmd = app.add_subcommand("list", "List the reports");
    list_cmd->add_flag("--names", options.names_only, "Print the names only, one per line");
    auto *describe_cmd = app.add_subcommand("describe", "Describe a report and its parameters");
    describe_cmd->add_option("report", options.report, "The report")->required()->type_name("REPORT");

    std::map<std::string, std::string> values;
    auto const report_cmds = add_report_commands(&app, reports, &values);
    for (auto *sub : app.get_subcommands({})) {
        sub->fallthrough(); // -d, --format, ... may also follow the report name
    }

    if (auto const done = app.parse_args(argc, argv)) {
        return *done;
    }
    if (!unknown_command.empty()) {
        if (library_error) {
            fmt::print(stderr, "filing-query: {}\n", *library_error);
        } else {
            fmt::print(stderr, "filing-query: unknown report '{}': 'filing-query list' shows the reports\n",
                       unknown_command);
        }
        return exit_code_t::fatal;
    }
    if (!format.empty()) {
        options.format = parse_output_format(format);
    } else if (auto const by_name = format_of_file_name(options.output_file)) {
        options.format = *by_name; // -o report.csv
    }
    options.width = terminal_width();
    get_logger().set_level(parse_log_level(log_level));
    if (*describe_cmd) {
        options.command = query_command_t::describe;
    } else if (*list_cmd || app.get_subcommands().empty()) {
        options.command = query_command_t::list;
    } else {
        for (auto const &[sub, report] : report_cmds) {
            if (*sub) {
                options.command = query_command_t::run;
                options.report = report->name;
            }
        }
        options.params = std::move(values);
    }
    if (library_error) {
        fmt::print(stderr, "filing-query: {}\n", *library_error);
        return exit_code_t::fatal;
    }
    return options;
}
