// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_FILING_JSON_HPP
#define FILING_MODEL_FILING_JSON_HPP

#include "model/filing.hpp"
#include "util/sha256.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

/**
 * A filing as the JSON contract of `filing-import parse` shows it (see the README): the
 * members every outside tool relies on, in the documented order, plus a few more. Numbers
 * are written from their exact decimal (print with json_text()), dates as ISO strings,
 * blanks as null.
 */
nlohmann::ordered_json filing_to_json(filing_t const &filing, std::string_view source, sha256_t const &sha256);

/// The contract's object for a file that could not be parsed: kind "unknown", the error.
nlohmann::ordered_json error_to_json(std::string_view source, sha256_t const *sha256, std::string_view error);

/**
 * The identity of a filing's content: SHA-256 of its canonical JSON without the accession
 * number, the CIKs and the filing date, which only some formats show. The same filing
 * read from ownership XML, from a submission file or from a faithful text rendering has
 * the same key.
 */
sha256_t document_key(filing_t const &filing);

/**
 * JSON number for an exact decimal: a plain number when nlohmann-json holds it without
 * loss, else an exact_number() (see util/json-text.hpp). Write documents that hold such
 * numbers with json_text(), not dump().
 */
nlohmann::ordered_json decimal_to_json(decimal_t const &value);

#endif // FILING_MODEL_FILING_JSON_HPP
