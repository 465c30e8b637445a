// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/establishment.hpp"

#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <algorithm>
#include <array>

namespace {

/// A supplement that amends an earlier ATM supplement reports on the program; it does not
/// set it up.
constexpr std::array<std::string_view, 7> AMENDS_A_SUPPLEMENT{"supplement no.",
                                                              "supplements and amends",
                                                              "amends and supplements",
                                                              "amends the prospectus supplement",
                                                              "amend and supplement",
                                                              "supplements the prospectus supplement",
                                                              "supplement to prospectus supplement"};

/// The cover says the agreement was made, or what this supplement is for ("relates to the
/// issuance and sale of shares ... pursuant to the sales agreement"): a passage that only
/// describes how sales are made under "the sales agreement" sets nothing up.
constexpr std::array<std::string_view, 19> ENTERED{"entered into",
                                                   "have entered",
                                                   "has entered",
                                                   "enter into",
                                                   "party to",
                                                   "between us and",
                                                   "among us and",
                                                   "by and among",
                                                   "by and between",
                                                   "confirms its agreement",
                                                   "relates to the offer",
                                                   "relate to the offer",
                                                   "relating to the offer",
                                                   "relates to the issu",
                                                   "relate to the issu",
                                                   "relating to the issu",
                                                   "relates to the sale",
                                                   "relate to the sale",
                                                   "relating to the sale"};

/// A cover sentence that offers the program's amount ("Pursuant to this prospectus
/// supplement, we may offer and sell shares ... having an aggregate offering price of up to
/// $50,000,000 ... under the Sales Agreement") sets the program up as surely.
constexpr std::array<std::string_view, 2> AMOUNT_OFFERED{"up to $", "up to us$"};

/// A supplement that offers shares under the program ("relates to the issuance and sale of").
constexpr std::array<std::string_view, 10> OFFERS{
    "may offer and sell", "may issue and sell", "may sell",          "offer and sale", "entered into",
    "may offer",          "we may issue",       "issuance and sale", "issue and sale", "relates to the sale"};

/// Where the program is described, words saying it ran before this document: an agreement
/// entered into before ("We previously entered into a sales agreement"), supplements that
/// offered shares under it before ("pursuant to a prior prospectus supplement"), one this
/// document replaces ("supersedes in its entirety our prospectus supplements dated ...").
constexpr std::array<std::string_view, 10> RAN_BEFORE{"previously entered",
                                                      "previously, on",
                                                      "we previously",
                                                      "company previously",
                                                      "prior prospectus supplement",
                                                      "previous prospectus supplement",
                                                      "original prospectus supplement",
                                                      "earlier prospectus supplement",
                                                      "prospectus supplements dated",
                                                      "supersedes in its entirety"};

/// Events that change the program: a document stating one does not establish it.
bool changes_program(offering_event_t const &e)
{
    return !e.agreement &&
           (e.type == offering_event_type_t::suspended || e.type == offering_event_type_t::resumed ||
            e.type == offering_event_type_t::terminated || e.type == offering_event_type_t::capacity_changed);
}

bool above_zero(std::optional<decimal_t> const &d) { return d && decimal_t::parse("0") < *d; }

/// Shares sold under the program's own agreement before this document.
bool reports_sales(offering_event_t const &e)
{
    return !e.agreement && e.type == offering_event_type_t::sales_update &&
           (above_zero(e.shares_sold) || above_zero(e.gross_proceeds) || above_zero(e.net_proceeds));
}

bool told_as_running(document_view_t const &doc, agreement_found_t const &agreement)
{
    for (std::size_t i = 0; i < doc.sentences().size(); ++i) {
        auto const &low = doc.sentences()[i].low;
        if (contains_any(low, RAN_BEFORE) && about_program(doc, agreement, i) && !agreement.names_only_prior(i)) {
            return true;
        }
    }
    return false;
}

/// The cover says the agreement was made (see ENTERED), offers its amount, or names it
/// with its date ("relates to the offer and sale ... under an equity distribution agreement,
/// dated February 14, 2024").
bool states_agreement_made(document_view_t const &doc, agreement_found_t const &agreement)
{
    for (std::size_t i = 0; i < doc.lead_end(); ++i) {
        auto const &low = doc.sentences()[i].low;
        if (contains_any(low, ENTERED) || (contains_any(low, OFFERS) && contains_any(low, AMOUNT_OFFERED))) {
            return true;
        }
    }
    return std::any_of(agreement.mentions.begin(), agreement.mentions.end(),
                       [&](agreement_mention_t const &m) { return !m.prior && m.date && doc.in_lead(m.sentence); });
}

} // namespace

bool cover_offers(document_view_t const &doc)
{
    bool amends = false;
    bool offers = false;
    for (std::size_t i = 0; i < doc.lead_end(); ++i) {
        amends = amends || contains_any(doc.sentences()[i].low, AMENDS_A_SUPPLEMENT);
        offers = offers || contains_any(doc.sentences()[i].low, OFFERS);
    }
    return !amends && offers;
}

bool establishes(document_view_t const &doc, agreement_found_t const &agreement,
                 std::vector<placed_event_t> const &events)
{
    bool const running = std::any_of(events.begin(), events.end(), [](placed_event_t const &p) {
        return changes_program(p.event) || reports_sales(p.event);
    });
    return cover_offers(doc) && states_agreement_made(doc, agreement) && !running && agreement.amendments.empty() &&
           !told_as_running(doc, agreement);
}
