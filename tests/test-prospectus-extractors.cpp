// SPDX-License-Identifier: GPL-2.0-or-later
// One test per extractor of src/parse/prospectus/, each wording a one-line case. The
// wordings are those of real supplements filed on EDGAR (covers, plans of distribution,
// supplements that report on a program), and what the next document may write instead.
#include "parse/prose-scan.hpp"
#include "parse/prospectus/agents.hpp"
#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/capacity.hpp"
#include "parse/prospectus/commission.hpp"
#include "parse/prospectus/cover.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/establishment.hpp"
#include "parse/prospectus/firm-names.hpp"
#include "parse/prospectus/program-decision.hpp"
#include "parse/prospectus/sales.hpp"
#include "parse/prospectus/state-changes.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace {

/// A document of a few lines, its view, and what the extractors need.
struct doc_t
{
    std::string text;
    std::unique_ptr<document_view_t> view;
    std::vector<std::string> warnings;

    explicit doc_t(std::string t) : text(std::move(t)), view(std::make_unique<document_view_t>(text)) {}
    document_view_t const &operator*() const { return *view; }
};

std::optional<date_t> date(char const *iso) { return date_t::parse(iso); }
std::string iso(std::optional<date_t> const &d) { return d ? d->iso() : "null"; }
std::string dec(std::optional<decimal_t> const &d) { return d ? d->str() : "null"; }

} // namespace

TEST(prospectus_extractors, document_view_cover_ends_at_its_date_line)
{
    doc_t const d{"We have entered into a Sales Agreement with Dawson Ridge LLC. As of the date of this prospectus "
                  "supplement, we have sold 10 shares. The date of this prospectus supplement is May 1, 2024. Risk "
                  "factors follow."};
    EXPECT_EQ((*d).lead_end(), 3U); // "As of the date of this prospectus supplement" is a point in time
}

TEST(prospectus_extractors, firm_names_in_lists_of_every_shape)
{
    struct case_t
    {
        char const *sentence;
        std::vector<std::string> firms;
    };
    case_t const cases[] = {
        {"with BofA Securities, Inc., Stifel, Nicolaus & Company, Incorporated and BTIG, LLC (collectively, the Sales "
         "Agents)",
         {"BofA Securities, Inc.", "Stifel, Nicolaus & Company, Incorporated", "BTIG, LLC"}},
        {"with Ladenburg Thalmann & Co. Inc., or Ladenburg, B. Riley Securities, Inc., or B. Riley Securities, Roth "
         "Capital "
         "Partners, LLC, or Roth Capital Partners, as sales agents",
         {"Ladenburg Thalmann & Co. Inc.", "B. Riley Securities, Inc.", "Roth Capital Partners, LLC"}},
        {"through BNY Mellon Capital Markets, LLC; BofA Securities, Inc.; Credit Agricole Securities (USA) Inc.; and "
         "J.P. "
         "Morgan Securities LLC, as agents",
         {"BNY Mellon Capital Markets, LLC", "BofA Securities, Inc.", "Credit Agricole Securities (USA) Inc.",
          "J.P. Morgan Securities LLC"}},
        {"with Cowen and Company, LLC and H.C. Wainwright & Co., LLC.",
         {"Cowen and Company, LLC", "H.C. Wainwright & Co., LLC"}},
        {"Under the Sales Agreement, Jefferies LLC will act as agent.", {"Jefferies LLC"}},
        {"with Barclays Capital Inc., The Benchmark Company, LLC, BTIG, LLC and SG Americas Securities, LLC "
         "(collectively, "
         "the Agents)",
         {"Barclays Capital Inc.", "The Benchmark Company, LLC", "BTIG, LLC", "SG Americas Securities, LLC"}},
        {"The Benchmark Company, LLC will act as sales agent.", {"Benchmark Company, LLC"}},
        {"with Merrill Lynch, Pierce, Fenner & Smith Incorporated and Keefe, Bruyette & Woods, Inc.",
         {"Merrill Lynch, Pierce, Fenner & Smith Incorporated", "Keefe, Bruyette & Woods, Inc."}},
        {"Calidi Biotherapeutics, Inc. (the \"Company\" or \"we\") is offering", {"Calidi Biotherapeutics, Inc."}},
        {"with Wells Fargo Securities, LLC, BMO Capital Markets Corp., BofA Securities Inc., Credit Suisse Securities "
         "(USA) "
         "LLC and Truist Securities, Inc., each, a Manager and, collectively, the Managers, providing for the offer",
         {"Wells Fargo Securities, LLC", "BMO Capital Markets Corp.", "BofA Securities Inc.",
          "Credit Suisse Securities (USA) LLC", "Truist Securities, Inc."}},
    };
    for (auto const &c : cases) {
        std::vector<std::string> names;
        for (auto const &f : firm_names(c.sentence, false)) {
            names.push_back(f.name);
        }
        EXPECT_EQ(names, c.firms) << c.sentence;
    }
    // Text extracted in lower case: stop words alone delimit a name.
    std::vector<std::string> names;
    for (auto const &f : firm_names("with b. riley securities, inc. and needham & company, llc, as agents", true)) {
        names.push_back(f.name);
    }
    EXPECT_EQ(names, (std::vector<std::string>{"b. riley securities, inc.", "needham & company, llc"}));
}

