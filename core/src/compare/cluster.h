// Union-find with merge constraints, the clustering under every group kind: candidate
// links come from blocking keys, are tried best first, and a merge happens only when the
// caller's rule allows the two clusters to become one.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <vector>

namespace parallax {

class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n), size_(n, 1) {
    std::iota(parent_.begin(), parent_.end(), 0u);
  }
  uint32_t find(uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  // Returns the new root, or the common root if already joined.
  uint32_t unite(uint32_t a, uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return a;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
    return a;
  }
  // Members of the cluster whose root is `root`, counted.
  uint32_t size(uint32_t root) const { return size_[root]; }
  // Members of every cluster with at least `min_size` members, in order of first member.
  // (Smaller clusters, usually most elements, cost no list.)
  std::vector<std::vector<uint32_t>> clusters(size_t min_size) {
    constexpr uint32_t kNone = ~uint32_t{0};
    std::vector<uint32_t> cluster_of_root(parent_.size(), kNone);
    std::vector<std::vector<uint32_t>> out;
    for (uint32_t i = 0; i < parent_.size(); ++i) {
      const uint32_t root = find(i);
      if (size_[root] < min_size) continue;
      if (cluster_of_root[root] == kNone) {  // i is the cluster's first member
        cluster_of_root[root] = static_cast<uint32_t>(out.size());
        out.emplace_back().reserve(size_[root]);
      }
      out[cluster_of_root[root]].push_back(i);
    }
    return out;
  }

 private:
  std::vector<uint32_t> parent_;
  std::vector<uint32_t> size_;
};

struct Link {
  uint32_t a = 0;
  uint32_t b = 0;
  double score = 0;  // not negative
};

// Links best first: by score, highest first, then by (a, b). Sorted as pairs of integers,
// which compare faster than the score and then the pair: a score that is not negative
// orders as its bits do.
inline void sort_best_first(std::vector<Link>& links) {
  struct Key {
    uint64_t rank;  // ~bits of the score: a higher score ranks lower
    uint64_t pair;  // a << 32 | b
  };
  // (memcpy, not std::bit_cast: Emscripten's libc++ has none.)
  auto bits_of = [](double score) {
    uint64_t bits = 0;
    std::memcpy(&bits, &score, sizeof bits);
    return bits;
  };
  std::vector<Key> keys;
  keys.reserve(links.size());
  for (const Link& l : links) keys.push_back({~bits_of(l.score + 0.0), uint64_t{l.a} << 32 | l.b});
  std::sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) {
    return x.rank < y.rank || (x.rank == y.rank && x.pair < y.pair);
  });
  for (size_t k = 0; k < keys.size(); ++k) {
    const uint64_t bits = ~keys[k].rank;
    double score = 0;
    std::memcpy(&score, &bits, sizeof score);
    links[k] = {static_cast<uint32_t>(keys[k].pair >> 32), static_cast<uint32_t>(keys[k].pair),
                score};
  }
}

}  // namespace parallax
