// SPDX-License-Identifier: GPL-2.0-or-later
// Bulk imports of a generated corpus: parallel equals serial, twice adds nothing, two
// importers at once leave one copy, bad files are recorded and leave no row behind.
#include "common-checksums.hpp"
#include "common-import.hpp"
#include "common-run.hpp"

#include "generator.hpp"
#include "writers.hpp"

#include "util/read-file.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

namespace fs = std::filesystem;

namespace {

constexpr std::size_t CORPUS_SIZE = 1200;

/// A generated corpus of ownership XML, submission files, renderings and supplements,
/// with amendments, written once for the test binary.
fs::path const &corpus()
{
    static fs::path const dir = []() {
        auto const d = fs::temp_directory_path() / ("filing-scale-" + std::to_string(::getpid()));
        fs::remove_all(d);
        fs::create_directories(d);
        rng_t r{42};
        auto issuers = make_issuers(&r, CORPUS_SIZE);
        auto const people = make_people(&r, CORPUS_SIZE, &issuers);
        for (std::size_t i = 0; i < CORPUS_SIZE; ++i) {
            auto const &issuer = r.pick(issuers);
            auto const kind = r.range(1, 100);
            std::string text;
            std::string name;
            if (kind <= 3) {
                text = write_prospectus(make_prospectus(&r, issuer, i));
                name = fmt::format("p{:05}.txt", i);
            } else {
                auto f = make_ownership(&r, issuer, people, i);
                if (kind <= 60) {
                    text = write_ownership_xml(f);
                    name = fmt::format("x{:05}.xml", i);
                } else if (kind <= 80) {
                    text = write_submission(f, write_ownership_xml(f));
                    name = fmt::format("s{:05}.txt", i);
                } else {
                    f.accession.reset();
                    text = write_rendering(f);
                    name = fmt::format("r{:05}.txt", i);
                }
                if (kind % 10 == 0 && f.form_type.base() == "4" && !f.non_derivative.empty()) {
                    auto amended = f;
                    amended.form_type = form_type_t::parse("4/A");
                    amended.date_of_original_submission = f.signatures.front().date;
                    amended.signatures.front().date = day_after(*f.signatures.front().date, 3);
                    amended.non_derivative.front().shares_owned_after = decimal_t::parse("123456");
                    std::ofstream{d / fmt::format("a{:05}.xml", i)} << write_ownership_xml(amended);
                }
            }
            std::ofstream{d / name} << text;
        }
        return d;
    }();
    static folder_remover_t const cleanup{dir};
    return dir;
}

exit_code_t import_into(std::string const &conninfo, std::vector<std::string> paths, unsigned jobs,
                        std::string const &rejects = {})
{
    import_options_t o;
    o.database = conninfo;
    o.paths = std::move(paths);
    o.quiet = true;
    o.jobs = jobs;
    o.batch_size = 250; // several batches even for this small corpus
    o.rejects_file = rejects;
    return run_filing_import(o);
}

} // namespace

TEST(scale, parallel_import_equals_serial_import_and_twice_adds_nothing)
{
    tempdb_t serial;
    tempdb_t parallel;
    ASSERT_EQ(import_into(serial.conninfo(), {corpus().string()}, 1), exit_code_t::ok);
    ASSERT_EQ(import_into(parallel.conninfo(), {corpus().string()}, 4), exit_code_t::ok);
    auto const expected = archive_checksums(serial.conninfo());
    for (auto const *table : {"issuer", "person", "filing", "filing_owner", "ownership_row", "row_footnote", "footnote",
                              "signature", "offering", "offering_agent", "offering_event"}) {
        EXPECT_EQ(expected.count(table), 1U) << table << " is not compared";
    }
    EXPECT_EQ(archive_checksums(parallel.conninfo()), expected);
    EXPECT_GT(serial.count("filing"), static_cast<long>(CORPUS_SIZE));
    EXPECT_GT(serial.count("SELECT 1 FROM filing WHERE amends_filing_id IS NOT NULL"), 10);

    // Again: nothing changes, and nothing is parsed.
    ASSERT_EQ(import_into(parallel.conninfo(), {corpus().string()}, 4), exit_code_t::ok);
    EXPECT_EQ(archive_checksums(parallel.conninfo()), expected);
}

