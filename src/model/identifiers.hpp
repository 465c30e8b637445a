// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_IDENTIFIERS_HPP
#define FILING_MODEL_IDENTIFIERS_HPP

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

/// An SEC Central Index Key: up to ten digits, printed without leading zeros.
class cik_t
{
public:
    explicit cik_t(std::uint64_t value) noexcept : m_value(value) {}

    /// "0001627970" or "1627970"; nullopt unless 1 to 10 digits.
    static std::optional<cik_t> parse(std::string_view text);

    std::uint64_t value() const noexcept { return m_value; }
    std::string str() const { return std::to_string(m_value); }

    friend auto operator<=>(cik_t, cik_t) = default;

private:
    std::uint64_t m_value;
};

/// An EDGAR accession number, kept in its dashed form "0001062993-22-008150".
class accession_no_t
{
public:
    /// Accepts the dashed form or the 18 digits without dashes.
    static std::optional<accession_no_t> parse(std::string_view text);

    std::string const &str() const noexcept { return m_text; }

    friend bool operator==(accession_no_t const &, accession_no_t const &) = default;

private:
    explicit accession_no_t(std::string text) : m_text(std::move(text)) {}

    std::string m_text;
};

/// A form type such as "4", "4/A", "424B5": the base form and whether it is an amendment.
class form_type_t
{
public:
    form_type_t() = default;

    /// "4", "4/A", "FORM 4/A", "424B5"; blanks around are ignored, letters upper-cased.
    static form_type_t parse(std::string_view text);

    std::string const &base() const noexcept { return m_base; }
    bool is_amendment() const noexcept { return m_amendment; }
    bool empty() const noexcept { return m_base.empty(); }
    std::string str() const { return m_amendment ? m_base + "/A" : m_base; }

    /// Forms 3, 4 and 5 (and their amendments).
    bool is_ownership() const noexcept;

    friend bool operator==(form_type_t const &, form_type_t const &) = default;

private:
    form_type_t(std::string base, bool amendment) : m_base(std::move(base)), m_amendment(amendment) {}

    std::string m_base;
    bool m_amendment = false;
};

#endif // FILING_MODEL_IDENTIFIERS_HPP
