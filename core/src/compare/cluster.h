// Union-find with merge constraints, the clustering under every group kind: candidate
// links come from blocking keys, are tried best first, and a merge happens only when the
// caller's rule allows the two clusters to become one.
#pragma once

#include <algorithm>
#include <cstdint>
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
  // Members of every cluster with at least `min_size` members, in order of first member.
  std::vector<std::vector<uint32_t>> clusters(size_t min_size) {
    std::vector<std::vector<uint32_t>> by_root(parent_.size());
    for (uint32_t i = 0; i < parent_.size(); ++i) by_root[find(i)].push_back(i);
    std::vector<std::vector<uint32_t>> out;
    for (uint32_t i = 0; i < parent_.size(); ++i)
      if (find(i) == i && by_root[i].size() >= min_size) out.push_back(std::move(by_root[i]));
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x[0] < y[0]; });
    return out;
  }

 private:
  std::vector<uint32_t> parent_;
  std::vector<uint32_t> size_;
};

struct Link {
  uint32_t a = 0;
  uint32_t b = 0;
  double score = 0;
};

}  // namespace parallax
