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
    for (size_t i = 0; i < t.text.size(); ++i) {
      const char c = t.text[i];
      text_[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
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
