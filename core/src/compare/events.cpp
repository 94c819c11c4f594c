// Event groups: dates that refer to the same happening across documents.
//
// Key: who acts (the sentence's attributed source, else its first named person or
// organisation) and what kind of act (statement, signing, visit, ... from a verb table).
// A date inside a reported clause ("claimed Tuesday that troops would arrive by Oct. 23")
// belongs to the reported event, not to the statement. Within a key, dates cluster around
// the most common day, allowing one day either way: that is where reports disagree
// ("said Tuesday" vs "said Wednesday"); dates further apart are different happenings.
// Dates without an actor link by the content of their sentences and a compatible date.
#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>

#include "compare/cluster.h"
#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/vocabulary.h"
#include "compare/words.h"
#include "extract/civil_date.h"
#include "lexicon/compare_lexicon.h"

namespace parallax {

namespace {

constexpr double kMinContentSimilarity = 0.2;
constexpr size_t kMaxPostings = 64;
constexpr uint32_t kContextRadius = 40;  // tokens of context either side of a date

struct EventFeatures {
  std::string key;          // actor|act, or "" when there is no actor
  std::string act;          // statement, incident, sign, ... or ""
  WordSet context;          // content lemmas around the date (empty for a wire copy's date)
  uint32_t context_of = 0;  // the date whose `context` is this one's: itself, or the first copy
  long day = 0;             // days since epoch when resolved to a day
  bool has_day = false;
};

// The entities of each sentence, without a list per sentence: entities come in document
// order and, within a document, in text order, so those of one sentence are a run of
// a.entities, found by binary search on their sentence numbers.
class EntitiesBySentence {
 public:
  explicit EntitiesBySentence(const EntityPlaces& places) : places_(places) {}
  // Indices [first, end) into a.entities.
  std::pair<uint32_t, uint32_t> of(uint32_t doc, uint32_t sentence) const {
    const std::vector<uint32_t>& sentence_of = places_.sentence;
    const auto begin = sentence_of.begin() + places_.first_of_doc[doc];
    const auto end = sentence_of.begin() + places_.first_of_doc[doc + 1];
    const auto [lo, hi] = std::equal_range(begin, end, sentence);
    return {static_cast<uint32_t>(lo - sentence_of.begin()),
            static_cast<uint32_t>(hi - sentence_of.begin())};
  }

