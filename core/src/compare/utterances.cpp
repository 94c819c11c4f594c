// Utterance groups: the same spoken words reported by several documents.
//
// Quotes are compared as comparable words (compare/words.h: case, quote marks, hyphens,
// contractions unified). Candidates share a word trigram (blocking); two quotes are the
// same utterance when their longest common word subsequence covers most of the shorter
// one, so partial quotes, ellipses and added or dropped words still match. Each variant
// gets a word-level diff (dtl) against the most common wording, from which the readings
// pass (compare/readings.h) tells wordings apart; the same words given to different
// speakers are marked too.
#include <algorithm>
#include <charconv>
#include <dtl/dtl.hpp>
#include <map>
#include <tuple>
#include <unordered_map>

#include "compare/cluster.h"
#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/vocabulary.h"
#include "compare/words.h"
#include "lexicon/numbers_lexicon.h"

namespace parallax {

namespace {

constexpr double kMinCoverage = 0.7;     // LCS words / words of the shorter segment
constexpr size_t kMinWords = 3;          // shorter quotes ("evidence") are too common to align
constexpr size_t kExactBelow = 6;        // segments shorter than this must match word for word
constexpr size_t kMinRewordedWords = 4;  // ... unless one speaker's, of at least this many
constexpr size_t kMaxTrigramPostings = 64;

// A quote's words as ids of their lemmas: dtl, hashing and equality read integers.
using Words = std::vector<WordId>;

// A quote's word as compared: its lemma, and a number word below a hundred as its digits
// ("more than two million" and "more than 2 million" are the same words).
std::string quote_word_lemma(std::string_view w) {
  using lexicon::NumberWordKind;
  if (const auto* n = lexicon::find_number_word(w);
      n && (n->kind == NumberWordKind::kSmall || n->kind == NumberWordKind::kTeen ||
            n->kind == NumberWordKind::kTens)) {
    char digits[8];
    const auto end = std::to_chars(digits, digits + sizeof digits, static_cast<int>(n->value)).ptr;
    return std::string(digits, end);
  }
  return lemma(w);
}

size_t lcs_length(const Words& x, const Words& y) {
  if (x == y) return x.size();  // wire copy: most pairs are identical
  dtl::Diff<WordId, Words> diff(x, y);
  diff.onOnlyEditDistance();
  diff.compose();
  // edit distance = |x| + |y| - 2 * LCS for insert/delete-only diffs
  const auto distance = static_cast<size_t>(diff.getEditDistance());
  return (x.size() + y.size() - distance) / 2;
}

bool contains_run(const Words& longer, const Words& shorter) {
  return std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

std::string join(const Vocabulary& vocabulary, const Words& words, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (i > from) out += ' ';
    out += vocabulary.word(words[i]);
  }
  return out;
}

std::vector<WordDiff> word_diff(const Vocabulary& vocabulary, const Words& base,
                                const Words& variant) {
  if (base == variant) {  // what dtl gives for identical wordings, without running it
    if (base.empty()) return {};
    return {{WordDiff::Op::kSame, join(vocabulary, base, 0, base.size())}};
  }
  dtl::Diff<WordId, Words> diff(base, variant);
  diff.compose();
  std::vector<WordDiff> out;
  for (const auto& [word, info] : diff.getSes().getSequence()) {
    const WordDiff::Op op = info.type == dtl::SES_ADD      ? WordDiff::Op::kAdded
                            : info.type == dtl::SES_DELETE ? WordDiff::Op::kRemoved
                                                           : WordDiff::Op::kSame;
    if (!out.empty() && out.back().op == op) {
      out.back().words += ' ';
      out.back().words += vocabulary.word(word);
    } else {
      out.push_back({op, std::string(vocabulary.word(word))});
    }
  }
  return out;
}

struct Segment {
  uint32_t quote = 0;
  uint32_t sentence = 0;  // the sentence of the quote's document that holds this segment
  Words words;
};

// A partial quote of one or two words (“evidence”, “very serious”) is too common to align
// by itself; it joins every utterance of the same speaker, in another document, that
// holds its words in a row. It joins them without merging them. `placed` marks the short
// segments that joined a cluster (they are passed over when it is called again).
void attach_short_segments(const Analysis& a, const std::vector<Segment>& segments,
                           std::vector<std::vector<uint32_t>>& clusters,
                           std::vector<char>& placed) {
  constexpr size_t kMaxCandidates = 256;
  constexpr uint32_t kNone = ~uint32_t{0};
  std::vector<uint32_t> cluster_of(segments.size(), kNone);
  for (uint32_t c = 0; c < clusters.size(); ++c)
    for (uint32_t s : clusters[c]) cluster_of[s] = c;
  // Segments in a cluster, by speaker (numbered in order of first sight).
  std::unordered_map<std::string_view, uint32_t> speaker_ids;
  std::vector<std::vector<uint32_t>> by_speaker;
  for (uint32_t s = 0; s < segments.size(); ++s) {
    const std::string& speaker = a.quotes[segments[s].quote].speaker;
    if (speaker.empty() || cluster_of[s] == kNone) continue;
    auto [it, added] = speaker_ids.try_emplace(speaker, static_cast<uint32_t>(by_speaker.size()));
    if (added) by_speaker.emplace_back();
    by_speaker[it->second].push_back(s);
  }
  // The holders of a speaker's short words are the same for every copy of the segment
  // (wire copies repeat partial quotes): (cluster, document) of every candidate holding
  // the words, found once per (speaker, words) and read by each copy, which leaves out
  // its own document.
  // (cluster, document) of each of the speaker's first candidates holding `words`,
  // sorted and unique, appended to `out`.
  auto collect = [&](uint32_t speaker, const Words& words,
                     std::vector<std::pair<uint32_t, uint32_t>>& out) {
    const size_t begin = out.size();
    const std::vector<uint32_t>& candidates = by_speaker[speaker];
    for (size_t k = 0; k < candidates.size() && k < kMaxCandidates; ++k) {
      const uint32_t other = candidates[k];
      if (contains_run(segments[other].words, words))
        out.emplace_back(cluster_of[other], a.quotes[segments[other].quote].doc);
    }
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end());
    out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(begin), out.end()), out.end());
  };
  static_assert(kMinWords <= 3, "a short segment's words are one or two ids in its memo key");
  struct Memo {
    uint32_t speaker;
    WordId first, second;  // the words; `second` is kNone for a single word
    uint32_t begin, end;   // in memo_holders
  };
  std::vector<Memo> memos;
  std::vector<std::pair<uint32_t, uint32_t>> memo_holders, unshared, holders;
  KeyIds memo_ids;
  std::vector<std::pair<uint32_t, size_t>> documents_per_cluster;
  for (uint32_t s = 0; s < segments.size(); ++s) {
    const Segment& seg = segments[s];
    if (seg.words.size() >= kMinWords || seg.words.empty() || placed[s]) continue;
    const QuoteMention& quote = a.quotes[seg.quote];
    if (quote.speaker.empty()) continue;
    auto it = speaker_ids.find(quote.speaker);
    if (it == speaker_ids.end()) continue;
    const uint32_t speaker = it->second;
    const WordId first = seg.words[0], second = seg.words.size() > 1 ? seg.words[1] : kNone;
    const uint32_t id = memo_ids.id(
        ((uint64_t{speaker} * 0x9E3779B97F4A7C15ull) ^ first) * 0xC2B2AE3D27D4EB4Full ^ second);
    if (id == memos.size()) {
      const auto begin = static_cast<uint32_t>(memo_holders.size());
      collect(speaker, seg.words, memo_holders);
      memos.push_back({speaker, first, second, begin, static_cast<uint32_t>(memo_holders.size())});
    }
    const Memo& memo = memos[id];
    std::span<const std::pair<uint32_t, uint32_t>> all(memo_holders.data() + memo.begin,
                                                       memo.end - memo.begin);
    if (memo.speaker != speaker || memo.first != first || memo.second != second) {
      unshared.clear();  // another key of the same hash: worked out for this segment alone
      collect(speaker, seg.words, unshared);
      all = unshared;
    }
    // (cluster, document) for every other document's segment holding the words.
    holders.clear();
    for (const auto& holder : all)
      if (holder.second != quote.doc) holders.push_back(holder);
    // When several utterances hold the words ("very serious" in two sentences of one
    // speaker), the partial quote goes with the one most documents report; on a tie, all.
    documents_per_cluster.clear();
    for (const auto& [cluster, doc] : holders) {
      if (documents_per_cluster.empty() || documents_per_cluster.back().first != cluster)
        documents_per_cluster.emplace_back(cluster, 0);
      ++documents_per_cluster.back().second;
    }
    size_t most = 0;
    for (const auto& [cluster, n] : documents_per_cluster) most = std::max(most, n);
    for (const auto& [cluster, n] : documents_per_cluster)
      if (n == most) {
        clusters[cluster].push_back(s);
        placed[s] = 1;
      }
  }
}

