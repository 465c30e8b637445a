// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_OFFERING_WRITER_HPP
#define FILING_LOAD_OFFERING_WRITER_HPP

#include "model/filing.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

class copy_buffer_t;
class pg_conn_t;

/// The programs a supplement's rows refer to.
struct offering_ids_t
{
    std::int64_t program = 0;         ///< the program the supplement describes
    std::vector<std::int64_t> events; ///< per event: the program it is filed under
};

/**
 * The ATM programs a prospectus supplement speaks of, found or created: its own program
 * (same issuer and same agreement: type and date, or the agreement an amendment or a
 * restatement names) completed with what this supplement adds (agents, terms, amendments),
 * and the earlier program of each event that names another agreement (the one a
 * supplement ends as it starts a new one). Called in document order before the filing's
 * rows are copied; its events are copied with them.
 * \pre filing.offering is set and is an ATM program; filing_id is reserved for the filing.
 */
offering_ids_t resolve_offering(pg_conn_t *conn, filing_t const &filing, std::int64_t filing_id,
                                std::int64_t issuer_id);

/// The COPY target of offering_event rows (table and columns).
extern std::string_view const OFFERING_EVENT_TARGET;

/// The offering_event rows of a supplement, each under the program `programs` names for it.
void append_offering_events(copy_buffer_t *buffer, offering_t const &offering, std::int64_t filing_id,
                            std::vector<std::int64_t> const &programs);

#endif // FILING_LOAD_OFFERING_WRITER_HPP
