// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/commission.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <array>

namespace {

/// Words of pay: the percentage follows them.
constexpr std::array<std::string_view, 4> PAY_WORDS{"commission", "compensation", "placement fee", "sales fee"};

/// What a commission is a percentage of: "3.0% of the gross proceeds".
constexpr std::array<std::string_view, 8> OF_PROCEEDS{"of the gross",
                                                      "of gross",
                                                      "of the aggregate gross",
                                                      "of the sales price",
                                                      "of the aggregate sales price",
                                                      "of the proceeds",
                                                      "of the aggregate offering price",
                                                      "of the gross sales price"};

/// Not pay: the regulator, ownership limits.
constexpr std::array<std::string_view, 3> NOT_PAY{"securities and exchange commission", "beneficial", "outstanding"};

/// The percentage follows the pay word closely: "a commission rate of up to 3.0%", "a
/// commission equal to up to 1% of", "compensation ... at a commission rate of".
constexpr std::size_t PAY_TO_PERCENT = 120;

/// "3.0% of the gross proceeds": the words of what it is a percentage of come right after.
constexpr std::size_t PERCENT_TO_PROCEEDS = 12;

/// Words of a percentage a commission may exceed.
constexpr std::array<std::string_view, 4> EXCEEDED{"may exceed", "might exceed", "could exceed", "in excess of"};

/// How far before the percentage those words stand.
constexpr std::size_t EXCEEDED_WINDOW = 25;

/// The first pay word that is not the Commission (the regulator).
std::optional<std::size_t> pay_word(std::string_view low)
{
    for (auto at = find_any(low, PAY_WORDS); at; at = find_any(low, PAY_WORDS, *at + 1)) {
        bool const regulator = low.substr(0, *at).ends_with("exchange ") || low.substr(0, *at).ends_with("the ");
        if (!regulator || low.compare(*at, 12, "compensation") == 0) {
            return at;
        }
    }
    return std::nullopt;
}

/// A percentage a commission may go beyond ("a commission that may exceed 3.0%" on sales
/// as principal): no rate. "will not exceed, but may be lower than, 3.0%" is one.
bool is_exceeded(std::string_view low, std::size_t percent_at)
{
    auto const from = percent_at > EXCEEDED_WINDOW ? percent_at - EXCEEDED_WINDOW : 0;
    return contains_any(low.substr(from, percent_at - from), EXCEEDED);
}

std::optional<decimal_t> rate_in(prose_sentence_t const &s)
{
    if (auto const at = pay_word(s.low)) {
        if (auto const p = find_percent(s.text, *at);
            p && p->begin <= *at + PAY_TO_PERCENT && !is_exceeded(s.low, p->begin)) {
            return p->value;
        }
    }
    // "We will pay the agent an amount equal to 3.0% of the gross proceeds".
    for (auto p = find_percent(s.text); p; p = find_percent(s.text, p->end)) {
        auto const after = std::string_view{s.low}.substr(p->end, PERCENT_TO_PROCEEDS + 30);
        if (auto const of = find_any(after, OF_PROCEEDS); of && *of <= PERCENT_TO_PROCEEDS) {
            return p->value;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<decimal_t> find_commission_rate(document_view_t const &doc)
{
    for (auto const &s : doc.sentences()) {
        if (!about_program(s.low) && !contains_any(s.low, PAY_WORDS)) {
            continue;
        }
        if (contains_any(s.low, NOT_PAY) && !mentions_sales_agent(s.low)) {
            continue;
        }
        if (auto rate = rate_in(s)) {
            return rate;
        }
    }
    return std::nullopt;
}
