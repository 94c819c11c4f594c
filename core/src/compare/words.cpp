#include "compare/words.h"

#include <cctype>
#include <functional>

#include "lexicon/compare_lexicon.h"
#include "text/unicode.h"

namespace parallax {

namespace {
// ASCII letters and digits: std::isalnum in the "C" locale, without the library call.
bool is_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
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

void for_each_comparable_word(std::string_view text,
                              const std::function<void(std::string_view)>& emit) {
  const std::string folded = unicode::fold(text);
  std::string word;
  // Every contraction holds an apostrophe: other words skip the table lookup.
  bool inner_apostrophe = false;
  auto flush = [&] {
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (word.empty()) {
      inner_apostrophe = false;
      return;
    }
    const std::string_view expansion =
        inner_apostrophe ? lexicon::expand_contraction(word) : std::string_view();
    if (!expansion.empty()) {
      size_t start = 0;
      while (start < expansion.size()) {
        size_t space = expansion.find(' ', start);
        if (space == std::string_view::npos) space = expansion.size();
        emit(expansion.substr(start, space - start));
        start = space + 1;
      }
    } else {
      if (ends_with(word, "'s")) word.resize(word.size() - 2);
      if (!word.empty()) emit(word);
    }
    word.clear();
    inner_apostrophe = false;
  };
  auto is_word_byte = [](unsigned char u) { return is_alnum(u) || u >= 0x80; };
  for (size_t i = 0; i < folded.size();) {
    const auto u = static_cast<unsigned char>(folded[i]);
    if (is_word_byte(u)) {
      size_t end = i + 1;
      while (end < folded.size() && is_word_byte(static_cast<unsigned char>(folded[end]))) ++end;
      word.append(folded, i, end - i);
      i = end;
      continue;
    }
    if (u == '\'' && !word.empty()) {
      word += '\'';  // inner apostrophe: kept for contractions, trimmed at the end
      inner_apostrophe = true;
    } else if (u == '-' && !word.empty() && i + 1 < folded.size() &&
               is_alnum(static_cast<unsigned char>(folded[i + 1]))) {
      // joined: co-belligerents -> cobelligerents
    } else {
      flush();
    }
    ++i;
  }
  flush();
}

std::vector<std::string> comparable_words(std::string_view text) {
  std::vector<std::string> words;
  words.reserve(text.size() / 5);
  for_each_comparable_word(text, [&](std::string_view w) { words.emplace_back(w); });
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

}  // namespace parallax
