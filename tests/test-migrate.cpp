// SPDX-License-Identifier: GPL-2.0-or-later
#include "common-pg.hpp"

#include "errors.hpp"
#include "load/migrate.hpp"
#include "util/embedded-sql.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string_view>
#include <thread>

namespace {

std::set<std::string> columns_of(tempdb_t const &db, std::string const &table)
{
    auto conn = db.connect();
    pqxx::nontransaction tx{*conn};
    std::set<std::string> out;
    for (auto const &row : tx.exec_params("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_schema = 'public' AND table_name = $1",
                                          table)) {
        out.insert(row[0].as<std::string>());
    }
    return out;
}

/// An archive as an earlier version of the program left it: the migrations up to and
/// including number `last` ("003"), each recorded as applied.
void apply_migrations_through(pqxx::work &tx, std::string_view last)
{
    tx.exec("CREATE TABLE schema_migration (version integer PRIMARY KEY, name text NOT NULL, "
            "applied_at timestamptz NOT NULL DEFAULT now())");
    for (auto const &m : schema_migrations()) {
        if (m.name.substr(0, 3) > last) {
            break;
        }
        tx.exec(std::string{m.text});
        tx.exec_params("INSERT INTO schema_migration (version, name) VALUES ($1, $2)", std::stoi(std::string{m.name}),
                       std::string{m.name});
    }
}

} // namespace

TEST(migrate, creates_every_table_and_column_of_the_data_model)
{
    auto &db = test_db();
    auto const result = migrate_database(db.conninfo());
    EXPECT_EQ(result.version_before, 0);
    EXPECT_EQ(result.version_after, program_schema_version());
    std::vector<std::string> all;
    for (auto const &m : schema_migrations()) {
        all.emplace_back(m.name);
    }
    EXPECT_EQ(result.applied, all);
    EXPECT_EQ(result.applied.at(3), "004_identity_and_reports.sql");

    using set = std::set<std::string>;
    EXPECT_EQ(columns_of(db, "issuer"), (set{"issuer_id", "cik", "ticker", "name", "name_key", "created_at"}));
    EXPECT_EQ(columns_of(db, "person"), (set{"person_id", "cik", "name", "name_key", "created_at"}));
    EXPECT_EQ(columns_of(db, "filing"), (set{"filing_id",
                                             "source_sha256",
                                             "source_document",
                                             "source_path",
                                             "document_key",
                                             "kind",
                                             "form_type",
                                             "is_amendment",
                                             "accession_no",
                                             "issuer_id",
                                             "filing_date",
                                             "period_of_report",
                                             "date_of_original_submission",
                                             "amends_filing_id",
                                             "family_id",
                                             "aff10b5one",
                                             "not_subject_to_section16",
                                             "no_securities_owned",
                                             "remarks",
                                             "schema_version",
                                             "registration_no",
                                             "document_date",
                                             "parser_version",
                                             "imported_at",
                                             "offering_id",
                                             "issuer_cik",
                                             "issuer_name",
                                             "issuer_ticker"}));
    EXPECT_EQ(columns_of(db, "filing_owner"), (set{"filing_id", "owner_no", "person_id", "name", "street1", "street2",
                                                   "city", "state", "zip", "is_director", "is_officer", "officer_title",
                                                   "is_ten_percent_owner", "is_other", "other_text", "cik"}));
    EXPECT_EQ(columns_of(db, "ownership_row"),
              (set{"filing_id", "table_no", "row_no", "row_kind", "security_title", "transaction_date",
                   "deemed_execution_date", "transaction_code", "equity_swap", "timeliness", "shares", "value", "price",
                   "acquired_disposed", "shares_owned_after", "value_owned_after", "ownership", "nature_of_ownership",
                   "exercise_price", "exercisable_date", "expiration_date", "underlying_title", "underlying_shares",
                   "underlying_value",
                   // the footnote marks beside each field
                   "security_title_fn", "transaction_date_fn", "deemed_execution_date_fn", "transaction_code_fn",
                   "timeliness_fn", "shares_fn", "value_fn", "price_fn", "acquired_disposed_fn",
                   "shares_owned_after_fn", "value_owned_after_fn", "ownership_fn", "nature_of_ownership_fn",
                   "exercise_price_fn", "exercisable_date_fn", "expiration_date_fn", "underlying_title_fn",
                   "underlying_shares_fn", "underlying_value_fn"}));
    EXPECT_EQ(columns_of(db, "footnote"), (set{"filing_id", "footnote_id", "text"}));
    EXPECT_EQ(columns_of(db, "row_footnote"), (set{"filing_id", "table_no", "row_no", "field", "footnote_id"}));
    EXPECT_EQ(columns_of(db, "signature"), (set{"filing_id", "signature_no", "name", "signature_date"}));
    EXPECT_EQ(columns_of(db, "offering"),
              (set{"offering_id", "issuer_id", "program", "agreement_type", "agreement_date",
                   "max_aggregate_offering_price", "commission_rate", "first_filing_id", "created_at"}));
    EXPECT_EQ(columns_of(db, "offering_agent"), (set{"offering_id", "agent_no", "name"}));
    EXPECT_EQ(columns_of(db, "offering_event"),
              (set{"filing_id", "event_no", "offering_id", "event_type", "event_date", "shares_sold", "gross_proceeds",
                   "net_proceeds", "new_capacity", "agents", "agents_removed"}));
    EXPECT_EQ(columns_of(db, "offering_amendment"), (set{"offering_id", "kind", "amendment_date", "first_filing_id"}));
    EXPECT_EQ(columns_of(db, "import_reject"),
              (set{"reject_id", "source_path", "source_document", "source_sha256", "stage", "reason", "rejected_at",
                   "first_rejected_at", "attempts", "resolved_at"}));
    EXPECT_EQ(columns_of(db, "filing_warning"), (set{"filing_id", "warning_no", "message"}));
    EXPECT_EQ(columns_of(db, "schema_migration"), (set{"version", "name", "applied_at"}));
    EXPECT_EQ(columns_of(db, "issuer_name"),
              (set{"issuer_id", "name", "name_key", "first_filed", "last_filed", "filings"}));
    EXPECT_EQ(columns_of(db, "issuer_ticker"), (set{"issuer_id", "ticker", "first_filed", "last_filed", "filings"}));
    EXPECT_EQ(columns_of(db, "person_name"),
              (set{"person_id", "name", "name_key", "first_filed", "last_filed", "filings"}));
    EXPECT_EQ(columns_of(db, "import_run"),
              (set{"run_id", "started_at", "finished_at", "files_seen", "files_unchanged", "filings_imported",
                   "filings_already", "files_skipped", "files_rejected", "interrupted", "parser_version"}));

    // Amounts are numeric and dates are date, not text.
    EXPECT_EQ(db.value<std::string>("SELECT data_type FROM information_schema.columns "
                                    "WHERE table_name = 'ownership_row' AND column_name = 'shares'"),
              "numeric");
    EXPECT_EQ(db.value<std::string>("SELECT data_type FROM information_schema.columns "
                                    "WHERE table_name = 'ownership_row' AND column_name = 'expiration_date'"),
              "date");
    EXPECT_EQ(db.value<long>("SELECT count(*) FROM schema_migration"), static_cast<long>(schema_migrations().size()));
}

