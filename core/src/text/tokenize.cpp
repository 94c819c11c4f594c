// Tokens: words, numbers, punctuation and symbols, with byte spans. Whitespace is
// skipped. Words keep inner apostrophes (they’re, O’Hanlon), inner hyphens
// (co-belligerents, F-16) and abbreviation periods (U.S., a.m.).
#include <array>
#include <cstdint>

#include "parallax/text.h"
#include "text/unicode.h"

namespace parallax {

namespace {
using unicode::decode_at;

char32_t peek(std::string_view text, size_t i, int& len) {
  if (i >= text.size()) {
    len = 0;
    return 0;
  }
  return decode_at(text, i, len);
}

bool is_word_char(char32_t cp) { return unicode::is_letter(cp) || unicode::is_digit(cp); }

// Classes of ASCII bytes, looked up once per byte: most bytes are ASCII letters or spaces.
enum : uint8_t { kOther = 0, kSpace = 1, kDigit = 2, kLetter = 4, kAlnum = kDigit | kLetter };

constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigit;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = table[c - 32] = kLetter;
  for (const char c : {' ', '\t', '\n', '\r', '\f', '\v'})
    table[static_cast<unsigned char>(c)] = kSpace;
  return table;
}();

uint8_t byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }
bool is_ascii_alnum(char c) { return (byte_class(c) & kAlnum) != 0; }

// Length of a word starting at i (text[i] is a letter): the general case, for words with
// inner joiners, periods or non-ASCII letters.
size_t scan_word_joined(std::string_view text, size_t i) {
  size_t j = i;
  size_t segment_start = i;  // start of the current run between abbreviation periods
  bool dotted = false;       // consumed a period of an initialism (U.S, a.m)
  int len = 0;
  while (true) {
    // ASCII letters and digits (most of any word) need no decoding.
    const char* p = text.data() + j;
    const char* const end = text.data() + text.size();
    while (p != end && is_ascii_alnum(*p)) ++p;
    j = static_cast<size_t>(p - text.data());
    // Any other ASCII byte but a joiner or a period ends the word (the usual case: a space).
    if (j < text.size() && static_cast<unsigned char>(text[j]) < 0x80 && text[j] != '\'' &&
        text[j] != '-' && text[j] != '.')
      break;
    char32_t cp = peek(text, j, len);
    if (len == 0) break;
    if (is_word_char(cp)) {
      j += len;
      continue;
    }
    // Inner joiners: an apostrophe or hyphen between word characters.
    if (unicode::is_apostrophe(cp) || cp == '-' || cp == 0x2010 || cp == 0x2011) {
      int len2 = 0;
      char32_t next = peek(text, j + len, len2);
      if (len2 && is_word_char(next)) {
        j += len;
        continue;
      }
    }
    if (cp == '.' && j - segment_start == 1) {
      // A single letter and a period: the middle of an initialism if another single
      // letter follows (U.S., a.m.); its closing period if one already came before.
      int len2 = 0;
      char32_t next = peek(text, j + 1, len2);
      int len3 = 0;
      char32_t after = len2 ? peek(text, j + 1 + len2, len3) : 0;
      if (len2 == 1 && unicode::is_letter(next) && (len3 == 0 || !is_word_char(after))) {
        j += 1;
        segment_start = j;
        dotted = true;
        continue;
      }
      if (dotted) j += 1;
    }
    break;
  }
  return j - i;
}

// Length of a word starting at i (text[i] is a letter). Most words are a run of ASCII
// letters and digits ended by a space or other ASCII punctuation: that is answered here, in
// line; anything else starts over in scan_word_joined.
inline size_t scan_word(std::string_view text, size_t i) {
  const char* const begin = text.data() + i;
  const char* const end = text.data() + text.size();
  const char* p = begin;
  while (p != end && is_ascii_alnum(*p)) ++p;
  if (p == end || (static_cast<unsigned char>(*p) < 0x80 && *p != '\'' && *p != '-' && *p != '.'))
    return static_cast<size_t>(p - begin);
  return scan_word_joined(text, i);
}

// Length of a number starting at i (text[i] is a digit): digits with inner , or . groups.
size_t scan_number(std::string_view text, size_t i) {
  size_t j = i;
  while (j < text.size()) {
    char c = text[j];
    if (c >= '0' && c <= '9') {
      ++j;
    } else if ((c == ',' || c == '.') && j + 1 < text.size() && text[j + 1] >= '0' &&
               text[j + 1] <= '9') {
      ++j;
    } else {
      break;
    }
  }
  return j - i;
}
}  // namespace

void tokenize_append(std::string_view text, uint32_t base, std::vector<Token>& tokens) {
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const bool ascii = static_cast<unsigned char>(c) < 0x80;
    Token t;
    size_t n = 1;
    if (ascii) {  // no decoding: one table lookup sorts most bytes
      const uint8_t cls = byte_class(c);
      if (cls == kSpace) {
        ++i;
        continue;
      }
      if (cls == kDigit) {
        n = scan_number(text, i);
        t.kind = TokenKind::kNumber;
      } else if (cls == kLetter) {
        n = scan_word(text, i);
        t.kind = TokenKind::kWord;
      } else if (c == '$' || c == '%') {
        t.kind = TokenKind::kSymbol;
      } else if (c == '.' && i + 2 < text.size() && text[i + 1] == '.' && text[i + 2] == '.') {
        n = 3;  // "..." is one ellipsis token
        t.kind = TokenKind::kPunct;
      } else {
        t.kind = TokenKind::kPunct;
      }
    } else {
      int len = 1;
      const char32_t cp = decode_at(text, i, len);
      n = static_cast<size_t>(len);
      if (unicode::is_space(cp)) {
        i += n;
        continue;
      }
      if (unicode::is_letter(cp)) {
        n = scan_word(text, i);
        t.kind = TokenKind::kWord;
      } else if (unicode::is_currency(cp) || unicode::is_vulgar_fraction(cp) || cp == 0x2030) {
        t.kind = TokenKind::kSymbol;
      } else {
        t.kind = TokenKind::kPunct;
      }
    }
    t.span = {static_cast<uint32_t>(base + i), static_cast<uint32_t>(base + i + n)};
    tokens.push_back(t);
    i += n;
  }
}

std::vector<Token> tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  tokenize_append(text, base, tokens);
  return tokens;
}

}  // namespace parallax
