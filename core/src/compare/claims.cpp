// Claims: check-worthy sentences (a figure, a date or a named actor), aligned across
// documents by their content words weighted by rarity (IDF over all claim sentences).
// A claim group holds at most one sentence per document; `support` counts the documents
// stating the claim, documents that copy each other counting once.
//
// Copies: sentences found nearly verbatim (word 4-gram overlap) in another document. Two
// documents sharing several such sentences are a copy pair (wire copy, syndication).
#include <algorithm>
#include <cmath>
#include <string>

#include "compare/cluster.h"
#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/vocabulary.h"

namespace parallax {

namespace {

constexpr size_t kMinClaimWords = 6;
constexpr double kMinClaimSimilarity = 0.35;
constexpr size_t kMinSharedLemmas = 3;
// Two sentences whose figures or dates were already found to state one quantity or one
// event ("lawmakers said 3,000 troops were sent" / "the agency put the troops at 10,000")
// state one claim in other words: the bar for their words is lower.
constexpr double kMinFactClaimSimilarity = 0.15;
constexpr size_t kMinFactSharedLemmas = 2;
constexpr size_t kMinCopyWords = 10;       // shorter sentences repeat by chance
constexpr double kCopyOverlap = 0.8;       // share of a sentence's 4-grams found in the other
constexpr uint32_t kMinCopySentences = 3;  // shared sentences that make a copy pair
constexpr double kMinCopyShare = 0.3;
constexpr size_t kMaxCopyPostings = 32;   // a 4-gram in more documents is common phrasing
constexpr size_t kMaxClaimPostings = 32;  // a lemma in more claims does not block

bool has_capitalised_word_inside(const DocumentText& t, const Sentence& s) {
  for (uint32_t k = s.first_token + 1; k < s.end_token; ++k) {
    const Token& tok = t.tokens[k];
    if (tok.kind != TokenKind::kWord) continue;
    const char c = t.text[tok.span.begin];
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

// A hash of a run of word ids (exact repeats and 4-grams are found by hash: 64 bits
// make a false match between two real sentences vanishingly unlikely).
uint64_t hash_words(const WordId* first, size_t n) {
  uint64_t h = 0xCBF29CE484222325ull ^ n;
  for (size_t k = 0; k < n; ++k) {
    h = (h ^ first[k]) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 31;
  }
  return h;
}

}  // namespace

void find_copies(Analysis& a, SentenceWords& words) {
  // A sentence is copied in another document when that document has the same sentence
  // (after normalisation) or most of its word 4-grams. 4-grams found in many documents
  // say nothing about copying and are not indexed; exact repeats are found by hashing.
  struct CopySentence {
    uint32_t doc;
    uint32_t key;    // id of the sentence's hash
    uint32_t grams;  // index of its 4-gram list in gram_lists
  };
  std::vector<CopySentence> sentences;
  KeyIds key_ids, gram_ids;
  // Ids of each distinct sentence's 4-gram hashes, each once, end to end: copies
  // of a sentence share their words (SentenceWords) and so one list, found by the
  // address of those words, and one key (the words are hashed once per list).
  std::vector<uint32_t> gram_ids_flat, gram_list_begin = {0}, key_of_list;
  std::vector<uint32_t> gram_list_of;  // by 4-gram: the last list it was put in
  KeyIds list_of_words;
  std::vector<size_t> body(a.documents.size(), 0);  // sentences outside furniture
  for (uint32_t d = 0; d < a.documents.size(); ++d) {
    const DocumentText& t = a.documents[d].text;
    for (uint32_t s = 0; s < t.sentences.size(); ++s) {
      if (t.is_furniture(t.sentences[s])) continue;
      ++body[d];
      const WordSpan w = words.words(d, s);
      if (w.size() < kMinCopyWords) continue;
      const uint32_t list = list_of_words.id(reinterpret_cast<uintptr_t>(w.data()));
      if (list + 1 == gram_list_begin.size()) {
        // Each 4-gram once per list, in order of first sight (a stamp per 4-gram, not a
        // sort: what is read of a list later does not depend on its order).
        for (size_t k = 0; k + 4 <= w.size(); ++k) {
          const uint32_t g = gram_ids.id(hash_words(w.data() + k, 4));
          if (g == gram_list_of.size()) gram_list_of.push_back(KeyIds::kMissing);
          if (gram_list_of[g] == list) continue;
          gram_list_of[g] = list;
          gram_ids_flat.push_back(g);
        }
        gram_list_begin.push_back(static_cast<uint32_t>(gram_ids_flat.size()));
        key_of_list.push_back(key_ids.id(hash_words(w.data(), w.size())));
      }
      sentences.push_back({d, key_of_list[list], list});
    }
  }
  auto grams_of = [&](uint32_t list) {
    return std::span<uint32_t>(gram_ids_flat.data() + gram_list_begin[list],
                               gram_list_begin[list + 1] - gram_list_begin[list]);
  };
  // The documents of each sentence key and of each 4-gram (in document order, each once;
  // a 4-gram's list stops past the cap), counted first, then filled.
  Postings docs_by_key(key_ids.size()), docs_by_gram(gram_ids.size());
  for (bool fill : {false, true}) {
    if (fill) {
      docs_by_key.allocate();
      docs_by_gram.allocate();
    }
    std::vector<uint32_t> key_last(key_ids.size(), KeyIds::kMissing);
    struct GramSeen {
      uint32_t last_doc = KeyIds::kMissing;
      uint32_t docs = 0;
    };
    std::vector<GramSeen> gram_seen(gram_ids.size());  // one read per 4-gram, not two
    for (const CopySentence& c : sentences) {
      if (key_last[c.key] != c.doc) {
        key_last[c.key] = c.doc;
        fill ? docs_by_key.add(c.key, c.doc) : docs_by_key.count(c.key);
      }
      for (uint32_t g : grams_of(c.grams)) {
        GramSeen& seen = gram_seen[g];
        if (seen.last_doc == c.doc || seen.docs > kMaxCopyPostings) continue;
        seen.last_doc = c.doc;
        ++seen.docs;
        fill ? docs_by_gram.add(g, c.doc) : docs_by_gram.count(g);
      }
    }
  }
  // Each list's 4-grams that are not common phrasing, moved to its front (once per list,
  // however many copies share it; the other 4-grams are not read again).
  std::vector<uint32_t> rare_end(gram_list_begin.size() - 1);
  for (uint32_t list = 0; list < rare_end.size(); ++list) {
    const std::span<uint32_t> grams = grams_of(list);
    auto end = std::remove_if(grams.begin(), grams.end(), [&](uint32_t g) {
      return docs_by_gram.of(g).size() > kMaxCopyPostings;
    });
    rare_end[list] = static_cast<uint32_t>(end - grams.begin());
  }
  std::vector<uint64_t> shared_pairs;  // (doc << 32 | other doc), once per shared sentence
  std::vector<uint32_t> copied_in, hit_documents;
  std::vector<uint32_t> hits_in(a.documents.size(), 0);  // by document: 4-grams met there
  for (const CopySentence& c : sentences) {
    copied_in.clear();
    // Exact repeats: every other document, or for mass syndication the next one only
    // (a chain is enough to count the copies as one source, and stays linear).
    const std::span<const uint32_t> same = docs_by_key.of(c.key);
    if (same.size() <= kMaxCopyPostings) {
      for (uint32_t other : same)
        if (other > c.doc) copied_in.push_back(other);
    } else {
      auto next = std::upper_bound(same.begin(), same.end(), c.doc);
      if (next != same.end()) copied_in.push_back(*next);
    }
    // The sentence's rare 4-grams met in each later document, counted in place (common
    // phrasing meets a few hundred documents per sentence: sorting the meetings cost more
    // than all else here).
    hit_documents.clear();
    const std::span<const uint32_t> grams = grams_of(c.grams);
    for (uint32_t g : grams.first(rare_end[c.grams]))
      for (uint32_t other : docs_by_gram.of(g))
        if (other > c.doc && hits_in[other]++ == 0) hit_documents.push_back(other);
    for (uint32_t other : hit_documents) {
      if (static_cast<double>(hits_in[other]) >= kCopyOverlap * static_cast<double>(grams.size()))
        copied_in.push_back(other);
      hits_in[other] = 0;
    }
    std::sort(copied_in.begin(), copied_in.end());
    copied_in.erase(std::unique(copied_in.begin(), copied_in.end()), copied_in.end());
    for (uint32_t other : copied_in) shared_pairs.push_back(uint64_t{c.doc} << 32 | other);
  }
  std::sort(shared_pairs.begin(), shared_pairs.end());
  for (size_t k = 0; k < shared_pairs.size();) {
    size_t end = k;
    while (end < shared_pairs.size() && shared_pairs[end] == shared_pairs[k]) ++end;
    const auto first = static_cast<uint32_t>(shared_pairs[k] >> 32);
    const auto second = static_cast<uint32_t>(shared_pairs[k]);
    const auto n = static_cast<uint32_t>(end - k);
    const double share = static_cast<double>(n) / static_cast<double>(std::max<size_t>(
                                                      1, std::min(body[first], body[second])));
    if (n >= kMinCopySentences || share >= kMinCopyShare)
      a.copies.push_back({first, second, n, share});
    k = end;
  }
}

namespace {

// The quantity and event groups of each claim's figures and dates, sorted, end to end.
class ClaimFacts {
 public:
  explicit ClaimFacts(const Analysis& a) : begin_(a.claims.size() + 1, 0) {
    // Claims are in (document, sentence) order: each mention's claim by binary search.
    std::vector<std::pair<uint32_t, int32_t>> pairs;  // (claim, group)
    auto collect = [&](const auto& mentions) {
      for (const auto& m : mentions) {
        if (m.group < 0) continue;
        const auto it =
            std::lower_bound(a.claims.begin(), a.claims.end(), std::pair{m.doc, m.sentence},
                             [](const ClaimMention& c, std::pair<uint32_t, uint32_t> wanted) {
                               return std::pair{c.doc, c.sentence} < wanted;
                             });
        if (it != a.claims.end() && it->doc == m.doc && it->sentence == m.sentence)
          pairs.emplace_back(static_cast<uint32_t>(it - a.claims.begin()), m.group);
      }
    };
    collect(a.numbers);
    collect(a.dates);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    groups_.reserve(pairs.size());
    for (const auto& [claim, group] : pairs) {
      ++begin_[claim + 1];
      groups_.push_back(group);
    }
    for (size_t c = 0; c + 1 < begin_.size(); ++c) begin_[c + 1] += begin_[c];
  }

  bool share_group(uint32_t i, uint32_t j) const {
    auto x = groups_.begin() + begin_[i], x_end = groups_.begin() + begin_[i + 1];
    auto y = groups_.begin() + begin_[j], y_end = groups_.begin() + begin_[j + 1];
    while (x != x_end && y != y_end) {
      if (*x == *y) return true;
      if (*x < *y)
        ++x;
      else
        ++y;
    }
    return false;
  }

 private:
  std::vector<uint32_t> begin_;
  std::vector<int32_t> groups_;
};

}  // namespace

// Candidate links between claim sentences, the best per (claim, other document) only. A
// function of its own so that its tables are freed before clustering begins.
std::vector<Link> best_links(const Analysis& a, const std::vector<WordSpan>& lemmas,
                             const std::vector<uint32_t>& docs, size_t vocabulary_size,
                             const std::vector<QuotedSentence>& quoted, const ClaimFacts& facts) {
  const size_t count = a.claims.size();
  // Rarity weights over claim sentences.
  std::vector<double> idf(vocabulary_size, 0.0);
  for (WordSpan set : lemmas)
    for (WordId w : set) idf[w] += 1;
  for (double& df : idf)
    if (df > 0) df = std::log(1.0 + static_cast<double>(count) / df);
  std::vector<double> norms(count, 0);
  for (size_t i = 0; i < count; ++i)
    for (WordId w : lemmas[i]) norms[i] += idf[w] * idf[w];

  // Best partner per (claim, other document) only: alignment, not a web of weak links.
  // Every link is offered both ways; the best offer per key (from, document of `to`)
  // wins, the earlier on a tie: pair offers first, then those of quoted sentences.
  //
  // No table of keys is needed for pair offers: pairs come sorted by (i, j), i < j, in
  // different documents, and claims are in document order, so the offers i -> j of one
  // key are consecutive, and the offers j -> i of one key arrive in a run per j (i only
  // grows). Either way the offers of a key come in order of `to`, and a run is complete
  // when the next one begins.
  std::vector<Link> links;

  // Sentences quoting the same words are one claim, however differently each outlet
  // frames the quote: each joins the first such claim sentence of its utterance. These
  // offers come after every pair offer; the first best per key is kept here, and meets
  // the pair offers of its key when they are complete.
  constexpr double kQuotedScore = 1.0;
  // Claims are listed in (document, sentence) order: a claim is found by binary search
  // among its document's.
  std::vector<uint32_t> first_claim_of_doc(a.documents.size() + 1, 0);
  for (uint32_t d : docs) ++first_claim_of_doc[d + 1];
  for (size_t d = 0; d < a.documents.size(); ++d)
    first_claim_of_doc[d + 1] += first_claim_of_doc[d];
  auto claim_at = [&](uint32_t doc, uint32_t sentence) {
    const auto end = a.claims.begin() + first_claim_of_doc[doc + 1];
    auto it = std::lower_bound(
        a.claims.begin() + first_claim_of_doc[doc], end, sentence,
        [](const ClaimMention& c, uint32_t wanted) { return c.sentence < wanted; });
    return it != end && it->sentence == sentence ? static_cast<uint32_t>(it - a.claims.begin())
                                                 : KeyIds::kMissing;
  };
  struct QuotedOffer {
    Link link;
    bool met = false;  // its key also had pair offers
  };
  KeyIds quoted_keys;  // (from << 32 | document of `to`) -> index in quoted_offers
  std::vector<QuotedOffer> quoted_offers;
  std::vector<bool> has_quoted_offer(count, false);
  uint32_t utterances = 0;
  for (const QuotedSentence& q : quoted) utterances = std::max(utterances, q.utterance + 1);
  std::vector<uint32_t> first_claim_of(utterances, KeyIds::kMissing);  // by utterance
  for (const QuotedSentence& q : quoted) {
    const uint32_t j = claim_at(q.doc, q.sentence);
    if (j == KeyIds::kMissing) continue;
    uint32_t& first = first_claim_of[q.utterance];
    if (first == KeyIds::kMissing) {
      first = j;
      continue;
    }
    const uint32_t i = first;
    if (docs[i] == docs[j]) continue;
    for (auto [from, to] : {std::pair{i, j}, std::pair{j, i}}) {
      const uint32_t key = quoted_keys.id(uint64_t{from} << 32 | docs[to]);
      if (key == quoted_offers.size()) {
        quoted_offers.push_back({{from, to, kQuotedScore}});
        has_quoted_offer[from] = true;
      } else if (kQuotedScore > quoted_offers[key].link.score) {
        quoted_offers[key].link = {from, to, kQuotedScore};
      }
    }
  }
  // The complete pair offers' best for a key, against the quoted offers' best for it.
  auto emit = [&](const Link& best) {
    if (has_quoted_offer[best.a]) {
      const uint32_t key = quoted_keys.find(uint64_t{best.a} << 32 | docs[best.b]);
      if (key != KeyIds::kMissing) {
        QuotedOffer& q = quoted_offers[key];
        q.met = true;
        links.push_back(q.link.score > best.score ? q.link : best);
        return;
      }
    }
    links.push_back(best);
  };

  Link forward{KeyIds::kMissing, 0, 0};  // the run of offers i -> (document of j)
  std::vector<Link> backward(count, Link{KeyIds::kMissing, 0, 0});  // by j: j -> (doc of i)
  const auto pairs = candidate_pairs(lemmas, docs, kMaxClaimPostings, false);
  // Pairs come sorted by `i`: the lemmas of the current `i` are marked once, and each of
  // its partners' lemmas is looked up, not merged with them (the matches are met in the
  // same ascending order as a merge, so the sum is the same double).
  std::vector<uint32_t> marked_by(vocabulary_size, KeyIds::kMissing);
  uint32_t marked = KeyIds::kMissing;
  for (const auto& [i, j] : pairs) {
    if (i != marked) {
      for (WordId w : lemmas[i]) marked_by[w] = i;
      marked = i;
    }
    double dot = 0;
    size_t shared_lemmas = 0;
    for (WordId w : lemmas[j])
      if (marked_by[w] == i) {
        dot += idf[w] * idf[w];
        ++shared_lemmas;
      }
    // Containment more than symmetry: one outlet's sentence often adds a clause to
    // another's, so the shared weight is measured against the lighter sentence.
    if (shared_lemmas < kMinFactSharedLemmas) continue;
    const double score = dot / std::min(norms[i], norms[j]);
    if (score < kMinFactClaimSimilarity) continue;
    if ((shared_lemmas < kMinSharedLemmas || score < kMinClaimSimilarity) &&
        !facts.share_group(i, j))
      continue;
    if (forward.a != i || docs[forward.b] != docs[j]) {
      if (forward.a != KeyIds::kMissing) emit(forward);
      forward = {i, j, score};
    } else if (score > forward.score) {
      forward = {i, j, score};
    }
    Link& back = backward[j];
    if (back.a == KeyIds::kMissing || docs[back.b] != docs[i]) {
      if (back.a != KeyIds::kMissing) emit(back);
      back = {j, i, score};
    } else if (score > back.score) {
      back = {j, i, score};
    }
  }
  if (forward.a != KeyIds::kMissing) emit(forward);
  for (const Link& back : backward)
    if (back.a != KeyIds::kMissing) emit(back);
  for (const QuotedOffer& q : quoted_offers)
    if (!q.met) links.push_back(q.link);
  return links;
}

void group_claims(Analysis& a, SentenceWords& words, const EntityPlaces& entities,
                  const std::vector<QuotedSentence>& quoted) {
  // Which sentences hold a figure, a date or a named entity, by document's first sentence
  // plus sentence (one flat array, not one per document).
  std::vector<uint32_t> first_sentence(a.documents.size() + 1, 0);
  for (uint32_t d = 0; d < a.documents.size(); ++d)
    first_sentence[d + 1] =
        first_sentence[d] + static_cast<uint32_t>(a.documents[d].text.sentences.size());
  std::vector<bool> marked(first_sentence.back(), false);
  for (const NumberMention& n : a.numbers) marked[first_sentence[n.doc] + n.sentence] = true;
  for (const DateMention& d : a.dates) marked[first_sentence[d.doc] + d.sentence] = true;
  // (Each document's entities are a run: their documents are not read.)
  for (uint32_t d = 0; d < a.documents.size(); ++d)
    for (uint32_t e = entities.first_of_doc[d]; e < entities.first_of_doc[d + 1]; ++e)
      if (entities.sentence[e] != kNoSentence)
        marked[first_sentence[d] + entities.sentence[e]] = true;

  std::vector<WordSpan> lemmas;
  for (uint32_t d = 0; d < a.documents.size(); ++d) {
    const DocumentText& t = a.documents[d].text;
    for (uint32_t s = 0; s < t.sentences.size(); ++s) {
      const Sentence& sentence = t.sentences[s];
      // Headlines restate the lead; aligning them would take the lead's place in its group.
      if (t.is_furniture(sentence) || sentence.headline) continue;
      // Count word tokens, up to the minimum a claim needs.
      size_t word_tokens = 0;
      for (uint32_t k = sentence.first_token;
           k < sentence.end_token && word_tokens < kMinClaimWords; ++k)
        word_tokens += t.tokens[k].kind != TokenKind::kPunct;
      if (word_tokens < kMinClaimWords) continue;
      if (!marked[first_sentence[d] + s] && !has_capitalised_word_inside(t, sentence)) continue;
      a.claims.push_back({d, sentence.span, s, kNoGroup, 1});
      lemmas.push_back(words.lemmas(d, s));
    }
  }
  const size_t count = a.claims.size();
  if (count == 0) return;

  a.claims.shrink_to_fit();
  // The document of each claim, in a small array of its own: merging reads it often.
  std::vector<uint32_t> docs;
  docs.reserve(count);
  for (const ClaimMention& c : a.claims) docs.push_back(c.doc);
  const ClaimFacts facts(a);
  std::vector<Link> links = best_links(a, lemmas, docs, words.vocabulary().size(), quoted, facts);
  std::vector<WordSpan>().swap(lemmas);
  sort_best_first(links);

  // Merge best first; a cluster never holds two sentences of one document. A cluster's
  // members are a list threaded through `next_member` under its root, and the documents
  // of a cluster of two or more are found in one set of (root, document) keys (a single
  // sentence's cluster holds its own document: most sentences are never merged, and so
  // have no key). The smaller cluster moves into the larger, so merging stays
  // near-linear. (Keys of a former root are left behind: it is never a root again.)
  DisjointSets sets(count);
  std::vector<uint32_t> next_member(count, KeyIds::kMissing), last_member(count);
  KeySet cluster_has_doc;
  auto key_of = [](uint32_t root, uint32_t doc) { return uint64_t{root} << 32 | doc; };
  auto has_doc = [&](uint32_t root, uint32_t doc) {
    return sets.size(root) == 1 ? docs[root] == doc : cluster_has_doc.contains(key_of(root, doc));
  };
  for (uint32_t i = 0; i < count; ++i) last_member[i] = i;
  for (const Link& link : links) {
    uint32_t ra = sets.find(link.a), rb = sets.find(link.b);
    if (ra == rb) continue;
    if (sets.size(ra) < sets.size(rb)) std::swap(ra, rb);
    bool overlap = false;
    for (uint32_t m = rb; m != KeyIds::kMissing && !overlap; m = next_member[m])
      overlap = has_doc(ra, docs[m]);
    if (overlap) continue;
    // One sentence per document: DisjointSets counts members as clusters count
    // documents, so the larger keeps its root and only the smaller's keys move.
    const bool both_single = sets.size(ra) == 1 && sets.size(rb) == 1;
    const uint32_t root = sets.unite(ra, rb);
    const uint32_t moved = root == ra ? rb : ra;
    if (both_single) cluster_has_doc.insert(key_of(root, docs[root]));
    for (uint32_t m = moved; m != KeyIds::kMissing; m = next_member[m])
      cluster_has_doc.insert(key_of(root, docs[m]));
    next_member[last_member[root]] = moved;
    last_member[root] = last_member[moved];
  }

  // Copies count once: documents joined by a copy pair are one source.
  DisjointSets sources(a.documents.size());
  for (const CopyPair& c : a.copies) sources.unite(c.first, c.second);

  std::vector<uint32_t> independent;  // one buffer for every group
  for (std::vector<uint32_t>& members : sets.clusters(2)) {
    Group g;
    g.kind = GroupKind::kClaim;
    independent.clear();
    for (uint32_t m : members) independent.push_back(sources.find(docs[m]));
    std::sort(independent.begin(), independent.end());
    independent.erase(std::unique(independent.begin(), independent.end()), independent.end());
    g.documents = static_cast<uint32_t>(members.size());
    const auto support = static_cast<uint32_t>(independent.size());
    const ClaimMention& first = a.claims[members[0]];
    g.label = truncate_utf8(a.documents[first.doc].text.slice(first.span), 100);
    g.explanation = "stated by " + std::to_string(support) + " independent source(s):";
    for (uint32_t m : members) g.explanation.append(" ").append(short_doc_view(a, docs[m]));
    const auto index = static_cast<int32_t>(a.groups.size());
    for (uint32_t m : members) {
      a.claims[m].group = index;
      a.claims[m].support = support;
    }
    g.members = std::move(members);
    a.groups.push_back(std::move(g));
  }
}

}  // namespace parallax
