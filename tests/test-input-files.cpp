// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/input-files.hpp"

#include "errors.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

class input_files_test : public testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("filing-input-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir / "b" / "c");
        fs::create_directories(m_dir / ".hidden");
        for (auto const *name : {"a.txt", "b/2.xml", "b/1.txt", "b/c/3.nc", ".hidden/x.txt", "b/.swp"}) {
            std::ofstream{m_dir / name} << "x";
        }
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::string path(char const *rel) const { return (m_dir / rel).string(); }

    /// The paths to read, in order; the entries not read go to `not_read`.
    static std::vector<std::string> drain(input_files_t &in, std::vector<input_entry_t> *not_read = nullptr)
    {
        std::vector<std::string> out;
        while (auto e = in.next()) {
            if (e->to_read()) {
                out.push_back(e->path);
            } else if (not_read != nullptr) {
                not_read->push_back(*e);
            }
        }
        return out;
    }

    fs::path m_dir;
};

} // namespace

TEST_F(input_files_test, walks_directories_in_name_order_without_hidden_entries)
{
    input_files_t in{{m_dir.string()}, {}};
    EXPECT_EQ(in.count(), 4U);
    EXPECT_EQ(drain(in), (std::vector<std::string>{path("a.txt"), path("b/1.txt"), path("b/2.xml"), path("b/c/3.nc")}));
}

TEST_F(input_files_test, expands_globs_and_reads_lists)
{
    auto const list = path("list");
    std::ofstream{list} << path("a.txt") << "\n\n" << path("b/c") << "\n";
    input_files_t in{{path("b/*.txt")}, list};
    EXPECT_EQ(in.count(), 3U);
    EXPECT_EQ(drain(in), (std::vector<std::string>{path("b/1.txt"), path("a.txt"), path("b/c/3.nc")}));
}

TEST_F(input_files_test, missing_paths_are_usage_errors)
{
    EXPECT_THROW(input_files_t({path("nope.txt")}, {}), user_error_t);
    EXPECT_THROW(input_files_t({path("*.none")}, {}), user_error_t);
    EXPECT_THROW(input_files_t({}, path("no-list")), user_error_t);
    try {
        input_files_t in{{path("nope.txt")}, {}};
        FAIL();
    } catch (user_error_t const &e) {
        EXPECT_NE(std::string{e.what()}.find("nope.txt: no such file or directory"), std::string::npos);
    }
}

TEST_F(input_files_test, symbolic_link_loops_are_walked_once)
{
    // Two links to the folder itself, one to the folder above, one more to a sibling.
    fs::create_directory_symlink(".", m_dir / "b" / "self");
    fs::create_directory_symlink("../b", m_dir / "b" / "again");
    fs::create_directory_symlink("..", m_dir / "b" / "c" / "up");
    fs::create_directory_symlink(m_dir / "b" / "c", m_dir / "link-to-c");
    input_files_t in{{m_dir.string()}, {}};
    std::vector<input_entry_t> not_read;
    EXPECT_EQ(drain(in, &not_read),
              (std::vector<std::string>{path("a.txt"), path("b/1.txt"), path("b/2.xml"), path("b/c/3.nc")}));
    std::vector<std::string> refused;
    for (auto const &e : not_read) {
        refused.push_back(e.path);
        EXPECT_FALSE(e.is_error);
        EXPECT_NE(e.not_read_reason.find("a folder already walked"), std::string::npos) << e.not_read_reason;
    }
    EXPECT_EQ(refused, (std::vector<std::string>{path("b/again"), path("b/c/up"), path("b/self"), path("link-to-c")}));
    EXPECT_EQ(input_files_t({m_dir.string()}, {}).count(), 4U);
}

TEST_F(input_files_test, a_symbolic_link_to_a_file_is_followed)
{
    fs::create_symlink(m_dir / "a.txt", m_dir / "b" / "link.txt");
    input_files_t in{{path("b")}, {}};
    EXPECT_EQ(drain(in),
              (std::vector<std::string>{path("b/1.txt"), path("b/2.xml"), path("b/c/3.nc"), path("b/link.txt")}));
}

TEST_F(input_files_test, a_folder_that_cannot_be_listed_is_an_error_entry)
{
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root lists every folder";
    }
    fs::create_directory(m_dir / "locked");
    fs::permissions(m_dir / "locked", fs::perms::none);
    input_files_t in{{path("locked")}, {}};
    std::vector<input_entry_t> not_read;
    EXPECT_TRUE(drain(in, &not_read).empty());
    ASSERT_EQ(not_read.size(), 1U);
    EXPECT_TRUE(not_read[0].is_error);
    fs::permissions(m_dir / "locked", fs::perms::owner_all);
}
