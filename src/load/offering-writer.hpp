// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_OFFERING_WRITER_HPP
#define FILING_LOAD_OFFERING_WRITER_HPP

#include "model/filing.hpp"

#include <cstdint>

class pg_conn_t;

/**
 * The ATM program a prospectus supplement speaks of, created when first seen and
 * completed with what this supplement adds (agents, terms). Called in document order
 * before the filing's rows are copied; its events are copied with them.
 * \pre filing.offering is set; filing_id is reserved for the filing.
 * \returns the program's offering_id.
 */
std::int64_t resolve_offering(pg_conn_t *conn, filing_t const &filing, std::int64_t filing_id,
                              std::int64_t issuer_id);

#endif // FILING_LOAD_OFFERING_WRITER_HPP
