// UTF-8 decoding with replacement: invalid bytes never stop the analysis.
//
// Nearly all input is valid UTF-8, mostly ASCII, often without a carriage return: one pass
// checks it (eight ASCII bytes at a time) and rewrites the buffer in place only where a
// line break must change, so a document with nothing to normalise keeps its own bytes and
// buffer. Only from the first invalid sequence on is the rest replaced by utf8cpp.
#include <utf8cpp/utf8.h>

#include <cstdint>
#include <cstring>
#include <iterator>

#include "parallax/text.h"

namespace parallax {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;

bool has_zero_byte(uint64_t v) { return ((v - kOnes) & ~v & kHighBits) != 0; }

// Eight bytes of ASCII with no carriage return and no NUL: copied as they are.
bool plain_ascii8(const char* p) {
  uint64_t v = 0;
  std::memcpy(&v, p, 8);
  return (v & kHighBits) == 0 && !has_zero_byte(v) && !has_zero_byte(v ^ (kOnes * '\r'));
}

// Byte length of the valid multi-byte sequence at p (`left` bytes readable), 0 if it is
// invalid: a stray trail byte, a truncated or overlong sequence, a surrogate or a code point
// beyond U+10FFFF (what utf8::is_valid rejects).
size_t valid_sequence(const unsigned char* p, size_t left) {
  auto trail = [&](size_t k) { return k < left && (p[k] & 0xC0) == 0x80; };
  const unsigned b0 = p[0];
  if (b0 < 0xC2) return 0;
  if (b0 < 0xE0) return trail(1) ? 2 : 0;
  if (b0 < 0xF0) {
    if (!trail(1) || !trail(2)) return 0;
    if ((b0 == 0xE0 && p[1] < 0xA0) || (b0 == 0xED && p[1] >= 0xA0)) return 0;
    return 3;
  }
  if (b0 < 0xF5) {
    if (!trail(1) || !trail(2) || !trail(3)) return 0;
    if ((b0 == 0xF0 && p[1] < 0x90) || (b0 == 0xF4 && p[1] >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

// The general path for text holding invalid sequences: every one becomes U+FFFD, then
// line breaks are normalised. Appends to `out.text` and adds to its counts.
void decode_replacing(std::string_view bytes, DecodedText& out) {
  std::string valid;
  valid.reserve(bytes.size() + 16);
  utf8::replace_invalid(bytes.begin(), bytes.end(), std::back_inserter(valid), 0xFFFD);
  // Count replacements: every U+FFFD beyond those already in the input.
  auto count_fffd = [](std::string_view s) {
    size_t n = 0;
    for (size_t p = s.find("\xEF\xBF\xBD"); p != std::string_view::npos;
         p = s.find("\xEF\xBF\xBD", p + 3))
      ++n;
    return n;
  };
  out.replaced_bytes += count_fffd(valid) - count_fffd(bytes);
  const std::string_view source = valid;
  if (source.find('\0') != std::string_view::npos) out.had_nul = true;
  // Copy the runs between carriage returns whole; each "\r\n" or lone "\r" becomes "\n".
  out.text.reserve(out.text.size() + source.size());
  size_t i = 0;
  while (i < source.size()) {
    size_t cr = source.find('\r', i);
    if (cr == std::string_view::npos) cr = source.size();
    out.text.append(source, i, cr - i);
    if (cr == source.size()) break;
    ++out.carriage_returns;
    out.text += '\n';
    i = cr + 1;
    if (i < source.size() && source[i] == '\n') ++i;
  }
}

}  // namespace

DecodedText decode_utf8_in_place(std::string&& bytes) {
  DecodedText out;
  out.text = std::move(bytes);
  char* d = out.text.data();
  const size_t n = out.text.size();
  size_t r = 0;  // next byte to read
  size_t w = 0;  // next byte to write: w < r once a "\r\n" has been shortened
  while (r < n) {
    if (r + 8 <= n && plain_ascii8(d + r)) {
      if (w != r) std::memmove(d + w, d + r, 8);
      r += 8;
      w += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(d[r]);
    if (c < 0x80) {
      ++r;
      if (c == '\r') {  // "\r\n" and a lone "\r" become "\n"
        ++out.carriage_returns;
        d[w++] = '\n';
        if (r < n && d[r] == '\n') ++r;
        continue;
      }
      if (c == 0) out.had_nul = true;
      d[w++] = static_cast<char>(c);
      continue;
    }
    const size_t len = valid_sequence(reinterpret_cast<const unsigned char*>(d + r), n - r);
    if (len == 0) {
      // The text so far was valid and ends at a code point and line-break boundary, so
      // the rest is decoded on its own, as it would be as part of the whole.
      const std::string rest(d + r, n - r);
      out.text.resize(w);
      decode_replacing(rest, out);
      return out;
    }
    if (w != r) std::memmove(d + w, d + r, len);
    r += len;
    w += len;
  }
  out.text.resize(w);
  return out;
}

DecodedText decode_utf8(std::string_view bytes) {
  return decode_utf8_in_place(std::string(bytes));
}

}  // namespace parallax
