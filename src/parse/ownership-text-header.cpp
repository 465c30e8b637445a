// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-text-header.hpp"

#include "parse/text-scan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

// The boxes above Table I, one reader each: the form and the check boxes at the top, then
// box 2 (the issuer), box 1 (the reporting person's name), box 5 (relationship and role),
// box 1 again (the address, which stops where the role's text starts), and boxes 3 and 4
// (the dates). Every reader looks at the same header_view_t and returns what it found;
// parse_ownership_header() puts the answers together.

namespace {

/// A label as it is matched: squashed (letters only, lower case), with how many letters
/// OCR may have changed, added or dropped in it.
struct label_t
{
    std::string_view squashed;
    int max_edits;
};

// Labels of the boxes. Longer labels allow more damage, about one letter in eight to ten:
// what OCR does to a box label, too little to make it read as another label or a value.
constexpr label_t NAME_LABEL{"nameandaddressofreportingperson", 4};
/// The name box's label when the rest of it ("of Reporting Person*") is on the next line.
constexpr label_t NAME_LABEL_START{"nameandaddress", 2};
constexpr std::string_view ISSUER_LABEL = "issuernameandtickerortradingsymbol";
/// What tells an issuer cell whose text starts with "[": its label, whole or half.
constexpr label_t TICKER_LABEL{"tradingsymbol", 2};
constexpr label_t ISSUER_NAME_LABEL{"issuername", 1};
/// The period box of Form 4, Form 3 and Form 5, matched without their "(Month/Day/Year)",
/// so that a cell holding the label alone counts.
constexpr std::array<label_t, 3> PERIOD_LABELS{{{"dateofearliesttransaction", 3},
                                                {"dateofeventrequiringstatement", 3},
                                                {"statementforissuersfiscalyearended", 3}}};
/// The amendment box, "4. If Amendment, Date of Original Filed (Month/Day/Year)", by its
/// first 24 letters: enough to tell it from every other box, whatever the end says.
constexpr label_t AMENDMENT_LABEL{"ifamendmentdateoforigina", 3};
/// The end of a date label: the value follows it in the same cell.
constexpr std::string_view DATE_LABEL_END = "Year)";

/// A line naming the form ("FORM 4", "Form 4/A **") is short; a longer one that starts
/// with "form" is a sentence ("Form filed by One Reporting Person").
constexpr std::size_t FORM_TITLE_MAX = 12;
/// The form's title or its OMB number, when no "FORM 4" line survived. The Form 5 title
/// comes before Form 4's, which it contains.
constexpr std::array<std::pair<std::string_view, char>, 3> FORM_TITLES{{
    {"initialstatementofbeneficialownership", '3'},
    {"annualstatementofchanges", '5'},
    {"statementofchangesinbeneficialownership", '4'},
}};
constexpr std::array<std::pair<std::string_view, char>, 3> FORM_OMB_NUMBERS{{
    {"3235-0104", '3'},
    {"3235-0362", '5'},
    {"3235-0287", '4'},
}};

/// Fragments that only labels and form text contain: a cell holding one is no value.
constexpr std::array<std::string_view, 22> LABEL_FRAGMENTS{
    "nameandaddress",      "reportingperson", "issuername",   "tickerortrading", "tradingsymbol",  "relationshipof",
    "checkallapplicable",  "officergive",     "givetitle",    "otherspecify",    "specifybelow",   "dateofearliest",
    "earliesttransaction", "eventrequiring",  "fiscalyear",   "ifamendment",     "dateoforiginal", "individualorjoint",
    "jointgroup",          "formfiledby",     "monthdayyear", "instruction"};
/// Markers under the name and address boxes: "(Last) (First) (Middle)", "(Street)",
/// "(City) (State) (Zip)", each alone or the first of several in one cell.
constexpr std::array<std::string_view, 7> ADDRESS_MARKERS{"last", "first", "middle", "street", "city", "state", "zip"};
constexpr std::array<std::string_view, 3> ADDRESS_MARKER_STARTS{"middle", "last", "city"};
/// What is left of the relationship box when its X marks are on other lines.
constexpr std::array<std::string_view, 8> RELATIONSHIP_REMNANTS{
    "director", "owner", "officer", "other", "directorowner", "xdirectorowner", "xdirector", "xowner"};
/// What OCR leaves of "Reporting Person*" ("erson *"): a short cell ending in the label's
/// asterisk.
constexpr std::size_t LABEL_REMNANT_MAX = 12;

template <std::size_t N>
bool is_one_of(std::string_view s, std::array<std::string_view, N> const &words)
{
    return std::find(words.begin(), words.end(), s) != words.end();
}

bool is_address_marker(std::string_view text, std::string_view squashed)
{
    if (text.front() != '(') {
        return false;
    }
    return is_one_of(squashed, ADDRESS_MARKERS) ||
           std::any_of(ADDRESS_MARKER_STARTS.begin(), ADDRESS_MARKER_STARTS.end(),
                       [&](std::string_view start) { return squashed.rfind(start, 0) == 0; });
}

/// True for a cell that holds a label, a marker or form text rather than a value.
bool is_label_cell(std::string_view text)
{
    auto const s = squash(text);
    if (s.empty()) {
        return !std::any_of(text.begin(), text.end(),
                            [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    }
    if (is_address_marker(text, s)) {
        return true;
    }
    if (std::any_of(LABEL_FRAGMENTS.begin(), LABEL_FRAGMENTS.end(),
                    [&](std::string_view fragment) { return s.find(fragment) != std::string::npos; })) {
        return true;
    }
    if (text.back() == '*' && s.size() <= LABEL_REMNANT_MAX) {
        return true;
    }
    return is_one_of(s, RELATIONSHIP_REMNANTS);
}

/// True for a marker cell "(Street)", "(City) (State) (Zip)" whose first word is `which`.
bool is_marker_cell(std::string_view text, std::string_view which)
{
    auto const s = squash(text);
    return !text.empty() && text.front() == '(' && s.rfind(which, 0) == 0;
}

/// Where the first date of `text` starts, and the date; npos when none.
std::pair<std::size_t, std::optional<date_t>> find_date(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        if (!std::isdigit(static_cast<unsigned char>(text[pos])) ||
            (pos > 0 && std::isdigit(static_cast<unsigned char>(text[pos - 1])))) {
            continue;
        }
        auto end = pos;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '/')) {
            ++end;
        }
        if (auto const d = date_t::parse(text.substr(pos, end - pos))) {
            return {pos, d};
        }
    }
    return {std::string_view::npos, std::nullopt};
}

