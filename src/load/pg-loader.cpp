// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/pg-loader.hpp"

#include "errors.hpp"
#include "load/copy-tables.hpp"
#include "load/loader-sql.hpp"
#include "load/offering-writer.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "model/name-key.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace {

std::optional<std::string> cik_text(std::optional<cik_t> const &cik)
{
    if (cik) {
        return cik->str();
    }
    return std::nullopt;
}

} // namespace

std::string_view to_string(outcome_t outcome) noexcept
{
    switch (outcome) {
    case outcome_t::unchanged: return "unchanged";
    case outcome_t::imported: return "imported";
    case outcome_t::already_imported: return "already imported";
    case outcome_t::skipped: return "skipped";
    case outcome_t::rejected: return "rejected";
    }
    return "?";
}

pg_loader_t::pg_loader_t(loader_options_t options, outcome_callback_t on_outcome)
: m_options(std::move(options)), m_on_outcome(std::move(on_outcome)),
  m_conn(m_options.database, "loader")
{
    m_conn.exec(loader_sql("session-setup.sql"));
}

pg_loader_t::~pg_loader_t()
{
    if (m_profile.total_seconds() > 0) {
        log_debug("loader profile (seconds): {}", m_profile.to_string());
    }
}

void pg_loader_t::report(load_outcome_t const &outcome) const
{
    if (m_on_outcome) {
        m_on_outcome(outcome);
    }
}

void pg_loader_t::add(source_filing_t filing)
{
    auto const key = filing.document_key ? *filing.document_key : document_key(filing.filing);
    m_pending.push_back(pending_t{std::move(filing), key});
    if (m_pending.size() >= m_options.batch_filings) {
        flush();
    }
}

void pg_loader_t::add_file_outcome(load_outcome_t outcome)
{
    // Recorded at once, in its own statement: these are rare and carry no filing rows.
    auto const hash = outcome.source_sha256 ? std::optional{outcome.source_sha256->hex()} : std::nullopt;
    if (outcome.outcome == outcome_t::rejected) {
        m_conn.exec_params(loader_sql("record-reject.sql"),
                           {outcome.source_path, hash, outcome.stage, outcome.reason});
    } else if (outcome.outcome == outcome_t::skipped && hash) {
        m_conn.exec_params(loader_sql("record-skip.sql"),
                           {outcome.source_path, hash,
                            outcome.form_type.empty() ? std::nullopt : std::optional{outcome.form_type},
                            outcome.reason});
    }
    report(outcome);
}

void pg_loader_t::flush()
{
    if (m_pending.empty()) {
        return;
    }
    write_batch(m_pending);
    m_pending.clear();
}

void pg_loader_t::write_batch(std::span<pending_t> batch)
{
    try {
        store(batch);
        return;
    } catch (pg_error_t const &e) {
        if (e.is_connection_lost() || !m_conn.is_open()) {
            throw;
        }
        if (batch.size() == 1) {
            if (!e.is_data_error()) {
                throw; // not this filing's fault: the schema or server is wrong
            }
            auto const &item = batch.front().item;
            auto reason = fmt::format("refused by the database: {}", e.what());
            log_debug("{}: {}", item.source_path, reason);
            load_outcome_t outcome{item.source_path, item.source_sha256, outcome_t::rejected,
                                   std::move(reason), "load", {}};
            add_file_outcome(std::move(outcome));
            return;
        }
    }
    // pgloader's way: split the batch to isolate the filing the database refuses; every
    // other filing is stored, no row of the bad one is.
    auto const half = batch.size() / 2;
    write_batch(batch.first(half));
    write_batch(batch.subspan(half));
}

