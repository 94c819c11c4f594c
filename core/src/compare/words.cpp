#include "compare/words.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <utility>

#include "lexicon/compare_lexicon.h"
#include "text/unicode.h"

namespace parallax {

namespace {
// ASCII letters and digits, and each byte's ASCII lowercase: tables, because the compare
// stage reads every byte of every sentence through them.
struct ByteTables {
  bool alnum[256] = {};
  char lower[256] = {};
  constexpr ByteTables() {
    for (int c = 0; c < 256; ++c) {
      alnum[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
      lower[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
  }
};
constexpr ByteTables kBytes;

bool is_alnum(unsigned char c) {
  return kBytes.alnum[c];
}

// Byte by byte: the suffixes are two to four bytes, shorter than a call to memcmp.
bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const size_t offset = s.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i)
    if (s[offset + i] != suffix[i]) return false;
  return true;
}
}  // namespace

// Folds and splits in one pass. The words are those of splitting unicode::fold(text):
// ASCII bytes are lowercased on the way; any other character is folded alone (its folded
// form is ASCII punctuation or space, or non-ASCII bytes, never an ASCII letter or digit,
// so the look-ahead of a joining hyphen can read the next raw byte).
void ComparableWordSplitter::split_into_runs(std::string_view text) {
  runs_.clear();
  every_word_kept_ = true;
  // word_ is a buffer written up to `used` (grown ahead, never shrunk: the words of a text
  // take about as many bytes as the text, so after a few sentences it never grows again,
  // and a word's bytes are plain stores, not string appends).
  size_t used = 0;
  auto room = [&](size_t n) {
    if (word_.size() - used < n) word_.resize(std::max(2 * word_.size(), used + n + 64));
  };
  room(text.size() + 16);
  bool reading = false;  // a word is being read into word_[start, used)
  size_t start = 0;
  // The bytes of `text` the word being read came from: [source_begin, source_end).
  size_t source_begin = 0, source_end = 0;
  // Every contraction holds an apostrophe: other words skip the table lookup.
  bool inner_apostrophe = false;
  auto flush = [&] {
    size_t end = used;
    while (end > start && word_[end - 1] == '\'') --end;
    const std::string_view word(word_.data() + start, end - start);
    const std::string_view expansion =
        inner_apostrophe && !word.empty() ? lexicon::expand_contraction(word) : std::string_view();
    const auto from = static_cast<uint32_t>(source_begin), to = static_cast<uint32_t>(source_end);
    const size_t runs_before = runs_.size();
    if (!expansion.empty()) {
      used = start;
      size_t part = 0;
      while (part < expansion.size()) {
        size_t space = expansion.find(' ', part);
        if (space == std::string_view::npos) space = expansion.size();
        runs_.push_back(
            {static_cast<uint32_t>(used), static_cast<uint32_t>(space - part), from, to});
        room(space - part);
        std::memcpy(word_.data() + used, expansion.data() + part, space - part);
        used += space - part;
        part = space + 1;
      }
    } else {
      if (ends_with(word, "'s")) end -= 2;
      if (end > start)
        runs_.push_back(
            {static_cast<uint32_t>(start), static_cast<uint32_t>(end - start), from, to});
      used = end;
    }
    if (runs_.size() == runs_before) every_word_kept_ = false;
    reading = false;
    inner_apostrophe = false;
  };
  // A folded byte that is not a word byte; `next` is the raw index after its character.
  auto separator = [&](char c, size_t next) {
    if (!reading) return;
    if (c == '\'') {
      room(1);
      word_[used++] = '\'';  // inner apostrophe: kept for contractions, trimmed at the end
      inner_apostrophe = true;
      source_end = next;
    } else if (c == '-' && next < text.size() && is_alnum(static_cast<unsigned char>(text[next]))) {
      // joined: co-belligerents -> cobelligerents
      source_end = next;
    } else {
      flush();
    }
  };
  // A folded byte of the character at text[begin, next) that belongs to a word.
  auto word_byte = [&](char c, size_t begin, size_t next) {
    if (!reading) {
      reading = true;
      start = used;
      source_begin = begin;
    }
    room(1);
    word_[used++] = c;
    source_end = next;
  };
  std::string folded_char;
  for (size_t i = 0; i < text.size();) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (is_alnum(u)) {
      // A run of ASCII letters and digits, lowercased as it is found: most of any text. The
      // room is that of the rest of the text, which the run cannot exceed.
      room(text.size() - i);
      char* out = word_.data() + used;
      size_t end = i;
      do {
        *out++ = kBytes.lower[static_cast<unsigned char>(text[end])];
        ++end;
      } while (end < text.size() && is_alnum(static_cast<unsigned char>(text[end])));
      if (!reading) {
        reading = true;
        start = used;
        source_begin = i;
      }
      source_end = end;
      used += end - i;
      i = end;
      continue;
    }
    if (u < 0x80) {
      separator(static_cast<char>(u), i + 1);
      ++i;
      continue;
    }
    int length = 1;
    unicode::decode_at(text, i, length);
    folded_char.clear();
    unicode::fold_append(folded_char, text.substr(i, static_cast<size_t>(length)));
    const size_t char_begin = i;
    i += static_cast<size_t>(length);
    for (char c : folded_char) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        word_byte(c, char_begin, i);
      } else {
        separator(c, i);
      }
    }
  }
  if (reading) flush();
}