bool has_date(std::string_view text) { return find_date(text).first != std::string_view::npos; }

/// A cell after more than one separator: a box left empty lies between it and the cell before.
bool follows_empty_cell(cell_t const &cell) noexcept { return cell.gap > 1; }

/// The header as every reader sees it: its lines, their cells, and the whole text.
struct header_view_t
{
    std::vector<std::string_view> const &lines;
    std::vector<std::vector<cell_t>> cells;  ///< the non-empty cells of each line
    std::vector<std::string> squashed_lines; ///< squash() of each line
    std::string text;                        ///< the lines, each ended by '\n'
    std::string squashed;                    ///< squash(text)

    explicit header_view_t(std::vector<std::string_view> const &header_lines) : lines(header_lines)
    {
        cells.reserve(lines.size());
        squashed_lines.reserve(lines.size());
        for (auto const line : lines) {
            cells.push_back(split_cells(line));
            squashed_lines.push_back(squash(line));
            text += line;
            text += '\n';
        }
        squashed = squash(text);
    }
};

// --- The form and the check boxes at the top ---

std::optional<char> read_form(header_view_t const &view)
{
    for (std::size_t i = 0; i < view.lines.size(); ++i) {
        auto const t = trim(view.lines[i]);
        if (view.squashed_lines[i].rfind("form", 0) != 0 || t.size() > FORM_TITLE_MAX) {
            continue;
        }
        auto const digit = t.find_first_of("345");
        if (digit != std::string_view::npos) {
            return t[digit];
        }
    }
    for (auto const &[title, form] : FORM_TITLES) {
        if (view.squashed.find(title) != std::string::npos) {
            return form;
        }
    }
    for (auto const &[omb_number, form] : FORM_OMB_NUMBERS) {
        if (view.text.find(omb_number) != std::string::npos) {
            return form;
        }
    }
    return std::nullopt;
}

