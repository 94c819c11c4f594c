// A document's text in ASCII lowercase, for the rules of the compare stage that read the
// words near every mention as lowercase ("according", "to", a frame word, a clause word).
//
// Lowercasing ASCII moves no byte, so the lowercase form of any token is a view at the
// token's own span: the rules read views instead of copying and lowercasing each word into
// a buffer at every look (several million looks on a large input). A pass over mentions
// keeps one of these and points it at each mention's document in turn; mentions come in
// document order, so each document is lowercased about once per pass.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "parallax/text.h"

namespace parallax {

class LowercaseText {
 public:
  // Makes this `t`'s lowercase text (nothing to do when it already is). `t` must stay
  // unchanged while this reads it: one pass over one analysis.
  const LowercaseText& of(const DocumentText& t) {
    if (doc_ == &t && source_ == t.text.data() && text_.size() == t.text.size()) return *this;
    doc_ = &t;
    source_ = t.text.data();
    // A copy lowercased in place, eight bytes at a time: a byte is 'A' to 'Z' when its high
    // bit is clear, adding 0x3F to its low seven bits sets the high bit (it is 'A' or above)
    // and adding 0x25 does not (it is 'Z' or below); no sum carries into the next byte. Its
    // 0x20 bit set lowercases it. (Resizing and writing byte by byte zeroed the buffer first
    // and took several instructions a byte, on every document of every pass.)
    text_.assign(t.text);
    constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full, kHigh = 0x8080808080808080ull;
    char* out = text_.data();
    const size_t n = text_.size();
    size_t i = 0;
    for (uint64_t w = 0; i + 8 <= n; i += 8) {
      std::memcpy(&w, out + i, 8);
      const uint64_t low = w & kLow7;
      w |= ((low + 0x3F3F3F3F3F3F3F3Full) & ~(low + 0x2525252525252525ull) & ~w & kHigh) >> 2;
      std::memcpy(out + i, &w, 8);
    }
    for (; i < n; ++i) {
      const auto c = static_cast<unsigned char>(out[i]);
      out[i] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + ('a' - 'A') : c);
    }
    return *this;
  }
  [[gnu::always_inline]] std::string_view slice(Span s) const {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }
  // Token k of the document, lowercase (whatever its kind).
  [[gnu::always_inline]] std::string_view token(uint32_t k) const {
    return slice(doc_->tokens[k].span);
  }

 private:
  const DocumentText* doc_ = nullptr;
  const char* source_ = nullptr;
  std::string text_;
};

}  // namespace parallax
