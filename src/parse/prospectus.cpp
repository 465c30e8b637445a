// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus.hpp"

#include "model/name-key.hpp"
#include "parse/prose-scan.hpp"
#include "parse/text-scan.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// Agreement names that set up at-the-market programs, longest first so that "At Market
/// Issuance Sales Agreement" wins over "Sales Agreement".
constexpr std::array<std::string_view, 16> AGREEMENT_TYPES{
    "controlled equity offering sales agreement",
    "at market issuance sales agreement",
    "atm equity offering sales agreement",
    "capital on demand sales agreement",
    "at the market offering agreement",
    "at-the-market offering agreement",
    "at-the-market sales agreement",
    "equity distribution agreement",
    "open market sale agreement",
    "equity sales agreement",
    "sales agency agreement",
    "atm sales agreement",
    "distribution agreement",
    "atm agreement",
    "sales agreement",
    "equity offering sales agreement",
};

/// "equity distribution agreement" -> "Equity Distribution Agreement"; "atm" stays ATM.
std::string title_case(std::string_view lower_name)
{
    std::string out;
    bool start = true;
    for (char c : lower_name) {
        if (start && std::isalpha(static_cast<unsigned char>(c))) {
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        } else {
            out += c;
        }
        start = c == ' ' || c == '-';
    }
    for (std::string_view word : {"Atm ", "On "}) {
        auto const at = out.find(word);
        if (at != std::string::npos) {
            out.replace(at, word.size(), word == "Atm " ? "ATM " : "on ");
        }
    }
    if (out.rfind("At-The-Market", 0) == 0) {
        out.replace(0, 13, "At-the-Market");
    }
    return out;
}

constexpr std::array<std::string_view, 18> CORPORATE_SUFFIXES{
    "llc",  "l.l.c.", "inc.", "inc", "incorporated", "co.", "corp.", "corporation", "l.p.",
    "lp",   "ltd.",   "ltd",  "limited", "plc", "ag", "n.a.", "llp", "company"};

bool is_suffix_word(std::string_view t)
{
    return std::find(CORPORATE_SUFFIXES.begin(), CORPORATE_SUFFIXES.end(), t) != CORPORATE_SUFFIXES.end();
}

std::string suffix_form(std::string_view token)
{
    std::string t;
    for (char c : token) {
        if (c != ',' && c != ';' && c != ':') {
            t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return t;
}

/// "LLC", "Inc.", "& Co." ... also with a sentence's full stop after them ("LLC.").
bool is_corporate_suffix(std::string_view token)
{
    auto const t = suffix_form(token);
    return is_suffix_word(t) || (t.size() > 1 && t.back() == '.' && is_suffix_word(std::string_view{t}.substr(0, t.size() - 1)));
}

std::vector<std::string_view> tokens_of(std::string_view text)
{
    std::vector<std::string_view> tokens;
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos] == ' ') {
            ++pos;
        }
        auto const start = pos;
        while (pos < text.size() && text[pos] != ' ') {
            ++pos;
        }
        if (pos > start) {
            tokens.push_back(text.substr(start, pos - start));
        }
    }
    return tokens;
}

bool starts_upper(std::string_view t)
{
    auto const first = t.find_first_not_of("(\"'");
    return first != std::string_view::npos && (std::isupper(static_cast<unsigned char>(t[first])) ||
                                               std::isdigit(static_cast<unsigned char>(t[first])));
}

/**
 * Names of firms in a sentence: capitalized words ending with a corporate suffix
 * ("Oppenheimer & Co. Inc.", "B. Riley Securities, Inc.", "Credit Agricole Securities
 * (USA) Inc."), found from the suffix backwards.
 */
