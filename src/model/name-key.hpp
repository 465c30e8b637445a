// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_MODEL_NAME_KEY_HPP
#define FILING_MODEL_NAME_KEY_HPP

#include <string>
#include <string_view>

/**
 * The key an issuer is known by when no CIK is available: upper case, punctuation and
 * corporate suffixes dropped, so that "CELLECTAR BIOSCIENCES, INC." and
 * "Cellectar Biosciences, Inc." give "CELLECTAR BIOSCIENCES".
 */
std::string issuer_name_key(std::string_view name);

/**
 * The key a person or entity is known by when no CIK is available: upper-case words
 * without punctuation, sorted, so that the form's "CARUSO JAMES V" (last name first) and
 * a signature's "James V. Caruso" give the same key "CARUSO JAMES V".
 */
std::string person_name_key(std::string_view name);

#endif // FILING_MODEL_NAME_KEY_HPP
