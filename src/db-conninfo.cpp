// SPDX-License-Identifier: GPL-2.0-or-later
#include "db-conninfo.hpp"

#include <fmt/format.h>

#include <cctype>

namespace {

bool is_uri(std::string_view s) noexcept
{
    return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0;
}

/// Quotes a value for a key=value connection string.
std::string quote_value(std::string_view value)
{
    std::string out{"'"};
    for (char c : value) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    out += '\'';
    return out;
}

std::string uri_encode(std::string_view value)
{
    std::string out;
    for (char c : value) {
        auto const u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else {
            out += fmt::format("%{:02X}", u);
        }
    }
    return out;
}

} // namespace

std::string make_conninfo(std::string const &database, std::string_view purpose)
{
    auto const app = fmt::format("filing-archive {}", purpose);
    if (database.empty()) {
        return fmt::format("fallback_application_name={}", quote_value(app));
    }
    if (is_uri(database)) {
        char const sep = database.find('?') == std::string::npos ? '?' : '&';
        return fmt::format("{}{}fallback_application_name={}", database, sep, uri_encode(app));
    }
    if (database.find('=') != std::string::npos) {
        return fmt::format("{} fallback_application_name={}", database, quote_value(app));
    }
    return fmt::format("dbname={} fallback_application_name={}", quote_value(database),
                       quote_value(app));
}

std::string first_error_line(std::string_view message)
{
    auto const nl = message.find('\n');
    std::string_view line = message.substr(0, nl);
    for (std::string_view prefix : {"FATAL:  ", "ERROR:  ", "FATAL: ", "ERROR: "}) {
        if (line.rfind(prefix, 0) == 0) {
            line.remove_prefix(prefix.size());
        }
    }
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    return std::string{line};
}
