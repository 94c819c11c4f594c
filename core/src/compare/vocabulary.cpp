#include "compare/vocabulary.h"

#include <algorithm>
#include <cstring>

#include "compare/words.h"

namespace parallax {

namespace {
// Every byte counts (user text could otherwise be made to collide), eight at a time.
uint64_t hash_word(std::string_view word) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  uint64_t h = word.size() * kMultiplier;
  const char* p = word.data();
  size_t n = word.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v = 0;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMultiplier;
    h ^= h >> 29;
  }
  if (n > 0) {
    // The last one to seven bytes as a little-endian word (what a memcpy into a zeroed
    // word gives), from two overlapping loads instead of a call to memcpy.
    uint64_t v = 0;
    if (n >= 4) {
      uint32_t low = 0, high = 0;
      std::memcpy(&low, p, 4);
      std::memcpy(&high, p + n - 4, 4);
      v = uint64_t{low} | uint64_t{high} << (8 * (n - 4));
    } else {
      const auto byte = [&](size_t k) { return uint64_t{static_cast<unsigned char>(p[k])}; };
      v = byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
    }
    h = (h ^ v) * kMultiplier;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;  // final mix, so the low bits used for slots depend on all
  return h ^ (h >> 31);
}
}  // namespace

WordId Vocabulary::id(std::string_view word) {
  const uint64_t h = hash_word(word);
  const auto tag = static_cast<uint32_t>(h);
  const size_t mask = slots_.size() - 1;
  size_t slot = h & mask;
  // A slot holds the id and the low half of its word's hash: a word is compared only with
  // the words of its slots whose half matches (where another array of hashes was read).
  for (; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const uint64_t held = slots_[slot];
    if (static_cast<uint32_t>(held >> 32) != tag) continue;
    const auto candidate = static_cast<WordId>(held) - 1;
    if (this->word(candidate) == word) return candidate;
  }
  const auto id = static_cast<WordId>(size());
  text_.append(word);
  begin_.push_back(static_cast<uint32_t>(text_.size()));
  content_lemma_.push_back(kUnknown);
  slots_[slot] = uint64_t{tag} << 32 | (id + 1);
  if (size() * 2 > slots_.size()) grow();
  return id;
}

