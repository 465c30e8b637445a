// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer entry: the ownership XML reader alone.
#include "parse/ownership-xml.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const *data, std::size_t size)
{
    std::string_view const xml{reinterpret_cast<char const *>(data), size};
    static_cast<void>(looks_like_ownership_xml(xml));
    static_cast<void>(parse_ownership_xml(xml));
    return 0;
}