TEST(prospectus_extractors, agreement_type_date_and_amendments)
{
    struct case_t
    {
        char const *text;
        char const *type;
        char const *date;
        std::vector<std::pair<amendment_kind_t, char const *>> amendments;
    };
    using k = amendment_kind_t;
    case_t const cases[] = {
        {"We have entered into an At-The-Market Issuance Sales Agreement, or the sales agreement, with Ascendiant "
         "Capital "
         "Markets, LLC.",
         "At-The-Market Issuance Sales Agreement",
         "null",
         {}},
        {"as agents under an equity distribution agreement, dated December 31, 2025 (the \"equity distribution "
         "agreement\").",
         "Equity Distribution Agreement",
         "2025-12-31",
         {}},
        {"We have entered into an At-the-Market Equity Offering Sales Agreement (the \"Sales Agreement\"), with "
         "Stifel, "
         "Nicolaus & Company, Incorporated (the \"Agent\"), dated May 4, 2022, under which we may issue and sell "
         "shares.",
         "At-the-Market Equity Offering Sales Agreement",
         "2022-05-04",
         {}},
        {"We have entered into an amended and restated sales agreement, dated as of February 25, 2022, with Robert W. "
         "Baird & "
         "Co. Incorporated, which amends and restates that certain sales agreement, dated August 6, 2021.",
         "Sales Agreement",
         "2021-08-06",
         {{k::amended_and_restated, "2022-02-25"}}},
        {"We have entered into an amendment, dated as of April 27, 2023 (\"Amendment No. 1\"), to the Sales Agreement, "
         "dated as "
         "of July 1, 2022 (the \"Sales Agreement\" and, as amended by Amendment No. 1, the \"Amended Sales "
         "Agreement\").",
         "Sales Agreement",
         "2022-07-01",
         {{k::amendment, "2023-04-27"}}},
        {"On February 23, 2024, we entered into Amendment No. 1 to At Market Issuance Sales Agreement with B. Riley "
         "Securities, Inc.",
         "At Market Issuance Sales Agreement",
         "null",
         {{k::amendment, "2024-02-23"}}},
        {"We previously entered into an amended and restated sales agreement, or the Sales Agreement, with "
         "JonesTrading "
         "Institutional Services LLC and Roth Capital Partners, LLC, or the Agents, on March 18, 2020 under which we "
         "may sell.",
         "Sales Agreement",
         "2020-03-18",
         {{k::amended_and_restated, "2020-03-18"}}},
        {"We have entered into an equity distribution agreement, dated as of October 30, 2020, as amended as of "
         "February "
         "18, 2022, with the Sales Agents, under which we may issue and sell shares.",
         "Equity Distribution Agreement",
         "2020-10-30",
         {{k::amendment, "2022-02-18"}}},
        {"On May 10, 2023, we entered into the First Amendment to the Sales Agreement, dated March 1, 2021, with "
         "Dawson "
         "Ridge LLC.",
         "Sales Agreement",
         "2021-03-01",
         {{k::amendment, "2023-05-10"}}},
        {"Our common stock is registered under the Securities Exchange Act of 1934, as amended, on June 1, 2024 we "
         "entered "
         "into a sales agreement.",
         "Sales Agreement",
         "2024-06-01",
         {}},
        {"We have entered into separate equity distribution agreements, each dated March 1, 2024, with the sales "
         "agents.",
         "Equity Distribution Agreement",
         "2024-03-01",
         {}},
        {"We have entered into a Controlled Equity Offering\xE2\x84\xA0 Sales Agreement, dated as of April 3, 2024.",
         "Controlled Equity Offering Sales Agreement",
         "2024-04-03",
         {}},
        {"We have entered into an Equity Sales Agency Financing Agreement, dated as of June 9, 2023, with BNY Mellon "
         "Capital Markets, LLC.",
         "Equity Sales Agency Financing Agreement",
         "2023-06-09",
         {}},
        {"we have entered into an open market sale agreement, dated may 15, 2023, with jefferies llc.",
         "Open Market Sale Agreement",
         "2023-05-15",
         {}},
        {"We have entered into an \"at-the-market\" equity offering sales agreement dated as of March 2, 2025, with "
         "Dawson Ridge LLC.",
         "At-the-Market Equity Offering Sales Agreement",
         "2025-03-02",
         {}},
        {"We have entered into anat-the-market offering agreement with Dawson Ridge LLC, dated as of June 3, 2024.",
         "At-the-Market Offering Agreement",
         "2024-06-03",
         {}},
        {"We have entered into a sales and registration agreement with Dawson Ridge LLC.",
         "Sales and Registration Agreement",
         "null",
         {}},
        {"(To Prospectus dated May 1, 2024) We have entered into a sales agreement with Dawson Ridge LLC.",
         "Sales Agreement",
         "null",
         {}},
        {"On June 3, 2024, the Company and its operating partnership entered into an equity distribution agreement.",
         "Equity Distribution Agreement",
         "2024-06-03",
         {}},
        {"We have entered into an Omnibus Sales Agreement with Dawson Ridge LLC for our common and preferred stock.",
         "Omnibus Sales Agreement",
         "null",
         {}},
        // The short name first, the full one later; an agreement of another family is not it.
        {"Sales under the sales agreement will be made through Cantor. We have entered into a Controlled Equity "
         "Offering "
         "Sales Agreement, dated May 2, 2024, with Cantor Fitzgerald & Co. Our Equity Distribution Agreement, dated "
         "March "
         "1, 2021, was terminated.",
         "Controlled Equity Offering Sales Agreement",
         "2024-05-02",
         {}},
    };
    doc_t const hereof{"We have entered into a Sales Agreement, dated the date hereof, with Dawson Ridge LLC."};
    std::vector<std::string> hereof_warnings;
    EXPECT_TRUE(find_agreement(*hereof, &hereof_warnings).dated_hereof);
    for (auto const &c : cases) {
        doc_t const d{c.text};
        std::vector<std::string> warnings;
        auto const found = find_agreement(*d, &warnings);
        EXPECT_EQ(found.type.value_or("null"), c.type) << c.text;
        EXPECT_EQ(iso(found.date), c.date) << c.text;
        std::vector<std::pair<amendment_kind_t, char const *>> got;
        std::vector<std::string> got_dates;
        std::vector<std::string> want_dates;
        for (auto const &a : found.amendments) {
            got_dates.push_back(std::string{to_string(a.kind)} + " " + iso(a.date));
        }
        for (auto const &[kind, when] : c.amendments) {
            want_dates.push_back(std::string{to_string(kind)} + " " + when);
        }
        EXPECT_EQ(got_dates, want_dates) << c.text;
    }
}

TEST(prospectus_extractors, agreements_that_are_not_atm_agreements)
{
    for (auto const *text : {"our ability to deliver LNG under gas sales agreements and LNG sales agreements.",
                             "We entered into a placement agency agreement with H.C. Wainwright & Co., LLC.",
                             "We have entered into an underwriting agreement with Piper Sandler & Co.",
                             "pursuant to a securities purchase agreement dated March 28, 2025 with the investor."}) {
        EXPECT_FALSE(names_atm_agreement(lower(text))) << text;
    }
}

