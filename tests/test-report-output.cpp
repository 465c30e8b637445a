// SPDX-License-Identifier: GPL-2.0-or-later
// Report definitions, parameters, and output for people (tables fitted to a width) and
// programs (CSV, JSON with exact numbers), without a database.
#include "errors.hpp"
#include "report/report-definition.hpp"
#include "report/report-lookup.hpp"
#include "report/report-output.hpp"
#include "report/report-params.hpp"
#include "report/report-table.hpp"
#include "report/report-view.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

namespace {

using cells_t = std::vector<std::optional<std::string>>;

std::size_t widest_line(std::string const &text)
{
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        auto const nl = text.find('\n', start);
        auto const end = nl == std::string::npos ? text.size() : nl;
        widest = std::max(widest, display_width(std::string_view{text}.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

result_table_t trades()
{
    result_table_t t;
    t.columns = {{"trade_date", column_kind_t::date}, {"insider", column_kind_t::text},
                 {"title", column_kind_t::text},      {"qty", column_kind_t::integer},
                 {"value", column_kind_t::number},    {"amended", column_kind_t::boolean}};
    t.rows = {cells_t{"2024-08-01", "Heron Partners LP; Heron GP LLC; Stone Maya", "10% Owner; Director, 10% Owner",
                      "5200", "355640.2320", "t"},
              cells_t{"2024-08-05", "Park June", "Chief Financial Officer", "-3000", "1719255.85", "f"},
              cells_t{"2024-08-06", std::nullopt, "", "0", std::nullopt, "f"}};
    return t;
}

report_t report_of(std::string const &header) { return parse_report(header + "SELECT 1;\n", "test.sql"); }

template <typename F>
std::string error_of(F &&f)
{
    try {
        f();
    } catch (user_error_t const &e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST(report_table, numbers_grouped_with_one_number_of_decimals_per_column)
{
    EXPECT_EQ(format_table_number("1234567.891", 2), "1,234,567.89");
    EXPECT_EQ(format_table_number("1719255.85", 4), "1,719,255.8500");
    EXPECT_EQ(format_table_number("9.995", 2), "10.00");
    EXPECT_EQ(format_table_number("999999.5", 0), "1,000,000");
    EXPECT_EQ(format_table_number("-1234", 0), "-1,234");
    EXPECT_EQ(format_table_number("-0.004", 2), "0.00");
    EXPECT_EQ(format_table_number("NaN", 2), "NaN");
    EXPECT_EQ(format_table_number("1e+22", 0), "1e+22");

    auto const text = render_table(trades(), {});
    EXPECT_NE(text.find("   355,640.2320 |"), std::string::npos) << text;
    EXPECT_NE(text.find(" 1,719,255.8500 |"), std::string::npos) << text;
    EXPECT_NE(text.find("| -3,000 |"), std::string::npos) << text;
    EXPECT_NE(text.find("| yes"), std::string::npos) << text;
}

TEST(report_table, fits_the_width_by_shortening_text)
{
    auto const text = render_table(trades(), {80, expanded_t::automatic, {}, {}});
    EXPECT_LE(widest_line(text), 80U) << text;
    EXPECT_NE(text.find("| Heron Partne\u2026 | 10% Owner; D\u2026 |  5,200 |"), std::string::npos) << text;
    EXPECT_NE(text.find("(3 rows)"), std::string::npos) << text;
    EXPECT_EQ(text.find("RECORD"), std::string::npos) << text;
    // Without a width nothing is cut.
    EXPECT_NE(render_table(trades(), {}).find("Heron Partners LP; Heron GP LLC; Stone Maya"), std::string::npos);
    EXPECT_EQ(shorten("Heron Partners LP", 10), "Heron Par\u2026");
    EXPECT_EQ(shorten("Caf\u00e9 au lait", 5), "Caf\u00e9\u2026");
    EXPECT_EQ(display_width("Caf\u00e9"), 4U);
}

TEST(report_table, one_field_per_line_when_even_that_is_too_wide)
{
    auto const text =
        render_table(trades(), {40, expanded_t::automatic, "a title longer than forty columns, to be wrapped", {}});
    EXPECT_LE(widest_line(text), 40U) << text;
    EXPECT_NE(text.find("-[ RECORD 1 ]"), std::string::npos) << text;
    EXPECT_NE(text.find("insider    | Heron Partners LP; Heron GP\n           | LLC; Stone Maya\n"), std::string::npos)
        << text;
    // -x asks for it whatever the width.
    EXPECT_NE(render_table(trades(), {0, expanded_t::on, {}, {}}).find("-[ RECORD 3 ]"), std::string::npos);
    EXPECT_EQ(render_table(trades(), {20, expanded_t::off, {}, {}}).find("RECORD"), std::string::npos);
}

TEST(report_output, json_numbers_are_the_database_digits)
{
    result_table_t t;
    t.columns = {{"n", column_kind_t::number},
                 {"i", column_kind_t::integer},
                 {"b", column_kind_t::boolean},
                 {"s", column_kind_t::text},
                 {"d", column_kind_t::date}};
    std::string const long_decimal = "0." + std::string(398, '0') + "12";
    t.rows = {cells_t{"99999999999999999999999", "-7", "t", "say \"hi\"\n", "2024-08-01"},
              cells_t{long_decimal, "0", "f", std::nullopt, std::nullopt}, cells_t{"NaN", "1", "f", "", "2024-01-01"}};
    auto const text = render_json(t);
    EXPECT_NE(text.find("\"n\": 99999999999999999999999,"), std::string::npos) << text;
    EXPECT_NE(text.find("\"n\": " + long_decimal + ","), std::string::npos);
    EXPECT_NE(text.find("\"n\": \"NaN\","), std::string::npos);
    auto const parsed = nlohmann::json::parse(text);
    ASSERT_EQ(parsed.size(), 3U);
    EXPECT_EQ(parsed[0]["i"], -7);
    EXPECT_EQ(parsed[0]["b"], true);
    EXPECT_EQ(parsed[0]["s"], "say \"hi\"\n");
    EXPECT_EQ(parsed[0]["d"], "2024-08-01");
    EXPECT_TRUE(parsed[1]["s"].is_null());
    EXPECT_EQ(parsed[2]["s"], "");
    EXPECT_EQ(render_json(result_table_t{t.columns, {}}), "[]\n");
}

TEST(report_output, csv_and_json_keep_what_tables_round_and_cut)
{
    auto const t = trades();
    auto const csv = render_csv(t);
    EXPECT_NE(csv.find(",Heron Partners LP; Heron GP LLC; Stone Maya,"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",355640.2320,"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",1719255.85,"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",-3000,"), std::string::npos) << csv;
    EXPECT_NE(render_json(t).find("\"value\": 1719255.85,"), std::string::npos);
}

TEST(report_output, format_from_the_file_name)
{
    EXPECT_EQ(format_of_file_name("trades.csv"), output_format_t::csv);
    EXPECT_EQ(format_of_file_name("out/Trades.JSON"), output_format_t::json);
    EXPECT_EQ(format_of_file_name("trades.txt"), std::nullopt);
    EXPECT_EQ(format_of_file_name("dir.csv/trades"), std::nullopt);
    EXPECT_EQ(format_of_file_name(""), std::nullopt);
}

TEST(report_view, columns_sort_and_limit)
{
    auto t = trades();
    sort_rows(&t, parse_sort_keys("value:desc"));
    EXPECT_EQ(t.rows[0][1], "Park June");  // 1719255.85 > 355640.2320 by value, not as text
    EXPECT_EQ(t.rows[2][4], std::nullopt); // empty values last
    sort_rows(&t, parse_sort_keys("-qty,insider"));
    EXPECT_EQ(t.rows[0][3], "5200");
    EXPECT_EQ(t.rows[2][3], "-3000");
    limit_rows(&t, 2);
    EXPECT_EQ(t.rows.size(), 2U);
    auto const picked = select_columns(t, parse_column_list("value, insider"));
    ASSERT_EQ(picked.columns.size(), 2U);
    EXPECT_EQ(picked.columns[0].name, "value");
    EXPECT_EQ(picked.rows[0][1], "Heron Partners LP; Heron GP LLC; Stone Maya");
    EXPECT_EQ(error_of([&] { select_columns(t, {"nope"}); }),
              "no column 'nope': the columns are trade_date, insider, title, qty, value, amended");
    EXPECT_EQ(error_of([&] { sort_rows(&t, parse_sort_keys("qty:up")); }),
              "--sort: 'up' is not a direction (asc or desc)");
    EXPECT_EQ(error_of([] { parse_column_list(" , "); }),
              "--columns needs column names, separated by commas (or 'all')");
}

TEST(report_definition, header_with_choices_ranges_automatic_defaults_and_table_columns)
{
    auto const r = parse_report("-- name: trades\n-- description: Trades.\n"
                                "-- param: issuer issuer = null | the issuer\n"
                                "-- param: from date = auto | first day (default: a month before the last trade)\n"
                                "-- param: days integer 1..366 = 10 | window\n"
                                "-- param: type {P,S,PS} = PS | which\n"
                                "-- param: code {P,S,A}* = null | codes\n"
                                "-- one-of: issuer\n"
                                "-- table: from_day AS from, value\n"
                                "--\n-- defaults:\nSELECT 1 AS \"from\";\n-- report:\nSELECT $1, $2;\n",
                                "trades.sql");
    ASSERT_EQ(r.params.size(), 5U);
    EXPECT_EQ(r.params[1].default_kind, param_default_t::automatic);
    EXPECT_EQ(r.params[1].default_text(), ""); // the description says it: one default in --help
    EXPECT_EQ(r.params[0].default_text(), "(default: any)");
    EXPECT_EQ(r.params[2].type_text(), "integer 1..366");
    EXPECT_EQ(r.params[2].default_text(), "(default: 10)");
    EXPECT_EQ(r.params[3].type_text(), "{P,S,PS}");
    EXPECT_EQ(r.params[4].type_text(), "{P,S,A}*");
    EXPECT_EQ(r.one_of, (std::vector<std::string>{"issuer"}));
    EXPECT_EQ(r.table_columns, (std::vector<std::string>{"from_day", "value"}));
    ASSERT_EQ(r.table_labels.size(), 1U);
    EXPECT_EQ(r.table_labels[0].second, "from");
    EXPECT_EQ(r.defaults_sql, "\nSELECT 1 AS \"from\";\n");
    EXPECT_EQ(r.sql, "-- report:\nSELECT $1, $2;\n");

    EXPECT_EQ(error_of([] { report_of("-- name: x\n-- description: x\n-- param: a date = auto | a\n"); }),
              "test.sql: parameters '= auto' need a '-- defaults:' statement");
    EXPECT_EQ(error_of([] { report_of("-- name: x\n-- description: x\n-- one-of: b\n"); }),
              "test.sql: one-of names 'b', which is not a parameter");
    EXPECT_EQ(error_of([] { report_of("-- name: x\n-- description: x\n-- param: a text 1..2 | a\n"); }),
              "test.sql:3: after the type only a range MIN..MAX of an integer or numeric may follow");
    EXPECT_EQ(error_of([] { report_of("-- name: x\n-- description: x\n-- param: a {P,S | a\n"); }),
              "test.sql:3: a list of choices is written {a,b,c} (or {a,b,c}* for several)");
}

TEST(report_params, every_bad_value_is_named)
{
    auto const r = report_of("-- name: trades\n-- description: Trades.\n"
                             "-- param: issuer issuer = null | the issuer\n"
                             "-- param: person person = null | the person\n"
                             "-- param: from date = null | first day\n"
                             "-- param: to date = null | last day\n"
                             "-- param: days integer 1..366 = 10 | window\n"
                             "-- param: min-value numeric 0.. = 0 | value\n"
                             "-- param: type {P,S,PS} = PS | which\n"
                             "-- param: code {P,S,A}* = null | codes\n"
                             "-- param: current boolean = false | current only\n"
                             "-- one-of: issuer, person\n");
    auto check = [&](std::map<std::string, std::string> given) {
        return error_of([&] { check_param_relations(r, check_params(r, given)); });
    };
    EXPECT_EQ(check({{"issuer", "X"}, {"days", "-5"}}), "trades: --days must be from 1 to 366, not -5");
    EXPECT_EQ(check({{"issuer", "X"}, {"days", "400"}}), "trades: --days must be from 1 to 366, not 400");
    EXPECT_EQ(check({{"issuer", "X"}, {"days", "2.5"}}), "trades: --days '2.5' is not a whole number");
    EXPECT_EQ(check({{"issuer", "X"}, {"min-value", "-1"}}), "trades: --min-value must be at least 0, not -1");
    EXPECT_EQ(check({{"issuer", "X"}, {"min-value", "lots"}}), "trades: --min-value 'lots' is not a number");
    EXPECT_EQ(check({{"issuer", "X"}, {"type", "X"}}), "trades: --type 'X' is not one of P, S, PS");
    EXPECT_EQ(check({{"issuer", "X"}, {"type", "P,S"}}), "trades: --type takes one of P, S, PS");
    EXPECT_EQ(check({{"issuer", "X"}, {"code", "P,Q"}}),
              "trades: --code 'Q' is not one of P, S, A (several may be given, separated by commas)");
    EXPECT_EQ(check({{"issuer", "X"}, {"from", "2024-02-30"}}),
              "trades: --from '2024-02-30' is not a date (YYYY-MM-DD)");
    EXPECT_EQ(check({{"issuer", "X"}, {"from", "2024-03-01"}, {"to", "2024-02-01"}}),
              "trades: --to 2024-02-01 is before --from 2024-03-01");
    EXPECT_EQ(check({{"issuer", "X"}, {"current", "maybe"}}), "trades: --current 'maybe' is not true or false");
    EXPECT_EQ(check({{"issuer", ""}}), "trades: --issuer needs a value");
    EXPECT_EQ(check({{"days", "3"}}), "trades: give --issuer or --person");
    EXPECT_EQ(check({{"issuer", "X"}, {"dayz", "3"}}),
              "trades: unknown parameter --dayz (see: filing-query describe trades)");
    // Good values, in their canonical form.
    auto const ok = check_params(r, {{"person", "Ann"}, {"type", "ps"}, {"code", "s,p"}, {"days", "7"}});
    EXPECT_EQ(ok[6].value, "PS");
    EXPECT_EQ(ok[7].value, "S,P");
    EXPECT_EQ(ok[4].value, "7");
    EXPECT_EQ(ok[5].value, "0");
    EXPECT_EQ(ok[8].value, "false");
    EXPECT_EQ(ok[2].value, std::nullopt);
}

TEST(report_lookup, the_best_match_or_none_when_ambiguous)
{
    auto match = [](std::int64_t id, int level, std::optional<std::string> cik, std::string key) {
        return lookup_match_t{id,           level,          std::move(cik), "name",
                              std::nullopt, std::move(key), std::nullopt,   std::nullopt};
    };
    // The ticker (level 2) wins over a name that starts the same (level 4).
    auto const best =
        pick_matches({match(1, 2, "900001", "PELICAN BAY BANCORP"), match(2, 4, "900004", "PELICAN POINT")});
    ASSERT_EQ(best.size(), 1U);
    EXPECT_EQ(best[0].id, 1);
    // Two issuers at the best level: ambiguous.
    EXPECT_TRUE(
        pick_matches({match(1, 4, "900001", "PELICAN BAY BANCORP"), match(2, 4, "900004", "PELICAN POINT")}).empty());
    // One name: the row with its CIK and the row of filings without CIK are both meant.
    EXPECT_EQ(pick_matches({match(1, 2, "3000001", "ANN LEE"), match(7, 2, std::nullopt, "ANN LEE")}).size(), 2U);
    // ... but not two rows with a CIK.
    EXPECT_TRUE(pick_matches({match(1, 2, "3000001", "JOHN SMITH"), match(2, 2, "3000009", "JOHN SMITH")}).empty());
    EXPECT_TRUE(pick_matches({}).empty());
}
