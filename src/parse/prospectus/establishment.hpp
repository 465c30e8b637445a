// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_ESTABLISHMENT_HPP
#define FILING_PARSE_PROSPECTUS_ESTABLISHMENT_HPP

#include "parse/prospectus/placed-event.hpp"

#include <vector>

class document_view_t;
struct agreement_found_t;

/// The cover offers shares under the program ("we may offer and sell", "we have entered
/// into"), and does not amend an earlier supplement ("Supplement No. 2", "amends and
/// supplements the prospectus supplement dated ...").
bool cover_offers(document_view_t const &doc);

/**
 * Whether the document sets the program up (an `established` event): its cover offers
 * shares under the agreement and nothing says the program ran before it. A supplement that
 * refreshes a running program (a new shelf, a new amount, an amended agreement) reports on
 * it and sets nothing up. Signs of a running program:
 *  - the cover amends an earlier supplement;
 *  - a change of the program (capacity, suspension, resumption, termination) is stated;
 *  - shares were already sold under the agreement (a sales figure above zero);
 *  - the agreement was amended or restated before this document;
 *  - "we previously entered into", "a prior prospectus supplement", "supersedes in its
 *    entirety" where the program's agreement is described.
 */
bool establishes(document_view_t const &doc, agreement_found_t const &agreement,
                 std::vector<placed_event_t> const &events);

#endif // FILING_PARSE_PROSPECTUS_ESTABLISHMENT_HPP
