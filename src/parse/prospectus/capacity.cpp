// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/capacity.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <algorithm>
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

/// Dilution tables speak of increases of book value per share, not of the program's size.
constexpr std::array<std::string_view, 3> NOT_A_CHANGE{"net tangible book value", "dilution", "assum"};

/// A change by an amount ("increase ... by up to an additional $400,000,000"): a change whose
/// new total is not stated.
constexpr std::array<std::string_view, 2> INCREMENT{"an additional $", "additional amount of $"};

/// A possibility, not a change.
constexpr std::array<std::string_view, 4> POSSIBLE_CHANGE{"may increase", "may reduce", "may decrease",
                                                          "right to increase"};

/// How the amount the program offers is given, most specific first; the amount follows.
/// The first STRONG_WORDS of them name the agreement's size; the rest may name a part of it
/// ("up to $7.2 million remaining", a cover line of a refresh supplement).
constexpr std::array<std::string_view, 16> OFFERED_AMOUNT{"aggregate offering price of up to",
                                                          "aggregate sales price of up to",
                                                          "aggregate gross sales price of up to",
                                                          "gross sales price of up to",
                                                          "aggregate sales proceeds of up to",
                                                          "gross proceeds of up to",
                                                          "gross proceeds up to",
                                                          "maximum aggregate offering price of",
                                                          "aggregate amount not to exceed",
                                                          "aggregate offering price of",
                                                          "aggregate sales price of",
                                                          "in excess of",
                                                          "exceed",
                                                          "up to an additional",
                                                          "up to",
                                                          "offering price up to"};
constexpr std::size_t STRONG_WORDS = 11;

/// The cover's title states the program's amount: "Common Stock Having an Aggregate Sales
/// Price of up to $1,500,000,000".
constexpr std::array<std::string_view, 4> COVER_AMOUNT{"aggregate offering price of up to",
                                                       "aggregate sales price of up to", "gross sales price of up to",
                                                       "aggregate sales proceeds of up to"};

/// A cover's sentence that offers the program's amount without naming the agreement:
/// "Pursuant to this prospectus, we may offer and sell up to $50.0 million of our common stock".
constexpr std::array<std::string_view, 3> OFFERS_UP_TO{"may offer and sell up to $", "may sell up to $",
                                                       "may issue and sell up to $"};

/// Sentences about other money than the program's size: the agents' expenses we pay
/// ("reimburse ... up to $50,000"), proceeds.
constexpr std::array<std::string_view, 5> NOT_ABOUT_THE_MAXIMUM{"reimburse", "expenses", "disbursements",
                                                                "proceeds of approximately", "net proceeds"};

/// Words of sales made: an amount after them is what was sold ("we have sold shares
/// having an aggregate offering price of $X").
constexpr std::array<std::string_view, 9> SOLD_BEFORE{"have sold",       "has sold",         "had sold",
                                                      "we sold",         "been sold",        "were sold",
                                                      "previously sold", "offered and sold", "issued and sold"};

/// Words right after an amount that make it no maximum: a price per share ("par value
/// $0.01 per share").
constexpr std::array<std::string_view, 3> NOT_THE_MAXIMUM_AFTER{" per share", " per ads", " per common"};

/// The rest of an amount's clause telling what remains: "up to $510,500,000 of our common
/// stock remain available", "up to $7.2 million remaining under the Sales Agreement".
constexpr std::string_view REMAINS = "remain";

/// How far after an amount its clause may tell that it remains.
constexpr std::size_t REMAINS_WINDOW = 80;

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

/// Words between "to" and the new total: "to an aggregate offering price of up to $Y".
constexpr std::array<std::string_view, 12> TO_TOTAL_WORDS{"an", "aggregate", "offering", "sales", "gross",   "price",
                                                          "of", "up",        "to",       "total", "maximum", "amount"};

/// The most words between "to" and the new total.
constexpr std::size_t TO_TOTAL_GAP_WORDS = 7;

/// The new total after "to" ("to $75,000,000", "to an aggregate offering price of up to
/// $75,000,000"), not an increment ("by up to an additional $25,000,000").
std::optional<decimal_t> total_after_to(std::string_view text, std::string_view low, std::size_t verb)
{
    for (auto at = find_word(low, "to", verb); at != std::string_view::npos; at = find_word(low, "to", at + 1)) {
        if (low.substr(0, at).ends_with("up ") && !low.substr(0, at).ends_with("to up ")) {
            continue; // "may sell additional shares for up to $X": what remains, not the new total
        }
        auto pos = at + 3;
        for (std::size_t n = 0; n < TO_TOTAL_GAP_WORDS && pos < low.size(); ++n) {
            auto const end = std::min(low.size(), low.find(' ', pos));
            if (std::find(TO_TOTAL_WORDS.begin(), TO_TOTAL_WORDS.end(), low.substr(pos, end - pos)) ==
                TO_TOTAL_WORDS.end()) {
                break;
            }
            pos = end + 1;
        }
        if (auto const m = find_money(text, pos); m && m->begin == pos) {
            return m->value;
        }
    }
    return std::nullopt;
}

std::optional<decimal_t> new_total(std::string_view text, std::string_view low, std::size_t verb)
{
    if (auto to = total_after_to(text, low, verb)) {
        return to;
    }
    change_amounts_t const a{money_after(text, low, "from ", verb), money_after(text, low, "by ", verb), std::nullopt};
    if (a.from && a.by) {
        bool const down = low.find("reduc", verb) == verb || low.find("decreas", verb) == verb;
        return down ? a.from->minus(*a.by) : sum(*a.from, *a.by);
    }
    return std::nullopt;
}

