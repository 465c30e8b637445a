// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/offering-writer.hpp"

#include "load/copy-buffer.hpp"
#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"
#include "util/pg-array.hpp"

#include <map>
#include <string>
#include <utility>

std::string_view const OFFERING_EVENT_TARGET =
    "offering_event (filing_id, event_no, offering_id, event_type, event_date, shares_sold, gross_proceeds, "
    "net_proceeds, new_capacity, agents, agents_removed)";

namespace {

using param_t = std::optional<std::string>;

param_t text(std::optional<std::string> const &s) { return s; }
param_t text(std::optional<date_t> const &d) { return d ? param_t{d->iso()} : std::nullopt; }
param_t text(std::optional<decimal_t> const &d) { return d ? param_t{d->str()} : std::nullopt; }

/// What identifies a program in one call of resolve-offering.sql, and what it adds.
struct program_terms_t
{
    agreement_ref_t agreement;
    std::optional<decimal_t> max_aggregate_offering_price;
    std::optional<decimal_t> commission_rate;
    std::vector<std::string> agents;
    std::vector<agreement_amendment_t> amendments;
};

std::int64_t resolve(pg_conn_t *conn, program_terms_t const &t, std::int64_t filing_id, std::int64_t issuer_id,
                     std::optional<std::int64_t> not_program = std::nullopt)
{
    std::vector<std::string> dates;
    std::vector<std::string> kinds;
    for (auto const &a : t.amendments) {
        if (a.date) {
            dates.push_back(a.date->iso());
            kinds.emplace_back(to_string(a.kind));
        }
    }
    auto const r =
        conn->exec_prepared("resolve_offering", loader_sql("resolve-offering.sql"),
                            {std::to_string(filing_id), std::to_string(issuer_id), text(t.agreement.type),
                             text(t.agreement.date), text(t.max_aggregate_offering_price), text(t.commission_rate),
                             pg_array_literal(t.agents), pg_array_literal(dates), pg_array_literal(kinds),
                             not_program ? param_t{std::to_string(*not_program)} : std::nullopt});
    return r.get_int64(0, 0);
}

void add_decimal(copy_buffer_t *b, std::optional<decimal_t> const &d)
{
    if (d) {
        b->add_raw(d->str());
    } else {
        b->add_null();
    }
}

} // namespace

offering_ids_t resolve_offering(pg_conn_t *conn, filing_t const &filing, std::int64_t filing_id, std::int64_t issuer_id)
{
    auto const &o = *filing.offering;
    offering_ids_t ids;
    ids.program = resolve(conn,
                          program_terms_t{{o.agreement_type, o.agreement_date},
                                          o.max_aggregate_offering_price,
                                          o.commission_rate,
                                          o.agents,
                                          o.amendments},
                          filing_id, issuer_id);
    // Another agreement an event names is another program: found once per supplement.
    std::map<std::pair<std::optional<std::string>, std::optional<std::string>>, std::int64_t> others;
    for (auto const &e : o.events) {
        if (!e.agreement) {
            ids.events.push_back(ids.program);
            continue;
        }
        auto const key = std::pair{e.agreement->type, text(e.agreement->date)};
        auto it = others.find(key);
        if (it == others.end()) {
            auto const id =
                resolve(conn, program_terms_t{*e.agreement, {}, {}, {}, {}}, filing_id, issuer_id, ids.program);
            it = others.emplace(key, id).first;
        }
        ids.events.push_back(it->second);
    }
    return ids;
}

void append_offering_events(copy_buffer_t *b, offering_t const &offering, std::int64_t filing_id,
                            std::vector<std::int64_t> const &programs)
{
    std::int64_t event_no = 0;
    for (std::size_t i = 0; i < offering.events.size(); ++i) {
        auto const &e = offering.events[i];
        b->add(filing_id);
        b->add(++event_no);
        b->add(programs.at(i));
        b->add(to_string(e.type));
        if (e.date) {
            b->add_raw(e.date->iso());
        } else {
            b->add_null();
        }
        add_decimal(b, e.shares_sold);
        add_decimal(b, e.gross_proceeds);
        add_decimal(b, e.net_proceeds);
        add_decimal(b, e.new_capacity);
        for (auto const *agents : {&e.agents, &e.agents_removed}) {
            if (e.type == offering_event_type_t::agents_changed) {
                b->add(pg_array_literal(*agents));
            } else {
                b->add_null();
            }
        }
        b->end_row();
    }
}
