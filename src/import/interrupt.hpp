// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_IMPORT_INTERRUPT_HPP
#define FILING_IMPORT_INTERRUPT_HPP

#include "errors.hpp"

/**
 * SIGINT (Ctrl-C) and SIGTERM ask an import or a parse to stop early: no further file is
 * read, what has been parsed is stored (the batch being written is finished, so that no
 * filing is stored in part), the summary is printed and the program exits with 128 plus
 * the signal's number (130, 143), as shells report a process stopped by a signal. A second
 * signal stops the program at once: the database rolls back the batch it was writing.
 *
 * The request is one process-wide flag, as signals are process-wide; the handler only sets
 * it (and on a second signal ends the progress line and re-raises with the default action).
 */
void install_interrupt_handlers();

/// The signal that asked to stop (SIGINT, SIGTERM), or 0.
int interrupt_signal() noexcept;

/// Asks to stop as if `signal` had arrived (for tests), or clears the request (0).
void set_interrupt_signal(int signal) noexcept;

/// "SIGINT", "SIGTERM".
char const *signal_name(int signal) noexcept;

/// The exit code of a run that `signal` stopped early: 128 plus its number (130, 143).
exit_code_t interrupted_exit_code(int signal) noexcept;

#endif // FILING_IMPORT_INTERRUPT_HPP
