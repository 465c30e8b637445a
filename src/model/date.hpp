// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_DATE_HPP
#define FILING_MODEL_DATE_HPP

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

/// A calendar date, always valid; printed as ISO 8601 ("2023-12-08").
class date_t
{
public:
    /// \pre the date is valid (see make()).
    explicit date_t(std::chrono::year_month_day ymd) noexcept : m_ymd(ymd) {}

    /// A date from its parts, or nullopt when no such day exists.
    static std::optional<date_t> make(int year, unsigned month, unsigned day);

    /// "2023-12-08" (ISO) or "12/08/2023" (the forms' Month/Day/Year); nullopt otherwise.
    static std::optional<date_t> parse(std::string_view text);

    /// "October 20, 2022", "Oct. 20, 2022", "20 October 2022"; nullopt otherwise.
    static std::optional<date_t> parse_words(std::string_view text);

    std::string iso() const;

    int year() const noexcept { return static_cast<int>(m_ymd.year()); }
    unsigned month() const noexcept { return static_cast<unsigned>(m_ymd.month()); }
    unsigned day() const noexcept { return static_cast<unsigned>(m_ymd.day()); }

    friend bool operator==(date_t const &, date_t const &) = default;
    friend auto operator<=>(date_t const &a, date_t const &b) { return a.m_ymd <=> b.m_ymd; }

private:
    std::chrono::year_month_day m_ymd;
};

/// Month number (1-12) of an English month name or its abbreviation, 0 if none.
unsigned month_from_name(std::string_view word) noexcept;

#endif // FILING_MODEL_DATE_HPP
