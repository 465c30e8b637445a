// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-params.hpp"

#include "errors.hpp"
#include "model/date.hpp"
#include "model/decimal.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>

namespace {

/// Integers beyond 18 digits do not fit PostgreSQL's bigint.
constexpr std::size_t MAX_INTEGER_DIGITS = 18;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool same_word(std::string const &a, std::string const &b) { return lower(a) == lower(b); }

std::string check_choice(report_t const &report, report_param_t const &p, std::string const &value)
{
    std::vector<std::string> chosen;
    std::size_t pos = 0;
    while (pos <= value.size()) {
        auto const end = std::min(value.find(',', pos), value.size());
        auto const word = value.substr(pos, end - pos);
        auto const it =
            std::find_if(p.choices.begin(), p.choices.end(), [&](auto const &c) { return same_word(c, word); });
        if (it == p.choices.end()) {
            throw fmt_error("{}: --{} '{}' is not one of {}{}", report.name, p.name, word, fmt::join(p.choices, ", "),
                            p.multiple ? " (several may be given, separated by commas)" : "");
        }
        chosen.push_back(*it);
        pos = end + 1;
    }
    if (chosen.size() > 1 && !p.multiple) {
        throw fmt_error("{}: --{} takes one of {}", report.name, p.name, fmt::join(p.choices, ", "));
    }
    return fmt::format("{}", fmt::join(chosen, ","));
}

void check_range(report_t const &report, report_param_t const &p, decimal_t const &d)
{
    if ((p.min_value && d < *p.min_value) || (p.max_value && d > *p.max_value)) {
        if (p.min_value && p.max_value) {
            throw fmt_error("{}: --{} must be from {} to {}, not {}", report.name, p.name, p.min_value->str(),
                            p.max_value->str(), d.str());
        }
        if (p.min_value) {
            throw fmt_error("{}: --{} must be at least {}, not {}", report.name, p.name, p.min_value->str(), d.str());
        }
        throw fmt_error("{}: --{} must be at most {}, not {}", report.name, p.name, p.max_value->str(), d.str());
    }
}

std::string check_number(report_t const &report, report_param_t const &p, std::string const &value)
{
    auto const d = decimal_t::parse(value);
    bool const integer = p.type == param_type_t::integer;
    if (!d || (integer &&
               (!d->is_integer() || value.find(',') != std::string::npos || d->str().size() > MAX_INTEGER_DIGITS))) {
        throw fmt_error("{}: --{} '{}' is not {}", report.name, p.name, value, integer ? "a whole number" : "a number");
    }
    check_range(report, p, *d);
    return d->str();
}

} // namespace

std::string check_value(report_t const &report, report_param_t const &p, std::string const &value)
{
    switch (p.type) {
    case param_type_t::text:
    case param_type_t::issuer:
    case param_type_t::person:
        if (value.empty()) {
            throw fmt_error("{}: --{} needs a value", report.name, p.name);
        }
        return value;
    case param_type_t::integer:
    case param_type_t::numeric: return check_number(report, p, value);
    case param_type_t::choice: return check_choice(report, p, value);
    case param_type_t::date: {
        auto const d = date_t::parse(value);
        if (!d) {
            throw fmt_error("{}: --{} '{}' is not a date (YYYY-MM-DD)", report.name, p.name, value);
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
        throw fmt_error("{}: --{} '{}' is not true or false", report.name, p.name, value);
    }
    }
    return value;
}

std::vector<checked_param_t> check_params(report_t const &report, std::map<std::string, std::string> const &given)
{
    for (auto const &entry : given) {
        if (report.find_param(entry.first) == nullptr) {
            throw fmt_error("{}: unknown parameter --{} (see: filing-query describe {})", report.name, entry.first,
                            report.name);
        }
    }
    std::vector<checked_param_t> out;
    for (auto const &p : report.params) {
        checked_param_t c{&p, std::nullopt, false};
        if (auto const it = given.find(p.name); it != given.end()) {
            c.value = check_value(report, p, it->second);
            c.given = true;
        } else if (p.is_required()) {
            throw fmt_error("{}: --{} is required ({})", report.name, p.name, p.description);
        } else if (p.default_kind == param_default_t::value) {
            c.value = check_value(report, p, p.default_value);
        }
        out.push_back(std::move(c));
    }
    return out;
}

void check_param_relations(report_t const &report, std::vector<checked_param_t> const &params)
{
    auto find = [&](std::string_view name) -> checked_param_t const * {
        auto const it =
            std::find_if(params.begin(), params.end(), [&](auto const &c) { return c.param->name == name; });
        return it == params.end() ? nullptr : &*it;
    };
    if (!report.one_of.empty()) {
        bool const any = std::any_of(report.one_of.begin(), report.one_of.end(), [&](auto const &name) {
            auto const *c = find(name);
            return c != nullptr && c->given;
        });
        if (!any) {
            std::vector<std::string> options;
            for (auto const &name : report.one_of) {
                options.push_back("--" + name);
            }
            throw fmt_error("{}: give {}", report.name, fmt::join(options, " or "));
        }
    }
    auto const *from = find("from");
    auto const *to = find("to");
    // ISO dates compare as text.
    if (from != nullptr && to != nullptr && from->value && to->value && from->param->type == param_type_t::date &&
        *to->value < *from->value) {
        throw fmt_error("{}: --to {} is before --from {}", report.name, *to->value, *from->value);
    }
}
