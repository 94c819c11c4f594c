// Small Unicode helpers over UTF-8 bytes, shared by every stage that walks text.
// The text is always valid UTF-8 here (decode_utf8 has run), so decoding is unchecked.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace parallax::unicode {

// Decodes the code point starting at text[i]; sets `length` to its byte count.
char32_t decode_at(std::string_view text, size_t i, int& length);
// Byte index where the code point ending just before `i` starts.
size_t previous_start(std::string_view text, size_t i);
void append_utf8(std::string& out, char32_t cp);

bool is_space(char32_t cp);         // includes NBSP, thin and narrow spaces, line breaks
bool is_letter(char32_t cp);        // letters of any script and combining marks
bool is_digit(char32_t cp);         // ASCII 0-9
bool is_upper(char32_t cp);         // uppercase letters (Latin, Greek, Cyrillic)
bool is_apostrophe(char32_t cp);    // ' and ’ (U+2019) and ʼ
bool is_dash(char32_t cp);          // - ‐ ‑ ‒ – — ― − (minus)
bool is_currency(char32_t cp);      // $ € £ ¥ ₩ ₹ ₽ ...
bool is_vulgar_fraction(char32_t cp);  // ½ ¼ ¾ ⅓ ...
// Opening and closing quotation marks, straight ones counting as both.
bool is_open_quote(char32_t cp);
bool is_close_quote(char32_t cp);
// Sentence-final punctuation: . ! ? … and their full-width forms.
bool is_sentence_final(char32_t cp);

// Eight ASCII bytes (high bits clear) with 'A'..'Z' lowercased, all at once: lets a caller
// lowercase text a word at a time. Each byte stays below 0x80 in the sums, so no carries.
inline uint64_t lower_ascii8(uint64_t v) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  const uint64_t from_a = v + kOnes * (0x80 - 'A');      // high bit: byte >= 'A'
  const uint64_t after_z = v + kOnes * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
  return v | ((from_a & ~after_z & (kOnes * 0x80)) >> 2);  // 0x80 >> 2 == 0x20
}

// Lowercase ASCII letters and fold typographic variants (’ -> ', “ ” -> ", NBSP -> space,
// dashes -> -) so that words can be compared. Non-ASCII letters are kept as they are.
std::string fold(std::string_view text);
// fold(text) appended to `out`: lets a caller fold many words into one reused buffer.
void fold_append(std::string& out, std::string_view text);

}  // namespace parallax::unicode