std::vector<std::string> firm_names(std::string_view sentence)
{
    auto const tokens = tokens_of(sentence);
    std::vector<std::string> names;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!is_corporate_suffix(tokens[i])) {
            continue;
        }
        // The name goes on while suffixes follow ("& Co. Inc.", "& Co., LLC").
        if (i + 1 < tokens.size() && is_corporate_suffix(tokens[i + 1]) && tokens[i].back() != ')') {
            continue;
        }
        std::size_t start = i;
        while (start > 0) {
            auto const prev = tokens[start - 1];
            bool const before_suffix = start == i;
            // A parenthesis closing a defined short name ("(\"BNY\"),") ends the name before;
            // one inside a name ("(USA)") does not.
            bool const definition = prev.find('"') != std::string_view::npos && prev.find(')') != std::string_view::npos;
            if (prev == "&" || (starts_upper(prev) && !definition && (prev.back() != ',' || before_suffix))) {
                if (prev.back() == ',' && !before_suffix) {
                    break;
                }
                --start;
                continue;
            }
            break;
        }
        if (start == i) {
            continue; // a suffix alone
        }
        std::string name;
        for (std::size_t k = start; k <= i; ++k) {
            name += name.empty() ? "" : " ";
            name += tokens[k];
        }
        while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == ':')) {
            name.pop_back();
        }
        // "LLC." at the end of a sentence: the full stop is the sentence's.
        if (auto const last = suffix_form(tokens[i]); !last.empty() && last.back() == '.' && !is_suffix_word(last)) {
            name.pop_back();
        }
        // "The", "Our", sentence starts: not part of the name.
        for (std::string_view lead : {"The ", "Our ", "We ", "Under "}) {
            if (name.rfind(lead, 0) == 0) {
                name.erase(0, lead.size());
            }
        }
        if (name.find('\'') != std::string::npos || name.size() < 4) {
            continue; // "NEE's" and the like
        }
        names.push_back(std::move(name));
    }
    return names;
}

/// A date right after a position: ", dated as of March 31, 2025".
std::optional<date_t> dated_after(std::string_view sentence, std::string_view low, std::size_t pos)
{
    auto const window = low.substr(pos, 40);
    auto const dated = window.find("dated");
    if (dated == std::string_view::npos) {
        return std::nullopt;
    }
    auto const d = find_date_words(sentence, pos + dated);
    if (d && d->begin < pos + dated + 20) {
        return d->date;
    }
    return std::nullopt;
}

/// The date of "effective (as of|on) <date>" in a sentence, if any.
std::optional<date_t> effective_date(std::string_view sentence, std::string_view low)
{
    auto const at = low.find("effective");
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    auto const d = find_date_words(sentence, at);
    if (d && d->begin < at + 30) {
        return d->date;
    }
    return std::nullopt;
}

bool any_of_words(std::string_view low, std::initializer_list<std::string_view> words)
{
    return std::any_of(words.begin(), words.end(), [&](auto w) { return low.find(w) != std::string_view::npos; });
}

/// Sentences about the issuer's public float under General Instruction I.B.6 ("baby
/// shelf") state limits and twelve-month sales that are not the program's figures.
bool is_baby_shelf_sentence(std::string_view low)
{
    return any_of_words(low, {"i.b.6", "non-affiliates", "public float", "twelve-month", "twelve calendar month",
                              "12-month", "12 calendar month"});
}

/// Where the issuer's name stands on the cover: a short line ending with a corporate suffix.
std::optional<std::string> cover_issuer(std::string_view text)
{
    int seen = 0;
    for (auto const line : split_lines(text)) {
        auto const t = trim(line);
        if (t.empty()) {
            continue;
        }
        if (++seen > 60) {
            break;
        }
        if (t.size() > 80 || t.find('$') != std::string_view::npos) {
            continue;
        }
        auto const low = lower(t);
        if (any_of_words(low, {"prospectus", "registration", "pursuant", "supplement", "securities and exchange",
                               "table of contents"})) {
            continue;
        }
        auto const tokens = tokens_of(t);
        if (tokens.size() >= 2 && is_corporate_suffix(tokens.back())) {
            return std::string{t};
        }
    }
    return std::nullopt;
}

std::optional<std::string> registration_number(std::string_view prose)
{
    auto const low = lower(prose);
    for (auto pos = low.find("333-"); pos != std::string::npos; pos = low.find("333-", pos + 1)) {
        auto end = pos + 4;
        while (end < low.size() && std::isdigit(static_cast<unsigned char>(low[end]))) {
            ++end;
        }
        if (end - pos < 9 || (pos > 0 && std::isdigit(static_cast<unsigned char>(low[pos - 1])))) {
            continue;
        }
        auto const before = low.substr(pos > 60 ? pos - 60 : 0, std::min<std::size_t>(pos, 60));
        if (before.find("registration") != std::string::npos || before.find("file no") != std::string::npos) {
            return std::string{prose.substr(pos, end - pos)};
        }
    }
    return std::nullopt;
}

