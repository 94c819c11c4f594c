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
    text_.resize(t.text.size());
    // Through plain pointers, so that the loop is vectorised (indexing the strings reloaded
    // their data at every byte).
    const char* in = t.text.data();
    char* out = text_.data();
    for (size_t i = 0, n = t.text.size(); i < n; ++i) {
      const auto c = static_cast<unsigned char>(in[i]);
      out[i] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c + ('a' - 'A') : c);
    }
    return *this;
  }
  std::string_view slice(Span s) const {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }
  // Token k of the document, lowercase (whatever its kind).
  std::string_view token(uint32_t k) const { return slice(doc_->tokens[k].span); }

 private:
  const DocumentText* doc_ = nullptr;
  const char* source_ = nullptr;
  std::string text_;
};

}  // namespace parallax
