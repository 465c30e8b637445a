// SPDX-License-Identifier: GPL-2.0-or-later
// Signals and faults in the middle of an import of the real program. SIGINT and SIGTERM:
// the batch in progress is finished, the summary printed, the exit code 130 or 143, and
// every filing stored is whole; a second signal stops the program at once, and the
// archive is whole still. kill -9 and connections terminated by the server: the import
// run again gives the archive a clean import gives (scripts/fault-test.sh does more, and
// restarts the server).
#include "common-checksums.hpp"
#include "common-pg.hpp"
#include "common-run.hpp"

#include "generator.hpp"
#include "writers.hpp"

#include "parse/parse-document.hpp"
#include "util/read-file.hpp"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <sys/wait.h>
#include <thread>

namespace fs = std::filesystem;

namespace {

/// Enough filings that the import is still running when the first batch is committed.
constexpr std::size_t CORPUS_SIZE = 6000;

fs::path const &corpus()
{
    static fs::path const dir = []() {
        auto const d = fs::temp_directory_path() / fmt::format("filing-interrupt-{}", ::getpid());
        fs::remove_all(d);
        fs::create_directories(d);
        rng_t r{11};
        auto issuers = make_issuers(&r, CORPUS_SIZE);
        auto const people = make_people(&r, CORPUS_SIZE, &issuers);
        for (std::size_t i = 0; i < CORPUS_SIZE; ++i) {
            std::ofstream{d / fmt::format("x{:05}.xml", i)}
                << write_ownership_xml(make_ownership(&r, r.pick(issuers), people, i));
        }
        return d;
    }();
    static folder_remover_t const cleanup{dir};
    return dir;
}

std::vector<std::string> import_args(tempdb_t const &db)
{
    return {corpus().string(), "-d", db.conninfo(), "--batch-size", "200", "-q"};
}

/// The archive of a clean import of the corpus, once per test binary.
std::map<std::string, std::string> const &clean_checksums()
{
    static std::map<std::string, std::string> const sums = []() {
        tempdb_t clean;
        auto args = import_args(clean);
        auto const r = run_program(FILING_IMPORT_BIN, args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return archive_checksums(clean.conninfo());
    }();
    return sums;
}

/// Waits until the import into `db` has committed its first batch.
void wait_for_first_batch(tempdb_t const &db)
{
    auto const deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
    while (std::chrono::steady_clock::now() < deadline) {
        try {
            if (db.count("filing") > 0) {
                return;
            }
        } catch (std::exception const &) { // the schema is not there yet
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    ADD_FAILURE() << "no batch was committed within 60 s";
}

struct interrupted_run_t
{
    int status = 0;
    std::string err;
    nlohmann::json summary;
};

/// Starts an import of the corpus in batches of `batch_size` filings, waits until its first
/// batch is committed, sends the signals (`pause` apart) and waits for the end.
interrupted_run_t interrupt_import(tempdb_t const &db, std::vector<int> const &signals,
                                   std::chrono::milliseconds pause = std::chrono::milliseconds{0},
                                   std::string const &batch_size = "200")
{
    auto const base = fs::temp_directory_path() / fmt::format("filing-interrupt-run-{}", ::getpid());
    auto const summary = base.string() + ".json";
    pid_t const pid = spawn_program(FILING_IMPORT_BIN,
                                    {corpus().string(), "-d", db.conninfo(), "--batch-size", batch_size, "--progress",
                                     "true", "--summary-json", summary},
                                    base.string() + ".out", base.string() + ".err");
    if (pid <= 0) { // never signal -1: that is every process of the user
        ADD_FAILURE() << "cannot start " << FILING_IMPORT_BIN;
        return {};
    }
    wait_for_first_batch(db);
    for (auto const s : signals) {
        ::kill(pid, s);
        std::this_thread::sleep_for(pause);
    }
    interrupted_run_t run;
    ::waitpid(pid, &run.status, 0);
    run.err = read_file(base.string() + ".err");
    if (fs::exists(summary) && fs::file_size(summary) > 0) {
        run.summary = nlohmann::json::parse(read_file(summary));
    }
    for (auto const *ext : {".json", ".out", ".err"}) {
        fs::remove(base.string() + ext);
    }
    return run;
}

/// Every stored filing has exactly the owners and rows its file holds: none is stored in part.
void expect_every_filing_whole(tempdb_t const &db)
{
    auto conn = db.connect();
    pqxx::nontransaction tx{*conn};
    auto const rows = tx.exec("SELECT source_path, source_document, "
                              "(SELECT count(*) FROM filing_owner o WHERE o.filing_id = f.filing_id), "
                              "(SELECT count(*) FROM ownership_row r WHERE r.filing_id = f.filing_id) FROM filing f");
    ASSERT_FALSE(rows.empty()) << "no filing stored";
    for (auto const &row : rows) {
        auto const path = row[0].as<std::string>();
        auto const parsed = parse_document(read_file(path));
        ASSERT_EQ(parsed.status, parse_status_t::parsed) << path;
        auto const &filing = parsed.filings.at(row[1].as<std::size_t>() - 1);
        EXPECT_EQ(row[2].as<std::size_t>(), filing.owners.size()) << path;
        EXPECT_EQ(row[3].as<std::size_t>(), filing.non_derivative.size() + filing.derivative.size()) << path;
    }
}

/// After a fault: no filing is stored in part, and running the import again completes the
/// archive to what a clean import gives. Removes the faulted run's output files (`out`).
void expect_run_again_gives_the_clean_archive(tempdb_t const &db, fs::path const &out)
{
    expect_every_filing_whole(db);
    auto const again = run_program(FILING_IMPORT_BIN, import_args(db));
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(archive_checksums(db.conninfo()), clean_checksums());
    fs::remove(out.string() + ".out");
    fs::remove(out.string() + ".err");
}

} // namespace

TEST(interrupt, sigint_stores_what_was_read_prints_the_summary_and_exits_130)
{
    tempdb_t db;
    auto const run = interrupt_import(db, {SIGINT});
    ASSERT_TRUE(WIFEXITED(run.status)) << run.err;
    EXPECT_EQ(WEXITSTATUS(run.status), 130) << run.err;
    // The summary starts on a line of its own: the progress line was ended first.
    auto const at = run.err.find("Interrupted by SIGINT: no further file was read");
    ASSERT_NE(at, std::string::npos) << run.err;
    EXPECT_TRUE(at == 0 || run.err[at - 1] == '\n') << run.err;
    EXPECT_EQ(run.err.back(), '\n');
    EXPECT_EQ(run.summary["interrupted_by"], "SIGINT");
    EXPECT_EQ(run.summary["filings_imported"], db.count("filing"));
    EXPECT_LT(run.summary["files_seen"].get<std::size_t>(), CORPUS_SIZE);
    // The run is recorded as interrupted, with what it did.
    EXPECT_EQ(db.value<std::string>("SELECT interrupted || ' ' || filings_imported FROM import_run"),
              fmt::format("true {}", db.count("filing")));
    expect_every_filing_whole(db);
}

TEST(interrupt, sigterm_exits_143)
{
    tempdb_t db;
    auto const run = interrupt_import(db, {SIGTERM});
    ASSERT_TRUE(WIFEXITED(run.status)) << run.err;
    EXPECT_EQ(WEXITSTATUS(run.status), 143) << run.err;
    EXPECT_EQ(run.summary["interrupted_by"], "SIGTERM");
    EXPECT_EQ(run.summary["filings_imported"], db.count("filing"));
    expect_every_filing_whole(db);
}

TEST(interrupt, a_second_sigint_stops_at_once_and_the_archive_stays_whole)
{
    tempdb_t db;
    // Batches of 2,000 filings: finishing the one under way after the first signal takes far
    // longer than the 30 ms before the second, which must stop the import there and then.
    auto const run = interrupt_import(db, {SIGINT, SIGINT}, std::chrono::milliseconds{30}, "2000");
    EXPECT_TRUE(WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGINT) << run.status << run.err;
    ASSERT_FALSE(run.err.empty());
    EXPECT_EQ(run.err.back(), '\n'); // the progress line is ended even then
    expect_every_filing_whole(db);
}

TEST(faults, killed_with_sigkill_then_run_again_gives_the_clean_archive)
{
    tempdb_t db;
    auto const out = fs::temp_directory_path() / fmt::format("filing-kill-{}", ::getpid());
    pid_t const pid = spawn_program(FILING_IMPORT_BIN, import_args(db), out.string() + ".out", out.string() + ".err");
    ASSERT_GT(pid, 0); // never signal -1: that is every process of the user
    wait_for_first_batch(db);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status));
    expect_run_again_gives_the_clean_archive(db, out);
}

TEST(faults, connections_terminated_by_the_server_then_run_again_gives_the_clean_archive)
{
    tempdb_t db;
    auto const out = fs::temp_directory_path() / fmt::format("filing-terminate-{}", ::getpid());
    pid_t const pid = spawn_program(FILING_IMPORT_BIN, import_args(db), out.string() + ".out", out.string() + ".err");
    ASSERT_GT(pid, 0); // never signal -1: that is every process of the user
    wait_for_first_batch(db);
    auto const terminated = test_db().value<long>(
        fmt::format("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = '{}' AND application_name LIKE 'filing-archive%'",
                    db.name()));
    ASSERT_GE(terminated, 1) << "no connection of the import was terminated";
    int status = 0;
    ::waitpid(pid, &status, 0);
    auto const err = read_file(out.string() + ".err");
    ASSERT_TRUE(WIFEXITED(status));
    if (WEXITSTATUS(status) != 0) { // unless it had just finished
        EXPECT_EQ(WEXITSTATUS(status), 2) << err;
        EXPECT_NE(err.find("filing-import: lost the database connection"), std::string::npos) << err;
    }
    expect_run_again_gives_the_clean_archive(db, out);
}
