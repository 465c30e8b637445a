// SPDX-License-Identifier: GPL-2.0-or-later
#include "generator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

date_t day_after(date_t const &d, int days)
{
    auto const sys = std::chrono::sys_days{std::chrono::year_month_day{
                         std::chrono::year{d.year()}, std::chrono::month{d.month()}, std::chrono::day{d.day()}}} +
                     std::chrono::days{days};
    return date_t{std::chrono::year_month_day{sys}};
}

namespace {

std::vector<std::string> const FIRST{"James",   "Mary",   "Robert", "Patricia",  "John",   "Jennifer",
                                     "Michael", "Linda",  "David",  "Elizabeth", "Wei",    "Priya",
                                     "Carlos",  "Aisha",  "Kenji",  "Olga",      "Samuel", "Grace",
                                     "Mateo",   "Ingrid", "Tunde",  "Sofia",     "Anil",   "Hannah"};
std::vector<std::string> const LAST{"Smith",  "Johnson", "Williams", "Brown",  "Jones",  "Garcia", "Miller",  "Davis",
                                    "Nguyen", "Patel",   "Kim",      "Okafor", "Larsen", "Rossi",  "Schmidt", "Dubois",
                                    "Tanaka", "Cohen",   "Murphy",   "Silva",  "Novak",  "Haddad", "Reyes",   "Walsh"};
std::vector<std::string> const WORD1{"Blue",   "North", "Granite", "Silver", "Coral",   "Atlas",   "Quantum", "Harbor",
                                     "Summit", "Cedar", "Lumen",   "Vertex", "Pioneer", "Redwood", "Tidal",   "Orchid"};
std::vector<std::string> const WORD2{"Therapeutics", "Energy",        "Robotics", "Bancorp",
                                     "Logistics",    "Software",      "Minerals", "Biosciences",
                                     "Foods",        "Semiconductor", "Health",   "Networks"};
std::vector<std::string> const SUFFIX{"Inc.", "Corp.", "Holdings, Inc.", "Corporation", "Ltd", "Group, Inc."};
std::vector<std::string> const CITIES{"NEW YORK", "SAN DIEGO", "BOSTON",  "AUSTIN",
                                      "DENVER",   "CHICAGO",   "SEATTLE", "MIAMI"};
std::vector<std::string> const STATES{"NY", "CA", "MA", "TX", "CO", "IL", "WA", "FL"};
std::vector<std::string> const TITLES{"Chief Executive Officer", "Chief Financial Officer",  "General Counsel",
                                      "EVP, Operations",         "Chief Scientific Officer", "SVP, Sales"};
std::vector<std::string> const AGENTS{"B. Riley Securities, Inc.",
                                      "Jefferies LLC",
                                      "Cantor Fitzgerald & Co.",
                                      "H.C. Wainwright & Co., LLC",
                                      "Needham & Company, LLC",
                                      "Roth Capital Partners, LLC",
                                      "BTIG, LLC"};
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

decimal_t dec(std::int64_t cents, int scale) { return decimal_t::parse(std::to_string(cents))->scaled(-scale); }

} // namespace

std::vector<issuer_t> make_issuers(rng_t *r, std::size_t count)
{
    std::vector<issuer_t> issuers;
    auto const n = std::max<std::size_t>(20, count / 50);
    for (std::size_t i = 0; i < n; ++i) {
        auto const name = fmt::format("{} {} {} {}", r->pick(WORD1), r->pick(WORD2), i, r->pick(SUFFIX));
        std::string ticker;
        for (auto v = i + (std::size_t{26} * 26); v > 0; v /= 26) { // three letters at least
            ticker += static_cast<char>('A' + v % 26);
        }
        issuers.push_back(issuer_t{name, ticker, 1000000 + i * 7, {}});
    }
    return issuers;
}

std::vector<person_t> make_people(rng_t *r, std::size_t count, std::vector<issuer_t> *issuers)
{
    // Names are distinct by construction (last, first and two initials: 389,376 of them),
    // but for homonyms: 1 person in 50 (HOMONYM_PERCENT) takes the name of someone before,
    // as archives hold several John A. Smiths. A pool of names far smaller than the pool
    // of people would make nearly every name shared, which real filings do not show.
    constexpr int HOMONYM_PERCENT = 2;
    std::vector<person_t> people;
    auto const n = std::max<std::size_t>(50, count / 8);
    for (std::size_t i = 0; i < n; ++i) {
        auto const initials = i / (LAST.size() * FIRST.size());
        std::string name =
            fmt::format("{} {} {}{}", LAST[i % LAST.size()], FIRST[(i / LAST.size()) % FIRST.size()],
                        static_cast<char>('A' + initials % 26), static_cast<char>('A' + initials / 26 % 26));
        if (i > 0 && r->chance(HOMONYM_PERCENT)) {
            name = people[static_cast<std::size_t>(r->range(0, static_cast<std::int64_t>(i) - 1))].name;
        }
        people.push_back(person_t{std::move(name), 2000000 + i * 3, fmt::format("{} MAIN STREET", 1 + i % 900),
                                  static_cast<std::size_t>(r->range(0, static_cast<int>(CITIES.size()) - 1))});
        (*issuers)[i % issuers->size()].insiders.push_back(i);
    }
    return people;
}

