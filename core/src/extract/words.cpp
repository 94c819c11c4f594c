#include "extract/words.h"

#include <algorithm>
#include <cstring>

#include "lexicon/key_index.h"
#include "lexicon/token_classes.h"
#include "text/unicode.h"

namespace parallax::words {

FoldedTokens::FoldedTokens(const DocumentText& doc) {
  const std::string_view source = doc.text;
  const size_t n = source.size();
  text_.resize(n);
  // A plain byte loop, which the compiler vectorises; non-ASCII bytes are found below.
  const char* in = source.data();
  char* out = text_.data();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    out[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
  }
  views_.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) views_.push_back(t.span);
  // Tokens holding a non-ASCII byte are folded whole at the end of the buffer. ASCII text
  // is skipped eight bytes at a time.
  size_t t = 0;
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n) {
      uint64_t block = 0;
      std::memcpy(&block, source.data() + i, 8);
      if ((block & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(source[i]) < 0x80) {
      ++i;
      continue;
    }
    while (t < doc.tokens.size() && doc.tokens[t].span.end <= i) ++t;
    if (t == doc.tokens.size()) break;
    const Span span = doc.tokens[t].span;
    if (span.begin > i) {  // a space
      ++i;
      continue;
    }
    const auto begin = static_cast<uint32_t>(text_.size());
    unicode::fold_append(text_, doc.slice(span));
    views_[t] = {begin, static_cast<uint32_t>(text_.size())};
    i = span.end;
    ++t;
  }
  // Padding after the last word lets token_classes_padded read any word in 8-byte loads.
  text_.append(16, '\0');
  classes_.resize(views_.size());
  for (size_t i = 0; i < views_.size(); ++i)
    classes_[i] = lexicon::token_classes_padded((*this)[i]);
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

bool is_capitalised_decoded(std::string_view word) {
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
