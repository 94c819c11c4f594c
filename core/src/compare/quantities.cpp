// Quantity groups: numbers that state the same real-world quantity.
//
// Blocking key: kind and counted-noun class (troops ~ soldiers ~ personnel; a currency).
// Within a block, numbers link when their sentences share content words and their frames
// agree (sent vs promised vs killed); rates ("at a time"), hypotheticals ("unlikely to")
// and superseded figures ("the previous figure") never link. Links are merged best first
// while a cluster keeps one frame.
#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>

#include "compare/cluster.h"
#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/vocabulary.h"
#include "compare/words.h"
#include "lexicon/compare_lexicon.h"
#include "text/unicode.h"

namespace parallax {

namespace {

constexpr double kMinSimilarity = 0.12;
constexpr size_t kFrameWindow = 12;      // tokens either side of the number
constexpr size_t kMaxPostings = 64;      // words shared by more figures than this do not block
constexpr uint32_t kContextRadius = 40;  // tokens of context either side of a figure

struct QuantityFeatures {
  std::string block;  // kind|unit class
  std::string frame;  // deploy, pledge, death, injury, ... or "" when none is near
  bool excluded = false;
  WordSet context;          // content lemmas of the sentence (its window, when very long); empty
                            // for a wire copy's figure, which reads that of `context_of`
  uint32_t context_of = 0;  // the figure whose `context` is this one's: itself, or the first copy
};

std::string lower(std::string_view s) {
  std::string out;
  assign_lowercase(out, s);
  return out;
}

// Which of several tables have a phrase that occurs in a text: one pass over the text,
// trying only the phrases that start with the byte at hand (most bytes start none).
class PhraseFinder {
 public:
  explicit PhraseFinder(std::initializer_list<std::span<const std::string_view>> tables) {
    unsigned bit = 1;
    for (std::span<const std::string_view> phrases : tables) {
      for (std::string_view p : phrases)
        if (!p.empty()) by_first_byte_[static_cast<unsigned char>(p[0])].push_back({p, bit});
      all_ |= bit;
      bit <<= 1;
    }
  }
  // Bit t is set when a phrase of table t occurs in `text`.
  unsigned found_in(std::string_view text) const {
    unsigned found = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      const std::vector<Phrase>& candidates = by_first_byte_[static_cast<unsigned char>(text[i])];
      for (const Phrase& p : candidates) {
        if ((found & p.table) || p.text.size() > text.size() - i) continue;
        // The second byte rejects most candidates without a call to memcmp.
        if (p.text.size() > 1 && text[i + 1] != p.text[1]) continue;
        if (text.compare(i, p.text.size(), p.text) == 0) found |= p.table;
      }
      if (found == all_) break;
    }
    return found;
  }

