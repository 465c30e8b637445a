// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_TEXT_NORMALIZE_HPP
#define FILING_PARSE_TEXT_NORMALIZE_HPP

#include <string>
#include <string_view>

/**
 * Valid UTF-8 from any bytes: valid sequences are kept, every other byte is read as
 * Latin-1 (old EDGAR text often is), NUL bytes are dropped. The database and the JSON
 * output both need valid UTF-8.
 */
std::string sanitize_utf8(std::string_view bytes);

/**
 * Plain text from a rendering of a form: markdown headings and emphasis dropped, `\$`
 * style escapes undone, LaTeX marks (`$^{\star}$`, `$^{1}$`) and superscript footnote
 * marks (⁽¹⁾, ²) turned into "*" and "(1)", checkbox glyphs into "X", odd spaces into
 * plain ones and CRLF into LF. Tabs stay: they separate cells.
 * \pre text is valid UTF-8.
 */
std::string normalize_rendering(std::string_view text);

#endif // FILING_PARSE_TEXT_NORMALIZE_HPP
