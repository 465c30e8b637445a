// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/pg-conninfo.hpp"

#include "errors.hpp"

#include <fmt/format.h>

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

namespace {

bool is_uri(std::string_view s) noexcept { return s.rfind("postgresql://", 0) == 0 || s.rfind("postgres://", 0) == 0; }

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

/// What is left out of a message in place of a quoted part.
constexpr std::string_view LEFT_OUT = "\"...\"";

/// The message with every quoted part for which `hide` says so replaced by "...".
template <typename THide>
std::string hide_quoted(std::string_view message, THide &&hide)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < message.size()) {
        auto const open = message.find('"', pos);
        auto const close = open == std::string_view::npos ? open : message.find('"', open + 1);
        if (close == std::string_view::npos) {
            out += message.substr(pos);
            break;
        }
        auto const quoted = message.substr(open + 1, close - open - 1);
        out += message.substr(pos, open - pos);
        out += hide(quoted) ? LEFT_OUT : message.substr(open, close - open + 1);
        pos = close + 1;
    }
    return out;
}

struct conninfo_options_t
{
    void operator()(PQconninfoOption *options) const noexcept { PQconninfoFree(options); }
};

/// The password in "scheme://user:password@host" or "user:password@host"; empty when
/// there is none.
std::string_view userinfo_password(std::string_view s)
{
    auto const scheme = s.find("://");
    auto const from = scheme == std::string_view::npos ? 0 : scheme + 3;
    auto const at = s.rfind('@');
    auto const colon = s.find(':', from);
    if (at == std::string_view::npos || colon == std::string_view::npos || colon > at) {
        return {};
    }
    return s.substr(colon + 1, at - colon - 1);
}

/// The texts that must not be shown: the password libpq reads from the connection
/// string, and whatever reads as "user:password@" in it or in one of its values (a
/// database name that was meant as a URI).
std::vector<std::string> secrets_of(std::string const &conninfo, PQconninfoOption const *options)
{
    std::vector<std::string> secrets;
    auto add = [&](std::string_view secret) {
        if (!secret.empty()) {
            secrets.emplace_back(secret);
        }
    };
    add(userinfo_password(conninfo));
    for (auto const *o = options; o != nullptr && o->keyword != nullptr; ++o) {
        if (o->val == nullptr) {
            continue;
        }
        add(std::string_view{o->keyword} == "password" ? std::string_view{o->val} : userinfo_password(o->val));
    }
    return secrets;
}

/// Secrets this short are not looked for outside quotes: they would hide half the message.
constexpr std::size_t SECRET_MIN_OUTSIDE_QUOTES = 4;

/// The message without the quoted parts that hold a secret, nor the secret anywhere else.
std::string hide_secrets(std::string_view message, std::vector<std::string> const &secrets)
{
    auto out = hide_quoted(message, [&](std::string_view quoted) {
        return std::any_of(secrets.begin(), secrets.end(),
                           [&](std::string const &s) { return quoted.find(s) != std::string_view::npos; });
    });
    for (auto const &s : secrets) {
        if (s.size() < SECRET_MIN_OUTSIDE_QUOTES) {
            continue;
        }
        for (auto at = out.find(s); at != std::string::npos; at = out.find(s, at)) {
            out.replace(at, s.size(), "...");
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
    if (database.find("://") != std::string::npos) {
        throw fmt_error("cannot connect to the database: a URI must start with postgresql:// or postgres:// "
                        "(the value given is not shown: it may hold a password)");
    }
    if (database.find('=') != std::string::npos) {
        return fmt::format("{} fallback_application_name={}", database, quote_value(app));
    }
    return fmt::format("dbname={} fallback_application_name={}", quote_value(database), quote_value(app));
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

std::string connect_failure(std::string const &conninfo, std::string_view libpq_message)
{
    auto const line = first_error_line(libpq_message);
    char *error = nullptr;
    std::unique_ptr<PQconninfoOption, conninfo_options_t> const options{PQconninfoParse(conninfo.c_str(), &error)};
    PQfreemem(error);
    if (!options) {
        // libpq could not read the string: what it quotes is a piece of it. Single
        // characters ("=", "]") are the syntax it expected, and stay.
        auto const what = hide_quoted(line, [](std::string_view quoted) { return quoted.size() > 1; });
        return fmt::format("cannot connect to the database: malformed connection string: {}", what);
    }
    return fmt::format("cannot connect to the database: {}", hide_secrets(line, secrets_of(conninfo, options.get())));
}
