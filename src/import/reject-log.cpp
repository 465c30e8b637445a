// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/reject-log.hpp"

#include "errors.hpp"
#include "load/copy-buffer.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

reject_log_t::reject_log_t(std::string const &path)
{
    if (path.empty()) {
        return;
    }
    m_file = std::fopen(path.c_str(), "w");
    if (m_file == nullptr) {
        throw fmt_error("{}: cannot write the reject log (--rejects): {}", path, std::strerror(errno));
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
    copy_buffer_t line; // COPY text format: the escaping is the loader's own
    line.add(o.source_path);
    if (o.source_sha256) {
        line.add_raw(o.source_sha256->hex());
    } else {
        line.add_null();
    }
    line.add(o.stage);
    line.add(o.reason);
    line.end_row();
    std::fputs(line.data().c_str(), m_file);
    std::fflush(m_file);
}