void Vocabulary::grow() {
  // The slot of an id is its hash's low bits: the half each slot keeps (fewer than 2^32
  // slots).
  std::vector<uint64_t> slots(slots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (const uint64_t held : slots_) {
    if (held == 0) continue;
    size_t slot = (held >> 32) & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = held;
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

size_t shared_count(WordSpan x, WordSpan y) {
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
  return common;
}

double jaccard(WordSpan x, WordSpan y) {
  if (x.empty() || y.empty()) return 0;
  const size_t common = shared_count(x, y);
  return static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
}

WordSpan IdLists::add(std::span<const WordId> ids) {
  if (ids.empty()) return {};
  if (used_ + ids.size() > capacity_) {
    capacity_ = std::max(kChunk, ids.size());
    chunks_.push_back(std::make_unique<WordId[]>(capacity_));
    used_ = 0;
  }
  WordId* out = chunks_.back().get() + used_;
  std::copy(ids.begin(), ids.end(), out);
  used_ += ids.size();
  return {out, ids.size()};
}

void IdLists::clear() {
  chunks_.clear();
  used_ = capacity_ = 0;
}

SentenceWords::SentenceWords(const Analysis& analysis) : analysis_(analysis) {
  uint32_t total = 0;
  for (const DocumentInfo& d : analysis.documents) {
    first_entry_.push_back(total);
    total += static_cast<uint32_t>(d.text.sentences.size());
  }
  entries_.resize(total);
}

WordSpan SentenceWords::words(uint32_t doc, uint32_t sentence) {
  Entry& e = entries_[index_of(doc, sentence)];
  if (e.has_words) return e.words;
  const DocumentText& t = analysis_.documents[doc].text;
  const std::string_view text = t.slice(t.sentences[sentence].span);
  // A sentence repeated word for word (wire copies are common) is split once.
  const uint32_t text_id = text_ids_.id(hash_word(text));
  if (text_id == first_with_text_.size()) {
    first_with_text_.emplace_back(doc, sentence);
  } else {
    const auto [first_doc, first_sentence] = first_with_text_[text_id];
    Entry& first = entries_[index_of(first_doc, first_sentence)];
    if (first.has_words && sentence_text(analysis_, first_doc, first_sentence) == text) {
      e.words = first.words;
      e.same_as = index_of(first_doc, first_sentence);
      e.has_words = true;
      return e.words;
    }
  }
  scratch_.clear();
  splitter_.split(text, [&](std::string_view w) { scratch_.push_back(vocabulary_.id(w)); });
  e.words = word_lists_.add(scratch_);
  e.has_words = true;
  sources_.clear();
  sourced_ = nullptr;
  if (splitter_.every_word_kept() && !e.words.empty()) {
    for (size_t k = 0; k < splitter_.words(); ++k)
      sources_.push_back({splitter_.source_begin(k), splitter_.source_end(k)});
    sourced_ = e.words.data();
  }
  return e.words;
}

uint32_t SentenceWords::text_class(uint32_t doc, uint32_t sentence) {
  words(doc, sentence);
  const uint32_t index = index_of(doc, sentence);
  return entries_[index].same_as != kNoEntry ? entries_[index].same_as : index;
}

void SentenceWords::work_out_lemmas(Entry& e) {
  Entry* first = e.same_as != kNoEntry ? &entries_[e.same_as] : nullptr;
  if (first && first->has_lemmas) {
    e.lemmas = first->lemmas;
  } else {
    e.lemmas = lemma_lists_.add(lemmas_of_words(e.words));
    if (first) {
      first->lemmas = e.lemmas;
      first->has_lemmas = true;
    }
  }
  e.has_lemmas = true;
}

void SentenceWords::keep_only_lemmas() {
  for (Entry& e : entries_) {
    if (e.has_words && !e.has_lemmas) work_out_lemmas(e);
    e.words = {};
    e.has_words = false;
  }
  word_lists_.clear();
  sources_.clear();
  sourced_ = nullptr;
  text_ids_ = KeyIds();
  std::vector<std::pair<uint32_t, uint32_t>>().swap(first_with_text_);
}

WordSet SentenceWords::lemmas_of_words(WordSpan words) {
  std::vector<WordId> lemmas;
  lemmas.reserve(words.size());
  for (WordId w : words)
    if (const WordId l = vocabulary_.content_lemma(w); l != Vocabulary::kNone) lemmas.push_back(l);
  return make_word_set(std::move(lemmas));
}

WordSpan SentenceWords::lemmas(uint32_t doc, uint32_t sentence) {
  Entry& e = entries_[index_of(doc, sentence)];
  if (!e.has_lemmas) {
    words(doc, sentence);
    work_out_lemmas(e);
  }
  return e.lemmas;
}

WordSet SentenceWords::lemmas(uint32_t doc, uint32_t sentence, TokenWindow window) {
  const DocumentText& t = analysis_.documents[doc].text;
  const Sentence& s = t.sentences[sentence];
  if (window.first <= s.first_token && window.end >= s.end_token) {
    const WordSpan own = lemmas(doc, sentence);
    return WordSet(own.begin(), own.end());
  }
  // The sentence split last (or a copy of it): the words whose sources lie inside the
  // window, unless a word was read across one of its ends (then the window is split).
  const Entry& e = entries_[index_of(doc, sentence)];
  if (e.has_words && sourced_ != nullptr && e.words.data() == sourced_ &&
      e.words.size() == sources_.size() && window.first < window.end) {
    const uint32_t sentence_begin = s.span.begin;
    const uint32_t window_begin = t.tokens[window.first].span.begin;
    const uint32_t window_end = t.tokens[window.end - 1].span.end;
    if (window_begin >= sentence_begin && window_end >= window_begin) {
      const uint32_t from = window_begin - sentence_begin, to = window_end - sentence_begin;
      // Binary searches (the sources are in text order): a linear walk made one long
      // sentence of many figures quadratic.
      const auto first_it = std::partition_point(sources_.begin(), sources_.end(),
                                                 [&](const auto& w) { return w.end <= from; });
      const auto end_it = std::partition_point(first_it, sources_.end(),
                                               [&](const auto& w) { return w.end <= to; });
      const size_t first = static_cast<size_t>(first_it - sources_.begin());
      const size_t end = static_cast<size_t>(end_it - sources_.begin());
      const bool straddles = (first < sources_.size() && sources_[first].begin < from) ||
                             (end < sources_.size() && sources_[end].begin < to);
      if (!straddles) return lemmas_of_words(e.words.subspan(first, end - first));
    }
  }
  // The window's words go to a buffer kept across calls (grown once, not per window).
  window_ids_.clear();
  splitter_.split(window_text(t, window),
                  [&](std::string_view w) { window_ids_.push_back(vocabulary_.id(w)); });
  return lemmas_of_words(window_ids_);
}

}  // namespace parallax
