// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer entry: the prospectus supplement parser, on text and on HTML turned into text,
// after the normalization the import applies first.
#include "parse/html-text.hpp"
#include "parse/prospectus/prospectus.hpp"
#include "parse/text-normalize.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const *data, std::size_t size)
{
    auto const clean = sanitize_utf8({reinterpret_cast<char const *>(data), size});
    auto const text = normalize_rendering(looks_like_html(clean) ? html_to_text(clean) : clean);
    prospectus_context_t context;
    context.form_type = "424B5";
    static_cast<void>(looks_like_prospectus(text));
    static_cast<void>(parse_prospectus(text, context));
    return 0;
}
