// SPDX-License-Identifier: GPL-2.0-or-later
#include "parse/prospectus/agreement.hpp"

#include "parse/prose-scan.hpp"
#include "parse/prospectus/document-view.hpp"
#include "parse/prospectus/phrases.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace {

/// Words an ATM agreement's name is made of: "At-The-Market Issuance Sales Agreement",
/// "Controlled Equity Offering Sales Agreement", "Capital on Demand Sales Agreement",
/// "Open Market Sale Agreement", "Equity Distribution Agreement", "ATM Agreement".
constexpr std::array<std::string_view, 28> NAME_WORDS{
    "financing",    // "Equity Sales Agency Financing Agreement"
    "omnibus",      // "Omnibus Sales Agreement"
    "registration", // "Sales and Registration Agreement"
    "sales",         "sale",   "distribution", "offering",   "issuance",  "equity",     "market", "at",   "the",
    "at-the-market", "at-the", "atm",          "controlled", "capital",   "on",         "demand", "open", "agency",
    "common",        "stock",  "shares",       "share",      "at-market", "continuous", "program"};

/// A name holds one of these to be an ATM agreement ("Equity Agreement" is none).
constexpr std::array<std::string_view, 7> TYPE_WORDS{"sales",    "sale",   "distribution", "offering",
                                                     "issuance", "agency", "atm"};

/// Words left off the front of a name: "the Sales Agreement" is the "Sales Agreement".
constexpr std::array<std::string_view, 6> LEADING_FILLER{"the", "on", "stock", "shares", "share", "program"};

/// Words that may stand right before an agreement's name. Any other word makes it another
/// kind of agreement: "LNG sales agreements", "placement agency agreement".
constexpr std::array<std::string_view, 44> ALLOWED_BEFORE{
    "a",        "an",       "the",     "our",     "its",      "such",      "that",       "this",        "these",
    "into",     "under",    "to",      "with",    "of",       "and",       "or",         "existing",    "prior",
    "previous", "original", "new",     "amended", "restated", "certain",   "separate",   "respective",  "pursuant",
    "related",  "initial",  "current", "former",  "entered",  "terminate", "terminated", "terminating", "each",
    "in",       "by",       "per",     "same",    "said",     "replace",   "amend",      "your"};

/// Words before a name that make it an earlier agreement than the program's.
constexpr std::array<std::string_view, 4> PRIOR_WORDS{"prior", "previous", "former", "terminated"};

/// Verbs that end or replace an agreement: a dated mention in such a sentence, beside a
/// differently dated one, is the earlier agreement.
constexpr std::array<std::string_view, 4> ENDING_WORDS{"terminat", "replace", "supersede", "in lieu of"};

/// Nouns of other documents: a "dated" after one of them is not the agreement's date.
constexpr std::array<std::string_view, 9> OTHER_DOCUMENTS{
    "agreement", "prospectus", "supplement", "registration", "report", "amendment", "notice", "letter", "form "};

/// The longest agreement name ("controlled equity offering sales agreement" and a filler).
constexpr std::size_t MAX_NAME_WORDS = 7;

/// How far after a name its date may stand: past a defined short name and a list of up to
/// twenty agents with their defined terms ("(collectively, the "Agents"), dated ...").
constexpr std::size_t DATED_WINDOW = 1000;

/// How far a definition's parenthesis may run when it is not closed in the sentence.
constexpr std::size_t NICKNAME_WINDOW = 200;

/// An agreement signed the day the document is: "dated the date hereof", "dated as of the
/// date of this prospectus supplement".
constexpr std::array<std::string_view, 3> DATED_HEREOF{"dated the date hereof", "dated as of the date hereof",
                                                       "dated as of the date of this"};

/// How far after a name "dated the date hereof" may stand (past a short defined name).
constexpr std::size_t DATED_HEREOF_WINDOW = 80;

/// How far after "dated" the date starts: "dated as of", "dated effective as of".
constexpr std::size_t DATE_AFTER_DATED = 20;

/// "On DATE, the Company and the Operating Partnership entered into": how far before the
/// verb its date may end.
constexpr std::size_t ON_DATE_TO_VERB = 80;

/// "On DATE, we entered into an X": at most a few words ("an amended and restated")
/// between the verb and the name.
constexpr std::size_t ENTERED_INTO_GAP = 30;

