// SPDX-License-Identifier: GPL-2.0-or-later
// Puts the extractors' findings together into a filing: each fact has its own extractor
// (cover.hpp, agreement.hpp, agents.hpp, capacity.hpp, commission.hpp, sales.hpp,
// state-changes.hpp) and program-decision.hpp decides whether there is a program at all.
#include "parse/prospectus/prospectus.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/agents.hpp"
#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/capacity.hpp"
#include "parse/prospectus/commission.hpp"
#include "parse/prospectus/cover.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/establishment.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-decision.hpp"
#include "parse/prospectus/sales.hpp"
#include "parse/prospectus/state-changes.hpp"

#include <algorithm>
#include <array>

namespace {

/// "Prospectus supplement" twice in the head of a text, or a "Rule 424(b)" line.
constexpr std::size_t HEAD_CHARS = 20000;

/// A supplement whose cover offers shares under the program does not suspend or end it in
/// its body: "we suspended sales under our ATM during the quarter", "in 2021 we terminated
/// our sales agreement" tell of the past or of another agreement. Left out, with a warning.
void drop_past_changes(document_view_t const &doc, std::vector<placed_event_t> *events,
                       std::vector<std::string> *warnings)
{
    if (!cover_offers(doc)) {
        return;
    }
    std::erase_if(*events, [&](placed_event_t const &p) {
        auto const t = p.event.type;
        bool const past = !p.event.agreement && !doc.in_lead(p.sentence) &&
                          (t == offering_event_type_t::suspended || t == offering_event_type_t::terminated ||
                           t == offering_event_type_t::resumed);
        if (past) {
            warnings->push_back(std::string{"event "} + std::string{to_string(t)} +
                                ": told in the body of a supplement that offers shares; taken as past and left out");
        }
        return past;
    });
}

filing_t cover_filing(document_view_t const &doc, prospectus_context_t const &context)
{
    filing_t f;
    f.kind = document_kind_t::prospectus;
    auto const stated = find_stated_form_type(doc);
    f.form_type = form_type_t::parse(!context.form_type.empty() ? context.form_type : stated.value_or(""));
    f.accession = context.accession;
    f.filed_date = context.filed_date;
    auto const issuer = find_issuer(doc);
    f.issuer.name = context.issuer_name.value_or(issuer.name.value_or(""));
    f.issuer.cik = context.issuer_cik;
    f.issuer.ticker = issuer.ticker;
    if (!context.issuer_name && issuer.from_definition) {
        f.warnings.emplace_back("issuer: no name on the cover; taken from where \"we\" are defined");
    }
    return f;
}

/// Every event the extractors found, in the order the document tells them.
std::vector<placed_event_t> placed_events(capacity_found_t const &capacity, std::vector<placed_event_t> sales,
                                          std::vector<placed_event_t> changes, agents_found_t const &agents)
{
    std::vector<placed_event_t> events;
    if (capacity.change) {
        events.push_back(*capacity.change);
    }
    std::move(sales.begin(), sales.end(), std::back_inserter(events));
    std::move(changes.begin(), changes.end(), std::back_inserter(events));
    if (agents.changed) {
        events.push_back(*agents.changed);
    }
    std::stable_sort(events.begin(), events.end(),
                     [](auto const &a, auto const &b) { return a.sentence < b.sentence; });
    return events;
}

void fill_program(document_view_t const &doc, agreement_found_t const &agreement,
                  std::vector<placed_event_t> const &events, offering_t *o, std::vector<std::string> *warnings)
{
    o->is_atm = true;
    o->agreement_type = agreement.type;
    o->agreement_date = agreement.date ? agreement.date : (agreement.dated_hereof ? o->document_date : std::nullopt);
    o->amendments = agreement.amendments;
    o->commission_rate = find_commission_rate(doc);
    if (establishes(doc, agreement, events)) {
        offering_event_t e;
        e.type = offering_event_type_t::established;
        e.date = o->agreement_date ? o->agreement_date : o->document_date;
        o->events.push_back(std::move(e));
    }
    for (auto const &p : events) {
        o->events.push_back(p.event);
        if (!o->events.back().date) {
            o->events.back().date = o->document_date;
            warnings->push_back(std::string{"event "} + std::string{to_string(p.event.type)} +
                                ": no date stated; dated by the document");
        }
    }
    if (!o->agreement_date) {
        warnings->push_back("agreement: no date stated for the " + o->agreement_type.value_or("agreement"));
    }
    if (!o->max_aggregate_offering_price) {
        warnings->push_back("capacity: no maximum aggregate offering price stated");
    }
}

/// What the extractors read of the program, before anyone decides there is one.
struct extracted_t
{
    agreement_found_t agreement;
    agents_found_t agents;
    capacity_found_t capacity;
    std::vector<placed_event_t> events;
    std::vector<std::string> warnings;
};

extracted_t extract(document_view_t const &doc, std::string_view issuer_name, std::optional<date_t> document_date)
{
    extracted_t x;
    x.agreement = find_agreement(doc, &x.warnings);
    x.agents = find_agents(doc, x.agreement, issuer_name, document_date, &x.warnings);
    x.capacity = find_capacity(doc, x.agreement, document_date, &x.warnings);
    x.events = placed_events(x.capacity, find_sales(doc, x.agreement, document_date, x.capacity.maximum),
                             find_state_changes(doc, x.agreement, document_date, &x.warnings), x.agents);
    drop_past_changes(doc, &x.events, &x.warnings);
    return x;
}

void fill_extracted(document_view_t const &doc, extracted_t x, offering_t *o, std::vector<std::string> *warnings)
{
    o->agents = std::move(x.agents.agents);
    o->max_aggregate_offering_price = x.capacity.maximum;
    fill_program(doc, x.agreement, x.events, o, &x.warnings);
    std::move(x.warnings.begin(), x.warnings.end(), std::back_inserter(*warnings));
}

offering_t read_offering(document_view_t const &doc, filing_t const &f, prospectus_context_t const &context,
                         std::vector<std::string> *warnings)
{
    offering_t o;
    o.registration_no = find_registration_no(doc);
    if (!o.registration_no && context.file_number && context.file_number->starts_with("333-")) {
        o.registration_no = context.file_number;
    }
    o.document_date = find_document_date(doc);
    if (!o.document_date && context.filed_date) {
        o.document_date = context.filed_date;
        warnings->push_back("document date: none stated; the submission's filing date is used");
    }
    auto x = extract(doc, f.issuer.name, o.document_date);
    bool const event_on_cover =
        std::any_of(x.events.begin(), x.events.end(), [&](auto const &p) { return doc.in_lead(p.sentence); });
    auto const decision = decide_program(doc, x.agreement, event_on_cover);
    if (!decision.is_atm) {
        if (x.agreement.type) {
            warnings->push_back("not an at-the-market program though it names a " + *x.agreement.type + ": " +
                                decision.reason);
        }
        return o;
    }
    fill_extracted(doc, std::move(x), &o, warnings);
    return o;
}

} // namespace

