// SPDX-License-Identifier: GPL-2.0-or-later
#include "generator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

date_t day_after(date_t const &d, int days)
{
    auto const sys = std::chrono::sys_days{std::chrono::year_month_day{std::chrono::year{d.year()},
                                                                       std::chrono::month{d.month()},
                                                                       std::chrono::day{d.day()}}} +
                     std::chrono::days{days};
    return date_t{std::chrono::year_month_day{sys}};
}

namespace {


std::vector<std::string> const FIRST{"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
                                     "David", "Elizabeth", "Wei", "Priya", "Carlos", "Aisha", "Kenji", "Olga",
                                     "Samuel", "Grace", "Mateo", "Ingrid", "Tunde", "Sofia", "Anil", "Hannah"};
std::vector<std::string> const LAST{"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
                                    "Nguyen", "Patel", "Kim", "Okafor", "Larsen", "Rossi", "Schmidt", "Dubois",
                                    "Tanaka", "Cohen", "Murphy", "Silva", "Novak", "Haddad", "Reyes", "Walsh"};
std::vector<std::string> const WORD1{"Blue", "North", "Granite", "Silver", "Coral", "Atlas", "Quantum", "Harbor",
                                     "Summit", "Cedar", "Lumen", "Vertex", "Pioneer", "Redwood", "Tidal", "Orchid"};
std::vector<std::string> const WORD2{"Therapeutics", "Energy", "Robotics", "Bancorp", "Logistics", "Software",
                                     "Minerals", "Biosciences", "Foods", "Semiconductor", "Health", "Networks"};
std::vector<std::string> const SUFFIX{"Inc.", "Corp.", "Holdings, Inc.", "Corporation", "Ltd", "Group, Inc."};
std::vector<std::string> const CITIES{"NEW YORK", "SAN DIEGO", "BOSTON", "AUSTIN", "DENVER", "CHICAGO", "SEATTLE",
                                      "MIAMI"};
std::vector<std::string> const STATES{"NY", "CA", "MA", "TX", "CO", "IL", "WA", "FL"};
std::vector<std::string> const TITLES{"Chief Executive Officer", "Chief Financial Officer", "General Counsel",
                                      "EVP, Operations", "Chief Scientific Officer", "SVP, Sales"};
std::vector<std::string> const AGENTS{"B. Riley Securities, Inc.", "Jefferies LLC", "Cantor Fitzgerald & Co.",
                                      "H.C. Wainwright & Co., LLC", "Needham & Company, LLC",
                                      "Roth Capital Partners, LLC", "BTIG, LLC"};
std::vector<std::string> const AGREEMENTS{"Sales Agreement", "Equity Distribution Agreement",
                                          "At Market Issuance Sales Agreement", "Open Market Sale Agreement"};
std::vector<std::string> const NOTES{
    "The price reported is a weighted average price; the shares were sold in multiple transactions.",
    "Represents shares withheld to satisfy tax withholding obligations upon vesting of restricted stock units.",
    "The shares are held by a family trust of which the Reporting Person is a trustee.",
    "The option vests in four equal annual installments beginning on the first anniversary of the grant date.",
    "The transaction was effected pursuant to a Rule 10b5-1 trading plan.",
    "Includes shares acquired under the Issuer's employee stock purchase plan."};

date_t random_date(rng_t *r, int from_year, int to_year)
{
    return *date_t::make(static_cast<int>(r->range(from_year, to_year)), static_cast<unsigned>(r->range(1, 12)),
                         static_cast<unsigned>(r->range(1, 28)));
}

decimal_t dec(std::int64_t cents, int scale)
{
    return decimal_t::parse(std::to_string(cents))->scaled(-scale);
}

/// Geometric number of rows, 1 to 30, most filings small.
int row_count(rng_t *r)
{
    int n = 1;
    while (n < 30 && r->chance(72)) {
        ++n;
    }
    return n;
}

} // namespace

