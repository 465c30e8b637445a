// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_IDENTITY_RESOLVER_HPP
#define FILING_LOAD_IDENTITY_RESOLVER_HPP

#include "model/filing.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class pg_conn_t;

/**
 * A filing stored before, and a new copy of it (the same content from another file) that
 * gives identifiers the stored one lacks: the accession number, the issuer's CIK, owners'
 * CIKs. The stored filing gains them, and its issuer and owners are decided again.
 */
struct filing_completion_t
{
    std::int64_t filing_id = 0;
    filing_t const *copy = nullptr;
    bool accession = false;       ///< the stored filing has none and the copy has one
    bool issuer_cik = false;      ///< likewise for the issuer's CIK
    bool filed_date = false;      ///< the copy states the date filed; the stored one had none
    std::vector<bool> owner_ciks; ///< likewise for each reporting owner's CIK, by position
};

/**
 * Decides who each filing of a batch is about and by: the issuer and reporting owner rows,
 * by the rule of schema 004 (a CIK names its row; a name without CIK goes to the one row
 * with a CIK that filed under it, else to a row of its own). The outcome depends only on
 * the set of filings in the archive, not on the order or batches they came in: resolve()
 * decides the batch's filings from what is stored, settle() looks again at filings stored
 * before whose answer this batch changes.
 *
 * Both run inside the batch's transaction, under the archive lock.
 */
class identity_resolver_t
{
public:
    explicit identity_resolver_t(pg_conn_t *conn) noexcept : m_conn(conn) {}

    /**
     * Stages the issuers and owners of `fresh` (filings to be written) and of
     * `completions`, and finds or creates their rows. \throws pg_error_t
     */
    void resolve(std::vector<filing_t const *> const &fresh, std::vector<filing_completion_t> const &completions);

    /// The issuer row of fresh filing `i` (position in resolve()'s `fresh`).
    std::int64_t issuer_id(std::size_t i) const { return m_issuer_ids.at(i); }
    /// The person rows of fresh filing `i`'s reporting owners, in order.
    std::vector<std::int64_t> const &person_ids(std::size_t i) const { return m_person_ids.at(i); }

    /**
     * After the fresh filings' rows are written: completes stored filings, attributes
     * again the filings without CIK whose answer changed, drops rows without CIK that no
     * filing needs any more, and sets current names and tickers. \throws pg_error_t
     */
    void settle(std::vector<filing_completion_t> const &completions);

private:
    void stage(std::vector<filing_t const *> const &fresh, std::vector<filing_completion_t> const &completions);
    void complete(filing_completion_t const &c, std::size_t seq);

    pg_conn_t *m_conn;
    std::size_t m_fresh = 0;
    /// By seq: fresh filings first, then completions.
    std::vector<std::int64_t> m_issuer_ids;
    std::vector<std::vector<std::int64_t>> m_person_ids;
};

#endif // FILING_LOAD_IDENTITY_RESOLVER_HPP
