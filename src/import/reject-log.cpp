// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/reject-log.hpp"

#include "errors.hpp"

#include <fmt/format.h>

reject_log_t::reject_log_t(std::string const &path)
{
    if (path.empty()) {
        return;
    }
    m_file = std::fopen(path.c_str(), "w");
    if (m_file == nullptr) {
        throw fmt_error("{}: cannot write the reject log", path);
    }
    fmt::print(m_file, "# path\tsha256\tstage\treason\n");
}

reject_log_t::~reject_log_t()
{
    if (m_file != nullptr) {
        std::fclose(m_file);
    }
}

void reject_log_t::write(load_outcome_t const &o)
{
    if (m_file == nullptr) {
        return;
    }
    fmt::print(m_file, "{}\t{}\t{}\t{}\n", o.source_path, o.source_sha256 ? o.source_sha256->hex() : "", o.stage,
               o.reason);
    std::fflush(m_file);
}
