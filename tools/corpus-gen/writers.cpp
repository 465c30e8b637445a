// SPDX-License-Identifier: GPL-2.0-or-later
#include "writers.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <sstream>

namespace {

std::string mdy(std::optional<date_t> const &d)
{
    return d ? fmt::format("{:02}/{:02}/{:04}", d->month(), d->day(), d->year()) : std::string{};
}

std::string marks(ownership_row_t const &r, row_field_t field)
{
    auto const it = r.footnotes.find(field);
    if (it == r.footnotes.end()) {
        return {};
    }
    std::string out;
    for (auto const &id : it->second) {
        out += fmt::format(" ({})", id);
    }
    return out;
}

/// "12,345.5" as the forms print amounts.
std::string grouped(decimal_t const &d)
{
    auto const &s = d.str();
    auto const dot = s.find('.');
    auto const neg = !s.empty() && s[0] == '-';
    std::string digits = s.substr(neg ? 1 : 0, (dot == std::string::npos ? s.size() : dot) - (neg ? 1 : 0));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    if (dot != std::string::npos) {
        out += s.substr(dot);
    }
    return neg ? "-" + out : out;
}

std::string amount(std::optional<decimal_t> const &d) { return d ? grouped(*d) : std::string{}; }
std::string money(std::optional<decimal_t> const &d) { return d ? fmt::format("${}", grouped(*d)) : std::string{}; }

void value_node(pugi::xml_node parent, char const *name, std::string const &value, ownership_row_t const &r,
                row_field_t field)
{
    auto node = parent.append_child(name);
    if (!value.empty()) {
        node.append_child("value").text().set(value.c_str());
    }
    if (auto const it = r.footnotes.find(field); it != r.footnotes.end()) {
        for (auto const &id : it->second) {
            node.append_child("footnoteId").append_attribute("id").set_value(("F" + id).c_str());
        }
    }
}

template <typename T, typename F>
std::string text_of(std::optional<T> const &v, F &&f)
{
    return v ? f(*v) : std::string{};
}

void xml_row(pugi::xml_node table, ownership_row_t const &r, bool derivative)
{
    bool const transaction = r.kind == row_kind_t::transaction;
    auto row = table.append_child(derivative ? (transaction ? "derivativeTransaction" : "derivativeHolding")
                                             : (transaction ? "nonDerivativeTransaction" : "nonDerivativeHolding"));
    auto const dec = [](decimal_t const &d) { return d.str(); };
    auto const day = [](date_t const &d) { return d.iso(); };
    value_node(row, "securityTitle", r.security_title, r, row_field_t::security_title);
    if (derivative) {
        value_node(row, "conversionOrExercisePrice", text_of(r.exercise_price, dec), r, row_field_t::exercise_price);
    }
    if (transaction) {
        value_node(row, "transactionDate", text_of(r.transaction_date, day), r, row_field_t::transaction_date);
        if (r.deemed_execution_date) {
            value_node(row, "deemedExecutionDate", r.deemed_execution_date->iso(), r,
                       row_field_t::deemed_execution_date);
        }
        auto coding = row.append_child("transactionCoding");
        coding.append_child("transactionFormType").text().set("4");
        coding.append_child("transactionCode").text().set(r.code.value_or("J").c_str());
        coding.append_child("equitySwapInvolved").text().set(r.equity_swap ? "1" : "0");
        if (auto const it = r.footnotes.find(row_field_t::code); it != r.footnotes.end()) {
            for (auto const &id : it->second) {
                coding.append_child("footnoteId").append_attribute("id").set_value(("F" + id).c_str());
            }
        }
        auto amounts = row.append_child("transactionAmounts");
        value_node(amounts, "transactionShares", text_of(r.shares, dec), r, row_field_t::shares);
        value_node(amounts, "transactionPricePerShare", text_of(r.price, dec), r, row_field_t::price);
        value_node(amounts, "transactionAcquiredDisposedCode",
                   r.acquired_disposed ? std::string(1, *r.acquired_disposed) : std::string{}, r,
                   row_field_t::acquired_disposed);
    }
    if (derivative) {
        value_node(row, "exerciseDate", text_of(r.exercisable_date, day), r, row_field_t::exercisable_date);
        value_node(row, "expirationDate", text_of(r.expiration_date, day), r, row_field_t::expiration_date);
        auto underlying = row.append_child("underlyingSecurity");
        value_node(underlying, "underlyingSecurityTitle", r.underlying_title.value_or(""), r,
                   row_field_t::underlying_title);
        value_node(underlying, "underlyingSecurityShares", text_of(r.underlying_shares, dec), r,
                   row_field_t::underlying_shares);
    }
    auto post = row.append_child("postTransactionAmounts");
    value_node(post, "sharesOwnedFollowingTransaction", text_of(r.shares_owned_after, dec), r,
               row_field_t::shares_owned_after);
    auto nature = row.append_child("ownershipNature");
    value_node(nature, "directOrIndirectOwnership", r.ownership ? std::string(1, *r.ownership) : std::string{}, r,
               row_field_t::ownership);
    if (r.nature_of_ownership) {
        value_node(nature, "natureOfOwnership", *r.nature_of_ownership, r, row_field_t::nature_of_ownership);
    }
}

std::string relationship_boxes(reporting_owner_t const &o)
{
    return fmt::format("{}Director {}10% Owner", o.is_director ? "X " : "", o.is_ten_percent_owner ? "X " : "");
}

} // namespace

