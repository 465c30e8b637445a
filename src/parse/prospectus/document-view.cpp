// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/document-view.hpp"

#include "parse/prose-scan.hpp"
#include "parse/text-scan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// A cover page holds 10 to 30 sentences; past 45 the body has begun even when the cover
/// does not end with "The date of this prospectus supplement is ...".
constexpr std::size_t LEAD_MAX_SENTENCES = 45;

/// Below one capital in a hundred letters, the text was extracted in lower case (real
/// prose has one or more in twenty).
constexpr std::size_t LOWER_CASE_CAPITALS_PER_100 = 1;

bool is_lower_case_text(std::string_view text)
{
    std::size_t letters = 0;
    std::size_t capitals = 0;
    for (char const c : text) {
        auto const u = static_cast<unsigned char>(c);
        letters += std::isalpha(u) != 0 ? 1 : 0;
        capitals += std::isupper(u) != 0 ? 1 : 0;
    }
    return letters > 0 && capitals * 100 < letters * LOWER_CASE_CAPITALS_PER_100;
}

std::vector<text_line_t> lines_of(std::string_view text)
{
    std::vector<text_line_t> lines;
    for (auto const raw : split_lines(text)) {
        auto const line = trim(raw);
        if (line.empty()) {
            continue;
        }
        text_line_t l{line, {}};
        std::size_t start = 0;
        while (start <= line.size()) {
            auto const tab = line.find('\t', start);
            auto const cell =
                trim(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
            if (!cell.empty()) {
                l.cells.push_back(cell);
            }
            if (tab == std::string_view::npos) {
                break;
            }
            start = tab + 1;
        }
        lines.push_back(std::move(l));
    }
    return lines;
}

/// Words before "the date of this prospectus supplement" that make it a point in time ("As
/// of the date of this prospectus supplement, we have sold ..."), not the cover's last line.
constexpr std::array<std::string_view, 8> POINT_IN_TIME{"of ",    "to ",     "through ", "since ",
                                                        "after ", "before ", "until ",   "from "};

/// The sentence that closes the cover: "The date of this prospectus supplement is ...",
/// "The date of this Supplement No. 1 is ...".
bool closes_cover(std::string_view low)
{
    auto const at = low.find("the date of this");
    if (at == std::string_view::npos || std::any_of(POINT_IN_TIME.begin(), POINT_IN_TIME.end(),
                                                    [&](auto w) { return low.substr(0, at).ends_with(w); })) {
        return false;
    }
    return low.find("supplement", at) != std::string_view::npos || low.find("prospectus", at) != std::string_view::npos;
}

} // namespace

document_view_t::document_view_t(std::string_view text)
: m_text(text), m_lines(lines_of(text)), m_prose(plain_prose(text)), m_low(lower(m_prose)),
  m_lower_case(is_lower_case_text(m_prose))
{
    std::size_t paragraph = 0;
    std::size_t scanned = 0;
    for (auto const &s : split_sentences(m_prose, m_lower_case)) {
        paragraph +=
            static_cast<std::size_t>(std::count(m_prose.begin() + static_cast<std::ptrdiff_t>(scanned),
                                                m_prose.begin() + static_cast<std::ptrdiff_t>(s.offset), '\n'));
        scanned = s.offset;
        m_sentences.push_back(
            prose_sentence_t{s.text, std::string{std::string_view{m_low}.substr(s.offset, s.text.size())}, paragraph});
    }
    m_lead_end = std::min(m_sentences.size(), LEAD_MAX_SENTENCES);
    for (std::size_t i = 0; i < m_lead_end; ++i) {
        if (closes_cover(m_sentences[i].low)) {
            m_lead_end = i + 1;
            break;
        }
    }
}
