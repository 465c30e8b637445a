// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-definition.hpp"

#include "errors.hpp"
#include "util/read-file.hpp"
#include "util/trim.hpp"

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

/// "issuer issuer = null | the issuer" -> parameter
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
        p.default_value = trim(spec.substr(eq + 1));
        spec = spec.substr(0, eq);
    }
    auto const words = trim(spec);
    auto const space = words.find(' ');
    if (space == std::string::npos) {
        throw fmt_error("{}: a parameter needs a name and a type: 'param: NAME TYPE [= DEFAULT] [| description]'",
                        where);
    }
    p.name = words.substr(0, space);
    auto const type = trim(std::string_view{words}.substr(space + 1));
    if (!valid_name(p.name)) {
        throw fmt_error("{}: bad parameter name '{}'", where, p.name);
    }
    auto const it = std::find_if(type_names.begin(), type_names.end(),
                                 [&](auto const &t) { return t.second == type; });
    if (it == type_names.end()) {
        throw fmt_error("{}: unknown parameter type '{}' (text, integer, numeric, date, boolean, issuer, person)",
                        where, type);
    }
    p.type = it->first;
    return p;
}

} // namespace

std::string_view to_string(param_type_t type) noexcept
{
    for (auto const &[t, name] : type_names) {
        if (t == type) {
            return name;
        }
    }
    return "?";
}

report_t parse_report(std::string const &text, std::string const &path)
{
    report_t report;
    report.path = path;
    report.sql = text;
    std::size_t pos = 0;
    int line_no = 0;
    while (pos < text.size()) {
        auto const nl = text.find('\n', pos);
        std::string_view line{text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos};
        pos = nl == std::string::npos ? text.size() : nl + 1;
        ++line_no;
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
        auto const key = content.substr(0, colon);
        auto const value = trim(std::string_view{content}.substr(colon + 1));
        auto const where = path + ":" + std::to_string(line_no);
        if (key == "name") {
            report.name = value;
        } else if (key == "description") {
            report.description = value;
        } else if (key == "param") {
            report.params.push_back(parse_param(value, where));
        }
    }
    if (report.name.empty() || !valid_name(report.name)) {
        throw fmt_error("{}: the header must start with '-- name: REPORT-NAME'", path);
    }
    if (report.description.empty()) {
        throw fmt_error("{}: the header has no '-- description:' line", path);
    }
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
