// SPDX-License-Identifier: GPL-2.0-or-later
// What the importer reads of what a walk finds: regular files within the size limit, the
// members of archives; never a FIFO, a device or a file too large.
#include "common-archive.hpp"

#include "import/input-reader.hpp"
#include "util/read-file.hpp"

#include <fmt/format.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct read_t
{
    std::vector<input_document_t> documents;
    std::vector<input_refusal_t> refusals;
};

read_t read(std::string const &path, std::uint64_t limit = DEFAULT_MAX_FILE_SIZE)
{
    read_t out;
    read_input(
        input_entry_t{path, {}, false}, limit,
        [&](input_document_t d) {
            out.documents.push_back(std::move(d));
            return true;
        },
        [&](input_refusal_t r) {
            out.refusals.push_back(std::move(r));
            return true;
        });
    return out;
}

class input_reader_test : public testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("filing-reader-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string path(char const *rel) const { return (m_dir / rel).string(); }
    std::string write(char const *rel, std::string const &content) const
    {
        std::ofstream{m_dir / rel, std::ios::binary} << content;
        return path(rel);
    }

    fs::path m_dir;
};

/// Members m0.txt, m1.txt, ... of `size` random letters each: random letters hardly
/// compress, so the archive stays about as large compressed and its members are spread
/// along the whole stream.
std::vector<std::pair<std::string, std::string>> random_members(int count, int size)
{
    std::vector<std::pair<std::string, std::string>> members;
    std::mt19937 random{42};
    for (int i = 0; i < count; ++i) {
        std::string content;
        for (int j = 0; j < size; ++j) {
            content += static_cast<char>('a' + random() % 26);
        }
        members.emplace_back(fmt::format("m{}.txt", i), content);
    }
    return members;
}

} // namespace

TEST_F(input_reader_test, a_regular_file_is_one_document)
{
    auto const r = read(write("a.xml", "<ownershipDocument/>"));
    ASSERT_EQ(r.documents.size(), 1U);
    EXPECT_EQ(r.documents[0].name, path("a.xml"));
    EXPECT_EQ(r.documents[0].bytes, "<ownershipDocument/>");
    EXPECT_TRUE(r.refusals.empty());
}

TEST_F(input_reader_test, a_fifo_is_skipped_without_being_opened)
{
    ASSERT_EQ(::mkfifo(path("pipe.xml").c_str(), 0600), 0);
    // Opening a FIFO for reading would wait for a writer forever: the test would hang.
    auto const started = std::chrono::steady_clock::now();
    auto const r = read(path("pipe.xml"));
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds{5});
    EXPECT_TRUE(r.documents.empty());
    ASSERT_EQ(r.refusals.size(), 1U);
    EXPECT_FALSE(r.refusals[0].is_error);
    EXPECT_EQ(r.refusals[0].category, "not a regular file");
    EXPECT_EQ(r.refusals[0].reason, path("pipe.xml") + ": a FIFO (named pipe), not a regular file: not read");
}

TEST_F(input_reader_test, a_link_to_a_device_is_skipped)
{
    fs::create_symlink("/dev/zero", m_dir / "zero.txt");
    auto const r = read(path("zero.txt"));
    EXPECT_TRUE(r.documents.empty());
    ASSERT_EQ(r.refusals.size(), 1U);
    EXPECT_EQ(r.refusals[0].reason, path("zero.txt") + ": a character device, not a regular file: not read");
}

TEST_F(input_reader_test, a_socket_is_skipped)
{
    int const fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    auto const where = path("sock");
    ASSERT_LT(where.size(), sizeof(addr.sun_path));
    where.copy(addr.sun_path, where.size());
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr const *>(&addr), sizeof(addr)), 0);
    auto const r = read(where);
    ::close(fd);
    ASSERT_EQ(r.refusals.size(), 1U);
    EXPECT_NE(r.refusals[0].reason.find("a socket, not a regular file"), std::string::npos);
}

TEST_F(input_reader_test, a_file_over_the_limit_is_rejected_unread)
{
    auto const big = write("big.xml", std::string(2000, 'x'));
    auto const r = read(big, 1000);
    EXPECT_TRUE(r.documents.empty());
    ASSERT_EQ(r.refusals.size(), 1U);
    EXPECT_TRUE(r.refusals[0].is_error);
    EXPECT_EQ(r.refusals[0].reason,
              big + ": 2000 bytes, more than the limit of 1000 bytes (--max-file-size): not read");
    EXPECT_EQ(read(write("fits.xml", std::string(1000, 'x')), 1000).documents.size(), 1U);
}

TEST_F(input_reader_test, a_large_submission_of_another_form_is_skipped_by_its_header)
{
    std::string const header = "<SEC-DOCUMENT>0000320193-23-000106.txt : 20231103\n<SEC-HEADER>\n"
                               "ACCESSION NUMBER:\t\t0000320193-23-000106\nCONFORMED SUBMISSION TYPE:\t10-K\n"
                               "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\n";
    auto const file = write("10k.txt", header + std::string(5000, 'x'));
    auto const r = read(file, 1000);
    ASSERT_EQ(r.refusals.size(), 1U);
    EXPECT_FALSE(r.refusals[0].is_error);
    EXPECT_EQ(r.refusals[0].category, "form 10-K");
}

