// SPDX-License-Identifier: GPL-2.0-or-later
// filing-copy-bench: the two ways to send COPY data from C++, on the same rows. Loads N
// rows shaped like ownership_row (text with accents, numbers, dates, nulls) into a
// temporary table, once with libpqxx 6.4's stream_to (one message per row, every
// non-ASCII byte escaped) and once with the loader's own buffers (copy_buffer_t, 1 MiB
// slices through libpq), and prints the time and rows/s of each.

#include "load/copy-buffer.hpp"
#include "load/pg-conn.hpp"

#include <fmt/format.h>

#include <pqxx/stream_to>
#include <pqxx/transaction>

#include <algorithm>
#include <chrono>
#include <string>
#include <tuple>
#include <vector>

#include <sys/resource.h>

namespace {

struct row_t
{
    std::int64_t filing_id;
    int row_no;
    std::string title;
    std::string date;
    std::string shares;
    std::string price;
    std::string nature;
};

constexpr char const *TABLE_SQL =
    "CREATE TEMP TABLE copy_bench (filing_id bigint, row_no int, security_title text, transaction_date date, "
    "shares numeric, price numeric, nature_of_ownership text)";

double since(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// CPU seconds this process has used (user and system): what the client side costs.
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
    std::size_t const n = argc > 1 ? std::stoul(argv[1]) : 500000;
    std::string const database = argc > 2 ? argv[2] : "";
    std::vector<row_t> rows;
    rows.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        rows.push_back(row_t{static_cast<std::int64_t>(i / 5), static_cast<int>(i % 5 + 1),
                             i % 7 == 0 ? "Actions ordinaires de Société Générale" : "Class A Common Stock",
                             fmt::format("2024-{:02}-{:02}", i % 12 + 1, i % 28 + 1), std::to_string(1000 + i % 99999),
                             fmt::format("{}.{:02}", 10 + i % 90, i % 100), i % 3 == 0 ? "By Trust" : ""});
    }
    try {
        auto load_with_stream_to = [&]() {
            pg_conn_t conn{database, "copy bench"};
            pqxx::work tx{conn.session()};
            tx.exec(TABLE_SQL);
            auto const start = std::chrono::steady_clock::now();
            pqxx::stream_to stream{tx, "copy_bench",
                                   std::vector<std::string>{"filing_id", "row_no", "security_title", "transaction_date",
                                                            "shares", "price", "nature_of_ownership"}};
            for (auto const &r : rows) {
                stream << std::make_tuple(r.filing_id, r.row_no, r.title, r.date, r.shares, r.price,
                                          r.nature.empty() ? nullptr : r.nature.c_str());
            }
            stream.complete();
            tx.commit();
            return since(start);
        };
        // The loader's way: rows into large buffers, sent in 1 MiB slices.
        auto load_with_buffers = [&]() {
            pg_conn_t conn{database, "copy bench"};
            conn.exec(TABLE_SQL);
            conn.exec("BEGIN");
            auto const start = std::chrono::steady_clock::now();
            copy_buffer_t buffer;
            auto flush = [&]() {
                conn.copy_in("copy_bench (filing_id, row_no, security_title, transaction_date, shares, price, "
                             "nature_of_ownership)",
                             buffer.data());
                buffer.clear();
            };
            for (auto const &r : rows) {
                buffer.add(r.filing_id);
                buffer.add(std::int64_t{r.row_no});
                buffer.add(r.title);
                buffer.add_raw(r.date);
                buffer.add_raw(r.shares);
                buffer.add_raw(r.price);
                if (r.nature.empty()) {
                    buffer.add_null();
                } else {
                    buffer.add(r.nature);
                }
                buffer.end_row();
                if (buffer.size() >= std::size_t{10} * 1024 * 1024) { // 10 MiB a COPY, as the loader's slices
                    flush();
                }
            }
            flush();
            conn.exec("COMMIT");
            return since(start);
        };
        // Alternate the two, five rounds each, and compare medians: the server's caches and
        // the machine's load then favour neither.
        std::vector<double> stream_times;
        std::vector<double> buffer_times;
        double stream_cpu = 0;
        double buffer_cpu = 0;
        for (int round = 0; round < 5; ++round) {
            auto cpu = cpu_seconds();
            stream_times.push_back(load_with_stream_to());
            stream_cpu += cpu_seconds() - cpu;
            cpu = cpu_seconds();
            buffer_times.push_back(load_with_buffers());
            buffer_cpu += cpu_seconds() - cpu;
        }
        std::sort(stream_times.begin(), stream_times.end());
        std::sort(buffer_times.begin(), buffer_times.end());
        double const pqxx_seconds = stream_times[2];
        double const own_seconds = buffer_times[2];
        fmt::print(
            "{} rows, median of 5: stream_to {:.2f} s ({:.0f} rows/s, client CPU {:.2f} s); own buffers {:.2f} s "
            "({:.0f} rows/s, client CPU {:.2f} s)\n",
            n, pqxx_seconds, static_cast<double>(n) / pqxx_seconds, stream_cpu / 5, own_seconds,
            static_cast<double>(n) / own_seconds, buffer_cpu / 5);
        return 0;
    } catch (std::exception const &e) {
        fmt::print(stderr, "filing-copy-bench: {}\n", e.what());
        return 2;
    }
}