namespace {

/// A reporting owner of the issuer: one of its insiders, or now and then
/// (OUTSIDER_PERCENT) anyone, as funds and ten-percent owners file for many companies.
person_t const &pick_owner(rng_t *r, issuer_t const &issuer, std::vector<person_t> const &people)
{
    constexpr int OUTSIDER_PERCENT = 10;
    if (issuer.insiders.empty() || r->chance(OUTSIDER_PERCENT)) {
        return r->pick(people);
    }
    return people[r->pick(issuer.insiders)];
}

/// The reporting owners of a filing: one, or now and then two or three.
void add_owners(rng_t *r, issuer_t const &issuer, std::vector<person_t> const &people, filing_t *f)
{
    int const owners = r->chance(6) ? static_cast<int>(r->range(2, 3)) : 1;
    for (int k = 0; k < owners; ++k) {
        auto const &p = pick_owner(r, issuer, people);
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
        if (std::none_of(f->owners.begin(), f->owners.end(), [&](auto const &x) { return x.name == o.name; })) {
            f->owners.push_back(std::move(o));
        }
    }
}

/// The shape's footnotes: the standard corpus has 0 to 4 short ones; real filings have
/// about six, of about 300 characters each (two or three sentences).
void add_footnotes(rng_t *r, corpus_shape_t shape, filing_t *f)
{
    bool const rich = shape == corpus_shape_t::footnote_rich;
    int const notes = rich ? static_cast<int>(r->range(2, 11)) : static_cast<int>(r->range(0, 4));
    for (int k = 1; k <= notes; ++k) {
        std::string text = r->pick(NOTES);
        for (int more = rich ? static_cast<int>(r->range(1, 3)) : 0; more > 0; --more) {
            text += " " + r->pick(NOTES);
        }
        f->footnotes.push_back(footnote_t{std::to_string(k), std::move(text)});
    }
}

/// Percent of rows of a table whose `field` (when filled) carries a footnote mark. The
/// footnote-rich rates are those of the real filings of the development corpus, where a
/// filing has about 15 marks: most on the nature of ownership, the price and Table II's
/// dates and exercise price.
int mark_percent(corpus_shape_t shape, row_field_t field, bool derivative)
{
    using f = row_field_t;
    if (shape == corpus_shape_t::standard) {
        return field == f::security_title || field == f::code || field == f::price || field == f::shares_owned_after
                   ? 12
                   : 0;
    }
    switch (field) {
    case f::security_title: return derivative ? 12 : 8;
    case f::code: return derivative ? 15 : 28;
    case f::shares: return derivative ? 8 : 25;
    case f::price: return derivative ? 20 : 65;
    case f::shares_owned_after: return 10;
    case f::ownership: return 2;
    case f::nature_of_ownership: return 95;
    case f::exercise_price: return 67;
    case f::exercisable_date: return 99;
    case f::expiration_date: return 76;
    case f::underlying_title: return 7;
    default: return 0;
    }
}

/// Everything make_row() needs to know of its filing.
struct row_context_t
{
    corpus_shape_t shape;
    bool form3;
    date_t period;
    int notes;           ///< footnotes of the filing, numbered from 1
    std::int64_t *owned; ///< shares owned after the rows so far
};

/// Marks a filled field with one footnote now and then (two in one case of twelve in
/// real filings); never draws from the sequence when the shape marks no such field, so
/// that the standard corpus stays the same file for file.
void maybe_mark(rng_t *r, row_context_t const &c, ownership_row_t *row, row_field_t field, bool derivative)
{
    constexpr int SECOND_MARK_PERCENT = 8;
    int const percent = mark_percent(c.shape, field, derivative);
    if (percent == 0 || c.notes == 0 || !r->chance(percent)) {
        return;
    }
    auto const first = r->range(1, c.notes);
    row->add_footnote(field, std::to_string(first));
    if (c.shape == corpus_shape_t::footnote_rich && c.notes > 1 && r->chance(SECOND_MARK_PERCENT)) {
        row->add_footnote(field, std::to_string(first % c.notes + 1));
    }
}

/// A transaction's date, code, amount, direction and price.
void add_transaction(rng_t *r, row_context_t const &c, ownership_row_t *row, bool derivative, std::int64_t shares)
{
    row->transaction_date = day_after(c.period, static_cast<int>(r->range(0, 3)));
    static std::vector<std::string> const codes{"S", "S", "S", "A", "A", "M", "F", "P", "P", "G", "J", "C"};
    row->code = derivative ? std::string{r->chance(60) ? "M" : "A"} : r->pick(codes);
    maybe_mark(r, c, row, row_field_t::code, derivative);
    row->shares = dec(shares, 0);
    maybe_mark(r, c, row, row_field_t::shares, derivative);
    bool const acquired = *row->code == "A" || *row->code == "P" || (*row->code == "M" && !derivative) ||
                          (*row->code == "J" && r->chance(50));
    row->acquired_disposed = acquired ? 'A' : 'D';
    *c.owned = acquired ? *c.owned + shares : std::max<std::int64_t>(0, *c.owned - shares);
    row->price = *row->code == "A" || *row->code == "G" ? dec(0, 0) : dec(r->range(100, 50000), 2);
    maybe_mark(r, c, row, row_field_t::price, derivative);
}

/// Table II's columns: exercise price, dates, underlying security.
void add_derivative_columns(rng_t *r, row_context_t const &c, ownership_row_t *row, std::int64_t shares)
{
    row->exercise_price = dec(r->range(100, 9000), 2);
    maybe_mark(r, c, row, row_field_t::exercise_price, true);
    row->expiration_date = day_after(c.period, static_cast<int>(r->range(365, 3650)));
    maybe_mark(r, c, row, row_field_t::expiration_date, true);
    if (r->chance(50)) {
        row->exercisable_date = day_after(c.period, static_cast<int>(r->range(0, 700)));
        maybe_mark(r, c, row, row_field_t::exercisable_date, true);
    } else if (c.notes > 0) {
        row->add_footnote(row_field_t::exercisable_date, "1"); // "see footnote 1": vesting
    }
    row->underlying_title = "Common Stock";
    maybe_mark(r, c, row, row_field_t::underlying_title, true);
    row->underlying_shares = dec(shares, 0);
    if (row->kind == row_kind_t::transaction) {
        row->price = dec(0, 0);
    }
}

/// One row of Table I or II; `derivative` tells which.
ownership_row_t make_row(rng_t *r, row_context_t const &c, bool derivative)
{
    ownership_row_t row;
    bool const holding = c.form3 || r->chance(12);
    row.kind = holding ? row_kind_t::holding : row_kind_t::transaction;
    row.security_title = derivative ? (r->chance(70) ? "Stock Option (Right to Buy)" : "Restricted Stock Units")
                                    : (r->chance(80) ? "Common Stock" : "Class A Common Stock");
    maybe_mark(r, c, &row, row_field_t::security_title, derivative);
    std::int64_t const shares = r->range(1, 250000);
    if (!holding) {
        add_transaction(r, c, &row, derivative, shares);
    }
    if (!(c.form3 && derivative)) { // Form 3's Table II has no "owned after" column
        row.shares_owned_after = dec(derivative ? shares : *c.owned, 0);
        maybe_mark(r, c, &row, row_field_t::shares_owned_after, derivative);
    }
    // Real filings report indirect holdings (trusts, funds) far more often.
    int const direct_percent = c.shape == corpus_shape_t::footnote_rich ? 55 : 85;
    row.ownership = r->chance(direct_percent) ? 'D' : 'I';
    maybe_mark(r, c, &row, row_field_t::ownership, derivative);
    if (*row.ownership == 'I') {
        row.nature_of_ownership = r->chance(50) ? "By Trust" : "By Spouse";
        maybe_mark(r, c, &row, row_field_t::nature_of_ownership, derivative);
    }
    if (derivative) {
        add_derivative_columns(r, c, &row, shares);
    }
    return row;
}

/// Geometric number of table rows, most filings small: about 10 a filing in the standard
/// corpus (at most 30), about 7 in real filings (at most 40).
int row_count(rng_t *r, corpus_shape_t shape)
{
    bool const rich = shape == corpus_shape_t::footnote_rich;
    int const more_percent = rich ? 86 : 72;
    int const most = rich ? 40 : 30;
    int n = 1;
    while (n < most && r->chance(more_percent)) {
        ++n;
    }
    return n;
}

} // namespace

