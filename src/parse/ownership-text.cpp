// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-text.hpp"

#include "model/name-key.hpp"
#include "parse/ownership-text-header.hpp"
#include "parse/ownership-text-notes.hpp"
#include "parse/ownership-text-table.hpp"
#include "parse/text-scan.hpp"

#include <algorithm>
#include <array>

namespace {

enum class anchor_t : std::uint8_t
{
    none,
    table1,
    table2,
    explanation,
    remarks,
    owners,
    signature_marker
};

anchor_t anchor_of(std::string_view line)
{
    auto const t = trim(line);
    if (t.empty() || t.size() > 220) {
        return anchor_t::none;
    }
    auto const s = squash(t);
    if (s.rfind("table", 0) == 0 || fuzzy_contains(s.substr(0, std::min<std::size_t>(s.size(), 8)), "table", 1)) {
        if (s.find("nonderivative") != std::string::npos || fuzzy_contains(s, "nonderivativesecurities", 2)) {
            return anchor_t::table1;
        }
        if (s.find("derivative") != std::string::npos || fuzzy_contains(s, "derivativesecurities", 2)) {
            return anchor_t::table2;
        }
    }
    if (s.find("putscallswarrants") != std::string::npos && s.find("titleof") == std::string::npos) {
        return anchor_t::table2;
    }
    if ((s.rfind("nonderivativesecuritiesacquired", 0) == 0 || s.rfind("nonderivativesecuritiesbeneficially", 0) == 0)) {
        return anchor_t::table1;
    }
    if (s.size() <= 30 && fuzzy_contains(s, "explanationofresponses", 2) && s.size() >= 18) {
        return anchor_t::explanation;
    }
    if (s.rfind("remarks", 0) == 0 && (s.size() == 7 || t.find(':') != std::string_view::npos) && t.size() < 20 + (t.find(':') != std::string_view::npos ? 1000 : 0)) {
        return anchor_t::remarks;
    }
    if (s == "reportingowners" || s.rfind("reportingownernameaddress", 0) == 0) {
        return anchor_t::owners;
    }
    if (fuzzy_contains(s, "signatureofreportingperson", 2) && s.size() < 60) {
        return anchor_t::signature_marker;
    }
    return anchor_t::none;
}

/// The aff10b5One box appeared on Forms 4 and 5 filed from April 1, 2023. An unmarked
/// box on a later form says "no"; on an earlier one the form had no such box.
constexpr int AFF10B5ONE_SINCE = 20230401;

int day_number(date_t const &d) { return d.year() * 10000 + static_cast<int>(d.month() * 100 + d.day()); }

std::vector<std::string_view> slice(std::vector<std::string_view> const &lines, std::size_t from, std::size_t to)
{
    if (from >= to || from >= lines.size()) {
        return {};
    }
    return {lines.begin() + static_cast<long>(from), lines.begin() + static_cast<long>(std::min(to, lines.size()))};
}

} // namespace

bool looks_like_ownership_text(std::string_view normalized)
{
    auto const head = squash(normalized.substr(0, std::min<std::size_t>(normalized.size(), 6000)));
    bool const statement = fuzzy_contains(head, "statementofchangesinbeneficialownership", 3) ||
                           fuzzy_contains(head, "initialstatementofbeneficialownership", 3);
    bool const boxes = head.find("reportingperson") != std::string::npos &&
                       (head.find("tickerortradingsymbol") != std::string::npos ||
                        head.find("relationshipofreportingperson") != std::string::npos);
    return statement || boxes;
}

