// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_SALES_HPP
#define FILING_PARSE_PROSPECTUS_SALES_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"
#include "parse/prospectus/placed-event.hpp"

#include <optional>
#include <vector>

class document_view_t;
struct agreement_found_t;

/**
 * Sales to date under the program, cumulative: "As of DATE, we have sold N shares ... for
 * aggregate gross proceeds of $X", "we have offered and sold", "issued and sold", "Through
 * DATE, we sold N ADSs ... generating net proceeds of approximately $X million", "having an
 * aggregate offering price of approximately $X", "no shares have been sold"; or, when only
 * what remains is given ("$X of shares remain available"), the capacity less that. Dated by
 * the as-of date, else the document's. Sales of other offerings, of the twelve months of
 * the public float limit or of a period ("during the quarter") are not the program's.
 * A second event, filed under the earlier agreement, holds the sales a document reports
 * under an agreement it ends.
 */
std::vector<placed_event_t> find_sales(document_view_t const &doc, agreement_found_t const &agreement,
                                       std::optional<date_t> document_date, std::optional<decimal_t> capacity);

#endif // FILING_PARSE_PROSPECTUS_SALES_HPP
