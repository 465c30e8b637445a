// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/ownership-text-header.hpp"

#include "parse/text-scan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

// Labels of the header boxes, squashed (letters only, lower case).
constexpr std::string_view NAME_LABEL = "nameandaddressofreportingperson";
constexpr std::string_view ISSUER_LABEL = "issuernameandtickerortradingsymbol";
constexpr std::string_view PERIOD_LABELS[] = {"dateofearliesttransactionmonthdayyear",
                                              "dateofeventrequiringstatementmonthdayyear",
                                              "statementforissuersfiscalyearendedmonthdayyear"};
constexpr std::string_view AMENDMENT_LABEL = "ifamendmentdateoforiginalfiledmonthdayyear";

/// Fragments that only labels and form text contain: a cell holding one is no value.
constexpr std::array<std::string_view, 22> LABEL_FRAGMENTS{
    "nameandaddress", "reportingperson", "issuername", "tickerortrading", "tradingsymbol",
    "relationshipof", "checkallapplicable", "officergive", "givetitle", "otherspecify", "specifybelow",
    "dateofearliest", "earliesttransaction", "eventrequiring", "fiscalyear", "ifamendment",
    "dateoforiginal", "individualorjoint", "jointgroup", "formfiledby", "monthdayyear", "instruction"};

bool is_label_cell(std::string_view text)
{
    auto const s = squash(text);
    if (s.empty()) {
        return !std::any_of(text.begin(), text.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    }
    // Markers under the boxes: "(Last)", "(Street)", "(City) (State) (Zip)".
    if (text.front() == '(' && (s == "last" || s == "first" || s == "middle" || s == "street" || s == "city" ||
                                s == "state" || s == "zip" || s.rfind("middle", 0) == 0 || s.rfind("last", 0) == 0 ||
                                s.rfind("city", 0) == 0)) {
        return true;
    }
    for (auto const frag : LABEL_FRAGMENTS) {
        if (s.find(frag) != std::string::npos) {
            return true;
        }
    }
    // "erson *": what is left of "Reporting Person*" when OCR eats the rest.
    if (text.back() == '*' && s.size() <= 12) {
        return true;
    }
    // What is left of the relationship box: "X Director 10% Owner", "Director".
    return s == "director" || s == "owner" || s == "officer" || s == "other" || s == "directorowner" ||
           s == "xdirectorowner" || s == "xdirector" || s == "xowner";
}

bool is_marker_cell(std::string_view text, std::string_view which)
{
    auto const s = squash(text);
    return !text.empty() && text.front() == '(' && s.rfind(which, 0) == 0;
}

struct header_cell_t
{
    std::size_t line;
    std::size_t index; ///< among the line's cells
    cell_t cell;
};

/// Words of a text (split at spaces).
std::vector<std::string_view> words_of(std::string_view text)
{
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) {
            ++pos;
        }
        auto const start = pos;
        while (pos < text.size() && !std::isspace(static_cast<unsigned char>(text[pos]))) {
            ++pos;
        }
        if (pos > start) {
            words.push_back(text.substr(start, pos - start));
        }
    }
    return words;
}