ownership_text_result_t parse_ownership_text(std::string_view normalized)
{
    ownership_text_result_t result;
    auto const lines = split_lines(normalized);

    // Sections by their anchors, in whatever order they come.
    std::vector<std::pair<std::size_t, anchor_t>> anchors;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto const a = anchor_of(lines[i]);
        if (a == anchor_t::none) {
            continue;
        }
        // The first of each kind counts (the footer repeats some words).
        bool const seen = std::any_of(anchors.begin(), anchors.end(), [&](auto const &p) { return p.second == a; });
        if (!seen) {
            anchors.emplace_back(i, a);
        }
    }
    auto find = [&](anchor_t a) -> std::optional<std::size_t> {
        for (auto const &[i, kind] : anchors) {
            if (kind == a) {
                return i;
            }
        }
        return std::nullopt;
    };
    auto section_end = [&](std::size_t start) {
        std::size_t end = lines.size();
        for (auto const &[i, kind] : anchors) {
            if (i > start && i < end) {
                end = i;
            }
        }
        return end;
    };

    std::size_t const header_end = anchors.empty() ? lines.size() : anchors.front().first;
    auto const header = parse_ownership_header(slice(lines, 0, header_end));
    if (!header.form) {
        result.error = "not an ownership form: no Form 3, 4 or 5 heading";
        return result;
    }
    if (header.issuer.name.empty()) {
        result.error = "incomplete ownership form: no issuer name (box 'Issuer Name and Ticker or Trading Symbol')";
        return result;
    }
    if (header.owner.name.empty()) {
        result.error = "incomplete ownership form: no reporting person name (box 'Name and Address of Reporting Person')";
        return result;
    }

    // Signatures sit above the "Signature of Reporting Person" line; the sections above
    // them end where they start.
    auto const marker = find(anchor_t::signature_marker);
    std::size_t floor = header_end;
    for (auto const &[i, kind] : anchors) {
        if (i < marker.value_or(lines.size()) && kind != anchor_t::signature_marker) {
            floor = std::max(floor, i);
        }
    }
    auto const signatures = parse_signatures_above(lines, marker.value_or(lines.size()), floor);
    std::size_t const signature_start = signatures.empty() ? lines.size() : signatures.front().first_line;
    auto body = [&](std::optional<std::size_t> start) -> std::vector<std::string_view> {
        if (!start) {
            return {};
        }
        auto end = section_end(*start);
        if (*start < signature_start) {
            end = std::min(end, signature_start);
        }
        return slice(lines, *start + 1, end);
    };
    auto section = [&](std::optional<std::size_t> start) -> std::vector<std::string_view> {
        if (!start) {
            return {};
        }
        auto lines_of = body(start);
        lines_of.insert(lines_of.begin(), lines[*start]);
        return lines_of;
    };

    filing_t f;
    f.kind = document_kind_t::ownership;
    std::string form{*header.form};
    if (header.original_filed) {
        form += "/A";
        f.date_of_original_submission = header.original_filed;
    }
    f.form_type = form_type_t::parse(form);
    f.issuer = header.issuer;
    f.period_of_report = header.period_of_report;

    bool const initial = *header.form == '3';
    f.non_derivative = parse_ownership_table(
        body(find(anchor_t::table1)),
        initial ? table_layout_t::initial_non_derivative : table_layout_t::changes_non_derivative, &f.warnings);
    f.derivative = parse_ownership_table(
        body(find(anchor_t::table2)), initial ? table_layout_t::initial_derivative : table_layout_t::changes_derivative,
        &f.warnings);
    f.footnotes = parse_footnotes(body(find(anchor_t::explanation)));
    f.remarks = parse_remarks(section(find(anchor_t::remarks)));
    for (auto const &s : signatures) {
        f.signatures.push_back(s.signature);
    }

    // Owners: the header's, then the others of a joint filing's Reporting Owners table.
    f.owners.push_back(header.owner);
    auto const key = person_name_key(header.owner.name);
    for (auto &o : parse_reporting_owners(body(find(anchor_t::owners)))) {
        if (person_name_key(o.name) == key) {
            // The header has the address in full; the table has this owner's boxes too.
            auto &first = f.owners.front();
            first.is_director = first.is_director || o.is_director;
            first.is_ten_percent_owner = first.is_ten_percent_owner || o.is_ten_percent_owner;
            first.is_officer = first.is_officer || o.is_officer;
            first.is_other = first.is_other || o.is_other;
            if (!first.officer_title) {
                first.officer_title = o.officer_title;
            }
            if (!first.other_text) {
                first.other_text = o.other_text;
            }
            continue;
        }
        f.owners.push_back(std::move(o));
    }

    // The two boxes at the top: marked means true; unmarked means false only where the
    // form has the box.
    if (!initial) {
        if (header.section16_box) {
            f.not_subject_to_section16 = true;
        } else if (header.section16_box_shown) {
            f.not_subject_to_section16 = false;
        }
        std::optional<date_t> filed;
        for (auto const &s : f.signatures) {
            if (s.date && (!filed || *s.date > *filed)) {
                filed = s.date;
            }
        }
        if (!filed) {
            filed = f.period_of_report;
        }
        if (header.aff10b5one_box) {
            f.aff10b5one = true;
        } else if (header.aff10b5one_box_shown && filed && day_number(*filed) >= AFF10B5ONE_SINCE) {
            f.aff10b5one = false;
        }
    }
    result.filing = std::move(f);
    return result;
}
