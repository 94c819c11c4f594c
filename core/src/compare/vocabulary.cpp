#include "compare/vocabulary.h"

#include <algorithm>

#include "compare/words.h"

namespace parallax {

WordId Vocabulary::id(std::string_view word) {
  if (auto it = ids_.find(word); it != ids_.end()) return it->second;
  const auto id = static_cast<WordId>(words_.size());
  words_.emplace_back(word);
  ids_.emplace(words_.back(), id);
  content_lemma_.push_back(kUnknown);
  return id;
}

WordId Vocabulary::content_lemma(WordId id) {
  if (content_lemma_[id] == kUnknown) {
    const std::string lemma = content_lemma_of(words_[id]);
    content_lemma_[id] = lemma.empty() ? kNone : this->id(lemma);
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
    for (const std::string& w : comparable_words(t.slice(t.sentences[sentence].span)))
      e.words.push_back(vocabulary_.id(w));
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
