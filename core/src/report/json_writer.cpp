#include "report/json_writer.h"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <nlohmann/detail/conversions/to_chars.hpp>

namespace parallax::json {

namespace {

// What a byte needs inside a JSON string: 0 copy as is, 1 escape, 2 starts (or breaks) a
// multi-byte UTF-8 sequence and must be checked.
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int b = 0; b < 0x20; ++b) t[b] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  for (int b = 0x80; b < 0x100; ++b) t[b] = 2;
  return t;
}();

void append_escape(std::string& out, unsigned char b) {
  switch (b) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char u[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
      out.append(u, 6);
    }
  }
}

// The length of the valid UTF-8 sequence at s[i] (a byte >= 0x80), or 0 with `bad` set to
// the length of its maximal invalid subpart (at least 1): the bytes one U+FFFD replaces.
size_t utf8_sequence(std::string_view s, size_t i, size_t& bad) {
  const auto at = [&](size_t k) -> unsigned { return static_cast<unsigned char>(s[k]); };
  const unsigned b = at(i);
  size_t len;
  unsigned lo = 0x80, hi = 0xBF;  // the range of the second byte
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    if (b == 0xE0) lo = 0xA0;  // no overlong forms
    if (b == 0xED) hi = 0x9F;  // no surrogates
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    if (b == 0xF0) lo = 0x90;  // no overlong forms
    if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    bad = 1;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    const size_t j = i + k;
    const unsigned lower = k == 1 ? lo : 0x80, upper = k == 1 ? hi : 0xBF;
    if (j >= s.size() || at(j) < lower || at(j) > upper) {
      bad = k;
      return 0;
    }
  }
  return len;
}

// Code point starts, and 4-byte leads (each one more UTF-16 unit), in text[a, b).
inline uint32_t units_between(std::string_view text, uint32_t a, uint32_t b, OffsetUnit unit) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  uint32_t starts = 0, leads4 = 0;
  const char* p = text.data();
  uint32_t i = a;
  for (; i + 8 <= b; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if ((w & kHigh) == 0) {
      starts += 8;
      continue;
    }
    // A continuation byte is 10xxxxxx; a 4-byte lead is 11110xxx.
    const uint64_t continuation = w & ~(w << 1) & kHigh;
    starts += 8 - static_cast<uint32_t>(std::popcount(continuation));
    leads4 += static_cast<uint32_t>(std::popcount(w & (w << 1) & (w << 2) & (w << 3) & kHigh));
  }
  for (; i < b; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    starts += (c & 0xC0) != 0x80;
    leads4 += c >= 0xF0;
  }
  return unit == OffsetUnit::kUtf16 ? starts + leads4 : starts;
}

}  // namespace

void append_string(std::string& out, std::string_view s) {
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    const uint8_t cls = kByteClass[b];
    if (cls == 0) {
      ++i;
      continue;
    }
    if (cls == 2) {
      size_t bad = 0;
      const size_t len = utf8_sequence(s, i, bad);
      if (len != 0) {
        i += len;
        continue;
      }
      out.append(s.data() + run, i - run);
      out += "\xEF\xBF\xBD";  // U+FFFD
      i += bad;
      run = i;
      continue;
    }
    out.append(s.data() + run, i - run);
    append_escape(out, b);
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_double(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  // nlohmann's own shortest-digits conversion (Grisu2) and layout, so the report prints
  // figures exactly as it did when it was a nlohmann::json dump. (std::to_chars for
  // doubles is missing from the libc++ of Debian's Emscripten.)
  char buffer[64];
  char* end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, static_cast<size_t>(end - buffer));
}

void append_uint(std::string& out, uint64_t v) {
  char buffer[24];
  const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, static_cast<size_t>(r.ptr - buffer));
}

void append_int(std::string& out, int64_t v) {
  char buffer[24];
  const auto r = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, static_cast<size_t>(r.ptr - buffer));
}

uint32_t OffsetCursor::to(uint32_t byte_offset) {
  if (unit_ == OffsetUnit::kByte) return byte_offset;
  if (byte_offset > text_.size()) byte_offset = static_cast<uint32_t>(text_.size());
  if (byte_offset >= byte_) {
    if (byte_offset - byte_ > 128) {
      units_ = map_->to(unit_, byte_offset);  // far ahead: from the nearest checkpoint
    } else {
      units_ += units_between(text_, byte_, byte_offset, unit_);
    }
  } else if (byte_ - byte_offset <= 64) {
    units_ -= units_between(text_, byte_offset, byte_, unit_);
  } else {
    units_ = map_->to(unit_, byte_offset);
  }
  byte_ = byte_offset;
  return units_;
}

}  // namespace parallax::json