std::string write_ownership_xml(filing_t const &f)
{
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    auto root = doc.append_child("ownershipDocument");
    root.append_child("schemaVersion").text().set(f.schema_version.value_or("X0508").c_str());
    root.append_child("documentType").text().set(f.form_type.str().c_str());
    root.append_child("periodOfReport").text().set(f.period_of_report ? f.period_of_report->iso().c_str() : "");
    if (f.date_of_original_submission) {
        root.append_child("dateOfOriginalSubmission").text().set(f.date_of_original_submission->iso().c_str());
    }
    if (f.not_subject_to_section16) {
        root.append_child("notSubjectToSection16").text().set(*f.not_subject_to_section16 ? "1" : "0");
    }
    auto issuer = root.append_child("issuer");
    issuer.append_child("issuerCik")
        .text()
        .set(f.issuer.cik ? fmt::format("{:010}", f.issuer.cik->value()).c_str() : "");
    issuer.append_child("issuerName").text().set(f.issuer.name.c_str());
    issuer.append_child("issuerTradingSymbol").text().set(f.issuer.ticker.value_or("").c_str());
    for (auto const &o : f.owners) {
        auto owner = root.append_child("reportingOwner");
        auto id = owner.append_child("reportingOwnerId");
        id.append_child("rptOwnerCik").text().set(o.cik ? fmt::format("{:010}", o.cik->value()).c_str() : "");
        id.append_child("rptOwnerName").text().set(o.name.c_str());
        auto address = owner.append_child("reportingOwnerAddress");
        address.append_child("rptOwnerStreet1").text().set(o.street1.value_or("").c_str());
        address.append_child("rptOwnerStreet2").text().set(o.street2.value_or("").c_str());
        address.append_child("rptOwnerCity").text().set(o.city.value_or("").c_str());
        address.append_child("rptOwnerState").text().set(o.state.value_or("").c_str());
        address.append_child("rptOwnerZipCode").text().set(o.zip.value_or("").c_str());
        auto rel = owner.append_child("reportingOwnerRelationship");
        rel.append_child("isDirector").text().set(o.is_director ? "1" : "0");
        rel.append_child("isOfficer").text().set(o.is_officer ? "1" : "0");
        rel.append_child("isTenPercentOwner").text().set(o.is_ten_percent_owner ? "1" : "0");
        rel.append_child("isOther").text().set(o.is_other ? "1" : "0");
        if (o.officer_title) {
            rel.append_child("officerTitle").text().set(o.officer_title->c_str());
        }
        if (o.other_text) {
            rel.append_child("otherText").text().set(o.other_text->c_str());
        }
    }
    if (f.aff10b5one) {
        root.append_child("aff10b5One").text().set(*f.aff10b5one ? "1" : "0");
    }
    auto nd = root.append_child("nonDerivativeTable");
    for (auto const &r : f.non_derivative) {
        xml_row(nd, r, false);
    }
    auto d = root.append_child("derivativeTable");
    for (auto const &r : f.derivative) {
        xml_row(d, r, true);
    }
    auto notes = root.append_child("footnotes");
    for (auto const &n : f.footnotes) {
        auto note = notes.append_child("footnote");
        note.append_attribute("id").set_value(("F" + n.id).c_str());
        note.text().set(n.text.c_str());
    }
    if (f.remarks) {
        root.append_child("remarks").text().set(f.remarks->c_str());
    }
    for (auto const &s : f.signatures) {
        auto sig = root.append_child("ownerSignature");
        sig.append_child("signatureName").text().set(s.name.c_str());
        sig.append_child("signatureDate").text().set(s.date ? s.date->iso().c_str() : "");
    }
    std::ostringstream out;
    doc.save(out, "  ");
    return out.str();
}