std::optional<std::string> form_type_of(std::string_view low)
{
    auto const at = low.find("rule 424(b)(");
    if (at == std::string_view::npos) {
        return std::nullopt;
    }
    auto const n = low.substr(at + 12, 1);
    if (n.empty() || !std::isdigit(static_cast<unsigned char>(n[0]))) {
        return std::nullopt;
    }
    return "424B" + std::string{n};
}

struct agreement_mention_t
{
    std::string type;
    std::optional<date_t> date;
    std::size_t sentence = 0;
};

/// Where a sentence mentions an ATM agreement, and which.
std::optional<std::pair<std::size_t, std::string_view>> agreement_in(std::string_view low)
{
    std::optional<std::pair<std::size_t, std::string_view>> best;
    for (auto const type : AGREEMENT_TYPES) {
        auto const at = low.find(type);
        if (at == std::string_view::npos) {
            continue;
        }
        // The longest name at the earliest place ("at market issuance sales agreement"
        // holds "sales agreement").
        if (!best || at < best->first || (at <= best->first + 30 && type.size() > best->second.size() &&
                                          at + type.size() == best->first + best->second.size())) {
            best = std::pair{at, type};
        }
    }
    return best;
}

/// Agreements that only ever set up at-the-market programs ("Sales Agreement" may not).
bool is_atm_agreement(std::string_view type)
{
    auto const low = lower(type);
    return low != "sales agreement" && low != "distribution agreement" && low != "equity sales agreement";
}

bool mentions_atm(std::string_view low)
{
    return any_of_words(low, {"at the market", "at-the-market", "atthe-market", "at the-market", "at-the market",
                              "(atm)", " atm ", "atm program", "atm offering", "atm facility", "\"atm\"", "the atm"});
}

/// A sentence about the program itself: its agreement, its agents, its offering.
bool about_program(std::string_view low)
{
    return agreement_in(low).has_value() || mentions_atm(low) ||
           any_of_words(low, {"sales agent", "the offering", "continuous offering", "sales under", "offering program",
                              "equity program"});
}

} // namespace

bool looks_like_prospectus(std::string_view text)
{
    auto const head = lower(text.substr(0, std::min<std::size_t>(text.size(), 20000)));
    if (head.find("rule 424(b)") != std::string::npos) {
        return true;
    }
    auto const count = [&](std::string_view what) {
        std::size_t n = 0;
        for (auto pos = head.find(what); pos != std::string::npos; pos = head.find(what, pos + 1)) {
            ++n;
        }
        return n;
    };
    return count("prospectus supplement") >= 2 ||
           (head.find("supplement no.") != std::string::npos && head.find("prospectus") != std::string::npos);
}

