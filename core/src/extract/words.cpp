#include "extract/words.h"

#include <algorithm>

#include "lexicon/key_index.h"
#include "text/unicode.h"

namespace parallax::words {

FoldedTokens::FoldedTokens(const DocumentText& doc) {
  // Folding valid UTF-8 never lengthens it (… -> ... keeps three bytes): one reservation.
  size_t bytes = 0;
  for (const Token& t : doc.tokens) bytes += t.span.size();
  text_.reserve(bytes);
  starts_.reserve(doc.tokens.size() + 1);
  starts_.push_back(0);
  for (const Token& t : doc.tokens) {
    const std::string_view w = doc.slice(t.span);
    // Most tokens are ASCII: copy and lowercase in place; fold the others properly.
    const size_t at = text_.size();
    text_.append(w);
    unsigned char high = 0;
    for (size_t i = at; i < text_.size(); ++i) {
      const char c = text_[i];
      high |= static_cast<unsigned char>(c);
      if (c >= 'A' && c <= 'Z') text_[i] = static_cast<char>(c + 32);
    }
    if (high >= 0x80) {
      text_.resize(at);
      unicode::fold_append(text_, w);
    }
    starts_.push_back(static_cast<uint32_t>(text_.size()));
  }
}

WordSet::WordSet(size_t expected) {
  size_t size = 16;
  while (size < expected * 2) size *= 2;
  slots_.assign(size, std::string_view());
}

size_t WordSet::hash(std::string_view s) { return lexicon::word_hash(s); }

void WordSet::insert(std::string_view word) {
  if (word.empty()) {
    has_empty_ = true;
    return;
  }
  const size_t mask = slots_.size() - 1;
  size_t s = hash(word) & mask;
  while (!slots_[s].empty()) {
    if (slots_[s] == word) return;
    s = (s + 1) & mask;
  }
  slots_[s] = word;
  if (++size_ * 2 > slots_.size()) grow();
}

bool WordSet::contains(std::string_view word) const {
  if (word.empty()) return has_empty_;
  const size_t mask = slots_.size() - 1;
  for (size_t s = hash(word) & mask; !slots_[s].empty(); s = (s + 1) & mask)
    if (slots_[s] == word) return true;
  return false;
}

void WordSet::grow() {
  std::vector<std::string_view> old(slots_.size() * 2);
  old.swap(slots_);
  size_ = 0;
  for (std::string_view w : old)
    if (!w.empty()) insert(w);
}

bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  int len = 0;
  return unicode::is_upper(unicode::decode_at(word, 0, len));
}

bool is_all_caps(std::string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const char32_t cp = unicode::decode_at(word, i, len);
    i += static_cast<size_t>(len);
    if (unicode::is_letter(cp)) {
      if (!unicode::is_upper(cp)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

uint32_t possessive_suffix(std::string_view word) {
  if (word.size() < 3) return 0;
  const char last = word.back();
  if (last != 's' && last != 'S') return 0;
  const std::string_view body = word.substr(0, word.size() - 1);
  if (body.ends_with("\xE2\x80\x99")) return 4;  // ’s
  if (body.ends_with("'")) return 2;
  return 0;
}

uint32_t token_at(const DocumentText& doc, uint32_t offset) {
  auto it = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                             [](uint32_t o, const Token& t) { return o < t.span.begin; });
  if (it == doc.tokens.begin()) return 0;
  return static_cast<uint32_t>(it - doc.tokens.begin() - 1);
}

char32_t first_cp(const DocumentText& doc, const Token& t) {
  if (t.span.empty()) return 0;
  int len = 0;
  return unicode::decode_at(doc.text, t.span.begin, len);
}

}  // namespace parallax::words
