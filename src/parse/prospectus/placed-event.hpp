// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_PLACED_EVENT_HPP
#define FILING_PARSE_PROSPECTUS_PLACED_EVENT_HPP

#include "model/offering.hpp"

#include <cstddef>

/// An event an extractor found, and the sentence it stands in: events are listed in the
/// order the document tells them.
struct placed_event_t
{
    offering_event_t event;
    std::size_t sentence = 0;
};

#endif // FILING_PARSE_PROSPECTUS_PLACED_EVENT_HPP
