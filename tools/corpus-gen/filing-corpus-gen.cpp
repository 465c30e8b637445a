// SPDX-License-Identifier: GPL-2.0-or-later
// filing-corpus-gen: writes N realistic filings for benchmarks and scale tests, the same
// files for the same seed on every machine: ownership XML, EDGAR submission files, text
// renderings of the forms and ATM prospectus supplements, with varied issuers, owners,
// rows, footnotes, transaction codes and amendments; --footnote-rich shapes them like real
// filings.

#include "generator.hpp"
#include "writers.hpp"

#include "command-line-app.hpp"

#include <fmt/format.h>
#include <fmt/os.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char *argv[])
{
    try {
        command_line_app_t app{"Writes N realistic filings (ownership XML, submission files, text renderings, "
                               "ATM prospectus supplements), the same ones for the same seed.",
                               "filing-corpus-gen"};
        std::size_t count = 1000;
        std::uint64_t seed = 1;
        std::string out_dir;
        int amendments = 4;
        bool footnote_rich = false;
        app.add_option("-n,--count", count, "How many files (default 1000)");
        app.add_option("-s,--seed", seed, "Seed of the random sequence (default 1)");
        app.add_option("-o,--out", out_dir, "Folder to write into (created)")->required();
        app.add_option("--amendments", amendments, "Percent of ownership filings followed by a 4/A (default 4)");
        app.add_flag("--footnote-rich", footnote_rich,
                     "Shape ownership filings like real ones: about 7 table rows, 6 footnotes and 15 footnote "
                     "marks a filing (default: about 10 rows and 1 mark)");
        if (auto const done = app.parse_args(argc, argv)) {
            return static_cast<int>(*done);
        }
        rng_t r{seed};
        auto issuers = make_issuers(&r, count);
        auto const people = make_people(&r, count, &issuers);
        std::size_t written = 0;
        auto write = [&](std::string const &name, std::string const &text) {
            auto const dir = fs::path{out_dir} / fmt::format("{:04}", written / 1000);
            fs::create_directories(dir);
            auto file = fmt::output_file((dir / name).string());
            file.print("{}", text);
            ++written;
        };
        while (written < count) {
            auto const index = written;
            auto const &issuer = r.pick(issuers);
            int const kind = static_cast<int>(r.range(1, 100));
            if (kind <= 3) {
                write(fmt::format("prospectus-{:07}.txt", index), write_prospectus(make_prospectus(&r, issuer, index)));
                continue;
            }
            auto f = make_ownership(&r, issuer, people, index,
                                    footnote_rich ? corpus_shape_t::footnote_rich : corpus_shape_t::standard);
            if (kind <= 60) {
                write(fmt::format("ownership-{:07}.xml", index), write_ownership_xml(f));
            } else if (kind <= 78) {
                write(fmt::format("submission-{:07}.txt", index), write_submission(f, write_ownership_xml(f)));
            } else {
                f.accession.reset();
                write(fmt::format("rendering-{:07}.txt", index), write_rendering(f));
            }
            // Now and then an amendment of this filing, as its own file.
            if (f.form_type.base() == "4" && r.chance(amendments) && written < count && !f.non_derivative.empty()) {
                auto amended = f;
                amended.form_type = form_type_t::parse("4/A");
                amended.date_of_original_submission = f.signatures.front().date;
                auto const next = day_after(*f.signatures.front().date, static_cast<int>(r.range(1, 30)));
                amended.signatures.front().date = next;
                amended.filed_date = next;
                amended.non_derivative.front().shares_owned_after =
                    decimal_t::parse(std::to_string(r.range(1, 1000000)));
                amended.accession = accession_no_t::parse(
                    fmt::format("{:010}-{:02}-{:06}", 1999999, next.year() % 100, written % 1000000));
                write(fmt::format("amendment-{:07}.xml", written), write_ownership_xml(amended));
            }
        }
        fmt::print(stderr, "wrote {} files to {}\n", written, out_dir);
        return 0;
    } catch (std::exception const &e) {
        fmt::print(stderr, "filing-corpus-gen: {}\n", e.what());
        return 2;
    }
}