void pg_loader_t::store(std::span<pending_t> batch)
{
    m_profile.start();
    pg_transaction_t tx{&m_conn};
    m_conn.exec(loader_sql("lock-archive.sql"));
    m_conn.exec(loader_sql("defer-constraints.sql"));
    m_profile.mark("lock");

    // What is already stored, by file and by content.
    std::vector<std::string> source_hexes;
    std::vector<std::string> key_hexes;
    for (auto const &p : batch) {
        source_hexes.push_back(p.item.source_sha256.hex());
        key_hexes.push_back(p.key.hex());
    }
    std::set<std::pair<std::string, int>> known_sources;
    {
        auto const r = m_conn.exec_params(loader_sql("known-sources.sql"), {pg_array_literal(source_hexes)});
        for (int i = 0; i < r.rows(); ++i) {
            known_sources.emplace(std::string{r.get(i, 0)}, static_cast<int>(r.get_int64(i, 1)));
        }
    }
    struct stored_t
    {
        std::int64_t filing_id;
        bool has_accession;
    };
    std::unordered_map<std::string, stored_t> known_documents;
    {
        auto const r = m_conn.exec_params(loader_sql("known-documents.sql"), {pg_array_literal(key_hexes)});
        for (int i = 0; i < r.rows(); ++i) {
            known_documents.emplace(std::string{r.get(i, 0)},
                                    stored_t{r.get_int64(i, 1), !r.is_null(i, 2)});
        }
    }

    std::vector<pending_t *> fresh;
    std::vector<load_outcome_t> outcomes;
    std::set<std::string> keys_in_batch;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        auto &p = batch[i];
        auto const &item = p.item;
        auto const &key_hex = key_hexes[i];
        if (known_sources.contains({source_hexes[i], item.source_document})) {
            outcomes.push_back({item.source_path, item.source_sha256, outcome_t::already_imported,
                                "file already imported", {}, {}});
            continue;
        }
        if (auto const it = known_documents.find(key_hex); it != known_documents.end()) {
            if (item.filing.accession && !it->second.has_accession) {
                m_conn.exec_params(loader_sql("add-accession.sql"),
                                   {std::to_string(it->second.filing_id), item.filing.accession->str()});
            }
            outcomes.push_back({item.source_path, item.source_sha256, outcome_t::already_imported,
                                fmt::format("same filing as filing {}", it->second.filing_id), {}, {}});
            continue;
        }
        if (!keys_in_batch.insert(key_hex).second) {
            outcomes.push_back({item.source_path, item.source_sha256, outcome_t::already_imported,
                                "same filing as another file of this import", {}, {}});
            continue;
        }
        known_sources.emplace(source_hexes[i], item.source_document);
        fresh.push_back(&p);
        outcomes.push_back({item.source_path, item.source_sha256, outcome_t::imported, {}, {}, {}});
    }

    m_profile.mark("known");
    if (!fresh.empty()) {
        store_new(fresh);
    }
    m_conn.exec(loader_sql("check-constraints.sql"));
    m_profile.mark("fk_checks");
    tx.commit();
    m_profile.mark("commit");
    for (auto const &o : outcomes) {
        report(o);
    }
}

