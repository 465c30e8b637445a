// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer entry: the text-rendering parser of Forms 3, 4 and 5, after the normalization
// the import applies first (whether or not the text looks like a form).
#include "parse/ownership-text.hpp"
#include "parse/text-normalize.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const *data, std::size_t size)
{
    auto const text = normalize_rendering(sanitize_utf8({reinterpret_cast<char const *>(data), size}));
    static_cast<void>(looks_like_ownership_text(text));
    static_cast<void>(parse_ownership_text(text));
    return 0;
}
