// SPDX-License-Identifier: GPL-2.0-or-later
// Values that are not numbers, dates or CIKs, negative amounts, and exact numbers in JSON.
#include "model/field-reader.hpp"
#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/json-text.hpp"

#include <gtest/gtest.h>

namespace {

std::optional<std::string> text(char const *t) { return std::string{t}; }

/// An ownership document with one Table I row whose values are given.
std::string form4(std::string const &shares, std::string const &price, std::string const &date,
                  std::string const &issuer_cik = "0001279704")
{
    return "<?xml version=\"1.0\"?>\n<ownershipDocument><schemaVersion>X0508</schemaVersion>"
           "<documentType>4</documentType><periodOfReport>2023-02-30</periodOfReport>"
           "<issuer><issuerCik>" +
           issuer_cik +
           "</issuerCik><issuerName>Cellectar Biosciences, Inc.</issuerName>"
           "<issuerTradingSymbol>CLRB</issuerTradingSymbol></issuer>"
           "<reportingOwner><reportingOwnerId><rptOwnerCik>-5</rptOwnerCik>"
           "<rptOwnerName>CARUSO JAMES V</rptOwnerName></reportingOwnerId></reportingOwner>"
           "<nonDerivativeTable><nonDerivativeTransaction>"
           "<securityTitle><value>Common Stock</value></securityTitle>"
           "<transactionDate><value>" +
           date +
           "</value></transactionDate>"
           "<transactionCoding><transactionCode>P</transactionCode></transactionCoding>"
           "<transactionAmounts><transactionShares><value>" +
           shares +
           "</value></transactionShares>"
           "<transactionPricePerShare><value>" +
           price +
           "</value></transactionPricePerShare>"
           "<transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode>"
           "</transactionAmounts></nonDerivativeTransaction></nonDerivativeTable>"
           "<ownerSignature><signatureName>/s/ J. Caruso</signatureName>"
           "<signatureDate>2024-13-01</signatureDate></ownerSignature></ownershipDocument>";
}

filing_t parse_one(std::string const &xml)
{
    auto r = parse_document(xml);
    EXPECT_EQ(r.status, parse_status_t::parsed) << r.reason;
    return r.filings.empty() ? filing_t{} : r.filings.front();
}

} // namespace

TEST(field_reader, values_that_are_not_numbers_dates_or_ciks_are_null_with_a_warning)
{
    std::vector<std::string> warnings;
    field_reader_t reader{&warnings};
    EXPECT_FALSE(reader.decimal(text("1e400"), {"shares"}));
    EXPECT_FALSE(reader.decimal(text("NaN"), {"price"}));
    EXPECT_FALSE(reader.date(text("2023-02-30"), {"transaction_date"}));
    EXPECT_FALSE(reader.date(text("2024-13-01"), {"expiration_date"}));
    EXPECT_FALSE(reader.cik(text("-5"), {"issuer", 0, "CIK"}));
    EXPECT_FALSE(reader.decimal(std::nullopt, {"value"}));
    EXPECT_FALSE(reader.decimal(text("  "), {"value"}));
    EXPECT_EQ(warnings, (std::vector<std::string>{
                            "shares: '1e400' is not a number (stored as null)",
                            "price: 'NaN' is not a number (stored as null)",
                            "transaction_date: '2023-02-30' is not a date (stored as null)",
                            "expiration_date: '2024-13-01' is not a date (stored as null)",
                            "issuer, CIK: '-5' is not a CIK (1 to 10 digits, not 0) (stored as null)",
                        }));
}

TEST(field_reader, readable_values_are_exact)
{
    std::vector<std::string> warnings;
    field_reader_t reader{&warnings};
    EXPECT_EQ(reader.decimal(text("99999999999999999999999"), {"shares"})->str(), "99999999999999999999999");
    auto const tiny = "0." + std::string(399, '0') + "1";
    EXPECT_EQ(reader.decimal(text(tiny.c_str()), {"price"})->str(), tiny);
    EXPECT_EQ(reader.date(text("2022-12-13-05:00"), {"d"})->iso(), "2022-12-13");
    EXPECT_EQ(reader.date(text("12/08/2023"), {"d"})->iso(), "2023-12-08");
    EXPECT_EQ(reader.cik(text("0001279704"), {"c"})->value(), 1279704U);
    EXPECT_TRUE(warnings.empty());
    // A "number" of more digits than any amount is not read.
    EXPECT_FALSE(reader.decimal(std::string(5000, '9'), {"shares"}));
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_EQ(warnings[0], "shares: '" + std::string(40, '9') + "...' is not a number (stored as null)");
}

TEST(field_reader, a_long_value_is_cut_between_characters)
{
    std::vector<std::string> warnings;
    field_reader_t reader{&warnings};
    // 39 ASCII letters, then "é" across the 40th and 41st bytes.
    reader.decimal(std::string(39, 'x') + "\xc3\xa9 and more", {"price"});
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_EQ(warnings[0], "price: '" + std::string(39, 'x') + "...' is not a number (stored as null)");
}

TEST(field_reader, warnings_stop_at_a_hundred_and_count_the_rest)
{
    std::vector<std::string> warnings;
    field_reader_t reader{&warnings};
    for (int i = 0; i < 250; ++i) {
        reader.decimal(text("x"), {"shares"});
    }
    reader.finish();
    ASSERT_EQ(warnings.size(), field_reader_t::MAX_WARNINGS + 1);
    EXPECT_EQ(warnings.back(), "... and 150 more warnings like these");
}

