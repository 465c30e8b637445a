// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/agents.hpp"

#include "model/name-key.hpp"
#include "parse/prose-scan.hpp"
#include "parse/prospectus/agreement.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/firm-names.hpp"
#include "parse/prospectus/phrases.hpp"
#include "parse/prospectus/program-words.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// Sentences naming firms in other roles than sales agent.
constexpr std::array<std::string_view, 12> OTHER_ROLES{
    "counsel",   "legal matters",   "passed upon", "law firm",          "transfer agent",  "trustee",
    "registrar", "accounting firm", "auditor",     "underwriters have", "placement agent", "dealer-manager"};

/// An amendment or joinder that adds or replaces agents (removals are found by the
/// firm they name: see REMOVED_AFTER).
constexpr std::array<std::string_view, 12> CHANGE_WORDS{
    "joinder",          "to add",     "and add",   "amended to include", "as an additional", "additional sales agent",
    "additional agent", "to replace", "replacing", "became a party",     "become a party",   "to remove"};

/// Boilerplate about agents that may be added some day: no change.
constexpr std::array<std::string_view, 3> FUTURE_AGENTS{"any additional agent", "in the future",
                                                        "from time to time appoint"};

/// Words before a firm that is no longer an agent: "to replace X", "to remove X", "X is no
/// longer"; in a sentence that terminates, "terminate the Sales Agreement with respect to X"
/// ends that agent's part only.
constexpr std::array<std::string_view, 4> REMOVED_BEFORE{"replace ", "replacing ", "removing ", "remove "};
constexpr std::string_view ONE_AGENT_ENDED = "with respect to ";
constexpr std::array<std::string_view, 5> REMOVED_AFTER{" is no longer", " has been removed", " ceased",
                                                        " will no longer", " was removed"};

/// Agents are named near the agreement: the cover's first paragraphs or the plan of
/// distribution. Past this many sentences about them, later ones repeat short names.
constexpr std::size_t AGENT_SENTENCES = 8;

/// A shorter name after "with respect to" is no firm's ("the", "it").
constexpr std::size_t MIN_SHORT_NAME = 4;

/// How far after the firm's name "is no longer" may stand.
constexpr std::size_t REMOVED_WINDOW = 30;

bool is_agent_sentence(std::string_view low)
{
    return (names_atm_agreement(low) || mentions_sales_agent(low) || contains_word(low, "agents")) &&
           !contains_any(low, OTHER_ROLES) && !is_public_float_sentence(low);
}

/// Two mentions of one firm: "B. Riley Securities, Inc." and "B. Riley Securities Inc".
/// The suffix counts: "Canaccord Genuity LLC" and "Canaccord Genuity Corp." are two firms.
std::string firm_key(std::string_view name)
{
    std::string key;
    for (char const c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return key;
}

void add_agent(std::vector<std::string> *agents, std::string name, std::string const &issuer_key)
{
    auto const key = firm_key(name);
    bool const known = std::any_of(agents->begin(), agents->end(), [&](auto const &a) { return firm_key(a) == key; });
    // "Common Stock Quarry Lane Robotics, Inc.": the issuer with a cover title's words before it.
    bool const issuer = !issuer_key.empty() && issuer_name_key(name).ends_with(issuer_key);
    if (!key.empty() && !issuer && !known && !is_bank_name(name)) {
        agents->push_back(std::move(name));
    }
}

/// Asides inside a list of agents that name a firm's former name ("Truist Securities, Inc.
/// (formerly known as SunTrust Robinson Humphrey, Inc.)", "(f/k/a Cowen and Company, LLC)"):
/// the former name is no agent of its own.
constexpr std::array<std::string_view, 6> FORMER_NAME{"(formerly",     "(f/k/a",        "(fka ",
                                                      "(as successor", "(successor to", "(previously known"};

/// The sentence with its former-name asides blanked out (same length: offsets stay).
std::string without_former_names(std::string_view sentence, std::string_view low)
{
    std::string out{sentence};
    for (auto open = find_any(low, FORMER_NAME); open; open = find_any(low, FORMER_NAME, *open + 1)) {
        auto const close = low.find(')', *open);
        auto const end = close == std::string_view::npos ? low.size() : close + 1;
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(*open), out.begin() + static_cast<std::ptrdiff_t>(end),
                  ' ');
    }
    return out;
}

