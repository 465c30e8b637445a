// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/state-changes.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// A sentence that changes the program's state holds one of these.
constexpr std::array<std::string_view, 8> CHANGE_STEMS{"suspen",   "resum",     "recommenc", "reinstat",
                                                       "terminat", "will not ", "cancel",    "expired"};

constexpr std::array<std::string_view, 5> RESUME{"resume", "resuming", "resumption", "recommence", "reinstat"};

/// A resumption stated as a fact or as the document's purpose.
constexpr std::array<std::string_view, 13> RESUME_STATED{
    "purpose of this", "are resuming", "hereby resume", "we resumed", "will resume",   "to resume",  "have resumed",
    "is resuming",     "recommence",   "resumption of", "reinstated", "resumed sales", "resumed the"};

/// A suspension stated as a fact or as the document's purpose.
constexpr std::array<std::string_view, 17> SUSPEND_STATED{
    "purpose of this",    "are suspending", "have suspended",     "hereby suspend",      "we suspended",
    "is suspended",       "are suspended",  "has been suspended", "have been suspended", "is suspending",
    "to suspend",         "suspension of",  "we suspend",         "will suspend",        "elected to suspend",
    "decided to suspend", "suspended sales"};

/// A right to suspend, not a suspension.
constexpr std::array<std::string_view, 4> NOT_A_SUSPENSION{" can ", " could ", "right to suspend", "either party"};

/// "We will not make any sales ... unless and until a new prospectus supplement is filed".
constexpr std::array<std::string_view, 3> NO_SALES_UNTIL{"will not make any sales", "will not sell any",
                                                         "will not offer or sell"};

/// A termination stated as a fact, a notice or the document's purpose.
constexpr std::array<std::string_view, 42> TERMINATE_STATED{"notice of termination",
                                                            "notice to terminate",
                                                            "written notice",
                                                            "election to terminate",
                                                            "decision to terminate",
                                                            "program expired",
                                                            "terminated its",
                                                            "terminated our",
                                                            "terminated that",
                                                            "company terminated",
                                                            "voluntarily terminated",
                                                            "canceled the",
                                                            "cancelled the",
                                                            "delivered notice",
                                                            "delivered written notice",
                                                            "gave notice",
                                                            "provided notice",
                                                            "have terminated",
                                                            "has terminated",
                                                            "was terminated",
                                                            "has been terminated",
                                                            "is terminated",
                                                            "were terminated",
                                                            "are terminating",
                                                            "is terminating",
                                                            "hereby terminate",
                                                            "we terminated",
                                                            "elected to terminate",
                                                            "agreed to terminate",
                                                            "purpose of this",
                                                            "will terminate on",
                                                            "terminates on",
                                                            "termination is effective",
                                                            "termination will be effective",
                                                            "termination became effective",
                                                            "terminated effective",
                                                            "terminate effective",
                                                            "terminates effective",
                                                            "terminated on",
                                                            "terminated as of",
                                                            "mutually terminated",
                                                            "terminated the"};

/// The agreement stays: what ends is the offering under one supplement (a suspension).
constexpr std::array<std::string_view, 4> REMAINS_IN_FORCE{"remains in full force and effect",
                                                           "remain in full force and effect", "remains in effect",
                                                           "will remain in effect"};

/// What a termination ends when it is not the agreement: the offering under one prospectus
/// (supplement). The agreement stays and sales may start again under a new supplement: a
/// suspension ("The prospectus underlying the ATM program was terminated on DATE",
/// "Termination of At-the-Market Offering Prospectus Supplement").
constexpr std::array<std::string_view, 4> ENDS_A_PROSPECTUS{"prospectus underlying", "termination of the prospectus",
                                                            "offering prospectus supplement",
                                                            "prospectus was terminated"};

/// A termination "with respect to" one agent ends that agent's part only: an agent change
/// (see agents.hpp), not the program's end.
constexpr std::string_view ONE_AGENT = "with respect to";

/// How far after the verb of a termination a condition still bears on it ("terminate upon
/// the earlier of", "terminate the agreement if").
constexpr std::size_t CONDITION_AFTER_VERB = 40;

/// Words before a date that make it a document's, not the day of an act.
constexpr std::array<std::string_view, 4> DOCUMENT_DATED{"dated ", "dated as of ", "filed on ",
                                                         "filed with the sec on "};

/// Words right before the day a change takes effect.
constexpr std::array<std::string_view, 3> TAKES_EFFECT{"effective on ", "effective as of ", "effective "};

/// ... and those of each kind of change ("which we suspended on DATE" in a resumption
/// dates the suspension, not the resumption).
constexpr std::array<std::string_view, 4> TERMINATES_ON{"will terminate on ", "terminates on ", "terminated on ",
                                                        "terminate on "};