TEST(migrate, comments_every_table_and_column)
{
    auto &db = migrated_test_db();
    auto const uncommented = db.value<std::string>(R"(
        SELECT coalesce(string_agg(what, ', '), '') FROM (
            SELECT c.relname AS what
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v')
              AND obj_description(c.oid, 'pg_class') IS NULL
            UNION ALL
            SELECT c.relname || '.' || a.attname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND col_description(c.oid, a.attnum) IS NULL) q)");
    EXPECT_EQ(uncommented, "");
}

TEST(migrate, second_run_is_a_no_op)
{
    auto &db = migrated_test_db();
    auto const again = migrate_database(db.conninfo());
    EXPECT_TRUE(again.applied.empty());
    EXPECT_EQ(again.version_before, program_schema_version());
    EXPECT_EQ(again.version_after, program_schema_version());
    EXPECT_EQ(db.value<long>("SELECT count(*) FROM schema_migration"), static_cast<long>(schema_migrations().size()));
    EXPECT_EQ(database_schema_version(db.conninfo()), program_schema_version());
}

TEST(migrate, concurrent_runs_all_succeed_and_apply_once)
{
    tempdb_t fresh; // an empty database of its own
    std::vector<std::thread> threads;
    std::vector<migration_result_t> results(4);
    std::vector<std::string> errors(4);
    for (std::size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&, i]() {
            try {
                results[i] = migrate_database(fresh.conninfo());
            } catch (std::exception const &e) {
                errors[i] = e.what();
            }
        });
    }
    for (auto &t : threads) {
        t.join();
    }
    std::size_t applied = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        EXPECT_EQ(errors[i], "");
        EXPECT_EQ(results[i].version_after, program_schema_version());
        applied += results[i].applied.size();
    }
    EXPECT_EQ(applied, schema_migrations().size());
    EXPECT_EQ(fresh.value<long>("SELECT count(*) FROM schema_migration"),
              static_cast<long>(schema_migrations().size()));
}