/// A check box line starts with its mark: "X  Check this box if no longer subject ...".
bool starts_with_mark(std::string_view t)
{
    return !t.empty() && (t[0] == 'X' || t[0] == 'x') && (t.size() == 1 || t[1] == ' ' || t[1] == '\t');
}

struct top_boxes_t
{
    check_box_t section16;
    check_box_t aff10b5one;
};

top_boxes_t read_top_boxes(header_view_t const &view)
{
    top_boxes_t boxes;
    for (std::size_t i = 0; i < view.lines.size(); ++i) {
        auto const t = trim(view.lines[i]);
        auto const &s = view.squashed_lines[i];
        if (s.find("nolongersubjecttosection") != std::string::npos) {
            boxes.section16 = {true, starts_with_mark(t)};
        }
        if (s.find("checkthisboxtoindicate") != std::string::npos ||
            (s.find("affirmativedefense") != std::string::npos && s.find("checkthisbox") != std::string::npos)) {
            boxes.aff10b5one = {true, starts_with_mark(t)};
        }
    }
    return boxes;
}

// --- Box 2: the issuer ---

struct issuer_box_t
{
    issuer_ref_t issuer;
    std::optional<std::size_t> line;
};

/// The issuer from a cell "2. Issuer Name and Ticker ... NAME [TICKER]"; nullopt when the
/// cell is not that box.
std::optional<issuer_ref_t> issuer_of_cell(std::string_view text)
{
    auto const open = text.find('[');
    auto const close = text.find(']', open == std::string_view::npos ? 0 : open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
        return std::nullopt;
    }
    if (open == 0 && !fuzzy_contains(squash(text), TICKER_LABEL.squashed, TICKER_LABEL.max_edits) &&
        !fuzzy_contains(squash(text), ISSUER_NAME_LABEL.squashed, ISSUER_NAME_LABEL.max_edits)) {
        return std::nullopt; // a bracket with neither a label nor a name before it
    }
    issuer_ref_t issuer;
    issuer.name = strip_label(text.substr(0, open), ISSUER_LABEL);
    if (issuer.name.empty()) {
        return std::nullopt;
    }
    auto const ticker = trim(text.substr(open + 1, close - open - 1));
    auto const squashed_ticker = squash(ticker);
    if (!ticker.empty() && squashed_ticker != "none" && squashed_ticker != "na") {
        issuer.ticker = std::string{ticker};
    }
    return issuer;
}

issuer_box_t read_issuer(header_view_t const &view)
{
    for (std::size_t i = 0; i < view.cells.size(); ++i) {
        for (auto const &c : view.cells[i]) {
            if (auto issuer = issuer_of_cell(c.text)) {
                return {std::move(*issuer), i};
            }
        }
    }
    return {};
}

// --- Box 1: the reporting person's name ---

struct owner_name_t
{
    std::string name;
    std::size_t line = 0;
};