TEST(scale, two_importers_at_once_leave_one_copy)
{
    tempdb_t serial;
    tempdb_t concurrent;
    ASSERT_EQ(import_into(serial.conninfo(), {corpus().string()}, 2), exit_code_t::ok);
    migrate_database(concurrent.conninfo());
    exit_code_t first = exit_code_t::fatal;
    exit_code_t second = exit_code_t::fatal;
    std::thread a{[&]() { first = import_into(concurrent.conninfo(), {corpus().string()}, 2); }};
    std::thread b{[&]() { second = import_into(concurrent.conninfo(), {corpus().string()}, 2); }};
    a.join();
    b.join();
    EXPECT_EQ(first, exit_code_t::ok);
    EXPECT_EQ(second, exit_code_t::ok);
    EXPECT_EQ(archive_checksums(concurrent.conninfo()), archive_checksums(serial.conninfo()));
}

TEST(scale, bad_files_are_recorded_and_leave_no_row_behind)
{
    auto const dir = fs::temp_directory_path() / ("filing-bad-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    // Good files: a slice of the corpus.
    std::size_t good = 0;
    fs::path sample_path;
    for (auto const &entry : fs::directory_iterator{corpus()}) {
        if (good < 200 && entry.path().filename().string()[0] == 'x') {
            fs::copy_file(entry.path(), dir / entry.path().filename());
            sample_path = entry.path();
            ++good;
        }
    }
    // Bad ones: garbage, empty, truncated XML, an entity bomb, a rendering without issuer,
    // a dangling link. And a filing with an ownership form "X", which the database would
    // refuse: stored, with that value null and a warning.
    std::ofstream{dir / "bad-garbage.bin"} << std::string("\x01\x02\xff\xfe not a filing at all", 25);
    std::ofstream{dir / "bad-empty.txt"};
    auto const sample = read_file(sample_path.string());
    std::ofstream{dir / "bad-truncated.xml"} << sample.substr(0, sample.size() / 2);
    std::ofstream{dir / "bad-bomb.xml"}
        << "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"x\">]><ownershipDocument/>";
    auto odd = sample;
    auto const element = odd.find("<directOrIndirectOwnership>");
    ASSERT_NE(element, std::string::npos);
    auto const value = odd.find("<value>", element) + 7;
    odd[value] = 'X';
    odd.insert(odd.find("</ownershipDocument>"), "<remarks>no such ownership form</remarks>");
    std::ofstream{dir / "odd-ownership.xml"} << odd;
    std::ofstream{dir / "bad-no-issuer.txt"} << "FORM 4\nSTATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n"
                                                "1. Name and Address of Reporting Person*\tDOE JOHN\n";
    fs::create_symlink(dir / "nowhere.xml", dir / "bad-dangling.xml");

    tempdb_t db;
    auto const log = dir.string() + "-rejects.tsv";
    EXPECT_EQ(import_into(db.conninfo(), {dir.string()}, 2, log), exit_code_t::rejects);
    EXPECT_EQ(db.count("filing"), static_cast<long>(good) + 1);
    EXPECT_EQ(db.value<std::string>("SELECT string_agg(regexp_replace(source_path, '.*/', '') || ' ' || stage, ', ' "
                                    "ORDER BY source_path) FROM import_reject"),
              "bad-bomb.xml parse, bad-dangling.xml read, bad-empty.txt parse, bad-garbage.bin parse, "
              "bad-no-issuer.txt parse, bad-truncated.xml parse");
    EXPECT_EQ(db.value<std::string>("SELECT string_agg(message, ' | ') FROM filing_warning JOIN filing USING "
                                    "(filing_id) WHERE remarks = 'no such ownership form'"),
              "Table I row 1, ownership: 'X' is not one of D, I (stored as null)");
    // No row of a rejected file anywhere.
    EXPECT_EQ(db.count("SELECT 1 FROM filing f JOIN import_reject r ON r.source_sha256 = f.source_sha256"), 0);
    EXPECT_EQ(db.count("SELECT 1 FROM filing_owner WHERE filing_id NOT IN (SELECT filing_id FROM filing)"), 0);
    // The reject log has the same six, pgloader style.
    auto const text = read_file(log);
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 7);                         // a header line and six rejects
    EXPECT_NE(text.find("bad-dangling.xml\t\\N\tread\t"), std::string::npos) << text; // no hash: COPY's null
    fs::remove_all(dir);
    fs::remove(log);
}
