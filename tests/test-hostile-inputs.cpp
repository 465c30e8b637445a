// SPDX-License-Identifier: GPL-2.0-or-later
// What a file system or a hostile file can hold, through the real program: each case ends
// in seconds, with the other files imported and a clear reason for the rest.
#include "common-archive.hpp"
#include "common-pg.hpp"
#include "common-run.hpp"

#include "util/read-file.hpp"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace {

/// The longest any of these imports may take: each is a handful of files, or one file of
/// 10,000 filings that the loader writes in about a second.
constexpr int TIME_LIMIT_SECONDS = 60;

std::string const SEEDS[] = {"000_645bfcb514d3ff30.txt", "003_e2d76acea318585b.txt", "004_3f47c6079172a788.txt"};

std::string layout(std::string const &rel) { return std::string{TEST_DATA_DIR} + "/edgar-layout/" + rel; }

class hostile_test : public testing::Test
{
protected:
    void SetUp() override
    {
        db().truncate_archive();
        m_dir = fs::temp_directory_path() / fmt::format("filing-hostile-{}", ::getpid());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "in");
    }
    void TearDown() override { fs::remove_all(m_dir); }

    static tempdb_t &db() { return migrated_test_db(); }
    std::string in(std::string const &rel = {}) const { return (m_dir / "in" / rel).string(); }
    std::string tmp(std::string const &rel) const { return (m_dir / rel).string(); }

    void copy_seeds() const
    {
        for (auto const &s : SEEDS) {
            fs::copy_file(fs::path{SEEDS_DIR} / s, m_dir / "in" / s);
        }
    }

    /// filing-import ARGS -d DB, bounded in time; the summary comes back as JSON.
    run_result_t import(std::vector<std::string> args, nlohmann::json *summary = nullptr) const
    {
        auto const summary_file = tmp("summary.json");
        fs::remove(summary_file);
        std::vector<std::string> all{std::to_string(TIME_LIMIT_SECONDS), FILING_IMPORT_BIN};
        all.insert(all.end(), args.begin(), args.end());
        for (auto const *a : {"-d", "--summary-json"}) {
            all.emplace_back(a);
            all.push_back(a == std::string{"-d"} ? db().conninfo() : summary_file);
        }
        auto r = run_program("timeout", all);
        EXPECT_NE(r.exit_code, 124) << "timed out: " << r.err;
        if (summary != nullptr) {
            // Reset first: an object reused across imports never keeps an earlier run's values.
            *summary = nlohmann::json{};
            EXPECT_TRUE(fs::exists(summary_file)) << "no summary: " << r.err;
            if (fs::exists(summary_file)) {
                *summary = nlohmann::json::parse(read_file(summary_file));
            }
        }
        return r;
    }

    fs::path m_dir;
};

} // namespace

TEST_F(hostile_test, symbolic_link_loops_end_and_the_files_are_imported)
{
    copy_seeds();
    fs::create_directory_symlink(".", in("self"));
    fs::create_directory_symlink(".", in("again"));
    fs::create_directory(in("sub"));
    fs::create_directory_symlink("..", in("sub/up"));
    nlohmann::json summary;
    auto const r = import({in()}, &summary);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(db().count("filing"), 3);
    EXPECT_EQ(summary["files_skipped"], 3);
    EXPECT_EQ(summary["skipped_kinds"]["folder walked before"], 3);
    EXPECT_NE(r.err.find(in("sub/up") + ": a folder already walked"), std::string::npos) << r.err;
    EXPECT_EQ(db().count("import_reject"), 0);
}

TEST_F(hostile_test, a_fifo_in_a_folder_or_on_the_command_line_is_skipped_for_import_and_parse)
{
    copy_seeds();
    ASSERT_EQ(::mkfifo(in("pipe.xml").c_str(), 0600), 0);
    nlohmann::json summary;
    auto const folder = import({in()}, &summary);
    EXPECT_EQ(folder.exit_code, 0) << folder.err;
    EXPECT_EQ(db().count("filing"), 3);
    EXPECT_EQ(summary["skipped_kinds"]["not a regular file"], 1);
    EXPECT_NE(folder.err.find(in("pipe.xml") + ": a FIFO (named pipe), not a regular file: not read (skipped)"),
              std::string::npos)
        << folder.err;

    auto const named = import({in("pipe.xml"), in(SEEDS[1])}, &summary);
    EXPECT_EQ(named.exit_code, 0) << named.err;
    EXPECT_EQ(summary["files_skipped"], 1);
    EXPECT_EQ(summary["files_unchanged"], 1);

    // From a list on stdin too.
    auto const listed = run_program("timeout", {"20", FILING_IMPORT_BIN, "-", "-d", db().conninfo()},
                                    in("pipe.xml") + "\n" + in(SEEDS[2]) + "\n");
    EXPECT_EQ(listed.exit_code, 0) << listed.err;
    EXPECT_NE(listed.err.find(in("pipe.xml") + ": a FIFO"), std::string::npos) << listed.err;

    auto const parsed = run_program("timeout", {"20", FILING_IMPORT_BIN, "parse", in("pipe.xml"), in(SEEDS[1])});
    EXPECT_EQ(parsed.exit_code, 0) << parsed.err;
    auto const first = nlohmann::json::parse(parsed.out.substr(0, parsed.out.find('\n')));
    EXPECT_EQ(first["source"], in("pipe.xml"));
    EXPECT_EQ(first["error"], "skipped: " + in("pipe.xml") + ": a FIFO (named pipe), not a regular file: not read");
    EXPECT_EQ(std::count(parsed.out.begin(), parsed.out.end(), '\n'), 2);
}

