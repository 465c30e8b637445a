// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_VERSION_HPP
#define FILING_VERSION_HPP

/// The version of the programs, from `git describe` at build time when available.
char const *program_version() noexcept;

#endif // FILING_VERSION_HPP
