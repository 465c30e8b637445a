// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_OFFERING_WRITER_HPP
#define FILING_LOAD_OFFERING_WRITER_HPP

#include "model/filing.hpp"

#include <cstdint>

class pg_conn_t;

/**
 * Links a prospectus supplement to its ATM program (creating the program when first
 * seen) and stores what the supplement says of it as events. ATM supplements are rare
 * next to ownership filings, so this goes statement by statement, in document order.
 * \pre filing.offering is set and the filing row exists.
 */
void write_offering(pg_conn_t *conn, filing_t const &filing, std::int64_t filing_id,
                    std::int64_t issuer_id);

#endif // FILING_LOAD_OFFERING_WRITER_HPP
