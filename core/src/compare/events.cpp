// Event groups: dates that refer to the same happening across documents.
//
// Key: what the date is the date of, read from the words beside it (act_of). A happening
// ("the blaze broke out on Tuesday", "marches on Jan. 19") is keyed by its kind alone,
// whoever reports it; an actor's act ("said on Tuesday", "toured the town on Thursday") by
// who acts (the sentence's attributed source, else its first named person or organisation)
// and the act. A date inside a reported clause ("claimed Tuesday that troops would arrive
// by Oct. 23") is no statement's date. Within a key, dates cluster around the most common
// day, allowing one day either way where reports disagree, unless an article names both
// days (cluster_key). Dates without a key link by the content of their sentences.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

#include "compare/cluster.h"
#include "compare/groups_internal.h"
#include "compare/key_ids.h"
#include "compare/lowercase_text.h"
#include "compare/vocabulary.h"
#include "compare/words.h"
#include "extract/civil_date.h"
#include "lexicon/compare_lexicon.h"
#include "lexicon/dates_lexicon.h"
#include "lexicon/frame_lexicon.h"
#include "lexicon/people_lexicon.h"

namespace parallax {

namespace {

constexpr double kMinContentSimilarity = 0.2;
constexpr size_t kMaxPostings = 64;
constexpr uint32_t kContextRadius = 40;  // tokens of context either side of a date
// The clause around a date says what it is the date of ("closed on Friday", "the price at
// which the shares closed on Friday"): two dates of one day whose few nearest words share
// two content lemmas that are not the story's own are one happening, however different the
// rest of their sentences.
constexpr uint32_t kNearRadius = 8;
constexpr double kMinNearSimilarity = 0.15;
constexpr size_t kMinNearShared = 2;
// Days ahead that reports of one announced happening may give apart (a wrong date, a date
// moved): beyond this they are two happenings.
constexpr long kMaxScheduleGap = 14;
constexpr size_t kTopicalDays = 2;

// What a date is the date of: a happening ("the blaze broke out on Tuesday": incident), an
// actor's act ("said on Tuesday": statement), or nothing known (empty klass).
struct Act {
  std::string_view klass;
  bool by_actor = false;  // statement, visit, meet: keyed by who acts as well
};

struct EventFeatures {
  std::string key;  // "actor|act" for an actor's act, "|happening" for a happening, else ""
  Act act;
  WordSet context;          // content lemmas around the date (empty for a wire copy's date)
  WordSet near;             // content lemmas of the few tokens nearest the date (likewise)
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

// Who acts: for a statement, the sentence's attributed source; for another act (a visit, a
// decision), the person or organisation named, since the source only reports it ("Biden
// declared a disaster, according to the White House").
const std::string* actor_of(const Analysis& a, const DateMention& d,
                            const EntitiesBySentence& entities, bool statement) {
  const DocumentInfo& doc = a.documents[d.doc];
  if (statement && d.sentence < doc.sentence_sources.size() &&
      !doc.sentence_sources[d.sentence].empty())
    return &doc.sentence_sources[d.sentence];
  const auto [first, end] = entities.of(d.doc, d.sentence);
  for (EntityType wanted : {EntityType::kPerson, EntityType::kOrganization})
    for (uint32_t e = first; e < end; ++e)
      if (a.entities[e].type == wanted) return &a.entities[e].canonical;
  // "Reiner knows when he is beaten. His resignation, announced on Tuesday, ...": a sentence
  // that names no one but points back with a person's pronoun is about the person the
  // sentence before names first.
  if (first != end || d.sentence == 0 || d.sentence >= doc.text.sentences.size()) return nullptr;
  const Sentence& s = doc.text.sentences[d.sentence];
  bool points_back = false;
  std::string w;
  for (uint32_t k = s.first_token; k < s.end_token && !points_back; ++k) {
    if (doc.text.tokens[k].kind != TokenKind::kWord) continue;
    assign_lowercase(w, doc.text.slice(doc.text.tokens[k].span));
    const lexicon::PronounWord* p = lexicon::find_pronoun(w);
    if (!p) p = lexicon::subject_of_possessive(w);
    points_back = p && p->referent == lexicon::Referent::kPerson;
  }
  if (!points_back) return nullptr;
  const auto [before, before_end] = entities.of(d.doc, d.sentence - 1);
  for (uint32_t e = before; e < before_end; ++e)
    if (a.entities[e].type == EntityType::kPerson) return &a.entities[e].canonical;
  return nullptr;
}

bool lower_equals(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (static_cast<char>(std::tolower(static_cast<unsigned char>(word[i]))) != lower[i])
      return false;
  return true;
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
    // "as of Friday": the time a figure or state holds at, not a day something happened.
    if (word == "of" && k > first && t.tokens[k - 1].kind == TokenKind::kWord &&
        lower_equals(t.slice(t.tokens[k - 1].span), "as"))
      return true;
    if (!lexicon::is_deadline_qualifier(word) || ++qualifiers > kMaxQualifiers) return false;
  }
  return false;
}

// The nearest cue of one kind on either side of a date: its class, its distance in tokens,
// and whether a clause break stands between it and the date.
struct Cue {
  std::string_view klass;
  size_t distance = ~size_t{0};
  bool broken = false;
  bool found() const { return !klass.empty(); }
  void offer(std::string_view k, size_t d, bool b) {
    if (d < distance) {
      klass = k;
      distance = d;
      broken = b;
    }
  }
};

// A date is about the happening or act named next to it ("marches across France on Thursday",
// "officials said Thursday"); a happening named right beside its date wins over a statement
// elsewhere in the sentence ("the fire broke out on Tuesday night, officials said"), and a
// statement beside its date wins over a happening further off ("officials said Thursday the
// fire had spread"). Beyond that, the nearest cue decides, cues across a clause break
// counting as far. A date inside a reported clause ("claimed Tuesday that troops would
// arrive by Oct. 23") or after a deadline word is no statement's date.
// Whether the document names a weapon ("missiles", "drones") in its first tokens: its
// "strike" is then a military strike, an attack, not a walkout. Read once per document
// (`known`: -1 not yet read, else 0 or 1).
bool names_weapons(const DocumentText& t, const LowercaseText& lowercase, signed char& known) {
  if (known >= 0) return known != 0;
  constexpr size_t kMaxTokens = 4000;  // bounds the scan of a long document
  std::string_view w;
  known = 0;
  for (size_t k = 0; k < t.tokens.size() && k < kMaxTokens; ++k) {
    if (t.tokens[k].kind != TokenKind::kWord) continue;
    w = lowercase.token(static_cast<uint32_t>(k));
    if (lexicon::is_weapon_word(w)) {
      known = 1;
      break;
    }
  }
  return known != 0;
}

// `lowercase` is the date's document's lowercase text.
Act act_of(const Analysis& a, const LowercaseText& lowercase, const DateMention& d,
           signed char& weapons_known) {
  const DocumentText& t = a.documents[d.doc].text;
  const uint32_t at = token_at(t, d.span.begin);
  uint32_t after = token_at(t, d.span.end);  // first token after the date
  if (after < at) after = at;
  // "the toll rose to 417 last night", "612, up from 417 on Tuesday": a date right after a
  // level or change that a figure states is the day of that count, not of the happening.
  {
    uint32_t k = at;
    const uint32_t first = t.sentences[d.sentence].first_token;
    auto word_at = [&](uint32_t token) {
      return t.tokens[token].kind == TokenKind::kWord ? lowercase.token(token) : std::string_view();
    };
    if (k > first) {
      const std::string_view w = word_at(k - 1);
      if (w == "on" || w == "by" || w == "at") --k;
    }
    if (k >= first + 3 && t.tokens[k - 1].kind == TokenKind::kNumber) {
      const std::string_view lead = word_at(k - 2);
      const std::string_view verb = word_at(k - 3);
      if ((lead == "to" && (lexicon::is_level_verb(verb) || lexicon::is_change_verb(verb))) ||
          (lead == "from" && lexicon::is_change_adverb(verb)))
        return {"tally", false};
    }
  }
  const TokenWindow window = window_around(t, d.sentence, at, kContextRadius);
  Cue happening, generic, subject, act, in_force;
  bool statement_anywhere = false, complement = false, saw_that = false;
  std::string_view lower;  // the word at hand, lowercase
  auto is_place = [&](uint32_t token) {
    if (token + 1 >= window.end || t.tokens[token + 1].kind != TokenKind::kWord) return false;
    return lexicon::is_happening_place(lowercase.token(token + 1));
  };
  // "returned fire", "an exchange of fire": gunfire, an attack. `token` is "fire" or not.
  std::string_view before_word;
  auto is_gunfire = [&](uint32_t token) {
    if ((lower != "fire" && lower != "fires") || token < 2 ||
        t.tokens[token - 1].kind != TokenKind::kWord)
      return false;
    before_word = lowercase.token(token - 1);
    if (lexicon::is_gunfire_lead(before_word)) return true;
    if (before_word != "of" || t.tokens[token - 2].kind != TokenKind::kWord) return false;
    before_word = lowercase.token(token - 2);
    return before_word == "exchange" || before_word == "exchanges";
  };
  // "Missiles struck the plant on Sunday": a striking verb is an attack, surely when its
  // sentence names a weapon.
  signed char weapon_in_sentence = -1;
  auto sentence_names_weapon = [&] {
    if (weapon_in_sentence < 0) {
      weapon_in_sentence = 0;
      const Sentence& s = t.sentences[d.sentence];
      std::string_view w;
      for (uint32_t k = s.first_token; k < s.end_token && weapon_in_sentence == 0; ++k) {
        if (t.tokens[k].kind != TokenKind::kWord) continue;
        w = lowercase.token(k);
        weapon_in_sentence = lexicon::is_weapon_word(w) ? 1 : 0;
      }
    }
    return weapon_in_sentence != 0;
  };
  // "killed in Friday's crackdown", "a crackdown on protesters": a crackdown is a protest's
  // with a protest word in its sentence, or when it is not a crackdown "on" or "against"
  // something (told of alone, in a story of protests); "a crackdown on tax evasion" is none.
  signed char crackdown_protest = -1;
  auto crackdown_on_protest = [&](uint32_t at_token) {
    if (crackdown_protest < 0) {
      const Sentence& s = t.sentences[d.sentence];
      bool protest = false;
      std::string_view w;
      for (uint32_t k = s.first_token; k < s.end_token && !protest; ++k) {
        if (t.tokens[k].kind != TokenKind::kWord) continue;
        w = lowercase.token(k);
        protest = w.starts_with("protest") || w.starts_with("demonstrat") ||
                  w.starts_with("march") || w == "rally" || w == "rallies" || w == "rallied";
      }
      bool on_something = false;
      if (at_token + 1 < s.end_token && t.tokens[at_token + 1].kind == TokenKind::kWord) {
        w = lowercase.token(at_token + 1);
        on_something = w == "on" || w == "against";
      }
      crackdown_protest = protest || !on_something ? 1 : 0;
    }
    return crackdown_protest != 0;
  };
  // "in force" is an entry into force only after a verb of coming or staying into it
  // ("remains in force", "would stay in force", "was in force"); not "out in force".
  std::string_view verb_word;
  auto in_force_after_verb = [&](uint32_t force_token) {
    if (before_word != "in" || force_token < 2 ||
        t.tokens[force_token - 2].kind != TokenKind::kWord)
      return false;
    verb_word = lowercase.token(force_token - 2);
    return verb_word == "come" || verb_word == "came" || verb_word == "comes" ||
           verb_word == "remain" || verb_word == "remains" || verb_word == "remained" ||
           verb_word == "stay" || verb_word == "stays" || verb_word == "stayed" ||
           verb_word == "enter" || verb_word == "entered" || verb_word == "is" ||
           verb_word == "was" || verb_word == "be";
  };
  // Returns whether the word breaks the clause.
  auto read = [&](uint32_t token, size_t distance, bool broken, bool before) {
    lower = lowercase.token(token);
    if (lexicon::is_clause_break(lower)) return true;
    if (before && lower == "that") saw_that = true;
    if (std::string_view k = lexicon::happening_class(lower); !k.empty()) {
      // "the crash site": a place named after the happening, not the happening.
      if (is_place(token)) return false;
      // "Guardiola talks to reporters": the verb, no talks held.
      if (lower == "talks" && token + 1 < window.end &&
          t.tokens[token + 1].kind == TokenKind::kWord &&
          (lowercase.token(token + 1) == "to" || lowercase.token(token + 1) == "about"))
        return false;
      if ((lower == "crackdown" || lower == "crackdowns") && !crackdown_on_protest(token))
        return false;
      if (is_gunfire(token)) k = "attack";
      if (k == "protest" && (lower == "strike" || lower == "strikes") &&
          names_weapons(t, lowercase, weapons_known))
        k = "attack";
      happening.offer(k, distance, broken);
      // The happening before a generic verb is its subject: "fires that erupted on Tuesday".
      if (before && generic.found() && !subject.found()) subject.offer(k, distance, broken);
    } else if (lexicon::is_striking_verb(lower) &&
               (sentence_names_weapon() || names_weapons(t, lowercase, weapons_known))) {
      // A verb is weaker than a happening's noun: "the quake hit on Monday" in an article
      // that also names drones is the quake's day. Outside the weapon's own sentence it
      // counts as a few words further off.
      constexpr size_t kVerbPenalty = 3;
      const size_t verb_at = sentence_names_weapon() ? distance : distance + kVerbPenalty;
      happening.offer("attack", verb_at, broken);
      if (before && generic.found() && !subject.found()) subject.offer("attack", verb_at, broken);
    } else if (lexicon::is_generic_act(lower)) {
      generic.offer("generic", distance, broken);
    } else if ((lower == "effect" || lower == "force") && token > window.first &&
               t.tokens[token - 1].kind == TokenKind::kWord &&
               (before_word = lowercase.token(token - 1),
                lexicon::is_entry_into_force(before_word, lower)) &&
               (lower != "force" || before_word == "into" || in_force_after_verb(token))) {
      // "came into force on Friday": it takes the happening beside it, as a generic verb
      // does ("the truce took effect"); with none, it is the happening.
      generic.offer("generic", distance, broken);
      in_force.offer("in_force", distance, broken);
    } else if (std::string_view a_k = lexicon::actor_act_class(lower); !a_k.empty()) {
      if (a_k == "statement") {
        statement_anywhere = true;
        if (before && saw_that) complement = true;
      }
      act.offer(a_k, distance, broken);
    }
    return false;
  };
  bool broken = false;
  for (uint32_t token = at; token > window.first;) {
    --token;
    if (t.tokens[token].kind != TokenKind::kWord) continue;
    if (read(token, at - token, broken, true)) broken = true;
  }
  const bool generic_before = generic.found();
  if (generic_before && !subject.found()) subject = happening;
  // A comma closing the date ends its clause ("protests on Thursday, media reported"),
  // unless the sentence opens with the date ("On Thursday, officials said").
  const bool opens_sentence = at - t.sentences[d.sentence].first_token <= 1;
  broken = after < window.end && t.slice(t.tokens[after].span) == "," && !opens_sentence;
  Cue right_happening;  // the nearest happening after the date
  std::string_view previous_word;
  uint32_t previous_token = after;
  auto is_comma = [&](uint32_t token) { return t.slice(t.tokens[token].span) == ","; };
  for (uint32_t token = after; token < window.end; ++token) {
    if (t.tokens[token].kind != TokenKind::kWord) continue;
    // "came into force today, two days after troops returned fire": what comes after "two
    // days after" is the day the date is counted from, not what happened on it. Set off by
    // commas on both sides ("On 11 November, the day after the strike, Orlen struck a
    // depot") the offset is an aside: the clause after it is read on.
    lower = lowercase.token(token);
    if ((lower == "after" || lower == "before") && lexicon::period_word(previous_word)) {
      constexpr uint32_t kOffsetLead = 3;  // "the day", "two days", "some 48 hours"
      bool opened = false;
      for (uint32_t k = previous_token; k > after && previous_token - k < kOffsetLead && !opened;)
        opened = is_comma(--k);
      uint32_t close = token + 1;
      std::string_view word;
      while (opened && close < window.end && !is_comma(close)) {
        if (t.tokens[close].kind == TokenKind::kWord) {
          word = lowercase.token(close);
          if (lexicon::is_clause_break(word)) break;
        }
        ++close;
      }
      if (!opened || close + 1 >= window.end || !is_comma(close)) break;
      token = close;
      previous_word = {};
      continue;
    }
    // "said by phone on Thursday the port would reopen": a happening after a modal, after the
    // date, is in a clause of another time (what was said or planned), not the date's own,
    // unless the date opens the sentence ("On Thursday the port will reopen").
    const bool after_modal = !opens_sentence && !previous_word.empty() &&
                             lexicon::tense_cue(previous_word) == lexicon::Tense::kFuture &&
                             !lexicon::happening_class(lower).empty();
    previous_word = lower;
    previous_token = token;
    if (after_modal) continue;
    const Cue before_read = happening;
    happening = right_happening;
    if (read(token, token - after + 1, broken, false)) broken = true;
    right_happening = happening;
    happening = before_read;
    happening.offer(right_happening.klass, right_happening.distance, right_happening.broken);
  }
  // A date that names its happening ("Friday's crash", "a 1960 tsunami") is that happening's
  // date, whatever word comes before it.
  const std::string_view rest = std::string_view(t.text).substr(d.span.end);
  // The possessive's tokens ("'", "s") count in the distance: "Friday's triple train
  // accident" names the accident five tokens on.
  constexpr size_t kPossessiveReach = 5;
  const bool possessive = rest.starts_with("'s") || rest.starts_with("\u2019s");
  if (right_happening.found() && !right_happening.broken &&
      (right_happening.distance == 1 ||
       (possessive && right_happening.distance <= kPossessiveReach)))
    return {right_happening.klass, false};
  // "before Tuesday's announcement": a possessive date names an actor's act a few words on
  // too, whatever word comes before it.
  if (possessive) {
    for (uint32_t token = after; token < window.end && token - after < kPossessiveReach; ++token) {
      if (t.tokens[token].kind != TokenKind::kWord) continue;
      lower = lowercase.token(token);
      if (lexicon::is_clause_break(lower)) break;
      if (std::string_view k = lexicon::actor_act_class(lower); !k.empty()) return {k, true};
    }
  }
  const bool deadline = after_deadline_word(t, d.sentence, at);
  if (deadline) {
    // "three days of national mourning from Wednesday", "the strike since Monday": the day a
    // happening named right before "from" or "since" begins is that happening's date.
    if (happening.found() && !happening.broken && happening.distance == 2 && at >= 2 &&
        t.tokens[at - 1].kind == TokenKind::kWord &&
        (lower_equals(t.slice(t.tokens[at - 1].span), "from") ||
         lower_equals(t.slice(t.tokens[at - 1].span), "since")))
      return {happening.klass, false};
    return {};
  }
  // In a reported clause, the date is not the statement's.
  if (complement) act = Cue{};
  constexpr size_t kAdjacent = 4;
  auto near = [&](const Cue& c) { return c.found() && c.distance <= kAdjacent && !c.broken; };
  // A generic verb beside the date brings the happening it tells of that close.
  if (near(generic)) {
    const Cue& told = generic_before && subject.found() ? subject : happening;
    if (told.found()) happening = Cue{told.klass, generic.distance, false};
  }
  // A rule or a price taking effect, with no happening named around it ("the increase took
  // effect on Saturday", "which came into force on Friday"): the entry into force is the
  // happening.
  if (!happening.found() && near(in_force) && !(near(act) && act.distance < in_force.distance))
    return {"in_force", false};
  const Act as_happening{happening.klass, false};
  // Visits and meetings are where statements are made: they do not override them.
  const bool gathering = act.klass == "visit" || act.klass == "meet";
  const Act as_act{gathering && statement_anywhere && !complement ? "statement" : act.klass, true};
  if (near(happening) && !(near(act) && act.distance < happening.distance)) return as_happening;
  if (near(act)) return as_act;
  // Cues across a clause break count as far.
  constexpr size_t kBreakPenalty = 2 * kContextRadius;
  auto reach = [&](const Cue& c) { return c.distance + (c.broken ? kBreakPenalty : 0); };
  if (happening.found() && !(act.found() && reach(act) < reach(happening))) return as_happening;
  if (act.found()) return as_act;
  return {};
}

// The dates of one key, clustered into happenings. Day-precision dates gather around the
// most common day, taking the day either side too: that is where reports disagree ("said
// Tuesday" / "said Wednesday", "Friday night" / "Saturday"), unless one article itself names
// both days for this key, which says they are two happenings (Wednesday's toll and
// Thursday's). A month or year joins the one cluster whose days it contains; when two
// clusters fit ("end of January" for the 19th and the 31st) it stays apart.
// A count's days ("the toll rose to 27 on Wednesday", "up from 31 on Thursday") take no day
// either side: a count is given again each day, so two days are two readings of a rising
// figure, not one happening told on different days.
void cluster_key(const Analysis& a, const std::vector<EventFeatures>& features,
                 const std::vector<uint32_t>& members, DisjointSets& sets, bool one_day) {
  std::vector<std::pair<uint32_t, long>> doc_days;  // which documents name which days
  std::vector<uint32_t> left, coarse;
  for (uint32_t m : members) {
    if (features[m].has_day) {
      // A time of day often gets its day from the publication date, not the text: it
      // does not tell days apart.
      if (!a.dates[m].is_time) doc_days.emplace_back(a.dates[m].doc, features[m].day);
      left.push_back(m);
    } else {
      coarse.push_back(m);
    }
  }
  std::sort(doc_days.begin(), doc_days.end());
  doc_days.erase(std::unique(doc_days.begin(), doc_days.end()), doc_days.end());
  // Two days are told apart when one document names both, one right after the other in
  // its sorted days: those pairs, (earlier, later), are listed once, so that each look is a
  // search rather than a walk over every document's days.
  std::vector<std::pair<long, long>> named_together;
  for (size_t k = 1; k < doc_days.size(); ++k)
    if (doc_days[k].first == doc_days[k - 1].first)
      named_together.emplace_back(std::min(doc_days[k - 1].second, doc_days[k].second),
                                  std::max(doc_days[k - 1].second, doc_days[k].second));
  std::sort(named_together.begin(), named_together.end());
  auto told_apart = [&](long x, long y) {
    return std::binary_search(named_together.begin(), named_together.end(),
                              std::pair{std::min(x, y), std::max(x, y)});
  };
  // Whether a date is a day ahead of its article's publication.
  auto ahead = [&](uint32_t m) {
    const std::string& published = a.documents[a.dates[m].doc].published;
    return published.size() >= 10 && !a.dates[m].is_time &&
           a.dates[m].resolved > published.substr(0, 10);
  };
  std::vector<std::vector<uint32_t>> clusters;
  while (!left.empty()) {
    std::map<long, int> votes;  // days named, else the days of times
    for (uint32_t m : left)
      if (!a.dates[m].is_time) ++votes[features[m].day];
    if (votes.empty())
      for (uint32_t m : left) ++votes[features[m].day];
    long anchor = votes.begin()->first;
    int best = 0;
    for (const auto& [day, n] : votes)
      if (n > best) {
        best = n;
        anchor = day;
      }
    // A happening announced ahead ("the runoff on December 13" / "on December 20") has one
    // day, which reports may give weeks apart: there, a different day is a disagreement,
    // not another happening, unless an article names both days.
    const bool anchor_ahead = std::any_of(left.begin(), left.end(), [&](uint32_t m) {
      return features[m].day == anchor && ahead(m);
    });
    std::vector<uint32_t> cluster, rest;
    for (uint32_t m : left) {
      const long day = features[m].day;
      const long gap = std::labs(day - anchor);
      const bool joins =
          day == anchor ||
          (!one_day &&
           ((gap == 1 && (a.dates[m].is_time || !told_apart(day, anchor))) ||
            (anchor_ahead && ahead(m) && gap <= kMaxScheduleGap && !told_apart(day, anchor))));
      (joins ? cluster : rest).push_back(m);
    }
    clusters.push_back(std::move(cluster));
    left = std::move(rest);
  }
  // Coarser dates, the more precise first ("2022-02" before "2022"), each into the one
  // cluster holding a date it contains, else into a cluster of its own.
  std::sort(coarse.begin(), coarse.end(), [&](uint32_t x, uint32_t y) {
    return a.dates[x].resolved.size() > a.dates[y].resolved.size();
  });
  // Which clusters hold a date that starts with a coarse date's text: by each prefix of a
  // length some coarse date has, the first such cluster and whether there are others (a
  // look per coarse date, where every date of every cluster was compared with it).
  struct Holders {
    size_t cluster = 0;
    bool several = false;
  };
  std::vector<size_t> lengths;
  for (uint32_t m : coarse) lengths.push_back(a.dates[m].resolved.size());
  std::sort(lengths.begin(), lengths.end());
  lengths.erase(std::unique(lengths.begin(), lengths.end()), lengths.end());
  std::unordered_map<std::string_view, Holders> holders;
  auto hold = [&](size_t c, uint32_t m) {
    const std::string_view resolved = a.dates[m].resolved;
    for (size_t length : lengths) {
      if (length > resolved.size()) break;
      const auto [it, fresh] = holders.try_emplace(resolved.substr(0, length), Holders{c, false});
      if (!fresh && it->second.cluster != c) it->second.several = true;
    }
  };
  if (!coarse.empty())
    for (size_t c = 0; c < clusters.size(); ++c)
      for (uint32_t m : clusters[c]) hold(c, m);
  for (uint32_t m : coarse) {
    const std::string& resolved = a.dates[m].resolved;
    // "this year" in a story of that year dates nothing within it ("shares had risen 18%
    // this year before Tuesday's announcement"): it joins no day.
    const std::string& published = a.documents[a.dates[m].doc].published;
    if (resolved.size() == 4 && !clusters.empty() && published.rfind(resolved, 0) == 0) {
      clusters.push_back({m});
      hold(clusters.size() - 1, m);
      continue;
    }
    const auto it = holders.find(resolved);
    if (it != holders.end() && !it->second.several) {
      clusters[it->second.cluster].push_back(m);
      hold(it->second.cluster, m);
    } else if (it == holders.end()) {
      clusters.push_back({m});
      hold(clusters.size() - 1, m);
    }
  }
  for (const std::vector<uint32_t>& cluster : clusters)
    for (size_t k = 1; k < cluster.size(); ++k) sets.unite(cluster[0], cluster[k]);
}

}  // namespace

bool range_ends(const Analysis& a, const DateMention& first, const DateMention& second) {
  if (first.doc != second.doc || first.sentence != second.sentence ||
      first.span.end > second.span.begin)
    return false;
  std::string_view between =
      a.documents[second.doc].text.slice(Span{first.span.end, second.span.begin});
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  std::string joiner(between);
  std::transform(joiner.begin(), joiner.end(), joiner.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  if (joiner == "\u2013" || joiner == "\u2014") joiner = "-";
  return lexicon::is_time_range_joiner(joiner);
}

void group_events(Analysis& a, SentenceWords& words, const EntityPlaces& entity_places) {
  const size_t count = a.dates.size();
  // Entities by document and sentence, to find who acts in a date's sentence.
  const EntitiesBySentence entities(entity_places);

  std::vector<EventFeatures> features(count);
  // Whether each document names a weapon, read when a date first asks (-1: not yet).
  std::vector<signed char> weapons_known(a.documents.size(), -1);
  LowercaseText lowercase;  // of the document of the date at hand
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
      f.act = act_of(a, lowercase.of(a.documents[d.doc].text), d, weapons_known[d.doc]);
      const DocumentText& t = a.documents[d.doc].text;
      const uint32_t at = token_at(t, d.span.begin);
      f.context = words.lemmas(d.doc, d.sentence, window_around(t, d.sentence, at, kContextRadius));
      // The date's own words are left out: two dates of one day share them whatever
      // they are the dates of.
      const TokenWindow near = window_around(t, d.sentence, at, kNearRadius);
      const uint32_t date_end = std::max(token_at(t, d.span.end - 1) + 1, at);
      std::vector<WordId> both;
      for (const TokenWindow side : {TokenWindow{near.first, std::max(near.first, at)},
                                     TokenWindow{std::min(date_end, near.end), near.end}})
        if (side.first < side.end) {
          const WordSet part = words.lemmas(d.doc, d.sentence, side);
          both.insert(both.end(), part.begin(), part.end());
        }
      f.near = make_word_set(std::move(both));
    }
    // Acts are keyed by who acts; happenings by what happened, whoever tells of it (the
    // speaker of "..., police said" reports the fire, it did not start it).
    if (f.act.klass.empty()) continue;
    if (!f.act.by_actor)
      f.key.append("|").append(f.act.klass);
    else if (const std::string* actor = actor_of(a, d, entities, f.act.klass == "statement");
             actor && !actor->empty())
      f.key.append(*actor).append("|").append(f.act.klass);
  }

