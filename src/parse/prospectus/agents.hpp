// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_AGENTS_HPP
#define FILING_PARSE_PROSPECTUS_AGENTS_HPP

#include "model/date.hpp"
#include "parse/prospectus/placed-event.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

class document_view_t;
struct agreement_found_t;

struct agents_found_t
{
    std::vector<std::string> agents;       ///< full names, in the order first named
    std::optional<placed_event_t> changed; ///< agents added, replaced or removed
};

/**
 * The program's sales agents: the firms named where the agreement or the agents are
 * described (the cover first), one to twenty or more, in lists joined by commas, "and" or
 * semicolons; not the issuer, counsel, banks (forward purchasers) nor the parties of an
 * agreement the document ends. An amendment or joinder that adds, replaces or removes
 * agents becomes an agents_changed event with the list in force after it.
 */
agents_found_t find_agents(document_view_t const &doc, agreement_found_t const &agreement, std::string_view issuer_name,
                           std::optional<date_t> document_date, std::vector<std::string> *warnings);

#endif // FILING_PARSE_PROSPECTUS_AGENTS_HPP
