// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/batch-check.hpp"

#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace {

/// The largest number the schema's smallint columns hold (row, owner, signature, event,
/// agent and document numbers).
constexpr std::size_t SMALLINT_MAX = 32767;

load_outcome_t outcome_of(source_filing_t const &item, outcome_t outcome, std::string reason)
{
    load_outcome_t o;
    o.source_path = item.source_path;
    o.source_sha256 = item.source_sha256;
    o.outcome = outcome;
    o.reason = std::move(reason);
    if (outcome == outcome_t::rejected) {
        o.stage = "load";
        o.source_document = item.source_document;
    }
    return o;
}

std::string where_in_import(source_filing_t const &item)
{
    return item.source_document > 1
               ? fmt::format("{} (document {}) in this import", item.source_path, item.source_document)
               : fmt::format("{} in this import", item.source_path);
}

/// What the archive holds of a batch's files, filings and accession numbers.
struct stored_state_t
{
    struct stored_filing_t
    {
        std::int64_t filing_id;
        bool has_accession;
    };
    std::set<std::pair<std::string, int>> sources;                  ///< (file SHA-256 hex, document)
    std::unordered_map<std::string, stored_filing_t> documents;     ///< by document key hex
    std::unordered_map<std::string, std::string> accession_holders; ///< accession -> who holds it
};

stored_state_t look_up(pg_conn_t *conn, std::span<batch_filing_t const> batch)
{
    std::vector<std::string> sources;
    std::vector<std::string> keys;
    std::vector<std::string> accessions;
    for (auto const &f : batch) {
        sources.push_back(f.item->source_sha256.hex());
        keys.push_back(f.key.hex());
        if (f.item->filing.accession) {
            accessions.push_back(f.item->filing.accession->str());
        }
    }
    stored_state_t state;
    auto const s = conn->exec_params(loader_sql("known-sources.sql"), {pg_array_literal(sources)});
    for (int i = 0; i < s.rows(); ++i) {
        state.sources.emplace(std::string{s.get(i, 0)}, static_cast<int>(s.get_int64(i, 1)));
    }
    auto const d = conn->exec_params(loader_sql("known-documents.sql"), {pg_array_literal(keys)});
    for (int i = 0; i < d.rows(); ++i) {
        state.documents.emplace(std::string{d.get(i, 0)},
                                stored_state_t::stored_filing_t{d.get_int64(i, 1), !d.is_null(i, 2)});
    }
    if (!accessions.empty()) {
        auto const a = conn->exec_params(loader_sql("known-accessions.sql"), {pg_array_literal(accessions)});
        for (int i = 0; i < a.rows(); ++i) {
            state.accession_holders.emplace(std::string{a.get(i, 0)},
                                            fmt::format("filing {} (from {})", a.get(i, 1), a.get(i, 2)));
        }
    }
    return state;
}

/// The checks of the first pass: stored already, twice in the batch, past the schema's
/// limits. Returns the outcome when one is decided.
class first_pass_t
{
public:
    first_pass_t(pg_conn_t *conn, stored_state_t *state) : m_conn(conn), m_state(state) {}

