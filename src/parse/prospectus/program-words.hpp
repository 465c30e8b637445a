// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_PROGRAM_WORDS_HPP
#define FILING_PARSE_PROSPECTUS_PROGRAM_WORDS_HPP

// The vocabulary every extractor shares to tell a sentence about the at-the-market program
// from the rest of a supplement. Arguments are lower-case sentences.

#include <cstddef>
#include <string_view>

class document_view_t;
struct agreement_found_t;

/// "at the market offerings", "at-the-market", "ATM program", "(ATM)".
bool mentions_at_the_market(std::string_view low);

/// Sales agents acting for the issuer: "as sales agent", "the sales agents", "as agent".
bool mentions_sales_agent(std::string_view low);

/// A sentence about the program: its agreement, its agents or its at-the-market sales.
bool about_program(std::string_view low);

/// The same for sentence `i` of a document, which may also name the agreement by the short
/// name the document defined for it ("the Agreement").
bool about_program(document_view_t const &doc, agreement_found_t const &agreement, std::size_t i);

/// Sentences about the issuer's public float under General Instruction I.B.6 ("baby shelf"):
/// their limits and twelve-month sales are not the program's figures.
bool is_public_float_sentence(std::string_view low);

/// "may" as a verb (not the month: "dated May 15, 2023").
bool says_may(std::string_view low);

/// "may", "could", "if", "upon notice", "until": what could happen, not what did.
bool is_conditional(std::string_view low);

#endif // FILING_PARSE_PROSPECTUS_PROGRAM_WORDS_HPP
