// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/copy-buffer.hpp"

#include <charconv>

void copy_buffer_t::append_escaped(std::string *out, std::string_view text)
{
    // Copy runs of ordinary bytes at once; only backslash and the three control
    // characters that delimit COPY text need a backslash escape.
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char escaped = 0;
        switch (text[i]) {
        case '\\': escaped = '\\'; break;
        case '\n': escaped = 'n'; break;
        case '\r': escaped = 'r'; break;
        case '\t': escaped = 't'; break;
        default: continue;
        }
        out->append(text.data() + start, i - start);
        out->push_back('\\');
        out->push_back(escaped);
        start = i + 1;
    }
    out->append(text.data() + start, text.size() - start);
}

void copy_buffer_t::start_column()
{
    if (m_row_open) {
        m_data.push_back('\t');
    }
    m_row_open = true;
}

void copy_buffer_t::add(std::string_view text)
{
    start_column();
    append_escaped(&m_data, text);
}

void copy_buffer_t::add(std::optional<std::string> const &text)
{
    if (text) {
        add(std::string_view{*text});
    } else {
        add_null();
    }
}

void copy_buffer_t::add(std::int64_t number)
{
    start_column();
    char buf[24];
    auto const [end, ec] = std::to_chars(buf, buf + sizeof(buf), number);
    m_data.append(buf, end);
}

void copy_buffer_t::add(bool flag)
{
    start_column();
    m_data.push_back(flag ? 't' : 'f');
}

void copy_buffer_t::add_null()
{
    start_column();
    m_data.append("\\N");
}

void copy_buffer_t::add_raw(std::string_view text)
{
    start_column();
    m_data.append(text);
}

void copy_buffer_t::end_row()
{
    m_data.push_back('\n');
    m_row_open = false;
    ++m_rows;
}
