// SPDX-License-Identifier: GPL-2.0-or-later
#include "load/import-run-record.hpp"

#include "load/loader-sql.hpp"
#include "load/pg-conn.hpp"

#include <fmt/format.h>

void record_import_run(std::string const &database, import_run_record_t const &run)
{
    pg_conn_t conn{database, "import run"};
    auto count = [](std::size_t n) { return std::optional{std::to_string(n)}; };
    conn.exec_params(loader_sql("record-run.sql"),
                     {fmt::format("{:.3f}", run.seconds), count(run.files_seen), count(run.files_unchanged),
                      count(run.filings_imported), count(run.filings_already), count(run.files_skipped),
                      count(run.files_rejected), run.interrupted ? "true" : "false", run.parser_version});
}
