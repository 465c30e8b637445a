// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-text-notes.hpp"

#include "parse/text-scan.hpp"

#include <fmt/format.h>

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
    if (pos == digits || pos - digits > FOOTNOTE_DIGITS_MAX) {
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

/// A signature line is a name and a date: a longer line is prose (a footnote, remarks).
constexpr std::size_t SIGNATURE_LINE_MAX = 400;

bool is_form_boilerplate(std::string_view line)
{
    auto const s = squash(line);
    for (std::string_view b :
         {"reminderreportonaseparateline", "personswhorespondtothecollection", "filethreecopiesofthisform",
          "iftheformisfiledbymorethanonereporting", "intentionalmisstatementsoromissions", "signatureofreportingperson",
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

/// The lines, each trimmed, without blank ones at either end, one text.
std::string join_lines(std::vector<std::string> const &lines)
{
    std::vector<std::string_view> kept;
    kept.reserve(lines.size());
    for (auto const &line : lines) {
        kept.push_back(trim(line));
    }
    while (!kept.empty() && kept.back().empty()) {
        kept.pop_back();
    }
    auto const first = std::find_if(kept.begin(), kept.end(), [](std::string_view l) { return !l.empty(); });
    return fmt::format("{}", fmt::join(first, kept.end(), "\n"));
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

/// "P.O. Box", "PO BOX", "P O Box": the letters of a PO box lie within this many bytes.
constexpr std::size_t PO_BOX_WINDOW = 8;

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
            squash(rest.substr(0, std::min(rest.size(), PO_BOX_WINDOW))).rfind("pobox", 0) == 0) {
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

/// City, state and zip: the last parts of an address, after at least one street part.
constexpr std::size_t ADDRESS_TAIL_PARTS = 3;

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
        auto const part = std::string_view{address}.substr(from, sep == std::string::npos ? sep : sep - from);
        parts.emplace_back(trim(part));
        if (sep == std::string::npos) {
            break;
        }
        from = sep + 2;
    }
    if (parts.size() >= ADDRESS_TAIL_PARTS + 1) {
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

/// The relationship columns of the Reporting Owners table, in order.
enum class relationship_column_t : std::uint8_t
{
    director,
    ten_percent_owner,
    officer,
    other
};

constexpr std::size_t RELATIONSHIP_COLUMNS = 4;
/// A row with faithful tabs: name and address, then the four relationship columns.
constexpr std::size_t OWNER_ROW_FIELDS = 1 + RELATIONSHIP_COLUMNS;

void set_relationship(reporting_owner_t *o, relationship_column_t column, std::string const &value)
{
    bool const x = value == "X" || value == "x";
    switch (column) {
    case relationship_column_t::director: o->is_director = true; break;
    case relationship_column_t::ten_percent_owner: o->is_ten_percent_owner = true; break;
    case relationship_column_t::officer:
        o->is_officer = true;
        if (!x) {
            o->officer_title = value;
        }
        break;
    case relationship_column_t::other:
        o->is_other = true;
        if (!x) {
            o->other_text = value;
        }
        break;
    }
}

/// The "Director 10% Owner Officer Other" header line, whose cells give the columns'
/// positions for rows whose tabs went missing.
bool is_relationship_header(std::string const &squashed, std::vector<cell_t> const &cells)
{
    return squashed == "directorownerofficerother" ||
           (squashed.rfind("director", 0) == 0 && squashed.find("officer") != std::string::npos && cells.size() >= 3 &&
            cells.size() <= RELATIONSHIP_COLUMNS);
}

/// Faithful tabs: each field after the name is one relationship column.
void read_tab_fields(std::string_view line, reporting_owner_t *owner)
{
    std::size_t field = 0;
    std::size_t start = 0;
    for (std::size_t pos = 0; pos <= line.size(); ++pos) {
        if (pos < line.size() && line[pos] != '\t') {
            continue;
        }
        auto const value = std::string{trim(line.substr(start, pos - start))};
        if (field > 0 && !value.empty()) {
            set_relationship(owner, static_cast<relationship_column_t>(field - 1), value);
        }
        ++field;
        start = pos + 1;
    }
}

/// The header column nearest to a cell.
relationship_column_t nearest_column(std::size_t at, std::vector<std::size_t> const &header_columns)
{
    auto const distance = [&](std::size_t k) {
        return at > header_columns[k] ? at - header_columns[k] : header_columns[k] - at;
    };
    std::size_t best = 0;
    for (std::size_t k = 1; k < RELATIONSHIP_COLUMNS; ++k) {
        if (distance(k) < distance(best)) {
            best = k;
        }
    }
    return static_cast<relationship_column_t>(best);
}

/// Cells after the name: by the header's column positions when known; else in order,
/// with a text rather than an X read as an officer title, or an other text when it
/// speaks of remarks.
void read_cells(std::vector<cell_t> const &cells, std::vector<std::size_t> const &header_columns,
                reporting_owner_t *owner)
{
    for (std::size_t j = 1; j < cells.size(); ++j) {
        std::optional<relationship_column_t> column;
        if (header_columns.size() == RELATIONSHIP_COLUMNS) {
            column = nearest_column(cells[j].column, header_columns);
        } else if (cells[j].text != "X" && cells[j].text != "x") {
            bool const remark = squash(cells[j].text).find("remark") != std::string::npos;
            column = remark ? relationship_column_t::other : relationship_column_t::officer;
        } else if (j - 1 < RELATIONSHIP_COLUMNS) {
            column = static_cast<relationship_column_t>(j - 1);
        }
        if (column) {
            set_relationship(owner, *column, cells[j].text);
        }
    }
}

} // namespace

std::vector<reporting_owner_t> parse_reporting_owners(std::vector<std::string_view> const &lines)
{
    std::vector<reporting_owner_t> owners;
    std::vector<std::size_t> header_columns;
    for (auto const line : lines) {
        auto const s = squash(line);
        if (s.empty() || s.rfind("reportingowner", 0) == 0 || is_form_boilerplate(line)) {
            continue;
        }
        auto const cells = split_cells(line);
        if (is_relationship_header(s, cells)) {
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
        if (tab_field_count(line) == OWNER_ROW_FIELDS) {
            read_tab_fields(line, &owner);
        } else {
            read_cells(cells, header_columns, &owner);
        }
        owners.push_back(std::move(owner));
    }
    return owners;
}

std::vector<signature_match_t> parse_signatures_above(std::vector<std::string_view> const &lines, std::size_t marker,
                                                      std::size_t floor)
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
        if (starts_footnote(line) || is_form_boilerplate(line) || trim(line).size() > SIGNATURE_LINE_MAX) {
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
                squash(name).rfind("remarks", 0) == 0 || name.size() > SIGNATURE_LINE_MAX) {
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