  DisjointSets sets(count);
  std::map<std::string, std::vector<uint32_t>> by_key;
  for (uint32_t i = 0; i < count; ++i)
    if (!features[i].key.empty() && !a.dates[i].resolved.empty())
      by_key[features[i].key].push_back(i);
  for (const auto& [key, members] : by_key) {
    if (key != "|reopening") {
      cluster_key(a, features, members, sets, key == "|tally");
      continue;
    }
    // A reopening has no subject in its key ("the airport reopened", "the highway
    // reopened"): two are one only when they share the thing reopened, a word near both
    // dates that is not itself a happening's.
    Vocabulary& vocabulary = words.vocabulary();
    auto share_thing = [&](uint32_t i, uint32_t j) {
      const WordSpan x = features[features[i].context_of].near;
      const WordSpan y = features[features[j].context_of].near;
      for (WordId w : x)
        if (std::find(y.begin(), y.end(), w) != y.end()) {
          const std::string_view text = vocabulary.word(w);
          if (lexicon::happening_class(text).empty() && !text.starts_with("reopen")) return true;
        }
      return false;
    };
    std::vector<int> component(members.size(), -1);
    int components = 0;
    for (size_t x = 0; x < members.size(); ++x) {
      if (component[x] >= 0) continue;
      component[x] = components;
      std::vector<size_t> stack{x};
      while (!stack.empty()) {
        const size_t y = stack.back();
        stack.pop_back();
        for (size_t z = 0; z < members.size(); ++z)
          if (component[z] < 0 && share_thing(members[y], members[z])) {
            component[z] = components;
            stack.push_back(z);
          }
      }
      ++components;
    }
    for (int c = 0; c < components; ++c) {
      std::vector<uint32_t> part;
      for (size_t x = 0; x < members.size(); ++x)
        if (component[x] == c) part.push_back(members[x]);
      if (part.size() > 1) cluster_key(a, features, part, sets, false);
    }
  }

