// Converting byte offsets into code point or UTF-16 offsets, at the edge only.
//
//   parallax::OffsetMap map(doc.text);
//   uint32_t cp = map.to(parallax::OffsetUnit::kCodePoint, span.begin);
//   uint32_t u16 = map.to(parallax::OffsetUnit::kUtf16, span.begin);
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace parallax {

enum class OffsetUnit : uint8_t {
  kByte,       // UTF-8 bytes, as the core keeps them
  kCodePoint,  // Unicode code points: the CLI report and Python tools
  kUtf16,      // UTF-16 code units: JavaScript strings and DOM ranges
};

// Counts code points and UTF-16 units before any byte offset in O(1) amortised:
// a checkpoint every 64 bytes, then a short scan. The text must outlive the map.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  uint32_t to(OffsetUnit unit, uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> code_points_;  // code points before byte k*kStride
  std::vector<uint32_t> utf16_;        // UTF-16 units before byte k*kStride
};

}  // namespace parallax
