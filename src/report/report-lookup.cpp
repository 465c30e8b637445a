// SPDX-License-Identifier: GPL-2.0-or-later
#include "report/report-lookup.hpp"

#include "errors.hpp"
#include "model/name-key.hpp"
#include "parse/text-scan.hpp"
#include "report/report-statements.hpp"

#include <fmt/format.h>

#include <pqxx/result>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace {

/// How many candidates or suggestions an error lists: enough to spot the right one,
/// few enough to read.
constexpr std::size_t MAX_LISTED = 8;

std::optional<std::string> optional_text(pqxx::field const &f)
{
    return f.is_null() ? std::nullopt : std::optional{std::string{f.c_str()}};
}

std::vector<lookup_match_t> read_matches(pqxx::result const &rows)
{
    std::vector<lookup_match_t> out;
    for (auto const &row : rows) {
        lookup_match_t m;
        m.id = row[0].as<std::int64_t>();
        m.level = row[1].as<int>();
        m.cik = optional_text(row[2]);
        m.name = row[3].c_str();
        m.ticker = optional_text(row[4]);
        m.name_key = row[5].c_str();
        m.last_filed = optional_text(row[6]);
        m.matched = optional_text(row[7]);
        out.push_back(std::move(m));
    }
    return out;
}

std::string describe(lookup_match_t const &m, lookup_kind_t kind)
{
    std::string out = fmt::format("  {:<6} {}", m.ticker.value_or(""), m.name);
    if (m.cik) {
        out += fmt::format(", CIK {}", *m.cik);
    } else {
        out += ", no CIK";
    }
    if (m.matched && *m.matched != m.name && *m.matched != m.ticker) {
        out += fmt::format(", filed as {}", *m.matched);
    }
    if (kind == lookup_kind_t::person && m.ticker) {
        out += fmt::format(", latest filing for {}", *m.ticker);
    }
    if (m.last_filed) {
        out += fmt::format(", last filed {}", *m.last_filed);
    }
    return out;
}

std::string upper(std::string_view text)
{
    std::string out{text};
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

/// The names closest to `value` among every name and ticker, one line per issuer or person.
std::vector<std::string> closest(pqxx::transaction_base &tx, lookup_kind_t kind, std::string const &value)
{
    bool const issuer = kind == lookup_kind_t::issuer;
    auto const key = issuer ? issuer_name_key(value) : person_name_key(value);
    auto const given_upper = upper(value);
    auto const rows = tx.exec(std::string{report_sql(issuer ? "all-issuer-names.sql" : "all-person-names.sql")});
    // Per issuer or person: the distance of its closest name, relative to the longer text.
    std::map<std::int64_t, std::pair<double, lookup_match_t>> best;
    for (auto const &row : rows) {
        std::string const candidate = row[4].c_str(); // a normalized name or a ticker
        auto relative = [&](std::string const &reference) {
            return static_cast<double>(edit_distance(reference, candidate)) /
                   static_cast<double>(std::max<std::size_t>({reference.size(), candidate.size(), 1}));
        };
        auto const distance = std::min(relative(key), relative(given_upper));
        auto const id = row[0].as<std::int64_t>();
        auto const it = best.find(id);
        if (it == best.end() || distance < it->second.first) {
            lookup_match_t m{id, 0, optional_text(row[1]), row[2].c_str(), optional_text(row[3]), {}, {}, {}};
            best[id] = {distance, std::move(m)};
        }
    }
    std::vector<std::pair<double, lookup_match_t>> ranked;
    ranked.reserve(best.size());
    for (auto &entry : best) {
        ranked.push_back(std::move(entry.second));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](auto const &a, auto const &b) { return a.first < b.first; });
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < ranked.size() && i < MAX_LISTED; ++i) {
        lines.push_back(describe(ranked[i].second, kind));
    }
    return lines;
}

} // namespace

std::vector<lookup_match_t> pick_matches(std::vector<lookup_match_t> const &matches)
{
    if (matches.empty()) {
        return {};
    }
    auto const level = std::min_element(matches.begin(), matches.end(), [](auto const &a, auto const &b) {
                           return a.level < b.level;
                       })->level;
    std::vector<lookup_match_t> best;
    std::set<std::string> keys;
    std::size_t with_cik = 0;
    for (auto const &m : matches) {
        if (m.level == level) {
            best.push_back(m);
            keys.insert(m.name_key);
            with_cik += m.cik ? 1 : 0;
        }
    }
    // One issuer or person, or one name under which a row with a CIK and rows without
    // CIK (filings that gave none) stand: all of them. Else the value is ambiguous.
    if (best.size() == 1 || (keys.size() == 1 && with_cik <= 1)) {
        return best;
    }
    return {};
}

std::vector<std::int64_t> look_up(pqxx::transaction_base &tx, lookup_kind_t kind, std::string_view report,
                                  std::string_view option, std::string const &value)
{
    bool const issuer = kind == lookup_kind_t::issuer;
    auto const key = issuer ? issuer_name_key(value) : person_name_key(value);
    auto const matches = read_matches(
        tx.exec_params(std::string{report_sql(issuer ? "find-issuers.sql" : "find-persons.sql")}, value, key));
    auto const picked = pick_matches(matches);
    if (!picked.empty()) {
        std::vector<std::int64_t> ids;
        ids.reserve(picked.size());
        for (auto const &m : picked) {
            ids.push_back(m.id);
        }
        return ids;
    }
    auto const what = issuer ? "issuer" : "person";
    if (!matches.empty()) {
        auto const level = matches.front().level; // the SQL orders by level
        std::vector<std::string> lines;
        for (auto const &m : matches) {
            if (m.level == level && lines.size() < MAX_LISTED) {
                lines.push_back(describe(m, kind));
            }
        }
        throw fmt_error("{}: --{} '{}' could mean any of these; give {}:\n{}", report, option, value,
                        issuer ? "its ticker, CIK or more of its name" : "the CIK or more of the name",
                        fmt::join(lines, "\n"));
    }
    auto const suggestions = closest(tx, kind, value);
    if (suggestions.empty()) {
        throw fmt_error("{}: no {} matches --{} '{}': the archive holds none yet", report, what, option, value);
    }
    throw fmt_error("{}: no {} matches --{} '{}'; the closest:\n{}", report, what, option, value,
                    fmt::join(suggestions, "\n"));
}
