// The words of the compare stage as small integers.
//
// Every mention, claim and copied sentence is compared through sets of its words; the
// same sentence is read by several group builders. SentenceWords splits each sentence
// into comparable words once, and the Vocabulary stores each distinct word once, with its
// content lemma worked out once, so that sets are sorted, intersected and indexed as
// integers rather than strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compare/groups_internal.h"

namespace parallax {

using WordId = uint32_t;
using WordSet = std::vector<WordId>;  // sorted and unique

class Vocabulary {
 public:
  static constexpr WordId kNone = ~WordId{0};

  // The id of `word`, added when new.
  WordId id(std::string_view word);
  std::string_view word(WordId id) const {
    return std::string_view(text_).substr(begin_[id], begin_[id + 1] - begin_[id]);
  }
  size_t size() const { return hashes_.size(); }
  // The id of the word's content lemma (content_lemmas() in words.h: a shared sense or
  // a lemma), or kNone for stop words and numbers, which carry no content.
  WordId content_lemma(WordId id);

 private:
  static constexpr WordId kUnknown = kNone - 1;
  void grow();

  // Words end to end in one string, word `id` at [begin_[id], begin_[id + 1]); an
  // open-addressing table of ids (slot value id + 1, 0 for empty) finds them.
  std::string text_;
  std::vector<uint32_t> begin_ = {0};
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> slots_ = std::vector<uint32_t>(1024, 0);
  std::vector<WordId> content_lemma_;
};

// Sorted and unique.
WordSet make_word_set(std::vector<WordId> ids);
// Jaccard similarity of two word sets.
double jaccard(const WordSet& x, const WordSet& y);

// The comparable words and content lemmas of each sentence of an analysis, computed on
// first use and kept for the other group builders.
class SentenceWords {
 public:
  explicit SentenceWords(const Analysis& analysis);

  Vocabulary& vocabulary() { return vocabulary_; }
  // comparable_words() of the sentence, as ids.
  const std::vector<WordId>& words(uint32_t doc, uint32_t sentence);
  // The sentence's content lemmas.
  const WordSet& lemmas(uint32_t doc, uint32_t sentence);
  // The content lemmas of a window of the sentence (the sentence's own set, not a copy
  // of it, when the window covers the whole sentence).
  WordSet lemmas(uint32_t doc, uint32_t sentence, TokenWindow window);

 private:
  struct Entry {
    bool has_words = false;
    bool has_lemmas = false;
    std::vector<WordId> words;
    WordSet lemmas;
  };
  WordSet lemmas_of_words(const std::vector<WordId>& words);

  const Analysis& analysis_;
  Vocabulary vocabulary_;
  std::vector<std::vector<Entry>> entries_;  // by document, then sentence
};

}  // namespace parallax
