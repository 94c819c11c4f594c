// Tokens: words, numbers, punctuation and symbols, with byte spans. Whitespace is
// skipped. Words keep inner apostrophes (they’re, O’Hanlon), inner hyphens
// (co-belligerents, F-16) and abbreviation periods (U.S., a.m.).
#include "text/tokenize.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

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

bool is_word_char(char32_t cp) {
  return unicode::is_letter(cp) || unicode::is_digit(cp);
}

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

uint8_t byte_class(char c) {
  return kByteClass[static_cast<unsigned char>(c)];
}
bool is_ascii_alnum(char c) {
  return (byte_class(c) & kAlnum) != 0;
}

// The first byte from p on (before end) that is no ASCII letter or digit. Eight bytes are
// classified at once while eight are readable: a word's end is found with one branch per
// eight bytes rather than one per byte (whose exit, at every word, mispredicts).
inline const char* skip_ascii_alnum(const char* p, const char* const end) {
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = kOnes * 0x80;
    while (end - p >= 8) {
      uint64_t v = 0;
      std::memcpy(&v, p, 8);
      // Per byte, on its low seven bits (so that no sum carries into the next byte): the high
      // bit of x + (0x80 - lo) says x >= lo, that of x + (0x7F - hi) says x > hi. x | 0x20 maps
      // exactly 'A'..'Z' and 'a'..'z' onto 'a'..'z'.
      const uint64_t x = v & ~kHigh;
      const uint64_t l = x | (kOnes * 0x20);
      const uint64_t letter = (l + kOnes * (0x80 - 'a')) & ~(l + kOnes * (0x7F - 'z'));
      const uint64_t digit = (x + kOnes * (0x80 - '0')) & ~(x + kOnes * (0x7F - '9'));
      const uint64_t stop = ~((letter | digit) & ~v) & kHigh;  // also every non-ASCII byte
      if (stop != 0) return p + (std::countr_zero(stop) >> 3);
      p += 8;
    }
  }
  while (p != end && is_ascii_alnum(*p)) ++p;
  return p;
}

// Length of a word starting at i (text[i] is a letter): the general case, for words with
// inner joiners, periods or non-ASCII letters.
size_t scan_word_joined(std::string_view text, size_t i) {
  size_t j = i;
  size_t segment_start = i;  // start of the current run between abbreviation periods
  bool dotted = false;       // consumed a period of an initialism (U.S, a.m)
  int len = 0;
  while (true) {
    // ASCII letters and digits (most of any word) need no decoding.
    const char* const p = skip_ascii_alnum(text.data() + j, text.data() + text.size());
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
  const char* const p = skip_ascii_alnum(begin, end);
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

namespace {

// The tokenizer; `stops` (when given) collects the tokens that may end a sentence. Inlined
// into both forms, so that the public one pays nothing for them.
[[gnu::always_inline]] inline void tokenize_into(std::string_view text, uint32_t base,
                                                 std::vector<Token>& tokens,
                                                 std::vector<uint32_t>* stops) {
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    const bool ascii = static_cast<unsigned char>(c) < 0x80;
    Token t;
    size_t n = 1;
    bool stop = false;
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
        stop = n > 2 && text[i + n - 1] == '.';
      } else if (c == '$' || c == '%') {
        t.kind = TokenKind::kSymbol;
      } else {
        if (c == '.' && i + 2 < text.size() && text[i + 1] == '.' && text[i + 2] == '.')
          n = 3;  // "..." is one ellipsis token
        t.kind = TokenKind::kPunct;
        stop = c == '.' || c == '!' || c == '?';
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
        stop = n > 2 && text[i + n - 1] == '.';
      } else if (unicode::is_currency(cp) || unicode::is_vulgar_fraction(cp) || cp == 0x2030) {
        t.kind = TokenKind::kSymbol;
      } else {
        t.kind = TokenKind::kPunct;
        stop = unicode::is_sentence_final(cp);
      }
    }
    t.span = {static_cast<uint32_t>(base + i), static_cast<uint32_t>(base + i + n)};
    if (stops != nullptr && stop) stops->push_back(static_cast<uint32_t>(tokens.size()));
    tokens.push_back(t);
    i += n;
  }
}

}  // namespace

void tokenize_append(std::string_view text, uint32_t base, std::vector<Token>& tokens) {
  tokenize_into(text, base, tokens, nullptr);
}

namespace text_detail {
void tokenize_append_with_stops(std::string_view text, uint32_t base, std::vector<Token>& tokens,
                                std::vector<uint32_t>& stops) {
  tokenize_into(text, base, tokens, &stops);
}
}  // namespace text_detail

std::vector<Token> tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5 + 1);
  tokenize_append(text, base, tokens);
  return tokens;
}

}  // namespace parallax
