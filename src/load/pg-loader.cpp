// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/pg-loader.hpp"

#include "errors.hpp"
#include "load/batch-check.hpp"
#include "load/copy-tables.hpp"
#include "load/identity-resolver.hpp"
#include "load/loader-sql.hpp"
#include "load/offering-writer.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>

#include <algorithm>

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
: m_options(std::move(options)), m_on_outcome(std::move(on_outcome)), m_conn(m_options.database, "loader")
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
    if (outcome.outcome == outcome_t::rejected) {
        record_rejects(std::span{&outcome, 1});
    } else if (outcome.outcome == outcome_t::skipped && outcome.source_sha256) {
        m_conn.exec_params(loader_sql("record-skip.sql"),
                           {outcome.source_path, outcome.source_sha256->hex(),
                            outcome.form_type.empty() ? std::nullopt : std::optional{outcome.form_type},
                            outcome.reason});
    }
    report(outcome);
}

void pg_loader_t::record_rejects(std::span<load_outcome_t const> rejects)
{
    std::vector<std::string> paths;
    std::vector<std::string> documents;
    std::vector<std::string> hashes;
    std::vector<std::string> stages;
    std::vector<std::string> reasons;
    for (auto const &r : rejects) {
        paths.push_back(r.source_path);
        documents.push_back(std::to_string(r.source_document));
        hashes.push_back(r.source_sha256 ? r.source_sha256->hex() : std::string{});
        stages.push_back(r.stage);
        reasons.push_back(r.reason);
    }
    if (!paths.empty()) {
        m_conn.exec_params(loader_sql("record-rejects.sql"),
                           {pg_array_literal(paths), pg_array_literal(documents), pg_array_literal(hashes),
                            pg_array_literal(stages), pg_array_literal(reasons)});
    }
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
    m_profile.start();
    batch_state_t state{batch.data(), std::vector<std::optional<load_outcome_t>>(batch.size()), false};
    {
        pg_transaction_t tx{&m_conn};
        m_conn.exec(loader_sql("lock-archive.sql"));
        m_profile.mark("lock");
        m_conn.exec(loader_sql("analyze-grown.sql"));
        m_profile.mark("analyze");
        std::vector<batch_filing_t> filings;
        for (auto const &p : batch) {
            filings.push_back(batch_filing_t{&p.item, p.key});
        }
        auto check = check_batch(&m_conn, filings);
        state.outcomes = std::move(check.decided);
        m_profile.mark("known");
        std::vector<pending_t *> fresh;
        for (auto const i : check.to_store) {
            fresh.push_back(&batch[i]);
        }
        store_isolating(fresh, &state);
        store_completions(check.completions, state.stage_used);
        record_batch_outcomes(state.outcomes);
        m_profile.mark("outcomes");
        tx.commit();
        m_profile.mark("commit");
    }
    for (auto const &o : state.outcomes) {
        report(*o);
    }
}

template <typename TStore>
std::optional<pg_error_t> pg_loader_t::try_in_savepoint(bool clear_stage, TStore &&store)
{
    // A part the database refuses is rolled back alone, and the lookups and parts stored
    // before it stand. Deferred constraints are checked before the savepoint is released,
    // so that a refusal never waits for the commit.
    m_conn.exec("SAVEPOINT batch_part");
    try {
        m_conn.exec(loader_sql("defer-constraints.sql"));
        if (clear_stage) {
            m_conn.exec(loader_sql("clear-stage.sql"));
        }
        m_profile.mark("savepoint");
        store();
        m_conn.exec(loader_sql("check-constraints.sql"));
        m_profile.mark("fk_checks");
        m_conn.exec("RELEASE SAVEPOINT batch_part");
        return std::nullopt;
    } catch (pg_error_t const &e) {
        if (e.is_connection_lost() || !m_conn.is_open()) {
            throw; // says so itself
        }
        m_conn.exec("ROLLBACK TO SAVEPOINT batch_part; RELEASE SAVEPOINT batch_part");
        m_profile.mark("refused_parts");
        if (!e.is_data_error()) {
            throw; // not a filing's fault: the schema or the server is wrong
        }
        return e;
    }
}

