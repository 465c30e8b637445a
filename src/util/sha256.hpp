// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_SHA256_HPP
#define FILING_UTIL_SHA256_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

/// A SHA-256 digest: the identity of a file's content.
class sha256_t
{
public:
    using bytes_t = std::array<std::uint8_t, 32>;

    sha256_t() = default;
    explicit sha256_t(bytes_t const &bytes) noexcept : m_bytes(bytes) {}

    /// The digest of `data`.
    static sha256_t of(std::string_view data);

    /// Parses 64 hex digits; throws std::invalid_argument otherwise.
    static sha256_t from_hex(std::string_view hex);

    bytes_t const &bytes() const noexcept { return m_bytes; }
    std::string hex() const;

    friend auto operator<=>(sha256_t const &, sha256_t const &) = default;

private:
    bytes_t m_bytes{};
};

struct sha256_hash_t
{
    std::size_t operator()(sha256_t const &h) const noexcept
    {
        std::size_t v = 0;
        for (std::size_t i = 0; i < sizeof(v); ++i) {
            v = (v << 8U) | h.bytes()[i];
        }
        return v;
    }
};

#endif // FILING_UTIL_SHA256_HPP
