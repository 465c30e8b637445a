// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/interrupt.hpp"

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace {

// Written by the signal handler, read by every thread: lock-free, hence async-signal-safe.
std::atomic<int> g_interrupt_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

extern "C" void on_interrupt(int signal)
{
    int expected = 0;
    if (g_interrupt_signal.compare_exchange_strong(expected, signal)) {
        return; // the first: the program winds down by itself
    }
    // The second: stop now. End a progress line first, so that the shell prompt starts on
    // a line of its own (write() is async-signal-safe, stdio is not).
    static char const newline = '\n';
    [[maybe_unused]] auto const written = ::write(STDERR_FILENO, &newline, 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

void install_interrupt_handlers()
{
    struct sigaction action
    {
    };
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    // Interrupted system calls resume: the threads notice the request between files.
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int interrupt_signal() noexcept { return g_interrupt_signal.load(std::memory_order_relaxed); }

void set_interrupt_signal(int signal) noexcept { g_interrupt_signal.store(signal); }

char const *signal_name(int signal) noexcept
{
    switch (signal) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    default: return "a signal";
    }
}

exit_code_t interrupted_exit_code(int signal) noexcept
{
    switch (signal) {
    case SIGINT: return exit_code_t::sigint;
    case SIGTERM: return exit_code_t::sigterm;
    default: return static_cast<exit_code_t>(128 + signal); // as shells report it
    }
}