void pg_loader_t::store_isolating(std::vector<pending_t *> const &part, batch_state_t *state)
{
    if (part.empty()) {
        return;
    }
    auto const refused = try_in_savepoint(state->stage_used, [&] { store_new(part); });
    if (!refused) {
        // A refused part's staged rows went with its rollback: only a stored one leaves
        // rows for the next part to clear.
        state->stage_used = true;
        for (auto const *p : part) {
            state->outcomes[static_cast<std::size_t>(p - state->base)] = outcome_of(p->item, outcome_t::imported);
        }
        return;
    }
    if (part.size() == 1) {
        auto const &item = part.front()->item;
        auto outcome =
            outcome_of(item, outcome_t::rejected, fmt::format("refused by the database: {}", refused->what()));
        log_debug("{}: {}", item.source_path, outcome.reason);
        state->outcomes[static_cast<std::size_t>(part.front() - state->base)] = std::move(outcome);
        return;
    }
    // pgloader's way: split the part to isolate the filing the database refuses; every
    // other filing is stored, no row of the bad one is. Only the refused part is tried
    // again: k bad filings cost about 2k log n attempts, not a repeat of the batch.
    auto const half = part.begin() + static_cast<std::ptrdiff_t>(part.size() / 2);
    store_isolating(std::vector<pending_t *>(part.begin(), half), state);
    store_isolating(std::vector<pending_t *>(half, part.end()), state);
}

void pg_loader_t::store_completions(std::vector<filing_completion_t> const &completions, bool stage_used)
{
    if (completions.empty()) {
        return;
    }
    // Filings stored before gain what new copies of them add (an accession number, CIKs).
    // Under a savepoint of its own: the copies are counted as imported already whatever
    // becomes of this, so a refusal costs the additions, never the batch.
    auto const refused = try_in_savepoint(stage_used, [&] {
        identity_resolver_t identities{&m_conn};
        identities.resolve({}, completions);
        identities.settle(completions);
    });
    if (refused) {
        log_warn("{} stored filings not completed from their new copies: refused by the database: {}",
                 completions.size(), refused->what());
    }
}

void pg_loader_t::record_batch_outcomes(std::vector<std::optional<load_outcome_t>> const &outcomes)
{
    // Rejects of earlier imports that the filings stored now answer go first.
    std::vector<std::string> stored_paths;
    std::vector<std::string> stored_documents;
    std::vector<load_outcome_t> rejects;
    for (auto const &o : outcomes) {
        if (o->outcome == outcome_t::imported) {
            stored_paths.push_back(o->source_path);
            stored_documents.push_back(std::to_string(o->source_document));
        } else if (o->outcome == outcome_t::rejected) {
            rejects.push_back(*o);
        }
    }
    if (!stored_paths.empty()) {
        m_conn.exec_params(loader_sql("clear-rejects.sql"),
                           {pg_array_literal(stored_paths), pg_array_literal(stored_documents)});
    }
    record_rejects(rejects);
}

void pg_loader_t::store_new(std::vector<pending_t *> const &fresh)
{
    // Issuers and persons, resolved set-wise with a few round trips.
    std::vector<filing_t const *> filings;
    filings.reserve(fresh.size());
    for (auto const *p : fresh) {
        filings.push_back(&p->item.filing);
    }
    identity_resolver_t identities{&m_conn};
    identities.resolve(filings, {});
    m_profile.mark("identities");
    std::vector<std::int64_t> filing_ids;
    {
        auto const r = m_conn.exec_params(loader_sql("reserve-filing-ids.sql"), {std::to_string(fresh.size())});
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
            offering_ids[i] = resolve_offering(&m_conn, filing, filing_ids.at(i), identities.issuer_id(i));
        }
    }
    m_profile.mark("offerings");

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
                      filing_source_t{item.source_path, item.source_sha256, item.source_document, fresh[i]->key,
                                      m_options.parser_version},
                      ids);
    }
    m_profile.mark("serialize");
    tables.send([&](std::string_view target, std::string_view data) {
        m_conn.copy_in(target, data);
        m_profile.mark("copy_" + std::string{target.substr(0, target.find(' '))});
    });

    identities.settle({});
    m_profile.mark("settle");
    // Originals may arrive after their amendments: link in both directions every batch.
    auto const [min_id, max_id] = std::minmax_element(filing_ids.begin(), filing_ids.end());
    m_conn.exec_params(loader_sql("link-amendments.sql"), {std::to_string(*min_id), std::to_string(*max_id)});
    m_profile.mark("amendments");
}
