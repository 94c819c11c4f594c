#include "compare/vocabulary.h"

#include <algorithm>

#include "compare/words.h"

namespace parallax {

namespace {
uint64_t hash_word(std::string_view word) {
  uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a, then a final mix for the low bits
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
  return h ^ (h >> 32);
}
}  // namespace

WordId Vocabulary::id(std::string_view word) {
  const uint64_t h = hash_word(word);
  const size_t mask = slots_.size() - 1;
  size_t slot = h & mask;
  for (; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const WordId candidate = slots_[slot] - 1;
    if (hashes_[candidate] == h && this->word(candidate) == word) return candidate;
  }
  const auto id = static_cast<WordId>(hashes_.size());
  text_.append(word);
  begin_.push_back(static_cast<uint32_t>(text_.size()));
  hashes_.push_back(h);
  content_lemma_.push_back(kUnknown);
  slots_[slot] = id + 1;
  if (hashes_.size() * 2 > slots_.size()) grow();
  return id;
}

void Vocabulary::grow() {
  std::vector<uint32_t> slots(slots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (WordId id = 0; id < hashes_.size(); ++id) {
    size_t slot = hashes_[id] & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
  slots_ = std::move(slots);
}

WordId Vocabulary::content_lemma(WordId id) {
  if (content_lemma_[id] == kUnknown) {
    const std::string lemma = content_lemma_of(word(id));
    const WordId lemma_id = lemma.empty() ? kNone : this->id(lemma);  // may grow content_lemma_
    content_lemma_[id] = lemma_id;
  }
  return content_lemma_[id];
}

WordSet make_word_set(std::vector<WordId> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

double jaccard(const WordSet& x, const WordSet& y) {
  if (x.empty() || y.empty()) return 0;
  size_t common = 0, i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] == y[j]) {
      ++common;
      ++i;
      ++j;
    } else if (x[i] < y[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
}

SentenceWords::SentenceWords(const Analysis& analysis) : analysis_(analysis) {
  entries_.resize(analysis.documents.size());
  for (size_t d = 0; d < analysis.documents.size(); ++d)
    entries_[d].resize(analysis.documents[d].text.sentences.size());
}

const std::vector<WordId>& SentenceWords::words(uint32_t doc, uint32_t sentence) {
  Entry& e = entries_[doc][sentence];
  if (!e.has_words) {
    const DocumentText& t = analysis_.documents[doc].text;
    for_each_comparable_word(t.slice(t.sentences[sentence].span),
                             [&](std::string_view w) { e.words.push_back(vocabulary_.id(w)); });
    e.has_words = true;
  }
  return e.words;
}

WordSet SentenceWords::lemmas_of_words(const std::vector<WordId>& words) {
  std::vector<WordId> lemmas;
  lemmas.reserve(words.size());
  for (WordId w : words)
    if (const WordId l = vocabulary_.content_lemma(w); l != Vocabulary::kNone) lemmas.push_back(l);
  return make_word_set(std::move(lemmas));
}

const WordSet& SentenceWords::lemmas(uint32_t doc, uint32_t sentence) {
  Entry& e = entries_[doc][sentence];
  if (!e.has_lemmas) {
    e.lemmas = lemmas_of_words(words(doc, sentence));
    e.has_lemmas = true;
  }
  return e.lemmas;
}

WordSet SentenceWords::lemmas(uint32_t doc, uint32_t sentence, TokenWindow window) {
  const DocumentText& t = analysis_.documents[doc].text;
  const Sentence& s = t.sentences[sentence];
  if (window.first <= s.first_token && window.end >= s.end_token) return lemmas(doc, sentence);
  std::vector<WordId> ids;
  for (const std::string& w : comparable_words(window_text(t, window)))
    ids.push_back(vocabulary_.id(w));
  return lemmas_of_words(ids);
}

}  // namespace parallax