TEST(prospectus_extractors, an_agreement_ended_as_another_starts)
{
    doc_t const d{
        "On May 1, 2023, we terminated our sales agreement with Cowen and Company, LLC and BTIG, LLC, dated "
        "September 9, 2022, and entered into a new sales agreement, dated May 1, 2023, with Cowen and Company, LLC "
        "and Canaccord Genuity LLC."};
    std::vector<std::string> warnings;
    auto const found = find_agreement(*d, &warnings);
    EXPECT_EQ(iso(found.date), "2023-05-01");
    ASSERT_TRUE(found.ended);
    EXPECT_EQ(iso(found.ended->date), "2022-09-09");
    auto const changes = find_state_changes(*d, found, date("2023-05-01"), &warnings);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].event.type, offering_event_type_t::terminated);
    ASSERT_TRUE(changes[0].event.agreement); // filed under the earlier program
    EXPECT_EQ(iso(changes[0].event.agreement->date), "2022-09-09");
}

TEST(prospectus_extractors, an_agreement_named_by_its_defined_short_name)
{
    doc_t const d{"On March 2, 2021, we entered into a Controlled Equity Offering Sales Agreement (the \"Granite Sales "
                  "Agreement\") with Dawson Ridge LLC, as sales agent.\n\nWe have sold 1,000 shares under the Granite "
                  "Sales Agreement for gross proceeds of $5,000.\n\nOn May 3, 2023, we delivered written notice to "
                  "terminate the Granite Sales Agreement effective May 13, 2023."};
    std::vector<std::string> warnings;
    auto const found = find_agreement(*d, &warnings);
    EXPECT_EQ(found.type.value_or(""), "Controlled Equity Offering Sales Agreement");
    EXPECT_TRUE(found.named_in(1));
    EXPECT_EQ(find_sales(*d, found, date("2023-05-20"), std::nullopt).size(), 1U);
    auto const changes = find_state_changes(*d, found, date("2023-05-20"), &warnings);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(iso(changes[0].event.date), "2023-05-13");
}

TEST(prospectus_extractors, agents_one_to_twenty_one_and_their_changes)
{
    doc_t const one{
        "We have entered into a Sales Agreement, dated March 31, 2025, with Robert W. Baird & Co. Incorporated "
        "relating to shares of our common stock. Legal matters will be passed upon for the sales agent by Cooley LLP."};
    std::vector<std::string> warnings;
    auto a = find_agents(*one, find_agreement(*one, &warnings), "ESS Tech, Inc.", std::nullopt, &warnings);
    EXPECT_EQ(a.agents, std::vector<std::string>{"Robert W. Baird & Co. Incorporated"});

    std::vector<std::string> const many{"BofA Securities, Inc.",
                                        "Barclays Capital Inc.",
                                        "BMO Capital Markets Corp.",
                                        "BNY Mellon Capital Markets, LLC",
                                        "Citigroup Global Markets Inc.",
                                        "Credit Agricole Securities (USA) Inc.",
                                        "Goldman Sachs & Co. LLC",
                                        "J.P. Morgan Securities LLC",
                                        "Jefferies LLC",
                                        "KeyBanc Capital Markets Inc.",
                                        "Mizuho Securities USA LLC",
                                        "Morgan Stanley & Co. LLC",
                                        "MUFG Securities Americas Inc.",
                                        "RBC Capital Markets, LLC",
                                        "Regions Securities LLC",
                                        "Scotia Capital (USA) Inc.",
                                        "SMBC Nikko Securities America, Inc.",
                                        "TD Securities (USA) LLC",
                                        "Truist Securities, Inc.",
                                        "U.S. Bancorp Investments, Inc.",
                                        "Wells Fargo Securities, LLC"};
    std::string list;
    for (std::size_t i = 0; i < many.size(); ++i) {
        list += (i == 0 ? "" : i + 1 == many.size() ? " and " : ", ") + many[i];
    }
    doc_t const twenty_one{
        "We have entered into an equity distribution agreement, dated June 1, 2026, with " + list +
        ", as sales agents, forward sellers and forward purchasers, and with Bank of America, N.A., as "
        "forward purchaser."};
    a = find_agents(*twenty_one, find_agreement(*twenty_one, &warnings), "Alphabet Inc.", std::nullopt, &warnings);
    EXPECT_EQ(a.agents, many);

    doc_t const forward{
        "We have entered into an equity distribution agreement, dated June 1, 2026, with Goldman Sachs & "
        "Co. LLC and Mizuho Securities USA LLC, as sales agents and forward sellers, and Goldman Sachs & Co. "
        "LLC and Mizuho Markets Americas LLC, as forward purchasers."};
    a = find_agents(*forward, find_agreement(*forward, &warnings), "X Corp.", std::nullopt, &warnings);
    EXPECT_EQ(a.agents, (std::vector<std::string>{"Goldman Sachs & Co. LLC", "Mizuho Securities USA LLC"}));

    // Former names are no agents; one stem with two suffixes is two firms; a forward counterparty is none.
    doc_t const asides{
        "We have entered into a Sales Agreement with Hollow Pine Securities, Inc. (formerly known as Old "
        "Pine Capital, Inc.), Maple Row LLC (f/k/a Maple Partners LLC) and Maple Row Corp., as sales agents, and "
        "Quarry Lane Markets LLC, acting in its capacity as forward counterparty."};
    a = find_agents(*asides, find_agreement(*asides, &warnings), "X Corp.", std::nullopt, &warnings);
    EXPECT_EQ(a.agents, (std::vector<std::string>{"Hollow Pine Securities, Inc.", "Maple Row LLC", "Maple Row Corp."}));

    doc_t const depositary{
        "We have entered into a Sales Agreement with Dawson Ridge LLC, as sales agent, for ADSs issued by "
        "Granite Trust Company, as depositary."};
    a = find_agents(*depositary, find_agreement(*depositary, &warnings), "X Corp.", std::nullopt, &warnings);
    EXPECT_EQ(a.agents, std::vector<std::string>{"Dawson Ridge LLC"});

    doc_t const lower_case{"we have entered into a sales agreement with h.c. wainwright & co., llc, as sales agent."};
    a = find_agents(*lower_case, find_agreement(*lower_case, &warnings), "", std::nullopt, &warnings);
    EXPECT_EQ(a.agents, std::vector<std::string>{"H.C. Wainwright & Co., LLC"});

    doc_t const joinder{
        "We have entered into a Sales Agreement, dated May 4, 2022, with Jefferies LLC. On June 1, 2024, we "
        "entered into a joinder agreement pursuant to which TD Securities (USA) LLC became a party to the "
        "Sales Agreement as an additional sales agent."};
    a = find_agents(*joinder, find_agreement(*joinder, &warnings), "X Corp.", date("2024-06-03"), &warnings);
    ASSERT_TRUE(a.changed);
    EXPECT_EQ(a.changed->event.type, offering_event_type_t::agents_changed);
    EXPECT_EQ(iso(a.changed->event.date), "2024-06-01");
    EXPECT_EQ(a.changed->event.agents, (std::vector<std::string>{"Jefferies LLC", "TD Securities (USA) LLC"}));

    doc_t const amended{
        "We have entered into a Sales Agreement with Hollow Pine Securities, Inc., as sales agent. The "
        "definition of sales agents in the Sales Agreement is amended to remove Hollow Pine Securities, "
        "Inc. and to include Maple Row LLC."};
    a = find_agents(*amended, find_agreement(*amended, &warnings), "X Corp.", date("2025-07-01"), &warnings);
    ASSERT_TRUE(a.changed);
    EXPECT_EQ(a.changed->event.agents_removed, std::vector<std::string>{"Hollow Pine Securities, Inc."});

    doc_t const future{
        "We have entered into a Sales Agreement with Hollow Pine Securities, Inc., as sales agent, and any "
        "additional agents we appoint in the future."};
    EXPECT_FALSE(find_agents(*future, find_agreement(*future, &warnings), "X Corp.", std::nullopt, &warnings).changed);

    doc_t const one_ended{
        "We have entered into a Sales Agreement with Hollow Pine Securities, Inc. and Maple Row LLC, as "
        "sales agents. We and the sales agents agreed to terminate the Sales Agreement with respect to "
        "Hollow Pine Securities effective as of June 30, 2025."};
    a = find_agents(*one_ended, find_agreement(*one_ended, &warnings), "X Corp.", date("2025-07-01"), &warnings);
    ASSERT_TRUE(a.changed);
    EXPECT_EQ(iso(a.changed->event.date), "2025-06-30");
    EXPECT_EQ(a.changed->event.agents, std::vector<std::string>{"Maple Row LLC"});
    EXPECT_EQ(a.changed->event.agents_removed, std::vector<std::string>{"Hollow Pine Securities, Inc."});

    doc_t const replaced{
        "We have entered into Amendment No. 2, dated August 1, 2024, to the Sales Agreement with Cowen and "
        "Company, LLC and Canaccord Genuity LLC, as sales agents, to replace Cowen and Company, LLC with TD "
        "Securities (USA) LLC."};
    a = find_agents(*replaced, find_agreement(*replaced, &warnings), "X Corp.", date("2024-08-02"), &warnings);
    ASSERT_TRUE(a.changed);
    EXPECT_EQ(a.changed->event.agents, (std::vector<std::string>{"Canaccord Genuity LLC", "TD Securities (USA) LLC"}));
}

