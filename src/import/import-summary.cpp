// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/import-summary.hpp"

#include <fmt/format.h>

void import_summary_t::count(load_outcome_t const &outcome)
{
    switch (outcome.outcome) {
    case outcome_t::unchanged: ++files_unchanged; break;
    case outcome_t::imported: ++filings_imported; break;
    case outcome_t::already_imported: ++filings_already; break;
    case outcome_t::skipped:
        ++files_skipped;
        if (!outcome.form_type.empty()) {
            ++skipped_form_types[outcome.form_type];
        }
        // Every skip of a document that declared a form type has a kind ("form 10-K",
        // "attachment"): parse_in_place() gives one to each.
        ++skipped_kinds[outcome.skip_kind.empty() ? std::string{"other"} : outcome.skip_kind];
        break;
    case outcome_t::rejected:
        ++files_rejected;
        if (first_rejects.size() < MAX_REJECTS_SHOWN) {
            first_rejects.push_back(outcome);
        }
        break;
    }
}

std::string import_summary_t::to_text() const
{
    std::string out;
    if (!interrupted_by.empty()) {
        out += fmt::format("Interrupted by {}: no further file was read; every filing read before is stored whole\n",
                           interrupted_by);
    }
    double const rate = seconds > 0 ? static_cast<double>(files_seen) / seconds : 0.0;
    out += fmt::format("Files seen: {} in {:.1f} s ({:.0f} files/s)\n", files_seen, seconds, rate);
    out += fmt::format("  imported:            {} filings\n", filings_imported);
    out += fmt::format("  already imported:    {} files unchanged, {} filings stored before\n", files_unchanged,
                       filings_already);
    out += fmt::format("  skipped:             {} files hold no filing the archive keeps", files_skipped);
    if (!skipped_kinds.empty()) {
        std::string kinds;
        for (auto const &[kind, n] : skipped_kinds) {
            kinds += fmt::format("{}{} x{}", kinds.empty() ? "" : ", ", kind, n);
        }
        out += fmt::format(" ({})", kinds);
    }
    out += '\n';
    out += fmt::format("  rejected:            {} files\n", files_rejected);
    for (auto const &r : first_rejects) {
        out += fmt::format("    {}: {}\n", r.source_path, r.reason);
    }
    if (files_rejected > first_rejects.size()) {
        out += fmt::format("    ... and {} more (see --rejects FILE or the import_reject table)\n",
                           files_rejected - first_rejects.size());
    }
    return out;
}

nlohmann::ordered_json import_summary_t::to_json() const
{
    nlohmann::ordered_json j;
    j["files_seen"] = files_seen;
    j["files_unchanged"] = files_unchanged;
    j["filings_imported"] = filings_imported;
    j["filings_already_imported"] = filings_already;
    j["files_skipped"] = files_skipped;
    j["files_rejected"] = files_rejected;
    j["seconds"] = seconds;
    j["skipped_form_types"] = skipped_form_types;
    j["skipped_kinds"] = skipped_kinds;
    j["interrupted_by"] =
        interrupted_by.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(interrupted_by);
    auto rejects = nlohmann::ordered_json::array();
    for (auto const &r : first_rejects) {
        rejects.push_back({{"source", r.source_path}, {"stage", r.stage}, {"reason", r.reason}});
    }
    j["first_rejects"] = std::move(rejects);
    return j;
}
