// Quantity groups: numbers that state the same real-world quantity.
//
// Every figure gets a frame (compare/frames.h): what it counts, predicate, place, subgroup,
// year, forecast. Blocking key: the frame's measured slot (kind and counted class), so a
// group stays linear in its mentions. Within a block, numbers link when their sentences
// share content words and their frames agree; rates ("at a time"), hypotheticals ("unlikely
// to") and superseded figures ("the previous figure") never link. Links are merged best
// first while a cluster keeps one frame (two places or two predicates never join).
#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <map>
#include <memory>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "compare/cluster.h"
#include "compare/frames.h"
#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/vocabulary.h"
#include "compare/words.h"
#include "lexicon/compare_lexicon.h"
#include "text/unicode.h"

namespace parallax {

namespace {

constexpr double kMinSimilarity = 0.12;
constexpr double kMinGenericSimilarity = 0.3;
// A span of time says little of what lasted it ("after nine hours", "the first 72 hours"):
// without a shared predicate two spans need a little more shared context than counts.
constexpr double kMinDurationSimilarity = 0.16;
constexpr double kSamePredicateBonus = 0.1;
constexpr double kSameScopeBonus = 0.1;
constexpr double kSamePreciseFigureBonus = 0.1;
constexpr size_t kMaxPostings = 64;      // words shared by more figures than this do not block
constexpr uint32_t kContextRadius = 40;  // tokens of context either side of a figure
// Estimates of one quantity differ, but not by orders of magnitude: figures of one cluster
// stay within this factor of each other ("a deficit of 95m" is no estimate of "a 3.1bn
// deal"; police and organisers' counts of one march differ by up to about five).
constexpr double kMaxSpread = 10.0;
constexpr size_t kMaxDocumentCheck = 4096;  // figure pairs read for sums of one article
// Two clusters whose frames fill different slots (one names a predicate, a place or a
// subgroup that the other leaves open) join only within a narrower factor ("over two years"
// and "for more than 60 years").
constexpr double kMaxOpenSlotSpread = 6.0;
// Vote shares are told apart by points, not factors: a region's share and the share leaving
// the place open ("won 63.1% in Dorn" and "won 47.8% of the vote") are of different scopes
// when they are further apart than this many points; estimates of one result (an early
// count, rounding) are nearer. Other shares keep the factor rule: two sources' estimates of
// one share may differ more ("42% of teachers walked out, the ministry said; 70% in Orlen,
// the unions said").
constexpr double kMaxOpenSlotShareGap = 5.0;
constexpr std::string_view kVoteShare = "percent|votes";

struct QuantityFeatures {
  bool excluded = false;
  // The period a rate right after the figure counts in ("200 trucks a day": "day"), or "": a
  // rate is a measure of its own, never the same quantity as a count.
  std::string_view rate;
  WordSet context;          // content lemmas of the sentence (its window, when very long); empty
                            // for a wire copy's figure, which reads that of `context_of`
  uint32_t context_of = 0;  // the figure whose `context` is this one's: itself, or the first copy
};

// Which of several tables have a phrase that occurs in a text: one pass over the text,
// trying at each byte only the phrases that start with it and the byte after it (most pairs
// of bytes start none: one look in a table by pair lets them go).
class PhraseFinder {
 public:
  explicit PhraseFinder(std::initializer_list<std::span<const std::string_view>> tables) {
    buckets_.emplace_back();  // bucket 0: no phrase starts so
    unsigned bit = 1;
    for (std::span<const std::string_view> phrases : tables) {
      for (std::string_view p : phrases) {
        if (p.empty()) continue;
        const auto first = static_cast<unsigned char>(p[0]);
        if (p.size() == 1) {
          // Starts at any byte: whatever follows it, and at the text's last byte.
          single_byte_[first].push_back({p, bit});
          for (size_t second = 0; second < 256; ++second) add(size_t{first} << 8 | second, p, bit);
        } else {
          add(size_t{first} << 8 | static_cast<unsigned char>(p[1]), p, bit);
        }
      }
      all_ |= bit;
      bit <<= 1;
    }
  }
  // Bit t is set when a phrase of table t occurs in `text`.
  unsigned found_in(std::string_view text) const {
    unsigned found = 0;
    // The phrases at text[i]: when one is found, whether all tables have one now.
    auto try_at = [&](size_t i, const std::vector<Phrase>& candidates) {
      for (const Phrase& p : candidates) {
        if ((found & p.table) || p.text.size() > text.size() - i) continue;
        // The last byte rejects most candidates without a call to memcmp (their first two
        // bytes are the text's).
        if (text[i + p.text.size() - 1] != p.text.back()) continue;
        if (text.compare(i, p.text.size(), p.text) == 0) found |= p.table;
      }
      return found == all_;
    };
    const size_t n = text.size();
    for (size_t i = 0; i + 1 < n; ++i) {
      const uint16_t bucket = bucket_of_[size_t{static_cast<unsigned char>(text[i])} << 8 |
                                         static_cast<unsigned char>(text[i + 1])];
      if (bucket != 0 && try_at(i, buckets_[bucket])) return found;
    }
    if (n > 0) try_at(n - 1, single_byte_[static_cast<unsigned char>(text[n - 1])]);
    return found;
  }

