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
        ++skipped_form_types[outcome.form_type.empty() ? "unknown" : outcome.form_type];
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
    double const rate = seconds > 0 ? static_cast<double>(files_seen) / seconds : 0.0;
    out += fmt::format("Files seen: {} in {:.1f} s ({:.0f} files/s)\n", files_seen, seconds, rate);
    out += fmt::format("  imported:            {} filings\n", filings_imported);
    out += fmt::format("  already imported:    {} files unchanged, {} filings stored before\n",
                       files_unchanged, filings_already);
    out += fmt::format("  skipped:             {} files hold no filing the archive keeps", files_skipped);
    if (!skipped_form_types.empty()) {
        std::string forms;
        for (auto const &[form, n] : skipped_form_types) {
            forms += fmt::format("{}{} x{}", forms.empty() ? "" : ", ", form, n);
        }
        out += fmt::format(" ({})", forms);
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
    auto rejects = nlohmann::ordered_json::array();
    for (auto const &r : first_rejects) {
        rejects.push_back({{"source", r.source_path}, {"stage", r.stage}, {"reason", r.reason}});
    }
    j["first_rejects"] = std::move(rejects);
    return j;
}
