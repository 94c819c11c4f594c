#include "text/unicode.h"

#include <cstdint>
#include <cstring>

namespace parallax::unicode {

char32_t decode_at(std::string_view text, size_t i, int& length) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    length = 1;
    return b0;
  }
  int n = (b0 >= 0xF0) ? 4 : (b0 >= 0xE0) ? 3 : (b0 >= 0xC0) ? 2 : 1;
  if (i + n > text.size()) n = 1;  // truncated: treat as one opaque byte
  char32_t cp = (n == 4) ? (b0 & 0x07) : (n == 3) ? (b0 & 0x0F) : (n == 2) ? (b0 & 0x1F) : b0;
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  length = n;
  return cp;
}

size_t previous_start(std::string_view text, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80 && i - j < 4) --j;
  return j;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_space(char32_t cp) {
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v':
    case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000: case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200B;
  }
}

bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;  // × ÷
  if (cp < 0x2000) return true;                 // Latin, Greek, Cyrillic, ... and combining marks
  if (cp < 0x2C00) return false;                // punctuation, symbols, arrows, math, boxes
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF20) return false;  // full-width punctuation and digits
  if (cp >= 0x1F000) return false;                  // emoji and pictographs
  return true;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0;  // Latin Extended-A: mostly even = upper
  if (cp >= 0x391 && cp <= 0x3AB) return true;           // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;           // Cyrillic
  return false;
}

bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool is_dash(char32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 ||
         cp == 0xFF0D;
}

bool is_currency(char32_t cp) {
  return cp == '$' || cp == 0xA2 || cp == 0xA3 || cp == 0xA5 || cp == 0x20AC ||
         (cp >= 0x20A0 && cp <= 0x20CF);
}

bool is_vulgar_fraction(char32_t cp) {
  return cp == 0xBC || cp == 0xBD || cp == 0xBE || (cp >= 0x2150 && cp <= 0x215E);
}

bool is_open_quote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x2018 || cp == 0x201E ||
         cp == 0x201A || cp == 0xAB || cp == 0x2039 || cp == 0x300C || cp == 0x300E;
}

bool is_close_quote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
         cp == 0x203A || cp == 0x300D || cp == 0x300F;
}

bool is_sentence_final(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F;
}

void fold_append(std::string& out, std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    // ASCII (most of any English text) needs no decoding.
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      // Eight bytes at a time while none has its high bit set, then byte by byte.
      constexpr uint64_t kHigh = 0x8080808080808080ull;
      size_t end = i;
      for (uint64_t w = 0; end + 8 <= text.size(); end += 8) {
        std::memcpy(&w, text.data() + end, 8);
        if (w & kHigh) break;
      }
      while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80) ++end;
      const size_t at = out.size();
      out.append(text, i, end - i);
      // The end is read once: a write through a char* may alias the string's own fields,
      // so reading them at every byte kept the loop from being vectorised.
      char* c = out.data() + at;
      char* const stop = out.data() + out.size();
      // Eight ASCII bytes at a time: a byte is 'A' to 'Z' when adding 0x3F sets its high bit
      // (it is 'A' or above) and adding 0x25 does not (it is 'Z' or below); no sum carries
      // into the next byte. Its 0x20 bit set lowercases it.
      for (uint64_t w = 0; stop - c >= 8; c += 8) {
        std::memcpy(&w, c, 8);
        w |= ((w + 0x3F3F3F3F3F3F3F3Full) & ~(w + 0x2525252525252525ull) & kHigh) >> 2;
        std::memcpy(c, &w, 8);
      }
      for (; c != stop; ++c) {
        const auto u = static_cast<unsigned char>(*c);
        *c = static_cast<char>(static_cast<unsigned>(u - 'A') < 26u ? u + 32 : u);
      }
      i = end;
      continue;
    }
    int len = 1;
    char32_t cp = decode_at(text, i, len);
    i += len;
    if (cp < 0x80) {
      out += static_cast<char>((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
    } else if (is_apostrophe(cp) || cp == 0x2018) {
      out += '\'';
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) {
      out += '"';
    } else if (is_dash(cp)) {
      out += '-';
    } else if (is_space(cp)) {
      out += ' ';
    } else if (cp == 0x2026) {
      out += "...";
    } else if (is_upper(cp) && cp >= 0xC0 && cp <= 0xDE) {
      append_utf8(out, cp + 32);
    } else {
      append_utf8(out, cp);
    }
  }
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  fold_append(out, text);
  return out;
}

}  // namespace parallax::unicode
