// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/run-import.hpp"

#include "import/import-summary.hpp"
#include "import/import-worker.hpp"
#include "import/input-files.hpp"
#include "import/load-thread.hpp"
#include "import/reject-log.hpp"
#include "load/import-run-record.hpp"
#include "load/migrate.hpp"
#include "logging.hpp"
#include "progress-display.hpp"
#include "version.hpp"

#include <fmt/format.h>
#include <fmt/os.h>

#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace {

/// Parsed filings and outcomes waiting for the loader: enough to keep it fed while it
/// commits a batch, few enough that memory does not depend on the size of the import.
constexpr std::size_t LOAD_QUEUE_CAPACITY = 1024;

std::string parser_version() { return fmt::format("filing-archive {}", program_version()); }

bool progress_wanted(import_options_t const &options)
{
    switch (options.progress) {
    case progress_mode_t::on: return true;
    case progress_mode_t::off: return false;
    case progress_mode_t::automatic: break;
    }
    return !options.quiet && ::isatty(STDERR_FILENO) != 0;
}

void write_summary_json(import_summary_t const &summary, std::string const &where)
{
    auto const text = summary.to_json().dump(2) + "\n";
    if (where == "-") {
        fmt::print("{}", text);
        std::fflush(stdout);
    } else {
        auto out = fmt::output_file(where);
        out.print("{}", text);
    }
}

/// The run in import_run, for the import-runs report.
void record_run(import_options_t const &options, import_summary_t const &summary)
{
    record_import_run(options.database,
                      import_run_record_t{summary.seconds, summary.files_seen, summary.files_unchanged,
                                          summary.filings_imported, summary.filings_already, summary.files_skipped,
                                          summary.files_rejected, false, parser_version()});
}

} // namespace

exit_code_t run_import(import_options_t const &options)
{
    auto const start = std::chrono::steady_clock::now();
    input_files_t inputs{options.paths, options.from_list};
    bool const show_progress = progress_wanted(options);
    auto const total = show_progress ? inputs.count() : std::nullopt;

    auto const migrated = migrate_database(options.database);
    if (!migrated.applied.empty()) {
        log_info("Database schema now at version {} ({} migrations applied)", migrated.version_after,
                 migrated.applied.size());
    }

    // Everything below is touched by the loader thread only, through this callback.
    import_summary_t summary;
    import_progress_t progress;
    reject_log_t reject_log{options.rejects_file};
    load_thread_t loader{loader_options_t{options.database, options.batch_size, parser_version()},
                         [&](load_outcome_t const &o) {
                             summary.count(o);
                             if (o.outcome == outcome_t::imported) {
                                 ++progress.filings_imported;
                             } else if (o.outcome == outcome_t::rejected) {
                                 ++progress.rejects;
                                 if (!options.quiet) { // -q: the exit code, --rejects and import_reject tell
                                     log_warn("{}: {}", o.source_path, o.reason);
                                 }
                                 reject_log.write(o);
                             }
                         },
                         LOAD_QUEUE_CAPACITY};

    // Parser threads, each with a connection of its own for the known-file checks.
    unsigned const jobs = options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
    bounded_queue_t<path_chunk_t> paths{2 * static_cast<std::size_t>(jobs)};
    std::mutex error_mutex;
    std::exception_ptr worker_error;
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) {
        workers.emplace_back([&]() {
            try {
                if (!run_import_worker(options.database, &paths, &loader, &progress)) {
                    paths.close(); // the loader stopped: no one may wait to hand out paths
                }
            } catch (...) { // the first failure stops the import; main rethrows it
                std::lock_guard const lock{error_mutex};
                if (!worker_error) {
                    worker_error = std::current_exception();
                }
                paths.close();
                loader.abort();
            }
        });
    }

    {
        progress_display_t display{progress, total, show_progress};
        path_chunk_t chunk;
        bool open = true;
        while (open) {
            auto path = inputs.next();
            if (path) {
                ++progress.files_seen;
                chunk.push_back(std::move(*path));
            }
            if ((chunk.size() == PATH_CHUNK_SIZE || !path) && !chunk.empty()) {
                open = paths.push(std::move(chunk));
                chunk = {};
            }
            open = open && path.has_value();
        }
        paths.close();
        for (auto &w : workers) {
            w.join();
        }
        if (worker_error) {
            loader.abort();
        }
        try {
            loader.finish();
        } catch (...) {
            if (!worker_error) {
                throw;
            }
        }
        display.stop();
    }
    if (worker_error) {
        std::rethrow_exception(worker_error);
    }

    summary.files_seen = progress.files_seen.load();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    record_run(options, summary);
    if (!options.quiet) {
        fmt::print(stderr, "{}", summary.to_text());
    }
    if (!options.summary_json.empty()) {
        write_summary_json(summary, options.summary_json);
    }
    return summary.files_rejected > 0 ? exit_code_t::rejects : exit_code_t::ok;
}

exit_code_t run_filing_import(import_options_t const &options)
{
    get_logger().set_level(options.log_level);
    switch (options.command) {
    case import_command_t::parse: return run_parse(options);
    case import_command_t::migrate:
    case import_command_t::status: return run_db_command(options);
    case import_command_t::import: break;
    }
    return run_import(options);
}