TEST(prospectus_extractors, capacity_offered_increased_and_reduced)
{
    struct case_t
    {
        char const *text;
        char const *maximum;
        bool change;
    };
    case_t const cases[] = {
        {"relate to the offer and sale of common stock, having an aggregate offering price of up to $4,000,000,000 "
         "through "
         "the agents under an equity distribution agreement.",
         "4000000000", false},
        {"In accordance with the terms of the Sales Agreement, we may offer and sell shares having an aggregate gross "
         "sales "
         "price of up to $50.0 million from time to time through the sales agent.",
         "50000000", false},
        {"In no event will the aggregate sales price of shares sold through the Sales Agent pursuant to the sales "
         "agreement "
         "exceed $100.0 million.",
         "100000000", false},
        {"Amendment No. 1 increased the aggregate offering price of common stock we may offer and sell pursuant to the "
         "Sales "
         "Agreement by $302,073,006 to $1,000,000,000.",
         "1000000000", true},
        {"We are increasing the maximum aggregate offering price of shares under the Sales Agreement from $50,000,000 "
         "to "
         "$100,000,000.",
         "100000000", true},
        {"We are reducing the amount of ADSs that may be offered and sold under the Sales Agreement to $25,000,000.",
         "25000000", true},
        {"Pursuant to the Amendment, the maximum amount of shares we may sell under the Sales Agreement increased from "
         "$75,000,000 by $25,000,000.",
         "100000000", true},
        {"Pursuant to General Instruction I.B.6 of Form S-3, we are eligible to offer and sell up to $13.5 million of "
         "our "
         "securities under the Sales Agreement.",
         "null", false},
        {"We have agreed to reimburse the sales agent for the fees and disbursements of its counsel in an amount not "
         "to "
         "exceed $50,000, and up to $7,500 each quarter under the Sales Agreement.",
         "null", false},
        {"This prospectus supplement relates to the sale of up to $30,000,000 of our common stock, par value $0.001 "
         "per "
         "share, through the sales agent.",
         "30000000", false},
        {"We may offer and sell ADSs having a maximum aggregate offering price of up to US$12.5 million through the "
         "sales "
         "agent, less approximately US$3.1 million of ADSs previously sold.",
         "12500000", false},
        {"As of the date of this prospectus supplement, we have sold shares having an aggregate offering price of "
         "$4,000,000 "
         "under the Sales Agreement.",
         "null", false},
        // An increment: a change whose new total is not stated; what this supplement offers is the increment.
        {"We amended the Sales Agreement to increase the aggregate gross sales price by up to an additional "
         "$20,000,000.",
         "20000000", true},
        {"Assuming all shares are sold under the Sales Agreement, our net tangible book value would increase by an "
         "amount "
         "of $1.20 per share.",
         "null", false},
        // A refresh supplement's cover shows what remains; the agreement's size is the larger one.
        {"$41,250,000 of Common Stock. We have entered into a Sales Agreement with Dawson Ridge LLC for shares having "
         "an "
         "aggregate offering price of up to $60,000,000, of which shares having an aggregate offering price of up to "
         "$41,250,000 remain available.",
         "60000000", false},
        {"Under the Sales Agreement, we may sell shares of common stock for aggregate gross proceeds up to $35.0 "
         "million.",
         "35000000", false},
        {"As a result of the increase, we may sell additional shares under the Sales Agreement for an aggregate "
         "offering "
         "price of up to $15,500,000.",
         "15500000", false},
    };
    for (auto const &c : cases) {
        doc_t const d{c.text};
        std::vector<std::string> warnings;
        auto const found = find_capacity(*d, find_agreement(*d, &warnings), date("2024-01-02"), &warnings);
        EXPECT_EQ(dec(found.maximum), c.maximum) << c.text;
        EXPECT_EQ(found.change.has_value(), c.change) << c.text;
    }
    // A change dated by the day the amendment was entered into, its total after "to".
    doc_t const d{
        "On March 3, 2025, we entered into Amendment No. 2 to the Sales Agreement to increase the amount we may "
        "sell under the Sales Agreement to an aggregate offering price of up to $60,000,000."};
    std::vector<std::string> warnings;
    auto const found = find_capacity(*d, find_agreement(*d, &warnings), date("2025-03-05"), &warnings);
    ASSERT_TRUE(found.change);
    EXPECT_EQ(dec(found.change->event.new_capacity), "60000000");
    EXPECT_EQ(iso(found.change->event.date), "2025-03-03");
}

