// SPDX-License-Identifier: GPL-2.0-or-later
// libFuzzer entry: any bytes through the whole parse, as `filing-import parse` runs it (the
// format detected from the content, every parser reachable), then the document key and
// the JSON contract.
#include "model/filing-json.hpp"
#include "parse/parse-document.hpp"
#include "util/json-text.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const *data, std::size_t size)
{
    std::string_view const bytes{reinterpret_cast<char const *>(data), size};
    auto const result = parse_document(bytes);
    for (auto const &filing : result.filings) {
        static_cast<void>(document_key(filing));
        static_cast<void>(json_text(filing_to_json(filing, "fuzz", sha256_t::of(bytes))));
    }
    return 0;
}