std::vector<issuer_t> make_issuers(rng_t *r, std::size_t count)
{
    std::vector<issuer_t> issuers;
    auto const n = std::max<std::size_t>(20, count / 50);
    for (std::size_t i = 0; i < n; ++i) {
        auto const name = fmt::format("{} {} {} {}", r->pick(WORD1), r->pick(WORD2), i, r->pick(SUFFIX));
        std::string ticker;
        for (auto v = i + 26 * 26; v > 0; v /= 26) {
            ticker += static_cast<char>('A' + v % 26);
        }
        issuers.push_back(issuer_t{name, ticker, 1000000 + i * 7});
    }
    return issuers;
}

std::vector<person_t> make_people(rng_t *r, std::size_t count)
{
    std::vector<person_t> people;
    for (std::size_t i = 0; i < std::max<std::size_t>(50, count / 8); ++i) {
        people.push_back(person_t{fmt::format("{} {} {}", r->pick(LAST), r->pick(FIRST), static_cast<char>('A' + i % 26)),
                                  2000000 + i * 3, fmt::format("{} MAIN STREET", 1 + i % 900),
                                  static_cast<std::size_t>(r->range(0, static_cast<int>(CITIES.size()) - 1))});
    }
    return people;
}

filing_t make_ownership(rng_t *r, issuer_t const &issuer, std::vector<person_t> const &people, std::size_t index)
{
    filing_t f;
    f.kind = document_kind_t::ownership;
    int const form_roll = static_cast<int>(r->range(1, 100));
    f.form_type = form_type_t::parse(form_roll <= 90 ? "4" : form_roll <= 96 ? "3" : "5");
    bool const form3 = f.form_type.base() == "3";
    auto const period = random_date(r, 2015, 2025);
    f.period_of_report = period;
    f.issuer = {issuer.name, issuer.ticker, cik_t{issuer.cik}};
    f.schema_version = "X0508";
    f.not_subject_to_section16 = form3 ? std::nullopt : std::optional{false};

    int const owners = r->chance(6) ? static_cast<int>(r->range(2, 3)) : 1;
    for (int k = 0; k < owners; ++k) {
        auto const &p = r->pick(people);
        reporting_owner_t o;
        o.name = p.name;
        o.cik = cik_t{p.cik};
        o.street1 = p.street;
        o.city = CITIES[p.city];
        o.state = STATES[p.city];
        o.zip = fmt::format("{:05}", 10000 + p.cik % 89999);
        int const role = static_cast<int>(r->range(1, 100));
        o.is_director = role <= 35;
        o.is_officer = role > 30 && role <= 85;
        o.is_ten_percent_owner = role > 85;
        if (o.is_officer) {
            o.officer_title = r->pick(TITLES);
        }
        if (!o.is_director && !o.is_officer && !o.is_ten_percent_owner) {
            o.is_director = true;
        }
        if (std::none_of(f.owners.begin(), f.owners.end(), [&](auto const &x) { return x.name == o.name; })) {
            f.owners.push_back(std::move(o));
        }
    }
    int const notes = static_cast<int>(r->range(0, 4));
    for (int k = 1; k <= notes; ++k) {
        f.footnotes.push_back(footnote_t{std::to_string(k), r->pick(NOTES)});
    }
    auto maybe_mark = [&](ownership_row_t *row, row_field_t field) {
        if (notes > 0 && r->chance(12)) {
            row->add_footnote(field, std::to_string(r->range(1, notes)));
        }
    };
    std::int64_t owned = r->range(1000, 5000000);
    int const rows = row_count(r);
    for (int k = 0; k < rows; ++k) {
        bool const derivative = r->chance(20);
        ownership_row_t row;
        bool const holding = form3 || r->chance(12);
        row.kind = holding ? row_kind_t::holding : row_kind_t::transaction;
        row.security_title = derivative ? (r->chance(70) ? "Stock Option (Right to Buy)" : "Restricted Stock Units")
                                        : (r->chance(80) ? "Common Stock" : "Class A Common Stock");
        maybe_mark(&row, row_field_t::security_title);
        std::int64_t const shares = r->range(1, 250000);
        if (!holding) {
            row.transaction_date = day_after(period, static_cast<int>(r->range(0, 3)));
            static std::vector<std::string> const codes{"S", "S", "S", "A", "A", "M", "F", "P", "P", "G", "J", "C"};
            row.code = derivative ? std::string{r->chance(60) ? "M" : "A"} : r->pick(codes);
            maybe_mark(&row, row_field_t::code);
            row.shares = dec(shares, 0);
            bool const acquired = *row.code == "A" || *row.code == "P" || (*row.code == "M" && !derivative) ||
                                  (*row.code == "J" && r->chance(50));
            row.acquired_disposed = acquired ? 'A' : 'D';
            owned = acquired ? owned + shares : std::max<std::int64_t>(0, owned - shares);
            row.price = *row.code == "A" || *row.code == "G" ? dec(0, 0) : dec(r->range(100, 50000), 2);
            maybe_mark(&row, row_field_t::price);
        }
        if (!(form3 && derivative)) { // Form 3's Table II has no "owned after" column
            row.shares_owned_after = dec(derivative ? shares : owned, 0);
            maybe_mark(&row, row_field_t::shares_owned_after);
        }
        row.ownership = r->chance(85) ? 'D' : 'I';
        if (*row.ownership == 'I') {
            row.nature_of_ownership = r->chance(50) ? "By Trust" : "By Spouse";
        }
        if (derivative) {
            row.exercise_price = dec(r->range(100, 9000), 2);
            row.expiration_date = day_after(period, static_cast<int>(r->range(365, 3650)));
            if (r->chance(50)) {
                row.exercisable_date = day_after(period, static_cast<int>(r->range(0, 700)));
            } else if (notes > 0) {
                row.add_footnote(row_field_t::exercisable_date, "1");
            }
            row.underlying_title = "Common Stock";
            row.underlying_shares = dec(shares, 0);
            if (!holding) {
                row.price = dec(0, 0);
            }
            f.derivative.push_back(std::move(row));
        } else {
            f.non_derivative.push_back(std::move(row));
        }
    }
    auto const signed_on = day_after(period, static_cast<int>(r->range(0, 2)));
    // Forms 4 and 5 filed from April 1, 2023 have the Rule 10b5-1(c) box.
    if (!form3 && signed_on >= *date_t::make(2023, 4, 1)) {
        f.aff10b5one = r->chance(15);
    }
    f.signatures.push_back(signature_t{fmt::format("/s/ {}, Attorney-in-Fact", r->pick(LAST)), signed_on});
    f.filed_date = signed_on;
    f.accession = accession_no_t::parse(fmt::format("{:010}-{:02}-{:06}", 1000000 + index % 900000,
                                                    signed_on.year() % 100, index % 1000000));
    return f;
}

