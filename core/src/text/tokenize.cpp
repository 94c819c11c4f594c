// Tokens: words, numbers, punctuation and symbols, with byte spans. Whitespace is
// skipped. Words keep inner apostrophes (they’re, O’Hanlon), inner hyphens
// (co-belligerents, F-16) and abbreviation periods (U.S., a.m.).
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

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (static_cast<unsigned char>(c | 0x20) >= 'a' &&
                                    static_cast<unsigned char>(c | 0x20) <= 'z');
}

// Length of a word starting at i (text[i] is a letter).
size_t scan_word(std::string_view text, size_t i) {
  size_t j = i;
  size_t segment_start = i;  // start of the current run between abbreviation periods
  bool dotted = false;       // consumed a period of an initialism (U.S, a.m)
  int len = 0;
  while (true) {
    // ASCII letters and digits (most of any word) need no decoding.
    while (j < text.size() && is_ascii_alnum(text[j])) ++j;
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

std::vector<Token> tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ') {  // the most common byte: skip it without decoding
      ++i;
      continue;
    }
    int len = 1;
    const bool ascii = static_cast<unsigned char>(c) < 0x80;
    char32_t cp = ascii ? static_cast<char32_t>(c) : decode_at(text, i, len);
    if (ascii ? (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
              : unicode::is_space(cp)) {
      i += len;
      continue;
    }
    Token t;
    size_t n = static_cast<size_t>(len);
    if (c >= '0' && c <= '9') {
      n = scan_number(text, i);
      t.kind = TokenKind::kNumber;
    } else if (ascii ? is_ascii_alnum(c) : unicode::is_letter(cp)) {
      n = scan_word(text, i);
      t.kind = TokenKind::kWord;
    } else if (unicode::is_currency(cp) || unicode::is_vulgar_fraction(cp) || cp == '%' ||
               cp == 0x2030) {
      t.kind = TokenKind::kSymbol;
    } else if (cp == '.' && i + 2 < text.size() && text[i + 1] == '.' && text[i + 2] == '.') {
      n = 3;  // "..." is one ellipsis token
      t.kind = TokenKind::kPunct;
    } else {
      t.kind = TokenKind::kPunct;
    }
    t.span = {static_cast<uint32_t>(base + i), static_cast<uint32_t>(base + i + n)};
    tokens.push_back(t);
    i += n;
  }
  return tokens;
}

}  // namespace parallax
