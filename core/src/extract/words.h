// Small word-level views over a document's tokens, shared by the entity, attribution and
// quote extractors: folded token texts, capitalisation, possessives and byte -> token lookup.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/text.h"

namespace parallax::words {

// unicode::fold of every token (lowercase ASCII, ’ -> ', “ ” -> "), one per token. The
// document is lowercased in one pass and an ASCII token is a view of that copy; only tokens
// with other characters are folded one by one. Three allocations per document, none per
// token. Each token's lexicon::token_classes are looked up once here, so that the rules of
// every extractor read a bit where each would look the same word up again.
class FoldedTokens {
 public:
  explicit FoldedTokens(const DocumentText& doc);
  std::string_view operator[](size_t t) const {
    return std::string_view(text_.data() + views_[t].begin, views_[t].size());
  }
  size_t size() const { return views_.size(); }
  // lexicon::token_classes of token t's folded text.
  uint16_t classes(size_t t) const { return classes_[t]; }
  // Whether token t's folded text is in one of the token_class tables in `mask`.
  bool is(size_t t, uint16_t mask) const { return (classes_[t] & mask) != 0; }

 private:
  static constexpr size_t kPadding = 16;
  std::string text_;  // the document lowercased (ASCII), 16 zero bytes of padding, the folded
                      // non-ASCII tokens, 16 zero bytes of padding
  std::vector<Span> views_;        // token t is text_[views_[t].begin, views_[t].end)
  std::vector<uint16_t> classes_;  // token_classes per token
};

// A set of words (views whose text outlives the set), open-addressed in one array: a
// membership test is one short hash and usually one compare, with no allocation per word.
class WordSet {
 public:
  explicit WordSet(size_t expected);
  void insert(std::string_view word);
  bool contains(std::string_view word) const;

 private:
  static size_t hash(std::string_view s);
  void grow();

  std::vector<std::string_view> slots_;  // empty views are free slots
  size_t size_ = 0;
  bool has_empty_ = false;  // the empty word, which has no slot
};

// The first code point is an uppercase letter (or a digit-free acronym start). Asked of
// nearly every word token: an ASCII first byte is answered inline.
bool is_capitalised_decoded(std::string_view word);
inline bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  const auto c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return is_capitalised_decoded(word);
}
// Every letter is uppercase and there are at least two letters: NATO, DPRK, G7.
bool is_all_caps(std::string_view word);
// Bytes of a final possessive "’s" / "'s" on a word token (0 if none): Korea’s -> 4.
uint32_t possessive_suffix(std::string_view word);

// Index of the token holding byte `offset` (the last token starting at or before it).
uint32_t token_at(const DocumentText& doc, uint32_t offset);
// token_at(doc, offset) when token `from` starts at or before `offset`: searches only the
// tokens after it.
uint32_t token_at_from(const DocumentText& doc, uint32_t from, uint32_t offset);

// token_at for offsets that mostly come in increasing order (entities, quotations): steps
// forward from the last answer and binary-searches only when the offset jumps. Entities
// are some tens of tokens apart: a short walk is cheaper than a search; a longer jump
// searches only the tokens after the walk, and an offset before the last answer all.
class TokenCursor {
 public:
  explicit TokenCursor(const DocumentText& doc) : doc_(doc) {}
  uint32_t at(uint32_t offset) {
    const std::vector<Token>& tokens = doc_.tokens;
    if (tokens.empty()) return 0;
    if (tokens[t_].span.begin <= offset) {
      for (int steps = 0; steps < 32; ++steps) {
        if (t_ + 1 >= tokens.size() || tokens[t_ + 1].span.begin > offset) return t_;
        ++t_;
      }
      t_ = token_at_from(doc_, t_, offset);
      return t_;
    }
    t_ = token_at(doc_, offset);
    return t_;
  }

 private:
  const DocumentText& doc_;
  uint32_t t_ = 0;
};

// The first code point of a token, or 0 for an empty span.
char32_t first_cp(const DocumentText& doc, const Token& t);

}  // namespace parallax::words
