// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/pg-loader.hpp"

#include "errors.hpp"
#include "load/copy-tables.hpp"
#include "load/identity-resolver.hpp"
#include "load/loader-sql.hpp"
#include "load/offering-writer.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace {

/// What a stored filing knows of its identifiers (known-documents.sql).
struct stored_identifiers_t
{
    std::int64_t filing_id = 0;
    bool has_accession = false;
    bool has_issuer_cik = false;
    std::string owner_ciks; ///< per owner in order: '1' CIK known, '0' not
};

/// What a new copy of a stored filing adds to it, if anything.
std::optional<filing_completion_t> completion_of(stored_identifiers_t const &stored, filing_t const &copy)
{
    filing_completion_t c;
    c.filing_id = stored.filing_id;
    c.copy = &copy;
    c.accession = copy.accession && !stored.has_accession;
    c.issuer_cik = copy.issuer.cik && !stored.has_issuer_cik;
    // A copy without accession number (bare XML, a rendering) dates itself by its
    // signature; a submission file states the date filed.
    c.filed_date = copy.filed_date && !stored.has_accession;
    bool any_owner = false;
    for (std::size_t i = 0; i < copy.owners.size(); ++i) {
        bool const adds = copy.owners[i].cik && i < stored.owner_ciks.size() && stored.owner_ciks[i] == '0';
        c.owner_ciks.push_back(adds);
        any_owner = any_owner || adds;
    }
    if (!c.accession && !c.issuer_cik && !c.filed_date && !any_owner) {
        return std::nullopt;
    }
    return c;
}

/// How much a filing says of who it is: accession number, date filed, issuer CIK, owners'
/// CIKs.
std::size_t identifier_count(filing_t const &f)
{
    auto n = static_cast<std::size_t>(f.accession.has_value()) + static_cast<std::size_t>(f.filed_date.has_value()) +
             static_cast<std::size_t>(f.issuer.cik.has_value());
    for (auto const &o : f.owners) {
        n += static_cast<std::size_t>(o.cik.has_value());
    }
    return n;
}

/// Of two copies of one filing, whether `a` should be stored rather than `b`: the one with
/// more identifiers, then the smaller file hash (any fixed order will do).
bool is_better_copy(source_filing_t const &a, source_filing_t const &b)
{
    auto const na = identifier_count(a.filing);
    auto const nb = identifier_count(b.filing);
    if (na != nb) {
        return na > nb;
    }
    return std::tie(a.source_sha256, a.source_document) < std::tie(b.source_sha256, b.source_document);
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

namespace {

/// Time spent in each phase of writing batches, shown at debug level.
struct phase_clock_t
{
    std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
    std::string report;
    void mark(char const *phase)
    {
        auto const now = std::chrono::steady_clock::now();
        report += fmt::format(" {} {:.0f}ms", phase, std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
    }
};

} // namespace

void pg_loader_t::store(std::span<pending_t> batch)
{
    phase_clock_t clock;
    pg_transaction_t tx{&m_conn};
    m_conn.exec(loader_sql("lock-archive.sql"));

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
    std::unordered_map<std::string, stored_identifiers_t> known_documents;
    {
        auto const r = m_conn.exec_params(loader_sql("known-documents.sql"), {pg_array_literal(key_hexes)});
        for (int i = 0; i < r.rows(); ++i) {
            known_documents.emplace(std::string{r.get(i, 0)},
                                    stored_identifiers_t{r.get_int64(i, 1), !r.is_null(i, 2), !r.is_null(i, 3),
                                                         std::string{r.get(i, 4)}});
        }
    }

    std::vector<pending_t *> fresh;
    std::vector<filing_completion_t> completions;
    std::vector<load_outcome_t> outcomes;
    // Content already in this batch: where in `fresh` and `outcomes` it is.
    std::map<std::string, std::pair<std::size_t, std::size_t>> keys_in_batch;
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
            if (auto c = completion_of(it->second, item.filing)) {
                completions.push_back(std::move(*c));
            }
            outcomes.push_back({item.source_path, item.source_sha256, outcome_t::already_imported,
                                fmt::format("same filing as filing {}", it->second.filing_id), {}, {}});
            continue;
        }
        if (auto const it = keys_in_batch.find(key_hex); it != keys_in_batch.end()) {
            // Of two copies of one filing, the one that says more of who it is about and by
            // is stored, whichever came first, so that the archive does not depend on order.
            auto const [in_fresh, in_outcomes] = it->second;
            auto const &kept = fresh[in_fresh]->item;
            load_outcome_t dropped{item.source_path, item.source_sha256, outcome_t::already_imported,
                                   "same filing as another file of this import", {}, {}};
            if (is_better_copy(item, kept)) {
                dropped.source_path = kept.source_path;
                dropped.source_sha256 = kept.source_sha256;
                fresh[in_fresh] = &p;
                known_sources.emplace(source_hexes[i], item.source_document);
                outcomes[in_outcomes] = {item.source_path, item.source_sha256, outcome_t::imported, {}, {}, {}};
            }
            outcomes.push_back(std::move(dropped));
            continue;
        }
        keys_in_batch.emplace(key_hex, std::pair{fresh.size(), outcomes.size()});
        known_sources.emplace(source_hexes[i], item.source_document);
        fresh.push_back(&p);
        outcomes.push_back({item.source_path, item.source_sha256, outcome_t::imported, {}, {}, {}});
    }

    clock.mark("known");
    if (!fresh.empty() || !completions.empty()) {
        store_new(fresh, completions);
    }
    clock.mark("store");
    tx.commit();
    clock.mark("commit");
    log_debug("batch of {}:{}", batch.size(), clock.report);
    for (auto const &o : outcomes) {
        report(o);
    }
}