constexpr std::array<std::string_view, 2> SUSPENDS_ON{"suspended sales on ", "suspend sales on "};
constexpr std::array<std::string_view, 3> RESUMES_ON{"resumed on ", "resume sales on ", "will resume on "};

/// "The termination is effective on DATE" may follow the notice by a sentence or two.
constexpr std::size_t EFFECTIVE_DATE_SENTENCES = 2;

/// "we terminated our sales agreement with Cowen and Company, LLC": how far after the verb
/// the agreement it ends is named.
constexpr std::size_t TERMINATED_NAME_GAP = 80;

/// How far after "effective" its date starts ("effective as of the close of business on").
constexpr std::size_t TAKES_EFFECT_GAP = 30;

std::optional<date_t> date_after(prose_sentence_t const &s, phrases_t words)
{
    for (auto at = find_any(s.low, words); at; at = find_any(s.low, words, *at + 1)) {
        if (auto const d = find_date_words(s.text, *at); d && d->begin <= *at + TAKES_EFFECT_GAP) {
            return d->date;
        }
    }
    return std::nullopt;
}

/// The day a change of the given kind takes effect, if the sentence says.
std::optional<date_t> takes_effect(prose_sentence_t const &s, phrases_t kind_words)
{
    auto const effective = date_after(s, TAKES_EFFECT);
    return effective ? effective : date_after(s, kind_words);
}

bool is_resumption(std::string_view low)
{
    return contains_any(low, RESUME) && contains_any(low, RESUME_STATED) &&
           !contains_any(low, std::array<std::string_view, 3>{"unless and until", "until we file", " may resume"});
}

bool is_suspension(std::string_view low)
{
    bool const suspends = low.find("suspend") != std::string_view::npos && contains_any(low, SUSPEND_STATED) &&
                          !says_may(low) && !contains_any(low, NOT_A_SUSPENSION);
    bool const no_sales = contains_any(low, NO_SALES_UNTIL) && low.find("until") != std::string_view::npos;
    return (suspends || no_sales) && !contains_any(low, RESUME);
}

/// "terminate the Sales Agreement with respect to Hollow Pine Securities": a name follows.
bool ends_one_agent(prose_sentence_t const &s)
{
    auto const at = s.low.find(ONE_AGENT);
    auto const name = at == std::string::npos ? at : at + ONE_AGENT.size() + 1;
    return name < s.text.size() && std::isupper(static_cast<unsigned char>(s.text[name])) != 0;
}

/// The part of a sentence where a condition would bear on its termination: up to just after
/// the verb ("Either party may terminate", "will terminate upon the earlier of"), not a
/// clause describing the agreement further on ("under which the Company could sell").
std::string_view termination_clause(std::string_view low)
{
    auto const verb = find_any(low, std::array<std::string_view, 2>{"terminat", "expired"});
    return low.substr(0, verb ? *verb + CONDITION_AFTER_VERB : 0);
}

bool is_termination(prose_sentence_t const &s)
{
    auto const &low = s.low;
    bool const stated = (low.find("terminat") != std::string::npos || low.find("expired") != std::string::npos) &&
                        contains_any(low, TERMINATE_STATED);
    // "Termination of "At-the-Market" Offering Prospectus Supplement": a heading.
    bool const heading = low.find("termination of") != std::string::npos && contains_any(low, ENDS_A_PROSPECTUS);
    return (stated || heading) && !is_conditional(termination_clause(low)) && !ends_one_agent(s);
}

/// A termination of the offering under a prospectus, not of the agreement.
bool ends_a_prospectus(std::string_view low) { return contains_any(low, ENDS_A_PROSPECTUS); }

/// "On November 13, 2024, we reinstated the program": the day a sentence opens with.
std::optional<date_t> opening_date(prose_sentence_t const &s)
{
    auto const d = s.low.starts_with("on ") ? find_date_words(s.text, 3) : std::nullopt;
    return d && d->begin == 3 ? std::optional{d->date} : std::nullopt;
}

/// The first date a sentence gives to an act ("On DATE, we terminated"), not to a document
/// ("the Sales Agreement, dated DATE", "a prospectus supplement filed on DATE").
std::optional<date_t> act_date(prose_sentence_t const &s)
{
    for (auto d = find_date_words(s.text); d; d = find_date_words(s.text, d->end)) {
        auto const before = std::string_view{s.low}.substr(0, d->begin);
        if (!std::any_of(DOCUMENT_DATED.begin(), DOCUMENT_DATED.end(), [&](auto w) { return before.ends_with(w); })) {
            return d->date;
        }
    }
    return std::nullopt;
}