  // Parts of a year left unresolved ("the third quarter", "Q3", "the July-September
  // quarter"): the same months are the same period, whatever words name them. Not weeks:
  // "next week" in two articles is the week of two different plans.
  {
    constexpr long kMinPartDays = 32;
    std::map<std::pair<std::string, std::string>, uint32_t> first_of_range;
    for (uint32_t i = 0; i < count; ++i) {
      const DateMention& d = a.dates[i];
      // A month with a range closes a run of months ("the three months to September"): the
      // run is the period.
      if ((!d.resolved.empty() && d.resolved.size() != 7) || d.range_from.empty()) continue;
      const auto from = parse_iso_date(d.range_from), to = parse_iso_date(d.range_to);
      // Whole calendar months only: not "the next three months" from the day of writing.
      if (!from || !to || days_from_civil(*to) - days_from_civil(*from) < kMinPartDays ||
          from->day != 1 || to->day != days_in_month(to->year, to->month))
        continue;
      const auto [it, fresh] = first_of_range.emplace(std::pair{d.range_from, d.range_to}, i);
      if (!fresh) sets.unite(it->second, i);
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
  auto compatible = [&](uint32_t i, uint32_t j) {
    const DateMention &p = a.dates[i], &q = a.dates[j];
    return p.resolved.rfind(q.resolved, 0) == 0 || q.resolved.rfind(p.resolved, 0) == 0;
  };
  for (const auto& [x, y] : candidate_pairs(contexts, docs, kMaxPostings, false))
    if (compatible(loose[x], loose[y]) &&
        jaccard(contexts[x], contexts[y]) >= kMinContentSimilarity)
      sets.unite(loose[x], loose[y]);

  // Two dates whose nearest words agree, one of them without a key (both read as acts
  // are told apart by their acts), leaving out the words of the story
  // itself (those near dates in most of the documents: "troops", "fire"), which are near
  // every date of the story whatever it is the date of; and of one precision (a month is
  // not taken for one of its days).
  std::vector<uint32_t> resolved, resolved_docs;
  for (uint32_t i = 0; i < count; ++i)
    if (!a.dates[i].resolved.empty()) {
      resolved.push_back(i);
      resolved_docs.push_back(a.dates[i].doc);
    }
  std::vector<WordSpan> nears;
  for (uint32_t i : resolved) nears.push_back(features[features[i].context_of].near);
  // (lemma, resolution) pairs: a lemma near dates of several different days or months is
  // a word of the story, not of one happening.
  // A range's two dates count once: "the 2022 to 2025 model years" puts its own words near
  // two years without making them the story's. Another date of the sentence counts.
  KeyIds resolution_ids;
  std::vector<uint64_t> lemma_days;
  for (size_t x = 0; x < resolved.size(); ++x) {
    const DateMention& d = a.dates[resolved[x]];
    if (x > 0) {
      const DateMention& before = a.dates[resolved[x - 1]];
      if (range_ends(a, before, d)) continue;
    }
    const uint64_t day = resolution_ids.id(std::hash<std::string>{}(d.resolved));
    for (WordId w : nears[x]) lemma_days.push_back(uint64_t{w} << 32 | day);
  }
  std::sort(lemma_days.begin(), lemma_days.end());
  lemma_days.erase(std::unique(lemma_days.begin(), lemma_days.end()), lemma_days.end());
  std::vector<WordId> topical;
  for (size_t k = 0; k < lemma_days.size();) {
    size_t end = k;
    while (end < lemma_days.size() && lemma_days[end] >> 32 == lemma_days[k] >> 32) ++end;
    if (end - k >= kTopicalDays) topical.push_back(static_cast<WordId>(lemma_days[k] >> 32));
    k = end;
  }
  std::vector<WordSet> specific(resolved.size());
  for (size_t x = 0; x < resolved.size(); ++x)
    for (WordId w : nears[x])
      if (!std::binary_search(topical.begin(), topical.end(), w)) specific[x].push_back(w);
  nears.assign(specific.begin(), specific.end());
  for (const auto& [x, y] : candidate_pairs(nears, resolved_docs, kMaxPostings, false)) {
    const uint32_t i = resolved[x], j = resolved[y];
    // One act by two different actors is two acts ("Ruiz said on Tuesday", "Kuyper said on
    // Tuesday"), whatever words they share.
    if (!features[i].key.empty() && features[i].act.klass == features[j].act.klass &&
        features[i].key != features[j].key)
      continue;
    if (a.dates[i].resolved.size() != a.dates[j].resolved.size()) continue;
    if (compatible(i, j) && shared_count(nears[x], nears[y]) >= kMinNearShared &&
        jaccard(nears[x], nears[y]) >= kMinNearSimilarity)
      sets.unite(i, j);
  }

  // The nearest words of a resolved date, without the story's own.
  auto near_of = [&](uint32_t date) {
    const auto it = std::lower_bound(resolved.begin(), resolved.end(), date);
    return it != resolved.end() && *it == date ? nears[static_cast<size_t>(it - resolved.begin())]
                                               : WordSpan();
  };

  // Two kinds of date the story's articles come back to join across documents, unless both
  // are read as two different happenings or acts:
  // - a past year written out ("has governed since 2014", "up from 57.9% in 2021"): one
  //   background happening, one of the few past turns of the story (not "a year earlier",
  //   a comparison's base);
  // - a day ahead ("the runoff on Dec. 13", "the two will meet again on 13 December",
  //   "letters go out from December 14"): one thing scheduled, one of the few dates the
  //   articles announce, when one of them names what is scheduled.
  {
    std::map<std::string, std::vector<uint32_t>> returned_to;
    for (uint32_t i = 0; i < count; ++i) {
      const DateMention& d = a.dates[i];
      const std::string& published = a.documents[d.doc].published;
      const std::string_view text = a.documents[d.doc].text.slice(d.span);
      const bool past_year = d.resolved.size() == 4 && published.size() >= 4 &&
                             d.resolved < published.substr(0, 4) &&
                             text.find(d.resolved) != std::string_view::npos;
      const bool day_ahead =
          d.resolved.size() == 10 && published.size() >= 10 && d.resolved > published.substr(0, 10);
      if (past_year || day_ahead) returned_to[d.resolved].push_back(i);
    }
    for (const auto& [resolution, members] : returned_to)
      for (size_t x = 0; x < members.size(); ++x)
        for (size_t y = x + 1; y < members.size(); ++y) {
          const uint32_t i = members[x], j = members[y];
          if (a.dates[i].doc == a.dates[j].doc) continue;
          if (!features[i].key.empty() && !features[j].key.empty() &&
              features[i].key != features[j].key)
            continue;
          // Two days ahead that neither names a happening or act for are one plan only when
          // their nearest words share two not of the story ("residents stay away until
          // Thursday" / "the order for residents stays until Thursday"; not "an emergency
          // session on Friday" / "a mission planned for 6 March").
          if (resolution.size() == 10 && features[i].key.empty() && features[j].key.empty() &&
              shared_count(near_of(i), near_of(j)) == 0)
            continue;
          // A keyed day ahead and a keyless one read as a statement ("the airport will
          // reopen tomorrow, the operator said" / "three days of mourning from Thursday"):
          // nothing is said on a day still to come, so the statement's verb names no plan;
          // they are one plan only when their nearest words share one not of the story.
          if (resolution.size() == 10 && features[i].key.empty() != features[j].key.empty()) {
            const std::string_view act = features[features[i].key.empty() ? i : j].act.klass;
            if (act == "statement" && shared_count(near_of(i), near_of(j)) == 0) continue;
          }
          sets.unite(i, j);
        }
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
    g.label = key.empty() || key[0] == '|'
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
