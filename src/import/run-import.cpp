// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/run-import.hpp"

#include "import/import-summary.hpp"
#include "import/import-worker.hpp"
#include "import/input-files.hpp"
#include "import/input-reader.hpp"
#include "import/interrupt.hpp"
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
#include <optional>
#include <system_error>
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

/// The --summary-json destination, opened before the import starts so that a path that
/// cannot be written is found before any work, not after it.
class summary_output_t
{
public:
    explicit summary_output_t(std::string const &where)
    {
        if (where.empty() || where == "-") {
            m_to_stdout = where == "-";
            return;
        }
        try {
            m_file.emplace(fmt::output_file(where));
        } catch (std::system_error const &e) {
            throw fmt_error("{}: cannot write the summary (--summary-json): {}", where, e.code().message());
        }
    }

    void write(import_summary_t const &summary)
    {
        auto const text = summary.to_json().dump(2) + "\n";
        if (m_to_stdout) {
            fmt::print("{}", text);
            std::fflush(stdout);
        } else if (m_file) {
            m_file->print("{}", text);
            m_file->close();
        }
    }

private:
    bool m_to_stdout = false;
    std::optional<fmt::ostream> m_file;
};

/// Reports each outcome as it is decided: counts, progress, the log and the reject file.
/// Runs on the loader thread only.
struct outcome_reporter_t
{
    import_summary_t *summary;
    import_progress_t *progress;
    reject_log_t *reject_log;

    void operator()(load_outcome_t const &o) const
    {
        summary->count(o);
        switch (o.outcome) {
        case outcome_t::imported: ++progress->filings_imported; break;
        case outcome_t::rejected:
            ++progress->rejects;
            log_warn("{}: {}", o.source_path, o.reason);
            reject_log->write(o);
            break;
        case outcome_t::skipped:
            // Things that are not files of filings at all are worth a line; attachments and
            // other forms are counted in the summary.
            if (o.skip_kind == SKIP_NOT_REGULAR_FILE || o.skip_kind == SKIP_FOLDER_WALKED_BEFORE ||
                o.skip_kind == SKIP_ARCHIVE_IN_ARCHIVE) {
                log_warn("{}: {} (skipped)", o.source_path, o.reason);
            }
            break;
        case outcome_t::unchanged:
        case outcome_t::already_imported: break;
        }
    }
};

/// Hands the walk's entries to the parser threads in chunks until the walk ends, an
/// interrupt is requested or the threads stop taking them.
void feed_paths(input_files_t *inputs, bounded_queue_t<path_chunk_t> *paths, import_progress_t *progress)
{
    path_chunk_t chunk;
    bool open = true;
    while (open) {
        auto entry = interrupt_signal() == 0 ? inputs->next() : std::nullopt;
        if (entry) {
            ++progress->files_seen;
            chunk.push_back(std::move(*entry));
        }
        if ((chunk.size() == PATH_CHUNK_SIZE || !entry) && !chunk.empty()) {
            open = paths->push(std::move(chunk));
            chunk = {};
        }
        open = open && entry.has_value();
    }
    paths->close();
}

/// The run in import_run, for the import-runs report.
void record_run(import_options_t const &options, import_summary_t const &summary)
{
    bool const interrupted = !summary.interrupted_by.empty();
    record_import_run(options.database,
                      import_run_record_t{summary.seconds, summary.files_seen, summary.files_unchanged,
                                          summary.filings_imported, summary.filings_already, summary.files_skipped,
                                          summary.files_rejected, interrupted, parser_version()});
}

exit_code_t finish_summary(import_summary_t *summary, import_options_t const &options,
                           std::chrono::steady_clock::time_point start, summary_output_t *json_output)
{
    summary->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    auto const signal = interrupt_signal();
    if (signal != 0) {
        summary->interrupted_by = signal_name(signal);
    }
    record_run(options, *summary);
    if (!options.quiet) {
        fmt::print(stderr, "{}", summary->to_text());
    }
    json_output->write(*summary);
    if (signal != 0) {
        return interrupted_exit_code(signal);
    }
    return summary->files_rejected > 0 ? exit_code_t::rejects : exit_code_t::ok;
}

} // namespace

exit_code_t run_import(import_options_t const &options)
{
    auto const start = std::chrono::steady_clock::now();
    input_files_t inputs{options.paths, options.from_list};
    // Outputs first: a path that cannot be written is a usage error before any work.
    reject_log_t reject_log{options.rejects_file};
    summary_output_t json_output{options.summary_json};
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
    load_thread_t loader{loader_options_t{options.database, options.batch_size, parser_version()},
                         outcome_reporter_t{&summary, &progress, &reject_log}, LOAD_QUEUE_CAPACITY};

    // Parser threads, each with a connection of its own for the known-file checks.
    unsigned const jobs = options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
    bounded_queue_t<path_chunk_t> paths{2 * static_cast<std::size_t>(jobs)};
    import_worker_options_t const worker_options{options.database, options.max_file_size};
    std::mutex error_mutex;
    std::exception_ptr worker_error;
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) {
        workers.emplace_back([&]() {
            try {
                run_import_worker(worker_options, &paths, &loader, &progress);
                // Whether the paths ran out, the loader stopped or a signal came: a
                // worker that stops takes no more paths, so none may wait to hand them
                // out (feed_paths blocked on a full queue when SIGINT stopped every worker).
                paths.close();
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
        feed_paths(&inputs, &paths, &progress);
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
    return finish_summary(&summary, options, start, &json_output);
}

exit_code_t run_filing_import(import_options_t const &options)
{
    get_logger().set_level(options.log_level);
    switch (options.command) {
    case import_command_t::parse: return run_parse(options);
    case import_command_t::migrate:
    case import_command_t::status:
    case import_command_t::check: return run_db_command(options);
    case import_command_t::import: break;
    }
    return run_import(options);
}
