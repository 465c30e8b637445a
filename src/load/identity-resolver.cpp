// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/identity-resolver.hpp"

#include "load/copy-buffer.hpp"
#include "load/copy-tables.hpp"
#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"
#include "model/name-key.hpp"

#include <fmt/format.h>

namespace {

std::optional<std::string> cik_text(std::optional<cik_t> const &cik)
{
    return cik ? std::optional{cik->str()} : std::nullopt;
}

std::optional<std::string> date_text(std::optional<date_t> const &date)
{
    return date ? std::optional{date->iso()} : std::nullopt;
}

void stage_issuer(copy_buffer_t *b, std::size_t seq, filing_t const &f, bool is_copy)
{
    b->add(static_cast<std::int64_t>(seq));
    b->add(cik_text(f.issuer.cik));
    b->add(f.issuer.ticker);
    b->add(f.issuer.name);
    b->add(issuer_name_key(f.issuer.name));
    b->add(date_text(filing_date_of(f)));
    b->add(is_copy);
    b->end_row();
}

void stage_owner(copy_buffer_t *b, std::size_t seq, std::size_t owner, filing_t const &f, bool is_copy)
{
    auto const &o = f.owners[owner];
    b->add(static_cast<std::int64_t>(seq));
    b->add(static_cast<std::int64_t>(owner + 1));
    b->add(cik_text(o.cik));
    b->add(o.name);
    b->add(person_name_key(o.name));
    b->add(date_text(filing_date_of(f)));
    b->add(is_copy);
    b->end_row();
}

} // namespace

void identity_resolver_t::stage(std::vector<filing_t const *> const &fresh,
                                std::vector<filing_completion_t> const &completions)
{
    copy_buffer_t issuers;
    copy_buffer_t owners;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        stage_issuer(&issuers, i, *fresh[i], false);
        for (std::size_t o = 0; o < fresh[i]->owners.size(); ++o) {
            stage_owner(&owners, i, o, *fresh[i], false);
        }
    }
    // A completion stages only what it adds: the identities that come with a CIK.
    for (std::size_t c = 0; c < completions.size(); ++c) {
        auto const &copy = *completions[c].copy;
        if (completions[c].issuer_cik) {
            stage_issuer(&issuers, fresh.size() + c, copy, true);
        }
        for (std::size_t o = 0; o < copy.owners.size(); ++o) {
            if (o < completions[c].owner_ciks.size() && completions[c].owner_ciks[o]) {
                stage_owner(&owners, fresh.size() + c, o, copy, true);
            }
        }
    }
    m_conn->copy_in(STAGE_ISSUER_TARGET, issuers.data());
    if (!owners.empty()) {
        m_conn->copy_in(STAGE_PERSON_TARGET, owners.data());
    }
}

void identity_resolver_t::resolve(std::vector<filing_t const *> const &fresh,
                                  std::vector<filing_completion_t> const &completions)
{
    m_fresh = fresh.size();
    auto const total = fresh.size() + completions.size();
    m_issuer_ids.assign(total, 0);
    m_person_ids.assign(total, {});
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        m_person_ids[i].resize(fresh[i]->owners.size());
    }
    for (std::size_t c = 0; c < completions.size(); ++c) {
        m_person_ids[fresh.size() + c].resize(completions[c].copy->owners.size());
    }
    stage(fresh, completions);

    auto const issuers = m_conn->exec(loader_sql("resolve-issuers.sql"));
    for (int r = 0; r < issuers.rows(); ++r) {
        m_issuer_ids.at(static_cast<std::size_t>(issuers.get_int64(r, 0))) = issuers.get_int64(r, 1);
    }
    auto const persons = m_conn->exec(loader_sql("resolve-persons.sql"));
    for (int r = 0; r < persons.rows(); ++r) {
        auto const seq = static_cast<std::size_t>(persons.get_int64(r, 0));
        auto const owner = static_cast<std::size_t>(persons.get_int64(r, 1) - 1);
        m_person_ids.at(seq).at(owner) = persons.get_int64(r, 2);
    }
}

void identity_resolver_t::complete(filing_completion_t const &c, std::size_t seq)
{
    auto const &copy = *c.copy;
    auto const id = std::to_string(c.filing_id);
    m_conn->exec_params(loader_sql("complete-filing.sql"),
                        {id, c.accession ? std::optional{copy.accession->str()} : std::nullopt,
                         c.issuer_cik ? cik_text(copy.issuer.cik) : std::nullopt,
                         c.issuer_cik ? std::optional{std::to_string(m_issuer_ids.at(seq))} : std::nullopt,
                         issuer_name_key(copy.issuer.name), c.filed_date ? date_text(copy.filed_date) : std::nullopt});
    for (std::size_t o = 0; o < copy.owners.size() && o < c.owner_ciks.size(); ++o) {
        if (c.owner_ciks[o]) {
            m_conn->exec_params(loader_sql("complete-owner.sql"),
                                {id, std::to_string(o + 1), cik_text(copy.owners[o].cik),
                                 std::to_string(m_person_ids.at(seq).at(o)), person_name_key(copy.owners[o].name)});
        }
    }
}

void identity_resolver_t::settle(std::vector<filing_completion_t> const &completions)
{
    for (std::size_t c = 0; c < completions.size(); ++c) {
        complete(completions[c], m_fresh + c);
    }
    m_conn->exec(loader_sql("settle-issuers.sql"));
    m_conn->exec(loader_sql("settle-persons.sql"));
}
