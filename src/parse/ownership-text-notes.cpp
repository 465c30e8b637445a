// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-text-notes.hpp"

#include "parse/text-scan.hpp"

#include <algorithm>
#include <cctype>

namespace {

/// "- 1. text" -> ("1", "text"); nullopt when the line does not start a footnote.
std::optional<std::pair<std::string, std::string>> footnote_start(std::string_view line)
{
    auto s = trim(line);
    if (!s.empty() && (s.front() == '-' || s.front() == '*')) {
        // "- 1." is a list item; "* If the form is filed..." and "** Intentional" are not notes.
        if (s.front() == '*') {
            return std::nullopt;
        }
        s.remove_prefix(1);
        s = trim(s);
    }
    std::size_t pos = 0;
    bool paren = false;
    if (pos < s.size() && (s[pos] == '(' || s[pos] == '[')) {
        paren = true;
        ++pos;
    }
    if (pos < s.size() && (s[pos] == 'F' || s[pos] == 'f') && pos + 1 < s.size() &&
        std::isdigit(static_cast<unsigned char>(s[pos + 1]))) {
        ++pos;
    }
    auto const digits = pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) {
        ++pos;
    }
    if (pos == digits || pos - digits > 3) {
        return std::nullopt;
    }
    auto const id = s.substr(digits, pos - digits);
    if (paren) {
        if (pos >= s.size() || (s[pos] != ')' && s[pos] != ']')) {
            return std::nullopt;
        }
        ++pos;
    } else {
        if (pos >= s.size() || (s[pos] != '.' && s[pos] != ')' && s[pos] != ':')) {
            return std::nullopt;
        }
        ++pos;
    }
    if (pos < s.size() && s[pos] != ' ' && s[pos] != '\t') {
        return std::nullopt; // "1.5 million", "1)text"
    }
    return std::pair{footnote_id(id), std::string{trim(s.substr(pos))}};
}

bool is_form_boilerplate(std::string_view line)
{
    auto const s = squash(line);
    for (std::string_view b : {"reminderreportonaseparateline", "personswhorespondtothecollection",
                               "filethreecopiesofthisform", "iftheformisfiledbymorethanonereporting",
                               "intentionalmisstatementsoromissions", "signatureofreportingperson",
                               "ifspaceisinsufficient"}) {
        if (s.find(b) != std::string::npos) {
            return true;
        }
    }
    return false;
}

/// The date at the end of a line, and where it starts; nullopt when the line does not end
/// with one.
std::optional<std::pair<date_t, std::size_t>> trailing_date(std::string_view line)
{
    auto const t = trim(line);
    auto const space = t.find_last_of(" \t");
    auto const word = space == std::string_view::npos ? t : t.substr(space + 1);
    auto const d = date_t::parse(word);
    if (!d) {
        return std::nullopt;
    }
    return std::pair{*d, static_cast<std::size_t>(word.data() - line.data())};
}

std::string join_lines(std::vector<std::string> lines)
{
    while (!lines.empty() && trim(lines.back()).empty()) {
        lines.pop_back();
    }
    while (!lines.empty() && trim(lines.front()).empty()) {
        lines.erase(lines.begin());
    }
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            out += '\n';
        }
        out += trim(lines[i]);
    }
    return out;
}

} // namespace

bool starts_footnote(std::string_view line) { return footnote_start(line).has_value(); }

std::vector<footnote_t> parse_footnotes(std::vector<std::string_view> const &lines)
{
    std::vector<footnote_t> notes;
    std::vector<std::string> current;
    std::string id;
    auto flush = [&]() {
        if (!id.empty()) {
            // A note is prose: its line breaks are layout (as in the XML it came from).
            auto text = collapse_spaces(join_lines(current));
            auto const same = std::find_if(notes.begin(), notes.end(), [&](auto const &n) { return n.id == id; });
            if (same == notes.end()) {
                notes.push_back(footnote_t{id, std::move(text)});
            }
        }
        current.clear();
        id.clear();
    };
    for (auto const line : lines) {
        if (is_form_boilerplate(line)) {
            continue;
        }
        if (auto const start = footnote_start(line)) {
            flush();
            id = start->first;
            current.push_back(start->second);
        } else if (!id.empty()) {
            current.emplace_back(line);
        }
    }
    flush();
    return notes;
}

