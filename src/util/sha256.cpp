// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/sha256.hpp"

#include <openssl/evp.h>

#include <stdexcept>

sha256_t sha256_t::of(std::string_view data)
{
    bytes_t out{};
    unsigned int length = 0;
    // EVP_Digest picks the fastest implementation the CPU offers (SHA extensions).
    if (EVP_Digest(data.data(), data.size(), out.data(), &length, EVP_sha256(), nullptr) != 1 || length != out.size()) {
        throw std::runtime_error{"SHA-256 computation failed"};
    }
    return sha256_t{out};
}

sha256_t sha256_t::from_hex(std::string_view hex)
{
    if (hex.size() != 64) {
        throw std::invalid_argument{"a SHA-256 digest has 64 hex digits"};
    }
    auto nibble = [](char c) -> std::uint8_t {
        if (c >= '0' && c <= '9') {
            return static_cast<std::uint8_t>(c - '0');
        }
        if (c >= 'a' && c <= 'f') {
            return static_cast<std::uint8_t>(c - 'a' + 10);
        }
        if (c >= 'A' && c <= 'F') {
            return static_cast<std::uint8_t>(c - 'A' + 10);
        }
        throw std::invalid_argument{"not a hex digit in a SHA-256 digest"};
    };
    bytes_t out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = static_cast<std::uint8_t>((nibble(hex[2 * i]) << 4U) | nibble(hex[2 * i + 1]));
    }
    return sha256_t{out};
}

std::string sha256_t::hex() const
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(64);
    for (auto const b : m_bytes) {
        out += digits[b >> 4U];
        out += digits[b & 0x0fU];
    }
    return out;
}
