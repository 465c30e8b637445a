// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/load-thread.hpp"

load_thread_t::load_thread_t(loader_options_t options, outcome_callback_t on_outcome, std::size_t capacity)
: m_on_outcome(std::move(on_outcome)), m_queue(capacity),
  m_thread([this, options = std::move(options)]() mutable { run(std::move(options)); })
{}

load_thread_t::~load_thread_t()
{
    m_queue.close();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void load_thread_t::run(loader_options_t options)
{
    try {
        pg_loader_t loader{std::move(options), m_on_outcome};
        while (auto message = m_queue.pop()) {
            if (auto *filing = std::get_if<source_filing_t>(&*message)) {
                loader.add(std::move(*filing));
            } else {
                loader.add_file_outcome(std::move(std::get<load_outcome_t>(*message)));
            }
        }
        loader.flush();
    } catch (...) { // handed to finish(), which rethrows it on the caller's thread
        m_error = std::current_exception();
        m_queue.close();
    }
}

void load_thread_t::finish()
{
    m_queue.close();
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_error) {
        std::rethrow_exception(m_error);
    }
}

void load_thread_t::abort() { m_queue.close(); }
