// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/html-text.hpp"

#include "util/trim.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <array>
#include <cctype>
#include <cstdint>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace {

bool iequals_prefix(std::string_view s, std::string_view prefix) noexcept
{
    if (s.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) {
            return false;
        }
    }
    return true;
}

/// Elements that end a line, and those that end a paragraph (a blank line follows).
enum class break_t : std::uint8_t
{
    none,
    line,
    paragraph
};

break_t break_of(std::string_view name) noexcept
{
    static constexpr std::array<std::string_view, 7> lines{"br", "tr", "li", "dt", "dd", "hr", "tbody"};
    static constexpr std::array<std::string_view, 16> paragraphs{"p",   "div",    "h1",         "h2",  "h3", "h4",
                                                                 "h5",  "h6",     "table",      "ul",  "ol", "dl",
                                                                 "pre", "center", "blockquote", "body"};
    for (auto const b : lines) {
        if (name == b) {
            return break_t::line;
        }
    }
    for (auto const b : paragraphs) {
        if (name == b) {
            return break_t::paragraph;
        }
    }
    return (name == "section" || name == "article" || name == "title") ? break_t::paragraph : break_t::none;
}

bool is_skipped(std::string_view name) noexcept
{
    return name == "script" || name == "style" || name == "head" || name == "noscript";
}

/// Collects text, collapsing white space and tracking line and cell boundaries.
class text_builder_t
{
public:
    void text(std::string_view s)
    {
        for (char c : s) {
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                m_space = !m_line.empty();
                continue;
            }
            if (m_space) {
                m_line += ' ';
                m_space = false;
            }
            m_line += c;
        }
    }

    void cell()
    {
        m_space = false;
        if (m_cells > 0 || !m_line.empty()) {
            m_line += '\t';
        }
        ++m_cells;
    }

    void line_break()
    {
        // Trailing blanks and empty cells at the end of a line carry nothing.
        while (!m_line.empty() && (m_line.back() == ' ' || m_line.back() == '\t')) {
            m_line.pop_back();
        }
        if (!m_line.empty()) {
            m_out += m_line;
            m_out += '\n';
            m_blank = false;
        }
        m_line.clear();
        m_space = false;
        m_cells = 0;
    }

    /// Ends a paragraph: one blank line after it, never more.
    void paragraph_break()
    {
        line_break();
        if (!m_blank && !m_out.empty()) {
            m_out += '\n';
            m_blank = true;
        }
    }

    std::string finish()
    {
        line_break();
        while (m_out.size() >= 2 && m_out[m_out.size() - 1] == '\n' && m_out[m_out.size() - 2] == '\n') {
            m_out.pop_back();
        }
        return std::move(m_out);
    }

private:
    std::string m_out;
    std::string m_line;
    bool m_space = false;
    bool m_blank = true;
    int m_cells = 0;
};

/// Breaks and cells an element starts with.
void enter(std::string_view name, text_builder_t *out)
{
    if (break_of(name) != break_t::none) {
        out->line_break();
    }
    if (name == "td" || name == "th") {
        out->cell();
    }
}

/// Breaks an element ends with.
void leave(std::string_view name, text_builder_t *out)
{
    auto const kind = break_of(name);
    if (kind == break_t::paragraph) {
        out->paragraph_break();
    } else if (kind == break_t::line) {
        out->line_break();
    }
}

std::string_view name_of(xmlNode const *n) noexcept
{
    return std::string_view{reinterpret_cast<char const *>(n->name)}; // NOLINT: libxml2 strings are UTF-8
}

/// The text of the tree in document order. Iterative, with the open elements on a stack of
/// its own: a document nested thousands of levels deep must not exhaust the call stack.
void walk(xmlNode const *root, text_builder_t *out)
{
    std::vector<xmlNode const *> open;
    auto const *n = root;
    for (;;) {
        if (n == nullptr) {
            if (open.empty()) {
                return;
            }
            leave(name_of(open.back()), out);
            n = open.back()->next;
            open.pop_back();
            continue;
        }
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content != nullptr) {
            out->text(reinterpret_cast<char const *>(n->content)); // NOLINT: libxml2 strings are UTF-8
        }
        if (n->type != XML_ELEMENT_NODE || is_skipped(name_of(n))) {
            n = n->next;
            continue;
        }
        enter(name_of(n), out);
        open.push_back(n);
        n = n->children;
    }
}

struct doc_deleter_t
{
    void operator()(xmlDoc *doc) const noexcept { xmlFreeDoc(doc); }
};

struct ctxt_deleter_t
{
    void operator()(htmlParserCtxt *ctxt) const noexcept { htmlFreeParserCtxt(ctxt); }
};

} // namespace

bool looks_like_html(std::string_view body) noexcept
{
    auto const start = body.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) {
        return false;
    }
    auto const head = body.substr(start, 2048);
    for (std::size_t i = 0; i + 5 < head.size(); ++i) {
        if (head[i] != '<') {
            continue;
        }
        auto const tag = head.substr(i + 1);
        if (iequals_prefix(tag, "html") || iequals_prefix(tag, "!doctype html") || iequals_prefix(tag, "body") ||
            iequals_prefix(tag, "div") || iequals_prefix(tag, "table") || iequals_prefix(tag, "p>") ||
            iequals_prefix(tag, "p ") || iequals_prefix(tag, "font") || iequals_prefix(tag, "head")) {
            return true;
        }
    }
    return false;
}

std::string html_to_text(std::string_view html, std::string *error)
{
    static std::once_flag init;
    std::call_once(init, []() { xmlInitParser(); });
    if (html.empty()) {
        return {};
    }
    // Blank text nodes are kept: the space between two inline elements is a word break.
    // HUGE lifts libxml2's limit of 256 nested elements, past which it stops reading and
    // keeps the document's beginning only (real filings nest deeper).
    int const options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_COMPACT | XML_PARSE_HUGE;
    std::unique_ptr<htmlParserCtxt, ctxt_deleter_t> const ctxt{htmlNewParserCtxt()};
    if (!ctxt) {
        throw std::bad_alloc{};
    }
    std::unique_ptr<xmlDoc, doc_deleter_t> const doc{
        htmlCtxtReadMemory(ctxt.get(), html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options)};
    // A parser that halted (disableSAX), or a comment never closed (everything after it is
    // comment), leaves only part of the document: say so rather than give the part as the
    // whole.
    bool const partial = !doc || ctxt->disableSAX != 0 || ctxt->errNo == XML_ERR_COMMENT_NOT_FINISHED;
    if (error != nullptr && partial) {
        auto const *last = xmlCtxtGetLastError(ctxt.get());
        // The message's first line: libxml2 quotes the document after it.
        std::string_view message = last != nullptr && last->message != nullptr ? last->message : "";
        message = trim(message.substr(0, message.find('\n')));
        *error = "HTML that libxml2 could not read to its end" + (message.empty() ? "" : ": " + std::string{message});
    }
    if (!doc) {
        return {};
    }
    text_builder_t out;
    walk(xmlDocGetRootElement(doc.get()), &out);
    return out.finish();
}