std::string write_submission(filing_t const &f, std::string const &xml)
{
    auto const filed = f.filed_date.value_or(
        f.signatures.empty() || !f.signatures[0].date ? date_t::make(2024, 1, 2).value() : *f.signatures[0].date);
    auto const stamp = fmt::format("{:04}{:02}{:02}", filed.year(), filed.month(), filed.day());
    std::string out =
        fmt::format("<SEC-DOCUMENT>{0}.txt : {1}\n<SEC-HEADER>{0}.hdr.sgml : {1}\n"
                    "ACCESSION NUMBER:\t\t{0}\nCONFORMED SUBMISSION TYPE:\t{2}\nPUBLIC DOCUMENT COUNT:\t\t1\n"
                    "FILED AS OF DATE:\t\t{1}\n\n",
                    f.accession ? f.accession->str() : "", stamp, f.form_type.str());
    for (auto const &o : f.owners) {
        out += fmt::format("REPORTING-OWNER:\n\n\tOWNER DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\t{}\n"
                           "\t\tCENTRAL INDEX KEY:\t\t\t{:010}\n\n",
                           o.name, o.cik ? o.cik->value() : 0U);
    }
    out += fmt::format(
        "ISSUER:\n\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\t{}\n\t\tCENTRAL INDEX KEY:\t\t\t{:010}\n"
        "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>{}\n<SEQUENCE>1\n<FILENAME>form4.xml\n<TEXT>\n<XML>\n{}</XML>\n"
        "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n",
        f.issuer.name, f.issuer.cik ? f.issuer.cik->value() : 0U, f.form_type.str(), xml);
    return out;
}

