// Short words as integers: a word of 1..16 bytes is two zero-padded 64-bit words, read in
// two loads from a buffer with at least 16 readable bytes after the word (FoldedTokens and
// the lexicon indexes pad theirs). Indexes over short table words (token_classes, the
// entity facts) compare these two words instead of calling memcmp.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace parallax::lexicon {

struct ShortKey {
  uint64_t lo = 0, hi = 0;
};

// The n <= 8 bytes at p (of 8 readable) as an integer, the bytes past n zero.
inline uint64_t load_masked(const char* p, size_t n) {
  uint64_t v = 0;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::little)
    return n >= 8 ? v : v & ((uint64_t{1} << (8 * n)) - 1);
  else
    return n >= 8 ? v : v & ~(~uint64_t{0} >> (8 * n));
}

// The key of the word of n (1..16) bytes at p, followed by at least 16 readable bytes.
inline ShortKey short_key(const char* p, size_t n) {
  return {load_masked(p, n), n > 8 ? load_masked(p + 8, n - 8) : 0};
}

}  // namespace parallax::lexicon
