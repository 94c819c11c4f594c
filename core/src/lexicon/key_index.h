// KeyIndex: a hash index over the keys of a sorted lexicon table, built once on first use.
// The sorted tables stay the reviewable source of truth; the index only makes a lookup cost
// one short hash and (for the many words that are in no table) usually no string compare.
// A binary search over string_views was the largest single cost of the analysis (memcmp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace parallax::lexicon {

// A hash of a short word in constant time: its length and up to twelve of its bytes (the
// first, middle and last four), mixed. Words that share those bytes only share a probe run;
// every lookup still compares whole keys.
inline size_t word_hash(std::string_view s) {
  const size_t n = s.size();
  const char* p = s.data();
  uint64_t v = 0;
  if (n >= 4) {
    uint32_t a = 0, b = 0;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = (uint64_t{a} << 32) | b;
    if (n > 8) {
      uint32_t c = 0;
      std::memcpy(&c, p + n / 2 - 2, 4);
      v ^= uint64_t{c} * 0x9E3779B97F4A7C15ull;
    }
  } else if (n > 0) {
    v = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
        (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
        static_cast<unsigned char>(p[n - 1]);
  }
  v ^= uint64_t{n} << 56;
  v ^= v >> 33;  // the MurmurHash3 finaliser
  v *= 0xFF51AFD7ED558CCDull;
  v ^= v >> 33;
  v *= 0xC4CEB9FE1A85EC53ull;
  v ^= v >> 33;
  return static_cast<size_t>(v);
}

class KeyIndex {
 public:
  explicit KeyIndex(std::vector<std::string_view> keys) : keys_(std::move(keys)) {
    size_t size = 16;
    while (size < keys_.size() * 2) size *= 2;
    slots_.assign(size, -1);
    mask_ = size - 1;
    for (size_t i = 0; i < keys_.size(); ++i) {
      const std::string_view k = keys_[i];
      if (k.size() < min_size_) min_size_ = k.size();
      if (k.size() > max_size_) max_size_ = k.size();
      if (!k.empty()) {
        shapes_[static_cast<unsigned char>(k[0])] |= length_bit(k.size());
        ends_[static_cast<unsigned char>(k.back())] |= length_bit(k.size());
      }
      size_t s = hash(k) & mask_;
      // A repeated key keeps its first row, as a lower_bound over the table would.
      while (slots_[s] >= 0 && keys_[static_cast<size_t>(slots_[s])] != k) s = (s + 1) & mask_;
      if (slots_[s] < 0) slots_[s] = static_cast<int32_t>(i);
    }
  }

  // The row of `key` in the table, or -1.
  int32_t find(std::string_view key) const {
    if (key.empty()) return min_size_ == 0 ? probe(key) : -1;
    return may_hold(key[0], key.back(), key.size()) ? probe(key) : -1;
  }

  // Whether some key of `size` bytes starts with `first` and ends with `last`. Most words
  // asked about are in no table: no key has their first byte and length, or no key has
  // their last byte and length. Two table reads reject about twice as many words as the
  // first byte alone, without a call, a hash or a probe.
  bool may_hold(char first, char last, size_t size) const {
    if (size < min_size_ || size > max_size_) return false;
    const uint32_t bit = length_bit(size);
    return (shapes_[static_cast<unsigned char>(first)] & bit) &&
           (ends_[static_cast<unsigned char>(last)] & bit);
  }
  // may_hold as one value computed without a branch, for a loop that tests every token of
  // a document and keeps the few that pass: there a branch on the outcome mispredicts often.
  // Every key length has its bit, so the size bounds are left to find().
  uint32_t shape_bits(char first, char last, size_t size) const {
    return shapes_[static_cast<unsigned char>(first)] & ends_[static_cast<unsigned char>(last)] &
           length_bit(size);
  }

 private:
  static size_t hash(std::string_view s) { return word_hash(s); }
  // Lengths 1..31 have a bit each; longer keys share the top bit.
  static uint32_t length_bit(size_t size) { return uint32_t{1} << (size < 31 ? size : 31); }

  // Out of line, so that the checks above inline into every lookup.
  [[gnu::noinline]] int32_t probe(std::string_view key) const {
    for (size_t s = hash(key) & mask_;; s = (s + 1) & mask_) {
      const int32_t row = slots_[s];
      if (row < 0) return -1;
      if (keys_[static_cast<size_t>(row)] == key) return row;
    }
  }

  std::vector<std::string_view> keys_;
  std::vector<int32_t> slots_;
  size_t mask_ = 0;
  size_t min_size_ = ~size_t{0};
  size_t max_size_ = 0;
  uint32_t shapes_[256] = {};  // per first byte: the lengths of the keys that start with it
  uint32_t ends_[256] = {};    // per last byte: the lengths of the keys that end with it
};

// The index of `Table` (an array of string_views, or of rows whose `Member` is the key),
// built from the table the first time it is asked.
template <const auto& Table, auto Member = nullptr>
const KeyIndex& index_of() {
  static const KeyIndex index = [] {
    std::vector<std::string_view> keys;
    keys.reserve(std::size(Table));
    for (const auto& row : Table) {
      if constexpr (std::is_same_v<decltype(Member), std::nullptr_t>)
        keys.emplace_back(row);
      else
        keys.emplace_back(row.*Member);
    }
    return KeyIndex(std::move(keys));
  }();
  return index;
}

// The row of `key` in `Table` (an array of string_views, or of rows whose `Member` is the
// key), or -1.
template <const auto& Table, auto Member = nullptr>
int32_t row_of(std::string_view key) {
  return index_of<Table, Member>().find(key);
}

// The row of `key` in `Table`, or nullptr.
template <const auto& Table, auto Member>
const auto* find_row_of(std::string_view key) {
  const int32_t row = row_of<Table, Member>(key);
  return row < 0 ? nullptr : &Table[static_cast<size_t>(row)];
}

// Whether `key` is in `Table` (an array of string_views).
template <const auto& Table>
bool in_table(std::string_view key) {
  return row_of<Table>(key) >= 0;
}

// The row whose `word` is `key` in `Table`, or nullptr: the common shape of word tables.
template <const auto& Table>
const auto* find_by_word(std::string_view key) {
  return find_row_of<Table, &std::remove_cvref_t<decltype(Table[0])>::word>(key);
}

}  // namespace parallax::lexicon
