// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_CAPACITY_HPP
#define FILING_PARSE_PROSPECTUS_CAPACITY_HPP

#include "model/date.hpp"
#include "model/decimal.hpp"
#include "parse/prospectus/placed-event.hpp"

#include <optional>
#include <string>
#include <vector>

class document_view_t;
struct agreement_found_t;

struct capacity_found_t
{
    std::optional<decimal_t> maximum;     ///< the program's maximum aggregate offering price now
    std::optional<placed_event_t> change; ///< an increase or a reduction, with the new total
};

/**
 * The maximum aggregate offering price: the new total when the document increases or
 * reduces it ("increased ... by $25,000,000 to $75,000,000", "from $20,000,000 to $0"),
 * else the amount the program offers ("having an aggregate offering price of up to $X",
 * "Up to $X" on the cover, "in excess of $X"). Figures of the public float limit
 * (General Instruction I.B.6), what was sold and what remains are not the program's. A
 * change is dated by when it takes effect, else by the amendment that made it.
 */
capacity_found_t find_capacity(document_view_t const &doc, agreement_found_t const &agreement,
                               std::optional<date_t> document_date, std::vector<std::string> *warnings);

#endif // FILING_PARSE_PROSPECTUS_CAPACITY_HPP
