// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/embedded-sql.hpp"

#include <stdexcept>
#include <string>

embedded_sql_t const &find_sql_file(std::vector<embedded_sql_t> const &files, std::string_view name)
{
    for (auto const &file : files) {
        if (file.name == name) {
            return file;
        }
    }
    // A statement name is fixed in the code: a miss is a programming error.
    throw std::logic_error{"no embedded SQL file " + std::string{name}};
}

std::string_view find_sql(std::vector<embedded_sql_t> const &files, std::string_view name)
{
    return find_sql_file(files, name).text;
}