filing_t make_ownership(rng_t *r, issuer_t const &issuer, std::vector<person_t> const &people, std::size_t index,
                        corpus_shape_t shape)
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
    add_owners(r, issuer, people, &f);
    add_footnotes(r, shape, &f);

    std::int64_t owned = r->range(1000, 5000000);
    row_context_t const context{shape, form3, period, static_cast<int>(f.footnotes.size()), &owned};
    int const rows = row_count(r, shape);
    for (int k = 0; k < rows; ++k) {
        bool const derivative = r->chance(20);
        (derivative ? f.derivative : f.non_derivative).push_back(make_row(r, context, derivative));
    }
    auto const signed_on = day_after(period, static_cast<int>(r->range(0, 2)));
    // Forms 4 and 5 filed from April 1, 2023 have the Rule 10b5-1(c) box.
    if (!form3 && signed_on >= *date_t::make(2023, 4, 1)) {
        f.aff10b5one = r->chance(15);
    }
    f.signatures.push_back(signature_t{fmt::format("/s/ {}, Attorney-in-Fact", r->pick(LAST)), signed_on});
    f.filed_date = signed_on;
    f.accession = accession_no_t::parse(
        fmt::format("{:010}-{:02}-{:06}", 1000000 + index % 900000, signed_on.year() % 100, index % 1000000));
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
