// SPDX-License-Identifier: GPL-2.0-or-later
// A main for the harnesses without libFuzzer: runs the harness once on every file named,
// folders walked. The test suite runs each harness over the examples and the test data
// this way (so the harnesses build and run with any compiler); with a crash file from
// libFuzzer it replays the crash under a debugger.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const *data, std::size_t size);

namespace {

void run_on(std::filesystem::path const &file)
{
    std::ifstream in{file, std::ios::binary};
    std::string const bytes{std::istreambuf_iterator<char>{in}, {}};
    LLVMFuzzerTestOneInput(reinterpret_cast<std::uint8_t const *>(bytes.data()), bytes.size());
}

} // namespace

int main(int argc, char *argv[])
{
    std::size_t inputs = 0;
    for (int i = 1; i < argc; ++i) {
        std::filesystem::path const path{argv[i]}; // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
        if (std::filesystem::is_directory(path)) {
            for (auto const &entry : std::filesystem::recursive_directory_iterator{path}) {
                if (entry.is_regular_file()) {
                    run_on(entry.path());
                    ++inputs;
                }
            }
        } else {
            run_on(path);
            ++inputs;
        }
    }
    std::cout << inputs << " inputs run\n";
    return inputs > 0 ? 0 : 1;
}
