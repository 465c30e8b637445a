// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/sales.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <algorithm>
#include <array>

namespace {

/// Sales that happened: "we have sold", "we had previously sold", "have been sold".
constexpr std::array<std::string_view, 17> SOLD{
    "have sold",       "has sold",         "had sold",        "we sold",        "sold an aggregate", "sold a total",
    "issued and sold", "offered and sold", "previously sold", "have been sold", "had been sold",     "has been sold",
    "were sold",       "company sold",     "have raised",     "has raised",     "had raised"};

/// Every phrase of SOLD, NONE_SOLD and SOLD_IN_FULL holds one of these.
constexpr std::array<std::string_view, 5> SALES_STEMS{"sold", "sell", "sale", "raised", "utilize"};

/// No sales yet: a figure of zero.
constexpr std::array<std::string_view, 21> NONE_SOLD{"not sold any",
                                                     "no shares have been sold",
                                                     "no shares had been sold",
                                                     "have not sold",
                                                     "had not sold",
                                                     "has not sold",
                                                     "not yet sold",
                                                     "no sales have been made",
                                                     "no sales had been made",
                                                     "not made any sales",
                                                     "no shares were sold",
                                                     "not issued or sold any",
                                                     "not issued and sold any",
                                                     "no shares of common stock have been sold",
                                                     "did not sell any",
                                                     "sold no shares",
                                                     "no sales have occurred",
                                                     "no sales had occurred",
                                                     "did not utilize any",
                                                     "have not issued any",
                                                     "has not issued any"};

/// Not the program's cumulative figure: a period's sales, an assumption, another offering.
constexpr std::array<std::string_view, 20> NOT_CUMULATIVE{"if no ",
                                                          "not previously sold",
                                                          "during the three",
                                                          "during the six",
                                                          "during the nine",
                                                          "during the quarter",
                                                          "during the year",
                                                          "during the fiscal",
                                                          "for the three months",
                                                          "for the six months",
                                                          "for the nine months",
                                                          "for the quarter",
                                                          "for the year ended",
                                                          "if we sell",
                                                          "assum",
                                                          "registered direct",
                                                          "private placement",
                                                          "underwritten",
                                                          "placement agent",
                                                          "at a weighted average"};

/// What may be sold, not what was: only before the verb of sales ("shares that may be
/// offered ... have been sold" is hypothetical; "we have sold N shares and may sell
/// additional shares" is a fact followed by a possibility).
constexpr std::array<std::string_view, 10> POSSIBLE_SALES{
    "may be sold",   "to be sold",    "can be sold", "could be sold", "may be offered",
    "may be issued", "to be offered", "that may be", "may sell",      "will sell"};

/// "completing the sale of $75.0 million under the Sales Agreement": the program sold in
/// full; the amount is the gross proceeds to date.
constexpr std::array<std::string_view, 3> SOLD_IN_FULL{"completing the sale of", "completed the sale of",
                                                       "sold all of the"};

/// Sales under an earlier program told without naming its agreement ("Under our prior ATM
/// program, we sold ...") are not this program's.
constexpr std::array<std::string_view, 8> EARLIER_PROGRAM{
    "prior atm",           "previous atm",           "former atm",   "prior at-the-market", "previous at-the-market",
    "prior at the market", "previous at the market", "prior program"};

/// "Since DATE" and "since our last supplement" count from a date: an increment.
constexpr std::array<std::string_view, 4> SINCE_A_DATE{"since the date of", "since our last", "since the filing",
                                                       "since the prior"};

/// Words right before an as-of date: "As of DATE", "Through DATE". Without one ("As of the
/// date of this prospectus supplement", "To date"), the document's date is the as-of date.
constexpr std::array<std::string_view, 5> AS_OF{"as of ", "through ", "ended ", "ending ", "prior to "};

/// Money that is not proceeds: prices per share, commissions, a limit ("up to $X"), what
/// remains.
constexpr std::array<std::string_view, 6> NOT_PROCEEDS_BEFORE{"average",    "closing",      "last reported",
                                                              "commission", "compensation", "up to"};
constexpr std::array<std::string_view, 5> NOT_PROCEEDS_AFTER{" per share", " per ads", " remain", " per common share",
                                                             " par value"};

/// Sales told in the passive after their amount: "$X of shares have been sold".
constexpr std::array<std::string_view, 3> SOLD_PASSIVE{"have been sold", "has been sold", "were sold"};

/// How far after an amount a passive "have been sold" may stand.
constexpr std::size_t SOLD_AFTER_WINDOW = 60;

/// "No shares of our common stock were sold under the Sales Agreement": a zero with words between.
constexpr std::string_view NO_SHARES = "no shares";

/// "$X of shares remain available": the capacity less that is what was sold.
constexpr std::array<std::string_view, 3> REMAINING{"remain available", "remains available", "remaining available"};

/// Earlier sentences of the paragraph that can make one about the program: "We have
/// entered into a sales agreement ... Through the date of the notice, we sold ...".
constexpr std::size_t CONTEXT_SENTENCES = 2;

/// How far before an amount its kind is said: "aggregate gross proceeds of approximately".
constexpr std::size_t PROCEEDS_WORDS_BEFORE = 45;

/// "completing the sale of the initial $75.0 million": how far after the words the amount starts.
constexpr std::size_t SOLD_IN_FULL_GAP = 40;

/// How far after "as of" its date starts.
constexpr std::size_t AS_OF_GAP = 4;

bool in_program_context(document_view_t const &doc, agreement_found_t const &agreement, std::size_t i)
{
    auto const &sentences = doc.sentences();
    if (about_program(doc, agreement, i) || sentences[i].low.find("prospectus supplement") != std::string::npos) {
        return true;
    }
    for (std::size_t back = 1; back <= CONTEXT_SENTENCES && back <= i; ++back) {
        auto const &prev = sentences[i - back];
        if (prev.paragraph == sentences[i].paragraph && about_program(doc, agreement, i - back)) {
            return true;
        }
    }
    return false;
}

bool counts_from_a_date(std::string_view low)
{
    auto const since = find_word(low, "since");
    if (since == std::string_view::npos) {
        return false;
    }
    auto const rest = low.substr(since);
    return contains_any(rest.substr(0, 40), SINCE_A_DATE) ||
           (rest.size() > 6 && month_from_name(rest.substr(6, rest.find(' ', 6) - 6)) != 0);
}

/// Where `word` last stands as a whole word in `low`, plus one (0 when it does not).
std::size_t find_last_word(std::string_view low, std::string_view word)
{
    std::size_t last = 0;
    for (auto at = find_word(low, word); at != std::string_view::npos; at = find_word(low, word, at + 1)) {
        last = at + 1;
    }
    return last;
}

/// Gross and net proceeds from the amounts of money in the sentence.
void read_proceeds(prose_sentence_t const &s, offering_event_t *e)
{
    for (auto m = find_money(s.text); m; m = find_money(s.text, m->end)) {
        auto const from = m->begin > PROCEEDS_WORDS_BEFORE ? m->begin - PROCEEDS_WORDS_BEFORE : 0;
        auto const before = std::string_view{s.low}.substr(from, m->begin - from);
        auto const after = std::string_view{s.low}.substr(m->end, 20);
        bool const sold_after = contains_any(std::string_view{s.low}.substr(m->end, SOLD_AFTER_WINDOW), SOLD_PASSIVE);
        if (contains_any(before, NOT_PROCEEDS_BEFORE) && !sold_after) {
            continue; // not "shares having an aggregate offering price of up to $X have been sold"
        }
        if (std::any_of(NOT_PROCEEDS_AFTER.begin(), NOT_PROCEEDS_AFTER.end(),
                        [&](auto w) { return after.starts_with(w); })) {
            continue;
        }
        // The nearest kind before the amount: "net proceeds of $X million, and gross proceeds of $Y".
        bool const net = find_last_word(before, "net") > find_last_word(before, "gross");
        auto &slot = net ? e->net_proceeds : e->gross_proceeds;
        if (!slot) {
            slot = m->value;
        }
    }
}

/// Verbs of giving notice: the sentence that gave it dates it ("On March 1, 2024, we
/// delivered written notice"), not one that says when it takes effect.
constexpr std::array<std::string_view, 5> GAVE_NOTICE{"delivered", "provided", "gave", "sent", "notified"};

/// The date of the notice a sentence refers to ("Through the date of the notice"): the
/// date of an earlier sentence of the paragraph that gave the notice, else one that speaks of it.
std::optional<date_t> notice_date(document_view_t const &doc, std::size_t i)
{
    for (bool const gave : {true, false}) {
        for (std::size_t back = 1; back <= CONTEXT_SENTENCES + 1 && back <= i; ++back) {
            auto const &prev = doc.sentences()[i - back];
            if (prev.low.find("notice") != std::string::npos && (!gave || contains_any(prev.low, GAVE_NOTICE))) {
                if (auto const d = find_date_words(prev.text)) {
                    return d->date;
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<date_t> as_of_date(document_view_t const &doc, std::size_t i, std::optional<date_t> document_date)
{
    auto const &s = doc.sentences()[i];
    if (s.low.find("date of the notice") != std::string::npos) {
        if (auto const d = notice_date(doc, i)) {
            return d;
        }
    }
    // "On July 7, 2024, we sold ...": a sale told by its day (not "filed on DATE", another document's).
    if (auto const d = find_date_words(s.text); d && s.low.starts_with("on ") && d->begin == 3) {
        return d->date;
    }
    for (auto at = find_any(s.low, AS_OF); at; at = find_any(s.low, AS_OF, *at + 1)) {
        auto const words_end = s.low.find(' ', *at + 1) + 1;
        if (auto const d = find_date_words(s.text, words_end); d && d->begin <= words_end + AS_OF_GAP) {
            return d->date;
        }
    }
    return document_date;
}

/// "In April 2021, we sold ...", "During September 2021, ...": a month's sales, not the total.
bool tells_a_month(prose_sentence_t const &s)
{
    for (std::string_view const opener : {"in ", "during "}) {
        if (s.low.starts_with(opener)) {
            auto const end = s.low.find(' ', opener.size());
            return month_from_name(std::string_view{s.low}.substr(opener.size(), end - opener.size())) != 0;
        }
    }
    return false;
}

/// A possibility stated before the sales ("shares that may be offered ... have been sold"),
/// unless what was sold is taken off it ("we may sell up to $9.6 million, less $2.4 million
/// previously sold").
bool possible_sales(std::string_view low)
{
    auto const sold = find_any(low, SOLD);
    auto const possible = find_any(low, POSSIBLE_SALES);
    bool const less = sold && possible && find_word(low.substr(0, *sold), "less", *possible) != std::string_view::npos;
    return possible && (!sold || *possible < *sold) && !less;
}

/// A sentence about the program's sales to date, or the lack of them.
bool is_sales_sentence(document_view_t const &doc, agreement_found_t const &agreement, std::size_t i, bool none)
{
    auto const &s = doc.sentences()[i];
    return (none || contains_any(s.low, SOLD)) && !contains_any(s.low, NOT_CUMULATIVE) && !possible_sales(s.low) &&
           !contains_any(s.low, EARLIER_PROGRAM) && !is_public_float_sentence(s.low) && !counts_from_a_date(s.low) &&
           !tells_a_month(s) && in_program_context(doc, agreement, i);
}

/// "completing the sale of $75.0 million": the gross proceeds of a program sold in full
/// (whatever period the sentence tells of).
std::optional<decimal_t> sold_in_full(document_view_t const &doc, agreement_found_t const &agreement, std::size_t i)
{
    auto const &s = doc.sentences()[i];
    auto const at = find_any(s.low, SOLD_IN_FULL);
    auto const m = at ? find_money(s.text, *at) : std::nullopt;
    return m && m->begin <= *at + SOLD_IN_FULL_GAP && in_program_context(doc, agreement, i) ? std::optional{m->value}
                                                                                            : std::nullopt;
}

/// The shares and proceeds a sales sentence states.
std::optional<offering_event_t> sales_in(document_view_t const &doc, agreement_found_t const &agreement, std::size_t i)
{
    auto const &s = doc.sentences()[i];
    if (!contains_any(s.low, SALES_STEMS)) {
        return std::nullopt; // most sentences, at the cost of one scan
    }
    offering_event_t e;
    e.type = offering_event_type_t::sales_update;
    if (auto const full = sold_in_full(doc, agreement, i)) {
        e.gross_proceeds = full; // the shares of the last sale are not the total
        return e;
    }
    bool const none = contains_any(s.low, NONE_SOLD) ||
                      (s.low.find(NO_SHARES) != std::string::npos && contains_any(s.low, SOLD_PASSIVE));
    if (!is_sales_sentence(doc, agreement, i, none)) {
        return std::nullopt;
    }
    if (none) {
        e.shares_sold = decimal_t::parse("0");
        e.gross_proceeds = decimal_t::parse("0");
        return e;
    }
    if (auto const shares = find_shares(s.text)) {
        e.shares_sold = shares->value;
    }
    read_proceeds(s, &e);
    return e.shares_sold || e.gross_proceeds || e.net_proceeds ? std::optional{e} : std::nullopt;
}

std::optional<offering_event_t> dated_sales_in(document_view_t const &doc, agreement_found_t const &agreement,
                                               std::size_t i, std::optional<date_t> document_date)
{
    auto e = sales_in(doc, agreement, i);
    if (e) {
        e->date = as_of_date(doc, i, document_date);
    }
    return e;
}

/// "As of DATE, $X of shares remain available for sale under the Sales Agreement".
std::optional<offering_event_t> sales_from_remaining(document_view_t const &doc, agreement_found_t const &agreement,
                                                     std::size_t i, std::optional<date_t> document_date,
                                                     decimal_t const &capacity)
{
    auto const &s = doc.sentences()[i];
    if (!contains_any(s.low, REMAINING) || s.low.find("up to $") != std::string::npos ||
        !in_program_context(doc, agreement, i)) {
        return std::nullopt;
    }
    auto const m = find_money(s.text);
    if (!m || capacity < m->value) {
        return std::nullopt;
    }
    offering_event_t e;
    e.type = offering_event_type_t::sales_update;
    e.gross_proceeds = capacity.minus(m->value);
    e.date = as_of_date(doc, i, document_date);
    return e;
}

} // namespace

std::vector<placed_event_t> find_sales(document_view_t const &doc, agreement_found_t const &agreement,
                                       std::optional<date_t> document_date, std::optional<decimal_t> capacity)
{
    std::vector<placed_event_t> found;
    bool program = false;
    bool ended = !agreement.ended;
    for (std::size_t i = 0; i < doc.sentences().size() && !(program && ended); ++i) {
        auto e = dated_sales_in(doc, agreement, i, document_date);
        bool const prior = agreement.names_only_prior(i);
        if (!e && !prior && !program && capacity) {
            e = sales_from_remaining(doc, agreement, i, document_date, *capacity);
        }
        if (!e || (prior ? ended : program)) {
            continue;
        }
        if (prior) {
            e->agreement = agreement.ended;
            ended = true;
        } else {
            program = true;
        }
        found.push_back(placed_event_t{std::move(*e), i});
    }
    return found;
}
