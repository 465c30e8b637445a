// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-definition.hpp"

#include "errors.hpp"
#include "util/read-file.hpp"
#include "util/trim.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <unistd.h>
#include <utility>

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::pair<param_type_t, std::string_view>, 7> type_names{{
    {param_type_t::text, "text"},
    {param_type_t::integer, "integer"},
    {param_type_t::numeric, "numeric"},
    {param_type_t::date, "date"},
    {param_type_t::boolean, "boolean"},
    {param_type_t::issuer, "issuer"},
    {param_type_t::person, "person"},
}};

bool valid_name(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

/// "a, b ,c" -> {"a", "b", "c"}
std::vector<std::string> split_list(std::string_view text, char separator)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto const end = std::min(text.find(separator, pos), text.size());
        auto item = trim(text.substr(pos, end - pos));
        if (!item.empty()) {
            out.emplace_back(item);
        }
        pos = end + 1;
    }
    return out;
}

/// "{P,S,PS}" or "{P,S}*" -> the choices of `p`.
void parse_choices(report_param_t *p, std::string_view type, std::string const &where)
{
    p->type = param_type_t::choice;
    p->multiple = type.ends_with("}*");
    auto const close = type.find('}');
    if (close == std::string_view::npos || close + (p->multiple ? 2 : 1) != type.size()) {
        throw fmt_error("{}: a list of choices is written {{a,b,c}} (or {{a,b,c}}* for several)", where);
    }
    p->choices = split_list(type.substr(1, close - 1), ',');
    if (p->choices.empty()) {
        throw fmt_error("{}: a list of choices needs at least one", where);
    }
}

/// "1..366", "0..", "..100" -> the bounds of `p`.
void parse_range(report_param_t *p, std::string_view range, std::string const &where)
{
    auto const dots = range.find("..");
    if (dots == std::string_view::npos || (p->type != param_type_t::integer && p->type != param_type_t::numeric)) {
        throw fmt_error("{}: after the type only a range MIN..MAX of an integer or numeric may follow", where);
    }
    auto bound = [&](std::string_view text) -> std::optional<decimal_t> {
        if (trim(text).empty()) {
            return std::nullopt;
        }
        auto d = decimal_t::parse(text);
        if (!d) {
            throw fmt_error("{}: bad bound '{}' in the range", where, text);
        }
        return d;
    };
    p->min_value = bound(range.substr(0, dots));
    p->max_value = bound(range.substr(dots + 2));
}

void parse_type(report_param_t *p, std::string_view type, std::string const &where)
{
    if (type.starts_with('{')) {
        parse_choices(p, type, where);
        return;
    }
    auto const space = type.find(' ');
    auto const word = type.substr(0, space);
    auto const it = std::find_if(type_names.begin(), type_names.end(), [&](auto const &t) { return t.second == word; });
    if (it == type_names.end()) {
        throw fmt_error("{}: unknown parameter type '{}' (text, integer, numeric, date, boolean, issuer, person, "
                        "or choices {{a,b}})",
                        where, word);
    }
    p->type = it->first;
    if (space != std::string_view::npos) {
        parse_range(p, trim(type.substr(space + 1)), where);
    }
}

/// "days integer 1..366 = 10 | the window" -> parameter
report_param_t parse_param(std::string_view spec, std::string const &where)
{
    report_param_t p;
    auto const bar = spec.find('|');
    if (bar != std::string_view::npos) {
        p.description = trim(spec.substr(bar + 1));
        spec = spec.substr(0, bar);
    }
    auto const eq = spec.find('=');
    if (eq != std::string_view::npos) {
        auto const value = trim(spec.substr(eq + 1));
        p.default_kind = value == "null"   ? param_default_t::any
                         : value == "auto" ? param_default_t::automatic
                                           : param_default_t::value;
        p.default_value = value;
        spec = spec.substr(0, eq);
    }
    auto const words = trim(spec);
    auto const space = words.find(' ');
    if (space == std::string::npos) {
        throw fmt_error("{}: a parameter needs a name and a type: 'param: NAME TYPE [= DEFAULT] [| description]'",
                        where);
    }
    p.name = words.substr(0, space);
    if (!valid_name(p.name)) {
        throw fmt_error("{}: bad parameter name '{}'", where, p.name);
    }
    parse_type(&p, trim(std::string_view{words}.substr(space + 1)), where);
    return p;
}

/// The lines of `text` with their offsets.
struct line_t
{
    std::string_view text;
    std::size_t offset;
};

std::vector<line_t> lines_of(std::string const &text)
{
    std::vector<line_t> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto const nl = text.find('\n', pos);
        auto const end = nl == std::string::npos ? text.size() : nl;
        out.push_back({std::string_view{text}.substr(pos, end - pos), pos});
        pos = end + 1;
    }
    return out;
}

void read_header_line(report_t *report, std::string_view key, std::string_view value, std::string const &where)
{
    if (key == "name") {
        report->name = value;
    } else if (key == "description") {
        report->description = value;
    } else if (key == "param") {
        report->params.push_back(parse_param(value, where));
    } else if (key == "one-of") {
        report->one_of = split_list(value, ',');
    } else if (key == "table") {
        for (auto const &item : split_list(value, ',')) {
            auto const as = item.find(" AS ");
            report->table_columns.emplace_back(trim(std::string_view{item}.substr(0, as)));
            if (as != std::string::npos) {
                report->table_labels.emplace_back(report->table_columns.back(),
                                                  trim(std::string_view{item}.substr(as + 4)));
            }
        }
    }
}