int edit_distance(std::string_view a, std::string_view b)
{
    std::vector<int> prev(b.size() + 1);
    std::vector<int> cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        prev[j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = std::min({prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
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

bool x_before(std::vector<std::string_view> const &words, std::size_t i)
{
    if (i == 0) {
        return false;
    }
    auto const w = words[i - 1];
    return w == "X" || w == "x" || w == "(X)";
}

/// Marks the relationship boxes: an X right before "Director", "10% Owner",
/// "Officer (give title below)" or "Other (specify below)".
void read_relationships(std::string_view text, reporting_owner_t *owner)
{
    auto const words = words_of(text);
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

bool looks_like_zip(std::string_view s)
{
    return !s.empty() && s.size() <= 12 && std::any_of(s.begin(), s.end(), [](char c) {
               return std::isdigit(static_cast<unsigned char>(c));
           });
}

bool looks_like_state(std::string_view s)
{
    return s.size() == 2 && std::isalnum(static_cast<unsigned char>(s[0])) &&
           std::isupper(static_cast<unsigned char>(s[1])) != 0;
}

std::optional<std::string> non_empty(std::string s)
{
    if (s.empty()) {
        return std::nullopt;
    }
    return s;
}

} // namespace

std::string strip_label(std::string_view text, std::string_view label)
{
    auto const words = words_of(text);
    std::size_t first = 0;
    // Box numbers ("2.", "S." for a misread 5) come before the label.
    if (!words.empty() && words[0].size() <= 3 && words[0].back() == '.') {
        first = 1;
    }
    std::string acc;
    std::size_t best = 0;
    int best_distance = 1 << 20;
    for (std::size_t k = first; k < words.size(); ++k) {
        acc += squash(words[k]);
        if (acc.size() > label.size() + 3) {
            break;
        }
        auto const d = edit_distance(acc, label);
        int const allowed = std::max<int>(2, static_cast<int>(label.size()) / 6);
        if (d <= allowed && d <= best_distance) {
            best = k + 1;
            best_distance = d;
        }
    }
    if (best == 0) {
        // No whole label: drop a damaged prefix of it, word by word.
        std::string prefix;
        for (std::size_t k = first; k < words.size(); ++k) {
            auto const next = prefix + squash(words[k]);
            if (next.empty() || next.size() > label.size() ||
                edit_distance(next, label.substr(0, next.size())) > std::max<int>(1, static_cast<int>(next.size()) / 6)) {
                break;
            }
            prefix = next;
            best = k + 1;
        }
        if (prefix.size() < 6) {
            best = 0;
        }
    }
    if (best == 0) {
        return std::string{trim(text)};
    }
    // The value starts after the last label word.
    auto const last = words[best - 1];
    auto const offset = static_cast<std::size_t>(last.data() + last.size() - text.data());
    auto rest = trim(text.substr(offset));
    while (!rest.empty() && (rest.front() == '*' || rest.front() == ':')) {
        rest.remove_prefix(1);
    }
    return std::string{trim(rest)};
}

ownership_header_t parse_ownership_header(std::vector<std::string_view> const &lines)
{
    ownership_header_t h;
    std::vector<std::vector<cell_t>> cells;
    cells.reserve(lines.size());
    for (auto const line : lines) {
        cells.push_back(split_cells(line));
    }
    std::string all_text;
    for (auto const line : lines) {
        all_text += line;
        all_text += '\n';
    }

    // Form type and the two check boxes at the top.
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto const t = trim(lines[i]);
        auto const s = squash(t);
        if (!h.form && (s.rfind("form", 0) == 0) && t.size() <= 12) {
            for (char c : t) {
                if (c == '3' || c == '4' || c == '5') {
                    h.form = c;
                    break;
                }
            }
        }
        if (s.find("nolongersubjecttosection") != std::string::npos) {
            h.section16_box_shown = true;
            h.section16_box = !t.empty() && (t[0] == 'X' || t[0] == 'x') && (t.size() == 1 || t[1] == ' ' || t[1] == '\t');
        }
        if (s.find("checkthisboxtoindicate") != std::string::npos ||
            (s.find("affirmativedefense") != std::string::npos && s.find("checkthisbox") != std::string::npos)) {
            h.aff10b5one_box_shown = true;
            h.aff10b5one_box = !t.empty() && (t[0] == 'X' || t[0] == 'x') && (t.size() == 1 || t[1] == ' ' || t[1] == '\t');
        }
    }
    if (!h.form) {
        auto const s = squash(all_text);
        if (s.find("initialstatementofbeneficialownership") != std::string::npos) {
            h.form = '3';
        } else if (s.find("annualstatementofchanges") != std::string::npos) {
            h.form = '5';
        } else if (s.find("statementofchangesinbeneficialownership") != std::string::npos) {
            h.form = '4';
        } else if (all_text.find("3235-0104") != std::string::npos) {
            h.form = '3';
        } else if (all_text.find("3235-0362") != std::string::npos) {
            h.form = '5';
        } else if (all_text.find("3235-0287") != std::string::npos) {
            h.form = '4';
        }
    }

    // The issuer: the cell with "[TICKER]", after its label.
    std::optional<std::size_t> issuer_line;
    for (std::size_t i = 0; i < cells.size() && !issuer_line; ++i) {
        for (auto const &c : cells[i]) {
            auto const open = c.text.find('[');
            auto const close = c.text.find(']', open == std::string::npos ? 0 : open);
            bool const labelled = fuzzy_contains(squash(c.text), "tradingsymbol", 2) ||
                                  fuzzy_contains(squash(c.text), "issuername", 1);
            if (open == std::string::npos || close == std::string::npos || (!labelled && open == 0)) {
                continue;
            }
            auto ticker = std::string{trim(std::string_view{c.text}.substr(open + 1, close - open - 1))};
            auto name = strip_label(std::string_view{c.text}.substr(0, open), ISSUER_LABEL);
            if (name.empty()) {
                continue;
            }
            h.issuer.name = name;
            auto const upper = squash(ticker);
            if (!ticker.empty() && upper != "none" && upper != "na") {
                h.issuer.ticker = ticker;
            }
            issuer_line = i;
            break;
        }
    }

    // The reporting person's name: after its label, else first on the issuer's line,
    // else on the line above "(Last) (First) (Middle)".
    std::optional<std::size_t> name_line;
    for (std::size_t i = 0; i < cells.size() && !name_line; ++i) {
        for (std::size_t j = 0; j < cells[i].size(); ++j) {
            auto const s = squash(cells[i][j].text);
            if (!fuzzy_contains(s, NAME_LABEL, 4) && !fuzzy_contains(s, "nameandaddress", 2)) {
                continue;
            }
            auto const rest = strip_label(cells[i][j].text, NAME_LABEL);
            if (!rest.empty() && !is_label_cell(rest)) {
                h.owner.name = rest;
                name_line = i;
            } else if (j + 1 < cells[i].size() && !is_label_cell(cells[i][j + 1].text) &&
                       cells[i][j + 1].text.find('[') == std::string::npos) {
                h.owner.name = cells[i][j + 1].text;
                name_line = i;
            }
            break;
        }
    }
    if (!name_line && issuer_line && !cells[*issuer_line].empty()) {
        auto const &first = cells[*issuer_line][0];
        if (!is_label_cell(first.text) && first.text.find('[') == std::string::npos) {
            h.owner.name = first.text;
            name_line = issuer_line;
        }
    }
    if (!name_line) {
        for (std::size_t i = 1; i < cells.size(); ++i) {
            if (!cells[i].empty() && is_marker_cell(cells[i][0].text, "last")) {
                for (std::size_t k = i; k-- > 0;) {
                    if (!cells[k].empty() && !is_label_cell(cells[k][0].text)) {
                        h.owner.name = cells[k][0].text;
                        name_line = k;
                        break;
                    }
                }
                break;
            }
        }
    }

    // Relationship boxes: X marks anywhere in the header.
    read_relationships(all_text, &h.owner);
    {
        auto const s = squash(all_text);
        auto const pos = s.find("xformfiledbymorethanonereportingperson");
        h.joint_filing = pos != std::string::npos;
    }

    // Dates belong to the nearest label before them: the period label or the amendment's.
    enum class owner_t : std::uint8_t { none, period, amendment };
    owner_t current = owner_t::none;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        for (auto const &c : cells[i]) {
            auto const s = squash(c.text);
            std::size_t value_from = 0;
            bool labelled = false;
            for (auto const label : PERIOD_LABELS) {
                if (fuzzy_contains(s, label.substr(0, label.size() - 12), 3)) {
                    current = owner_t::period;
                    labelled = true;
                }
            }
            if (fuzzy_contains(s, AMENDMENT_LABEL.substr(0, 24), 3)) {
                current = owner_t::amendment;
                labelled = true;
            }
            if (labelled) {
                // The value follows "(Month/Day/Year)" when the label has it.
                auto const mdy = c.text.find("Year)");
                value_from = mdy == std::string::npos ? 0 : mdy + 5;
            }
            auto const [pos, date] = find_date(std::string_view{c.text}.substr(value_from));
            if (!date) {
                continue;
            }
            if (current == owner_t::period && !h.period_of_report) {
                h.period_of_report = date;
            } else if (current == owner_t::amendment && !h.original_filed) {
                h.original_filed = date;
            }
            current = owner_t::none;
        }
    }

    // Marker lines under the name and address boxes.
    std::optional<std::size_t> street_marker;
    std::optional<std::size_t> city_marker;
    std::optional<std::size_t> officer_line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        for (auto const &c : cells[i]) {
            if (!street_marker && is_marker_cell(c.text, "street")) {
                street_marker = i;
            }
            if (!city_marker && is_marker_cell(c.text, "city")) {
                city_marker = i;
            }
        }
        auto const s = squash(lines[i]);
        if (!officer_line && (s.find("officergivetitle") != std::string::npos || s.find("otherspecify") != std::string::npos)) {
            officer_line = i;
        }
    }

    // Officer title / other text: after "(specify below)" on the same line, or the last
    // value cell of the next line (the first one there is the street, unless indented).
    std::vector<std::string> role_texts;
    std::optional<std::pair<std::size_t, std::size_t>> role_cell; // (line, first cell index used)
    if (officer_line) {
        auto const &row = cells[*officer_line];
        for (std::size_t j = 0; j < row.size(); ++j) {
            auto const &text = row[j].text;
            auto const at = text.rfind("below)");
            auto const specify = squash(text).find("specify");
            if (specify == std::string::npos) {
                continue;
            }
            std::string rest;
            auto const close = text.rfind(')');
            if (at != std::string::npos || close != std::string::npos) {
                rest = std::string{trim(std::string_view{text}.substr((at != std::string::npos ? at + 6 : close + 1)))};
            }
            if (!rest.empty()) {
                role_texts.push_back(rest);
            }
            for (std::size_t k = j + 1; k < row.size(); ++k) {
                if (!is_label_cell(row[k].text) && find_date(row[k].text).first == std::string_view::npos) {
                    role_texts.push_back(row[k].text);
                }
            }
            if (!role_texts.empty()) {
                role_cell = std::pair{*officer_line, row.size()};
            }
            break;
        }
        auto next = *officer_line + 1;
        while (next < cells.size() && cells[next].empty()) {
            ++next;
        }
        if (role_texts.empty() && next < cells.size()) {
            auto const &row2 = cells[next];
            std::vector<std::size_t> values;
            for (std::size_t j = 0; j < row2.size(); ++j) {
                if (!is_label_cell(row2[j].text) && find_date(row2[j].text).first == std::string_view::npos) {
                    values.push_back(j);
                }
            }
            bool const indented = !row2.empty() && row2[0].gap > 0;
            bool const expected = h.owner.is_officer || h.owner.is_other;
            std::size_t first_role = row2.size();
            if (indented && !values.empty()) {
                first_role = values.front(); // the left box is empty on this line
            } else if (values.size() >= 2 && (expected || row2[values.back()].gap > 1)) {
                bool const both = h.owner.is_officer && h.owner.is_other && values.size() >= 3;
                first_role = values[values.size() - (both ? 2 : 1)];
            }
            for (auto const j : values) {
                if (j >= first_role) {
                    role_texts.push_back(row2[j].text);
                }
            }
            if (!role_texts.empty()) {
                role_cell = std::pair{next, first_role};
            }
        }
    }
    if (!role_texts.empty()) {
        auto &o = h.owner;
        if (o.is_officer && o.is_other && role_texts.size() >= 2) {
            o.officer_title = role_texts[0];
            o.other_text = role_texts[1];
        } else if (o.is_officer) {
            o.officer_title = role_texts[0];
        } else if (o.is_other) {
            o.other_text = role_texts[0];
        } else if (squash(role_texts[0]).find("remark") != std::string::npos) {
            o.is_other = true; // the X was lost, the text is there
            o.other_text = role_texts[0];
        } else {
            o.is_officer = true;
            o.officer_title = role_texts[0];
        }
    }

    // Street lines: between the name (and its "(Last) (First) (Middle)" line) and the
    // "(Street)" marker, the leading value cells of each line.
    if (name_line) {
        std::vector<std::string> streets;
        std::size_t const end = street_marker ? *street_marker : std::min(cells.size(), *name_line + 4);
        for (std::size_t i = *name_line + 1; i < end; ++i) {
            std::string street;
            for (std::size_t j = 0; j < cells[i].size(); ++j) {
                auto const &c = cells[i][j];
                if (role_cell && role_cell->first == i && j >= role_cell->second) {
                    break;
                }
                if (is_label_cell(c.text) || find_date(c.text).first != std::string_view::npos) {
                    break;
                }
                if (j > 0 && c.gap > 1 && !street.empty()) {
                    break;
                }
                street += street.empty() ? "" : " ";
                street += c.text;
            }
            if (!street.empty()) {
                streets.push_back(street);
            }
        }
        if (!streets.empty()) {
            h.owner.street1 = streets[0];
        }
        if (streets.size() > 1) {
            std::string rest;
            for (std::size_t k = 1; k < streets.size(); ++k) {
                rest += rest.empty() ? "" : " ";
                rest += streets[k];
            }
            h.owner.street2 = rest;
        }
    }

    // City, state and zip: after "(Street)" on its line, else the line above "(City)".
    auto read_city = [&](std::vector<cell_t> const &row, std::size_t from) {
        std::vector<std::string> values;
        for (std::size_t j = from; j < row.size(); ++j) {
            if (is_label_cell(row[j].text) || row[j].text.find('[') != std::string::npos) {
                break;
            }
            values.push_back(row[j].text);
        }
        if (values.size() == 1) {
            // "FLORHAM PARK NJ 07932" in one cell.
            auto const words = words_of(values[0]);
            if (words.size() >= 3 && looks_like_zip(words.back()) && looks_like_state(words[words.size() - 2])) {
                std::string city;
                for (std::size_t k = 0; k + 2 < words.size(); ++k) {
                    city += city.empty() ? "" : " ";
                    city += words[k];
                }
                values = {city, std::string{words[words.size() - 2]}, std::string{words.back()}};
            }
        }
        if (values.empty()) {
            return false;
        }
        h.owner.city = values[0];
        if (values.size() >= 3) {
            h.owner.state = values[1];
            h.owner.zip = values[2];
        } else if (values.size() == 2) {
            if (looks_like_state(values[1])) {
                h.owner.state = values[1];
            } else {
                h.owner.zip = values[1];
            }
        }
        return true;
    };
    bool have_city = false;
    if (street_marker) {
        auto const &row = cells[*street_marker];
        for (std::size_t j = 0; j < row.size(); ++j) {
            if (is_marker_cell(row[j].text, "street")) {
                // "(Street) FLORHAM PARK" in one cell, the rest in the next ones.
                auto const after = trim(std::string_view{row[j].text}.substr(row[j].text.find(')') + 1));
                if (!after.empty()) {
                    std::vector<cell_t> rest_row{cell_t{std::string{after}, 0, 1, 0, " "}};
                    rest_row.insert(rest_row.end(), row.begin() + static_cast<long>(j) + 1, row.end());
                    have_city = read_city(rest_row, 0);
                }
                break;
            }
        }
    }
    if (!have_city && city_marker && *city_marker > 0) {
        for (std::size_t k = *city_marker; k-- > 0;) {
            if (cells[k].empty()) {
                continue;
            }
            if (street_marker && k == *street_marker) {
                break;
            }
            have_city = read_city(cells[k], 0);
            break;
        }
    }
    for (auto *field : {&h.owner.street1, &h.owner.street2, &h.owner.city, &h.owner.state, &h.owner.zip}) {
        if (*field) {
            *field = non_empty(std::string{trim(**field)});
        }
    }
    return h;
}