/// The name after the box's label, in its cell or the next one.
std::optional<owner_name_t> name_after_label(header_view_t const &view)
{
    for (std::size_t i = 0; i < view.cells.size(); ++i) {
        auto const &row = view.cells[i];
        for (std::size_t j = 0; j < row.size(); ++j) {
            auto const s = squash(row[j].text);
            if (!fuzzy_contains(s, NAME_LABEL.squashed, NAME_LABEL.max_edits) &&
                !fuzzy_contains(s, NAME_LABEL_START.squashed, NAME_LABEL_START.max_edits)) {
                continue;
            }
            auto rest = strip_label(row[j].text, NAME_LABEL.squashed);
            if (!rest.empty() && !is_label_cell(rest)) {
                return owner_name_t{std::move(rest), i};
            }
            if (j + 1 < row.size() && !is_label_cell(row[j + 1].text) &&
                row[j + 1].text.find('[') == std::string::npos) {
                return owner_name_t{row[j + 1].text, i};
            }
            break; // the label without a value: look on
        }
    }
    return std::nullopt;
}

/// The first cell of the issuer's line, when the name box's label was lost.
std::optional<owner_name_t> name_beside_issuer(header_view_t const &view, std::optional<std::size_t> issuer_line)
{
    if (!issuer_line || view.cells[*issuer_line].empty()) {
        return std::nullopt;
    }
    auto const &first = view.cells[*issuer_line][0];
    if (is_label_cell(first.text) || first.text.find('[') != std::string::npos) {
        return std::nullopt;
    }
    return owner_name_t{first.text, *issuer_line};
}

