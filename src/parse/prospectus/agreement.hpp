// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_PARSE_PROSPECTUS_AGREEMENT_HPP
#define FILING_PARSE_PROSPECTUS_AGREEMENT_HPP

#include "model/date.hpp"
#include "model/offering.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class document_view_t;

/// An at-the-market agreement named in a sentence ("At Market Issuance Sales Agreement,
/// dated January 10, 2023").
struct agreement_mention_t
{
    std::string name; ///< as the document writes it, singular, without "Amended and Restated"
    std::size_t sentence = 0;
    std::size_t begin = 0; ///< offsets into the sentence
    std::size_t end = 0;
    bool restated = false;      ///< "Amended and Restated Equity Distribution Agreement"
    bool prior = false;         ///< "our prior sales agreement": one this document ends or replaced
    std::optional<date_t> date; ///< "dated (as of) DATE", or "On DATE, we entered into" it
    bool dated_hereof = false;  ///< "dated the date hereof": the document's own date
    bool nickname = false;      ///< a short name the document defined for it ("the Agreement")
};

/// The ATM agreements a sentence names. `low` is the lower-case copy of `sentence`.
std::vector<agreement_mention_t> agreement_mentions(std::string_view sentence, std::string_view low);

/// True when a lower-case sentence names an at-the-market agreement.
bool names_atm_agreement(std::string_view low);

/// What a supplement says of its program's agreement.
struct agreement_found_t
{
    std::optional<std::string> type; ///< the fullest name it is given
    std::optional<date_t> date;      ///< the original agreement's date
    bool dated_hereof = false;       ///< no date but "dated the date hereof": the document's
    std::vector<agreement_amendment_t> amendments;
    std::vector<agreement_mention_t> mentions; ///< every mention, the prior ones flagged
    std::optional<std::size_t> first_sentence; ///< where the program's agreement is first named
    std::optional<agreement_ref_t> ended;      ///< an earlier agreement the document ends

    /// True when the sentence names agreements and all of them are earlier ones.
    bool names_only_prior(std::size_t sentence) const noexcept;

    /// True when the sentence names an ATM agreement, by its name or its defined short name.
    bool named_in(std::size_t sentence) const noexcept;
};

/**
 * The program's agreement: its type (the fullest name among the mentions: "At-The-Market
 * Issuance Sales Agreement" over "sales agreement"), its date (that of the original
 * agreement when an amendment or restatement names it), its amendments, and an earlier
 * agreement the document ends as it starts this one. A short name the document defines
 * for an agreement ("(the "Agreement")", "(the "Cantor Sales Agreement")") names it
 * wherever it is used. Unsure points go to `warnings`.
 */
agreement_found_t find_agreement(document_view_t const &doc, std::vector<std::string> *warnings);

/// "equity distribution agreement" -> "Equity Distribution Agreement"; "atm" stays ATM.
std::string title_case(std::string_view lower_name);

#endif // FILING_PARSE_PROSPECTUS_AGREEMENT_HPP