/// The day a termination takes effect: in its sentence, else in the next ones of its
/// paragraph ("The termination is effective on DATE"), else the day of the act or of the
/// notice, else `otherwise` (for an earlier agreement ended as this one starts: the day
/// this one was entered into).
std::optional<date_t> termination_date(document_view_t const &doc, std::size_t i, std::optional<date_t> otherwise,
                                       std::vector<std::string> *warnings)
{
    auto const &sentences = doc.sentences();
    for (auto k = i; k < sentences.size() && k <= i + EFFECTIVE_DATE_SENTENCES; ++k) {
        if (k != i && (sentences[k].paragraph != sentences[i].paragraph ||
                       sentences[k].low.find("terminat") == std::string::npos)) {
            continue;
        }
        if (auto const d = takes_effect(sentences[k], TERMINATES_ON)) {
            return d;
        }
    }
    if (auto const d = act_date(sentences[i])) {
        if (sentences[i].low.find("notice") != std::string::npos) {
            warnings->push_back("termination: no effective date stated; dated by the notice");
        }
        return d;
    }
    if (otherwise) {
        warnings->push_back("termination: an earlier agreement ended as this one began, on no stated day; dated by "
                            "this one's date");
    }
    return otherwise;
}

/// Whether the agreement a sentence ends is an earlier one: the first named after
/// "terminat" ("we terminated our sales agreement with X, dated D1, and entered into a new
/// sales agreement"), else whether it names earlier agreements only.
bool terminates_prior(agreement_found_t const &agreement, std::size_t i, std::string_view low)
{
    auto const verb = low.find("terminat");
    for (auto const &m : agreement.mentions) {
        if (m.sentence == i && verb != std::string_view::npos && m.begin > verb &&
            m.begin <= verb + TERMINATED_NAME_GAP) {
            return m.prior;
        }
    }
    return agreement.names_only_prior(i);
}

/// "The Equity Distribution Agreement remains in full force and effect": said of the
/// program's agreement (not of an indenture or a license elsewhere in the document).
bool agreement_stays(document_view_t const &doc)
{
    return std::any_of(doc.sentences().begin(), doc.sentences().end(), [](prose_sentence_t const &s) {
        return contains_any(s.low, REMAINS_IN_FORCE) &&
               (names_atm_agreement(s.low) || contains_word(s.low, "agreement"));
    });
}

struct changes_t
{
    std::vector<placed_event_t> events;

    bool has(offering_event_type_t type, bool prior) const
    {
        return std::any_of(events.begin(), events.end(), [&](auto const &p) {
            return p.event.type == type && p.event.agreement.has_value() == prior;
        });
    }

    void add(offering_event_type_t type, std::optional<date_t> date, std::size_t sentence,
             std::optional<agreement_ref_t> agreement = std::nullopt)
    {
        // Filled in place: GCC 12 misreads a moved optional<decimal_t> as uninitialized.
        auto &p = events.emplace_back();
        p.sentence = sentence;
        p.event.type = type;
        p.event.date = date;
        p.event.agreement = std::move(agreement);
    }
};

void read_sentence(document_view_t const &doc, agreement_found_t const &agreement, std::size_t i,
                   std::optional<date_t> document_date, changes_t *out, std::vector<std::string> *warnings)
{
    auto const &s = doc.sentences()[i];
    if (!contains_any(s.low, CHANGE_STEMS) || is_public_float_sentence(s.low) || !about_program(doc, agreement, i)) {
        return; // most sentences, at the cost of one scan
    }
    auto const dated = [&](phrases_t kind_words) {
        auto const d = takes_effect(s, kind_words);
        return d ? d : (opening_date(s) ? opening_date(s) : document_date);
    };
    bool const prior = agreement.ended && terminates_prior(agreement, i, s.low);
    if (is_resumption(s.low) && !out->has(offering_event_type_t::resumed, false)) {
        out->add(offering_event_type_t::resumed, dated(RESUMES_ON), i);
    }
    if (is_suspension(s.low) && !out->has(offering_event_type_t::suspended, false)) {
        out->add(offering_event_type_t::suspended, dated(SUSPENDS_ON), i);
    }
    if (!is_termination(s) || out->has(offering_event_type_t::terminated, prior)) {
        return;
    }
    if (!prior && (agreement_stays(doc) || ends_a_prospectus(s.low))) {
        if (!out->has(offering_event_type_t::suspended, false)) {
            out->add(offering_event_type_t::suspended, dated(TERMINATES_ON), i);
        }
        return;
    }
    out->add(offering_event_type_t::terminated,
             termination_date(doc, i, prior ? agreement.date : std::nullopt, warnings), i,
             prior ? agreement.ended : std::nullopt);
}

} // namespace

std::vector<placed_event_t> find_state_changes(document_view_t const &doc, agreement_found_t const &agreement,
                                               std::optional<date_t> document_date, std::vector<std::string> *warnings)
{
    changes_t changes;
    for (std::size_t i = 0; i < doc.sentences().size(); ++i) {
        read_sentence(doc, agreement, i, document_date, &changes, warnings);
    }
    return std::move(changes.events);
}
