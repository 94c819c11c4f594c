// build_groups: runs each group builder, then shared helpers they use.
#include <algorithm>
#include <cctype>
#include <iterator>

#include "compare/compare.h"
#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/readings.h"
#include "compare/vocabulary.h"

namespace parallax {

void build_groups(Analysis& analysis) {
  // Groups of an earlier run are dropped, so grouping twice gives the same analysis.
  analysis.groups.clear();
  analysis.copies.clear();
  analysis.claims.clear();
  for (NumberMention& n : analysis.numbers) n.group = kNoGroup;
  for (DateMention& d : analysis.dates) d.group = kNoGroup;
  for (QuoteMention& q : analysis.quotes) q.groups.clear();
  SentenceWords words(analysis);
  group_quantities(analysis, words);
  const EntityPlaces entities = entity_places(analysis);
  group_events(analysis, words, entities);
  const std::vector<QuotedSentence> quoted = group_utterances(analysis);
  find_copies(analysis, words);
  words.keep_only_lemmas();  // claims read lemmas only
  group_claims(analysis, words, entities, quoted);
  decide_readings(analysis);
}

void assign_lowercase(std::string& into, std::string_view from) {
  // One pass that copies and lowercases (not a copy, then a pass over the copy): the
  // compare stage folds every word near every mention through here, most of them short.
  into.resize(from.size());
  char* out = into.data();
  for (const char c : from) *out++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

std::string_view sentence_text(const Analysis& a, uint32_t doc, uint32_t sentence) {
  const DocumentText& t = a.documents[doc].text;
  return t.slice(t.sentences[sentence].span);
}

EntityPlaces entity_places(const Analysis& a) {
  EntityPlaces out;
  out.sentence.assign(a.entities.size(), kNoSentence);
  out.first_of_doc.assign(a.documents.size() + 1, 0);
  uint32_t doc = ~0u, sentence = 0;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const EntityMention& e = a.entities[i];
    ++out.first_of_doc[e.doc + 1];
    const DocumentText& t = a.documents[e.doc].text;
    if (t.sentences.empty()) continue;
    // Entities come in text order within a document: step forward from the last one.
    const bool ahead = e.doc == doc && t.sentences[sentence].span.begin <= e.span.begin;
    if (!ahead) {
      doc = e.doc;
      sentence = t.sentence_at(e.span.begin);
    } else {
      while (sentence + 1 < t.sentences.size() &&
             t.sentences[sentence + 1].span.begin <= e.span.begin)
        ++sentence;
    }
    out.sentence[i] = sentence;
  }
  for (size_t d = 0; d < a.documents.size(); ++d) out.first_of_doc[d + 1] += out.first_of_doc[d];
  return out;
}

std::vector<uint32_t> entity_sentences(const Analysis& a) {
  return entity_places(a).sentence;
}

TokenWindow window_around(const DocumentText& t, uint32_t sentence, uint32_t token,
                          uint32_t radius) {
  const Sentence& s = t.sentences[sentence];
  const uint32_t center = std::clamp(token, s.first_token, s.end_token > 0 ? s.end_token - 1 : 0);
  return {center > s.first_token + radius ? center - radius : s.first_token,
          std::min(s.end_token, center + radius + 1)};
}

std::string_view window_text(const DocumentText& t, TokenWindow w) {
  if (w.first >= w.end) return {};
  return t.slice({t.tokens[w.first].span.begin, t.tokens[w.end - 1].span.end});
}

uint32_t token_at(const DocumentText& text, uint32_t offset) {
  auto it = std::lower_bound(text.tokens.begin(), text.tokens.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.end <= o; });
  return static_cast<uint32_t>(it - text.tokens.begin());
}

std::vector<std::string> sorted_unique(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

std::string truncate_utf8(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "\u2026";
}

std::string_view short_doc_view(const Analysis& a, uint32_t doc) {
  const std::string_view id = a.documents[doc].id;
  const size_t cut = id.find('_');
  return cut != std::string_view::npos && cut > 0 ? id.substr(0, cut) : id;
}

std::string short_doc(const Analysis& a, uint32_t doc) {
  return std::string(short_doc_view(a, doc));
}

}  // namespace parallax

namespace parallax {

namespace {
// Ids of word sets by content (0, 1, 2, ... in order of first sight), in one
// open-addressing table of ids (slot value id + 1, 0 for empty) with each set's hash
// beside it: no node per set, and a set met again at the same address (mentions of one
// sentence share their set) compares without reading its words.
class WordSetIds {
 public:
  // The id of `set`, and whether it was added.
  std::pair<uint32_t, bool> id(WordSpan set) {
    const uint64_t h = hash(set);
    size_t mask = slots_.size() - 1;
    size_t slot = static_cast<size_t>(h) & mask;
    for (; slots_[slot] != 0; slot = (slot + 1) & mask) {
      const uint32_t candidate = slots_[slot] - 1;
      if (hashes_[candidate] == h && same(sets_[candidate], set)) return {candidate, false};
    }
    const auto id = static_cast<uint32_t>(sets_.size());
    sets_.push_back(set);
    hashes_.push_back(h);
    slots_[slot] = id + 1;
    if (sets_.size() * 2 > slots_.size()) {
      slots_.assign(slots_.size() * 2, 0);
      mask = slots_.size() - 1;
      for (uint32_t k = 0; k < sets_.size(); ++k) {
        size_t s = static_cast<size_t>(hashes_[k]) & mask;
        while (slots_[s] != 0) s = (s + 1) & mask;
        slots_[s] = k + 1;
      }
    }
    return {id, true};
  }