void pg_loader_t::store_new(std::vector<pending_t *> const &fresh, std::vector<filing_completion_t> const &completions)
{
    phase_clock_t clock;
    // Issuers and persons, resolved set-wise with a few round trips.
    std::vector<filing_t const *> filings;
    filings.reserve(fresh.size());
    for (auto const *p : fresh) {
        filings.push_back(&p->item.filing);
    }
    identity_resolver_t identities{&m_conn};
    identities.resolve(filings, completions);
    if (fresh.empty()) {
        identities.settle(completions);
        return;
    }
    clock.mark("persons");
    std::vector<std::int64_t> filing_ids;
    {
        auto const r = m_conn.exec_params(loader_sql("reserve-filing-ids.sql"),
                                          {std::to_string(fresh.size())});
        auto const first = r.get_int64(0, 0);
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            filing_ids.push_back(first + static_cast<std::int64_t>(i));
        }
    }

    clock.mark("ids");
    // ATM programs first, in document order: their ids go into the filing rows.
    std::vector<std::optional<offering_ids_t>> offering_ids(fresh.size());
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        auto const &filing = fresh[i]->item.filing;
        if (filing.offering && filing.offering->is_atm) {
            offering_ids[i] = resolve_offering(&m_conn, filing, filing_ids.at(i), identities.issuer_id(i));
        }
    }
    clock.mark("offerings");

    copy_tables_t tables;
    for (std::size_t i = 0; i < fresh.size(); ++i) {
        auto const &item = fresh[i]->item;
        filing_ids_t ids;
        ids.filing_id = filing_ids.at(i);
        ids.issuer_id = identities.issuer_id(i);
        ids.person_ids = identities.person_ids(i);
        if (offering_ids[i]) {
            ids.offering_id = offering_ids[i]->program;
            ids.event_offering_ids = offering_ids[i]->events;
        }
        tables.append(item.filing,
                      filing_source_t{item.source_path, item.source_sha256, item.source_document,
                                      fresh[i]->key, m_options.parser_version},
                      ids);
    }
    clock.mark("serialize");
    tables.send([&](std::string_view target, std::string_view data) {
        m_conn.copy_in(target, data);
        clock.mark(std::string{target.substr(0, target.find(' '))}.c_str());
    });

    identities.settle(completions);
    clock.mark("settle");
    // Originals may arrive after their amendments: link in both directions every batch.
    auto const [min_id, max_id] = std::minmax_element(filing_ids.begin(), filing_ids.end());
    m_conn.exec_params(loader_sql("link-amendments.sql"), {std::to_string(*min_id), std::to_string(*max_id)});
    clock.mark("amendments");
    log_debug("  store:{}", clock.report);
}
