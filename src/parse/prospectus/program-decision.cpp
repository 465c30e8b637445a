// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/program-decision.hpp"

#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <array>
#include <optional>

namespace {

/// An underwritten offering, firm commitment or best efforts.
/// Its lock-up and its "Underwriting" section are named only there.
constexpr std::array<std::string_view, 15> UNDERWRITTEN{"underwriting agreement",
                                                        "underwriters have agreed",
                                                        "underwriter has agreed",
                                                        "firm commitment",
                                                        "the underwriters",
                                                        "option to purchase additional",
                                                        "option to purchase up to an additional",
                                                        "over-allotment",
                                                        "underwriting discount",
                                                        "representative of the underwriters",
                                                        "book-running manager",
                                                        "lock-up",
                                                        "\"underwriting\"",
                                                        "stabilization",
                                                        "covered short"};

/// A registered direct or best-efforts placement. ("Directly to the Sales Agent, acting as
/// principal" is an ATM's wording: only sales directly to investors are a placement.)
constexpr std::array<std::string_view, 13> PLACED{
    "placement agent",           "registered direct",      "securities purchase agreement",
    "directly to investors",     "directly to a single",   "directly to certain",
    "directly to institutional", "directly to purchasers", "best efforts",
    "subscription agreement",    "dealer manager",         "dealer-manager",
    "maximum primary offering"};

constexpr std::array<std::string_view, 8> RESALE{"selling stockholder",
                                                 "selling shareholder",
                                                 "selling securityholder",
                                                 "selling security holder",
                                                 "resale",
                                                 "will not receive any proceeds",
                                                 "will not receive any of the proceeds",
                                                 "are not selling any"};

/// An equity line: a buyer committed to purchase shares over time (Lincoln Park, Aspire).
constexpr std::array<std::string_view, 6> EQUITY_LINE{"commitment shares", "regular purchase", "equity line",
                                                      "lincoln park",      "aspire capital",   "purchase notice"};

/// Shares issued on the exercise of warrants, under a dividend reinvestment plan.
constexpr std::array<std::string_view, 6> OTHER_ISSUES{
    "upon the exercise of warrants", "upon exercise of warrants", "upon the exercise of the warrants",
    "upon exercise of the warrants", "dividend reinvestment",     "direct stock purchase"};

constexpr std::array<std::string_view, 11> DEBT{
    "notes due",         "senior notes",       "subordinated notes", "debentures",    "aggregate principal amount",
    "medium-term notes", "pricing supplement", "structured notes",   "market-linked", "principal amount of",
    "product supplement"};

constexpr std::array<std::string_view, 3> PRELIMINARY{"subject to completion", "preliminary prospectus supplement",
                                                      "preliminary prospectus"};

/// A sticker: the supplement attaches a report and says nothing else.
constexpr std::array<std::string_view, 4> REPORTS{"current report on form", "quarterly report on form",
                                                  "annual report on form", "report on form 6-k"};
constexpr std::array<std::string_view, 5> ATTACHES{"attached", "information contained in", "to include",
                                                   "is being filed to", "accompanies"};

struct kind_t
{
    phrases_t phrases;
    char const *reason;
};

constexpr std::array<kind_t, 6> NEGATIVE_KINDS{{
    {UNDERWRITTEN, "the cover offers an underwritten offering"},
    {PLACED, "the cover offers a registered direct or best-efforts placement"},
    {RESALE, "the cover offers a resale by selling stockholders"},
    {EQUITY_LINE, "the cover offers shares under an equity line"},
    {OTHER_ISSUES, "the cover offers shares on the exercise of warrants or under a reinvestment plan"},
    {DEBT, "the cover offers debt securities"},
}};

/// The cover describes an at-the-market program here.
bool is_positive(std::string_view low)
{
    return names_atm_agreement(low) || mentions_at_the_market(low) || mentions_sales_agent(low);
}

bool is_sticker(std::string_view low) { return contains_any(low, REPORTS) && contains_any(low, ATTACHES); }

struct first_signals_t
{
    std::optional<std::size_t> positive;
    std::optional<std::size_t> negative;
    char const *negative_reason = nullptr;
    bool sticker = false;
    bool preliminary = false;
};

first_signals_t cover_signals(document_view_t const &doc)
{
    first_signals_t first;
    for (std::size_t i = 0; i < doc.lead_end(); ++i) {
        auto const &low = doc.sentences()[i].low;
        if (!first.positive && is_positive(low)) {
            first.positive = i;
        }
        for (auto const &kind : NEGATIVE_KINDS) {
            if (!first.negative && contains_any(low, kind.phrases)) {
                first.negative = i;
                first.negative_reason = kind.reason;
            }
        }
        first.sticker = first.sticker || is_sticker(low);
        first.preliminary = first.preliminary || contains_any(low, PRELIMINARY);
    }
    return first;
}

} // namespace

program_decision_t decide_program(document_view_t const &doc, agreement_found_t const &agreement, bool event_on_cover)
{
    if (!agreement.type) {
        return {false, "no at-the-market agreement named"};
    }
    auto const first = cover_signals(doc);
    if (first.preliminary) {
        return {false, "a preliminary supplement (ATM supplements never are)"};
    }
    if (first.negative && (!first.positive || *first.negative <= *first.positive)) {
        return {false, first.negative_reason};
    }
    if (!first.positive) {
        return {false, "the cover does not describe an at-the-market program (the document only mentions one)"};
    }
    if (first.sticker && !event_on_cover) {
        return {false, "a sticker attaching a report, with no change of the program"};
    }
    return {true, {}};
}
