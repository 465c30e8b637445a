// SPDX-License-Identifier: GPL-2.0-or-later
// Bulk imports of a generated corpus: parallel equals serial, twice adds nothing, two
// importers at once leave one copy, bad files are recorded and leave no row behind.
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

/// What a database holds, independent of surrogate ids and import order: each table's
/// rows with their references replaced by natural keys, sorted, hashed.
std::map<std::string, std::string> archive_checksums(std::string const &conninfo)
{
    static std::map<std::string, std::string> const queries{
        {"issuer", "SELECT row(cik, ticker, name, name_key) FROM issuer"},
        {"person", "SELECT row(cik, name, name_key) FROM person"},
        {"filing",
         "SELECT row(encode(f.source_sha256, 'hex'), f.source_document, encode(f.document_key, 'hex'), f.kind, "
         "f.form_type, f.is_amendment, f.accession_no, i.name_key, f.filing_date, f.period_of_report, "
         "f.date_of_original_submission, encode(o.source_sha256, 'hex'), f.aff10b5one, f.not_subject_to_section16, "
         "f.no_securities_owned, f.remarks, f.schema_version, f.registration_no, f.document_date, f.source_path, "
         "p.agreement_date, p.agreement_type) "
         "FROM filing f JOIN issuer i USING (issuer_id) LEFT JOIN filing o ON o.filing_id = f.amends_filing_id "
         "LEFT JOIN offering p ON p.offering_id = f.offering_id"},
        {"filing_owner",
         "SELECT row(encode(f.source_sha256, 'hex'), f.source_document, o.owner_no, p.name_key, o.name, o.street1, "
         "o.street2, o.city, o.state, o.zip, o.is_director, o.is_officer, o.officer_title, o.is_ten_percent_owner, "
         "o.is_other, o.other_text) FROM filing_owner o JOIN filing f USING (filing_id) JOIN person p USING "
         "(person_id)"},
        {"ownership_row",
         "SELECT row(encode(f.source_sha256, 'hex'), f.source_document, r.table_no, r.row_no, r.row_kind, "
         "r.security_title, r.transaction_date, r.deemed_execution_date, r.transaction_code, r.equity_swap, "
         "r.timeliness, r.shares, r.value, r.price, r.acquired_disposed, r.shares_owned_after, r.value_owned_after, "
         "r.ownership, r.nature_of_ownership, r.exercise_price, r.exercisable_date, r.expiration_date, "
         "r.underlying_title, r.underlying_shares, r.underlying_value) FROM ownership_row r JOIN filing f USING "
         "(filing_id)"},
        {"row_footnote",
         "SELECT row(encode(f.source_sha256, 'hex'), f.source_document, x.table_no, x.row_no, x.field, x.footnote_id) "
         "FROM row_footnote x JOIN filing f USING (filing_id)"},
        {"footnote", "SELECT row(encode(f.source_sha256, 'hex'), f.source_document, x.footnote_id, x.text) "
                     "FROM footnote x JOIN filing f USING (filing_id)"},
        {"signature",
         "SELECT row(encode(f.source_sha256, 'hex'), f.source_document, x.signature_no, x.name, x.signature_date) "
         "FROM signature x JOIN filing f USING (filing_id)"},
        {"offering", "SELECT row(i.name_key, o.agreement_type, o.agreement_date, o.commission_rate) "
                     "FROM offering o JOIN issuer i USING (issuer_id)"},
        {"offering_agent", "SELECT row(i.name_key, o.agreement_date, a.agent_no, a.name) "
                           "FROM offering_agent a JOIN offering o USING (offering_id) JOIN issuer i USING (issuer_id)"},
        {"offering_event",
         "SELECT row(encode(f.source_sha256, 'hex'), e.event_no, e.event_type, e.event_date, e.shares_sold, "
         "e.gross_proceeds, e.net_proceeds, e.new_capacity) FROM offering_event e JOIN filing f USING (filing_id)"},
    };
    std::map<std::string, std::string> out;
    pqxx::connection conn{conninfo};
    pqxx::nontransaction tx{conn};
    for (auto const &[table, query] : queries) {
        auto const r = tx.exec1(fmt::format("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' "
                                            "ORDER BY t::text)), '-') FROM ({}) AS q(t)",
                                            query));
        out[table] = r[0].as<std::string>();
    }
    return out;
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
