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
  // Lowercase the whole document, eight ASCII bytes at a time; the padding after it lets
  // token_classes_padded read any word in 8-byte loads.
  text_.resize(n + kPadding);
  char* out = text_.data();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v = 0;
    std::memcpy(&v, source.data() + i, 8);
    if ((v & 0x8080808080808080ull) == 0) {
      v = unicode::lower_ascii8(v);
      std::memcpy(out + i, &v, 8);
      continue;
    }
    for (size_t k = i; k < i + 8; ++k)
      out[k] =
          (source[k] >= 'A' && source[k] <= 'Z') ? static_cast<char>(source[k] + 32) : source[k];
  }
  for (; i < n; ++i)
    out[i] = (source[i] >= 'A' && source[i] <= 'Z') ? static_cast<char>(source[i] + 32) : source[i];
  const std::vector<Token>& tokens = doc.tokens;
  views_.resize(tokens.size());
  for (size_t t = 0; t < tokens.size(); ++t) views_[t] = tokens[t].span;
  // Tokens holding a non-ASCII byte are folded whole after the padding. Such bytes are
  // found eight at a time; each token is folded once, at its first one.
  size_t t = 0;
  for (i = 0; i < n && t < tokens.size();) {
    if (i + 8 <= n) {
      uint64_t v = 0;
      std::memcpy(&v, source.data() + i, 8);
      if ((v & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(source[i]) < 0x80) {
      ++i;
      continue;
    }
    while (t < tokens.size() && tokens[t].span.end <= i) ++t;
    if (t == tokens.size()) break;
    const Span span = tokens[t].span;
    if (span.begin > i) {  // between tokens (a non-ASCII space)
      ++i;
      continue;
    }
    const auto begin = static_cast<uint32_t>(text_.size());
    unicode::fold_append(text_, doc.slice(span));
    views_[t] = {begin, static_cast<uint32_t>(text_.size())};
    i = span.end;
  }
  text_.append(kPadding, '\0');
  classes_.resize(views_.size());
  lexicon::token_classes_of_tokens(text_.data(), tokens, views_, classes_);
}

WordSet::WordSet(size_t expected) {
  size_t size = 16;
  while (size < expected * 2) size *= 2;
  slots_.assign(size, std::string_view());
}

size_t WordSet::hash(std::string_view s) {
  return lexicon::word_hash(s);
}

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

uint32_t token_at_from(const DocumentText& doc, uint32_t from, uint32_t offset) {
  auto it = std::upper_bound(doc.tokens.begin() + from + 1, doc.tokens.end(), offset,
                             [](uint32_t o, const Token& t) { return o < t.span.begin; });
  return static_cast<uint32_t>(it - doc.tokens.begin() - 1);
}

char32_t first_cp(const DocumentText& doc, const Token& t) {
  if (t.span.empty()) return 0;
  int len = 0;
  return unicode::decode_at(doc.text, t.span.begin, len);
}

}  // namespace parallax::words