 private:
  struct Phrase {
    std::string_view text;
    unsigned table;
  };
  std::array<std::vector<Phrase>, 256> by_first_byte_;
  unsigned all_ = 0;
};

// Whether a token between two positions separates clauses for framing: another figure,
// a comma or semicolon, or a conjunction ("killed 14 and injured 35").
bool separates(const DocumentText& t, uint32_t from, uint32_t to) {
  for (uint32_t k = from + 1; k < to; ++k) {
    const Token& tok = t.tokens[k];
    if (tok.kind == TokenKind::kNumber) return true;
    const std::string_view s = t.slice(tok.span);
    if (s == "," || s == ";" || s == "and" || s == "but" || s == "while" || s == "whereas")
      return true;
  }
  return false;
}

// The frame word nearest to the number, skipping the number's own counted noun; a frame
// word across a clause boundary counts as further away.
// `at` is the figure's first token.
std::string frame_near(const Analysis& a, const NumberMention& n, uint32_t at) {
  constexpr size_t kBoundaryPenalty = 4;
  constexpr size_t kModalReach = 3;  // words before a sending verb read for a modal
  const DocumentText& t = a.documents[n.doc].text;
  const TokenWindow window =
      window_around(t, n.sentence, at, static_cast<uint32_t>(kFrameWindow + 3));
  const std::string unit = lower(n.unit);
  std::string_view best;
  size_t best_distance = std::numeric_limits<size_t>::max();
  // The last few lowercase words, in a ring, so a frame word can look back for a modal.
  std::array<std::string, kModalReach + 1> recent;
  size_t seen = 0;
  for (uint32_t token = window.first; token < window.end; ++token) {
    if (t.tokens[token].kind != TokenKind::kWord) continue;
    std::string& word = recent[seen % recent.size()];
    assign_lowercase(word, t.slice(t.tokens[token].span));
    ++seen;
    if (word == unit) continue;
    const std::string_view frame = lexicon::frame_of(word);
    if (frame.empty()) continue;
    size_t distance = token > at ? token - at : at - token;
    if (distance > kFrameWindow) continue;
    if (separates(t, std::min(token, at), std::max(token, at))) distance += kBoundaryPenalty;
    if (distance >= best_distance) continue;
    std::string_view chosen = frame;
    // "promised to provide", "could be providing": a modal before a sending verb
    // makes it a pledge, not a report of what happened.
    if (chosen == "deploy") {
      for (size_t back = 1; back <= kModalReach && back < seen; ++back)
        if (lexicon::is_modal(recent[(seen - 1 - back) % recent.size()])) chosen = "pledge";
    }
    best = chosen;
    best_distance = distance;
  }
  return std::string(best);
}

// Cues read over a figure's sentence (its context window, for very long sentences).
struct SentenceCues {
  bool hypothetical = false;
  bool superseded = false;
  bool question = false;
};

// `text` folded between two spaces, into `out` (a buffer kept across calls).
void fold_padded(std::string_view text, std::string& out) {
  out.assign(1, ' ');
  unicode::fold_append(out, text);
  out += ' ';
}

SentenceCues cues_of(std::string_view sentence, std::string& folded) {
  fold_padded(sentence, folded);
  constexpr unsigned kHypothetical = 1, kSuperseded = 2;
  static const PhraseFinder cues({lexicon::hypothetical_cues(), lexicon::superseded_cues()});
  const unsigned found = cues.found_in(folded);
  return {(found & kHypothetical) != 0, (found & kSuperseded) != 0,
          sentence.find('?') != std::string_view::npos};
}

// Figures of one sentence share its cues: they are read once per sentence. The folded
// text buffer is kept across figures.
struct CueReader {
  std::unordered_map<uint64_t, SentenceCues> by_sentence;
  std::string folded;
};

QuantityFeatures features_of(const Analysis& a, const NumberMention& n, SentenceWords& words,
                             CueReader& cue_reader) {
  QuantityFeatures f;
  const DocumentText& t = a.documents[n.doc].text;
  const Sentence& s = t.sentences[n.sentence];
  const uint32_t at = token_at(t, n.span.begin);
  const TokenWindow window = window_around(t, n.sentence, at, kContextRadius);
  std::string unit_key;
  if (n.kind == NumberKind::kMoney || n.kind == NumberKind::kPercent ||
      n.kind == NumberKind::kMeasure || n.kind == NumberKind::kDuration) {
    unit_key = lower(n.unit);
  } else {
    unit_key = std::string(lexicon::unit_class(lower(n.unit)));
  }
  if (unit_key.empty() && n.kind != NumberKind::kPercent) f.excluded = true;
  f.block = std::string(number_kind_name(n.kind)) + "|" + unit_key;
  f.frame = frame_near(a, n, at);

  // Cues are read near the figure: a rate right after it, hypotheticals and superseded
  // figures anywhere in its sentence (its context window, for very long sentences).
  const uint32_t after_end = std::min(s.span.end, n.span.end + 60);
  std::string& after = cue_reader.folded;
  fold_padded(t.slice({n.span.end, after_end}), after);
  static const PhraseFinder rates({lexicon::rate_cues()});
  if (rates.found_in(after) != 0) f.excluded = true;
  SentenceCues cues;
  if (window.first <= s.first_token && window.end >= s.end_token) {
    const uint64_t key = uint64_t{n.doc} << 32 | n.sentence;
    auto it = cue_reader.by_sentence.find(key);
    if (it == cue_reader.by_sentence.end())
      it = cue_reader.by_sentence.emplace(key, cues_of(window_text(t, window), cue_reader.folded))
               .first;
    cues = it->second;
  } else {
    cues = cues_of(window_text(t, window), cue_reader.folded);
  }
  if (cues.hypothetical || cues.superseded || cues.question) f.excluded = true;
  f.context = words.lemmas(n.doc, n.sentence, window);
  return f;
}

bool same_figure(const NumberMention& x, const NumberMention& y) {
  auto close = [](std::optional<double> p, std::optional<double> q) {
    if (!p || !q) return !p && !q;
    return std::fabs(*p - *q) <= 0.005 * std::max({std::fabs(*p), std::fabs(*q), 1e-9});
  };
  if (x.value && y.value) return close(x.value, y.value);
  return close(x.value, y.value) && close(x.low, y.low) && close(x.high, y.high);
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
        features.push_back({f.block, f.frame, f.excluded, {}, f.context_of});
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

  // Blocking: candidates only within the same kind and counted-noun class.
  std::map<std::string, std::vector<uint32_t>> blocks;
  for (uint32_t i = 0; i < count; ++i)
    if (!features[i].excluded) blocks[features[i].block].push_back(i);

  std::vector<Link> links;
  for (const auto& [key, members] : blocks) {
    std::vector<WordSpan> contexts;
    std::vector<uint32_t> docs;
    for (uint32_t m : members) {
      contexts.push_back(context_of(m));
      docs.push_back(a.numbers[m].doc);
    }
    for (const auto& [x, y] : candidate_pairs(contexts, docs, kMaxPostings, true)) {
      const uint32_t i = members[x], j = members[y];
      const QuantityFeatures &fi = features[i], &fj = features[j];
      if (!fi.frame.empty() && !fj.frame.empty() && fi.frame != fj.frame) continue;
      // Within one document only repeats of the same figure join directly.
      if (a.numbers[i].doc == a.numbers[j].doc && !same_figure(a.numbers[i], a.numbers[j]))
        continue;
      double score = jaccard(context_of(i), context_of(j));
      if (!fi.frame.empty() && fi.frame == fj.frame) score += 0.1;
      if (score >= kMinSimilarity) links.push_back({i, j, score});
    }
  }
  sort_best_first(links);

  // Merge best first while every cluster keeps a single frame.
  DisjointSets sets(count);
  std::vector<std::string> frame(count);
  for (uint32_t i = 0; i < count; ++i) frame[i] = features[i].frame;
  for (const Link& link : links) {
    const uint32_t ra = sets.find(link.a), rb = sets.find(link.b);
    if (ra == rb) continue;
    if (!frame[ra].empty() && !frame[rb].empty() && frame[ra] != frame[rb]) continue;
    const std::string merged = frame[ra].empty() ? frame[rb] : frame[ra];
    frame[sets.unite(ra, rb)] = merged;
  }

  for (std::vector<uint32_t>& members : sets.clusters(2)) {
    Group g;
    g.kind = GroupKind::kQuantity;
    std::vector<uint32_t> docs;
    for (uint32_t m : members) docs.push_back(a.numbers[m].doc);
    std::sort(docs.begin(), docs.end());
    g.documents = static_cast<uint32_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
    const NumberMention& first = a.numbers[members[0]];
    const std::string root_frame = frame[sets.find(members[0])];
    g.label = first.unit.empty() ? std::string(number_kind_name(first.kind)) : first.unit;
    if (!root_frame.empty()) g.label.append(" (").append(root_frame).append(")");
    g.members = members;
    const auto index = static_cast<int32_t>(a.groups.size());
    for (uint32_t m : members) a.numbers[m].group = index;
    a.groups.push_back(std::move(g));
  }
}

}  // namespace parallax
