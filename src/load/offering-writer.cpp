// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/offering-writer.hpp"

#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"
#include "util/pg-array.hpp"

#include <string>

namespace {

using param_t = std::optional<std::string>;

param_t text(std::optional<std::string> const &s) { return s; }
param_t text(std::optional<date_t> const &d) { return d ? param_t{d->iso()} : std::nullopt; }
param_t text(std::optional<decimal_t> const &d) { return d ? param_t{d->str()} : std::nullopt; }

} // namespace

std::int64_t resolve_offering(pg_conn_t *conn, filing_t const &filing, std::int64_t filing_id,
                              std::int64_t issuer_id)
{
    auto const &o = *filing.offering;
    auto const r = conn->exec_prepared("resolve_offering", loader_sql("resolve-offering.sql"),
                                       {std::to_string(filing_id), std::to_string(issuer_id), text(o.agreement_type),
                                        text(o.agreement_date), text(o.max_aggregate_offering_price),
                                        text(o.commission_rate), pg_array_literal(o.agents)});
    return r.get_int64(0, 0);
}