std::optional<std::string> parse_remarks(std::vector<std::string_view> const &lines)
{
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto line = lines[i];
        if (i == 0) {
            // "Remarks:" may be followed by the text on the same line.
            auto const colon = line.find(':');
            line = colon == std::string_view::npos ? std::string_view{} : line.substr(colon + 1);
        }
        if (is_form_boilerplate(line)) {
            continue;
        }
        kept.emplace_back(line);
    }
    auto text = join_lines(kept);
    if (text.empty()) {
        return std::nullopt;
    }
    return text;
}

namespace {

bool is_entity_word(std::string_view word)
{
    auto const s = squash(word);
    for (std::string_view w : {"lp", "llc", "inc", "ltd", "fund", "trust", "partners", "corp", "co", "plc", "llp",
                               "holdings", "capital", "ventures"}) {
        if (s == w) {
            return true;
        }
    }
    return false;
}

/// Where the address starts in "NAME STREET, CITY, ST, ZIP": at "C/O", a PO box, or a
/// word starting with a digit, unless the words up to the next comma still read as a
/// name ("Fund 2010 LP 123 MAIN ST").
std::size_t address_start(std::string_view text)
{
    for (std::size_t pos = 1; pos < text.size(); ++pos) {
        if (text[pos - 1] != ' ') {
            continue;
        }
        auto const rest = text.substr(pos);
        if (rest.rfind("C/O", 0) == 0 || rest.rfind("c/o", 0) == 0 || rest.rfind("P.O.", 0) == 0 ||
            squash(rest.substr(0, std::min<std::size_t>(rest.size(), 8))).rfind("pobox", 0) == 0) {
            return pos;
        }
        if (std::isdigit(static_cast<unsigned char>(rest[0])) == 0) {
            continue;
        }
        auto const segment = rest.substr(0, rest.find(", "));
        bool entity = false;
        std::size_t w = 0;
        while (w < segment.size()) {
            auto const end = std::min(segment.find(' ', w), segment.size());
            entity = entity || (w > 0 && is_entity_word(segment.substr(w, end - w)));
            w = end + 1;
        }
        if (!entity) {
            return pos;
        }
    }
    return std::string_view::npos;
}

/// "NAME STREET, CITY, ST, ZIP" -> owner fields.
reporting_owner_t split_owner_cell(std::string_view cell)
{
    reporting_owner_t o;
    auto const text = trim(cell);
    auto const start = address_start(text);
    if (start == std::string_view::npos) {
        o.name = std::string{text};
        return o;
    }
    o.name = std::string{trim(text.substr(0, start))};
    // Address parts are separated by ", "; a part may keep a comma of its own ("LONDON,").
    std::vector<std::string> parts;
    auto const address = std::string{text.substr(start)};
    std::size_t from = 0;
    while (true) {
        auto const sep = address.find(", ", from);
        parts.push_back(std::string{trim(std::string_view{address}.substr(from, sep == std::string::npos ? std::string::npos : sep - from))});
        if (sep == std::string::npos) {
            break;
        }
        from = sep + 2;
    }
    if (parts.size() >= 4) {
        o.zip = parts.back();
        parts.pop_back();
        o.state = parts.back();
        parts.pop_back();
        o.city = parts.back();
        parts.pop_back();
    }
    // More street parts than two lines: the first ones were one line with commas in it.
    while (parts.size() > 2) {
        parts[0] += ", " + parts[1];
        parts.erase(parts.begin() + 1);
    }
    if (!parts.empty()) {
        o.street1 = parts[0];
    }
    if (parts.size() > 1) {
        o.street2 = parts[1];
    }
    for (auto *f : {&o.street1, &o.street2, &o.city, &o.state, &o.zip}) {
        if (*f && f->value().empty()) {
            f->reset();
        }
    }
    return o;
}

void set_relationship(reporting_owner_t *o, int column, std::string const &value)
{
    bool const x = value == "X" || value == "x";
    switch (column) {
    case 0: o->is_director = true; break;
    case 1: o->is_ten_percent_owner = true; break;
    case 2:
        o->is_officer = true;
        if (!x) {
            o->officer_title = value;
        }
        break;
    case 3:
        o->is_other = true;
        if (!x) {
            o->other_text = value;
        }
        break;
    default: break;
    }
}

} // namespace