 private:
  static uint64_t hash(WordSpan s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    for (WordId w : s) h = (h ^ w) * 0x100000001B3ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;  // the low bits pick the slot: mix every bit into them
    return h ^ (h >> 31);
  }
  static bool same(WordSpan x, WordSpan y) {
    return (x.data() == y.data() && x.size() == y.size()) ||
           std::equal(x.begin(), x.end(), y.begin(), y.end());
  }

  std::vector<WordSpan> sets_;
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> slots_ = std::vector<uint32_t>(1024, 0);
};
}  // namespace

std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(const std::vector<WordSpan>& items,
                                                           const std::vector<uint32_t>& docs,
                                                           size_t max_postings,
                                                           bool same_document) {
  // Identical items (wire copy repeated across many documents) join through the first
  // of their content: linear, however many documents repeat them. An item in the first's
  // own document (when pairs must cross documents) joins the first of its content found
  // in another document instead, so that it is not left out of the copies' group.
  struct Content {
    uint32_t first;
    uint32_t first_elsewhere = KeyIds::kMissing;  // the first item in another document
  };
  std::vector<Content> contents;
  WordSetIds content_of;
  std::vector<std::pair<uint32_t, uint32_t>> copies;        // (first, item), first < item
  std::vector<std::pair<uint32_t, uint32_t>> beside_first;  // (content, item)
  std::vector<uint32_t> representatives;
  for (uint32_t i = 0; i < items.size(); ++i) {
    const auto [content, fresh] = content_of.id(items[i]);
    if (fresh) {
      contents.push_back({i});
      representatives.push_back(i);
      continue;
    }
    Content& c = contents[content];
    if (same_document || docs[c.first] != docs[i]) {
      copies.emplace_back(c.first, i);
      if (docs[c.first] != docs[i] && c.first_elsewhere == KeyIds::kMissing) c.first_elsewhere = i;
    } else {
      beside_first.emplace_back(content, i);
    }
  }
  for (const auto& [content, i] : beside_first)
    if (const uint32_t other = contents[content].first_elsewhere; other != KeyIds::kMissing)
      copies.emplace_back(std::min(i, other), std::max(i, other));
  std::sort(copies.begin(), copies.end());
  copies.erase(std::unique(copies.begin(), copies.end()), copies.end());

  // Postings by word, numbered locally (in order of first sight) so the cost follows these
  // items, not the vocabulary: by an array over the words' ids when they are few enough
  // for its size to follow the items too (the large calls), else by a hash table.
  size_t word_count = 0;
  WordId largest = 0;
  for (uint32_t i : representatives) {
    word_count += items[i].size();
    for (WordId w : items[i]) largest = std::max(largest, w);
  }
  std::vector<uint32_t> local_words;
  local_words.reserve(word_count);
  uint32_t local_count = 0;
  if (size_t{largest} < 4 * word_count + 1024) {
    std::vector<uint32_t> local(size_t{largest} + 1, KeyIds::kMissing);
    for (uint32_t i : representatives)
      for (WordId w : items[i]) {
        if (local[w] == KeyIds::kMissing) local[w] = local_count++;
        local_words.push_back(local[w]);
      }
  } else {
    KeyIds local;
    for (uint32_t i : representatives)
      for (WordId w : items[i]) local_words.push_back(local.id(w));
    local_count = static_cast<uint32_t>(local.size());
  }
  Postings postings(local_count);
  for (uint32_t w : local_words) postings.count(w);
  postings.allocate();
  size_t next = 0;
  for (uint32_t i : representatives)
    for (size_t k = 0; k < items[i].size(); ++k) postings.add(local_words[next++], i);

  // Each representative's partners after it, gathered word by word and deduplicated by a
  // stamp (two items sharing k words meet k times): only the distinct partners of one item
  // are sorted, never the whole list of meetings. Postings hold items in ascending order.
  std::vector<std::pair<uint32_t, uint32_t>> shared;  // (x, y), x < y, ascending
  std::vector<uint32_t> seen_by(items.size(), KeyIds::kMissing);
  std::vector<uint32_t> partners;
  next = 0;
  for (uint32_t x : representatives) {
    partners.clear();
    for (size_t k = 0; k < items[x].size(); ++k) {
      const std::span<const uint32_t> list = postings.of(local_words[next++]);
      if (list.size() < 2 || list.size() > max_postings) continue;
      for (auto it = std::upper_bound(list.begin(), list.end(), x); it != list.end(); ++it) {
        const uint32_t y = *it;
        if (seen_by[y] == x) continue;
        seen_by[y] = x;
        if (same_document || docs[x] != docs[y]) partners.push_back(y);
      }
    }
    std::sort(partners.begin(), partners.end());
    for (uint32_t y : partners) shared.emplace_back(x, y);
  }

  std::vector<std::pair<uint32_t, uint32_t>> out;
  out.reserve(shared.size() + copies.size());
  std::set_union(shared.begin(), shared.end(), copies.begin(), copies.end(),
                 std::back_inserter(out));
  return out;
}

}  // namespace parallax