/// Roles a list of firms is given: "X and Y, as sales agents, and A and B, as forward
/// purchasers". A firm whose next role is one of OTHER_FIRM_ROLES is no sales agent: a
/// bank's affiliate that buys under a forward sale, the ADSs' depositary, a trustee.
/// A defined term after a list is a role too: "(each, an "Agent" and together, the "Agents")".
constexpr std::array<std::string_view, 15> ROLES{"forward purchaser", "forward counterpart",
                                                 "as depositary",     "as trustee",
                                                 "transfer agent",    "dealer manager",
                                                 "dealer-manager",    "placement agent",
                                                 "sales agent",       "as agent",
                                                 "forward seller",    "manager",
                                                 "as our agent",      "\"agent",
                                                 "\"sales agent"};
constexpr std::array<std::string_view, 8> OTHER_FIRM_ROLES{"forward purchaser", "forward counterpart", "as depositary",
                                                           "as trustee",        "transfer agent",      "dealer manager",
                                                           "dealer-manager",    "placement agent"};

bool has_other_role(std::string_view low, firm_name_t const &firm)
{
    auto const role = find_any(low, ROLES, firm.end);
    return role && std::any_of(OTHER_FIRM_ROLES.begin(), OTHER_FIRM_ROLES.end(),
                               [&](auto w) { return low.substr(*role).starts_with(w); });
}

/// "we terminated our prior Equity Distribution Agreement, dated May 28, 2021, with X and
/// Y": firms named after an earlier agreement, with no later mention of the program's
/// own before them, are that agreement's agents.
bool of_prior_agreement(agreement_found_t const &agreement, std::size_t i, firm_name_t const &firm)
{
    bool prior = false;
    for (auto const &m : agreement.mentions) {
        if (m.sentence == i && m.begin < firm.begin) {
            prior = m.prior;
        }
    }
    return prior;
}

/// The firms of the agent sentences in [from, to), up to AGENT_SENTENCES of them.
std::vector<std::string> agents_in(document_view_t const &doc, agreement_found_t const &agreement, std::size_t from,
                                   std::size_t to, std::string const &issuer_key)
{
    std::vector<std::string> agents;
    std::size_t seen = 0;
    for (auto i = from; i < to && seen < AGENT_SENTENCES; ++i) {
        auto const &s = doc.sentences()[i];
        if (!is_agent_sentence(s.low) || agreement.names_only_prior(i)) {
            continue;
        }
        ++seen;
        auto const text = without_former_names(s.text, s.low);
        for (auto &firm : firm_names(text, doc.is_lower_case())) {
            if (!has_other_role(s.low, firm) && !of_prior_agreement(agreement, i, firm)) {
                add_agent(&agents, doc.is_lower_case() ? readable_case(firm.name) : std::move(firm.name), issuer_key);
            }
        }
    }
    return agents;
}

bool ends_one_agent(std::string_view low)
{
    return low.find("terminat") != std::string_view::npos && low.find(ONE_AGENT_ENDED) != std::string_view::npos;
}

bool is_removed(std::string_view low, firm_name_t const &firm)
{
    auto const before = low.substr(0, firm.begin);
    auto const after = low.substr(firm.end, REMOVED_WINDOW);
    return std::any_of(REMOVED_BEFORE.begin(), REMOVED_BEFORE.end(), [&](auto w) { return before.ends_with(w); }) ||
           std::any_of(REMOVED_AFTER.begin(), REMOVED_AFTER.end(), [&](auto w) { return after.starts_with(w); }) ||
           (before.ends_with(ONE_AGENT_ENDED) && ends_one_agent(low));
}

/// "terminate the Sales Agreement with respect to Hollow Pine Securities effective ...":
/// the agent named (often without its suffix) after ONE_AGENT_ENDED.
std::optional<std::string> ended_by_short_name(std::string_view low, std::vector<std::string> const &agents)
{
    if (!ends_one_agent(low)) {
        return std::nullopt;
    }
    auto name = low.substr(low.find(ONE_AGENT_ENDED) + ONE_AGENT_ENDED.size());
    name = name.substr(0, std::min({name.find(','), name.find(" effective"), name.find(" and "), name.size()}));
    auto const named =
        std::find_if(agents.begin(), agents.end(), [&](auto const &a) { return lower(a).starts_with(name); });
    return name.size() >= MIN_SHORT_NAME && named != agents.end() ? std::optional{*named} : std::nullopt;
}