std::vector<reporting_owner_t> parse_reporting_owners(std::vector<std::string_view> const &lines)
{
    std::vector<reporting_owner_t> owners;
    // Column positions from the "Director 10% Owner Officer Other" header, for rows whose
    // tabs went missing.
    std::vector<std::size_t> header_columns;
    for (auto const line : lines) {
        auto const s = squash(line);
        if (s.empty() || s.rfind("reportingowner", 0) == 0 || is_form_boilerplate(line)) {
            continue;
        }
        auto const cells = split_cells(line);
        if (s == "directorownerofficerother" || (s.rfind("director", 0) == 0 && s.find("officer") != std::string::npos &&
                                                 cells.size() >= 3 && cells.size() <= 4)) {
            header_columns.clear();
            for (auto const &c : cells) {
                header_columns.push_back(c.column);
            }
            continue;
        }
        if (cells.empty() || (line[0] == '\t' || line[0] == ' ')) {
            continue;
        }
        auto owner = split_owner_cell(cells[0].text);
        if (owner.name.empty()) {
            continue;
        }
        auto const fields = tab_field_count(line);
        if (fields == 5) {
            // Faithful tabs: name/address, Director, 10% Owner, Officer, Other.
            std::size_t f = 0;
            std::size_t start = 0;
            for (std::size_t pos = 0; pos <= line.size(); ++pos) {
                if (pos == line.size() || line[pos] == '\t') {
                    auto const value = std::string{trim(line.substr(start, pos - start))};
                    if (f > 0 && !value.empty()) {
                        set_relationship(&owner, static_cast<int>(f - 1), value);
                    }
                    ++f;
                    start = pos + 1;
                }
            }
        } else {
            for (std::size_t j = 1; j < cells.size(); ++j) {
                int column = static_cast<int>(j - 1);
                if (header_columns.size() == 4) {
                    // The header column nearest to the cell.
                    std::size_t best = 0;
                    for (std::size_t k = 1; k < 4; ++k) {
                        auto const dk = cells[j].column > header_columns[k] ? cells[j].column - header_columns[k]
                                                                            : header_columns[k] - cells[j].column;
                        auto const db = cells[j].column > header_columns[best] ? cells[j].column - header_columns[best]
                                                                               : header_columns[best] - cells[j].column;
                        if (dk < db) {
                            best = k;
                        }
                    }
                    column = static_cast<int>(best);
                } else if (cells[j].text != "X" && cells[j].text != "x") {
                    column = squash(cells[j].text).find("remark") != std::string::npos ? 3 : 2;
                }
                set_relationship(&owner, column, cells[j].text);
            }
        }
        owners.push_back(std::move(owner));
    }
    return owners;
}

std::vector<signature_match_t> parse_signatures_above(std::vector<std::string_view> const &lines,
                                                      std::size_t marker, std::size_t floor)
{
    std::vector<signature_match_t> found;
    std::size_t i = marker;
    auto prev_nonblank = [&](std::size_t from) -> std::optional<std::size_t> {
        while (from > floor) {
            --from;
            if (!trim(lines[from]).empty()) {
                return from;
            }
        }
        return std::nullopt;
    };
    while (auto const at = prev_nonblank(i)) {
        auto const line = lines[*at];
        if (starts_footnote(line) || is_form_boilerplate(line) || trim(line).size() > 400) {
            break;
        }
        auto const t = trim(line);
        if (auto const d = date_t::parse(t)) {
            auto const name_at = prev_nonblank(*at);
            if (!name_at) {
                break;
            }
            auto const name = trim(lines[*name_at]);
            if (date_t::parse(name) || trailing_date(name) || starts_footnote(name) || is_form_boilerplate(name) ||
                squash(name).rfind("remarks", 0) == 0 || name.size() > 400) {
                break;
            }
            found.push_back({signature_t{std::string{name}, d}, *name_at});
            i = *name_at;
            continue;
        }
        if (auto const td = trailing_date(line)) {
            auto const name = trim(line.substr(0, td->second));
            if (name.empty()) {
                break;
            }
            found.push_back({signature_t{std::string{name}, td->first}, *at});
            i = *at;
            continue;
        }
        break;
    }
    std::reverse(found.begin(), found.end());
    return found;
}