TEST(migrate, unreachable_database_is_a_clear_error)
{
    try {
        migrate_database("host=127.0.0.1 port=1 connect_timeout=5");
        FAIL() << "no error";
    } catch (user_error_t const &e) {
        std::string const what = e.what();
        EXPECT_EQ(what.rfind("cannot connect to the database: ", 0), 0U) << what;
        EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
}

TEST(migrate, upgrades_an_archive_of_version_3_with_its_names_and_tickers)
{
    tempdb_t old;
    {
        auto conn = old.connect();
        pqxx::work tx{*conn};
        apply_migrations_through(tx, "003");
        // What the importer of version 3 wrote: one issuer, one owner, two filings.
        tx.exec("INSERT INTO issuer (issuer_id, cik, ticker, name, name_key) VALUES (1, 900001, 'PBBC', "
                "'Pelican Bay Bancorp', 'PELICAN BAY BANCORP');"
                "INSERT INTO person (person_id, cik, name, name_key) VALUES (1, 3000001, 'Lee Ann', 'ANN LEE');"
                "INSERT INTO filing (filing_id, source_sha256, source_path, document_key, kind, form_type, issuer_id, "
                "filing_date, parser_version) VALUES "
                "(1, sha256('a'), 'a.xml', sha256('ka'), 'ownership', '4', 1, '2024-03-05', 'old'),"
                "(2, sha256('b'), 'b.xml', sha256('kb'), 'ownership', '4', 1, '2024-07-02', 'old');"
                "INSERT INTO filing_owner (filing_id, owner_no, person_id, name) VALUES (1, 1, 1, 'Lee Ann'), "
                "(2, 1, 1, 'LEE ANN')");
        tx.commit();
    }
    auto const result = migrate_database(old.conninfo());
    EXPECT_EQ(result.version_before, 3);
    EXPECT_EQ(result.applied.front(), "004_identity_and_reports.sql");
    EXPECT_EQ(old.value<std::string>("SELECT string_agg(concat_ws('|', issuer_cik, issuer_name, issuer_ticker), ',' "
                                     "ORDER BY filing_id) FROM filing"),
              "900001|Pelican Bay Bancorp|PBBC,900001|Pelican Bay Bancorp|PBBC");
    EXPECT_EQ(old.value<std::string>(
                  "SELECT concat_ws('|', name, name_key, first_filed, last_filed, filings) FROM issuer_name"),
              "Pelican Bay Bancorp|PELICAN BAY BANCORP|2024-03-05|2024-07-02|2");
    EXPECT_EQ(
        old.value<std::string>("SELECT concat_ws('|', ticker, first_filed, last_filed, filings) FROM issuer_ticker"),
        "PBBC|2024-03-05|2024-07-02|2");
    EXPECT_EQ(
        old.value<std::string>("SELECT string_agg(concat_ws('|', name, filings), ',' ORDER BY name) FROM person_name"),
        "LEE ANN|1,Lee Ann|1");
    EXPECT_EQ(old.value<std::string>("SELECT concat_ws('|', first_filed, last_filed, filings) FROM person_issuer"),
              "2024-03-05|2024-07-02|2");
    EXPECT_EQ(old.value<long>("SELECT count(*) FROM filing_owner WHERE cik = 3000001"), 2);
}

TEST(migrate, upgrades_rejects_of_earlier_imports_to_one_row_per_file)
{
    tempdb_t old;
    {
        auto conn = old.connect();
        pqxx::work tx{*conn};
        apply_migrations_through(tx, "006");
        // What earlier importers wrote: a row per reject, three for the same file.
        tx.exec("INSERT INTO import_reject (source_path, source_sha256, stage, reason, rejected_at) VALUES "
                "('junk.txt', sha256('j'), 'parse', 'first', '2024-01-01'),"
                "('junk.txt', sha256('j'), 'parse', 'second', '2024-02-01'),"
                "('junk.txt', sha256('j'), 'parse', 'latest', '2024-03-01'),"
                "('gone.xml', NULL, 'read', 'cannot open', '2024-01-15')");
        tx.commit();
    }
    migrate_database(old.conninfo());
    EXPECT_EQ(old.value<std::string>("SELECT string_agg(concat_ws('|', source_path, source_document, reason, attempts, "
                                     "first_rejected_at::date, rejected_at::date, resolved_at IS NULL), ',' "
                                     "ORDER BY source_path) FROM import_reject"),
              "gone.xml|0|cannot open|1|2024-01-15|2024-01-15|t,junk.txt|0|latest|3|2024-01-01|2024-03-01|t");
    // The report view shows each open reject once, with how often it was tried.
    EXPECT_EQ(old.value<std::string>("SELECT string_agg(source_path || ' ' || attempts, ',' ORDER BY source_path) "
                                     "FROM rejected_file"),
              "gone.xml 1,junk.txt 3");
}
