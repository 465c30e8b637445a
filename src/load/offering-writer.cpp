// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/offering-writer.hpp"

#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"

#include <string>

namespace {

using param_t = std::optional<std::string>;

param_t text(std::optional<std::string> const &s) { return s; }
param_t text(std::optional<date_t> const &d) { return d ? param_t{d->iso()} : std::nullopt; }
param_t text(std::optional<decimal_t> const &d) { return d ? param_t{d->str()} : std::nullopt; }

/// A PostgreSQL text[] literal, each element quoted.
std::string text_array(std::vector<std::string> const &items)
{
    std::string out{"{"};
    for (auto const &item : items) {
        if (out.size() > 1) {
            out += ',';
        }
        out += '"';
        for (char c : item) {
            if (c == '"' || c == '\\') {
                out += '\\';
            }
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

} // namespace

void write_offering(pg_conn_t *conn, filing_t const &filing, std::int64_t filing_id,
                    std::int64_t issuer_id)
{
    auto const &o = *filing.offering;
    auto const agents = text_array(o.agents);
    auto const issuer = std::to_string(issuer_id);
    auto const fid = std::to_string(filing_id);

    std::string offering_id;
    auto const found = conn->exec_params(loader_sql("match-offering.sql"),
                                         {issuer, text(o.agreement_date), text(o.agreement_type), agents});
    if (found.rows() > 0) {
        offering_id = std::string{found.get(0, 0)};
        conn->exec_params(loader_sql("complete-offering.sql"),
                          {offering_id, text(o.agreement_type), text(o.agreement_date),
                           text(o.max_aggregate_offering_price), text(o.commission_rate)});
    } else {
        auto const created = conn->exec_params(
            loader_sql("insert-offering.sql"),
            {issuer, text(o.agreement_type), text(o.agreement_date),
             text(o.max_aggregate_offering_price), text(o.commission_rate), fid});
        offering_id = std::string{created.get(0, 0)};
    }
    conn->exec_params(loader_sql("add-offering-agents.sql"), {offering_id, agents});
    conn->exec_params(loader_sql("set-filing-offering.sql"), {fid, offering_id});

    int event_no = 0;
    for (auto const &e : o.events) {
        conn->exec_params(loader_sql("add-offering-event.sql"),
                          {fid, std::to_string(++event_no), offering_id, std::string{to_string(e.type)},
                           text(e.date), text(e.shares_sold), text(e.gross_proceeds),
                           text(e.net_proceeds), text(e.new_capacity)});
    }
}
