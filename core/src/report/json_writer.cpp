#include "report/json_writer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
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

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHigh = 0x8080808080808080ULL;

// Whether any of eight bytes needs a look: a control character, '"', '\\' or a byte >= 0x80.
inline bool needs_look(uint64_t w) {
  const uint64_t control = (w - kOnes * 0x20) & ~w;
  const uint64_t q = w ^ (kOnes * '"'), bs = w ^ (kOnes * '\\');
  const uint64_t quote = (q - kOnes) & ~q, backslash = (bs - kOnes) & ~bs;
  return ((control | quote | backslash) & kHigh) != 0 || (w & kHigh) != 0;
}

// Writes the escape of an ASCII byte that needs one; returns the end.
char* write_escape(char* p, unsigned char b) {
  const auto two = [&](char c) {
    p[0] = '\\';
    p[1] = c;
    return p + 2;
  };
  switch (b) {
    case '"':
      return two('"');
    case '\\':
      return two('\\');
    case '\b':
      return two('b');
    case '\f':
      return two('f');
    case '\n':
      return two('n');
    case '\r':
      return two('r');
    case '\t':
      return two('t');
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char u[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
      std::memcpy(p, u, 6);
      return p + 6;
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

// How many of the eight high bits (0x80 of each byte) are set. A multiply, not
// std::popcount: without -mpopcnt (baseline x86-64, wasm) that is a library call.
inline uint32_t high_bits(uint64_t x) {
  return static_cast<uint32_t>(((x >> 7) * kOnes) >> 56);
}

// Code points (and, for UTF-16, one more unit per 4-byte lead) in text[a, b).
inline uint32_t units_between(std::string_view text, uint32_t a, uint32_t b, OffsetUnit unit) {
  uint32_t starts = 0, leads4 = 0;
  const char* p = text.data();
  uint32_t i = a;
  // A continuation byte is 10xxxxxx; a 4-byte lead is 11110xxx.
  auto count = [&](uint64_t w) {
    const uint64_t continuation = w & ~(w << 1) & kHigh;
    starts += 8 - high_bits(continuation);
    leads4 += high_bits(w & (w << 1) & (w << 2) & (w << 3) & kHigh);
  };
  // Thirty-two bytes at a time, one test when all are ASCII (most of a text), then eight.
  for (; i + 32 <= b; i += 32) {
    uint64_t w[4];
    std::memcpy(w, p + i, 32);
    if ((((w[0] | w[1]) | (w[2] | w[3])) & kHigh) == 0) {
      starts += 32;
      continue;
    }
    for (const uint64_t x : w) count(x);
  }
  for (; i + 8 <= b; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if ((w & kHigh) == 0) {
      starts += 8;
      continue;
    }
    count(w);
  }
  // The last one to seven bytes in one read where the text goes on eight bytes: the bytes
  // past `b` zeroed (the first bytes of a little-endian word are its low ones), and not
  // counted as starts.
  if constexpr (std::endian::native == std::endian::little) {
    if (i < b && size_t{i} + 8 <= text.size()) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      const uint32_t n = b - i;
      w &= (uint64_t{1} << (8 * n)) - 1;
      count(w);
      starts -= 8 - n;
      i = b;
    }
  }
  for (; i < b; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    starts += (c & 0xC0) != 0x80;
    leads4 += c >= 0xF0;
  }
  return unit == OffsetUnit::kUtf16 ? starts + leads4 : starts;
}

}  // namespace

void Writer::grow(size_t n) {
  if (sink_) {
    // Streaming: what is written goes out, and the window is reused. Every piece asks for
    // its room before writing, so nothing written is still to be read or patched here.
    if (len_ > 0) sink_(std::string_view(out_.data(), len_));
    len_ = 0;
    out_.resize(std::max({out_.size(), n, kStreamChunk}));
    return;
  }
  // The whole reserved capacity first (to_json reserves what it expects to write), then
  // doubling.
  out_.resize(std::max({out_.capacity(), out_.size() * 2, len_ + n, size_t{4096}}));
}

void Writer::put_string(std::string_view s) {
  // Escaping at most multiplies the length by six (\u00XX), so each chunk of the input asks
  // for six times its length (and a sequence running past its end) at once; chunks keep a
  // long string from asking for all of it at once.
  constexpr size_t kChunk = 4096;
  *room(1) = '"';
  ++len_;
  const char* src = s.data();
  size_t i = 0;
  while (i < s.size()) {
    const size_t stop = std::min(s.size(), i + kChunk);
    char* p = room((stop - i + 4) * 6);
    while (i < stop) {
      // A run of bytes that need nothing, eight at a time, then one at a time.
      size_t j = i;
      while (j + 8 <= stop) {
        uint64_t w;
        std::memcpy(&w, src + j, 8);
        if (needs_look(w)) break;
        j += 8;
      }
      while (j < stop && kByteClass[static_cast<unsigned char>(src[j])] == 0) ++j;
      std::memcpy(p, src + i, j - i);
      p += j - i;
      i = j;
      if (i >= stop) break;
      const auto b = static_cast<unsigned char>(src[i]);
      if (b < 0x80) {
        p = write_escape(p, b);
        ++i;
        continue;
      }
      size_t bad = 0;
      const size_t len = utf8_sequence(s, i, bad);
      if (len != 0) {
        std::memcpy(p, src + i, len);
        p += len;
        i += len;
      } else {
        std::memcpy(p, "\xEF\xBF\xBD", 3);  // U+FFFD
        p += 3;
        i += bad;
      }
    }
    end(p);
  }
  *room(1) = '"';
  ++len_;
}

void Writer::put_double(double v) {
  if (!std::isfinite(v)) {
    char* p = room(4);
    std::memcpy(p, "null", 4);
    end(p + 4);
    return;
  }
  // nlohmann's own shortest-digits conversion (Grisu2) and layout, so the report prints
  // figures exactly as it did when it was a nlohmann::json dump. (std::to_chars for
  // doubles is missing from the libc++ of Debian's Emscripten.)
  char* p = room(64);
  end(nlohmann::detail::to_chars(p, p + 64, v));
}

void Writer::number(double v) {
  comma();
  put_double(v);
}

void append_string(std::string& out, std::string_view s) {
  Writer(out).put_string(s);
}

void append_double(std::string& out, double v) {
  Writer(out).put_double(v);
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
    units_ += units_between(text_, byte_, byte_offset, unit_);
  } else if (byte_ - byte_offset <= 256) {
    units_ -= units_between(text_, byte_offset, byte_, unit_);
  } else if (byte_offset <= 4096) {
    units_ = units_between(text_, 0, byte_offset, unit_);
  } else {
    // Far back: the checkpoints of a map (every 64 bytes), built once for this text.
    if (!map_) map_ = std::make_unique<OffsetMap>(text_);
    units_ = map_->to(unit_, byte_offset);
  }
  byte_ = byte_offset;
  return units_;
}

}  // namespace parallax::json
