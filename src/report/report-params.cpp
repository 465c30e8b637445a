// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-params.hpp"

#include "errors.hpp"
#include "model/date.hpp"
#include "model/decimal.hpp"

#include <algorithm>
#include <cctype>

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string check_value(report_t const &report, report_param_t const &p, std::string const &value)
{
    auto bad = [&](char const *expected) {
        return fmt_error("{}: --{} '{}' is not {}", report.name, p.name, value, expected);
    };
    switch (p.type) {
    case param_type_t::text:
    case param_type_t::issuer:
    case param_type_t::person:
        if (value.empty()) {
            throw fmt_error("{}: --{} needs a value", report.name, p.name);
        }
        return value;
    case param_type_t::integer: {
        auto const d = decimal_t::parse(value);
        if (!d || !d->is_integer() || value.find(',') != std::string::npos || d->str().size() > 18) {
            throw bad("a whole number");
        }
        return d->str();
    }
    case param_type_t::numeric: {
        auto const d = decimal_t::parse(value);
        if (!d) {
            throw bad("a number");
        }
        return d->str();
    }
    case param_type_t::date: {
        auto const d = date_t::parse(value);
        if (!d) {
            throw bad("a date (YYYY-MM-DD)");
        }
        return d->iso();
    }
    case param_type_t::boolean: {
        auto const v = lower(value);
        if (v == "true" || v == "yes" || v == "1" || v == "on") {
            return "true";
        }
        if (v == "false" || v == "no" || v == "0" || v == "off") {
            return "false";
        }
        throw bad("true or false");
    }
    }
    return value;
}

} // namespace

std::vector<checked_param_t> check_params(report_t const &report,
                                          std::map<std::string, std::string> const &given)
{
    for (auto const &entry : given) {
        auto const &name = entry.first;
        auto const known = std::any_of(report.params.begin(), report.params.end(),
                                       [&name](auto const &p) { return p.name == name; });
        if (!known) {
            throw fmt_error("{}: unknown parameter --{} (see: filing-query describe {})", report.name, name,
                            report.name);
        }
    }
    std::vector<checked_param_t> out;
    for (auto const &p : report.params) {
        checked_param_t c{&p, std::nullopt};
        if (auto const it = given.find(p.name); it != given.end()) {
            c.value = check_value(report, p, it->second);
        } else if (p.is_required()) {
            throw fmt_error("{}: --{} is required ({})", report.name, p.name, p.description);
        } else if (*p.default_value != "null") {
            c.value = check_value(report, p, *p.default_value);
        }
        out.push_back(std::move(c));
    }
    return out;
}
