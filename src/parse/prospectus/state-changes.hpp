// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_STATE_CHANGES_HPP
#define FILING_PARSE_PROSPECTUS_STATE_CHANGES_HPP

#include "model/date.hpp"
#include "parse/prospectus/placed-event.hpp"

#include <optional>
#include <string>
#include <vector>

class document_view_t;
struct agreement_found_t;

/**
 * Suspension, resumption and termination the document states as facts ("We are suspending
 * sales ... effective DATE", "The purpose of this supplement is to resume sales", "On DATE
 * we delivered written notice of termination ... The termination is effective on DATE"),
 * not possibilities ("we may suspend", "either party may terminate", "until ... is
 * terminated"). Each is dated by the day it takes effect, else by the document. A
 * termination of the continuous offering while the agreement "remains in full force and
 * effect" is a suspension. A termination of an agreement the document replaces is filed
 * under that agreement.
 */
std::vector<placed_event_t> find_state_changes(document_view_t const &doc, agreement_found_t const &agreement,
                                               std::optional<date_t> document_date, std::vector<std::string> *warnings);

#endif // FILING_PARSE_PROSPECTUS_STATE_CHANGES_HPP