TEST_F(hostile_test, links_to_devices_are_skipped)
{
    copy_seeds();
    fs::create_symlink("/dev/zero", in("zero.xml"));
    fs::create_symlink("/dev/urandom", in("random.txt"));
    nlohmann::json summary;
    auto const r = import({in()}, &summary);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(db().count("filing"), 3);
    EXPECT_EQ(summary["skipped_kinds"]["not a regular file"], 2);
    EXPECT_NE(r.err.find(in("zero.xml") + ": a character device, not a regular file: not read"), std::string::npos);
}

TEST_F(hostile_test, a_file_over_the_size_limit_is_rejected_unread)
{
    copy_seeds();
    std::ofstream{in("huge.txt")} << std::string(200'000, 'x');
    nlohmann::json summary;
    auto const r = import({in(), "--max-file-size", "100KB"}, &summary);
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(db().count("filing"), 3);
    EXPECT_EQ(db().value<std::string>("SELECT stage || ': ' || reason FROM import_reject"),
              "read: 200000 bytes, more than the limit of 102400 bytes (--max-file-size): not read");
}

TEST_F(hostile_test, ten_thousand_documents_under_one_accession_take_seconds)
{
    // One submission holding 10,000 distinct Forms 4 under one accession number: the first
    // takes the number, the others are rejected with the reason, found before the COPY.
    constexpr int DOCUMENTS = 10000;
    auto const form = read_file(TEST_DATA_DIR "/archive/f1-ann-buys-pbbc.xml");
    std::string text = "<SEC-DOCUMENT>0000950170-24-012830.txt : 20240305\n<SEC-HEADER>\n"
                       "ACCESSION NUMBER:\t\t0000950170-24-012830\nCONFORMED SUBMISSION TYPE:\t4\n"
                       "FILED AS OF DATE:\t\t20240305\n</SEC-HEADER>\n";
    for (int i = 0; i < DOCUMENTS; ++i) {
        auto distinct = form;
        auto const at = distinct.find("<value>1000</value>");
        distinct.replace(at, 19, fmt::format("<value>{}</value>", 1000 + i));
        text += fmt::format("<DOCUMENT>\n<TYPE>4\n<SEQUENCE>{}\n<TEXT>\n<XML>\n{}</XML>\n</TEXT>\n</DOCUMENT>\n", i + 1,
                            distinct);
    }
    std::ofstream{in("many.txt")} << text;
    auto const started = std::chrono::steady_clock::now();
    nlohmann::json summary;
    auto const r = import({in("many.txt"), "-q"}, &summary);
    auto const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(summary["filings_imported"], 1);
    EXPECT_EQ(summary["files_rejected"], DOCUMENTS - 1);
    EXPECT_EQ(db().count("filing"), 1);
    EXPECT_EQ(db().value<std::string>("SELECT accession_no FROM filing"), "0000950170-24-012830");
    EXPECT_EQ(db().count("import_reject"), DOCUMENTS - 1);
    EXPECT_EQ(db().value<std::string>("SELECT reason FROM import_reject WHERE source_document = 2"),
              "accession number 0000950170-24-012830 is already that of " + in("many.txt") + " in this import");
    EXPECT_LT(seconds, 30.0);
    fmt::print(stderr, "10,000 documents under one accession: {:.1f} s\n", seconds);
}

TEST_F(hostile_test, huge_and_malformed_values_are_stored_exactly_or_with_a_warning)
{
    auto form = read_file(TEST_DATA_DIR "/archive/f1-ann-buys-pbbc.xml");
    auto const tiny = "0." + std::string(399, '0') + "1";
    auto replace = [&](std::string const &from, std::string const &to) {
        auto const at = form.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        form.replace(at, from.size(), to);
    };
    replace("<value>1000</value>", "<value>99999999999999999999999</value>");
    replace("<value>20.00</value>", "<value>" + tiny + "</value>");
    replace("<value>11000</value>", "<value>1e400</value>");
    replace("<periodOfReport>2024-03-04</periodOfReport>", "<periodOfReport>2023-02-30</periodOfReport>");
    replace("<rptOwnerCik>0003000001</rptOwnerCik>", "<rptOwnerCik>-5</rptOwnerCik>");
    std::ofstream{in("values.xml")} << form;

    auto const r = import({in("values.xml")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(db().value<std::string>("SELECT shares::text FROM ownership_row"), "99999999999999999999999");
    EXPECT_EQ(db().value<std::string>("SELECT price::text FROM ownership_row"), tiny);
    EXPECT_EQ(db().value<std::string>("SELECT coalesce(shares_owned_after::text, 'null') FROM ownership_row"), "null");
    EXPECT_EQ(db().value<std::string>("SELECT coalesce(period_of_report::text, 'null') FROM filing"), "null");
    EXPECT_EQ(db().value<std::string>("SELECT string_agg(message, ' | ' ORDER BY warning_no) FROM filing_warning "
                                      "JOIN filing USING (filing_id) WHERE source_path LIKE '%values.xml'"),
              "period_of_report: '2023-02-30' is not a date (stored as null) | "
              "reporting owner 1, CIK: '-5' is not a CIK (1 to 10 digits, not 0) (stored as null) | "
              "Table I row 1, shares_owned_after: '1e400' is not a number (stored as null)");

    auto const parsed = run_program(FILING_IMPORT_BIN, {"parse", in("values.xml")});
    EXPECT_NE(parsed.out.find("\"shares\":99999999999999999999999,"), std::string::npos) << parsed.out;
    EXPECT_NE(parsed.out.find("\"price\":" + tiny + ","), std::string::npos);
}

TEST_F(hostile_test, a_path_with_a_tab_and_a_newline_stays_one_record_of_the_reject_log)
{
    auto const name = in("bad\tname\nx.txt");
    std::ofstream{name} << "not a filing";
    auto const log = tmp("rejects.tsv");
    auto const r = import({in(), "--rejects", log});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    auto const text = read_file(log);
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << text; // the heading and one record
    EXPECT_NE(text.find(in("bad\\tname\\nx.txt") + "\t"), std::string::npos) << text;
    EXPECT_EQ(db().value<std::string>("SELECT source_path FROM import_reject"), name);
}

TEST_F(hostile_test, a_file_rejected_again_keeps_one_row_until_it_is_imported)
{
    std::ofstream{in("junk.txt")} << "not a filing";
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(import({in()}).exit_code, 1);
    }
    EXPECT_EQ(db().value<std::string>("SELECT count(*) || ' ' || max(attempts) FROM import_reject"), "1 3");
    // Fixed: the file now holds a filing.
    fs::copy_file(fs::path{SEEDS_DIR} / SEEDS[1], in("junk.txt"), fs::copy_options::overwrite_existing);
    EXPECT_EQ(import({in()}).exit_code, 0);
    EXPECT_EQ(db().count("SELECT 1 FROM import_reject WHERE resolved_at IS NULL"), 0);
    EXPECT_EQ(db().count("SELECT 1 FROM import_reject WHERE resolved_at IS NOT NULL"), 1);
    EXPECT_EQ(db().count("filing"), 1);
}

TEST_F(hostile_test, outputs_that_cannot_be_written_stop_before_any_work)
{
    copy_seeds();
    for (auto const *option : {"--summary-json", "--rejects"}) {
        auto const r = run_program(FILING_IMPORT_BIN, {in(), option, "/no/such/folder/out", "-d", db().conninfo()});
        EXPECT_EQ(r.exit_code, 2) << r.err;
        EXPECT_EQ(r.err_lines(), 1U) << r.err;
        EXPECT_NE(r.err.find(option), std::string::npos) << r.err;
        EXPECT_EQ(db().count("filing"), 0);
    }
}

TEST_F(hostile_test, quiet_prints_no_line_per_file)
{
    copy_seeds();
    std::ofstream{in("junk.txt")} << "not a filing";
    ASSERT_EQ(::mkfifo(in("pipe.xml").c_str(), 0600), 0);
    auto const r = import({in(), "-q"});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.err, "");
}

TEST_F(hostile_test, edgar_download_folders_import_with_attachments_and_metadata_skipped)
{
    nlohmann::json summary;
    auto const r = import({layout("datamule"), layout("sec-edgar-filings")}, &summary);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(
        db().value<std::string>("SELECT string_agg(accession_no || ' ' || form_type || ' ' || filing_date, ', ' "
                                "ORDER BY accession_no) FROM filing"),
        "0000320193-22-000061 4 2022-05-06, 0000899243-17-024441 3 2017-10-18, 0001181431-11-030813 3 2011-05-18");
    EXPECT_EQ(summary["files_skipped"], 7);
    EXPECT_EQ(summary["skipped_kinds"], nlohmann::json::parse(R"({"JSON data":3,"attachment":3,"form SC 13D":1})"));
    EXPECT_EQ(summary["filings_already_imported"], 1); // primary-document.xml: the submission's form
    EXPECT_EQ(db().count("import_reject"), 0);
    EXPECT_EQ(db().count("import_skip"), 7);
}

TEST_F(hostile_test, a_stated_filing_date_is_preferred_to_the_signature_date)
{
    // A download's metadata states the filing date of a bare XML document.
    auto const folder = in("000089924317024441");
    fs::create_directories(folder);
    fs::copy_file(layout("datamule/000089924317024441/doc3.xml"), folder + "/doc3.xml");
    std::ofstream{folder + "/metadata.json"}
        << R"({"submission": {"ACCESSION-NUMBER": "0000899243-17-024441", "FILING-DATE": "20171020"}, "documents": []})";
    EXPECT_EQ(import({folder}).exit_code, 0);
    EXPECT_EQ(db().value<std::string>("SELECT filing_date::text FROM filing"), "2017-10-20");

    // A bare XML stored first (signature date) takes the stated date of its submission.
    db().truncate_archive();
    auto const xml = in("bare.xml");
    fs::copy_file(layout("sec-edgar-filings/320193/4/0000320193-22-000061/primary-document.xml"), xml);
    EXPECT_EQ(import({xml}).exit_code, 0);
    EXPECT_EQ(db().value<std::string>("SELECT coalesce(accession_no, 'none') || ' ' || filing_date FROM filing"),
              "none 2022-05-06");
    auto submission = read_file(layout("sec-edgar-filings/320193/4/0000320193-22-000061/full-submission.txt"));
    std::string const stated = "FILED AS OF DATE:\t\t20220506";
    submission.replace(submission.find(stated), stated.size(), "FILED AS OF DATE:\t\t20220509");
    std::ofstream{in("submission.txt")} << submission;
    EXPECT_EQ(import({in("submission.txt")}).exit_code, 0);
    EXPECT_EQ(db().value<std::string>("SELECT accession_no || ' ' || filing_date FROM filing"),
              "0000320193-22-000061 2022-05-09");
}

TEST_F(hostile_test, tar_gz_and_zip_archives_are_read_in_place)
{
    std::vector<std::pair<std::string, std::string>> members;
    for (auto const &s : SEEDS) {
        members.emplace_back("seeds/" + s, read_file(std::string{SEEDS_DIR} + "/" + s));
    }
    write_archive(tmp("filings.tar.gz"), archive_kind_t::tar_gz, members);
    write_archive(tmp("filings.zip"), archive_kind_t::zip, members);
    nlohmann::json summary;
    auto const r = import({tmp("filings.tar.gz")}, &summary);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(summary["files_seen"], 3);
    EXPECT_EQ(db().value<std::string>("SELECT string_agg(source_path, ', ' ORDER BY source_path) FROM filing"),
              fmt::format("{0}!seeds/{1}, {0}!seeds/{2}, {0}!seeds/{3}", tmp("filings.tar.gz"), SEEDS[0], SEEDS[1],
                          SEEDS[2]));
    // The same filings in a zip: stored already, by content.
    auto const again = import({tmp("filings.zip")}, &summary);
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(summary["files_unchanged"], 3);
    EXPECT_EQ(db().count("filing"), 3);

    auto const parsed = run_program(FILING_IMPORT_BIN, {"parse", tmp("filings.zip")});
    EXPECT_EQ(parsed.exit_code, 0);
    EXPECT_EQ(std::count(parsed.out.begin(), parsed.out.end(), '\n'), 3);
    EXPECT_NE(parsed.out.find("\"source\":\"" + tmp("filings.zip") + "!seeds/" + SEEDS[0] + "\""), std::string::npos);
}

TEST_F(hostile_test, file_names_that_are_not_utf8_are_stored_as_text)
{
    // Old file names in Latin-1: "café.xml" and "junkÿ.txt" as single bytes.
    fs::copy_file(fs::path{TEST_DATA_DIR} / "archive" / "f1-ann-buys-pbbc.xml", in("caf\xe9.xml"));
    std::ofstream{in("junk\xff.txt")} << "not a filing";
    auto const r = import({in()});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_EQ(db().value<std::string>("SELECT source_path FROM filing"), in("caf\xc3\xa9.xml"));
    EXPECT_EQ(db().value<std::string>("SELECT source_path FROM import_reject"), in("junk\xc3\xbf.txt"));
}
