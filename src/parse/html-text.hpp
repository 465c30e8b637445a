// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_HTML_TEXT_HPP
#define FILING_PARSE_HTML_TEXT_HPP

#include <string>
#include <string_view>

/// True for a document body that is HTML rather than plain text.
bool looks_like_html(std::string_view body) noexcept;

/**
 * Plain text from an HTML document, as the text parsers read it: tags dropped, entities
 * decoded, white space collapsed the way a browser does, block elements (paragraphs,
 * divisions, rows, list items, headings, breaks) ending lines, table cells separated by
 * tabs; scripts, styles and the head left out. Uses libxml2's HTML parser, which copes
 * with the malformed HTML that filings often are, without network access, and with
 * documents nested however deep.
 * \param error set, when given, if libxml2 stopped before the document's end (the text is
 *        then only its beginning): never take part of a document for the whole.
 * \pre html is valid UTF-8.
 */
std::string html_to_text(std::string_view html, std::string *error = nullptr);

#endif // FILING_PARSE_HTML_TEXT_HPP