TEST(field_reader, ownership_xml_says_which_field_could_not_be_read)
{
    auto const f = parse_one(form4("1e400", "NaN", "2023-02-30"));
    EXPECT_FALSE(f.period_of_report);
    EXPECT_FALSE(f.owners.at(0).cik);
    EXPECT_EQ(f.issuer.cik->value(), 1279704U);
    auto const &row = f.non_derivative.at(0);
    EXPECT_FALSE(row.shares);
    EXPECT_FALSE(row.price);
    EXPECT_FALSE(row.transaction_date);
    EXPECT_FALSE(f.signatures.at(0).date);
    EXPECT_EQ(f.warnings, (std::vector<std::string>{
                              "period_of_report: '2023-02-30' is not a date (stored as null)",
                              "reporting owner 1, CIK: '-5' is not a CIK (1 to 10 digits, not 0) (stored as null)",
                              "Table I row 1, transaction_date: '2023-02-30' is not a date (stored as null)",
                              "Table I row 1, shares: '1e400' is not a number (stored as null)",
                              "Table I row 1, price: 'NaN' is not a number (stored as null)",
                              "signature 1, date: '2024-13-01' is not a date (stored as null)",
                          }));
}

TEST(field_reader, codes_outside_their_set_are_null_with_a_warning)
{
    // What the schema's CHECK constraints would refuse is caught here, with the field named,
    // and the filing is stored: 'Disposed' is D, 'X' and '9' are no code.
    auto xml = form4("100", "1.5", "2023-02-01");
    auto const at = xml.find("<value>A</value></transactionAcquiredDisposedCode>");
    xml.replace(at, 16, "<value>Disposed</value>");
    auto const end = xml.find("</transactionAmounts>") + std::string_view{"</transactionAmounts>"}.size();
    xml.insert(end, "<ownershipNature><directOrIndirectOwnership><value>X</value></directOrIndirectOwnership>"
                    "</ownershipNature>");
    xml.insert(xml.find("<transactionAmounts>"), "<transactionTimeliness><value>9</value></transactionTimeliness>");
    auto const f = parse_one(xml);
    auto const &row = f.non_derivative.at(0);
    EXPECT_EQ(row.acquired_disposed, 'D');
    EXPECT_FALSE(row.ownership);
    EXPECT_FALSE(row.timeliness);
    // The fixture's own bad period, owner CIK and signature date come first and last; no
    // warning for 'Disposed', which is read as D.
    EXPECT_EQ(f.warnings, (std::vector<std::string>{
                              "period_of_report: '2023-02-30' is not a date (stored as null)",
                              "reporting owner 1, CIK: '-5' is not a CIK (1 to 10 digits, not 0) (stored as null)",
                              "Table I row 1, timeliness: '9' is not one of E, L (stored as null)",
                              "Table I row 1, ownership: 'X' is not one of D, I (stored as null)",
                              "signature 1, date: '2024-13-01' is not a date (stored as null)",
                          }));
}

TEST(field_reader, negative_amounts_are_kept_and_flagged)
{
    auto const f = parse_one(form4("-100", "-1.5", "2023-02-01"));
    EXPECT_EQ(f.non_derivative.at(0).shares->str(), "-100");
    EXPECT_EQ(f.non_derivative.at(0).price->str(), "-1.5");
    std::vector<std::string> negatives;
    for (auto const &w : f.warnings) {
        if (w.find("negative") != std::string::npos) {
            negatives.push_back(w);
        }
    }
    EXPECT_EQ(negatives, (std::vector<std::string>{"Table I row 1, shares: negative (-100), kept as filed",
                                                   "Table I row 1, price: negative (-1.5), kept as filed"}));
}

TEST(filing_json, numbers_are_written_from_the_exact_decimal)
{
    auto const tiny = "0." + std::string(399, '0') + "1";
    auto const f = parse_one(form4("99999999999999999999999", tiny, "2023-02-01"));
    auto const line = json_text(filing_to_json(f, "x.xml", sha256_t::of("x")));
    EXPECT_NE(line.find("\"shares\":99999999999999999999999,"), std::string::npos) << line;
    EXPECT_NE(line.find("\"price\":" + tiny + ","), std::string::npos);
    // The text is JSON, and its numbers read back as numbers.
    auto const back = nlohmann::json::parse(line);
    EXPECT_TRUE(back["non_derivative"][0]["shares"].is_number());
    EXPECT_TRUE(back["non_derivative"][0]["price"].is_number());
}

TEST(filing_json, plain_numbers_stay_plain_json_values)
{
    EXPECT_EQ(decimal_to_json(*decimal_t::parse("55,037.7")).dump(), "55037.7");
    EXPECT_EQ(decimal_to_json(*decimal_t::parse("47856")).dump(), "47856");
    EXPECT_EQ(decimal_to_json(*decimal_t::parse("-3")).dump(), "-3");
    EXPECT_EQ(json_text(decimal_to_json(*decimal_t::parse("0.0000001"))), "0.0000001"); // not 1e-07
    EXPECT_EQ(json_text(decimal_to_json(*decimal_t::parse("18446744073709551616"))), "18446744073709551616");
    EXPECT_EQ(json_text(decimal_to_json(*decimal_t::parse("0.1234567890123456789"))), "0.1234567890123456789");
}

TEST(json_text, writes_what_dump_writes_for_plain_documents)
{
    auto const j = nlohmann::ordered_json::parse(
        R"({"a":[1,2.5,{"b":null,"c":"tab\tand \"quote\""}],"d":{},"e":[],"f":true,"g":-7})");
    EXPECT_EQ(json_text(j), j.dump());
    EXPECT_EQ(json_text(j, 2), j.dump(2));
    // Invalid UTF-8 is replaced, not thrown at.
    nlohmann::ordered_json bad = std::string{"a\xff"};
    EXPECT_EQ(json_text(bad), "\"a\xEF\xBF\xBD\"");
}
