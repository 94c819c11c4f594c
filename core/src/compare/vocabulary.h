// The words of the compare stage as small integers.
//
// Every mention, claim and copied sentence is compared through sets of its words; the
// same sentence is read by several group builders. SentenceWords splits each sentence
// into comparable words once, and the Vocabulary stores each distinct word once, with its
// content lemma worked out once, so that sets are sorted, intersected and indexed as
// integers rather than strings.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/words.h"

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
  size_t size() const { return begin_.size() - 1; }
  // The id of the word's content lemma (content_lemmas() in words.h: a shared sense or
  // a lemma), or kNone for stop words and numbers, which carry no content.
  WordId content_lemma(WordId id);

 private:
  static constexpr WordId kUnknown = kNone - 1;
  void grow();

  // Words end to end in one string, word `id` at [begin_[id], begin_[id + 1]); an
  // open-addressing table of ids finds them (slot value: the low half of the word's hash,
  // then id + 1; 0 for empty).
  std::string text_;
  std::vector<uint32_t> begin_ = {0};
  std::vector<uint64_t> slots_ = std::vector<uint64_t>(1024, 0);
  std::vector<WordId> content_lemma_;
};

// Sorted and unique.
WordSet make_word_set(std::vector<WordId> ids);
// Jaccard similarity of two word sets.
double jaccard(WordSpan x, WordSpan y);
// How many ids two sorted sets share.
size_t shared_count(WordSpan x, WordSpan y);

// Append-only storage for lists of ids, with stable addresses: lists are copied into
// chunks (a list longer than a chunk gets one of its own), so a view handed out stays
// valid while more lists are added, and there is no allocation per list.
class IdLists {
 public:
  WordSpan add(std::span<const WordId> ids);
  void clear();

 private:
  static constexpr size_t kChunk = size_t{1} << 16;
  std::vector<std::unique_ptr<WordId[]>> chunks_;
  size_t used_ = 0;      // ids used in the last chunk
  size_t capacity_ = 0;  // ids the last chunk holds
};

// The comparable words and content lemmas of each sentence of an analysis, computed on
// first use and kept for the other group builders.
class SentenceWords {
 public:
  explicit SentenceWords(const Analysis& analysis);

  Vocabulary& vocabulary() { return vocabulary_; }
  // comparable_words() of the sentence, as ids.
  WordSpan words(uint32_t doc, uint32_t sentence);
  // The sentence's content lemmas, a word set.
  WordSpan lemmas(uint32_t doc, uint32_t sentence);
  // The content lemmas of a window of the sentence (the sentence's own set when the
  // window covers the whole sentence).
  WordSet lemmas(uint32_t doc, uint32_t sentence, TokenWindow window);
  // The same number for sentences of the same text (wire copies), often: the entry of
  // the first such sentence whose words were still known when this one was split.
  // Sentences with different numbers may still have the same text; never the reverse.
  uint32_t text_class(uint32_t doc, uint32_t sentence);
  // Works out the lemmas of every sentence split so far, then frees the words: called
  // when no builder needs words any more.
  void keep_only_lemmas();

 private:
  static constexpr uint32_t kNoEntry = ~uint32_t{0};
  struct Entry {
    WordSpan words;
    WordSpan lemmas;
    uint32_t same_as = kNoEntry;  // an earlier entry whose sentence has the same text
    bool has_words = false;
    bool has_lemmas = false;
  };
  WordSet lemmas_of_words(WordSpan words);
  uint32_t index_of(uint32_t doc, uint32_t sentence) const { return first_entry_[doc] + sentence; }
  // The lemmas of an entry whose words are known (shared with its same_as entry).
  void work_out_lemmas(Entry& e);

  const Analysis& analysis_;
  Vocabulary vocabulary_;
  std::vector<uint32_t> first_entry_;  // by document: index of its first sentence's entry
  std::vector<Entry> entries_;
  IdLists word_lists_, lemma_lists_;
  ComparableWordSplitter splitter_;
  // Sentences by a hash of their text, to find word-for-word repeats (wire copies), which
  // share one list of words and one of lemmas: (document, sentence) of the first.
  KeyIds text_ids_;
  std::vector<std::pair<uint32_t, uint32_t>> first_with_text_;
  std::vector<WordId> scratch_;
  std::vector<WordId> window_ids_;  // the words of a window (lemmas of a window)
  // Where each word of the sentence split last came from (bytes from the sentence's
  // start), while that split is known to account for every byte read: a window of that
  // sentence (or of a copy, which shares its list of words) takes the words whose sources
  // it holds instead of being split again. `sourced_` is the list of words they are of.
  struct Source {
    uint32_t begin;
    uint32_t end;
  };
  std::vector<Source> sources_;
  const WordId* sourced_ = nullptr;
};

}  // namespace parallax