TEST(prospectus_extractors, commission_in_its_wordings)
{
    struct case_t
    {
        char const *text;
        char const *rate;
    };
    case_t const cases[] = {
        {"The Agent will be entitled to compensation at a commission rate of up to 3.0% of the gross sales price per "
         "share "
         "sold.",
         "3"},
        {"NEE will pay each sales agent a commission equal to up to 1% of the sales price of all shares sold through "
         "it.",
         "1"},
        {"We will pay the sales agent an amount equal to 3% of the gross proceeds of the shares sold under the sales "
         "agreement.",
         "3"},
        {"We will pay each of the Agents acting as our sales agent a commission that will not exceed, but may be lower "
         "than, "
         "2.0% of the gross sales price per share.",
         "2"},
        {"The Company will pay Ladenburg a cash commission of 3.0% of the aggregate gross sales proceeds of shares "
         "sold.",
         "3"},
        {"We will pay the Manager a commission at a rate equal to (except as provided below) up to 2.5% of the gross "
         "sales "
         "price per share.",
         "2.5"},
        {"Neither the Securities and Exchange Commission nor any state securities commission has approved these "
         "securities; holders may not own more than 4.99% of our outstanding shares.",
         "null"},
        {"Sales to the sales agent as principal may carry a commission that may exceed 3.0%. We will pay the sales "
         "agent "
         "a commission of up to 2.0% of the gross sales price per share.",
         "2"},
    };
    for (auto const &c : cases) {
        doc_t const d{c.text};
        EXPECT_EQ(dec(find_commission_rate(*d)), c.rate) << c.text;
    }
}

TEST(prospectus_extractors, sales_to_date_in_every_common_wording)
{
    struct case_t
    {
        char const *text;
        char const *shares;
        char const *gross;
        char const *net;
        char const *as_of;
    };
    case_t const cases[] = {
        {"As of April 26, 2023, we have sold 422,160 shares of our common stock having an aggregate offering price of "
         "approximately $4,246,131 under the Sales Agreement.",
         "422160", "4246131", "null", "2023-04-26"},
        {"As of the date of this prospectus supplement, we have offered and sold 77,417,069 shares of our common stock "
         "having an aggregate offering price of approximately $302,073,006 under the Sales Agreement and shares having "
         "an "
         "aggregate offering price of approximately $697,926,994 remain available.",
         "77417069", "302073006", "null", "2024-02-26"},
        {"Prior to the date of this prospectus supplement, we have issued and sold an aggregate of 7,490,789 shares of "
         "common stock for gross proceeds of $20,643,530 under the Sales Agreement.",
         "7490789", "20643530", "null", "2024-02-26"},
        {"As of the date of this prospectus supplement, we had previously sold shares of common stock with an "
         "aggregate "
         "offering price of $499,999,716.65 under the equity distribution agreement.",
         "null", "499999716.65", "null", "2024-02-26"},
        {"As of February 23, 2022, we had not sold any shares of our Common stock under the sales agreement.", "0", "0",
         "null", "2022-02-23"},
        {"To date, we have sold $1.2 million of common stock pursuant to the sales agreement.", "null", "1200000",
         "null", "2024-02-26"},
        {"Through June 30, 2024, we have sold 3,500,000 shares under the Sales Agreement for net proceeds of "
         "approximately "
         "$27.2 million, after commissions paid to Jefferies.",
         "3500000", "null", "27200000", "2024-06-30"},
        {"As of the date of this prospectus supplement, we have sold 2,000,000 ADSs under the Sales Agreement for an "
         "aggregate offering price of approximately $10.5 million.",
         "2000000", "10500000", "null", "2024-02-26"},
        {"Since our entry into the Sales Agreement and as of the date of this prospectus supplement, we have sold "
         "4,583,084 "
         "shares of common stock under the Sales Agreement for gross proceeds of $6.1 million.",
         "4583084", "6100000", "null", "2024-02-26"},
        {"As of June 30, 2024, an aggregate of 1.2 million shares have been sold under the ATM program for aggregate "
         "gross "
         "proceeds of $5.0 million and net proceeds of $4.85 million.",
         "1200000", "5000000", "4850000", "2024-06-30"},
        {"No shares have been sold under the Equity Distribution Agreement as of the date of this prospectus "
         "supplement.",
         "0", "0", "null", "2024-02-26"},
        {"To date, we have sold 218,575 of our shares of our class A common stock for aggregate gross proceeds of "
         "approximately $46,600,000 in accordance with the Sales Agreement under the Prior Prospectus.",
         "218575", "46600000", "null", "2024-02-26"},
        {"Of that amount, we have sold shares with an aggregate price of $12,345,678 as of the date of this prospectus "
         "supplement under the Sales Agreement.",
         "null", "12345678", "null", "2024-02-26"},
        {"We may sell ADSs having an aggregate offering price of up to US$8.0 million under the Sales Agreement, less "
         "approximately US$1.5 million of ADSs previously sold.",
         "null", "1500000", "null", "2024-02-26"},
        {"We did not sell any shares under the Sales Agreement through June 30, 2024.", "0", "0", "null", "2024-06-30"},
        {"We sold no shares under the Sales Agreement.", "0", "0", "null", "2024-02-26"},
        {"Through the date hereof, we have issued and sold 1,000,000 shares under the Sales Agreement for gross "
         "proceeds "
         "of approximately $2.5 million and may sell additional shares for up to $7,500,000.",
         "1000000", "2500000", "null", "2024-02-26"},
        {"In May 2024, we issued and sold 50,000 shares under the Sales Agreement for gross proceeds of $1.2 million, "
         "completing the sale of $20.0 million under the Sales Agreement.",
         "null", "20000000", "null", "2024-02-26"},
        {"On July 7, 2024, we sold 30,000 shares under the Sales Agreement for gross proceeds of $0.3 million.",
         "30000", "300000", "null", "2024-07-07"},
        {"At that time, we had raised approximately $5.2 million in sales under the Sales Agreement.", "null",
         "5200000", "null", "2024-02-26"},
        {"As of May 31, 2024, shares having an aggregate offering price of up to $3,100,000 have been sold under the "
         "Sales "
         "Agreement.",
         "null", "3100000", "null", "2024-05-31"},
        {"As of May 31, 2024, we sold 700,000 shares under the Sales Agreement, resulting in net proceeds of "
         "approximately "
         "$2.9 million and gross proceeds of approximately $3.0 million.",
         "700000", "3000000", "2900000", "2024-05-31"},
        {"No shares of our common stock were sold under the Sales Agreement as of May 31, 2024.", "0", "0", "null",
         "2024-05-31"},
    };
    for (auto const &c : cases) {
        doc_t const d{c.text};
        std::vector<std::string> warnings;
        auto const found = find_sales(*d, find_agreement(*d, &warnings), date("2024-02-26"), std::nullopt);
        ASSERT_EQ(found.size(), 1U) << c.text;
        auto const &e = found[0].event;
        EXPECT_EQ(dec(e.shares_sold), c.shares) << c.text;
        EXPECT_EQ(dec(e.gross_proceeds), c.gross) << c.text;
        EXPECT_EQ(dec(e.net_proceeds), c.net) << c.text;
        EXPECT_EQ(iso(e.date), c.as_of) << c.text;
    }
}

