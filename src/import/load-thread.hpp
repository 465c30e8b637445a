// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_LOAD_THREAD_HPP
#define FILING_IMPORT_LOAD_THREAD_HPP

#include "load/pg-loader.hpp"
#include "load/source-filing.hpp"
#include "util/bounded-queue.hpp"

#include <exception>
#include <functional>
#include <thread>
#include <variant>

/// What the parser threads hand the loader: a filing, or what became of a whole file.
using load_message_t = std::variant<source_filing_t, load_outcome_t>;

/**
 * The one thread that writes to the database: it owns the loader and its connection,
 * takes messages from a bounded queue (parser threads wait when the database is the
 * slower side) and reports every outcome through the callback, on its own thread. An
 * error stops it and closes the queue, so producers stop too; finish() rethrows it.
 */
class load_thread_t
{
public:
    load_thread_t(loader_options_t options, outcome_callback_t on_outcome, std::size_t capacity);
    load_thread_t(load_thread_t const &) = delete;
    load_thread_t &operator=(load_thread_t const &) = delete;
    load_thread_t(load_thread_t &&) = delete;
    load_thread_t &operator=(load_thread_t &&) = delete;
    ~load_thread_t();

    /// False when the loader has stopped (after an error): the producer should stop too.
    bool push(load_message_t message) { return m_queue.push(std::move(message)); }

    /// Waits until everything pushed is stored; rethrows the loader's error, if any.
    void finish();

    /// Takes no more messages (when another thread failed); what is queued is still stored.
    void abort();

private:
    void run(loader_options_t options);

    outcome_callback_t m_on_outcome;
    bounded_queue_t<load_message_t> m_queue;
    std::exception_ptr m_error;
    std::thread m_thread;
};

#endif // FILING_IMPORT_LOAD_THREAD_HPP
