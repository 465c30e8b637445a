// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_PROGRAM_DECISION_HPP
#define FILING_PARSE_PROSPECTUS_PROGRAM_DECISION_HPP

#include <string>

class document_view_t;
struct agreement_found_t;

struct program_decision_t
{
    bool is_atm = false;
    std::string reason; ///< why not, in words: "the cover offers an underwritten offering"
};

/**
 * Is this supplement about an at-the-market program? Decided on the cover page, where a
 * supplement says what it offers; the body of any supplement may mention the issuer's ATM
 * program in passing (dilution, risk factors, recent developments).
 *
 * Positive signals (one is needed on the cover, and an ATM agreement named):
 *  - an ATM agreement with its agents ("We have entered into a Sales Agreement with X");
 *  - "at the market offerings" as defined in Rule 415(a)(4), sales agents;
 *  - a change of the program stated as the document's purpose (suspend, resume, terminate,
 *    increase, sales to date) in a supplement amending an ATM supplement.
 *
 * Negative signals (any on the cover before the first positive one decides):
 *  - an underwritten offering: underwriting agreement, underwriters, firm commitment,
 *    option to purchase additional shares, over-allotment, underwriting discount, a lock-up,
 *    stabilization, the "Underwriting" section;
 *  - a registered direct or best-efforts offering: placement agent, securities purchase
 *    agreement, "directly to investors", a dealer manager;
 *  - a resale by selling stockholders ("we will not receive any of the proceeds");
 *  - an equity line (commitment shares, regular purchases: Lincoln Park, Aspire);
 *  - shares issued on the exercise of warrants or under a dividend reinvestment plan;
 *  - debt: notes, debentures, aggregate principal amount, pricing and product supplements;
 *  - a preliminary supplement ("Subject to Completion"): ATM supplements never are;
 *  - a sticker that only attaches a current or periodic report (unless the cover states a
 *    change of the program);
 *  - no ATM wording on the cover at all: the document only mentions a program.
 *
 * `event_on_cover` says whether an extractor found a program event on the cover.
 */
program_decision_t decide_program(document_view_t const &doc, agreement_found_t const &agreement, bool event_on_cover);

#endif // FILING_PARSE_PROSPECTUS_PROGRAM_DECISION_HPP