/// The agents a sentence says are no longer agents.
std::vector<std::string> removed_in(prose_sentence_t const &s, std::vector<firm_name_t> const &firms,
                                    std::vector<std::string> const &agents, bool lower_case)
{
    std::vector<std::string> removed;
    for (auto const &firm : firms) {
        if (is_removed(s.low, firm)) {
            removed.push_back(lower_case ? readable_case(firm.name) : firm.name);
        }
    }
    auto const short_named = ended_by_short_name(s.low, agents);
    if (short_named && std::none_of(removed.begin(), removed.end(), [&](auto const &r) {
            return issuer_name_key(r) == issuer_name_key(*short_named);
        })) {
        removed.push_back(*short_named);
    }
    return removed;
}

/// The date an agent change takes effect: "effective DATE", else the sentence's date
/// ("On DATE, we entered into a joinder"), else the document's.
std::optional<date_t> change_date(prose_sentence_t const &s, agreement_found_t const &agreement,
                                  std::optional<date_t> document_date)
{
    if (auto const at = s.low.find("effective"); at != std::string::npos) {
        if (auto const d = find_date_words(s.text, at)) {
            return d->date;
        }
    }
    if (auto const d = find_date_words(s.text)) {
        return d->date;
    }
    // "The amended and restated sales agreement ... to include X as an additional agent".
    std::optional<date_t> latest;
    for (auto const &a : agreement.amendments) {
        latest = !latest || (a.date && *a.date > *latest) ? a.date : latest;
    }
    return latest ? latest : document_date;
}

/// An agents_changed event where an amendment or joinder changes the agents, dated by the
/// first sentence that says so; firms any sentence says are no longer agents leave the list.
std::optional<placed_event_t> agents_changed(document_view_t const &doc, agreement_found_t const &agreement,
                                             std::vector<std::string> *agents, std::optional<date_t> document_date)
{
    std::optional<placed_event_t> changed;
    for (std::size_t i = 0; i < doc.sentences().size(); ++i) {
        auto const &s = doc.sentences()[i];
        if (!contains_any(s.low, CHANGE_WORDS) && !contains_any(s.low, REMOVED_AFTER) && !ends_one_agent(s.low)) {
            continue; // the common case, without reading the sentence's firms
        }
        auto const removed = removed_in(s, firm_names(s.text, doc.is_lower_case()), *agents, doc.is_lower_case());
        bool const adds = contains_any(s.low, CHANGE_WORDS) && !agents->empty() && !is_conditional(s.low) &&
                          !contains_any(s.low, FUTURE_AGENTS);
        if (!(adds || !removed.empty()) || !(mentions_sales_agent(s.low) || contains_word(s.low, "agents"))) {
            continue;
        }
        if (!changed) {
            changed.emplace();
            changed->sentence = i;
            changed->event.type = offering_event_type_t::agents_changed;
            changed->event.date = change_date(s, agreement, document_date);
        }
        for (auto const &name : removed) {
            auto const key = issuer_name_key(name);
            std::erase_if(*agents, [&](auto const &a) { return issuer_name_key(a) == key; });
            changed->event.agents_removed.push_back(name);
        }
    }
    if (changed) {
        changed->event.agents = *agents;
    }
    return changed;
}

} // namespace

agents_found_t find_agents(document_view_t const &doc, agreement_found_t const &agreement, std::string_view issuer_name,
                           std::optional<date_t> document_date, std::vector<std::string> *warnings)
{
    auto const issuer_key = issuer_name_key(issuer_name);
    agents_found_t found;
    found.agents = agents_in(doc, agreement, 0, doc.lead_end(), issuer_key);
    if (found.agents.empty()) {
        found.agents = agents_in(doc, agreement, doc.lead_end(), doc.sentences().size(), issuer_key);
    }
    if (found.agents.empty()) {
        warnings->push_back("agents: no sales agent named with a full name where the agreement is described");
    }
    found.changed = agents_changed(doc, agreement, &found.agents, document_date);
    return found;
}
