// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/import-worker.hpp"

#include "errors.hpp"
#include "load/known-files.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

namespace {

struct read_file_t
{
    std::string path;
    std::string bytes;
    sha256_t sha256;
};

/// Parses one file and hands what came out to the loader; false when the loader stopped.
bool parse_into(read_file_t const &file, load_thread_t *loader)
{
    auto result = parse_document(file.bytes);
    switch (result.status) {
    case parse_status_t::parsed: {
        int document = 0;
        for (auto &filing : result.filings) {
            for (auto const &warning : filing.warnings) {
                log_warn("{}: {}", file.path, warning);
            }
            auto key = document_key(filing); // here, on a parser thread, not on the loader's
            if (!loader->push(source_filing_t{file.path, file.sha256, ++document, std::move(filing), key})) {
                return false;
            }
        }
        return true;
    }
    case parse_status_t::skipped:
        return loader->push(load_outcome_t{file.path, file.sha256, outcome_t::skipped, result.reason, {}, result.form_type});
    case parse_status_t::rejected: break;
    }
    return loader->push(load_outcome_t{file.path, file.sha256, outcome_t::rejected, result.reason, "parse", {}});
}

} // namespace

bool run_import_worker(std::string const &database, bounded_queue_t<path_chunk_t> *paths, load_thread_t *loader,
                       import_progress_t *progress)
{
    known_files_t known{database};
    std::vector<read_file_t> files;
    std::vector<sha256_t> hashes;
    while (auto chunk = paths->pop()) {
        files.clear();
        hashes.clear();
        for (auto &path : *chunk) {
            try {
                auto bytes = read_file(path);
                auto const hash = sha256_t::of(bytes);
                hashes.push_back(hash);
                files.push_back(read_file_t{std::move(path), std::move(bytes), hash});
            } catch (user_error_t const &e) {
                if (!loader->push(load_outcome_t{path, std::nullopt, outcome_t::rejected, e.what(), "read", {}})) {
                    return false;
                }
                ++progress->files_done;
            }
        }
        auto const stored = known.contains(hashes);
        for (std::size_t i = 0; i < files.size(); ++i) {
            bool const pushed =
                stored[i] ? loader->push(load_outcome_t{files[i].path, files[i].sha256, outcome_t::unchanged, {}, {}, {}})
                          : parse_into(files[i], loader);
            if (!pushed) {
                return false;
            }
            ++progress->files_done;
        }
    }
    return true;
}
