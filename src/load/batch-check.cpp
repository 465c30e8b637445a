// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/batch-check.hpp"

#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"
#include "util/pg-array.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace {

/// The largest number the schema's smallint columns hold (row, owner, signature, event,
/// agent and document numbers).
constexpr std::size_t SMALLINT_MAX = 32767;

std::string where_in_import(source_filing_t const &item)
{
    return item.source_document > 1
               ? fmt::format("{} (document {}) in this import", item.source_path, item.source_document)
               : fmt::format("{} in this import", item.source_path);
}

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
    return std::tie(a.source_sha256.bytes(), a.source_document) < std::tie(b.source_sha256.bytes(), b.source_document);
}

/// What the archive holds of a batch's files, filings and accession numbers.
struct stored_state_t
{
    std::set<std::pair<std::string, int>> sources;                   ///< (file SHA-256 hex, document)
    std::unordered_map<std::string, stored_identifiers_t> documents; ///< by document key hex
    std::unordered_map<std::string, std::string> accession_holders;  ///< accession -> who holds it
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
        state.documents.emplace(
            std::string{d.get(i, 0)},
            stored_identifiers_t{d.get_int64(i, 1), !d.is_null(i, 2), !d.is_null(i, 3), std::string{d.get(i, 4)}});
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

/// The checks of the first pass: stored already, past the schema's limits, twice in the
/// batch. Decides outcomes in `out`; completions of stored filings go there too.
class first_pass_t
{
public:
    first_pass_t(stored_state_t *state, batch_check_t *out) : m_state(state), m_out(out) {}

    void check(std::span<batch_filing_t const> batch, std::size_t i)
    {
        auto const &item = *batch[i].item;
        auto &decided = m_out->decided[i];
        auto source = std::pair{item.source_sha256.hex(), item.source_document};
        if (m_state->sources.contains(source)) {
            decided = outcome_of(item, outcome_t::already_imported, "file already imported");
            return;
        }
        auto const key = batch[i].key.hex();
        if (auto const it = m_state->documents.find(key); it != m_state->documents.end()) {
            complete(item, it->second);
            decided = outcome_of(item, outcome_t::already_imported,
                                 fmt::format("same filing as filing {}", it->second.filing_id));
            return;
        }
        if (auto reason = schema_limit_exceeded(item)) {
            decided = outcome_of(item, outcome_t::rejected, std::move(*reason));
            return;
        }
        m_state->sources.insert(std::move(source));
        auto const [kept, added] = m_keys_in_batch.try_emplace(key, i);
        if (added) {
            return;
        }
        // Of two copies of one filing, the one that says more of who it is about and by is
        // stored, whichever came first, so that the archive does not depend on order.
        auto const &other = *batch[kept->second].item;
        if (is_better_copy(item, other)) {
            m_out->decided[kept->second] =
                outcome_of(other, outcome_t::already_imported, fmt::format("same filing as {}", where_in_import(item)));
            kept->second = i;
        } else {
            decided =
                outcome_of(item, outcome_t::already_imported, fmt::format("same filing as {}", where_in_import(other)));
        }
    }

private:
    /// A filing stored before gains what this copy of it adds (completed by the loader).
    /// An accession number it gains is taken from then on for the rest of the batch.
    void complete(source_filing_t const &item, stored_identifiers_t const &stored)
    {
        auto c = completion_of(stored, item.filing);
        if (!c) {
            return;
        }
        if (c->accession) {
            auto const [holder, taken] = m_state->accession_holders.try_emplace(
                item.filing.accession->str(), fmt::format("filing {}", stored.filing_id));
            c->accession = taken; // another filing holds it: not this one's to take
        }
        m_out->completions.push_back(std::move(*c));
    }

    stored_state_t *m_state;
    batch_check_t *m_out;
    std::unordered_map<std::string, std::size_t> m_keys_in_batch; ///< key -> position kept
};

} // namespace

load_outcome_t outcome_of(source_filing_t const &item, outcome_t outcome, std::string reason)
{
    load_outcome_t o;
    o.source_path = item.source_path;
    o.source_sha256 = item.source_sha256;
    o.outcome = outcome;
    o.reason = std::move(reason);
    o.source_document = item.source_document;
    if (outcome == outcome_t::rejected) {
        o.stage = "load";
    }
    return o;
}

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
    first_pass_t first{&state, &out};
    for (std::size_t i = 0; i < batch.size(); ++i) {
        first.check(batch, i);
    }
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < batch.size(); ++i) {
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
