// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_LOAD_COPY_TABLES_HPP
#define FILING_LOAD_COPY_TABLES_HPP

#include "load/copy-buffer.hpp"
#include "model/filing.hpp"
#include "util/sha256.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// The database ids a filing's rows refer to, resolved before its rows are written.
struct filing_ids_t
{
    std::int64_t filing_id = 0;
    std::int64_t issuer_id = 0;
    std::vector<std::int64_t> person_ids;         ///< one per reporting owner, in order
    std::optional<std::int64_t> offering_id;      ///< the ATM program of a supplement
    std::vector<std::int64_t> event_offering_ids; ///< per offering event: the program it is filed under
};

/// Where a filing came from, as stored with it.
struct filing_source_t
{
    std::string_view path;
    sha256_t sha256;
    int document = 1;
    sha256_t document_key;
    std::string_view parser_version;
};

/**
 * COPY buffers for every table a filing's rows go to. append() turns one filing into
 * rows; send() writes each non-empty buffer with one COPY.
 */
class copy_tables_t
{
public:
    void append(filing_t const &filing, filing_source_t const &source, filing_ids_t const &ids);

    /// Sends every buffer through `copy(table_and_columns, data)`, in foreign key order.
    template <typename TCopy>
    void send(TCopy &&copy) const
    {
        for (auto const &t : tables()) {
            if (!t.buffer->empty()) {
                copy(t.target, t.buffer->data());
            }
        }
    }

    /// The COPY target (table and columns) of each table, in foreign key order.
    struct table_ref_t
    {
        std::string_view target;
        copy_buffer_t const *buffer;
    };
    std::vector<table_ref_t> tables() const;

private:
    void append_filing(filing_t const &f, filing_source_t const &source, filing_ids_t const &ids);
    void append_owners(filing_t const &f, filing_ids_t const &ids);
    /// One row per table row, its footnote marks in the row's footnote columns.
    void append_rows(std::vector<ownership_row_t> const &rows, std::int64_t filing_id, std::int64_t table_no);

    copy_buffer_t m_filing;
    copy_buffer_t m_owner;
    copy_buffer_t m_row;
    copy_buffer_t m_footnote;
    copy_buffer_t m_signature;
    copy_buffer_t m_offering_event;
    copy_buffer_t m_warning; ///< what the parser was unsure of, numbered from 1 per filing
};

/// COPY targets of the tables through which the loader resolves issuers and persons
/// (temporary tables, see session-setup.sql).
inline constexpr std::string_view STAGE_ISSUER_TARGET =
    "stage_issuer (seq, cik, ticker, name, name_key, filed, is_copy)";
inline constexpr std::string_view STAGE_PERSON_TARGET =
    "stage_person (seq, owner_no, cik, name, name_key, filed, is_copy)";

/// The date a filing was filed: FILED AS OF DATE, else the latest signature date, else the
/// date the document gives itself.
std::optional<date_t> filing_date_of(filing_t const &filing);

#endif // FILING_LOAD_COPY_TABLES_HPP