/// The day a change of size takes effect: "effective DATE", else the day the sentence opens
/// with ("On February 23, 2024, we entered into Amendment No. 1 ... to increase"), else that
/// of the agreement's latest amendment, else the document's.
std::optional<date_t> change_date(prose_sentence_t const &s, agreement_found_t const &agreement,
                                  std::optional<date_t> document_date)
{
    if (auto const at = s.low.find("effective"); at != std::string::npos) {
        if (auto const d = find_date_words(s.text, at)) {
            return d->date;
        }
    }
    if (auto const d = find_date_words(s.text); d && s.low.substr(0, d->begin).ends_with("on ")) {
        return d->date;
    }
    std::optional<date_t> latest;
    for (auto const &a : agreement.amendments) {
        latest = a.date && (!latest || *a.date > *latest) ? a.date : latest;
    }
    return latest ? latest : document_date;
}

std::optional<placed_event_t> capacity_change(document_view_t const &doc, agreement_found_t const &agreement,
                                              std::optional<date_t> document_date, std::vector<std::string> *warnings)
{
    auto const &sentences = doc.sentences();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto const &s = sentences[i];
        auto const verb = find_any(s.low, CHANGE_VERBS);
        if (!verb || !contains_any(s.low, CAPACITY_NOUNS) || contains_any(s.low, POSSIBLE_CHANGE) ||
            contains_any(s.low, NOT_A_CHANGE) || is_public_float_sentence(s.low) || !about_program(doc, agreement, i) ||
            s.low.find('$') == std::string::npos) {
            continue;
        }
        auto const total = new_total(s.text, s.low, *verb);
        if (!total && !contains_any(s.low, INCREMENT)) {
            continue;
        }
        if (!total) {
            warnings->push_back("capacity: the program's size changed by an increment; its new total is not stated");
        }
        offering_event_t e;
        e.type = offering_event_type_t::capacity_changed;
        e.new_capacity = total;
        e.date = change_date(s, agreement, document_date);
        return placed_event_t{std::move(e), i};
    }
    return std::nullopt;
}

/// An amount after the words at `at` that is the program's size: not what was sold
/// before it, nor a price per share or what remains after it.
bool is_the_maximum(prose_sentence_t const &s, std::size_t at, std::size_t amount_end)
{
    auto const after = std::string_view{s.low}.substr(amount_end);
    auto const clause = after.substr(0, std::min({after.find(','), after.find(';'), REMAINS_WINDOW, after.size()}));
    return !contains_any(std::string_view{s.low}.substr(0, at), SOLD_BEFORE) &&
           clause.find(REMAINS) == std::string_view::npos &&
           std::none_of(NOT_THE_MAXIMUM_AFTER.begin(), NOT_THE_MAXIMUM_AFTER.end(),
                        [&](auto w) { return after.starts_with(w); });
}

/// An amount offered, and whether its words name the agreement's size (see STRONG_WORDS).
struct offered_t
{
    decimal_t value;
    bool strong = false;
};

/// The first amount of the sentence that OFFERED_AMOUNT's words give as the program's size.
std::optional<offered_t> offered_in(prose_sentence_t const &s)
{
    for (std::size_t w = 0; w < OFFERED_AMOUNT.size(); ++w) {
        auto const words = OFFERED_AMOUNT[w];
        for (auto at = s.low.find(words); at != std::string::npos; at = s.low.find(words, at + 1)) {
            bool const word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(s.low[at - 1]));
            auto const m = find_money(s.text, at + words.size());
            if (word_start && m && m->begin <= at + words.size() + 1 && is_the_maximum(s, at, m->end)) {
                return offered_t{m->value, w < STRONG_WORDS};
            }
        }
    }
    return std::nullopt;
}

/// The amount the sentences in [from, to) offer the program for: the largest one their
/// words give as the agreement's size (a refresh supplement's cover shows what remains, a
/// baby shelf's what may be sold now), else the first one offered.
std::optional<decimal_t> offered_amount(document_view_t const &doc, agreement_found_t const &agreement,
                                        std::size_t from, std::size_t to, std::vector<std::string> *warnings)
{
    std::optional<decimal_t> strongest;
    std::optional<decimal_t> first;
    for (auto i = from; i < to; ++i) {
        auto const &s = doc.sentences()[i];
        bool const cover_line = doc.in_lead(i) && (s.low.starts_with("up to $") || contains_any(s.low, COVER_AMOUNT) ||
                                                   contains_any(s.low, OFFERS_UP_TO));
        if (!(cover_line || about_program(doc, agreement, i)) || is_public_float_sentence(s.low) ||
            contains_any(s.low, NOT_ABOUT_THE_MAXIMUM) || agreement.names_only_prior(i)) {
            continue;
        }
        if (auto const m = offered_in(s)) {
            first = first ? first : m->value;
            strongest = m->strong && (!strongest || *strongest < m->value) ? m->value : strongest;
        }
    }
    if (strongest && first && *first != *strongest) {
        warnings->push_back("capacity: " + first->str() + " offered first, the agreement's " + strongest->str() +
                            " taken (the first is a part: what remains, or what may be sold now)");
    }
    return strongest ? strongest : first;
}

} // namespace

capacity_found_t find_capacity(document_view_t const &doc, agreement_found_t const &agreement,
                               std::optional<date_t> document_date, std::vector<std::string> *warnings)
{
    capacity_found_t found;
    found.change = capacity_change(doc, agreement, document_date, warnings);
    if (found.change && found.change->event.new_capacity) {
        found.maximum = found.change->event.new_capacity;
        return found;
    }
    found.maximum = offered_amount(doc, agreement, 0, doc.lead_end(), warnings);
    if (!found.maximum) {
        found.maximum = offered_amount(doc, agreement, doc.lead_end(), doc.sentences().size(), warnings);
    }
    return found;
}