/// The first value cell above the "(Last) (First) (Middle)" marker.
std::optional<owner_name_t> name_above_marker(header_view_t const &view)
{
    auto const &cells = view.cells;
    for (std::size_t i = 1; i < cells.size(); ++i) {
        if (cells[i].empty() || !is_marker_cell(cells[i][0].text, "last")) {
            continue;
        }
        for (std::size_t k = i; k-- > 0;) {
            if (!cells[k].empty() && !is_label_cell(cells[k][0].text)) {
                return owner_name_t{cells[k][0].text, k};
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<owner_name_t> read_owner_name(header_view_t const &view, std::optional<std::size_t> issuer_line)
{
    if (auto name = name_after_label(view)) {
        return name;
    }
    if (auto name = name_beside_issuer(view, issuer_line)) {
        return name;
    }
    return name_above_marker(view);
}

// --- Box 5: the relationship ---

bool x_before(std::vector<std::string_view> const &words, std::size_t i)
{
    if (i == 0) {
        return false;
    }
    auto const w = words[i - 1];
    return w == "X" || w == "x" || w == "(X)";
}

/// Marks the relationship boxes: an X right before "Director", "10% Owner",
/// "Officer (give title below)" or "Other (specify below)", anywhere in the header.
void read_relationships(std::string_view text, reporting_owner_t *owner)
{
    auto const words = split_words(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        auto const w = squash(words[i]);
        auto const next = i + 1 < words.size() ? squash(words[i + 1]) : std::string{};
        if (w == "director" && x_before(words, i)) {
            owner->is_director = true;
        } else if (words[i] == "10%" && next == "owner" && x_before(words, i)) {
            owner->is_ten_percent_owner = true;
        } else if (w == "officer" && next.rfind("give", 0) == 0 && x_before(words, i)) {
            owner->is_officer = true;
        } else if (w == "other" && next.rfind("specify", 0) == 0 && x_before(words, i)) {
            owner->is_other = true;
        }
    }
}

/// Officer title and other text as the header shows them, and where they start, so that
/// the street reader stops before them.
struct role_texts_t
{
    std::vector<std::string> texts;
    std::size_t line = 0;
    std::size_t first_cell = 0; ///< index of the first cell of `line` they use
};

/// The end of "Other (specify below)": the text after it on its line is the role.
constexpr std::string_view SPECIFY_BELOW_END = "below)";

/// Role texts after "(specify below)" on the officer line itself.
std::optional<role_texts_t> roles_on_label_line(header_view_t const &view, std::size_t officer_line)
{
    auto const &row = view.cells[officer_line];
    for (std::size_t j = 0; j < row.size(); ++j) {
        auto const &text = row[j].text;
        if (squash(text).find("specify") == std::string::npos) {
            continue;
        }
        role_texts_t roles{{}, officer_line, row.size()};
        auto const below = text.rfind(SPECIFY_BELOW_END);
        auto const close = text.rfind(')');
        if (below != std::string::npos || close != std::string::npos) {
            auto const from = below != std::string::npos ? below + SPECIFY_BELOW_END.size() : close + 1;
            if (auto const rest = trim(std::string_view{text}.substr(from)); !rest.empty()) {
                roles.texts.emplace_back(rest);
            }
        }
        for (std::size_t k = j + 1; k < row.size(); ++k) {
            if (!is_label_cell(row[k].text) && !has_date(row[k].text)) {
                roles.texts.push_back(row[k].text);
            }
        }
        return roles.texts.empty() ? std::nullopt : std::optional{std::move(roles)};
    }
    return std::nullopt;
}

/// Role texts on the line below the officer line: its last value cells (the first one
/// there is the street, unless the line is indented and the left box empty).
std::optional<role_texts_t> roles_on_next_line(header_view_t const &view, std::size_t officer_line,
                                               reporting_owner_t const &owner)
{
    auto next = officer_line + 1;
    while (next < view.cells.size() && view.cells[next].empty()) {
        ++next;
    }
    if (next >= view.cells.size()) {
        return std::nullopt;
    }
    auto const &row = view.cells[next];
    std::vector<std::size_t> values;
    for (std::size_t j = 0; j < row.size(); ++j) {
        if (!is_label_cell(row[j].text) && !has_date(row[j].text)) {
            values.push_back(j);
        }
    }
    bool const indented = !row.empty() && row[0].gap > 0;
    bool const expected = owner.is_officer || owner.is_other;
    std::size_t first_role = row.size();
    if (indented && !values.empty()) {
        first_role = values.front();
    } else if (values.size() >= 2 && (expected || follows_empty_cell(row[values.back()]))) {
        bool const both = owner.is_officer && owner.is_other && values.size() >= 3;
        first_role = values[values.size() - (both ? 2 : 1)];
    }
    role_texts_t roles{{}, next, first_role};
    for (auto const j : values) {
        if (j >= first_role) {
            roles.texts.push_back(row[j].text);
        }
    }
    return roles.texts.empty() ? std::nullopt : std::optional{std::move(roles)};
}

std::optional<role_texts_t> read_role_texts(header_view_t const &view, reporting_owner_t const &owner)
{
    for (std::size_t i = 0; i < view.lines.size(); ++i) {
        auto const &s = view.squashed_lines[i];
        if (s.find("officergivetitle") != std::string::npos || s.find("otherspecify") != std::string::npos) {
            if (auto roles = roles_on_label_line(view, i)) {
                return roles;
            }
            return roles_on_next_line(view, i, owner);
        }
    }
    return std::nullopt;
}

/// Gives the role texts to the boxes marked; when none is, the text tells which it is.
void assign_roles(std::vector<std::string> const &texts, reporting_owner_t *owner)
{
    auto &o = *owner;
    if (o.is_officer && o.is_other && texts.size() >= 2) {
        o.officer_title = texts[0];
        o.other_text = texts[1];
    } else if (o.is_officer) {
        o.officer_title = texts[0];
    } else if (o.is_other) {
        o.other_text = texts[0];
    } else if (squash(texts[0]).find("remark") != std::string::npos) {
        o.is_other = true; // the X was lost, the text is there
        o.other_text = texts[0];
    } else {
        o.is_officer = true;
        o.officer_title = texts[0];
    }
}

// --- Box 1: the address ---

/// The first line of a marker, "(Street)" or "(City)"; nullopt when absent.
std::optional<std::size_t> find_marker(header_view_t const &view, std::string_view which)
{
    for (std::size_t i = 0; i < view.cells.size(); ++i) {
        for (auto const &c : view.cells[i]) {
            if (is_marker_cell(c.text, which)) {
                return i;
            }
        }
    }
    return std::nullopt;
}

/// Where the name box ends when no "(Street)" marker says: the name, its
/// "(Last) (First) (Middle)" line and two street lines.
constexpr std::size_t NAME_BOX_LINES = 4;

/// The street part of one line: its leading value cells, up to a label, a date, a wide
/// gap or the role texts.
std::string street_of_line(std::vector<cell_t> const &row, std::size_t end_cell)
{
    std::vector<std::string_view> parts;
    for (std::size_t j = 0; j < row.size() && j < end_cell; ++j) {
        auto const &c = row[j];
        if (is_label_cell(c.text) || has_date(c.text) || (j > 0 && follows_empty_cell(c) && !parts.empty())) {
            break;
        }
        parts.emplace_back(c.text);
    }
    return fmt::format("{}", fmt::join(parts, " "));
}

/// Street lines: between the name and the "(Street)" marker. The first is street1, the
/// others together street2.
void read_street(header_view_t const &view, std::size_t name_line, std::optional<std::size_t> street_marker,
                 std::optional<role_texts_t> const &roles, reporting_owner_t *owner)
{
    std::size_t const end = street_marker ? *street_marker : std::min(view.cells.size(), name_line + NAME_BOX_LINES);
    std::vector<std::string> streets;
    for (std::size_t i = name_line + 1; i < end; ++i) {
        auto const end_cell = roles && roles->line == i ? roles->first_cell : view.cells[i].size();
        if (auto street = street_of_line(view.cells[i], end_cell); !street.empty()) {
            streets.push_back(std::move(street));
        }
    }
    if (!streets.empty()) {
        owner->street1 = streets[0];
    }
    if (streets.size() > 1) {
        owner->street2 = fmt::format("{}", fmt::join(streets.begin() + 1, streets.end(), " "));
    }
}

/// A ZIP code has a digit and is short: "07932", "02142-1234", "SW1A 1AA" at most.
constexpr std::size_t ZIP_MAX = 12;

bool looks_like_zip(std::string_view s)
{
    return !s.empty() && s.size() <= ZIP_MAX &&
           std::any_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool looks_like_state(std::string_view s)
{
    return s.size() == 2 && std::isalnum(static_cast<unsigned char>(s[0])) &&
           std::isupper(static_cast<unsigned char>(s[1])) != 0;
}

struct city_box_t
{
    std::string city;
    std::optional<std::string> state;
    std::optional<std::string> zip;
};

/// "FLORHAM PARK NJ 07932" in one cell: city, state and zip.
std::vector<std::string> split_city_cell(std::string_view cell)
{
    auto const words = split_words(cell);
    auto const n = words.size();
    if (n < 3 || !looks_like_zip(words[n - 1]) || !looks_like_state(words[n - 2])) {
        return {std::string{cell}};
    }
    return {fmt::format("{}", fmt::join(words.begin(), words.end() - 2, " ")), std::string{words[n - 2]},
            std::string{words[n - 1]}};
}

/// City, state and zip from the leading value cells of a row.
std::optional<city_box_t> city_of_cells(std::vector<cell_t> const &row)
{
    std::vector<std::string> values;
    for (auto const &cell : row) {
        if (is_label_cell(cell.text) || cell.text.find('[') != std::string::npos) {
            break;
        }
        values.push_back(cell.text);
    }
    if (values.size() == 1) {
        values = split_city_cell(values[0]);
    }
    if (values.empty()) {
        return std::nullopt;
    }
    city_box_t box{values[0], std::nullopt, std::nullopt};
    if (values.size() >= 3) {
        box.state = values[1];
        box.zip = values[2];
    } else if (values.size() == 2 && looks_like_state(values[1])) {
        box.state = values[1];
    } else if (values.size() == 2) {
        box.zip = values[1];
    }
    return box;
}

/// "(Street) FLORHAM PARK" in one cell, the rest in the next ones.
std::optional<city_box_t> city_after_street_marker(header_view_t const &view, std::size_t street_marker)
{
    auto const &row = view.cells[street_marker];
    for (std::size_t j = 0; j < row.size(); ++j) {
        auto const &text = row[j].text;
        if (!is_marker_cell(text, "street")) {
            continue;
        }
        auto const close = text.find(')');
        auto const after = trim(std::string_view{text}.substr(close == std::string::npos ? 0 : close + 1));
        if (after.empty()) {
            return std::nullopt;
        }
        std::vector<cell_t> rest{cell_t{std::string{after}, 0, 1, 0, " "}};
        rest.insert(rest.end(), row.begin() + static_cast<std::ptrdiff_t>(j) + 1, row.end());
        return city_of_cells(rest);
    }
    return std::nullopt;
}

/// The first line with cells above "(City)", unless that is the "(Street)" line.
std::optional<city_box_t> city_above_city_marker(header_view_t const &view, std::size_t city_marker,
                                                 std::optional<std::size_t> street_marker)
{
    for (std::size_t k = city_marker; k-- > 0;) {
        if (view.cells[k].empty()) {
            continue;
        }
        if (street_marker && k == *street_marker) {
            return std::nullopt;
        }
        return city_of_cells(view.cells[k]);
    }
    return std::nullopt;
}

std::optional<city_box_t> read_city(header_view_t const &view, std::optional<std::size_t> street_marker)
{
    if (street_marker) {
        if (auto city = city_after_street_marker(view, *street_marker)) {
            return city;
        }
    }
    auto const city_marker = find_marker(view, "city");
    if (city_marker && *city_marker > 0) {
        return city_above_city_marker(view, *city_marker, street_marker);
    }
    return std::nullopt;
}

// --- Boxes 3 and 4: the dates ---

/// Which label a date belongs to: the nearest one before it.
enum class date_label_t : std::uint8_t
{
    none,
    period,
    amendment
};

struct header_dates_t
{
    std::optional<date_t> period_of_report;
    std::optional<date_t> original_filed;
};

/// The label a cell starts, if any.
date_label_t date_label_of(std::string_view squashed_cell)
{
    auto const matches = [&](label_t const &label) {
        return fuzzy_contains(squashed_cell, label.squashed, label.max_edits);
    };
    if (matches(AMENDMENT_LABEL)) {
        return date_label_t::amendment;
    }
    if (std::any_of(PERIOD_LABELS.begin(), PERIOD_LABELS.end(), matches)) {
        return date_label_t::period;
    }
    return date_label_t::none;
}

header_dates_t read_dates(header_view_t const &view)
{
    header_dates_t dates;
    auto current = date_label_t::none;
    for (auto const &row : view.cells) {
        for (auto const &c : row) {
            std::string_view text = c.text;
            if (auto const label = date_label_of(squash(text)); label != date_label_t::none) {
                current = label;
                // The value follows "(Month/Day/Year)" when the label has it.
                auto const end = text.find(DATE_LABEL_END);
                text.remove_prefix(end == std::string_view::npos ? 0 : end + DATE_LABEL_END.size());
            }
            auto const [pos, date] = find_date(text);
            if (!date) {
                continue;
            }
            if (current == date_label_t::period && !dates.period_of_report) {
                dates.period_of_report = date;
            } else if (current == date_label_t::amendment && !dates.original_filed) {
                dates.original_filed = date;
            }
            current = date_label_t::none;
        }
    }
    return dates;
}

// --- strip_label's two ways of finding where a label ends ---

/// A box number before a label: "2.", "S." (a misread 5), "10.".
constexpr std::size_t BOX_NUMBER_MAX = 3;
/// Words are read into the label until they are this much longer than it.
constexpr std::size_t LABEL_OVERRUN = 3;
/// One letter in six may differ between a label and the words read for it (at least
/// `floor`): OCR damage to a label, too little for a value to pass as one.
constexpr int LETTERS_PER_EDIT = 6;
/// A damaged label's start is dropped only when it is this long: a shorter one could be
/// the first word of a value.
constexpr std::size_t PREFIX_MIN = 6;

int allowed_edits(std::size_t letters, int floor)
{
    return std::max<int>(floor, static_cast<int>(letters) / LETTERS_PER_EDIT);
}

/// How many words from `first` make up the whole label, best match last; 0 when none do.
std::size_t whole_label_words(std::vector<std::string_view> const &words, std::size_t first, std::string_view label)
{
    std::string read;
    std::size_t best = 0;
    int best_distance = 1 << 20;
    for (std::size_t k = first; k < words.size(); ++k) {
        read += squash(words[k]);
        if (read.size() > label.size() + LABEL_OVERRUN) {
            break;
        }
        auto const d = edit_distance(read, label);
        if (d <= allowed_edits(label.size(), 2) && d <= best_distance) {
            best = k + 1;
            best_distance = d;
        }
    }
    return best;
}

/// How many words from `first` make up a damaged start of the label; 0 when too few.
std::size_t label_prefix_words(std::vector<std::string_view> const &words, std::size_t first, std::string_view label)
{
    std::string prefix;
    std::size_t end = 0;
    for (std::size_t k = first; k < words.size(); ++k) {
        auto const next = prefix + squash(words[k]);
        if (next.empty() || next.size() > label.size() ||
            edit_distance(next, label.substr(0, next.size())) > allowed_edits(next.size(), 1)) {
            break;
        }
        prefix = next;
        end = k + 1;
    }
    return prefix.size() < PREFIX_MIN ? 0 : end;
}

std::optional<std::string> non_empty(std::string s)
{
    if (s.empty()) {
        return std::nullopt;
    }
    return s;
}

/// Address fields trimmed, and empty ones absent.
void tidy_address(reporting_owner_t *owner)
{
    for (auto *field : {&owner->street1, &owner->street2, &owner->city, &owner->state, &owner->zip}) {
        if (*field) {
            *field = non_empty(std::string{trim(**field)});
        }
    }
}

} // namespace

std::string strip_label(std::string_view text, std::string_view label)
{
    auto const words = split_words(text);
    std::size_t const first = !words.empty() && words[0].size() <= BOX_NUMBER_MAX && words[0].back() == '.' ? 1 : 0;
    auto end = whole_label_words(words, first, label);
    if (end == 0) {
        end = label_prefix_words(words, first, label);
    }
    if (end == 0) {
        return std::string{trim(text)};
    }
    // The value starts after the last label word.
    auto const last = words[end - 1];
    auto const offset = static_cast<std::size_t>(last.data() + last.size() - text.data());
    auto rest = trim(text.substr(offset));
    while (!rest.empty() && (rest.front() == '*' || rest.front() == ':')) {
        rest.remove_prefix(1);
    }
    return std::string{trim(rest)};
}

ownership_header_t parse_ownership_header(std::vector<std::string_view> const &lines)
{
    header_view_t const view{lines};
    ownership_header_t h;
    h.form = read_form(view);
    auto const top = read_top_boxes(view);
    h.section16 = top.section16;
    h.aff10b5one = top.aff10b5one;

    auto const issuer = read_issuer(view);
    h.issuer = issuer.issuer;
    auto const name = read_owner_name(view, issuer.line);
    if (name) {
        h.owner.name = name->name;
    }
    read_relationships(view.text, &h.owner);

    auto const dates = read_dates(view);
    h.period_of_report = dates.period_of_report;
    h.original_filed = dates.original_filed;

    auto const roles = read_role_texts(view, h.owner);
    if (roles) {
        assign_roles(roles->texts, &h.owner);
    }
    auto const street_marker = find_marker(view, "street");
    if (name) {
        read_street(view, name->line, street_marker, roles, &h.owner);
    }
    if (auto const city = read_city(view, street_marker)) {
        h.owner.city = city->city;
        h.owner.state = city->state;
        h.owner.zip = city->zip;
    }
    tidy_address(&h.owner);
    return h;
}
