// SPDX-License-Identifier: GPL-2.0-or-later
// filing-parse-bench: parse throughput on one core. Reads every file under the folders
// given into memory and hashes it (timed apart: the import's read+hash stage), then parses
// them all (and computes their document keys, as an import does) and prints filings/s and
// MB/s. No database.

#include "import/input-files.hpp"
#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/read-file.hpp"
#include "util/sha256.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>

#include <string>
#include <sys/resource.h>
#include <vector>

namespace {

/// CPU seconds this process has used: what the work costs, whatever else runs beside it.
double cpu_seconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto const sec = [](timeval const &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return sec(usage.ru_utime) + sec(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        fmt::print(stderr, "usage: filing-parse-bench [--repeat N] [--json] DIR|FILE...\n");
        return 2;
    }
    int repeat = 1;
    bool json = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        std::string const arg{argv[i]};
        if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::stoi(argv[++i]);
        } else if (arg == "--json") {
            json = true;
        } else {
            paths.push_back(arg);
        }
    }
    try {
        std::vector<std::string> documents;
        std::size_t bytes = 0;
        input_files_t inputs{paths, {}};
        auto const read_start = std::chrono::steady_clock::now();
        auto const read_cpu_start = cpu_seconds();
        while (auto const entry = inputs.next()) {
            auto const &path = entry->path;
            if (!entry->to_read() || path.find(".truth.json") != std::string::npos ||
                path.find(".expected.json") != std::string::npos) {
                continue;
            }
            documents.push_back(read_file(path));
            static_cast<void>(sha256_t::of(documents.back()));
            bytes += documents.back().size();
        }
        double const read_seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - read_start).count();
        double const read_cpu = cpu_seconds() - read_cpu_start;
        std::size_t filings = 0;
        std::size_t failures = 0;
        auto const start = std::chrono::steady_clock::now();
        auto const cpu_start = cpu_seconds();
        for (int r = 0; r < repeat; ++r) {
            for (auto const &d : documents) {
                auto const result = parse_document(d);
                failures += result.status == parse_status_t::rejected ? 1 : 0;
                for (auto const &f : result.filings) {
                    static_cast<void>(document_key(f));
                    ++filings;
                }
            }
        }
        double const seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        double const cpu = cpu_seconds() - cpu_start;
        double const per_second = static_cast<double>(filings) / seconds;
        double const mb = static_cast<double>(bytes) * repeat / seconds / 1e6;
        if (json) {
            fmt::print("{{\"files\": {}, \"filings\": {}, \"rejected\": {}, \"read_hash_seconds\": {:.3f}, "
                       "\"read_hash_cpu_seconds\": {:.3f}, \"seconds\": {:.3f}, \"cpu_seconds\": {:.3f}, "
                       "\"filings_per_s\": {:.0f}, \"mb_per_s\": {:.1f}}}\n",
                       documents.size() * static_cast<std::size_t>(repeat), filings, failures, read_seconds, read_cpu,
                       seconds, cpu, per_second, mb);
        } else {
            fmt::print("{} files ({:.1f} MB) x{}: {} filings in {:.2f} s on one core: {:.0f} filings/s, {:.1f} MB/s\n",
                       documents.size(), static_cast<double>(bytes) / 1e6, repeat, filings, seconds, per_second, mb);
        }
        return 0;
    } catch (std::exception const &e) {
        fmt::print(stderr, "filing-parse-bench: {}\n", e.what());
        return 2;
    }
}
