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

/// The lines that start the sections below the header.
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

/// A section title is one short line; a longer one is prose that mentions a table.
constexpr std::size_t ANCHOR_LINE_MAX = 220;
/// "Table I" is looked for in the first letters of a line, where a title starts.
constexpr std::size_t TABLE_WORD_WINDOW = 8;
/// "Explanation of Responses:" with a little around it ("## Explanation of Responses",
/// "Explanation of Responses (continued)"); longer lines are sentences that cite it.
constexpr std::size_t EXPLANATION_MIN = 18;
constexpr std::size_t EXPLANATION_MAX = 30;
/// A bare "Remarks" heading ("Remarks", "**Remarks**"); with a colon, the remarks may
/// follow on the same line.
constexpr std::size_t REMARKS_HEADING_MAX = 20;
/// "** Signature of Reporting Person" and its date label, not a sentence about it.
constexpr std::size_t SIGNATURE_MARKER_MAX = 60;

anchor_t table_anchor_of(std::string const &s)
{
    if (s.rfind("table", 0) == 0 || fuzzy_contains(s.substr(0, std::min(s.size(), TABLE_WORD_WINDOW)), "table", 1)) {
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
    if (s.rfind("nonderivativesecuritiesacquired", 0) == 0 || s.rfind("nonderivativesecuritiesbeneficially", 0) == 0) {
        return anchor_t::table1;
    }
    return anchor_t::none;
}

anchor_t anchor_of(std::string_view line)
{
    auto const t = trim(line);
    if (t.empty() || t.size() > ANCHOR_LINE_MAX) {
        return anchor_t::none;
    }
    auto const s = squash(t);
    if (auto const table = table_anchor_of(s); table != anchor_t::none) {
        return table;
    }
    if (s.size() >= EXPLANATION_MIN && s.size() <= EXPLANATION_MAX && fuzzy_contains(s, "explanationofresponses", 2)) {
        return anchor_t::explanation;
    }
    bool const remarks_heading = s == "remarks" && t.size() < REMARKS_HEADING_MAX;
    bool const remarks_label = t.find(':') != std::string_view::npos;
    if (s.rfind("remarks", 0) == 0 && (remarks_heading || remarks_label)) {
        return anchor_t::remarks;
    }
    if (s == "reportingowners" || s.rfind("reportingownernameaddress", 0) == 0) {
        return anchor_t::owners;
    }
    if (s.size() < SIGNATURE_MARKER_MAX && fuzzy_contains(s, "signatureofreportingperson", 2)) {
        return anchor_t::signature_marker;
    }
    return anchor_t::none;
}

/// Where a form's title and first boxes are looked for: the start of a document, so that
/// telling a long prospectus from a form stays cheap.
constexpr std::size_t FORM_HEAD_BYTES = 6000;

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

/**
 * The sections of a rendering, by the lines that start them, in whatever order they
 * come: the header before the first, each section up to the next, and the signatures
 * above the "Signature of Reporting Person" line, which end the section they follow.
 */
class sections_t
{
public:
    explicit sections_t(std::vector<std::string_view> const &lines) : m_lines(lines)
    {
        for (std::size_t i = 0; i < lines.size(); ++i) {
            auto const a = anchor_of(lines[i]);
            // The first of each kind counts (the footer repeats some words).
            if (a != anchor_t::none && !find(a)) {
                m_anchors.emplace_back(i, a);
            }
        }
    }

    std::vector<std::string_view> header() const { return slice(m_lines, 0, header_end()); }

    /// The signatures, found once the header is known to be a form's.
    std::vector<signature_match_t> read_signatures()
    {
        auto const marker = find(anchor_t::signature_marker).value_or(m_lines.size());
        std::size_t floor = header_end();
        for (auto const &[i, kind] : m_anchors) {
            if (i < marker && kind != anchor_t::signature_marker) {
                floor = std::max(floor, i);
            }
        }
        auto signatures = parse_signatures_above(m_lines, marker, floor);
        m_signature_start = signatures.empty() ? m_lines.size() : signatures.front().first_line;
        return signatures;
    }

    /// The lines of a section after its title; none when the document has no such section.
    std::vector<std::string_view> body(anchor_t a) const
    {
        auto const start = find(a);
        if (!start) {
            return {};
        }
        auto end = section_end(*start);
        if (*start < m_signature_start) {
            end = std::min(end, m_signature_start);
        }
        return slice(m_lines, *start + 1, end);
    }

    /// The lines of a section, its title line first.
    std::vector<std::string_view> with_title(anchor_t a) const
    {
        auto const start = find(a);
        if (!start) {
            return {};
        }
        auto lines = body(a);
        lines.insert(lines.begin(), m_lines[*start]);
        return lines;
    }

private:
    std::optional<std::size_t> find(anchor_t a) const
    {
        for (auto const &[i, kind] : m_anchors) {
            if (kind == a) {
                return i;
            }
        }
        return std::nullopt;
    }

    std::size_t header_end() const { return m_anchors.empty() ? m_lines.size() : m_anchors.front().first; }

    std::size_t section_end(std::size_t start) const
    {
        std::size_t end = m_lines.size();
        for (auto const &[i, kind] : m_anchors) {
            if (i > start && i < end) {
                end = i;
            }
        }
        return end;
    }

    std::vector<std::string_view> const &m_lines;
    std::vector<std::pair<std::size_t, anchor_t>> m_anchors;
    std::size_t m_signature_start = m_lines.size(); ///< where the signatures start, once read
};

/// Why the header cannot be a form's; empty when it can.
std::string header_error(ownership_header_t const &header)
{
    if (!header.form) {
        return "not an ownership form: no Form 3, 4 or 5 heading";
    }
    if (header.issuer.name.empty()) {
        return "incomplete ownership form: no issuer name (box 'Issuer Name and Ticker or Trading Symbol')";
    }
    if (header.owner.name.empty()) {
        return "incomplete ownership form: no reporting person name (box 'Name and Address of Reporting Person')";
    }
    return {};
}

/// The header's owner, then the others of a joint filing's Reporting Owners table. The
/// header has the first owner's address in full; the table has this owner's boxes too.
std::vector<reporting_owner_t> merge_owners(reporting_owner_t const &first_owner,
                                            std::vector<reporting_owner_t> table_owners)
{
    std::vector<reporting_owner_t> owners{first_owner};
    auto const key = person_name_key(first_owner.name);
    for (auto &o : table_owners) {
        if (person_name_key(o.name) != key) {
            owners.push_back(std::move(o));
            continue;
        }
        auto &first = owners.front();
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
    }
    return owners;
}

/// The answer of a check box at the top: marked means true; unmarked means false only
/// where the form has the box.
std::optional<bool> box_answer(check_box_t const &box, bool form_has_box)
{
    if (box.marked) {
        return true;
    }
    if (box.shown && form_has_box) {
        return false;
    }
    return std::nullopt;
}

/// The latest signature date, else the period: when the form was filed, near enough.
std::optional<date_t> filed_about(filing_t const &f)
{
    std::optional<date_t> filed;
    for (auto const &s : f.signatures) {
        if (s.date && (!filed || *s.date > *filed)) {
            filed = s.date;
        }
    }
    return filed ? filed : f.period_of_report;
}

/// Form type, issuer and dates from the header.
void apply_header(ownership_header_t const &header, filing_t *f)
{
    f->kind = document_kind_t::ownership;
    std::string form{*header.form};
    if (header.original_filed) {
        form += "/A";
        f->date_of_original_submission = header.original_filed;
    }
    f->form_type = form_type_t::parse(form);
    f->issuer = header.issuer;
    f->period_of_report = header.period_of_report;
}

void read_tables(sections_t const &sections, bool initial, filing_t *f)
{
    f->non_derivative = parse_ownership_table(
        sections.body(anchor_t::table1),
        initial ? table_layout_t::initial_non_derivative : table_layout_t::changes_non_derivative, &f->warnings);
    f->derivative = parse_ownership_table(
        sections.body(anchor_t::table2),
        initial ? table_layout_t::initial_derivative : table_layout_t::changes_derivative, &f->warnings);
}

} // namespace

bool looks_like_ownership_text(std::string_view normalized)
{
    auto const head = squash(normalized.substr(0, std::min(normalized.size(), FORM_HEAD_BYTES)));
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
    sections_t sections{lines};
    auto const header = parse_ownership_header(sections.header());
    result.error = header_error(header);
    if (!result.error.empty()) {
        return result;
    }
    auto const signatures = sections.read_signatures();

    filing_t f;
    apply_header(header, &f);
    bool const initial = *header.form == '3';
    read_tables(sections, initial, &f);
    f.footnotes = parse_footnotes(sections.body(anchor_t::explanation));
    f.remarks = parse_remarks(sections.with_title(anchor_t::remarks));
    for (auto const &s : signatures) {
        f.signatures.push_back(s.signature);
    }
    f.owners = merge_owners(header.owner, parse_reporting_owners(sections.body(anchor_t::owners)));
    if (!initial) {
        // Form 3 has neither box.
        auto const filed = filed_about(f);
        f.not_subject_to_section16 = box_answer(header.section16, true);
        f.aff10b5one = box_answer(header.aff10b5one, filed && day_number(*filed) >= AFF10B5ONE_SINCE);
    }
    result.filing = std::move(f);
    return result;
}