filing_t make_prospectus(rng_t *r, issuer_t const &issuer, std::size_t index)
{
    filing_t f;
    f.kind = document_kind_t::prospectus;
    f.form_type = form_type_t::parse("424B5");
    f.issuer = {issuer.name, std::nullopt, std::nullopt};
    offering_t o;
    o.is_atm = true;
    o.registration_no = fmt::format("333-{:06}", 200000 + index % 99999);
    o.agreement_type = r->pick(AGREEMENTS);
    o.agreement_date = random_date(r, 2018, 2024);
    o.agents.push_back(r->pick(AGENTS));
    o.max_aggregate_offering_price = dec(r->range(10, 500) * 1000000, 0);
    o.commission_rate = dec(30, 1);
    auto const doc_date = day_after(*o.agreement_date, static_cast<int>(r->range(0, 400)));
    o.document_date = doc_date;
    // Member by member: the event gains members as the parse contract grows.
    auto const event = [](offering_event_type_t type, std::optional<date_t> date) {
        offering_event_t e;
        e.type = type;
        e.date = date;
        return e;
    };
    if (r->chance(50)) {
        o.events.push_back(event(offering_event_type_t::established, o.agreement_date));
    } else {
        auto sales = event(offering_event_type_t::sales_update, doc_date);
        sales.shares_sold = dec(r->range(1000, 5000000), 0);
        sales.gross_proceeds = dec(r->range(10000, 9000000), 0);
        o.events.push_back(std::move(sales));
        if (r->chance(30)) {
            o.events.push_back(event(offering_event_type_t::suspended, doc_date));
        }
    }
    f.offering = std::move(o);
    return f;
}

