// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/run-import.hpp"

#include "import/import-summary.hpp"
#include "import/input-files.hpp"
#include "load/known-files.hpp"
#include "load/migrate.hpp"
#include "load/pg-loader.hpp"
#include "logging.hpp"
#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"
#include "version.hpp"

#include <fmt/format.h>
#include <fmt/os.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace {

/// Files read and hashed together, so that one query tells which are already stored.
constexpr std::size_t CHECK_CHUNK = 256;

struct read_file_t
{
    std::string path;
    std::string bytes;
    sha256_t sha256;
};

std::string parser_version() { return fmt::format("filing-archive {}", program_version()); }

/// Parses one file and hands what came out to the sink.
void parse_into(read_file_t const &file, filing_sink_t *sink)
{
    auto result = parse_document(file.bytes);
    switch (result.status) {
    case parse_status_t::parsed: {
        int document = 0;
        for (auto &filing : result.filings) {
            sink->add(source_filing_t{file.path, file.sha256, ++document, std::move(filing)});
        }
        break;
    }
    case parse_status_t::skipped:
        sink->add_file_outcome({file.path, file.sha256, outcome_t::skipped, result.reason, {},
                                result.form_type});
        break;
    case parse_status_t::rejected:
        sink->add_file_outcome({file.path, file.sha256, outcome_t::rejected, result.reason, "parse", {}});
        break;
    }
}

/// The reject log of --rejects: one tab-separated line per rejected file.
class reject_log_t
{
public:
    explicit reject_log_t(std::string const &path)
    {
        if (!path.empty()) {
            m_file = std::fopen(path.c_str(), "w");
            if (m_file == nullptr) {
                throw fmt_error("{}: cannot write the reject log", path);
            }
            fmt::print(m_file, "# path\tsha256\tstage\treason\n");
        }
    }
    reject_log_t(reject_log_t const &) = delete;
    reject_log_t &operator=(reject_log_t const &) = delete;
    ~reject_log_t()
    {
        if (m_file != nullptr) {
            std::fclose(m_file);
        }
    }

    void write(load_outcome_t const &o)
    {
        if (m_file != nullptr) {
            fmt::print(m_file, "{}\t{}\t{}\t{}\n", o.source_path,
                       o.source_sha256 ? o.source_sha256->hex() : "", o.stage, o.reason);
            std::fflush(m_file);
        }
    }

private:
    std::FILE *m_file = nullptr;
};

exit_code_t run_import(import_options_t const &options)
{
    auto const start = std::chrono::steady_clock::now();
    input_files_t inputs{options.paths, options.from_list};

    auto const migrated = migrate_database(options.database);
    if (!migrated.applied.empty()) {
        log_info("Database schema now at version {} ({} migrations applied)", migrated.version_after,
                 migrated.applied.size());
    }

    import_summary_t summary;
    reject_log_t reject_log{options.rejects_file};
    known_files_t known{options.database};
    pg_loader_t loader{loader_options_t{options.database, options.batch_size, parser_version()},
                       [&](load_outcome_t const &o) {
                           summary.count(o);
                           if (o.outcome == outcome_t::rejected) {
                               log_warn("{}: {}", o.source_path, o.reason);
                               reject_log.write(o);
                           }
                       }};

    std::vector<read_file_t> chunk;
    auto process_chunk = [&]() {
        std::vector<sha256_t> hashes;
        for (auto const &f : chunk) {
            hashes.push_back(f.sha256);
        }
        auto const stored = known.contains(hashes);
        for (std::size_t i = 0; i < chunk.size(); ++i) {
            if (stored[i]) {
                ++summary.files_unchanged;
            } else {
                parse_into(chunk[i], &loader);
            }
        }
        chunk.clear();
    };

    while (auto path = inputs.next()) {
        ++summary.files_seen;
        try {
            auto bytes = read_file(*path);
            auto const hash = sha256_t::of(bytes);
            chunk.push_back(read_file_t{std::move(*path), std::move(bytes), hash});
        } catch (user_error_t const &e) {
            loader.add_file_outcome({*path, std::nullopt, outcome_t::rejected, e.what(), "read", {}});
        }
        if (chunk.size() == CHECK_CHUNK) {
            process_chunk();
        }
    }
    process_chunk();
    loader.flush();

    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!options.quiet) {
        get_logger().end_progress();
        fmt::print(stderr, "{}", summary.to_text());
    }
    if (!options.summary_json.empty()) {
        auto const text = summary.to_json().dump(2) + "\n";
        if (options.summary_json == "-") {
            fmt::print("{}", text);
        } else {
            auto out = fmt::output_file(options.summary_json);
            out.print("{}", text);
        }
    }
    return summary.files_rejected > 0 ? exit_code_t::rejects : exit_code_t::ok;
}

exit_code_t run_parse(import_options_t const &options)
{
    input_files_t inputs{options.paths, {}};
    bool all_parsed = true;
    while (auto path = inputs.next()) {
        std::string bytes;
        try {
            bytes = read_file(*path);
        } catch (user_error_t const &e) {
            log_error("{}", e.what());
            fmt::print("{}\n", error_to_json(*path, nullptr, e.what()).dump());
            all_parsed = false;
            continue;
        }
        auto const hash = sha256_t::of(bytes);
        auto const result = parse_document(bytes);
        if (result.status == parse_status_t::parsed) {
            for (auto const &filing : result.filings) {
                fmt::print("{}\n", filing_to_json(filing, *path, hash).dump());
            }
            continue;
        }
        auto const what = result.status == parse_status_t::skipped
                              ? fmt::format("skipped: {}", result.reason)
                              : result.reason;
        if (result.status == parse_status_t::skipped) {
            log_info("{}: {}", *path, what);
        } else {
            log_error("{}: {}", *path, what);
        }
        auto j = error_to_json(*path, &hash, what);
        if (!result.form_type.empty()) {
            j["form_type"] = result.form_type;
        }
        fmt::print("{}\n", j.dump());
        all_parsed = all_parsed && result.status == parse_status_t::skipped;
    }
    std::fflush(stdout);
    return all_parsed ? exit_code_t::ok : exit_code_t::rejects;
}

exit_code_t run_db_command(import_options_t const &options)
{
    if (options.command == import_command_t::status) {
        auto const version = database_schema_version(options.database);
        fmt::print("schema version {} (this program: {})\n", version, program_schema_version());
        return exit_code_t::ok;
    }
    auto const result = migrate_database(options.database);
    if (result.applied.empty()) {
        log_info("Database schema is up to date (version {})", result.version_after);
    } else {
        for (auto const &name : result.applied) {
            log_info("Applied {}", name);
        }
        log_info("Database schema now at version {}", result.version_after);
    }
    return exit_code_t::ok;
}

} // namespace

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
