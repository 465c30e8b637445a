// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/import-worker.hpp"

#include "import/edgar-layout.hpp"
#include "import/input-reader.hpp"
#include "import/interrupt.hpp"
#include "load/known-files.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "parse/text-normalize.hpp"

namespace {

/// A file's name as the archive stores it: text, so valid UTF-8. A name that is not (an
/// old Latin-1 file name) has its other bytes read as Latin-1, as file contents are; the
/// file itself is read under its own name.
std::string stored_name(std::string const &name) { return sanitize_utf8(name); }

struct read_document_t
{
    std::string name;
    std::string bytes;
    sha256_t sha256;
};

load_outcome_t refusal_outcome(input_refusal_t refusal)
{
    load_outcome_t o;
    o.source_path = stored_name(refusal.name);
    o.outcome = refusal.is_error ? outcome_t::rejected : outcome_t::skipped;
    // The outcome names its file: the reason need not say it again.
    auto const prefix = refusal.name + ": ";
    o.reason =
        stored_name(refusal.reason.rfind(prefix, 0) == 0 ? refusal.reason.substr(prefix.size()) : refusal.reason);
    o.stage = refusal.is_error ? "read" : "";
    o.skip_kind = std::move(refusal.category);
    return o;
}

/// The documents a parser thread has read and not yet parsed, with what it needs to parse
/// them: bounded by count and by bytes.
class document_batch_t
{
public:
    document_batch_t(std::string const &database, load_thread_t *loader) : m_known(database), m_loader(loader) {}

    /// False when the loader stopped.
    bool add(input_document_t document)
    {
        m_bytes += document.bytes.size();
        auto const hash = sha256_t::of(document.bytes);
        m_documents.push_back(read_document_t{std::move(document.name), std::move(document.bytes), hash});
        return m_documents.size() < PATH_CHUNK_SIZE && m_bytes < CHUNK_BYTES ? true : process();
    }

    /// Parses and hands over what was read; false when the loader stopped.
    bool process();

private:
    bool parse_into(read_document_t const &document);

    known_files_t m_known;
    layout_reader_t m_layout;
    load_thread_t *m_loader;
    std::vector<read_document_t> m_documents;
    std::size_t m_bytes = 0;
};

bool document_batch_t::process()
{
    std::vector<sha256_t> hashes;
    for (auto const &d : m_documents) {
        hashes.push_back(d.sha256);
    }
    auto const stored = hashes.empty() ? std::vector<bool>{} : m_known.contains(hashes);
    bool go_on = true;
    for (std::size_t i = 0; i < m_documents.size() && go_on; ++i) {
        auto const &d = m_documents[i];
        if (stored[i]) {
            load_outcome_t o;
            o.source_path = stored_name(d.name);
            o.source_sha256 = d.sha256;
            o.outcome = outcome_t::unchanged;
            go_on = m_loader->push(std::move(o));
        } else {
            go_on = parse_into(d);
        }
    }
    m_documents.clear();
    m_bytes = 0;
    return go_on;
}

bool document_batch_t::parse_into(read_document_t const &document)
{
    auto placed = parse_in_place(document.bytes, m_layout.hints_for(document.name));
    auto &result = placed.result;
    if (result.status == parse_status_t::parsed) {
        int number = 0;
        for (std::size_t i = 0; i < result.filings.size(); ++i) {
            auto &filing = result.filings[i];
            for (auto const &warning : filing.warnings) {
                log_warn("{}: {}", document.name, warning);
            }
            auto key = document_key(filing); // here, on a parser thread, not on the loader's
            source_filing_t item{stored_name(document.name),    document.sha256, ++number, std::move(filing), key,
                                 placed.accession_from_place[i]};
            if (!m_loader->push(std::move(item))) {
                return false;
            }
        }
        return true;
    }
    load_outcome_t o;
    o.source_path = stored_name(document.name);
    o.source_sha256 = document.sha256;
    o.reason = std::move(result.reason);
    if (result.status == parse_status_t::skipped) {
        o.outcome = outcome_t::skipped;
        o.form_type = std::move(result.form_type);
        o.skip_kind = std::move(placed.skip_kind);
    } else {
        o.outcome = outcome_t::rejected;
        o.stage = "parse";
    }
    return m_loader->push(std::move(o));
}

} // namespace

void run_import_worker(import_worker_options_t const &options, bounded_queue_t<path_chunk_t> *paths,
                       load_thread_t *loader, import_progress_t *progress)
{
    document_batch_t batch{options.database, loader};
    while (auto chunk = paths->pop()) {
        for (auto const &entry : *chunk) {
            if (interrupt_signal() != 0) {
                batch.process(); // what is read is handed over; nothing more is read
                return;
            }
            std::size_t members = 0;
            auto const on_document = [&](input_document_t document) {
                ++members;
                return batch.add(std::move(document));
            };
            auto const on_refusal = [&](input_refusal_t refusal) {
                ++members;
                return loader->push(refusal_outcome(std::move(refusal)));
            };
            if (!read_input(entry, options.max_file_size, on_document, on_refusal)) {
                return; // the loader stopped
            }
            // An archive counts as its members.
            if (members > 1) {
                progress->files_seen += members - 1;
                progress->files_done += members - 1;
            }
            ++progress->files_done;
        }
        if (!batch.process()) {
            return; // the loader stopped
        }
    }
}