/// Splits the statements: `-- defaults:` ... `-- report:` ..., or the whole text.
void split_statements(report_t *report, std::string const &text, std::vector<line_t> const &lines)
{
    std::optional<std::size_t> defaults_at;
    for (auto const &line : lines) {
        auto const t = trim(line.text);
        if (t == "-- defaults:") {
            defaults_at = line.offset + line.text.size();
        } else if (t == "-- report:") {
            if (!defaults_at) {
                throw fmt_error("{}: '-- report:' without '-- defaults:' before it", report->path);
            }
            report->defaults_sql = text.substr(*defaults_at, line.offset - *defaults_at);
            report->sql = text.substr(line.offset);
            return;
        }
    }
    if (defaults_at) {
        throw fmt_error("{}: '-- defaults:' without a '-- report:' line after its statement", report->path);
    }
    report->sql = text;
}

void check_report(report_t const &report)
{
    if (report.name.empty() || !valid_name(report.name)) {
        throw fmt_error("{}: the header must start with '-- name: REPORT-NAME'", report.path);
    }
    if (report.description.empty()) {
        throw fmt_error("{}: the header has no '-- description:' line", report.path);
    }
    for (auto const &name : report.one_of) {
        if (report.find_param(name) == nullptr) {
            throw fmt_error("{}: one-of names '{}', which is not a parameter", report.path, name);
        }
    }
    bool const has_auto = std::any_of(report.params.begin(), report.params.end(),
                                      [](auto const &p) { return p.default_kind == param_default_t::automatic; });
    if (has_auto && report.defaults_sql.empty()) {
        throw fmt_error("{}: parameters '= auto' need a '-- defaults:' statement", report.path);
    }
}

} // namespace

std::string_view to_string(param_type_t type) noexcept
{
    if (type == param_type_t::choice) {
        return "choice";
    }
    for (auto const &[t, name] : type_names) {
        if (t == type) {
            return name;
        }
    }
    return "?";
}

std::string report_param_t::type_text() const
{
    if (type == param_type_t::choice) {
        return fmt::format("{{{}}}{}", fmt::join(choices, ","), multiple ? "*" : "");
    }
    std::string out{to_string(type)};
    if (min_value || max_value) {
        out += fmt::format(" {}..{}", min_value ? min_value->str() : "", max_value ? max_value->str() : "");
    }
    return out;
}

std::string report_param_t::default_text() const
{
    if (description.find("default") != std::string::npos) {
        return {}; // the description says it in words
    }
    switch (default_kind) {
    case param_default_t::value: return fmt::format("(default: {})", default_value);
    case param_default_t::any: return "(default: any)";
    case param_default_t::required:
    case param_default_t::automatic: break;
    }
    return {};
}

report_param_t const *report_t::find_param(std::string_view param_name) const noexcept
{
    auto const it = std::find_if(params.begin(), params.end(), [&](auto const &p) { return p.name == param_name; });
    return it == params.end() ? nullptr : &*it;
}

report_t parse_report(std::string const &text, std::string const &path)
{
    report_t report;
    report.path = path;
    auto const lines = lines_of(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto line = lines[i].text;
        if (line.rfind("--", 0) != 0) {
            if (trim(line).empty()) {
                continue;
            }
            break; // the header ends with the first line of SQL
        }
        line.remove_prefix(2);
        auto const content = trim(line);
        auto const colon = content.find(':');
        if (colon == std::string::npos) {
            continue; // an ordinary comment
        }
        read_header_line(&report, content.substr(0, colon), trim(std::string_view{content}.substr(colon + 1)),
                         path + ":" + std::to_string(i + 1));
    }
    split_statements(&report, text, lines);
    check_report(report);
    return report;
}

std::vector<report_t> load_report_library(fs::path const &dir)
{
    std::vector<report_t> reports;
    std::error_code ec;
    for (auto const &entry : fs::directory_iterator{dir, ec}) {
        if (entry.path().extension() == ".sql") {
            auto const path = entry.path().string();
            reports.push_back(parse_report(read_file(path), path));
        }
    }
    if (ec) {
        throw fmt_error("{}: cannot read the reports folder: {}", dir.string(), ec.message());
    }
    std::sort(reports.begin(), reports.end(), [](auto const &a, auto const &b) { return a.name < b.name; });
    return reports;
}

fs::path find_queries_dir(std::string const &explicit_dir)
{
    if (!explicit_dir.empty()) {
        if (!fs::is_directory(explicit_dir)) {
            throw fmt_error("{}: no such reports folder (--queries-dir)", explicit_dir);
        }
        return explicit_dir;
    }
    if (char const *env = std::getenv("FILING_QUERIES_DIR"); env != nullptr && *env != '\0') {
        if (!fs::is_directory(env)) {
            throw fmt_error("{}: no such reports folder (FILING_QUERIES_DIR)", env);
        }
        return env;
    }
    std::error_code ec;
    auto const exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto const bin = exe.parent_path();
        for (auto const &candidate : {bin / "queries", bin / ".." / "share" / "filing-archive" / "queries"}) {
            if (fs::is_directory(candidate)) {
                return candidate.lexically_normal();
            }
        }
    }
    throw fmt_error("cannot find the reports folder: give --queries-dir or set FILING_QUERIES_DIR");
}