TEST(prospectus_extractors, sales_that_are_not_the_programs_to_date)
{
    for (auto const *text : {
             "During the three months ended March 31, 2024, we sold 100,000 shares under the Sales Agreement for net "
             "proceeds of $0.2 million.",
             "Since March 31, 2024, we have sold 50,000 shares under the Sales Agreement for gross proceeds of "
             "$150,000.",
             "Any portion of the $3,000,000 not previously sold under the sales agreement, and if no shares have been "
             "sold "
             "under the sales agreement, the full $3,000,000 may be made available in other offerings.",
             "During the prior 12-months, we have sold shares of our common stock in the aggregate amount of $1,020 "
             "under the "
             "sales agreement, all pursuant to General Instruction I.B.6 of Form S-3.",
             "We are reducing the amount of ADSs that may be offered and sold under the Sales Agreement to "
             "$25,000,000.",
             "Assuming that an aggregate of 1,000,000 shares are sold under the Sales Agreement at a price of $5.00 "
             "per share, "
             "our net tangible book value would be $12 million.",
             "Under our prior ATM program with Cowen, we sold 2,000,000 shares for gross proceeds of $8.0 million.",
             "In March 2024, we sold 10,000 shares under the Sales Agreement for gross proceeds of $40,000.",
             "Shares that may be offered under the Sales Agreement have been sold at prices up to $4.00 per share.",
         }) {
        doc_t const d{text};
        std::vector<std::string> warnings;
        EXPECT_TRUE(find_sales(*d, find_agreement(*d, &warnings), date("2024-02-26"), std::nullopt).empty()) << text;
    }
}

TEST(prospectus_extractors, sales_dated_by_the_notice_they_follow)
{
    doc_t const d{
        "On March 1, 2024, we delivered written notice to Jefferies LLC of termination of the Open Market Sale "
        "Agreement, dated May 15, 2023. Through the date of the notice, we sold 1,250,000 shares, generating net "
        "proceeds of approximately $4.2 million. The termination is effective on March 11, 2024."};
    std::vector<std::string> warnings;
    auto const agreement = find_agreement(*d, &warnings);
    auto const sales = find_sales(*d, agreement, date("2024-03-04"), std::nullopt);
    ASSERT_EQ(sales.size(), 1U);
    EXPECT_EQ(iso(sales[0].event.date), "2024-03-01");
    EXPECT_EQ(dec(sales[0].event.net_proceeds), "4200000");
    auto const changes = find_state_changes(*d, agreement, date("2024-03-04"), &warnings);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].event.type, offering_event_type_t::terminated);
    EXPECT_EQ(iso(changes[0].event.date), "2024-03-11"); // the day it takes effect, not the notice's

    // The effective day told between the notice and the sales: the notice still dates them.
    doc_t const between{
        "On March 1, 2024, we provided written notice to Jefferies LLC of our election to terminate the "
        "Sales Agreement. The termination will be effective ten (10) days after delivery of the notice, "
        "on March 11, 2024. Through the date of the notice, we sold 900,000 shares under the Sales "
        "Agreement."};
    auto const between_sales =
        find_sales(*between, find_agreement(*between, &warnings), date("2024-03-04"), std::nullopt);
    ASSERT_EQ(between_sales.size(), 1U);
    EXPECT_EQ(iso(between_sales[0].event.date), "2024-03-01");
}