void pg_loader_t::store_new(std::vector<pending_t *> const &fresh)
{
    // Issuers and persons: stage each distinct identity once, resolve them all with one
    // round trip each.
    using issuer_identity_t =
        std::tuple<std::optional<std::uint64_t>, std::string, std::optional<std::string>>;
    std::map<issuer_identity_t, int> issuer_seq;
    std::vector<int> filing_issuer_seq;
    copy_buffer_t stage;
    for (auto const *p : fresh) {
        auto const &issuer = p->item.filing.issuer;
        auto key = issuer_name_key(issuer.name);
        issuer_identity_t identity{issuer.cik ? std::optional{issuer.cik->value()} : std::nullopt, key,
                                   issuer.ticker};
        auto [it, added] = issuer_seq.try_emplace(identity, static_cast<int>(issuer_seq.size()));
        if (added) {
            stage.add(std::int64_t{it->second});
            stage.add(cik_text(issuer.cik));
            stage.add(issuer.ticker);
            stage.add(issuer.name);
            stage.add(key);
            stage.end_row();
        }
        filing_issuer_seq.push_back(it->second);
    }
    m_conn.copy_in(STAGE_ISSUER_TARGET, stage.data());
    std::vector<std::int64_t> issuer_ids(issuer_seq.size());
    {
        auto const r = m_conn.exec(loader_sql("resolve-issuers.sql"));
        for (int i = 0; i < r.rows(); ++i) {
            issuer_ids.at(static_cast<std::size_t>(r.get_int64(i, 0))) = r.get_int64(i, 1);
        }
    }
    m_profile.mark("issuers");

    using person_identity_t = std::pair<std::optional<std::uint64_t>, std::string>;
    std::map<person_identity_t, int> person_seq;
    std::vector<std::vector<int>> filing_person_seqs;
    stage.clear();
    for (auto const *p : fresh) {
        std::vector<int> seqs;
        for (auto const &owner : p->item.filing.owners) {
            auto key = person_name_key(owner.name);
            person_identity_t identity{owner.cik ? std::optional{owner.cik->value()} : std::nullopt, key};
            auto [it, added] = person_seq.try_emplace(identity, static_cast<int>(person_seq.size()));
            if (added) {
                stage.add(std::int64_t{it->second});
                stage.add(cik_text(owner.cik));
                stage.add(owner.name);
                stage.add(key);
                stage.end_row();
            }
            seqs.push_back(it->second);
        }
        filing_person_seqs.push_back(std::move(seqs));
    }
    std::vector<std::int64_t> person_ids(person_seq.size());
    if (!person_seq.empty()) {
        m_conn.copy_in(STAGE_PERSON_TARGET, stage.data());
        auto const r = m_conn.exec(loader_sql("resolve-persons.sql"));
        for (int i = 0; i < r.rows(); ++i) {
            person_ids.at(static_cast<std::size_t>(r.get_int64(i, 0))) = r.get_int64(i, 1);
        }
    }

    m_profile.mark("persons");
    std::vector<std::int64_t> filing_ids;
    {
        auto const r = m_conn.exec_params(loader_sql("reserve-filing-ids.sql"),
                                          {std::to_string(fresh.size())});
        auto const first = r.get_int64(0, 0);
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            filing_ids.push_back(first + static_cast<std::int64_t>(i));
        }
    }

    m_profile.mark("ids");
    // ATM programs first, in document order: their ids go into the filing rows.
    std::vector<std::optional<offering_ids_t>> offering_ids(fresh.size());
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        auto const &filing = fresh[i]->item.filing;
        if (filing.offering && filing.offering->is_atm) {
            offering_ids[i] = resolve_offering(&m_conn, filing, filing_ids.at(i),
                                               issuer_ids.at(static_cast<std::size_t>(filing_issuer_seq[i])));
        }
    }
    m_profile.mark("offerings");

    copy_tables_t tables;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        auto const &item = fresh[i]->item;
        filing_ids_t ids;
        ids.filing_id = filing_ids.at(i);
        ids.issuer_id = issuer_ids.at(static_cast<std::size_t>(filing_issuer_seq[i]));
        for (int seq : filing_person_seqs[i]) {
            ids.person_ids.push_back(person_ids.at(static_cast<std::size_t>(seq)));
        }
        if (offering_ids[i]) {
            ids.offering_id = offering_ids[i]->program;
            ids.event_offering_ids = offering_ids[i]->events;
        }
        tables.append(item.filing,
                      filing_source_t{item.source_path, item.source_sha256, item.source_document,
                                      fresh[i]->key, m_options.parser_version},
                      ids);
    }
    m_profile.mark("serialize");
    tables.send([&](std::string_view target, std::string_view data) {
        m_conn.copy_in(target, data);
        m_profile.mark("copy_" + std::string{target.substr(0, target.find(' '))});
    });

    // Originals may arrive after their amendments: link in both directions every batch.
    auto const [min_id, max_id] = std::minmax_element(filing_ids.begin(), filing_ids.end());
    m_conn.exec_params(loader_sql("link-amendments.sql"), {std::to_string(*min_id), std::to_string(*max_id)});
    m_profile.mark("amendments");
}
