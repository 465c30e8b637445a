// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/program-words.hpp"

#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"

#include <array>
#include <cctype>

namespace {

/// At-the-market wording, including the spellings text extraction leaves behind.
constexpr std::array<std::string_view, 11> AT_THE_MARKET{
    "at the market", "at-the-market", "atthe-market", "at the-market", "at-the market", "at-market",
    "(atm)",         "\"atm\"",       "atm program",  "atm offering",  "atm facility"};

constexpr std::array<std::string_view, 12> SALES_AGENT{
    "sales agent",    "as agent",           "as our agent",           "as agents",
    "as an agent",    "additional agent",   "selling agent",          "sales manager",
    "forward seller", "agent or principal", "agent and/or principal", "agent and principal"};

/// Program words beyond the agreement and the agents.
constexpr std::array<std::string_view, 5> PROGRAM{"continuous offering", "offering program", "equity program",
                                                  "distribution program", "sales under"};

/// General Instruction I.B.6 of Form S-3: the public float limit.
constexpr std::array<std::string_view, 9> PUBLIC_FLOAT{
    "i.b.6",    "non-affiliates",    "public float", "twelve-month", "twelve calendar month",
    "12-month", "12 calendar month", "one-third of", "twelve month"};

/// Wording of what could happen: a condition, a right or a future possibility.
constexpr std::array<std::string_view, 19> CONDITIONAL{
    " might ",      " could ",      " can ",       "right to ",
    " if ",         "in the event", "upon notice", "upon proper notice",
    "at any time",  "until ",       " unless",     "upon the earlier",
    "either party", "subject to ",  " would ",     "whether",
    "in its sole",  "the right,",   "by giving"};

} // namespace

bool mentions_at_the_market(std::string_view low)
{
    return contains_any(low, AT_THE_MARKET) || contains_word(low, "atm");
}

bool mentions_sales_agent(std::string_view low) { return contains_any(low, SALES_AGENT); }

bool about_program(std::string_view low)
{
    return names_atm_agreement(low) || mentions_at_the_market(low) || mentions_sales_agent(low) ||
           contains_any(low, PROGRAM);
}

bool about_program(document_view_t const &doc, agreement_found_t const &agreement, std::size_t i)
{
    return agreement.named_in(i) || about_program(doc.sentences()[i].low);
}

bool is_public_float_sentence(std::string_view low) { return contains_any(low, PUBLIC_FLOAT); }

bool says_may(std::string_view low)
{
    // "may" the verb, not May the month ("dated May 15, 2023").
    for (auto at = low.find(" may "); at != std::string_view::npos; at = low.find(" may ", at + 1)) {
        if (at + 5 >= low.size() || std::isdigit(static_cast<unsigned char>(low[at + 5])) == 0) {
            return true;
        }
    }
    return false;
}

bool is_conditional(std::string_view low) { return says_may(low) || contains_any(low, CONDITIONAL); }
