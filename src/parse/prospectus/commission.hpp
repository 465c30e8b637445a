// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_COMMISSION_HPP
#define FILING_PARSE_PROSPECTUS_COMMISSION_HPP

#include "model/decimal.hpp"

#include <optional>

class document_view_t;

/**
 * The agents' commission in percent of gross proceeds: "a commission rate of up to 3.0%",
 * "a commission equal to up to 1%", "compensation equal to 2.5%", "an amount equal to
 * 3.0% of the gross proceeds". Not the Securities and Exchange Commission, not other
 * percentages (ownership limits, public float).
 */
std::optional<decimal_t> find_commission_rate(document_view_t const &doc);

#endif // FILING_PARSE_PROSPECTUS_COMMISSION_HPP
