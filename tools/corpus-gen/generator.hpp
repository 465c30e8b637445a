// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_CORPUS_GEN_GENERATOR_HPP
#define FILING_CORPUS_GEN_GENERATOR_HPP

// Realistic random filings, the same ones for the same seed on every machine.

#include "model/filing.hpp"

#include <cstdint>
#include <string>
#include <vector>

/// SplitMix64: tiny, fast, and the same sequence everywhere (std distributions are not).
class rng_t
{
public:
    explicit rng_t(std::uint64_t seed) noexcept : m_state(seed) {}

    std::uint64_t next() noexcept
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    /// Uniform in [lo, hi].
    std::int64_t range(std::int64_t lo, std::int64_t hi) noexcept
    {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(int percent) noexcept { return range(1, 100) <= percent; }
    template <typename T>
    T const &pick(std::vector<T> const &items) noexcept
    {
        return items[static_cast<std::size_t>(range(0, static_cast<std::int64_t>(items.size()) - 1))];
    }

private:
    std::uint64_t m_state;
};

struct issuer_t
{
    std::string name;
    std::string ticker;
    std::uint64_t cik;
    /// Positions in the people pool of its officers and directors (make_people).
    std::vector<std::size_t> insiders;
};

struct person_t
{
    std::string name;
    std::uint64_t cik;
    std::string street;
    std::size_t city;
};

date_t day_after(date_t const &d, int days);

/// Pools of issuers and persons sized for `count` filings. make_people gives each issuer
/// its insiders, as real ones have: most reporting owners file for one company only.
std::vector<issuer_t> make_issuers(rng_t *r, std::size_t count);
std::vector<person_t> make_people(rng_t *r, std::size_t count, std::vector<issuer_t> *issuers);

/// How generated ownership filings are shaped.
enum class corpus_shape_t : std::uint8_t
{
    /// The benchmark's long-standing corpus: about 10 table rows a filing and 1 footnote
    /// mark in 12 fields (about 23 database rows a filing, few of them footnote links).
    standard,
    /// Shaped like the real filings of the development corpus: about 7 table rows, 6
    /// footnotes of about 300 characters and 15 footnote marks a filing.
    footnote_rich
};

/// A Form 3, 4 or 5 with rows, footnotes, several owners now and then.
filing_t make_ownership(rng_t *r, issuer_t const &issuer, std::vector<person_t> const &people, std::size_t index,
                        corpus_shape_t shape = corpus_shape_t::standard);

/// An ATM supplement: a program set up, or sales to date (and a suspension now and then).
filing_t make_prospectus(rng_t *r, issuer_t const &issuer, std::size_t index);

#endif // FILING_CORPUS_GEN_GENERATOR_HPP
