// One normalisation for comparing words, used by utterance alignment, claim alignment,
// copy detection and event keys: case folded, typographic quotes and dashes unified,
// contractions expanded (they’re -> they are), hyphens inside words dropped
// (co-belligerents -> cobelligerents), possessive 's dropped, punctuation removed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parallax {

std::vector<std::string> comparable_words(std::string_view text);

// Levenshtein distance in bytes (insertions, deletions, substitutions), for spellings of
// one name ("ilyenko" / "ilienko"); one row of the table, O(|a| |b|) time.
size_t edit_distance(std::string_view a, std::string_view b);

// Whether edit_distance(a, b) <= max_edits, answered without the whole table: false at
// once when the lengths differ by more, and as soon as a row holds nothing within reach
// (names are compared by the thousand, and most pairs are far apart).
bool within_edits(std::string_view a, std::string_view b, size_t max_edits);

// How many bits of `x` are set, without a call: std::popcount is a library call without
// -mpopcnt (baseline x86-64, wasm), and names are compared by the thousand.
inline size_t bits_set(uint64_t x) {
  x -= (x >> 1) & 0x5555555555555555ull;
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<size_t>((x * 0x0101010101010101ull) >> 56);
}

// The same words, handed one by one to a callback (each view is valid during its call
// only). The splitter keeps its buffers, so splitting many sentences allocates rarely;
// the callback is a template parameter because the compare stage splits every sentence
// and a call through std::function per word was a measurable share of it.
class ComparableWordSplitter {
 public:
  template <typename Emit>
  void split(std::string_view text, Emit&& emit) {
    split_into_runs(text);
    for (const Run& r : runs_) emit(std::string_view(word_).substr(r.begin, r.size));
  }

  // Where the words of the last split came from: word k was read from the bytes
  // [source_begin(k), source_end(k)) of the text, every byte that went into it (its
  // letters, an inner apostrophe, a joining hyphen); the words of one contraction share
  // them. Splitting a piece of the text that starts and ends between those sources gives
  // exactly the words whose sources it holds, in order.
  uint32_t source_begin(size_t k) const { return runs_[k].source_begin; }
  uint32_t source_end(size_t k) const { return runs_[k].source_end; }
  size_t words() const { return runs_.size(); }
  // False when some word read in the last split came to nothing (none does that we know
  // of; then the sources above do not account for every byte read as a word).
  bool every_word_kept() const { return every_word_kept_; }

 private:
  // One word, at word_[begin, begin + size), read from text[source_begin, source_end).
  struct Run {
    uint32_t begin;
    uint32_t size;
    uint32_t source_begin;
    uint32_t source_end;
  };
  void split_into_runs(std::string_view text);

  std::string word_;  // the words end to end, then room (see split_into_runs)
  std::vector<Run> runs_;
  bool every_word_kept_ = true;
};

// A crude lemma for content comparison: plural -s/-es, possessive and -ed/-ing endings
// trimmed on longer words. Good enough to match "troops"/"troop", "signed"/"signing".
std::string lemma(std::string_view word);

// The content lemma of one comparable word: its shared sense (concept table) or its
// lemma; "" for stop words and numbers.
std::string content_lemma_of(std::string_view word);

// Content lemmas of `text`: comparable words without stop words and numbers.
std::vector<std::string> content_lemmas(std::string_view text);

}  // namespace parallax
