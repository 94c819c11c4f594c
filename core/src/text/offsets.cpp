#include "parallax/offsets.h"

namespace parallax {

namespace {
// A byte starts a code point unless it is a continuation byte (10xxxxxx); a four-byte
// lead (11110xxx) starts a code point that needs two UTF-16 units.
inline bool starts_code_point(unsigned char b) { return (b & 0xC0) != 0x80; }
inline bool needs_surrogates(unsigned char b) { return b >= 0xF0; }
}  // namespace

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  const size_t checkpoints = text.size() / kStride + 1;
  code_points_.reserve(checkpoints);
  utf16_.reserve(checkpoints);
  uint32_t cp = 0, u16 = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) {
      code_points_.push_back(cp);
      utf16_.push_back(u16);
    }
    const auto b = static_cast<unsigned char>(text[i]);
    if (starts_code_point(b)) {
      ++cp;
      u16 += needs_surrogates(b) ? 2 : 1;
    }
  }
  if (text.size() % kStride == 0) {
    code_points_.push_back(cp);
    utf16_.push_back(u16);
  }
}

uint32_t OffsetMap::to(OffsetUnit unit, uint32_t byte_offset) const {
  if (unit == OffsetUnit::kByte) return byte_offset;
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  const uint32_t k = byte_offset / kStride;
  uint32_t cp = code_points_[k], u16 = utf16_[k];
  for (uint32_t i = k * kStride; i < byte_offset; ++i) {
    const auto b = static_cast<unsigned char>(text_[i]);
    if (starts_code_point(b)) {
      ++cp;
      u16 += needs_surrogates(b) ? 2 : 1;
    }
  }
  return unit == OffsetUnit::kCodePoint ? cp : u16;
}

}  // namespace parallax
