// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/cover.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"

#include <algorithm>
#include <array>

namespace {

/// "The date of this prospectus supplement is DATE": "is" follows the document's name ("The
/// date of this Supplement No. 1 to the Prospectus Supplement is"), the date follows "is".
constexpr std::string_view DATE_OF_THIS = "the date of this";
constexpr std::size_t DATE_OF_THIS_NAME = 80;
constexpr std::size_t IS_TO_DATE = 4;

/// Cover lines that give this document's date: "Prospectus Supplement dated DATE",
/// "Prospectus Supplement No. 3 dated DATE", "Supplement No. 2 dated DATE", and a bare
/// "Supplement dated DATE" above "To Prospectus dated ..." (a sticker to a sales agreement
/// prospectus).
/// (Lines are matched by their start: "prospectus supplement" covers "... No. 3".)
constexpr std::array<std::string_view, 4> TITLE_LINES{"prospectus supplement", "supplement no", "amendment no",
                                                      "supplement dated"};

/// A title line naming the supplement a document amends: "To Prospectus Supplement dated ...".
constexpr std::array<std::string_view, 2> NAMES_THE_AMENDED{"to prospectus supplement dated",
                                                            "(to prospectus supplement dated"};

/// How many lines after a title the amended supplement's line may stand.
constexpr std::size_t AMENDED_LINE_AFTER = 3;

/// A sentence that opens with the document's name: "This Prospectus Supplement, dated ...".
constexpr std::array<std::string_view, 3> THIS_SUPPLEMENT{"this prospectus supplement", "this supplement",
                                                          "this prospectus"};

/// "This Prospectus Supplement No. 2, dated": how far in "dated" may stand.
constexpr std::size_t THIS_SUPPLEMENT_DATED = 45;

/// A preliminary supplement's date: "Subject to Completion, dated DATE".
constexpr std::array<std::string_view, 2> PRELIMINARY_DATED{"subject to completion, dated",
                                                            "subject to completion dated"};

/// The cover's title lines are among the first.
constexpr std::size_t TITLE_LINES_MAX = 40;

/// How far after "dated" the date starts.
constexpr std::size_t DATED_GAP = 12;

std::optional<date_t> date_near(std::string_view text, std::size_t from, std::size_t gap)
{
    auto const d = find_date_words(text, from);
    return d && d->begin <= from + gap ? std::optional{d->date} : std::nullopt;
}

/// "The date of this prospectus supplement is DATE"; "The date of this prospectus is DATE"
/// only on the cover (the base prospectus a supplement carries states its own date).
std::optional<date_t> stated_date(document_view_t const &doc)
{
    auto const &sentences = doc.sentences();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto const &s = sentences[i];
        auto const at = s.low.find(DATE_OF_THIS);
        if (at == std::string::npos || (!doc.in_lead(i) && s.low.find("supplement", at) == std::string::npos)) {
            continue;
        }
        auto const is = at == std::string::npos ? at : find_word(s.low, "is", at);
        if (is != std::string::npos && is <= at + DATE_OF_THIS_NAME) {
            if (auto const d = date_near(s.text, is + 2, IS_TO_DATE)) {
                return d;
            }
        }
    }
    return std::nullopt;
}

/// "Amendment No. 1 to Prospectus Supplement dated D1" followed by "To Prospectus Supplement
/// dated D2": the supplement amended is named on its own line, so D1 is this document's.
bool amended_named_after(std::vector<text_line_t> const &lines, std::size_t title)
{
    for (auto i = title + 1; i < lines.size() && i <= title + AMENDED_LINE_AFTER; ++i) {
        auto const low = lower(lines[i].text);
        if (std::any_of(NAMES_THE_AMENDED.begin(), NAMES_THE_AMENDED.end(),
                        [&](auto t) { return low.starts_with(t); })) {
            return true;
        }
    }
    return false;
}

/// "Prospectus Supplement dated DATE" as a cover line, its "dated" before any "to": "Supplement
/// No. 1 to Prospectus Supplement dated DATE" names the supplement it amends.
std::optional<date_t> title_date(document_view_t const &doc)
{
    auto const &lines = doc.lines();
    int open = 0; // "(To Prospectus dated ... and\nProspectus Supplement dated ...)": the documents it supplements
    for (std::size_t i = 0; i < lines.size() && i < TITLE_LINES_MAX; ++i) {
        auto const low = lower(lines[i].text);
        bool const inside = open > 0;
        open += static_cast<int>(std::count(low.begin(), low.end(), '(') - std::count(low.begin(), low.end(), ')'));
        open = std::max(open, 0);
        auto const dated = low.find("dated");
        if (inside || dated == std::string::npos || low.find("supplement") == std::string::npos ||
            !std::any_of(TITLE_LINES.begin(), TITLE_LINES.end(), [&](auto t) { return low.starts_with(t); })) {
            continue; // "Amendment No. 1, dated ..., to the Sales Agreement" is no title
        }
        auto const to = find_word(low, "to");
        if (to != std::string::npos && to < dated && !amended_named_after(lines, i)) {
            continue;
        }
        if (auto const d = date_near(lines[i].text, dated + 5, DATED_GAP)) {
            return d;
        }
    }
    return std::nullopt;
}

/// "This Prospectus Supplement, dated March 5, 2024, supplements ...": the date the
/// document gives itself as it opens a sentence.
std::optional<date_t> this_supplement_dated(document_view_t const &doc)
{
    for (auto const &s : doc.sentences()) {
        if (!std::any_of(THIS_SUPPLEMENT.begin(), THIS_SUPPLEMENT.end(),
                         [&](auto t) { return s.low.starts_with(t); })) {
            continue;
        }
        auto const dated = s.low.find("dated");
        auto const to = find_word(s.low, "to");
        if (dated <= THIS_SUPPLEMENT_DATED && (to == std::string::npos || dated < to)) {
            if (auto const d = date_near(s.text, dated + 5, DATED_GAP)) {
                return d;
            }
        }
    }
    return std::nullopt;
}

std::optional<date_t> preliminary_date(document_view_t const &doc)
{
    auto const at = find_any(doc.low(), PRELIMINARY_DATED);
    return at ? date_near(doc.prose(), *at, 40) : std::nullopt;
}

} // namespace

std::optional<date_t> find_document_date(document_view_t const &doc)
{
    if (auto const d = stated_date(doc)) {
        return d;
    }
    if (auto const d = title_date(doc)) {
        return d;
    }
    if (auto const d = this_supplement_dated(doc)) {
        return d;
    }
    return preliminary_date(doc);
}