TEST_F(input_reader_test, archives_give_their_members_whatever_their_names)
{
    for (auto const kind : {archive_kind_t::tar_gz, archive_kind_t::zip}) {
        auto const file = path(kind == archive_kind_t::zip ? "filings.zip" : "filings.bin");
        write_archive(file, kind,
                      {{"a/doc4.xml", "<ownershipDocument>one</ownershipDocument>"},
                       {"a/.hidden.xml", "hidden"},
                       {"__MACOSX/._doc4.xml", "resource fork"},
                       {"b/big.txt", std::string(3000, 'x')},
                       {"b/two.txt", "two"}});
        auto const r = read(file, 2000);
        ASSERT_EQ(r.documents.size(), 2U) << file;
        EXPECT_EQ(r.documents[0].name, file + "!a/doc4.xml");
        EXPECT_EQ(r.documents[0].bytes, "<ownershipDocument>one</ownershipDocument>");
        EXPECT_EQ(r.documents[1].name, file + "!b/two.txt");
        ASSERT_EQ(r.refusals.size(), 1U);
        EXPECT_EQ(r.refusals[0].name, file + "!b/big.txt");
        EXPECT_TRUE(r.refusals[0].is_error);
        EXPECT_NE(r.refusals[0].reason.find("3000 bytes, more than the limit of 2000"), std::string::npos)
            << r.refusals[0].reason;
    }
}

TEST_F(input_reader_test, an_archive_larger_than_the_limit_is_streamed)
{
    auto const file = path("many.tar.gz");
    write_archive(file, archive_kind_t::tar_gz, random_members(20, 600)); // larger than the limit compressed
    ASSERT_GT(fs::file_size(file), 1000U);
    auto const r = read(file, 1000);
    EXPECT_EQ(r.documents.size(), 20U);
    EXPECT_TRUE(r.refusals.empty());
}

TEST_F(input_reader_test, an_archive_in_an_archive_is_not_opened_and_a_broken_one_is_rejected)
{
    auto const inner = path("inner.zip");
    write_archive(inner, archive_kind_t::zip, {{"x.xml", "x"}});
    auto const inner_bytes = read_file(inner);
    auto const outer = path("outer.tar.gz");
    write_archive(outer, archive_kind_t::tar_gz, {{"inner.zip", inner_bytes}, {"y.xml", "y"}});
    auto const r = read(outer);
    ASSERT_EQ(r.documents.size(), 1U);
    EXPECT_EQ(r.documents[0].name, outer + "!y.xml");
    EXPECT_EQ(r.documents[0].bytes, "y");
    ASSERT_EQ(r.refusals.size(), 1U);
    EXPECT_EQ(r.refusals[0].name, outer + "!inner.zip");
    EXPECT_EQ(r.refusals[0].category, "archive in an archive");

    // A gzip stream cut short: what was read before the break is handed over, the rest
    // is a reject of the archive. This stream is so short that it breaks before its first
    // member is out (libarchive decompresses 64 KiB at a time): nothing is handed over.
    auto const whole = read_file(outer);
    auto const cut = write("cut.tar.gz", whole.substr(0, whole.size() / 2));
    auto const broken = read(cut);
    EXPECT_TRUE(broken.documents.empty());
    ASSERT_FALSE(broken.refusals.empty());
    EXPECT_TRUE(broken.refusals.back().is_error);
    EXPECT_EQ(broken.refusals.back().name, cut);
}

TEST_F(input_reader_test, an_archive_cut_in_half_hands_over_the_members_before_the_break)
{
    // 200 KB of random letters spread evenly along the stream: its first half holds more
    // than the 64 KiB libarchive decompresses at a time, so some members are whole before
    // the break.
    auto const members = random_members(20, 10'000);
    auto const whole = path("many.tar.gz");
    write_archive(whole, archive_kind_t::tar_gz, members);
    auto const bytes = read_file(whole);
    auto const cut = write("half.tar.gz", bytes.substr(0, bytes.size() / 2));
    auto const r = read(cut);
    ASSERT_GE(r.documents.size(), 1U);
    EXPECT_LT(r.documents.size(), 20U);
    EXPECT_EQ(r.documents[0].name, cut + "!m0.txt");
    // Each one handed over is whole: the member the break falls in is not among them.
    for (std::size_t i = 0; i < r.documents.size() && i < members.size(); ++i) {
        EXPECT_EQ(r.documents[i].name, cut + "!" + members[i].first);
        EXPECT_EQ(r.documents[i].bytes, members[i].second) << members[i].first;
    }
    ASSERT_FALSE(r.refusals.empty());
    EXPECT_TRUE(r.refusals.back().is_error);
    EXPECT_EQ(r.refusals.back().name, cut);
}