 private:
  struct Phrase {
    std::string_view text;
    unsigned table;
  };
  void add(size_t pair, std::string_view p, unsigned table) {
    if (bucket_of_[pair] == 0) {
      bucket_of_[pair] = static_cast<uint16_t>(buckets_.size());
      buckets_.emplace_back();
    }
    buckets_[bucket_of_[pair]].push_back({p, table});
  }
  // By the first two bytes of a phrase (first << 8 | second): its bucket, 0 for none.
  std::vector<uint16_t> bucket_of_ = std::vector<uint16_t>(256 * 256, 0);
  std::vector<std::vector<Phrase>> buckets_;
  std::array<std::vector<Phrase>, 256> single_byte_;  // phrases of one byte, by that byte
  unsigned all_ = 0;
};

// Every occurrence of `phrase` in `text` (left to right, each found after the last one's
// first byte, as repeated find() would) made spaces.
void blank_out(std::string& text, std::string_view phrase) {
  if (phrase.empty() || phrase.size() > text.size()) return;
  const size_t last = text.size() - phrase.size();
  for (size_t k = 0; k <= last; ++k) {
    if (text[k] != phrase[0] || (phrase.size() > 1 && text[k + 1] != phrase[1])) continue;
    if (text.compare(k, phrase.size(), phrase) == 0)
      std::fill_n(text.begin() + static_cast<std::ptrdiff_t>(k), phrase.size(), ' ');
  }
}

// `text` folded between two spaces, into `out` (a buffer kept across calls).
void fold_padded(std::string_view text, std::string& out) {
  out.assign(1, ' ');
  unicode::fold_append(out, text);
  out += ' ';
}

// The text after a figure up to the end of its clause: cut at a dash, a semicolon or a colon
// ("80% containment ... — a catastrophe that raised questions over whether ...").
std::string_view clause_after(std::string_view after) {
  size_t cut = after.size();
  for (std::string_view mark : {std::string_view("\u2014"), std::string_view("\u2013"),
                                std::string_view(";"), std::string_view(":")})
    cut = std::min(cut, after.find(mark));
  return after.substr(0, cut);
}

// The folded text buffer is kept across figures.
struct CueReader {
  std::string folded;
};

QuantityFeatures features_of(const Analysis& a, const NumberMention& n, SentenceWords& words,
                             CueReader& cue_reader) {
  QuantityFeatures f;
  const DocumentText& t = a.documents[n.doc].text;
  const Sentence& s = t.sentences[n.sentence];
  const uint32_t at = token_at(t, n.span.begin);
  const TokenWindow window = window_around(t, n.sentence, at, kContextRadius);
  // Cues are read near the figure, in its context window: a rate right after it; a
  // superseded cue before it ("the initial estimate of 271", but not "upwards of 1,700,
  // far above the initial estimate"); a hypothetical cue before it or after it within its
  // clause ("3,000 troops are unlikely to"); a question anywhere.
  constexpr uint32_t kAfterBytes = 60;
  const uint32_t after_end = std::min(s.span.end, n.span.end + kAfterBytes);
  const std::string_view after_text = t.slice({n.span.end, after_end});
  std::string& folded = cue_reader.folded;
  // "4 per cent", "from a year earlier": a rate cue inside these states no rate. They are
  // blanked in a slightly longer text, so that a window ending at "19 per" or "$846m a year"
  // reads no rate either, and the window is then cut back.
  fold_padded(after_text, folded);
  const size_t window_size = folded.size();
  constexpr uint32_t kPhraseReach = 16;
  fold_padded(t.slice({n.span.end, std::min(s.span.end, after_end + kPhraseReach)}), folded);
  // Most windows hold none of them: one pass says so. Where one occurs, each phrase is
  // blanked in turn (a blank may change what a later phrase finds).
  static const PhraseFinder not_rates({lexicon::not_rate_phrases()});
  if (not_rates.found_in(folded) != 0)
    for (std::string_view p : lexicon::not_rate_phrases()) blank_out(folded, p);
  if (folded.size() > window_size) {
    folded.resize(window_size - 1);
    folded += ' ';
  }
  static const PhraseFinder rates({lexicon::rate_cues()});
  if (rates.found_in(folded) != 0) {
    // "Up to 200 aid trucks a day", "1.2 million barrels per day": a rate cue right after the
    // figure and its noun makes it a rate; one further on may belong to another figure or
    // clause, and the figure is left out.
    constexpr size_t kRateReach = 24;  // bytes: " aid trucks a day"
    size_t nearest = std::string::npos;
    std::string_view cue;
    for (std::string_view c : lexicon::rate_cues())
      if (const size_t found = folded.find(c); found < nearest) nearest = found, cue = c;
    f.rate = lexicon::rate_period(cue);
    if (cue == " per ") {
      const size_t word = nearest + cue.size();
      size_t end = word;
      while (end < folded.size() && folded[end] >= 'a' && folded[end] <= 'z') ++end;
      if (end > word)
        f.rate = lexicon::rate_period(std::string("per ").append(folded, word, end - word));
    }
    if (nearest > kRateReach || f.rate.empty()) f.excluded = true;
  }
  constexpr unsigned kHypothetical = 1;  // then superseded cues: bit 2
  static const PhraseFinder cues({lexicon::hypothetical_cues(), lexicon::superseded_cues()});
  fold_padded(clause_after(after_text), folded);
  if ((cues.found_in(folded) & kHypothetical) != 0) f.excluded = true;
  const uint32_t window_begin = t.tokens[window.first].span.begin;
  fold_padded(t.slice({std::min(window_begin, n.span.begin), n.span.begin}), folded);
  if (cues.found_in(folded) != 0) f.excluded = true;
  if (window_text(t, window).find('?') != std::string_view::npos) f.excluded = true;
  f.context = words.lemmas(n.doc, n.sentence, window);
  return f;
}

// Whether figure `n` is the size of the whole that `part` is counted against.
bool is_whole_of(const QuantityFrame& part, const NumberMention& n) {
  constexpr double kRounding = 0.005;
  return part.part_of > 0 && n.value &&
         std::fabs(*n.value - part.part_of) <= kRounding * part.part_of;
}

// Whether one frame fills a slot that the other leaves open (what the merge would take over).
bool fills_differently(const QuantityFrame& x, const QuantityFrame& y) {
  return x.predicate.empty() != y.predicate.empty() || x.place.empty() != y.place.empty() ||
         x.national != y.national || x.local != y.local || x.subgroups != y.subgroups;
}

// The smallest and largest magnitude a figure states (both 0 when it states none).
std::pair<double, double> magnitude_of(const NumberMention& n) {
  double low = std::numeric_limits<double>::max(), high = 0;
  for (const std::optional<double>& v : {n.value, n.low, n.high})
    if (v && *v != 0) {
      low = std::min(low, std::fabs(*v));
      high = std::max(high, std::fabs(*v));
    }
  return high == 0 ? std::pair{0.0, 0.0} : std::pair{low, high};
}

bool same_figure(const NumberMention& x, const NumberMention& y) {
  auto close = [](std::optional<double> p, std::optional<double> q) {
    if (!p || !q) return !p && !q;
    return std::fabs(*p - *q) <= 0.005 * std::max({std::fabs(*p), std::fabs(*q), 1e-9});
  };
  if (x.value && y.value) return close(x.value, y.value);
  return close(x.value, y.value) && close(x.low, y.low) && close(x.high, y.high);
}

// Whether a figure is written with three significant digits or more ("212", "5,812",
// "47.8%"; not "7.2 million", "1,500", "50%").
bool precise(const Analysis& a, const NumberMention& n, int min_significant = 3) {
  const std::string_view text = a.documents[n.doc].text.slice(n.span);
  std::string digits;
  for (char c : text)
    if (c >= '0' && c <= '9') digits.push_back(c);
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') ++lead;
  return static_cast<int>(digits.size() - lead) >= min_significant;
}

// "people (death, paris)": what is counted, then the predicate and the scope that the
// group's members fill.
std::string label_of(const NumberMention& first, const QuantityFrame& frame) {
  std::string label = first.unit.empty() ? std::string(number_kind_name(first.kind)) : first.unit;
  std::vector<std::string_view> slots;
  if (!frame.predicate.empty()) slots.push_back(frame.predicate);
  if (frame.national) slots.push_back("nationwide");
  if (!frame.place.empty()) slots.push_back(frame.place);
  for (const auto& slot : frame.subgroups) slots.push_back(slot.second);
  for (size_t k = 0; k < slots.size(); ++k) label.append(k ? ", " : " (").append(slots[k]);
  if (!slots.empty()) label.append(")");
  return label;
}

}  // namespace

void group_quantities(Analysis& a, SentenceWords& words) {
  const size_t count = a.numbers.size();
  std::vector<QuantityFeatures> features;
  features.reserve(count);
  CueReader cue_reader;
  // A figure at the same place in a sentence of the same text (a wire copy), with the
  // same kind and unit, has the same features: they are read once.
  auto place_of = [&](const NumberMention& n) {
    const uint32_t begin = a.documents[n.doc].text.sentences[n.sentence].span.begin;
    return std::tuple{words.text_class(n.doc, n.sentence), n.span.begin - begin, n.span.end - begin,
                      n.kind};
  };
  KeyIds place_ids;
  // By place id: the first figure there, and its place (kept, not worked out again).
  std::vector<uint32_t> first_at_place;
  std::vector<decltype(place_of(a.numbers[0]))> places;
  for (uint32_t i = 0; i < count; ++i) {
    const NumberMention& n = a.numbers[i];
    const auto place = place_of(n);
    const auto [text_class, begin, end, kind] = place;
    const uint32_t id = place_ids.id(
        (uint64_t{text_class} * 0x9E3779B97F4A7C15ull ^ (uint64_t{begin} << 32 | end)) * 31 +
        static_cast<uint64_t>(kind));
    if (id < first_at_place.size()) {
      const uint32_t first = first_at_place[id];
      if (places[id] == place && a.numbers[first].unit == n.unit) {
        const QuantityFeatures& f = features[first];
        // The context is shared, not copied.
        QuantityFeatures copy;
        copy.excluded = f.excluded;
        copy.rate = f.rate;
        copy.context_of = f.context_of;
        features.push_back(std::move(copy));
        continue;
      }
    } else {
      first_at_place.push_back(i);
      places.push_back(place);
    }
    features.push_back(features_of(a, n, words, cue_reader));
    features.back().context_of = i;
  }
  auto context_of = [&](uint32_t i) -> const WordSet& {
    return features[features[i].context_of].context;
  };

  std::vector<uint32_t> same_as(count);
  for (uint32_t i = 0; i < count; ++i) same_as[i] = features[i].context_of;
  std::vector<QuantityFrame> frames = quantity_frames(a, same_as);
  // A rate is a measure of its own: "200 trucks a day" is no count of trucks.
  for (uint32_t i = 0; i < count; ++i)
    if (!features[i].rate.empty()) frames[i].measured.append(" per ").append(features[i].rate);

  // Blocking: candidates only within one measured slot (kind and what is counted).
  std::map<std::string, std::vector<uint32_t>> blocks;
  for (uint32_t i = 0; i < count; ++i)
    if (!features[i].excluded && !frames[i].excluded) blocks[frames[i].block()].push_back(i);

  // Candidate pairs come from shared context words. candidate_pairs() joins items of
  // identical content through the first of them, which is right only for figures that are
  // interchangeable: so where a sentence holds two figures of one block, each of their
  // contexts gets one more word naming its text and frame (two figures of one sentence are
  // then different items, a wire copy's figure the same). Other figures' contexts are read
  // where they are, uncopied.
  std::vector<WordSet> keyed(count);
  std::vector<char> needs_key(count, 0);
  std::string signature;
  // A block's figures by sentence: those of a sentence that holds two or more need a key.
  std::vector<std::pair<uint64_t, uint32_t>> by_sentence;
  for (const auto& [key, members] : blocks) {
    by_sentence.clear();
    for (uint32_t m : members)
      by_sentence.emplace_back(uint64_t{a.numbers[m].doc} << 32 | a.numbers[m].sentence, m);
    std::sort(by_sentence.begin(), by_sentence.end());
    for (size_t k = 1; k < by_sentence.size(); ++k)
      if (by_sentence[k].first == by_sentence[k - 1].first)
        needs_key[by_sentence[k].second] = needs_key[by_sentence[k - 1].second] = 1;
    for (uint32_t m : members) {
      if (!needs_key[m]) continue;
      const QuantityFrame& f = frames[m];
      signature.assign("\x01");
      signature.append(a.documents[a.numbers[m].doc].text.slice(a.numbers[m].span))
          .append("|")
          .append(f.predicate)
          .append("|")
          .append(f.place)
          .append(f.national ? "|n" : "|");
      WordSet& set = keyed[m];
      const WordSet& context = context_of(m);
      set.reserve(context.size() + 1);
      set.assign(context.begin(), context.end());
      const WordId id = words.vocabulary().id(signature);
      set.insert(std::lower_bound(set.begin(), set.end(), id), id);
    }
  }
  std::vector<Link> links;
  // The context words of the figure whose candidates are at hand, marked by its index: each
  // candidate's words are looked up, not merged with them (pairs come grouped by their first
  // figure). The count of shared words, and so the similarity, is the same as jaccard's.
  std::vector<uint32_t> marked_by(words.vocabulary().size(), KeyIds::kMissing);
  uint32_t marked = KeyIds::kMissing;
  auto similarity = [&](uint32_t i, uint32_t j) {
    const WordSet &x = context_of(i), &y = context_of(j);
    if (x.empty() || y.empty()) return 0.0;
    if (marked != i) {
      for (WordId w : x) marked_by[w] = i;
      marked = i;
    }
    size_t common = 0;
    for (WordId w : y) common += marked_by[w] == i;
    return static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
  };
  for (const auto& [key, members] : blocks) {
    std::vector<WordSpan> contexts;
    std::vector<uint32_t> docs;
    for (uint32_t m : members) {
      contexts.push_back(needs_key[m] ? WordSpan(keyed[m]) : WordSpan(context_of(m)));
      docs.push_back(a.numbers[m].doc);
    }
    for (const auto& [x, y] : candidate_pairs(contexts, docs, kMaxPostings, true)) {
      const uint32_t i = members[x], j = members[y];
      const QuantityFrame &fi = frames[i], &fj = frames[j];
      if (!fi.agrees_with(fj)) continue;
      // "2,800 of the 4,500 job cuts": the part is no estimate of a figure of its whole's
      // size, which is the whole told elsewhere.
      if (is_whole_of(fi, a.numbers[j]) || is_whole_of(fj, a.numbers[i])) continue;
      // Within one document only repeats of the same figure join directly.
      if (a.numbers[i].doc == a.numbers[j].doc && !same_figure(a.numbers[i], a.numbers[j]))
        continue;
      // One holder ("Kestrov took 48%" and "Kestrov's 48%") counts as one predicate, and so
      // does one economic indicator ("inflation was 6.8%", "6.8% inflation").
      // So does one side of a vote tally ("voted 5-2", "by five votes to two").
      const bool same_predicate =
          (!fi.predicate.empty() && fi.predicate == fj.predicate) ||
          (fi.tally_side() && fj.tally_side()) ||
          (fi.indicator && fj.indicator && fi.measured == fj.measured) ||
          (!fi.holder.empty() && !fj.holder.empty() &&
           same_holder(fi.holder, fi.holder_person, fj.holder, fj.holder_person));
      const bool same_scope = (fi.national && fj.national) || (fi.local && fj.local) ||
                              (fi.site && fj.site) || (!fi.place.empty() && fi.place == fj.place);
      double score = similarity(i, j);
      if (same_predicate) score += kSamePredicateBonus;
      if (same_scope) score += kSameScopeBonus;
      // One precise figure ("5,812", "47.8%": three significant digits or more) in two
      // articles is most likely one quantity copied, not a coincidence.
      // So is one figure of two significant digits of one named thing ("1,800 creditors",
      // "64 aircraft") in two articles; a round one ("4,000 farms") may be two quantities.
      constexpr int kNamedCountSignificant = 2;
      const bool named_count = a.numbers[i].kind == NumberKind::kCount && !fi.generic &&
                               !fj.generic && !a.numbers[i].unit.empty() &&
                               a.numbers[i].unit == a.numbers[j].unit &&
                               precise(a, a.numbers[i], kNamedCountSignificant);
      if (a.numbers[i].doc != a.numbers[j].doc && same_figure(a.numbers[i], a.numbers[j]) &&
          ((precise(a, a.numbers[i]) && precise(a, a.numbers[j])) || named_count))
        score += kSamePreciseFigureBonus;
      // A figure that says little of what it counts ("55 people", "12%") joins through a
      // shared predicate, or only with much shared context.
      const bool durations = a.numbers[i].kind == NumberKind::kDuration;
      const double needed = (fi.generic || fj.generic) && !same_predicate ? kMinGenericSimilarity
                            : durations && !same_predicate                ? kMinDurationSimilarity
                                                                          : kMinSimilarity;
      if (score >= needed) links.push_back({i, j, score});
    }
  }
  sort_best_first(links);

  // Merge best first while every cluster keeps one frame: the slots its members fill
  // never disagree (a figure without a place joins one with a place, two places never),
  // and two different figures of one sentence ("52% of the vote against 48%") are never
  // one quantity. Each cluster keeps one figure per sentence it holds; the smaller
  // cluster's sentences are looked up in the larger's, so merging stays near linear.
  DisjointSets sets(count);
  // The frame of each cluster that merged, by root. Most figures never merge: their
  // cluster's frame is their own, read from `frames` (a copy of every frame was some
  // 400 bytes and a dozen strings per figure).
  std::vector<std::unique_ptr<QuantityFrame>> merged_frame(count);
  auto cluster_frame = [&](uint32_t root) -> const QuantityFrame& {
    return merged_frame[root] ? *merged_frame[root] : frames[root];
  };
  // Each cluster's smallest and largest magnitude (0 and 0 when it states none).
  std::vector<std::pair<double, double>> spread(count);
  // Whether a cluster holds a part counted against a whole ("2,800 of the 4,500").
  std::vector<char> has_part(count);
  for (uint32_t i = 0; i < count; ++i) has_part[i] = frames[i].part_of > 0;
  for (uint32_t i = 0; i < count; ++i) spread[i] = magnitude_of(a.numbers[i]);
  // A cluster of one figure holds no table: most figures never merge.
  using SentenceFigures = std::unordered_map<uint64_t, uint32_t>;
  std::vector<std::unique_ptr<SentenceFigures>> held(count);
  auto sentence_key = [&](uint32_t i) {
    return uint64_t{a.numbers[i].doc} << 32 | a.numbers[i].sentence;
  };
  auto size_of = [&](uint32_t root) { return held[root] ? held[root]->size() : size_t{1}; };
  for (const Link& link : links) {
    const uint32_t ra = sets.find(link.a), rb = sets.find(link.b);
    if (ra == rb) continue;
    if (!cluster_frame(ra).agrees_with(cluster_frame(rb))) continue;
    // Figures far apart are no estimates of one quantity: the two figures linked must be
    // within kMaxSpread (a cluster may already hold a range), and where the clusters' frames
    // fill different slots all their figures must be within kMaxOpenSlotSpread.
    const auto [low_a, high_a] = magnitude_of(a.numbers[link.a]);
    const auto [low_b, high_b] = magnitude_of(a.numbers[link.b]);
    if (high_a > 0 && high_b > 0 && std::max(high_a, high_b) > kMaxSpread * std::min(low_a, low_b))
      continue;
    const auto [cluster_low_a, cluster_high_a] = spread[ra];
    const auto [cluster_low_b, cluster_high_b] = spread[rb];
    const bool measured = cluster_high_a > 0 && cluster_high_b > 0;
    if (measured && fills_differently(cluster_frame(ra), cluster_frame(rb))) {
      if (std::max(cluster_high_a, cluster_high_b) >
          kMaxOpenSlotSpread * std::min(cluster_low_a, cluster_low_b))
        continue;
      const QuantityFrame &fa = cluster_frame(ra), &fb = cluster_frame(rb);
      const bool shares = fa.measured == kVoteShare && fb.measured == kVoteShare && !fa.change &&
                          !fb.change && fa.place.empty() != fb.place.empty();
      if (shares &&
          std::max(cluster_high_a, cluster_high_b) - std::min(cluster_low_a, cluster_low_b) >
              kMaxOpenSlotShareGap)
        continue;
    }
    const bool a_smaller = size_of(ra) < size_of(rb);
    const uint32_t small_root = a_smaller ? ra : rb, large_root = a_smaller ? rb : ra;
    if (!held[large_root]) {
      held[large_root] = std::make_unique<SentenceFigures>();
      held[large_root]->emplace(sentence_key(large_root), large_root);
    }
    SentenceFigures& large = *held[large_root];
    // Two figures of one sentence that different counters give ("140,000, the union counted;
    // the police counted 26,000") are estimates of one quantity, no clash.
    auto clashes = [&](uint64_t key, uint32_t figure) {
      const auto it = large.find(key);
      if (it == large.end() || same_figure(a.numbers[figure], a.numbers[it->second])) return false;
      const std::string &c1 = frames[figure].counter, &c2 = frames[it->second].counter;
      return c1.empty() || c2.empty() || c1 == c2;
    };
    bool clash = false;
    if (held[small_root]) {
      for (const auto& [key, figure] : *held[small_root])
        if (clashes(key, figure)) {
          clash = true;
          break;
        }
    } else {
      clash = clashes(sentence_key(small_root), small_root);
    }
    // Nor does an article give two different sums for one thing in sentences that follow
    // each other ("worth $4.2bn including debt. The equity alone is worth $3.4bn": a total
    // and its part), unless different sources give them. Counts are exempt: an article may
    // tell of two estimates of one toll. Read for clusters of a few sentences only.
    if (!clash && a.numbers[small_root].kind == NumberKind::kMoney &&
        size_of(small_root) * large.size() <= kMaxDocumentCheck) {
      auto differs_in_document = [&](uint32_t figure) {
        const NumberMention& x = a.numbers[figure];
        for (const auto& [key, other] : large) {
          const NumberMention& y = a.numbers[other];
          const bool adjacent = y.sentence + 1 == x.sentence || x.sentence + 1 == y.sentence;
          if (y.doc == x.doc && adjacent && !same_figure(x, y) && x.source == y.source) return true;
        }
        return false;
      };
      if (held[small_root]) {
        for (const auto& [key, figure] : *held[small_root])
          if (differs_in_document(figure)) {
            clash = true;
            break;
          }
      } else {
        clash = differs_in_document(small_root);
      }
    }
    // Nor does a part share a cluster with a figure of its whole's size.
    if (!clash && (has_part[ra] || has_part[rb]) &&
        size_of(small_root) * large.size() <= kMaxDocumentCheck) {
      std::vector<uint32_t> small_figures;
      if (held[small_root])
        for (const auto& [key, figure] : *held[small_root]) small_figures.push_back(figure);
      else
        small_figures.push_back(small_root);
      for (uint32_t x : small_figures) {
        for (const auto& [key, y] : large)
          if (is_whole_of(frames[x], a.numbers[y]) || is_whole_of(frames[y], a.numbers[x])) {
            clash = true;
            break;
          }
        if (clash) break;
      }
    }
    if (clash) continue;
    QuantityFrame merged = cluster_frame(ra);
    const QuantityFrame& other = cluster_frame(rb);
    if (merged.predicate.empty()) merged.predicate = other.predicate;
    if (merged.place.empty()) merged.place = other.place;
    if (merged.holder.empty()) {
      merged.holder = other.holder;
      merged.holder_person = other.holder_person;
    }
    if (merged.since.empty()) merged.since = other.since;
    if (merged.counted_subgroup.empty()) merged.counted_subgroup = other.counted_subgroup;
    if (merged.owner.empty()) merged.owner = other.owner;
    merged.national = merged.national || other.national;
    merged.local = merged.local || other.local;
    for (const auto& slot : other.subgroups)
      if (std::find(merged.subgroups.begin(), merged.subgroups.end(), slot) ==
          merged.subgroups.end())
        merged.subgroups.push_back(slot);
    if (held[small_root])
      large.insert(held[small_root]->begin(), held[small_root]->end());
    else
      large.emplace(sentence_key(small_root), small_root);
    std::unique_ptr<SentenceFigures> kept = std::move(held[large_root]);
    held[small_root].reset();
    const uint32_t root = sets.unite(ra, rb);
    has_part[root] = has_part[ra] || has_part[rb];
    merged_frame[root] = std::make_unique<QuantityFrame>(std::move(merged));
    merged_frame[root == ra ? rb : ra].reset();  // no longer a root
    if (measured)
      spread[root] = {std::min(cluster_low_a, cluster_low_b),
                      std::max(cluster_high_a, cluster_high_b)};
    else
      spread[root] = cluster_high_a > 0 ? spread[ra] : spread[rb];
    held[root] = std::move(kept);
  }

  for (std::vector<uint32_t>& members : sets.clusters(2)) {
    Group g;
    g.kind = GroupKind::kQuantity;
    std::vector<uint32_t> docs;
    for (uint32_t m : members) docs.push_back(a.numbers[m].doc);
    std::sort(docs.begin(), docs.end());
    g.documents = static_cast<uint32_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
    // Named by its first member that names what it counts ("55 people", not "rose to 55").
    uint32_t named = members[0];
    for (uint32_t m : members)
      if (!a.numbers[m].unit.empty()) {
        named = m;
        break;
      }
    const NumberMention& first = a.numbers[named];
    const QuantityFrame& root = cluster_frame(sets.find(members[0]));
    g.label = label_of(first, root);
    g.members = members;
    const auto index = static_cast<int32_t>(a.groups.size());
    for (uint32_t m : members) a.numbers[m].group = index;
    a.groups.push_back(std::move(g));
  }
}

}  // namespace parallax