    std::optional<load_outcome_t> check(batch_filing_t const &f)
    {
        auto const &item = *f.item;
        auto source = std::pair{item.source_sha256.hex(), item.source_document};
        if (m_state->sources.contains(source)) {
            return outcome_of(item, outcome_t::already_imported, "file already imported");
        }
        auto const key = f.key.hex();
        if (auto const it = m_state->documents.find(key); it != m_state->documents.end()) {
            add_accession(item, it->second);
            return outcome_of(item, outcome_t::already_imported,
                              fmt::format("same filing as filing {}", it->second.filing_id));
        }
        if (auto const it = m_keys_in_batch.find(key); it != m_keys_in_batch.end()) {
            return outcome_of(item, outcome_t::already_imported, fmt::format("same filing as {}", it->second));
        }
        if (auto reason = schema_limit_exceeded(item)) {
            return outcome_of(item, outcome_t::rejected, std::move(*reason));
        }
        m_keys_in_batch.emplace(key, where_in_import(item));
        m_state->sources.insert(std::move(source));
        return std::nullopt;
    }

private:
    /// A filing stored without accession number gains the one this copy of it shows, and
    /// the filing date it states.
    void add_accession(source_filing_t const &item, stored_state_t::stored_filing_t const &stored)
    {
        if (!item.filing.accession || stored.has_accession ||
            m_state->accession_holders.contains(item.filing.accession->str())) {
            return;
        }
        auto const &accession = item.filing.accession->str();
        auto const &filed = item.filing.filed_date;
        m_conn->exec_params(loader_sql("add-accession.sql"), {std::to_string(stored.filing_id), accession,
                                                              filed ? std::optional{filed->iso()} : std::nullopt});
        m_state->accession_holders.emplace(accession, fmt::format("filing {}", stored.filing_id));
    }

    pg_conn_t *m_conn;
    stored_state_t *m_state;
    std::unordered_map<std::string, std::string> m_keys_in_batch; ///< key -> where
};

} // namespace

std::optional<std::string> schema_limit_exceeded(source_filing_t const &item)
{
    auto const &f = item.filing;
    auto const too_many = [](std::size_t n) { return n > SMALLINT_MAX; };
    if (item.source_document < 1 || static_cast<std::size_t>(item.source_document) > SMALLINT_MAX) {
        return fmt::format("document {} of its file: the archive numbers at most {} filings per file",
                           item.source_document, SMALLINT_MAX);
    }
    if (too_many(f.non_derivative.size()) || too_many(f.derivative.size()) || too_many(f.owners.size()) ||
        too_many(f.signatures.size()) ||
        (f.offering && (too_many(f.offering->events.size()) || too_many(f.offering->agents.size())))) {
        return fmt::format("more than {} rows, owners, signatures, events or agents in one filing: more than the "
                           "archive numbers",
                           SMALLINT_MAX);
    }
    std::unordered_set<std::string_view> ids;
    for (auto const &note : f.footnotes) {
        if (!ids.insert(note.id).second) {
            return fmt::format("footnote {} is given twice, with different texts or not", note.id);
        }
    }
    return std::nullopt;
}

batch_check_t check_batch(pg_conn_t *conn, std::span<batch_filing_t const> batch)
{
    auto state = look_up(conn, batch);
    batch_check_t out;
    out.decided.resize(batch.size());
    first_pass_t first{conn, &state};
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        out.decided[i] = first.check(batch[i]);
        if (!out.decided[i]) {
            candidates.push_back(i);
        }
    }
    // Accession numbers: those the documents state claim theirs before those taken from a
    // file's place, so that a filing read from its submission keeps its number against a
    // rendering of it that lay in the same folder.
    std::stable_partition(candidates.begin(), candidates.end(),
                          [&](std::size_t i) { return !batch[i].item->accession_from_place; });
    for (auto const i : candidates) {
        auto const &item = *batch[i].item;
        if (!item.filing.accession) {
            out.to_store.push_back(i);
            continue;
        }
        auto const &accession = item.filing.accession->str();
        auto const [holder, taken] = state.accession_holders.try_emplace(accession, where_in_import(item));
        if (taken) {
            out.to_store.push_back(i);
        } else if (item.accession_from_place) {
            out.decided[i] = outcome_of(item, outcome_t::already_imported,
                                        fmt::format("another copy of filing {}, held by {} (the accession number "
                                                    "comes from the file's name or folder)",
                                                    accession, holder->second));
        } else {
            out.decided[i] =
                outcome_of(item, outcome_t::rejected,
                           fmt::format("accession number {} is already that of {}", accession, holder->second));
        }
    }
    std::sort(out.to_store.begin(), out.to_store.end());
    return out;
}
