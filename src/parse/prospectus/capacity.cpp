// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/capacity.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <array>
#include <cctype>

namespace {

/// Verbs that change the program's size.
constexpr std::array<std::string_view, 9> CHANGE_VERBS{"increas",   "reduc",  "decreas", "lower the", "lowered",
                                                       "raise the", "raised", "upsize",  "downsize"};

/// What they change: the program's maximum amount.
constexpr std::array<std::string_view, 11> CAPACITY_NOUNS{"aggregate offering price",
                                                          "aggregate sales price",
                                                          "aggregate gross sales",
                                                          "maximum amount",
                                                          "maximum aggregate",
                                                          "amount of",
                                                          "dollar amount",
                                                          "offering amount",
                                                          "program size",
                                                          "size of the",
                                                          "aggregate amount"};

/// A possibility, not a change.
constexpr std::array<std::string_view, 4> POSSIBLE_CHANGE{"may increase", "may reduce", "may decrease",
                                                          "right to increase"};

/// How the amount the program offers is given, most specific first; the amount follows.
constexpr std::array<std::string_view, 11> OFFERED_AMOUNT{"aggregate offering price of up to",
                                                          "aggregate sales price of up to",
                                                          "aggregate gross sales price of up to",
                                                          "gross sales price of up to",
                                                          "aggregate sales proceeds of up to",
                                                          "maximum aggregate offering price of",
                                                          "aggregate offering price of",
                                                          "aggregate sales price of",
                                                          "in excess of",
                                                          "exceed",
                                                          "up to"};

/// The cover's title states the program's amount: "Common Stock Having an Aggregate Sales
/// Price of up to $1,500,000,000".
constexpr std::array<std::string_view, 4> COVER_AMOUNT{"aggregate offering price of up to",
                                                       "aggregate sales price of up to", "gross sales price of up to",
                                                       "aggregate sales proceeds of up to"};

/// Sentences that report sales or what is left, or the agents' expenses we pay ("reimburse
/// ... up to $50,000"): their amounts are not the maximum.
constexpr std::array<std::string_view, 17> NOT_THE_MAXIMUM{"have sold",
                                                           "has sold",
                                                           "had sold",
                                                           "we sold",
                                                           "been sold",
                                                           "were sold",
                                                           "previously sold",
                                                           "remain available",
                                                           "remains available",
                                                           "remaining",
                                                           "proceeds of approximately",
                                                           "net proceeds",
                                                           "public offering price",
                                                           "per share",
                                                           "reimburse",
                                                           "expenses",
                                                           "disbursements"};

/// "from $A", "by $B" and "to $C" in a change sentence.
struct change_amounts_t
{
    std::optional<decimal_t> from;
    std::optional<decimal_t> by;
    std::optional<decimal_t> to;
};

/// The amount right after the words ("to $75,000,000"), at their first place followed by
/// one ("pursuant to the Sales Agreement by $25,000,000 to $75,000,000").
std::optional<decimal_t> money_after(std::string_view text, std::string_view low, std::string_view words,
                                     std::size_t from)
{
    for (auto at = low.find(words, from); at != std::string_view::npos; at = low.find(words, at + 1)) {
        bool const word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(low[at - 1]));
        auto const m = find_money(text, at + words.size());
        if (word_start && m && m->begin <= at + words.size() + 1) {
            return m->value;
        }
    }
    return std::nullopt;
}

/// a + b, exact, with the one subtraction decimal_t offers.
std::optional<decimal_t> sum(decimal_t const &a, decimal_t const &b)
{
    auto const negative = decimal_t::parse("0")->minus(b);
    return negative ? a.minus(*negative) : std::nullopt;
}

std::optional<decimal_t> new_total(std::string_view text, std::string_view low, std::size_t verb)
{
    change_amounts_t a{money_after(text, low, "from ", verb), money_after(text, low, "by ", verb),
                       money_after(text, low, "to ", verb)};
    if (a.to) {
        return a.to;
    }
    if (a.from && a.by) {
        bool const down = low.find("reduc", verb) == verb || low.find("decreas", verb) == verb;
        return down ? a.from->minus(*a.by) : sum(*a.from, *a.by);
    }
    return std::nullopt;
}

std::optional<date_t> effective_date(prose_sentence_t const &s)
{
    auto const at = s.low.find("effective");
    if (at == std::string::npos) {
        return std::nullopt;
    }
    auto const d = find_date_words(s.text, at);
    return d ? std::optional{d->date} : std::nullopt;
}

std::optional<placed_event_t> capacity_change(document_view_t const &doc, std::optional<date_t> document_date,
                                              std::vector<std::string> *warnings)
{
    auto const &sentences = doc.sentences();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto const &s = sentences[i];
        auto const verb = find_any(s.low, CHANGE_VERBS);
        if (!verb || !contains_any(s.low, CAPACITY_NOUNS) || contains_any(s.low, POSSIBLE_CHANGE) ||
            is_public_float_sentence(s.low) || !about_program(s.low) || s.low.find('$') == std::string::npos) {
            continue;
        }
        auto const total = new_total(s.text, s.low, *verb);
        if (!total) {
            warnings->push_back("capacity: a change of the program's size without the new total");
            continue;
        }
        offering_event_t e;
        e.type = offering_event_type_t::capacity_changed;
        e.new_capacity = total;
        e.date = effective_date(s);
        e.date = e.date ? e.date : document_date;
        return placed_event_t{std::move(e), i};
    }
    return std::nullopt;
}

/// The first amount the sentences in [from, to) offer the program for.
std::optional<decimal_t> offered_amount(document_view_t const &doc, std::size_t from, std::size_t to)
{
    for (auto i = from; i < to; ++i) {
        auto const &s = doc.sentences()[i];
        bool const cover_line = doc.in_lead(i) && (s.low.starts_with("up to $") || contains_any(s.low, COVER_AMOUNT));
        if (!(cover_line || about_program(s.low)) || is_public_float_sentence(s.low) ||
            contains_any(s.low, NOT_THE_MAXIMUM)) {
            continue;
        }
        for (auto const words : OFFERED_AMOUNT) {
            if (auto m = money_after(s.text, s.low, words, 0)) {
                return m;
            }
        }
    }
    return std::nullopt;
}

} // namespace

capacity_found_t find_capacity(document_view_t const &doc, std::optional<date_t> document_date,
                               std::vector<std::string> *warnings)
{
    capacity_found_t found;
    found.change = capacity_change(doc, document_date, warnings);
    if (found.change) {
        found.maximum = found.change->event.new_capacity;
        return found;
    }
    found.maximum = offered_amount(doc, 0, doc.lead_end());
    if (!found.maximum) {
        found.maximum = offered_amount(doc, doc.lead_end(), doc.sentences().size());
    }
    return found;
}
