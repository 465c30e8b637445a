// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_DOCUMENT_VIEW_HPP
#define FILING_PARSE_PROSPECTUS_DOCUMENT_VIEW_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// A sentence of the prose, its lower-case copy (same offsets) and its paragraph.
struct prose_sentence_t
{
    std::string_view text;
    std::string low;
    std::size_t paragraph = 0;
};

/// A non-blank line of the text as given, and its table cells (split at tabs).
struct text_line_t
{
    std::string_view text;
    std::vector<std::string_view> cells;
};

/**
 * What every extractor of a prospectus supplement reads: the lines and table cells as laid
 * out, the prose made plain and split into sentences (each with a lower-case copy), and
 * where the cover page ends. Built once per document.
 */
class document_view_t
{
public:
    /// \pre `text` went through normalize_rendering() (HTML converted to text before) and
    /// outlives the view.
    explicit document_view_t(std::string_view text);
    document_view_t(document_view_t const &) = delete;
    document_view_t &operator=(document_view_t const &) = delete;
    document_view_t(document_view_t &&) = delete;
    document_view_t &operator=(document_view_t &&) = delete;
    ~document_view_t() = default;

    std::string_view text() const noexcept { return m_text; }
    std::vector<text_line_t> const &lines() const noexcept { return m_lines; }
    std::string const &prose() const noexcept { return m_prose; }
    /// The prose in lower case, for phrase lookups over the whole document.
    std::string const &low() const noexcept { return m_low; }
    std::vector<prose_sentence_t> const &sentences() const noexcept { return m_sentences; }

    /// Sentences [0, lead_end()) are the cover page: what the document offers is said there.
    std::size_t lead_end() const noexcept { return m_lead_end; }
    bool in_lead(std::size_t sentence) const noexcept { return sentence < m_lead_end; }

    /// True for text extracted in lower case: capitals then say nothing about names.
    bool is_lower_case() const noexcept { return m_lower_case; }

private:
    std::string_view m_text;
    std::vector<text_line_t> m_lines;
    std::string m_prose;
    std::string m_low;
    std::vector<prose_sentence_t> m_sentences;
    std::size_t m_lead_end = 0;
    bool m_lower_case = false;
};

#endif // FILING_PARSE_PROSPECTUS_DOCUMENT_VIEW_HPP