namespace {

/// The rendering's cover: form, boxes, reporting person, issuer and dates.
std::string rendering_cover(filing_t const &f)
{
    auto const &o = f.owners.front();
    bool const form3 = f.form_type.base() == "3";
    bool const form5 = f.form_type.base() == "5";
    std::string out =
        fmt::format("FORM {}\n\nUNITED STATES SECURITIES AND EXCHANGE COMMISSION\n\nWashington, D.C. 20549\n\n",
                    f.form_type.base());
    if (!form3) {
        out += fmt::format("{}Check this box if no longer subject to Section 16. Form 4 or Form 5 obligations may "
                           "continue. See Instruction 1(b).\n\n",
                           f.not_subject_to_section16.value_or(false) ? "X " : "");
        out += fmt::format("{}Check this box to indicate that a transaction was made pursuant to a contract, "
                           "instruction or written plan for the purchase or sale of equity securities of the issuer "
                           "that is intended to satisfy the affirmative defense conditions of Rule 10b5-1(c). See "
                           "Instruction 10.\n\n",
                           f.aff10b5one.value_or(false) ? "X " : "");
    }
    out += form3   ? "INITIAL STATEMENT OF BENEFICIAL OWNERSHIP OF SECURITIES\n\n"
           : form5 ? "ANNUAL STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n\n"
                   : "STATEMENT OF CHANGES IN BENEFICIAL OWNERSHIP\n\n";
    auto const period_label = form3   ? "2. Date of Event Requiring Statement (Month/Day/Year)"
                              : form5 ? "3. Statement for Issuer's Fiscal Year Ended (Month/Day/Year)"
                                      : "3. Date of Earliest Transaction (Month/Day/Year)";
    out += fmt::format("1. Name and Address of Reporting Person*\t\t{}\t\t{}. Issuer Name and Ticker or Trading Symbol "
                       "{} [ {} ]\t5. Relationship of Reporting Person(s) to Issuer (Check all applicable) {}\n\n",
                       o.name, form3 ? 3 : 2, f.issuer.name, f.issuer.ticker.value_or("NONE"), relationship_boxes(o));
    out += fmt::format("(Last)\t(First)\t(Middle)\t{} {}\t{}Officer (give title below) {}Other (specify below)\n\n",
                       period_label, mdy(f.period_of_report), o.is_officer ? "X " : "", o.is_other ? "X " : "");
    auto const role = o.officer_title ? *o.officer_title : o.other_text.value_or("");
    out += fmt::format("{}\t\t\t\t{}\n\n", o.street1.value_or(""), role);
    out += fmt::format("{}\t\t4. If Amendment, Date of Original Filed (Month/Day/Year){}\t6. Individual or Joint/Group "
                       "Filing (Check Applicable Line) {}Form filed by One Reporting Person\n\n",
                       o.street2.value_or(""),
                       f.date_of_original_submission ? fmt::format(" {}", mdy(f.date_of_original_submission))
                                                     : std::string{},
                       f.owners.size() == 1 ? "X " : "");
    out += fmt::format("(Street)\t\t\t\t{}Form filed by More than One Reporting Person\n\n",
                       f.owners.size() > 1 ? "X " : "");
    out += fmt::format("{}\t{}\t{}\t\n\n(City)\t(State)\t(Zip)\t\n\n", o.city.value_or(""), o.state.value_or(""),
                       o.zip.value_or(""));

    return out;
}

/// Form 3's tables: holdings only.
std::string rendering_form3_tables(filing_t const &f)
{
    std::string out;
    out += "Table I - Non-Derivative Securities Beneficially Owned\n\n1. Title of Security (Instr. 4)\t2. Amount of "
           "Securities Beneficially Owned (Instr. 4)\t3. Ownership Form: Direct (D) or Indirect (I) (Instr. 5)\t4. "
           "Nature of Indirect Beneficial Ownership (Instr. 5)\n\n";
    for (auto const &r : f.non_derivative) {
        out += fmt::format("{}{}\t{}{}\t{}{}\t{}{}\n\n", r.security_title, marks(r, row_field_t::security_title),
                           amount(r.shares_owned_after), marks(r, row_field_t::shares_owned_after),
                           r.ownership ? std::string(1, *r.ownership) : "", marks(r, row_field_t::ownership),
                           r.nature_of_ownership.value_or(""), marks(r, row_field_t::nature_of_ownership));
    }
    out += "Table II - Derivative Securities Beneficially Owned (e.g., puts, calls, warrants, options, convertible "
           "securities)\n\n1. Title of Derivative Security (Instr. 4)\t2. Date Exercisable and Expiration Date "
           "(Month/Day/Year)\t\t3. Title and Amount of Securities Underlying Derivative Security (Instr. 4)\t\t4. "
           "Conversion or Exercise Price of Derivative Security\t5. Ownership Form: Direct (D) or Indirect (I) "
           "(Instr. 5)\t6. Nature of Indirect Beneficial Ownership (Instr. 5)\n\tDate Exercisable\tExpiration "
           "Date\tTitle\tAmount or Number of Shares\t\t\t\n\n";
    for (auto const &r : f.derivative) {
        out += fmt::format(
            "{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\n\n", r.security_title,
            marks(r, row_field_t::security_title), mdy(r.exercisable_date), marks(r, row_field_t::exercisable_date),
            mdy(r.expiration_date), marks(r, row_field_t::expiration_date), r.underlying_title.value_or(""),
            marks(r, row_field_t::underlying_title), amount(r.underlying_shares),
            marks(r, row_field_t::underlying_shares), money(r.exercise_price), marks(r, row_field_t::exercise_price),
            r.ownership ? std::string(1, *r.ownership) : "", marks(r, row_field_t::ownership),
            r.nature_of_ownership.value_or(""), marks(r, row_field_t::nature_of_ownership));
    }
    return out;
}

/// The tables of Forms 4 and 5: transactions and holdings.
std::string rendering_form45_tables(filing_t const &f)
{
    std::string out;
    out += "Table I - Non-Derivative Securities Acquired, Disposed of, or Beneficially Owned\n\n1. Title of Security "
           "(Instr. 3)\t2. Transaction Date (Month/Day/Year)\t2A. Deemed Execution Date, if any (Month/Day/Year)\t3. "
           "Transaction Code (Instr. 8)\t\t4. Securities Acquired (A) or Disposed Of (D) (Instr. 3, 4 and "
           "5)\t\t\t5. Amount of Securities Beneficially Owned Following Reported\t6. Ownership Form: Direct (D) or "
           "Indirect (I) (Instr. 4)\t7. Nature of Indirect Beneficial Ownership\n\t\t\tCode\tV\tAmount\t(A) or "
           "(D)\tPrice\tTransaction(s) (Instr. 3 and 4)\t\t(Instr. 4)\n\n";
    for (auto const &r : f.non_derivative) {
        out += fmt::format(
            "{}{}\t{}{}\t{}{}\t{}{}\t{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\n\n", r.security_title,
            marks(r, row_field_t::security_title), mdy(r.transaction_date), marks(r, row_field_t::transaction_date),
            mdy(r.deemed_execution_date), marks(r, row_field_t::deemed_execution_date), r.code.value_or(""),
            marks(r, row_field_t::code), r.equity_swap ? "V" : "", amount(r.shares), marks(r, row_field_t::shares),
            r.acquired_disposed ? std::string(1, *r.acquired_disposed) : "", marks(r, row_field_t::acquired_disposed),
            money(r.price), marks(r, row_field_t::price), amount(r.shares_owned_after),
            marks(r, row_field_t::shares_owned_after), r.ownership ? std::string(1, *r.ownership) : "",
            marks(r, row_field_t::ownership), r.nature_of_ownership.value_or(""),
            marks(r, row_field_t::nature_of_ownership));
    }
    out += "Table II - Derivative Securities Acquired, Disposed of, or Beneficially Owned (e.g., puts, calls, "
           "warrants, options, convertible securities)\n\n1. Title of Derivative Security (Instr. 3)\t2. Conversion "
           "or Exercise Price of Derivative Security\t3. Transaction Date (Month/Day/Year)\t3A. Deemed Execution "
           "Date, if any (Month/Day/Year)\t4. Transaction Code (Instr. 8)\t\t5. Number of Derivative Securities "
           "Acquired (A) or Disposed of (D) (Instr. 3, 4 and 5)\t\t6. Date Exercisable and Expiration Date "
           "(Month/Day/Year)\t\t7. Title and Amount of Securities Underlying Derivative Security (Instr. 3 and "
           "4)\t\t8. Price of Derivative Security (Instr. 5)\t9. Number of derivative Securities Beneficially Owned "
           "Following Reported\t10. Ownership Form: Direct (D) or Indirect (I) (Instr. 4)\t11. Nature of Indirect "
           "Beneficial Ownership (Instr. 4)\n\t\t\t\tCode\tV\t(A)\t(D)\tDate Exercisable\tExpiration "
           "Date\tTitle\tAmount or Number of Shares\t\tTransaction(s) (Instr. 4)\t\t\n\n";
    for (auto const &r : f.derivative) {
        bool const acquired = r.acquired_disposed.value_or('A') == 'A';
        out += fmt::format(
            "{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}\t{}\t{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\t{}{}\n\n",
            r.security_title, marks(r, row_field_t::security_title), money(r.exercise_price),
            marks(r, row_field_t::exercise_price), mdy(r.transaction_date), marks(r, row_field_t::transaction_date),
            mdy(r.deemed_execution_date), marks(r, row_field_t::deemed_execution_date), r.code.value_or(""),
            marks(r, row_field_t::code), r.equity_swap ? "V" : "",
            acquired ? amount(r.shares) + marks(r, row_field_t::shares) : "",
            acquired ? "" : amount(r.shares) + marks(r, row_field_t::shares), mdy(r.exercisable_date),
            marks(r, row_field_t::exercisable_date), mdy(r.expiration_date), marks(r, row_field_t::expiration_date),
            r.underlying_title.value_or(""), marks(r, row_field_t::underlying_title), amount(r.underlying_shares),
            marks(r, row_field_t::underlying_shares), money(r.price), marks(r, row_field_t::price),
            amount(r.shares_owned_after), marks(r, row_field_t::shares_owned_after),
            r.ownership ? std::string(1, *r.ownership) : "", marks(r, row_field_t::ownership),
            r.nature_of_ownership.value_or(""), marks(r, row_field_t::nature_of_ownership));
    }
    return out;
}

/// Footnotes, remarks, the owners of a joint filing and the signatures.
std::string rendering_end(filing_t const &f)
{
    std::string out = "Explanation of Responses:\n\n";
    for (auto const &n : f.footnotes) {
        out += fmt::format("- {}. {}\n\n", n.id, n.text);
    }
    if (f.remarks) {
        out += fmt::format("Remarks:\n\n{}\n\n", *f.remarks);
    }
    if (f.owners.size() > 1) {
        out += "Reporting Owners\n\nReporting Owner Name / Address\tRelationships\t\t\t\n\n\tDirector\t10% "
               "Owner\tOfficer\tOther\n\n";
        for (auto const &ro : f.owners) {
            std::string address = ro.street1.value_or("");
            if (ro.street2) {
                address += ", " + *ro.street2;
            }
            out += fmt::format("{} {}, {}, {}, {}\t{}\t{}\t{}\t{}\n\n", ro.name, address, ro.city.value_or(""),
                               ro.state.value_or(""), ro.zip.value_or(""), ro.is_director ? "X" : "",
                               ro.is_ten_percent_owner ? "X" : "", ro.is_officer ? ro.officer_title.value_or("X") : "",
                               ro.is_other ? ro.other_text.value_or("X") : "");
        }
    }
    for (auto const &s : f.signatures) {
        out += fmt::format("{} {}\n\n", s.name, mdy(s.date));
    }
    out += "** Signature of Reporting Person Date\n\nReminder: Report on a separate line for each class of securities "
           "beneficially owned directly or indirectly.\n";
    return out;
}

} // namespace

