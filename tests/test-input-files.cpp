// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/input-files.hpp"

#include "errors.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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

    static std::vector<std::string> drain(input_files_t &in)
    {
        std::vector<std::string> out;
        while (auto p = in.next()) {
            out.push_back(*p);
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
    EXPECT_EQ(drain(in), (std::vector<std::string>{path("a.txt"), path("b/1.txt"), path("b/2.xml"),
                                                   path("b/c/3.nc")}));
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
