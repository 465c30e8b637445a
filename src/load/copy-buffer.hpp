// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_COPY_BUFFER_HPP
#define FILING_LOAD_COPY_BUFFER_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

/**
 * Rows for one COPY ... FROM STDIN in PostgreSQL's text format, built in memory and sent
 * in one go. All escaping happens in append_escaped(), nowhere else.
 */
class copy_buffer_t
{
public:
    /// A text column, escaped.
    void add(std::string_view text);
    void add(std::string const &text) { add(std::string_view{text}); }
    void add(char const *text) { add(std::string_view{text}); }
    void add(std::optional<std::string> const &text);
    void add(std::int64_t number);
    void add(bool flag);
    void add_null();
    /// A column whose text needs no escaping (numbers, ISO dates, hex).
    void add_raw(std::string_view text);

    /// Ends the current row.
    void end_row();

    std::string const &data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_data.size(); }
    bool empty() const noexcept { return m_data.empty(); }
    std::size_t rows() const noexcept { return m_rows; }
    void clear() noexcept
    {
        m_data.clear();
        m_rows = 0;
        m_row_open = false;
    }

    /// Appends `text` to `out` escaped for COPY text format.
    static void append_escaped(std::string *out, std::string_view text);

private:
    void start_column();

    std::string m_data;
    std::size_t m_rows = 0;
    bool m_row_open = false;
};

#endif // FILING_LOAD_COPY_BUFFER_HPP