 private:
  const EntityPlaces& places_;  // sentences nondecreasing within a document
};

const std::string* actor_of(const Analysis& a, const DateMention& d,
                            const EntitiesBySentence& entities) {
  const DocumentInfo& doc = a.documents[d.doc];
  if (d.sentence < doc.sentence_sources.size() && !doc.sentence_sources[d.sentence].empty())
    return &doc.sentence_sources[d.sentence];
  const auto [first, end] = entities.of(d.doc, d.sentence);
  for (EntityType wanted : {EntityType::kPerson, EntityType::kOrganization})
    for (uint32_t e = first; e < end; ++e)
      if (a.entities[e].type == wanted) return &a.entities[e].canonical;
  return nullptr;
}

// Whether the date starting at token `at` follows a deadline word ("until Thursday", "until
// at least Thursday", "by Oct. 23"): then it is the reported content's time, not the day
// of a statement, as in a complement clause.
bool after_deadline_word(const DocumentText& t, uint32_t sentence, uint32_t at) {
  constexpr int kMaxQualifiers = 3;
  const uint32_t first = t.sentences[sentence].first_token;
  std::string word;
  int qualifiers = 0;
  for (uint32_t k = at; k > first;) {
    const Token& before = t.tokens[--k];
    if (before.kind != TokenKind::kWord) return false;
    assign_lowercase(word, t.slice(before.span));
    if (lexicon::is_deadline_word(word)) return true;
    if (!lexicon::is_deadline_qualifier(word) || ++qualifiers > kMaxQualifiers) return false;
  }
  return false;
}

// The act a date belongs to, or "" when the date sits inside a reported clause.
std::string act_of(const Analysis& a, const DateMention& d) {
  const DocumentText& t = a.documents[d.doc].text;
  const uint32_t at = token_at(t, d.span.begin);
  const TokenWindow window = window_around(t, d.sentence, at, kContextRadius);
  bool statement_before = false, complement = false, statement_anywhere = false;
  std::string nearest;
  size_t nearest_distance = ~size_t{0};
  std::string lower;  // one buffer for every word of the window
  for (uint32_t token = window.first; token < window.end; ++token) {
    if (t.tokens[token].kind != TokenKind::kWord) continue;
    assign_lowercase(lower, t.slice(t.tokens[token].span));
    const std::string_view act = lexicon::event_verb_class(lower);
    if (token < at) {
      if (act == "statement") statement_before = true;
      if (statement_before && lower == "that") complement = true;
    }
    if (act.empty()) continue;
    if (act == "statement") statement_anywhere = true;
    const size_t distance = token > at ? token - at : at - token;
    if (distance < nearest_distance) {
      nearest_distance = distance;
      nearest = std::string(act);
    }
  }
  if (complement || after_deadline_word(t, d.sentence, at)) return {};
  // A happening named right next to its date ("broke out on Tuesday night") is what the
  // date is about, even when the sentence ends "..., officials said".
  constexpr size_t kAdjacent = 4;
  // Visits and meetings are where statements are made: they do not override them.
  const bool happening =
      !nearest.empty() && nearest != "statement" && nearest != "visit" && nearest != "meet";
  if (happening && nearest_distance <= kAdjacent) return nearest;
  return statement_anywhere ? "statement" : nearest;
}

}  // namespace

void group_events(Analysis& a, SentenceWords& words, const EntityPlaces& entity_places) {
  const size_t count = a.dates.size();
  // Entities by document and sentence, to find who acts in a date's sentence.
  const EntitiesBySentence entities(entity_places);

  std::vector<EventFeatures> features(count);
  auto place_of = [&](const DateMention& d) {
    const uint32_t begin = a.documents[d.doc].text.sentences[d.sentence].span.begin;
    return std::tuple{words.text_class(d.doc, d.sentence), d.span.begin - begin,
                      d.span.end - begin};
  };
  KeyIds place_ids;
  // By place id: the first date there, and its place (kept, not worked out again).
  std::vector<uint32_t> first_at_place;
  std::vector<decltype(place_of(a.dates[0]))> places;
  for (uint32_t i = 0; i < count; ++i) {
    const DateMention& d = a.dates[i];
    EventFeatures& f = features[i];
    if (d.resolved.size() == 10) {
      if (auto day = parse_iso_date(d.resolved)) {
        f.day = days_from_civil(*day);
        f.has_day = true;
      }
    }
    const std::string* actor = actor_of(a, d, entities);
    // A date at the same place in a sentence of the same text (a wire copy) has the same
    // act and context: they are read once.
    const auto place = place_of(d);
    const auto [text_class, begin, end] = place;
    const uint32_t id =
        place_ids.id(uint64_t{text_class} * 0x9E3779B97F4A7C15ull ^ (uint64_t{begin} << 32 | end));
    if (id < first_at_place.size() && places[id] == place) {
      const EventFeatures& first = features[first_at_place[id]];
      f.act = first.act;
      f.context_of = first.context_of;
    } else {
      f.context_of = i;
      if (id == first_at_place.size()) {
        first_at_place.push_back(i);
        places.push_back(place);
      }
      f.act = act_of(a, d);
      const DocumentText& t = a.documents[d.doc].text;
      f.context =
          words.lemmas(d.doc, d.sentence,
                       window_around(t, d.sentence, token_at(t, d.span.begin), kContextRadius));
    }
    const std::string& act = f.act;
    // Statements are keyed by who speaks; happenings by what happened (the speaker of
    // "..., police said" reports the fire, it did not start it).
    if (actor && !actor->empty() && act == "statement") f.key = *actor + "|" + act;
  }

  DisjointSets sets(count);
  // Keyed dates: cluster around the most common day of each key.
  std::map<std::string, std::vector<uint32_t>> by_key;
  for (uint32_t i = 0; i < count; ++i)
    if (!features[i].key.empty() && !a.dates[i].resolved.empty())
      by_key[features[i].key].push_back(i);
  for (auto& [key, members] : by_key) {
    std::vector<uint32_t> left = members;
    while (!left.empty()) {
      std::map<long, int> votes;
      for (uint32_t m : left)
        if (features[m].has_day) ++votes[features[m].day];
      std::vector<uint32_t> cluster, rest;
      if (votes.empty()) {
        cluster = left;  // no day precision: month or year mentions of one act
      } else {
        long anchor = votes.begin()->first;
        int best = 0;
        for (const auto& [day, n] : votes)
          if (n > best) {
            best = n;
            anchor = day;
          }
        const std::string month = [&] {
          const CivilDate c = civil_from_days(anchor);
          return format_iso(c).substr(0, 7);
        }();
        for (uint32_t m : left) {
          const bool near = features[m].has_day ? std::labs(features[m].day - anchor) <= 1
                                                : month.rfind(a.dates[m].resolved, 0) == 0;
          (near ? cluster : rest).push_back(m);
        }
      }
      for (size_t k = 1; k < cluster.size(); ++k) sets.unite(cluster[0], cluster[k]);
      left = std::move(rest);
    }
  }

  // Dates without an actor: content similarity and compatible resolutions, across documents.
  std::vector<uint32_t> loose;
  for (uint32_t i = 0; i < count; ++i)
    if (features[i].key.empty() && !a.dates[i].resolved.empty()) loose.push_back(i);
  std::vector<WordSpan> contexts;
  std::vector<uint32_t> docs;
  for (uint32_t i : loose) {
    contexts.push_back(features[features[i].context_of].context);
    docs.push_back(a.dates[i].doc);
  }
  for (const auto& [x, y] : candidate_pairs(contexts, docs, kMaxPostings, false)) {
    const DateMention &p = a.dates[loose[x]], &q = a.dates[loose[y]];
    const EventFeatures &fp = features[loose[x]], &fq = features[loose[y]];
    // The same kind of happening told in similar words may be placed a day apart
    // ("broke out on Tuesday night" / "early on Wednesday"): that is the conflict to show.
    const bool same_happening = !fp.act.empty() && fp.act != "statement" && fp.act == fq.act &&
                                fp.has_day && fq.has_day && std::labs(fp.day - fq.day) <= 1;
    const bool compatible = same_happening || p.resolved.rfind(q.resolved, 0) == 0 ||
                            q.resolved.rfind(p.resolved, 0) == 0;
    if (compatible && jaccard(contexts[x], contexts[y]) >= kMinContentSimilarity)
      sets.unite(loose[x], loose[y]);
  }

  for (std::vector<uint32_t>& members : sets.clusters(2)) {
    Group g;
    g.kind = GroupKind::kEvent;
    std::vector<uint32_t> docs_seen;
    for (uint32_t m : members) docs_seen.push_back(a.dates[m].doc);
    std::sort(docs_seen.begin(), docs_seen.end());
    g.documents =
        static_cast<uint32_t>(std::unique(docs_seen.begin(), docs_seen.end()) - docs_seen.begin());
    const std::string& key = features[members[0]].key;
    g.label = key.empty()
                  ? truncate_utf8(
                        sentence_text(a, a.dates[members[0]].doc, a.dates[members[0]].sentence), 80)
                  : key.substr(0, key.find('|')) + " \u2014 " + key.substr(key.find('|') + 1);
    const auto index = static_cast<int32_t>(a.groups.size());
    for (uint32_t m : members) a.dates[m].group = index;
    g.members = std::move(members);
    a.groups.push_back(std::move(g));
  }
}

}  // namespace parallax
