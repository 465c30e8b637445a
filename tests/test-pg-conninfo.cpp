// SPDX-License-Identifier: GPL-2.0-or-later
// Connection strings and what is said about them when connecting fails: no server needed.
#include "errors.hpp"
#include "load/pg-conninfo.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

constexpr char const *PASSWORD = "Sup3rS3cret";

/// What libpq says when `database` does not connect, as a user would see it.
std::string failure_for(std::string const &database, std::string const &libpq_message)
{
    return connect_failure(make_conninfo(database, "test"), libpq_message);
}

} // namespace

TEST(make_conninfo, keeps_uris_and_key_values_and_names_a_bare_database)
{
    EXPECT_EQ(make_conninfo("", "loader"), "fallback_application_name='filing-archive loader'");
    EXPECT_EQ(make_conninfo("archive", "loader"), "dbname='archive' fallback_application_name='filing-archive loader'");
    EXPECT_EQ(make_conninfo("host=db dbname=sec", "check"),
              "host=db dbname=sec fallback_application_name='filing-archive check'");
    EXPECT_EQ(make_conninfo("postgresql://me@db/sec", "report x"),
              "postgresql://me@db/sec?fallback_application_name=filing-archive%20report%20x");
    EXPECT_EQ(make_conninfo("postgres://db/sec?sslmode=require", "check"),
              "postgres://db/sec?sslmode=require&fallback_application_name=filing-archive%20check");
}

TEST(make_conninfo, refuses_a_uri_of_another_scheme_without_showing_it)
{
    try {
        make_conninfo(std::string{"postgresq://u:"} + PASSWORD + "@db/sec", "check");
        FAIL() << "no error";
    } catch (user_error_t const &e) {
        std::string const what = e.what();
        EXPECT_NE(what.find("postgresql://"), std::string::npos) << what;
        EXPECT_EQ(what.find("3cret"), std::string::npos) << what;
    }
}

TEST(first_error_line, keeps_the_first_line_without_its_severity)
{
    EXPECT_EQ(first_error_line("FATAL:  role \"x\" does not exist\n"), "role \"x\" does not exist");
    EXPECT_EQ(first_error_line("ERROR:  relation \"t\" does not exist\nLINE 1: SELECT * FROM t\n"),
              "relation \"t\" does not exist");
    EXPECT_EQ(first_error_line("server closed the connection unexpectedly\n\tThis probably means..."),
              "server closed the connection unexpectedly");
}

TEST(connect_failure, a_malformed_string_is_described_without_its_pieces)
{
    std::string const p = PASSWORD;
    // What libpq 15 says about each, quoting the piece it could not read.
    std::vector<std::pair<std::string, std::string>> const cases{
        {"postgresql://u:" + p + "%zz@host/db", "invalid percent-encoded token: \"" + p + "%zz\"\n"},
        {"postgresql://u:" + p + "@[::1/db",
         "end of string reached when looking for matching \"]\" in IPv6 host address in URI: "
         "\"postgresql://u:" +
             p + "@[::1/db\"\n"},
        {"postgresql://u:Sup3r%00S3cret@h/db", "forbidden value %00 in percent-encoded value: \"Sup3r%00S3cret\"\n"},
        {"host=x password " + p, "missing \"=\" after \"" + p + "\" in connection info string\n"},
        {"host=x password='" + p, "unterminated quoted string in connection info string\n"},
        {"host=x passwrd=" + p, "invalid connection option \"passwrd\"\n"},
    };
    for (auto const &[database, message] : cases) {
        auto const what = failure_for(database, message);
        EXPECT_EQ(what.rfind("cannot connect to the database: malformed connection string: ", 0), 0U) << what;
        EXPECT_EQ(what.find("3cret"), std::string::npos) << what;
        EXPECT_EQ(what.find('\n'), std::string::npos) << what;
    }
    EXPECT_EQ(failure_for("host=x password " + p, "missing \"=\" after \"" + p + "\" in connection info string\n"),
              "cannot connect to the database: malformed connection string: missing \"=\" after \"...\" in "
              "connection info string");
}

TEST(connect_failure, a_refused_connection_keeps_what_helps_and_hides_the_password)
{
    std::string const p = PASSWORD;
    EXPECT_EQ(failure_for("host=127.0.0.1 port=1 password=" + p,
                          "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the "
                          "server running on that host and accepting TCP/IP connections?\n"),
              "cannot connect to the database: connection to server at \"127.0.0.1\", port 1 failed: "
              "Connection refused");
    EXPECT_EQ(failure_for("password=" + p + " sslmode=" + p, "invalid sslmode value: \"" + p + "\"\n"),
              "cannot connect to the database: invalid sslmode value: \"...\"");
    // A URI typed without its scheme is a database name, which the server echoes.
    EXPECT_EQ(failure_for("u:" + p + "@db/sec", "FATAL:  database \"u:" + p + "@db/sec\" does not exist\n"),
              "cannot connect to the database: database \"...\" does not exist");
    EXPECT_EQ(failure_for("user=ann password=" + p, "FATAL:  password authentication failed for user \"ann\"\n"),
              "cannot connect to the database: password authentication failed for user \"ann\"");
}