bool is_word_char(char c) noexcept { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-'; }

template <std::size_t N>
bool is_in(std::array<std::string_view, N> const &table, std::string_view word)
{
    return std::find(table.begin(), table.end(), word) != table.end();
}

/// The word ending right before `end` in `low` (after blanks), and where it starts.
std::string_view word_before(std::string_view low, std::size_t end, std::size_t *start)
{
    while (end > 0 && low[end - 1] == ' ') {
        --end;
    }
    auto begin = end;
    while (begin > 0 && low[begin - 1] != ' ') {
        --begin;
    }
    *start = begin;
    return low.substr(begin, end - begin);
}

/// Where "agreement" or "agreements" stands as a word at or after `from`.
std::size_t find_agreement_word(std::string_view low, std::size_t from)
{
    for (auto at = low.find("agreement", from); at != std::string_view::npos; at = low.find("agreement", at + 1)) {
        auto end = at + 9;
        if (end < low.size() && low[end] == 's') {
            ++end;
        }
        if ((at == 0 || !is_word_char(low[at - 1])) && (end >= low.size() || !is_word_char(low[end]))) {
            return at;
        }
    }
    return std::string_view::npos;
}

/// Past the filler words at the front of a name ("the", see LEADING_FILLER).
std::size_t skip_filler(std::string_view low, std::size_t begin, std::size_t agreement_at)
{
    for (;;) {
        auto const space = low.find(' ', begin);
        if (space == std::string_view::npos || space >= agreement_at ||
            !is_in(LEADING_FILLER, low.substr(begin, space - begin))) {
            return begin;
        }
        begin = space + 1;
    }
}

/// A word of a name as it stands, without quotes around it: `"at-the-market"` in an
/// "at-the-market" equity offering sales agreement. `opens` is set for a quote that opens
/// and is not closed in the word: a defined short name starts there ("(the "Sales").
std::string_view name_word(std::string_view word, bool *opens)
{
    *opens = !word.empty() && (word.front() == '"' || word.front() == '(');
    if (*opens) {
        word.remove_prefix(1);
    }
    if (!word.empty() && word.back() == '"') {
        word.remove_suffix(1);
        *opens = false;
    }
    return word;
}

/// An article text extraction glued to the first name word ("anat-the-market offering
/// agreement"): how many characters of the word it takes, else 0.
std::size_t glued_article(std::string_view word)
{
    for (auto const article : {std::string_view{"an"}, std::string_view{"a"}, std::string_view{"the"}}) {
        if (word.size() > article.size() && word.starts_with(article) &&
            word.substr(article.size()).starts_with("at-the-market")) {
            return article.size();
        }
    }
    return 0;
}

/// Walks back from "agreement" over name words ("and" only between two of them: "sales and
/// registration agreement"); returns where the name starts.
std::size_t name_begin(std::string_view low, std::size_t agreement_at)
{
    std::size_t begin = agreement_at;
    for (std::size_t n = 0; n < MAX_NAME_WORDS && begin > 0; ++n) {
        std::size_t start = 0;
        bool opens = false;
        auto const word = name_word(word_before(low, begin, &start), &opens);
        if (auto const glued = glued_article(word); glued != 0) {
            return start + glued;
        }
        std::size_t before_and = 0;
        bool const joins =
            word == "and" && begin != agreement_at && is_in(NAME_WORDS, word_before(low, start, &before_and));
        if (!is_in(NAME_WORDS, word) && !joins) {
            break;
        }
        begin = start + (opens ? 1 : 0);
        if (opens) {
            break; // a defined short name starts at its quote
        }
    }
    return skip_filler(low, begin, agreement_at);
}

bool has_type_word(std::string_view name_low)
{
    std::size_t start = 0;
    while (start < name_low.size()) {
        auto end = name_low.find(' ', start);
        end = end == std::string_view::npos ? name_low.size() : end;
        if (is_in(TYPE_WORDS, name_low.substr(start, end - start))) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

/// True when the word before a name lets it be an ATM agreement (see ALLOWED_BEFORE).
bool allowed_before(std::string_view low, std::size_t begin)
{
    if (begin == 0 || low[begin - 1] == '"' || low[begin - 1] == '(') {
        return true;
    }
    std::size_t start = 0;
    auto word = word_before(low, begin, &start);
    while (!word.empty() && (word.back() == ',' || word.back() == ')')) {
        word.remove_suffix(1);
    }
    bool const year = word.size() == 4 && std::all_of(word.begin(), word.end(), [](char c) {
                          return std::isdigit(static_cast<unsigned char>(c));
                      });
    return word.empty() || year || is_in(ALLOWED_BEFORE, word);
}

bool is_mixed_case(std::string_view text)
{
    bool upper = false;
    bool lower_seen = false;
    for (char const c : text) {
        upper = upper || std::isupper(static_cast<unsigned char>(c)) != 0;
        lower_seen = lower_seen || std::islower(static_cast<unsigned char>(c)) != 0;
    }
    return upper && lower_seen;
}

/// The name as the document writes it when it capitalizes it, else title-cased; singular,
/// without the quotes of a quoted word ("at-the-market" equity offering sales agreement).
std::string display_name(std::string_view written)
{
    std::string unquoted{written};
    std::erase(unquoted, '"');
    std::string name = is_mixed_case(unquoted) ? unquoted : title_case(lower(unquoted));
    if (!name.empty() && (name.back() == 's' || name.back() == 'S')) {
        name.pop_back();
    }
    return name;
}

/// "dated (as of) DATE" after a name, unless another document's noun comes first (outside
/// parentheses: a defined short name "(the "Sales Agreement")" does not count).
std::optional<date_t> dated_after(std::string_view sentence, std::string_view low, std::size_t end)
{
    auto const limit = std::min(low.size(), end + DATED_WINDOW);
    int depth = 0;
    for (auto pos = end; pos < limit; ++pos) {
        depth += low[pos] == '(' ? 1 : (low[pos] == ')' ? -1 : 0);
        if (depth > 0) {
            continue;
        }
        auto const rest = low.substr(pos, limit - pos);
        if (rest.starts_with("dated") && (pos == 0 || !is_word_char(low[pos - 1]))) {
            auto const d = find_date_words(sentence, pos + 5);
            return d && d->begin <= pos + 5 + DATE_AFTER_DATED ? std::optional{d->date} : std::nullopt;
        }
        // "We entered into a sales agreement with X and Y, or the Agents, on March 18, 2020":
        // a date right after "on", when the sentence says the agreement was entered into.
        if (rest.starts_with(" on ") && low.substr(0, end).find("entered into") != std::string_view::npos) {
            if (auto const d = find_date_words(sentence, pos + 4); d && d->begin == pos + 4) {
                return d->date;
            }
        }
        if ((pos == 0 || !is_word_char(low[pos - 1])) &&
            std::any_of(OTHER_DOCUMENTS.begin(), OTHER_DOCUMENTS.end(), [&](auto w) { return rest.starts_with(w); })) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

/// "On August 11, 2020, the Company and its operating partnership entered into": the date
/// "on" introduces shortly before the verb (not "(To Prospectus dated May 1, 2024) ... We
/// have entered into", where the date is another document's).
std::optional<date_t> on_date_before(std::string_view sentence, std::string_view low, std::size_t verb)
{
    std::optional<date_t> found;
    for (auto d = find_date_words(sentence); d && d->end <= verb; d = find_date_words(sentence, d->end)) {
        bool const on = low.substr(0, d->begin).ends_with("on ");
        found = on && verb - d->end <= ON_DATE_TO_VERB ? std::optional{d->date} : found;
    }
    return found;
}

/// "On August 11, 2020, we entered into an Equity Distribution Agreement": the date before
/// the verb, when the name follows the verb closely.
std::optional<date_t> entered_into_date(std::string_view sentence, std::string_view low, std::size_t begin)
{
    auto const verb = low.rfind("entered into", begin);
    if (verb == std::string_view::npos || begin - verb > ENTERED_INTO_GAP + 12 ||
        low.substr(verb, begin - verb).find("amendment") != std::string_view::npos) {
        return std::nullopt; // "we entered into Amendment No. 1 to the Sales Agreement": the amendment's date
    }
    return on_date_before(sentence, low, verb);
}

bool is_prior(std::string_view low, std::size_t begin, std::size_t end)
{
    std::size_t start = 0;
    auto const before = word_before(low, begin, &start);
    auto const definition = low.substr(end, 40);
    auto const close = definition.find(')');
    auto const defined = definition.substr(0, close == std::string_view::npos ? 0 : close);
    return is_in(PRIOR_WORDS, before) || (defined.find('"') != std::string_view::npos &&
                                          std::any_of(PRIOR_WORDS.begin(), PRIOR_WORDS.end(), [&](auto w) {
                                              return defined.find(w) != std::string_view::npos;
                                          }));
}

} // namespace

std::string title_case(std::string_view lower_name)
{
    std::string out;
    bool start = true;
    for (char const c : lower_name) {
        out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        start = c == ' ' || c == '-';
    }
    for (auto const &[from, to] : std::array<std::pair<std::string_view, std::string_view>, 5>{
             {{"Atm ", "ATM "}, {" On ", " on "}, {" The ", " the "}, {" And ", " and "}, {"At-The-", "At-the-"}}}) {
        for (auto at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
            out.replace(at, from.size(), to);
        }
    }
    return out;
}

std::vector<agreement_mention_t> agreement_mentions(std::string_view sentence, std::string_view low)
{
    std::vector<agreement_mention_t> out;
    for (auto at = find_agreement_word(low, 0); at != std::string_view::npos; at = find_agreement_word(low, at + 9)) {
        auto const begin = name_begin(low, at);
        auto end = at + 9;
        end += end < low.size() && low[end] == 's' ? 1 : 0;
        if (begin == at || !has_type_word(low.substr(begin, at - begin)) || !allowed_before(low, begin)) {
            continue;
        }
        agreement_mention_t m;
        m.name = display_name(sentence.substr(begin, end - begin));
        m.begin = begin;
        m.end = end;
        m.restated = low.substr(0, begin).ends_with("amended and restated ");
        m.prior = is_prior(low, m.restated ? begin - 21 : begin, end);
        m.date = dated_after(sentence, low, end);
        if (!m.date) {
            m.date = entered_into_date(sentence, low, begin);
        }
        m.dated_hereof = !m.date && contains_any(low.substr(end, DATED_HEREOF_WINDOW), DATED_HEREOF);
        out.push_back(std::move(m));
    }
    return out;
}

bool names_atm_agreement(std::string_view low)
{
    for (auto at = find_agreement_word(low, 0); at != std::string_view::npos; at = find_agreement_word(low, at + 9)) {
        auto const begin = name_begin(low, at);
        if (begin != at && has_type_word(low.substr(begin, at - begin)) && allowed_before(low, begin)) {
            return true;
        }
    }
    return false;
}

namespace {

/// "Amendment No. 1, dated as of April 27, 2023", "On August 1, 2023, we entered into
/// Amendment No. 1", "the First Amendment to the Sales Agreement", "as amended on June 2,
/// 2024", "dated as of October 30, 2020, as amended as of February 18, 2022": the
/// amendments' dates in a sentence. A bare "as amended" is none: "the Securities Act of
/// 1933, as amended" says it in every supplement.
constexpr std::array<std::string_view, 9> AMENDMENT_WORDS{
    "amendment no",    "an amendment",     "as amended on",   "as amended as of", "as amended effective",
    "first amendment", "second amendment", "third amendment", "fourth amendment"};

/// Amendments of other documents than the agreement.
constexpr std::array<std::string_view, 3> OTHER_AMENDMENTS{"post-effective", "registration statement", "to form"};

/// How far after the amendment's words its date may stand ("Amendment No. 1 (the
/// "Amendment"), dated").
constexpr std::size_t AMENDMENT_DATE_WINDOW = 60;

/// The amendment's own date: one right after its words, before the agreement it amends is
/// named (whose date follows that name), else "On DATE, we entered into Amendment No. 1".
std::optional<date_t> amendment_date(std::string_view sentence, std::string_view low, std::size_t at)
{
    auto const d = find_date_words(sentence, at);
    auto const named = find_agreement_word(low, at);
    if (d && d->begin <= at + AMENDMENT_DATE_WINDOW && (named == std::string_view::npos || d->begin < named)) {
        return d->date;
    }
    auto const verb = low.rfind("entered into", at);
    if (verb != std::string_view::npos && at - verb <= ENTERED_INTO_GAP) {
        return on_date_before(sentence, low, verb);
    }
    return std::nullopt;
}

void add_amendment(std::vector<agreement_amendment_t> *out, agreement_amendment_t a)
{
    if (a.date && std::find(out->begin(), out->end(), a) == out->end()) {
        out->push_back(a);
    }
}

/// The amendments named in the sentences that name the program's agreement.
void find_amendments(document_view_t const &doc, agreement_found_t *found)
{
    for (auto const &m : found->mentions) {
        if (!m.prior && m.restated) {
            // "an amended and restated sales agreement, or the Sales Agreement, ... on March
            // 18, 2020": the date its short name carries in the same sentence.
            auto date = m.date;
            for (auto const &alias : found->mentions) {
                date = !date && alias.sentence == m.sentence && !alias.prior ? alias.date : date;
            }
            add_amendment(&found->amendments, {amendment_kind_t::amended_and_restated, date});
        }
    }
    std::size_t last = doc.sentences().size();
    for (auto const &m : found->mentions) {
        if (m.prior || m.sentence == last) {
            continue;
        }
        last = m.sentence;
        auto const &s = doc.sentences()[m.sentence];
        if (contains_any(s.low, OTHER_AMENDMENTS)) {
            continue;
        }
        for (auto at = find_any(s.low, AMENDMENT_WORDS); at; at = find_any(s.low, AMENDMENT_WORDS, *at + 1)) {
            add_amendment(&found->amendments, {amendment_kind_t::amendment, amendment_date(s.text, s.low, *at)});
        }
    }
}

/// A dated mention in a sentence that ends or replaces an agreement is the earlier agreement
/// when another mention carries another date.
void mark_ended(document_view_t const &doc, std::vector<agreement_mention_t> *mentions)
{
    for (auto &m : *mentions) {
        if (m.prior || !m.date || !contains_any(doc.sentences()[m.sentence].low, ENDING_WORDS)) {
            continue;
        }
        m.prior = std::any_of(mentions->begin(), mentions->end(), [&](agreement_mention_t const &other) {
            return other.date && *other.date > *m.date && !other.restated;
        });
    }
}

/// A short name defined right after an agreement's name: `(the "Agreement")`,
/// `(the "Cantor Sales Agreement" and, as amended, the "Amended Sales Agreement")`.
struct nickname_t
{
    std::string term; ///< lower case: "agreement", "cantor sales agreement"
    bool prior = false;
};

/// The quoted terms ending in "agreement" in the parenthesis right after a mention.
void defined_terms(std::string_view low, agreement_mention_t const &m, std::vector<nickname_t> *out)
{
    auto const open = low.find_first_not_of(" ,", m.end);
    if (open == std::string_view::npos || low[open] != '(') {
        return;
    }
    auto const close = low.find(')', open);
    auto const inside = low.substr(open, close == std::string_view::npos ? NICKNAME_WINDOW : close - open);
    for (auto q = inside.find('"'); q != std::string_view::npos; q = inside.find('"', q + 1)) {
        auto const end = inside.find('"', q + 1);
        if (end == std::string_view::npos) {
            return;
        }
        auto const term = inside.substr(q + 1, end - q - 1);
        if (term.ends_with("agreement") || term.ends_with("agreements")) {
            out->push_back(nickname_t{std::string{term}, m.prior});
        }
        q = end;
    }
}

/// Where a defined short name stands in a sentence as a whole word, not inside a longer name
/// already found there ("the Agreement", not the "Underwriting Agreement").
void add_term_mentions(prose_sentence_t const &s, std::size_t i, nickname_t const &nick,
                       std::vector<agreement_mention_t> *mentions, std::size_t known)
{
    for (auto at = find_word(s.low, nick.term); at != std::string_view::npos;
         at = find_word(s.low, nick.term, at + 1)) {
        bool const after_the = s.low.substr(0, at).ends_with("the ") || s.low.substr(0, at).ends_with("our ") ||
                               s.low.substr(0, at).ends_with("\"");
        auto const end = at + nick.term.size();
        bool const covered = std::any_of(mentions->begin(), mentions->begin() + static_cast<std::ptrdiff_t>(known),
                                         [&](auto const &m) { return m.sentence == i && m.begin < end && m.end > at; });
        if (!after_the || covered) {
            continue;
        }
        agreement_mention_t m;
        m.name = display_name(s.text.substr(at, nick.term.size()));
        m.sentence = i;
        m.begin = at;
        m.end = end;
        m.prior = nick.prior;
        m.nickname = true;
        mentions->push_back(std::move(m));
    }
}

/// Mentions of the agreements by the short names the document defined for them, so that a
/// sentence about "the Agreement" is about the program (or about an earlier agreement).
void add_nickname_mentions(document_view_t const &doc, std::vector<agreement_mention_t> *mentions)
{
    std::vector<nickname_t> nicks;
    for (auto const &m : *mentions) {
        defined_terms(doc.sentences()[m.sentence].low, m, &nicks);
    }
    auto const known = mentions->size();
    for (std::size_t i = 0; i < doc.sentences().size() && !nicks.empty(); ++i) {
        for (auto const &nick : nicks) {
            add_term_mentions(doc.sentences()[i], i, nick, mentions, known);
        }
    }
    std::stable_sort(mentions->begin(), mentions->end(),
                     [](auto const &a, auto const &b) { return a.sentence < b.sentence; });
}

/// Two names of one agreement: one ends the other ("Sales Agreement" and "At-The-Market
/// Issuance Sales Agreement"), unlike "Sales Agreement" and "Equity Distribution Agreement".
bool same_family(std::string_view a, std::string_view b)
{
    auto const la = lower(a);
    auto const lb = lower(b);
    return la.ends_with(lb) || lb.ends_with(la);
}

/// The program's agreement is the one first named (on the cover when it is named there);
/// its type is the fullest name of that family ("the sales agreement" first, "At Market
/// Issuance Sales Agreement" later: the latter).
void choose_type(document_view_t const &doc, agreement_found_t *found)
{
    agreement_mention_t const *first = nullptr;
    for (auto const &m : found->mentions) {
        if (!m.prior && !m.nickname &&
            (first == nullptr || (!doc.in_lead(first->sentence) && doc.in_lead(m.sentence)))) {
            first = &m;
        }
    }
    if (first == nullptr) {
        return;
    }
    found->first_sentence = first->sentence;
    found->type = first->name;
    for (auto const &m : found->mentions) {
        if (!m.prior && same_family(m.name, first->name) && m.name.size() > found->type->size()) {
            found->type = m.name;
        }
    }
}

/// The original agreement's date: a mention of its family dated and not restated, else one
/// of another name ("pursuant to the Sales Agreement" beside an "Equity Distribution
/// Agreement, dated ..."), else the restatement's.
void choose_date(agreement_found_t *found, std::vector<std::string> *warnings)
{
    for (bool const family : {true, false}) {
        for (auto const &m : found->mentions) {
            if (!m.prior && !m.restated && m.date && (!family || same_family(m.name, *found->type))) {
                found->date = m.date;
                return;
            }
        }
    }
    for (auto const &m : found->mentions) {
        if (!m.prior && m.date) {
            found->date = m.date;
            warnings->push_back("agreement date: only the amended and restated agreement's date is given");
            return;
        }
    }
    found->dated_hereof = std::any_of(found->mentions.begin(), found->mentions.end(),
                                      [](agreement_mention_t const &m) { return !m.prior && m.dated_hereof; });
}

} // namespace

agreement_found_t find_agreement(document_view_t const &doc, std::vector<std::string> *warnings)
{
    agreement_found_t found;
    auto const &sentences = doc.sentences();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        for (auto &m : agreement_mentions(sentences[i].text, sentences[i].low)) {
            m.sentence = i;
            found.mentions.push_back(std::move(m));
        }
    }
    mark_ended(doc, &found.mentions);
    add_nickname_mentions(doc, &found.mentions);
    choose_type(doc, &found);
    if (!found.type) {
        return found;
    }
    choose_date(&found, warnings);
    find_amendments(doc, &found);
    for (auto const &m : found.mentions) {
        if (m.prior && (m.date != found.date || m.name != *found.type)) {
            found.ended = agreement_ref_t{m.name, m.date};
            break;
        }
    }
    return found;
}

bool agreement_found_t::named_in(std::size_t sentence) const noexcept
{
    // Mentions are in the order of their sentences (see add_nickname_mentions).
    auto const at = std::lower_bound(mentions.begin(), mentions.end(), sentence,
                                     [](agreement_mention_t const &m, std::size_t s) { return m.sentence < s; });
    return at != mentions.end() && at->sentence == sentence;
}

bool agreement_found_t::names_only_prior(std::size_t sentence) const noexcept
{
    auto const from = std::lower_bound(mentions.begin(), mentions.end(), sentence,
                                       [](agreement_mention_t const &m, std::size_t s) { return m.sentence < s; });
    auto const to = std::upper_bound(from, mentions.end(), sentence,
                                     [](std::size_t s, agreement_mention_t const &m) { return s < m.sentence; });
    return from != to && std::all_of(from, to, [](agreement_mention_t const &m) { return m.prior; });
}