std::vector<std::string> comparable_words(std::string_view text) {
  std::vector<std::string> words;
  words.reserve(text.size() / 5);
  ComparableWordSplitter splitter;
  splitter.split(text, [&](std::string_view w) { words.emplace_back(w); });
  return words;
}

namespace {
// The lemma of `w`, in place (no new string per word).
void lemmatize(std::string& w) {
  if (w.size() > 4 && ends_with(w, "ies")) {
    w.resize(w.size() - 3);
    w += 'y';
    return;
  }
  if (w.size() > 4 && (ends_with(w, "ses") || ends_with(w, "xes") || ends_with(w, "ches"))) {
    w.resize(w.size() - 2);
    return;
  }
  if (w.size() > 3 && w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us")) w.pop_back();
  if (w.size() > 5 && ends_with(w, "ing")) {
    w.resize(w.size() - 3);
    return;
  }
  if (w.size() > 4 && ends_with(w, "ed")) w.resize(w.size() - 2);
}
}  // namespace

std::string lemma(std::string_view word) {
  std::string w(word);
  lemmatize(w);
  return w;
}

std::string content_lemma_of(std::string_view word) {
  if (word.empty() || lexicon::is_stop_word(word)) return {};
  if (std::isdigit(static_cast<unsigned char>(word[0]))) return {};
  const std::string_view shared_sense = lexicon::concept_of(word);
  if (!shared_sense.empty()) return std::string(shared_sense);
  std::string w(word);
  lemmatize(w);
  return w;
}

std::vector<std::string> content_lemmas(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& w : comparable_words(text))
    if (std::string l = content_lemma_of(w); !l.empty()) out.push_back(std::move(l));
  return out;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

bool within_edits(std::string_view a, std::string_view b, size_t max_edits) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > max_edits) return false;
  if (a == b) return true;
  if (max_edits == 0) return false;
  if (a.size() > b.size()) std::swap(a, b);  // the distance is symmetric; `a` the shorter
  if (a.empty()) return b.size() <= max_edits;
  // A bound first: a byte of one string that the other lacks takes an edit of its own
  // (a substitution mends one such byte on each side), so there are at least as many
  // edits as such bytes on either side. Counted on byte values folded into 64 bits (two
  // bytes sharing a bit only lower the bound). Most names compared differ in several
  // letters and stop here.
  uint64_t in_a = 0, in_b = 0;
  for (const char c : a) in_a |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  for (const char c : b) in_b |= uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  if (std::max(bits_set(in_a & ~in_b), bits_set(in_b & ~in_a)) > max_edits) return false;
  // The exact distance with one machine word per column (Myers 1999, in Hyyro's form for
  // the whole of both strings): bit i of the vectors is the step between rows i and i + 1
  // of the table's current column. Names are compared by the thousand, most of them a
  // handful of letters: a few word operations per letter instead of a row of the table.
  constexpr size_t kWordBits = 64;
  if (a.size() > kWordBits) return edit_distance(a, b) <= max_edits;
  uint64_t equal[256];  // by byte: the positions of `a` holding it
  for (const char c : b) equal[static_cast<unsigned char>(c)] = 0;
  for (const char c : a) equal[static_cast<unsigned char>(c)] = 0;
  for (size_t i = 0; i < a.size(); ++i) equal[static_cast<unsigned char>(a[i])] |= uint64_t{1} << i;
  const uint64_t last_row = uint64_t{1} << (a.size() - 1);
  uint64_t plus = ~uint64_t{0}, minus = 0;  // vertical steps of +1 and -1
  size_t distance = a.size();               // the table's last row, at the current column
  for (const char c : b) {
    const uint64_t eq = equal[static_cast<unsigned char>(c)];
    const uint64_t xv = eq | minus;
    const uint64_t xh = (((eq & plus) + plus) ^ plus) | eq;
    uint64_t h_plus = minus | ~(xh | plus);
    uint64_t h_minus = plus & xh;
    if (h_plus & last_row)
      ++distance;
    else if (h_minus & last_row)
      --distance;
    // The table's first row counts up by one per column (insertions).
    h_plus = (h_plus << 1) | 1;
    h_minus <<= 1;
    plus = h_minus | ~(xv | h_plus);
    minus = h_plus & xv;
  }
  return distance <= max_edits;
}

}  // namespace parallax
