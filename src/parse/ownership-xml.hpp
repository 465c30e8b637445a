// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_OWNERSHIP_XML_HPP
#define FILING_PARSE_OWNERSHIP_XML_HPP

#include "model/filing.hpp"

#include <optional>
#include <string>
#include <string_view>

/// True for text holding an EDGAR `ownershipDocument`.
bool looks_like_ownership_xml(std::string_view text) noexcept;

struct ownership_xml_result_t
{
    std::optional<filing_t> filing;
    std::string error;
};

/**
 * Reads an EDGAR ownership document (schema versions X0202 to X0508): every element of
 * the ownership XML technical specification that the model holds, values given only as
 * footnotes included. A document with a DTD or entity declarations is refused before
 * parsing (no entity is ever expanded); malformed XML is an error naming the line. Pure.
 */
ownership_xml_result_t parse_ownership_xml(std::string_view xml);

#endif // FILING_PARSE_OWNERSHIP_XML_HPP