// A two-word partial quote that no longer quote holds (“very significantly”) is still one
// utterance when the same speaker is given the same two words in two or more documents:
// those segments become a cluster of their own (one-word quotes stay too common).
void cluster_short_repeats(const Analysis& a, const std::vector<Segment>& segments,
                           std::vector<std::vector<uint32_t>>& clusters,
                           std::vector<char>& placed) {
  std::map<std::tuple<std::string_view, WordId, WordId>, std::vector<uint32_t>> by_words;
  for (uint32_t s = 0; s < segments.size(); ++s) {
    const Segment& seg = segments[s];
    const std::string& speaker = a.quotes[seg.quote].speaker;
    if (seg.words.size() != 2 || placed[s] || speaker.empty()) continue;
    by_words[{speaker, seg.words[0], seg.words[1]}].push_back(s);
  }
  for (auto& [key, members] : by_words) {
    const uint32_t first_doc = a.quotes[segments[members[0]].quote].doc;
    const bool across = std::any_of(members.begin(), members.end(), [&](uint32_t s) {
      return a.quotes[segments[s].quote].doc != first_doc;
    });
    if (!across) continue;
    for (uint32_t s : members) placed[s] = 1;
    clusters.push_back(std::move(members));
  }
}

}  // namespace

std::vector<QuotedSentence> group_utterances(Analysis& a) {
  // Segments: each quote cut at the document's sentence boundaries, so that a quote
  // which runs two utterances together ("... left to be seen. But there is evidence ...")
  // joins both groups instead of chaining them into one.
  std::vector<Segment> segments;
  ComparableWordSplitter splitter;
  Vocabulary words_seen, lemmas;      // comparable words, and the lemmas the quotes hold
  std::vector<WordId> lemma_of_word;  // by id in words_seen
  KeyIds text_ids;                    // quote texts by hash, with their words
  std::vector<std::pair<std::string_view, Words>> first_with_text;
  for (uint32_t q = 0; q < a.quotes.size(); ++q) {
    const QuoteMention& quote = a.quotes[q];
    const DocumentText& t = a.documents[quote.doc].text;
    if (t.sentences.empty()) continue;
    for (uint32_t s = t.sentence_at(quote.span.begin); s < t.sentences.size(); ++s) {
      const Span sentence = t.sentences[s].span;
      if (sentence.begin >= quote.span.end) break;
      const Span part{std::max(sentence.begin, quote.span.begin),
                      std::min(sentence.end, quote.span.end)};
      if (part.empty()) continue;
      Segment seg{q, s, {}};
      const std::string_view text = t.slice(part);
      // A quote repeated word for word (wire copies) is split once.
      const uint32_t text_id = text_ids.id(std::hash<std::string_view>{}(text));
      if (text_id < first_with_text.size() && first_with_text[text_id].first == text) {
        seg.words = first_with_text[text_id].second;
      } else {
        splitter.split(text, [&](std::string_view w) {
          const WordId id = words_seen.id(w);
          if (id == lemma_of_word.size()) lemma_of_word.push_back(lemmas.id(quote_word_lemma(w)));
          seg.words.push_back(lemma_of_word[id]);
        });
        if (text_id == first_with_text.size()) first_with_text.emplace_back(text, seg.words);
      }
      if (!seg.words.empty()) segments.push_back(std::move(seg));
    }
  }
  const size_t count = segments.size();

  DisjointSets sets(count);
  auto doc_of = [&](uint32_t segment) { return a.quotes[segments[segment].quote].doc; };
  auto hashes_of = [](const Words& words, std::vector<uint64_t>& out) {
    out.clear();
    for (WordId word : words) out.push_back((word + 1) * 0x9E3779B97F4A7C15ull);
  };

  // Identical segments (wire copy) form a class. A class found in two or more documents
  // is joined at once and enters blocking through two members of different documents,
  // so a segment of any document still meets one from another; a class within one
  // document enters with all its members, which are never joined to each other directly.
  // Either way the clusters are those of comparing every pair, at a cost that does not
  // grow with the number of copies.
  std::vector<uint64_t> word_hashes, grams;
  std::vector<std::vector<uint32_t>> classes;
  std::unordered_map<uint64_t, std::vector<uint32_t>> classes_by_hash;
  for (uint32_t i = 0; i < count; ++i) {
    const auto& w = segments[i].words;
    if (w.size() < kMinWords) continue;
    hashes_of(w, word_hashes);
    uint64_t h = 0xCBF29CE484222325ull;
    for (uint64_t x : word_hashes) h = (h ^ x) * 0x100000001B3ull;
    auto& candidates = classes_by_hash[h];
    auto same = std::find_if(candidates.begin(), candidates.end(),
                             [&](uint32_t c) { return segments[classes[c][0]].words == w; });
    if (same != candidates.end()) {
      classes[*same].push_back(i);
    } else {
      candidates.push_back(static_cast<uint32_t>(classes.size()));
      classes.push_back({i});
    }
  }
  std::vector<uint32_t> blocked;
  for (const std::vector<uint32_t>& members : classes) {
    const uint32_t first = members[0];
    auto other = std::find_if(members.begin(), members.end(),
                              [&](uint32_t m) { return doc_of(m) != doc_of(first); });
    if (other == members.end()) {
      blocked.insert(blocked.end(), members.begin(), members.end());
      continue;
    }
    for (uint32_t m : members) sets.unite(first, m);
    blocked.push_back(first);
    blocked.push_back(*other);
  }
  std::sort(blocked.begin(), blocked.end());

  // Blocking on word trigrams (hashed, then numbered).
  KeyIds gram_ids;
  std::vector<std::pair<uint32_t, uint32_t>> gram_segments;  // (trigram id, segment)
  for (uint32_t i : blocked) {
    const auto& w = segments[i].words;
    hashes_of(w, word_hashes);
    grams.clear();
    for (size_t k = 0; k + 3 <= w.size(); ++k)
      grams.push_back(((word_hashes[k] * 0x9E3779B97F4A7C15ull) ^ word_hashes[k + 1]) *
                          0xC2B2AE3D27D4EB4Full ^
                      (word_hashes[k + 2] + 0x165667B19E3779F9ull));
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    for (uint64_t g : grams) gram_segments.emplace_back(gram_ids.id(g), i);
  }
  Postings postings(gram_ids.size());
  for (const auto& [gram, segment] : gram_segments) postings.count(gram);
  postings.allocate();
  for (const auto& [gram, segment] : gram_segments) postings.add(gram, segment);
  // Pairs of segments of different documents that share a trigram, (x, y) with x < y,
  // sorted and unique. They are gathered segment by segment (the segments' trigrams lie
  // together in `gram_segments`, in segment order), each segment's partners after it
  // deduplicated by a stamp and sorted: not every meeting gathered and then sorted.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  std::vector<uint32_t> stamped_by(segments.size(), KeyIds::kMissing), partners;
  for (size_t k = 0; k < gram_segments.size();) {
    const uint32_t x = gram_segments[k].second;
    partners.clear();
    for (; k < gram_segments.size() && gram_segments[k].second == x; ++k) {
      const std::span<const uint32_t> list = postings.of(gram_segments[k].first);
      // Past the cap, link consecutive postings only: identical wire quotes still chain.
      const bool common = list.size() > kMaxTrigramPostings;
      auto it = std::upper_bound(list.begin(), list.end(), x);
      const auto end = common && it != list.end() ? it + 1 : list.end();
      for (; it != end; ++it) {
        const uint32_t y = *it;
        if (stamped_by[y] == x || doc_of(x) == doc_of(y)) continue;
        stamped_by[y] = x;
        partners.push_back(y);
      }
    }
    std::sort(partners.begin(), partners.end());
    for (const uint32_t y : partners) pairs.emplace_back(x, y);
  }

  auto same_speaker = [&](uint32_t i, uint32_t j) {
    const std::string& speaker = a.quotes[segments[i].quote].speaker;
    return !speaker.empty() && speaker == a.quotes[segments[j].quote].speaker;
  };
  for (const auto& [i, j] : pairs) {
    const auto &p = segments[i].words, &q = segments[j].words;
    const size_t shorter = std::min(p.size(), q.size());
    // Short segments must appear word for word; longer ones may differ a little.
    const bool close_enough =
        static_cast<double>(lcs_length(p, q)) >= kMinCoverage * static_cast<double>(shorter);
    // A short quote reworded ("far from over" / "not over") is the same words only when the
    // same speaker is given both.
    const bool same =
        shorter < kExactBelow
            ? contains_run(p.size() >= q.size() ? p : q, p.size() >= q.size() ? q : p) ||
                  (shorter >= kMinRewordedWords && close_enough && same_speaker(i, j))
            : close_enough;
    if (same) sets.unite(i, j);
  }

  // Sentences whose segments matched each other, before the joins below: the claims
  // stage aligns the sentences that report the same words.
  std::vector<std::vector<uint32_t>> segment_clusters = sets.clusters(2);
  std::vector<QuotedSentence> quoted;
  for (const std::vector<uint32_t>& cluster : segment_clusters)
    for (uint32_t s : cluster)
      quoted.push_back({a.quotes[segments[s].quote].doc, segments[s].sentence, cluster.front()});

  // Clusters whose segments come from exactly the same quotes are one utterance told in
  // several sentences ("It will have impacts ... It will also impact ..."): join them.
  std::map<std::vector<uint32_t>, std::vector<uint32_t>> by_quote_set;
  for (std::vector<uint32_t>& cluster : segment_clusters) {
    std::vector<uint32_t> quotes;
    for (uint32_t s : cluster) quotes.push_back(segments[s].quote);
    std::sort(quotes.begin(), quotes.end());
    quotes.erase(std::unique(quotes.begin(), quotes.end()), quotes.end());
    auto& joined = by_quote_set[quotes];
    joined.insert(joined.end(), cluster.begin(), cluster.end());
  }
  std::vector<std::vector<uint32_t>> clusters;
  for (auto& [quotes, cluster] : by_quote_set) {
    std::sort(cluster.begin(), cluster.end());
    clusters.push_back(std::move(cluster));
  }
  // A long quote reported by one document only is still the utterance a partial quote of
  // its speaker comes from ("a formality" of "The second round will be a formality."): it
  // is a cluster of its own here, and becomes a group only if a partial quote from another
  // document joins it.
  {
    std::vector<char> clustered(count, 0);
    for (const std::vector<uint32_t>& cluster : clusters)
      for (uint32_t s : cluster) clustered[s] = 1;
    for (uint32_t s = 0; s < count; ++s)
      if (!clustered[s] && segments[s].words.size() >= kMinWords &&
          !a.quotes[segments[s].quote].speaker.empty())
        clusters.push_back({s});
  }
  std::sort(clusters.begin(), clusters.end());
  std::vector<char> placed(count, 0);
  attach_short_segments(a, segments, clusters, placed);
  const size_t long_clusters = clusters.size();
  cluster_short_repeats(a, segments, clusters, placed);
  // One-word quotes join the new two-word utterances as they join longer ones.
  if (clusters.size() > long_clusters) attach_short_segments(a, segments, clusters, placed);

  for (std::vector<uint32_t>& cluster : clusters) {
    // Members: the quotes with a segment in this cluster, each with the words of those
    // segments (in order), from at least two documents.
    std::map<uint32_t, Words> by_quote;
    for (uint32_t s : cluster) {
      if (segments[s].words.size() < kMinWords && by_quote.count(segments[s].quote)) continue;
      auto& words = by_quote[segments[s].quote];
      words.insert(words.end(), segments[s].words.begin(), segments[s].words.end());
    }
    std::vector<uint32_t> members;
    std::vector<Words> words;
    std::vector<uint32_t> docs_seen;
    for (auto& [quote, w] : by_quote) {
      members.push_back(quote);
      words.push_back(std::move(w));
      docs_seen.push_back(a.quotes[quote].doc);
    }
    std::sort(docs_seen.begin(), docs_seen.end());
    docs_seen.erase(std::unique(docs_seen.begin(), docs_seen.end()), docs_seen.end());
    if (docs_seen.size() < 2) continue;

    Group g;
    g.kind = GroupKind::kUtterance;
    g.documents = static_cast<uint32_t>(docs_seen.size());
    // The most common wording (ties: the longest, then the first in word order) is the
    // base of every diff.
    // (Wordings are counted by id; word order is read only to break a tie.)
    auto in_word_order = [&](const Words& x, const Words& y) {
      return std::lexicographical_compare(
          x.begin(), x.end(), y.begin(), y.end(),
          [&](WordId i, WordId j) { return lemmas.word(i) < lemmas.word(j); });
    };
    std::map<Words, int> votes;
    for (const auto& w : words) ++votes[w];
    const Words* base = nullptr;
    int best = 0;
    for (const auto& [wording, n] : votes) {
      const bool better =
          !base || n > best ||
          (n == best && (wording.size() > base->size() ||
                         (wording.size() == base->size() && in_word_order(wording, *base))));
      if (better) {
        best = n;
        base = &wording;
      }
    }
    std::vector<std::string> speakers;
    std::map<Words, size_t> diff_of_wording;  // wording -> index of its first diff
    for (size_t k = 0; k < members.size(); ++k) {
      if (!a.quotes[members[k]].speaker.empty()) speakers.push_back(a.quotes[members[k]].speaker);
      // Copies of one wording share its diff, worked out once.
      auto [known, is_new] = diff_of_wording.emplace(words[k], g.diffs.size());
      g.diffs.push_back(is_new ? word_diff(lemmas, *base, words[k]) : g.diffs[known->second]);
    }
    speakers = sorted_unique(std::move(speakers));
    g.attribution_conflict = speakers.size() > 1;
    g.label = (speakers.empty() ? std::string("unattributed") : speakers.front()) + ": \u201c" +
              join(lemmas, *base, 0, std::min<size_t>(base->size(), 8)) +
              (base->size() > 8 ? "\u2026" : "") + "\u201d";
    g.members = members;
    const auto index = static_cast<int32_t>(a.groups.size());
    for (uint32_t m : members) a.quotes[m].groups.push_back(index);
    a.groups.push_back(std::move(g));
  }
  return quoted;
}

}  // namespace parallax