std::string write_rendering(filing_t const &f)
{
    bool const form3 = f.form_type.base() == "3";
    return rendering_cover(f) + (form3 ? rendering_form3_tables(f) : rendering_form45_tables(f)) + rendering_end(f);
}

std::string write_prospectus(filing_t const &f)
{
    auto const &o = *f.offering;
    auto const words = [](std::optional<date_t> const &d) {
        static constexpr char const *months[] = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
        return d ? fmt::format("{} {}, {}", months[d->month() - 1], d->day(), d->year()) : std::string{};
    };
    std::string agents;
    for (std::size_t i = 0; i < o.agents.size(); ++i) {
        agents += i == 0 ? "" : (i + 1 == o.agents.size() ? " and " : ", ");
        agents += o.agents[i];
    }
    std::string out =
        fmt::format("Filed Pursuant to Rule 424(b)(5)\nRegistration No. {}\n\nPROSPECTUS SUPPLEMENT\n\n{}\n\n",
                    o.registration_no.value_or(""), f.issuer.name);
    if (o.events.empty() || o.events.front().type == offering_event_type_t::established) {
        out += fmt::format("Up to ${}\nCommon Stock\n\nWe have entered into an {}, dated {} (the \"Sales Agreement\"), "
                           "with {}, relating to shares of our common stock. In accordance with the terms of the Sales "
                           "Agreement, we may offer and sell shares of our common stock having an aggregate offering "
                           "price of up to ${} from time to time through the sales agents in \"at the market "
                           "offerings.\" The sales agents will be entitled to a commission of up to {}% of the gross "
                           "sales price.\n\n",
                           grouped(*o.max_aggregate_offering_price), o.agreement_type.value_or("Sales Agreement"),
                           words(o.agreement_date), agents, grouped(*o.max_aggregate_offering_price),
                           o.commission_rate ? o.commission_rate->str() : "3.0");
    } else {
        out += fmt::format("Supplement No. 1 to Prospectus Supplement\n\nThis supplement amends the prospectus "
                           "supplement relating to our at-the-market offering under the {}, dated {}, with {}.\n\n",
                           o.agreement_type.value_or("Sales Agreement"), words(o.agreement_date), agents);
        for (auto const &e : o.events) {
            if (e.type == offering_event_type_t::sales_update) {
                out += fmt::format("As of {}, we have sold an aggregate of {} shares of our common stock under the "
                                   "Sales Agreement for aggregate gross proceeds of ${}.\n\n",
                                   words(e.date), grouped(*e.shares_sold), grouped(*e.gross_proceeds));
            } else if (e.type == offering_event_type_t::suspended) {
                out += fmt::format("We are suspending sales under the Sales Agreement effective {}. The Sales "
                                   "Agreement remains in full force and effect.\n\n",
                                   words(e.date));
            }
        }
    }
    out += fmt::format("The date of this prospectus supplement is {}.\n", words(o.document_date));
    return out;
}
