#include "extract/words.h"

#include <algorithm>

#include "text/unicode.h"

namespace parallax::words {

std::vector<std::string> fold_tokens(const DocumentText& doc) {
  std::vector<std::string> out;
  out.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) out.push_back(unicode::fold(doc.slice(t.span)));
  return out;
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
