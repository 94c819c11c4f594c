// Dense ids for 64-bit keys (hashes of word runs), and postings stored end to end.
//
// Blocking indexes hundreds of thousands of word n-grams. A node-based map allocates per
// key and per postings list; here keys live in one open-addressing table and every list
// in one array (counted first, then filled), so building an index is a few passes over
// flat memory.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace parallax {

class KeyIds {
 public:
  static constexpr uint32_t kMissing = ~uint32_t{0};

  explicit KeyIds(size_t expected_keys = 0) {
    size_t capacity = 1024;
    while (capacity < expected_keys * 2) capacity *= 2;
    slots_.assign(capacity, kMissing);
  }
  // The id of `key` (0, 1, 2, ... in order of first sight), added when new.
  uint32_t id(uint64_t key) {
    size_t slot = probe(key);
    if (slots_[slot] != kMissing) return slots_[slot];
    const auto id = static_cast<uint32_t>(keys_.size());
    keys_.push_back(key);
    slots_[slot] = id;
    if (keys_.size() * 2 > slots_.size()) grow();
    return id;
  }
  uint32_t find(uint64_t key) const { return slots_[probe(key)]; }
  size_t size() const { return keys_.size(); }

 private:
  size_t probe(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    size_t slot = static_cast<size_t>((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull >> 16) & mask;
    while (slots_[slot] != kMissing && keys_[slots_[slot]] != key) slot = (slot + 1) & mask;
    return slot;
  }
  void grow() {
    slots_.assign(slots_.size() * 2, kMissing);
    for (uint32_t id = 0; id < keys_.size(); ++id) slots_[probe(keys_[id])] = id;
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> slots_;
};

// A set of 64-bit keys (any but ~0), the keys stored in the slots themselves: a lookup
// reads one slot, where KeyIds reads a slot and then the key of its id (on big tables,
// two cache misses).
class KeySet {
 public:
  explicit KeySet(size_t expected_keys = 0) {
    size_t capacity = 1024;
    while (capacity < expected_keys * 2) capacity *= 2;
    slots_.assign(capacity, kEmpty);
  }
  void insert(uint64_t key) {
    uint64_t& slot = slots_[probe(key)];
    if (slot == key) return;
    slot = key;
    if (++size_ * 2 > slots_.size()) grow();
  }
  bool contains(uint64_t key) const { return slots_[probe(key)] == key; }

 private:
  static constexpr uint64_t kEmpty = ~uint64_t{0};
  size_t probe(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    size_t slot = static_cast<size_t>((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ull >> 16) & mask;
    while (slots_[slot] != kEmpty && slots_[slot] != key) slot = (slot + 1) & mask;
    return slot;
  }
  void grow() {
    std::vector<uint64_t> old(slots_.size() * 2, kEmpty);
    old.swap(slots_);
    for (uint64_t key : old)
      if (key != kEmpty) slots_[probe(key)] = key;
  }

  std::vector<uint64_t> slots_;
  size_t size_ = 0;
};

// Lists of values per key id, stored end to end: count every entry, then fill.
//
//   Postings p(ids.size());
//   for (...) p.count(id);      // first pass
//   p.allocate();
//   for (...) p.add(id, value); // second pass, same entries in the same order
class Postings {
 public:
  explicit Postings(size_t keys) : begin_(keys + 1, 0) {}
  void count(uint32_t id) { ++begin_[id + 1]; }
  void allocate() {
    for (size_t k = 1; k < begin_.size(); ++k) begin_[k] += begin_[k - 1];
    values_.resize(begin_.back());
    fill_.assign(begin_.begin(), begin_.end() - 1);
  }
  void add(uint32_t id, uint32_t value) { values_[fill_[id]++] = value; }
  std::span<const uint32_t> of(uint32_t id) const {
    return {values_.data() + begin_[id], values_.data() + begin_[id + 1]};
  }

 private:
  std::vector<uint32_t> begin_;
  std::vector<uint32_t> values_;
  std::vector<uint32_t> fill_;
};

}  // namespace parallax
