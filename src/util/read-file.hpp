// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_READ_FILE_HPP
#define FILING_UTIL_READ_FILE_HPP

#include <string>

/**
 * The whole content of a file.
 * \throws user_error_t naming the file when it cannot be opened or read.
 */
std::string read_file(std::string const &path);

#endif // FILING_UTIL_READ_FILE_HPP