TEST(prospectus_extractors, changes_of_state_stated_and_dated_by_effect)
{
    struct case_t
    {
        char const *text;
        offering_event_type_t type;
        char const *date;
    };
    using t = offering_event_type_t;
    case_t const cases[] = {
        {"We are suspending sales under the Sales Agreement effective February 1, 2024, and will not make any sales "
         "under "
         "it unless and until we file a new prospectus supplement.",
         t::suspended, "2024-02-01"},
        {"We have suspended, and will not make any sales under, the Sales Agreement unless and until a new prospectus "
         "supplement is filed.",
         t::suspended, "2024-05-06"},
        {"The purpose of this prospectus supplement is to resume sales of our common stock under the Sales Agreement.",
         t::resumed, "2024-05-06"},
        {"We have terminated the Sales Agreement, effective as of March 15, 2024.", t::terminated, "2024-03-15"},
        {"The Equity Distribution Agreement terminated on April 30, 2024 upon the sale of all shares offered under it.",
         t::terminated, "2024-04-30"},
        {"The Equity Distribution Agreement will terminate on June 30, 2024 as a result of our notice to the sales "
         "agents.",
         t::terminated, "2024-06-30"},
        {"On November 29, 2024, we delivered written notice to B. Riley Securities, Inc. of termination of the At "
         "Market "
         "Issuance Sales Agreement, dated January 10, 2023, effective December 9, 2024.",
         t::terminated, "2024-12-09"},
        {"Effective March 26, 2025, the Company terminated its Sales Agreement with Dawson Ridge LLC, dated June 1, "
         "2022.",
         t::terminated, "2025-03-26"},
        {"On April 2, 2025, we voluntarily terminated the Sales Agreement, dated June 1, 2022, effective immediately.",
         t::terminated, "2025-04-02"},
        // The offering under one prospectus ends, the agreement stays: a suspension.
        {"The prospectus underlying the at-the-market offering program was terminated on September 9, 2024 in "
         "connection "
         "with our underwritten offering.",
         t::suspended, "2024-09-09"},
        {"Termination of At-the-Market Offering Prospectus Supplement under the Sales Agreement", t::suspended,
         "2024-05-06"},
        {"On May 5, 2025, we reinstated the at-the-market offering program by filing an updated prospectus supplement.",
         t::resumed, "2025-05-05"},
        {"On June 2, 2025, the sales agent accepted our prior written notice to terminate the Sales Agreement, "
         "effective "
         "immediately.",
         t::terminated, "2025-06-02"},
        {"As of July 1, 2025, the 2022 ATM program expired and was replaced by a new one.", t::terminated,
         "2025-07-01"},
        {"On March 1, 2024, we provided written notice to the sales agent of our election to terminate the Sales "
         "Agreement, dated June 1, 2023.",
         t::terminated, "2024-03-01"},
        {"Effective March 26, 2025, we terminated our Sales Agreement with Dawson Ridge LLC, under which we could "
         "issue "
         "and sell shares from time to time.",
         t::terminated, "2025-03-26"},
        {"Item 8.01 Other Events. Termination of At-the-Market Offering Prospectus Supplement relating to our Sales "
         "Agreement with Dawson Ridge LLC.",
         t::suspended, "2024-05-06"},
    };
    for (auto const &c : cases) {
        doc_t const d{c.text};
        std::vector<std::string> warnings;
        auto const changes = find_state_changes(*d, find_agreement(*d, &warnings), date("2024-05-06"), &warnings);
        ASSERT_EQ(changes.size(), 1U) << c.text;
        EXPECT_EQ(changes[0].event.type, c.type) << c.text;
        EXPECT_EQ(iso(changes[0].event.date), c.date) << c.text;
    }
    for (
        auto const *text : {
            "We or the Agent may suspend the offering of our common stock upon notice and subject to other conditions.",
            "The offering will terminate upon the earlier of (1) the sale of all shares and (2) the termination of the "
            "equity distribution agreement by either the sales agents or us.",
            "Either party may terminate the Sales Agreement at any time upon ten days' notice.",
            "We and the sales agents agreed to terminate the Sales Agreement with respect to Maple Row Securities "
            "effective as of June 30, 2025.",
            "We and the Agent each have the right, by giving five days' prior written notice, to terminate the Sales "
            "Agreement.",
        }) {
        doc_t const d{text};
        std::vector<std::string> warnings;
        EXPECT_TRUE(find_state_changes(*d, find_agreement(*d, &warnings), date("2024-05-06"), &warnings).empty())
            << text;
    }
}

TEST(prospectus_extractors, cover_issuer_ticker_registration_form_and_date)
{
    doc_t const d{
        "Filed Pursuant to Rule 424 (b) (3)\nRegistration Statement Nos. 333-268718 and 333-268718-01\n\n"
        "Calidi\nBiotherapeutics, Inc.\n\nSupplement No. 2 dated March 4, 2024 to Prospectus Supplement dated "
        "May 1, 2023\n\nOur common stock is listed on the NYSE American under the symbol \"CLDI.\""};
    auto const issuer = find_issuer(*d);
    EXPECT_EQ(issuer.name.value_or(""), "Calidi Biotherapeutics, Inc.");
    EXPECT_EQ(issuer.ticker.value_or(""), "CLDI");
    EXPECT_EQ(find_registration_no(*d).value_or(""), "333-268718");
    EXPECT_EQ(find_stated_form_type(*d).value_or(""), "424B3");
    EXPECT_EQ(iso(find_document_date(*d)), "2024-03-04");

    doc_t const defined{
        "PROSPECTUS SUPPLEMENT\n\nThe Toronto-Dominion Bank (\"TD\" or \"we\") has offered the notes.\n\n"
        "The date of this prospectus supplement is July 2, 2026."};
    EXPECT_EQ(find_issuer(*defined).name.value_or(""), "The Toronto-Dominion Bank");
    EXPECT_EQ(iso(find_document_date(*defined)), "2026-07-02");
    EXPECT_FALSE(find_stated_form_type(*defined)); // never guessed

    doc_t const amendment{"Amendment No. 1 to Prospectus Supplement dated June 2, 2025\nTo Prospectus Supplement dated "
                          "March 3, 2025\n(To Prospectus dated January 6, 2025)"};
    EXPECT_EQ(iso(find_document_date(*amendment)), "2025-06-02");
    doc_t const stacked{
        "PROSPECTUS SUPPLEMENT NO. 2\n(To Prospectus dated June 8, 2022 and\nProspectus Supplement dated "
        "January 17, 2024)\n$20,000,000"};
    EXPECT_FALSE(find_document_date(*stacked)); // the documents it supplements, not its own date
    doc_t const no_title{"Amendment No. 1, dated June 2, 2025, to the Sales Agreement with Dawson Ridge LLC"};
    EXPECT_FALSE(find_document_date(*no_title));

    doc_t const this_dated{"ACME WIDGETS, INC.\n\nThis Prospectus Supplement No. 2, dated March 5, 2024 (this "
                           "\"Supplement\"), supplements our prospectus supplement dated May 1, 2023."};
    EXPECT_EQ(iso(find_document_date(*this_dated)), "2024-03-05");

    doc_t const of_stock{"PROSPECTUS SUPPLEMENT\n\nUp to $10,000,000 of Common Stock of Quantum Leaf Biosciences, Inc. "
                         "(the \"Company\", \"we\" or \"us\") may be offered through the sales agent."};
    EXPECT_EQ(find_issuer(*of_stock).name.value_or(""), "Quantum Leaf Biosciences, Inc.");

    doc_t const flattened{
        "0000000000-24-000001.txt : 20240102 ACCESSION NUMBER: 0000000000-24-000001 COMPANY CONFORMED "
        "NAME: Granite Harbor Trust CENTRAL INDEX KEY: 0000000001 FORM TYPE: 424B3\n\nPROSPECTUS "
        "SUPPLEMENT"};
    EXPECT_EQ(find_issuer(*flattened).name.value_or(""), "Granite Harbor Trust");

    doc_t const run_on{
        "PROSPECTUS SUPPLEMENT\nQUARRY LANE ROBOTICS, INC.\nUp to $20,000,000 of Shares of Common\nStock\n"
        "Quarry Lane Robotics, Inc. (the \"Company,\" \"we\") has entered into a Sales Agreement.\nOur "
        "Series A preferred stock is listed on Nasdaq under the trading symbol \"QLRBP.\""};
    EXPECT_EQ(find_issuer(*run_on).name.value_or(""), "Quarry Lane Robotics, Inc.");
    EXPECT_EQ(find_issuer(*run_on).ticker.value_or(""), "QLRBP");

    doc_t const lower_case{
        "cellectar biosciences, inc.\n\nour common stock is listed on nasdaq under the symbol \"clrb\".\n\n"
        "prospectus supplement dated october 20, 2022"};
    EXPECT_EQ(find_issuer(*lower_case).name.value_or(""), "Cellectar Biosciences, Inc.");
    EXPECT_EQ(find_issuer(*lower_case).ticker.value_or(""), "CLRB");
    EXPECT_EQ(iso(find_document_date(*lower_case)), "2022-10-20");

    // Acumen Pharmaceuticals' 424B5 of April 27, 2023 (0001193125-23-120009), its cover lines.
    doc_t const bare{"424B5\n\nFiled Pursuant to Rule 424(b)(5)\n\nRegistration Statement No. 333-266004\n\n"
                     "Supplement dated April 27, 2023\n\nTo Prospectus dated July 1, 2022\n\nLOGO\n\n"
                     "Up to $50,000,000 of Shares\n\nCommon Stock"};
    EXPECT_EQ(iso(find_document_date(*bare)), "2023-04-27");
}