bool looks_like_prospectus(std::string_view text)
{
    auto const head = lower(text.substr(0, std::min(text.size(), HEAD_CHARS)));
    return head.find("rule 424(b)") != std::string::npos || count_of(head, "prospectus supplement") >= 2 ||
           (head.find("supplement no.") != std::string::npos && head.find("prospectus") != std::string::npos);
}

prospectus_result_t parse_prospectus(std::string_view text, prospectus_context_t const &context)
{
    prospectus_result_t result;
    document_view_t const doc{text};
    auto f = cover_filing(doc, context);
    if (f.issuer.name.empty()) {
        result.error = "prospectus supplement without an issuer: no submission header, no company name on the cover "
                       "and none defined as \"we\"";
        return result;
    }
    f.offering = read_offering(doc, f, context, &f.warnings);
    result.filing = std::move(f);
    return result;
}

offering_t read_atm_facts(std::string_view text, std::vector<std::string> *warnings)
{
    document_view_t const doc{text};
    offering_t o;
    o.registration_no = find_registration_no(doc);
    o.document_date = find_document_date(doc);
    auto x = extract(doc, find_issuer(doc).name.value_or(""), o.document_date);
    if (x.agreement.type) {
        fill_extracted(doc, std::move(x), &o, warnings);
    }
    return o;
}