prospectus_result_t parse_prospectus(std::string_view text, prospectus_context_t const &context)
{
    prospectus_result_t result;
    auto const prose = plain_prose(text);
    auto const prose_low = lower(prose);
    auto const sentences = split_sentences(prose);
    std::vector<std::string> lows;
    lows.reserve(sentences.size());
    for (auto const &s : sentences) {
        lows.push_back(lower(s.text));
    }

    filing_t f;
    f.kind = document_kind_t::prospectus;
    f.form_type = form_type_t::parse(form_type_of(prose_low).value_or(context.form_type.empty() ? "424B5" : context.form_type));
    if (!context.form_type.empty()) {
        f.form_type = form_type_t::parse(context.form_type);
    }
    f.accession = context.accession;
    f.filed_date = context.filed_date;
    if (context.issuer_name) {
        f.issuer.name = *context.issuer_name;
    } else if (auto const name = cover_issuer(text)) {
        f.issuer.name = *name;
    }
    f.issuer.cik = context.issuer_cik;
    if (f.issuer.name.empty()) {
        result.error = "prospectus supplement without an issuer name on its cover";
        return result;
    }

    offering_t o;
    o.registration_no = registration_number(prose);
    for (std::size_t i = 0; i < sentences.size() && !o.document_date; ++i) {
        auto const &low = lows[i];
        if (low.find("the date of this") != std::string::npos && low.find("supplement") != std::string::npos) {
            if (auto const d = find_date_words(sentences[i].text, low.find("the date of this"))) {
                o.document_date = d->date;
            }
        }
    }
    if (!o.document_date) {
        o.document_date = context.filed_date;
    }

    // The agreement: its type and the date of the original agreement.
    std::vector<agreement_mention_t> mentions;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto const found = agreement_in(lows[i]);
        if (!found) {
            continue;
        }
        agreement_mention_t m{title_case(found->second), std::nullopt, i};
        auto const &sentence = sentences[i].text;
        auto const &low = lows[i];
        // "<Agreement>, dated <date>" for every mention of the type in the sentence.
        for (auto pos = low.find(found->second); pos != std::string::npos; pos = low.find(found->second, pos + 1)) {
            if (auto const d = dated_after(sentence, low, pos + found->second.size())) {
                if (!m.date || *d < *m.date) {
                    m.date = d;
                }
            }
        }
        // "On August 11, 2020, we entered into an Equity Distribution Agreement".
        if (!m.date) {
            auto const entered = low.find("entered into");
            if (entered != std::string::npos && entered < found->first) {
                if (auto const d = find_date_words(sentence); d && d->begin < entered) {
                    m.date = d->date;
                }
            }
        }
        mentions.push_back(std::move(m));
        if (mentions.size() >= 12) {
            break;
        }
    }
    if (!mentions.empty()) {
        o.agreement_type = mentions.front().type;
        for (auto const &m : mentions) {
            if (m.type == *o.agreement_type && m.date && (!o.agreement_date || *m.date < *o.agreement_date)) {
                o.agreement_date = m.date;
            }
        }
    }

    // Agents: the firms named where the agreement or the agents are described.
    auto const issuer_key = issuer_name_key(f.issuer.name);
    std::size_t agent_sentences = 0;
    for (std::size_t i = 0; i < sentences.size() && agent_sentences < 6; ++i) {
        auto const &low = lows[i];
        bool const about_agents = agreement_in(low).has_value() || low.find("sales agent") != std::string::npos ||
                                  low.find(" as agent") != std::string::npos || low.find("as agents") != std::string::npos;
        if (!about_agents || is_baby_shelf_sentence(low)) {
            continue;
        }
        ++agent_sentences;
        for (auto &name : firm_names(sentences[i].text)) {
            auto const key = issuer_name_key(name);
            if (key == issuer_key || key.empty() || key.find("SECURITIES AND EXCHANGE") != std::string::npos ||
                std::find(o.agents.begin(), o.agents.end(), name) != o.agents.end()) {
                continue;
            }
            o.agents.push_back(std::move(name));
        }
    }

    // Capacity: an increase or a reduction states the new total; otherwise the first
    // "up to $X" the document gives for the offering.
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto const &low = lows[i];
        auto const &sentence = sentences[i].text;
        if (is_baby_shelf_sentence(low)) {
            continue;
        }
        bool const change = (low.find("increase") != std::string::npos || low.find("reduc") != std::string::npos ||
                             low.find("decrease") != std::string::npos) &&
                            (low.find("aggregate offering") != std::string::npos ||
                             low.find("aggregate sales price") != std::string::npos ||
                             low.find("aggregate gross sales") != std::string::npos ||
                             low.find("maximum amount") != std::string::npos || low.find("amount of shares") != std::string::npos ||
                             low.find("dollar amount") != std::string::npos);
        if (change && low.find(" to $") != std::string::npos) {
            auto const to = low.rfind(" to $");
            if (auto const m = find_money(sentence, to + 4)) {
                offering_event_t e;
                e.type = offering_event_type_t::capacity_changed;
                e.new_capacity = m->value;
                e.date = effective_date(sentence, low);
                if (!e.date) {
                    e.date = o.document_date;
                }
                o.events.push_back(e);
                o.max_aggregate_offering_price = m->value;
                break;
            }
        }
    }
    if (!o.max_aggregate_offering_price) {
        for (std::size_t i = 0; i < sentences.size() && !o.max_aggregate_offering_price; ++i) {
            auto const &low = lows[i];
            if (is_baby_shelf_sentence(low)) {
                continue;
            }
            for (std::string_view key : {"up to $", "aggregate offering price of $", "aggregate sales price of $",
                                         "aggregate gross sales price of $", "in excess of $"}) {
                auto const at = low.find(key);
                if (at == std::string::npos) {
                    continue;
                }
                if (auto const m = find_money(sentences[i].text, at + key.size() - 1)) {
                    o.max_aggregate_offering_price = m->value;
                    break;
                }
            }
        }
    }

    // Commission: the first percentage after "commission".
    for (std::size_t i = 0; i < sentences.size() && !o.commission_rate; ++i) {
        auto const &low = lows[i];
        // "commission" as pay, not the Securities and Exchange Commission.
        auto at = low.find("commission");
        while (at != std::string::npos && at >= 9 && low.compare(at - 9, 9, "exchange ") == 0) {
            at = low.find("commission", at + 1);
        }
        if (at == std::string::npos) {
            continue;
        }
        if (auto const p = find_percent(sentences[i].text, at)) {
            if (p->begin < at + 160) {
                o.commission_rate = p->value;
            }
        }
    }

    // What the document says happened.
    bool const remains_in_force = prose_low.find("remains in full force and effect") != std::string::npos ||
                                  prose_low.find("remain in full force and effect") != std::string::npos;
    bool suspended = false;
    bool terminated = false;
    bool resumed = false;
    bool sales = false;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        auto const &low = lows[i];
        auto const &sentence = sentences[i].text;
        if (is_baby_shelf_sentence(low)) {
            continue;
        }
        // A change of state, dated by the sentence or else by the document, recorded once.
        auto const record_state_change = [&](offering_event_type_t type, bool *recorded) {
            if (*recorded) {
                return;
            }
            offering_event_t e;
            e.type = type;
            e.date = effective_date(sentence, low);
            if (!e.date) {
                e.date = o.document_date;
            }
            o.events.push_back(e);
            *recorded = true;
        };
        // Sales to date: cumulative as of a date.
        bool const sold_words = any_of_words(low, {"have sold", "has sold", "had sold", "sold an aggregate",
                                                    "have issued and sold", "has issued and sold", "had issued and sold",
                                                    "not sold any", "no shares have been sold", "no shares had been sold",
                                                    "have not sold", "had not sold", "has not sold", "have been sold",
                                                    "had been sold"});
        if (!sales && sold_words && !any_of_words(low, {"may sell", "will sell", "if we sell"})) {
            offering_event_t e;
            e.type = offering_event_type_t::sales_update;
            bool const none = any_of_words(low, {"not sold any", "no shares have been sold", "no shares had been sold",
                                                 "have not sold", "had not sold", "has not sold"});
            if (none) {
                e.shares_sold = decimal_t::parse("0");
                e.gross_proceeds = decimal_t::parse("0");
            } else {
                if (auto const s = find_shares(sentence)) {
                    e.shares_sold = s->value;
                }
                auto const proceeds = low.find("proceeds");
                if (proceeds != std::string::npos) {
                    if (auto const m = find_money(sentence, proceeds)) {
                        bool const net = low.substr(proceeds > 12 ? proceeds - 12 : 0, 12).find("net") != std::string::npos;
                        (net ? e.net_proceeds : e.gross_proceeds) = m->value;
                    }
                }
            }
            if (low.find("as of the date of this") != std::string::npos || low.find("to date") != std::string::npos) {
                e.date = o.document_date;
            } else if (auto const d = find_date_words(sentence); d && (low.find("as of") != std::string::npos ||
                                                                      low.find("through") != std::string::npos ||
                                                                      low.find("since") != std::string::npos)) {
                e.date = d->date;
            } else {
                e.date = o.document_date;
            }
            if (e.shares_sold || e.gross_proceeds || e.net_proceeds) {
                o.events.push_back(e);
                sales = true;
            }
        }
        // "$X of shares remain available": what was sold is the capacity less that.
        if (!sales && any_of_words(low, {"remain available", "remains available", "remaining available"}) &&
            o.max_aggregate_offering_price && !any_of_words(low, {"up to $", "may sell"})) {
            if (auto const m = find_money(sentence)) {
                if (m->value <= *o.max_aggregate_offering_price) {
                    offering_event_t e;
                    e.type = offering_event_type_t::sales_update;
                    e.gross_proceeds = o.max_aggregate_offering_price->minus(m->value);
                    auto const d = find_date_words(sentence);
                    e.date = d && low.find("as of") != std::string::npos ? std::optional{d->date} : o.document_date;
                    o.events.push_back(e);
                    sales = true;
                }
            }
        }
        // Suspension: the agreement stays, sales stop until a new supplement.
        bool const suspend_now =
            (low.find("suspend") != std::string::npos && about_program(low) &&
             any_of_words(low, {"purpose of this", "are suspending", "have suspended", "hereby suspend", "we suspended",
                                "is suspended", "are suspended", "has been suspended", "have been suspended",
                                "is suspending", "to suspend the", "suspension of", "we suspend"}) &&
             !any_of_words(low, {"may suspend", "can suspend", "might suspend", "right to suspend", "will be suspended until",
                                 "may be suspended"})) ||
            (low.find("will not make any sales") != std::string::npos && low.find("unless and until") != std::string::npos);
        bool const resume_words = any_of_words(low, {"resume", "resuming", "recommence", "reinstat"});
        if (suspend_now && !resume_words) {
            record_state_change(offering_event_type_t::suspended, &suspended);
        }
        // Termination, unless the agreement remains in force (then it is a suspension).
        // A fact, not a condition: "may terminate", "will terminate upon", "until ... is
        // terminated" describe what could happen.
        bool const conditional = any_of_words(low, {"may terminate", "will terminate upon", "can terminate",
                                                    "right to terminate", "may be terminated", "until", "if the",
                                                    "in the event", "terminated or completed", "incorporate",
                                                    "at any time", " may ", "upon proper notice", "upon notice"});
        bool const stated = any_of_words(low, {"notice", "purpose of this", "have terminated", "has terminated",
                                               "was terminated", "has been terminated", "is terminated", "were terminated",
                                               "are terminating", "is terminating", "hereby terminate", "we terminated",
                                               "terminated the", "elected to terminate", "agreed to terminate",
                                               "effective"});
        bool const terminate_now = !remains_in_force && low.find("terminat") != std::string::npos &&
                                   about_program(low) && stated && !conditional;
        if (terminate_now) {
            record_state_change(offering_event_type_t::terminated, &terminated);
        }
        bool const resume_now =
            any_of_words(low, {"resume", "resuming", "recommence", "reinstat"}) && about_program(low) &&
            any_of_words(low, {"purpose of this", "are resuming", "hereby resume", "we resumed", "will resume",
                               "may resume", "to resume", "have resumed", "is resuming", "recommence"}) &&
            !any_of_words(low, {"unless and until", "until we file"});
        if (resume_now) {
            record_state_change(offering_event_type_t::resumed, &resumed);
        }
    }

    // Is this an at-the-market program? An ATM agreement with agents, or ATM wording with
    // something happening to it; not a resale by selling stockholders, not a firm
    // commitment underwriting.
    bool const atm_words = mentions_atm(prose_low);
    bool const agreement = o.agreement_type.has_value();
    bool const agent_words = prose_low.find("sales agent") != std::string::npos ||
                             prose_low.find(" as agent") != std::string::npos || !o.agents.empty();
    auto occurrences = [&](std::string_view what) {
        std::size_t n = 0;
        for (auto pos = prose_low.find(what); pos != std::string::npos; pos = prose_low.find(what, pos + 1)) {
            ++n;
        }
        return n;
    };
    bool const resale = occurrences("selling stockholder") + occurrences("selling shareholder") +
                            occurrences("selling securityholder") >= 2;
    bool const firm_commitment = prose_low.find("firm commitment") != std::string::npos ||
                                 prose_low.find("underwriters have agreed to purchase") != std::string::npos ||
                                 prose_low.find("underwriter has agreed to purchase") != std::string::npos ||
                                 prose_low.find("underwriting agreement") != std::string::npos;
    bool const events = !o.events.empty();
    bool const atm_agreement = agreement && is_atm_agreement(*o.agreement_type);
    o.is_atm = ((agreement && (atm_words || agent_words || atm_agreement || events)) || (atm_words && events)) &&
               !(resale && !agreement) && !(firm_commitment && !agreement);
    if (!o.is_atm) {
        o.events.clear();
        o.agents.clear();
        o.agreement_type.reset();
        o.agreement_date.reset();
        o.commission_rate.reset();
    } else {
        // A document that sets the program up (not one that amends an earlier supplement,
        // nor a notice of what happened to it) establishes it.
        bool const amends = prose_low.find("supplement no.") != std::string::npos ||
                            prose_low.find("supplements and amends") != std::string::npos ||
                            prose_low.find("amends and supplements") != std::string::npos;
        bool const offers = any_of_words(prose_low, {"may offer and sell", "may issue and sell", "may sell",
                                                     "offer and sale from time to time", "we have entered into",
                                                     "has entered into", "have entered into"});
        if (!amends && offers && !suspended && !terminated && !resumed &&
            std::none_of(o.events.begin(), o.events.end(),
                         [](auto const &e) { return e.type == offering_event_type_t::capacity_changed; })) {
            offering_event_t e;
            e.type = offering_event_type_t::established;
            e.date = o.agreement_date ? o.agreement_date : o.document_date;
            o.events.insert(o.events.begin(), e);
        }
    }
    f.offering = std::move(o);
    result.filing = std::move(f);
    return result;
}