TEST(prospectus_extractors, establishment_only_where_the_program_starts)
{
    struct case_t
    {
        char const *text;
        bool establishes;
    };
    auto const offers = std::string{"We have entered into a Sales Agreement with Dawson Ridge LLC under which we may "
                                    "offer and sell shares of our common stock. "};
    case_t const cases[] = {
        {"We have entered into a Sales Agreement with Dawson Ridge LLC under which we may offer and sell shares.",
         true},
        {"As of the date of this prospectus supplement, we have not sold any shares under the Sales Agreement.", true},
        {"We previously entered into a Sales Agreement with Dawson Ridge LLC under which we may offer and sell shares.",
         false},
        {"We may offer and sell shares under the sales agreement in at the market offerings through the sales agent.",
         false},
        {"This prospectus supplement relates to the offer and sale of shares through Dawson Ridge LLC under a sales "
         "agreement, dated June 3, 2024.",
         true},
        {"This prospectus supplement relates to the issuance and sale of shares through Dawson Ridge LLC, as our sales "
         "agent, pursuant to the sales agreement.",
         true},
        {"We may offer and sell shares having an aggregate offering price of up to $50,000,000 through Dawson Ridge "
         "LLC "
         "under the sales agreement.",
         true},
        {"As of June 1, 2024, we have sold 1,000 shares under the Sales Agreement for gross proceeds of $9,000.",
         false},
        {"The Sales Agreement, dated May 1, 2023, as amended on June 2, 2024, remains in effect.", false},
        {"We have not sold any shares under the Sales Agreement and a prior prospectus supplement.", false},
        {"This prospectus supplement amends and restates, and supersedes in its entirety, our prospectus supplements "
         "dated May 1, 2023 and June 2, 2024 relating to the Sales Agreement.",
         false},
    };
    for (auto const &c : cases) {
        bool const whole = std::string_view{c.text}.starts_with("We ") || std::string_view{c.text}.starts_with("This ");
        auto const text = whole ? std::string{c.text} : offers + c.text;
        doc_t const d{text};
        std::vector<std::string> warnings;
        auto const agreement = find_agreement(*d, &warnings);
        auto const sales = find_sales(*d, agreement, date("2024-06-03"), std::nullopt);
        EXPECT_EQ(establishes(*d, agreement, sales), c.establishes) << text;
    }
}

TEST(prospectus_extractors, program_decision_on_the_cover)
{
    struct case_t
    {
        char const *text;
        bool is_atm;
    };
    case_t const cases[] = {
        {"We have entered into a Sales Agreement with Jefferies LLC, as sales agent. Sales will be made in \"at the "
         "market "
         "offerings\". The date of this prospectus supplement is May 1, 2024.",
         true},
        {"We have entered into a sales agreement with BofA Securities, Inc., as Sales Agent, relating to the offer and "
         "sale "
         "from time to time of shares of our common stock through the Sales Agent, acting as our agent, or directly to "
         "the "
         "Sales Agent, acting as principal.",
         true},
        {"We are offering 1,974,432 shares directly to investors pursuant to a securities purchase agreement. We have "
         "an "
         "at-the-market program under our sales agreement with Cantor Fitzgerald & Co. The date of this prospectus "
         "supplement is March 28, 2025.",
         false},
        {"Subject to Completion, dated March 31, 2025. We have entered into an equity distribution agreement with the "
         "sales "
         "agents. The date of this prospectus supplement is , 2025.",
         false},
        {"This prospectus supplement is being filed to update and supplement the information in the prospectus with "
         "the "
         "information contained in our Current Report on Form 8-K, which is attached to this prospectus supplement. "
         "Our "
         "prior sales agreement with Jefferies LLC was described in the prospectus.",
         false},
        {"We are offering 5,000,000 shares. The underwriters have agreed to purchase the shares on a firm commitment "
         "basis. "
         "We also have an equity distribution agreement with Jefferies LLC as sales agent.",
         false},
        {"We may also sell shares under our Sales Agreement with Dawson Ridge LLC, as sales agent, after the 60-day "
         "lock-up "
         "period described under \"Underwriting\".",
         false},
        {"This prospectus relates to shares we may sell to Quarry Lane Fund LLC under a purchase agreement, and the "
         "commitment shares; we have also entered into a Sales Agreement with Dawson Ridge LLC, as sales agent.",
         false},
        {"Selling Commissions of 7.0% will be paid to Granite Securities, LLC, as dealer manager, in this best efforts "
         "offering; we have also entered into a Sales Agreement with Dawson Ridge LLC, as sales agent.",
         false},
    };
    for (auto const &c : cases) {
        doc_t const d{c.text};
        std::vector<std::string> warnings;
        EXPECT_EQ(decide_program(*d, find_agreement(*d, &warnings), false).is_atm, c.is_atm) << c.text;
    }
}
