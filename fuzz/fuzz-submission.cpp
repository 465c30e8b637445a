// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer entry: the EDGAR submission reader (SGML header, documents, embedded XML).
#include "parse/submission.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const *data, std::size_t size)
{
    std::string_view const text{reinterpret_cast<char const *>(data), size};
    static_cast<void>(looks_like_submission(text));
    auto const sub = parse_submission(text);
    for (auto const &doc : sub.documents) {
        static_cast<void>(embedded_xml(doc.body));
    }
    static_cast<void>(sub.party("issuer"));
    return 0;
}
