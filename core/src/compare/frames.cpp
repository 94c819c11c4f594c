// Frames of figures: the slots are read from the figure's clause with the tables of
// lexicon/frame_lexicon.h and lexicon/compare_lexicon.h; see frames.h for examples.
#include "compare/frames.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <limits>
#include <unordered_set>

#include "compare/groups_internal.h"
#include "compare/lowercase_text.h"
#include "compare/words.h"
#include "lexicon/calendar_lexicon.h"
#include "lexicon/compare_lexicon.h"
#include "lexicon/frame_lexicon.h"
#include "lexicon/numbers_lexicon.h"
#include "lexicon/people_lexicon.h"
#include "text/unicode.h"

namespace parallax {

namespace {

constexpr uint32_t kFrameWindow = 12;  // tokens either side read for a predicate
constexpr uint32_t kClauseReach = 10;  // tokens either side read for place, subgroup, year
// The measure of figures in points ("2.6 percentage points", "a gap of 2.4 points"), before
// what they are points of.
constexpr std::string_view kPointsKind = "points|";
constexpr std::string_view kBarePoints = "points";
constexpr uint32_t kForecastBefore = 5;
constexpr uint32_t kRestrictionReach = 3;  // tokens after a figure read for its counted noun
constexpr uint32_t kRestrictionGap = 6;    // words between a counted noun and "with"/"without"
// The restriction's words are read within the words the clause folds ahead of time.
static_assert(kRestrictionReach + kRestrictionGap + 1 <= kClauseReach + 1);
constexpr uint32_t kForecastAfter = 3;
constexpr uint32_t kMaxPlaceWords = 3;

// A four-digit year at token k ("1960"), or 0.
int year_token(const DocumentText& t, uint32_t k) {
  if (t.tokens[k].kind != TokenKind::kNumber) return 0;
  const std::string_view w = t.slice(t.tokens[k].span);
  if (w.size() != 4 ||
      !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
  return y >= 1800 && y <= 2100 ? y : 0;
}

// Whether token k ends a clause: punctuation between clauses, a clause word ("and",
// "while", ...), another figure (a year is read through, not taken as a figure).
// `folded` is the token folded, read only for words.
bool ends_clause(const DocumentText& t, uint32_t k, std::string_view folded) {
  const Token& tok = t.tokens[k];
  if (tok.kind == TokenKind::kNumber) return year_token(t, k) == 0;
  if (tok.kind == TokenKind::kPunct) {
    const std::string_view s = t.slice(tok.span);
    return s == "," || s == ";" || s == "(" || s == ")" || s == ":" || s == "\u2014" ||
           s == "\u2013";
  }
  return tok.kind == TokenKind::kWord && lexicon::is_clause_word(folded);
}

// One sentence's tokens near a figure, read as lowercase words (views of the document's
// lowercase text: every rule reads them, several times over).
class Clause {
 public:
  Clause(const DocumentText& t, const LowercaseText& lower, uint32_t sentence, uint32_t first,
         uint32_t last)
      : t_(t), lower_(lower), s_(t.sentences[sentence]), first_(first), last_(last) {
    // The tokens near the figure that are no words read as "" (ends_clause reads words only).
    words_from_ =
        first_ > s_.first_token + kClauseReach ? first_ - kClauseReach - 1 : s_.first_token;
    words_end_ = std::min(s_.end_token, last_ + kClauseReach + 2);
    begin_ = first_;
    while (begin_ > s_.first_token && first_ - begin_ < kClauseReach && !separates(begin_ - 1))
      --begin_;
    end_ = last_ + 1;
    while (end_ < s_.end_token && end_ - last_ <= kClauseReach && !separates(end_)) ++end_;
  }
  uint32_t sentence_begin() const { return s_.first_token; }
  uint32_t sentence_end() const { return s_.end_token; }
  uint32_t begin() const { return begin_; }  // first token of the clause
  uint32_t end() const { return end_; }      // one past its last token
  uint32_t first() const { return first_; }  // the figure's first token
  uint32_t last() const { return last_; }    // the figure's last token
  [[gnu::always_inline]] bool is_word(uint32_t k) const {
    return k < s_.end_token && t_.tokens[k].kind == TokenKind::kWord;
  }
  std::string_view text(uint32_t k) const { return t_.slice(t_.tokens[k].span); }
  // Token k lowercase ("" for a token near the figure that is not a word).
  [[gnu::always_inline]] std::string_view word(uint32_t k) const {
    if (k >= words_from_ && k < words_end_ && t_.tokens[k].kind != TokenKind::kWord) return {};
    return lower_.token(k);
  }
  bool capitalised(uint32_t k) const {
    const std::string_view w = text(k);
    return is_word(k) && !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  }
  // A four-digit year at token k, or 0.
  int year_at(uint32_t k) const { return year_token(t_, k); }

 private:
  // A token that ends a clause: punctuation between clauses, a clause word, another
  // figure (a year is read through, not taken as a figure).
  bool separates(uint32_t k) const { return ends_clause(t_, k, word(k)); }

  const DocumentText& t_;
  const LowercaseText& lower_;
  const Sentence& s_;
  uint32_t first_, last_, begin_ = 0, end_ = 0;
  uint32_t words_from_ = 0, words_end_ = 0;
};

// Whether the date at token k starts a running span ("since March"): the date word itself or
// the word before it is "since" ("from March" more often says when something begins).
bool starts_a_span(const DocumentText& t, uint32_t k) {
  std::string w;
  for (uint32_t j : {k, k - 1}) {
    if (j >= t.tokens.size() || t.tokens[j].kind != TokenKind::kWord) continue;
    assign_lowercase(w, t.slice(t.tokens[j].span));
    if (w == "since") return true;
  }
  return false;
}

// Whether a token strictly between two positions ends a clause ("killed 14 and injured 35").
bool separates(const DocumentText& t, uint32_t from, uint32_t to) {
  std::string folded;
  for (uint32_t k = from + 1; k < to; ++k) {
    if (t.tokens[k].kind == TokenKind::kWord) assign_lowercase(folded, t.slice(t.tokens[k].span));
    if (ends_clause(t, k, folded)) return true;
  }
  return false;
}

// Whether the number at token k is a conjunct of the figure at [at, last]: only words lie
// between them, at most a few, the last of them "and" or "or" ("launched 45 drones and 7
// missiles", "38 drones and four missiles were destroyed"). One verb frames both figures, so
// such a number ends no clause between the figure and its predicate.
bool is_conjunct(const DocumentText& t, const LowercaseText& lower, uint32_t k, uint32_t at,
                 uint32_t last) {
  constexpr uint32_t kMaxBetween = 4;  // "45 attack drones and 7"
  const uint32_t lo = k < at ? k : last, hi = k < at ? at : k;
  if (hi <= lo + 1 || hi - lo - 1 > kMaxBetween) return false;
  for (uint32_t j = lo + 1; j < hi; ++j)
    if (t.tokens[j].kind != TokenKind::kWord) return false;
  const std::string_view w = lower.token(hi - 1);
  return w == "and" || w == "or";
}

// Whether a token strictly between two positions ends a clause, a number that is a conjunct
// of the figure at [at, last] excepted.
bool separates_figure(const DocumentText& t, const LowercaseText& lower, uint32_t from, uint32_t to,
                      uint32_t at, uint32_t last) {
  // The words joining a conjunct to the figure ("drones and") end no clause either.
  uint32_t joined_lo = 0, joined_hi = 0;
  for (uint32_t k = from + 1; k < to; ++k) {
    const bool number = t.tokens[k].kind == TokenKind::kNumber ||
                        (t.tokens[k].kind == TokenKind::kWord &&
                         lexicon::find_number_word(lower.token(k)) != nullptr);
    if (number && is_conjunct(t, lower, k, at, last)) {
      joined_lo = k < at ? k : last;
      joined_hi = k < at ? at : k;
      break;
    }
  }
  for (uint32_t k = from + 1; k < to; ++k) {
    if (k >= joined_lo && k <= joined_hi && joined_hi > 0) continue;
    // (ends_clause reads the folded word of words only.)
    if (ends_clause(t, k, lower.token(k))) return true;
  }
  return false;
}

// "€1.5 million ($1.6 million) in aid", "20km (12 miles) from X": the closing bracket of a
// conversion right after the figure whose last token is `last`, or 0 when none follows.
uint32_t conversion_close(const DocumentText& t, uint32_t sentence, uint32_t last) {
  constexpr uint32_t kMaxConversion = 6;  // tokens inside the brackets
  const uint32_t end = t.sentences[sentence].end_token;
  if (last + 1 >= end || t.slice(t.tokens[last + 1].span) != "(") return 0;
  bool figure = false;
  for (uint32_t k = last + 2; k < end && k <= last + 1 + kMaxConversion; ++k) {
    if (t.tokens[k].kind == TokenKind::kNumber) figure = true;
    if (t.slice(t.tokens[k].span) == ")") return figure ? k : 0;
  }
  return 0;
}

// Whether the word at `token` is who speaks of the figure at `at`: "said" or "told" follows
// it within two words, before the figure, with no punctuation between ("Protesters said 63
// officers were hurt", "strike organisers told reporters 80,000 marched"): the speaker is
// the source, not what the figure counts ("The death toll, officials said, rose" keeps
// "death").
bool speaks_before(const DocumentText& t, const LowercaseText& lower, uint32_t token, uint32_t at) {
  constexpr uint32_t kSubjectReach = 2;
  uint32_t words = 0;
  for (uint32_t k = token + 1; k < at && words < kSubjectReach; ++k) {
    if (t.tokens[k].kind != TokenKind::kWord) return false;
    ++words;
    const std::string_view word = lower.token(k);
    // Only "say" and "tell": "Deaths reported since Sunday", "layoffs announced on Tuesday"
    // are participles of the figure's own predicate, not a speaker's verb.
    if (const lexicon::ReportingVerb* verb = lexicon::find_reporting_verb(word);
        verb && (verb->lemma == "say" || verb->lemma == "tell"))
      return true;
  }
  return false;
}

// A word of the figure's clause that makes a speed a variant of its unit: a few words
// before it ("gusts of as much as 230 km/h", "gusting to 200 km/h") or a noun right after it
// ("230 km/h gusts").
std::string_view measure_variant_near(const Clause& c) {
  constexpr uint32_t kBefore = 5;
  const uint32_t from = c.first() > c.begin() + kBefore ? c.first() - kBefore : c.begin();
  for (uint32_t k = from; k < c.first(); ++k)
    if (c.is_word(k))
      if (const std::string_view v = lexicon::measure_variant(c.word(k)); !v.empty()) return v;
  // After the figure only a noun right after it ("230 km/h gusts"): "185 km/h with gusts of
  // up to 230" and "150 km/h gusting to 200" say what the next figure is.
  const uint32_t after = c.last() + 1;
  if (after < c.end() && c.is_word(after) && lexicon::is_measure_variant_noun(c.word(after)))
    return lexicon::measure_variant(c.word(after));
  return {};
}

// The frame of the word joined by "or" to the frame word at `token` ("damaged or destroyed",
// "destroyed or damaged"), or "" when none is.
std::string_view frame_joined_by_or(const DocumentText& t, const LowercaseText& lower,
                                    uint32_t token, const TokenWindow& window) {
  // Token k lowercase when it is a word of the window, else "" (a word is never empty).
  auto word_at = [&](uint32_t k) {
    if (k < window.first || k >= window.end || t.tokens[k].kind != TokenKind::kWord)
      return std::string_view();
    return lower.token(k);
  };
  if (word_at(token + 1) == "or")
    if (const std::string_view other = word_at(token + 2); !other.empty())
      if (const std::string_view f = lexicon::frame_of(other); !f.empty()) return f;
  if (token >= 2 && word_at(token - 1) == "or")
    if (const std::string_view other = word_at(token - 2); !other.empty())
      if (const std::string_view f = lexicon::frame_of(other); !f.empty()) return f;
  return {};
}

// Whether a record follows the release word at token k within two words ("released a video",
// "released figures").
bool releases_a_record(const DocumentText& t, uint32_t k, uint32_t end) {
  constexpr uint32_t kReach = 2;
  std::string w;
  for (uint32_t j = k + 1; j < end && j <= k + kReach; ++j) {
    if (t.tokens[j].kind != TokenKind::kWord) return false;
    assign_lowercase(w, t.slice(t.tokens[j].span));
    if (lexicon::is_released_record(w)) return true;
  }
  return false;
}

// The predicate nearest to the figure, skipping the figure's own counted noun; a frame
// word across a clause boundary counts as further away. `at` and `last` are the figure's
// first and last tokens (a range spans several).
std::string predicate_near(const DocumentText& t, const LowercaseText& lower,
                           const NumberMention& n, uint32_t at, uint32_t last,
                           std::string_view unit, bool within_clause) {
  // A frame word across a clause boundary is read only when nothing nearer frames the
  // figure, and not beyond a few tokens ("900 injured when two trains collided").
  constexpr size_t kBoundaryPenalty = 8;
  constexpr size_t kModalReach = 3;  // words before a sending verb read for a modal
  const TokenWindow window = window_around(t, n.sentence, at, kFrameWindow + 3);
  std::string best;
  size_t best_distance = std::numeric_limits<size_t>::max();
  // A conversion in brackets after the figure is read past, as part of the figure.
  const uint32_t close = conversion_close(t, n.sentence, last);
  const uint32_t figure_end = close ? close : last;
  // The last few lowercase words, in a ring, so a frame word can look back for a modal.
  std::array<std::string_view, kModalReach + 1> recent;
  size_t seen = 0;
  for (uint32_t token = window.first; token < window.end; ++token) {
    if (t.tokens[token].kind != TokenKind::kWord) continue;
    const std::string_view word = recent[seen % recent.size()] = lower.token(token);
    ++seen;
    if (word == unit) continue;
    std::string_view frame = lexicon::frame_of(word);
    // "31,000 passengers have been flown home", "brought home": people returned, not the
    // ones still stranded or evacuated.
    if (frame.empty() && word == "home" && seen >= 2) {
      const std::string_view verb = recent[(seen - 2) % recent.size()];
      if (verb == "flown" || verb == "flew" || verb == "brought") frame = "repatriate";
    }
    // "340 people on board" are aboard; "the board approved" is no vessel's, "40 sponsors on
    // board" no people carried.
    if (frame.empty() && word == "board" && seen >= 2 &&
        recent[(seen - 2) % recent.size()] == "on" && n.kind == NumberKind::kCount &&
        (unit.empty() || lexicon::is_people_class(lexicon::unit_class(unit))))
      frame = "aboard";
    if (frame.empty()) continue;
    // "carried out 410 consultations": no cargo.
    if (frame == "aboard" && token + 1 < window.end &&
        t.tokens[token + 1].kind == TokenKind::kWord && lower.token(token + 1) == "out")
      continue;
    // "carrying 312 people", "saved 268 people": words that frame people only ("her party
    // carried 52% of the vote", "carrying 20 tonnes of grain", "saved $200 million", "saved 3
    // penalties" are none of it).
    if (lexicon::frames_people_only(word) &&
        (n.kind != NumberKind::kCount ||
         (!unit.empty() && !lexicon::is_people_class(lexicon::unit_class(unit)))))
      continue;
    // "prosecutors had sought nine years", "demanded $5 million": a demand frames a term or a
    // sum ("12,000 people sought refuge" are no demand).
    if (frame == "demand" && n.kind != NumberKind::kDuration && n.kind != NumberKind::kMoney)
      continue;
    // "spent 3 years in custody", "spending 3 days in hospital": spending frames sums and
    // shares only.
    if (frame == "spend" && n.kind != NumberKind::kMoney && n.kind != NumberKind::kPercent)
      continue;
    // "shedding 212 points": an index's points are no layoff.
    if (frame == "layoff" && unit == "points") continue;
    if (const std::string_view particle = lexicon::frame_particle(word); !particle.empty()) {
      const uint32_t next = token + 1;
      if (next >= window.end || t.tokens[next].kind != TokenKind::kWord) continue;
      if (lower.token(next) != particle) continue;
    }
    // "a deal worth $4.2bn", "valued at", "a $4.2bn takeover": the value of a purchase is a
    // sum's predicate; "the deal will take out 1,150 roles" frames no count.
    // A bid or an offer is its own sum ("offered $2.1bn"), not what a thing is valued at.
    // Money raised is a sum ("raising $840m"): "raised the toll to 12" or "raised rates to
    // 4.5%" is a change of something else.
    if ((frame == "value" || frame == "bid" || frame == "raise") && n.kind != NumberKind::kMoney)
      continue;
    // "raised its offer to €220 million", "raised the fine from $2m": a level raised is that
    // level's sum, not money raised.
    if (frame == "raise" && token < at && at > 0 && t.tokens[at - 1].kind == TokenKind::kWord) {
      const std::string_view lead = lower.token(at - 1);
      if ((lead == "to" || lead == "from" || lead == "by") && token + 1 < at - 1) continue;
    }
    // "launched a $18 million appeal", "fired 40 missiles": a launch frames what is launched,
    // never a sum.
    // "would release €3 million in aid": a sum released is spent or pledged, no captive freed.
    if ((frame == "launch" || frame == "release") && n.kind == NumberKind::kMoney) continue;
    // "released a video showing 15 hostages", "released figures showing 40,000 jobs lost":
    // what is released there is a record, not a captive.
    if (frame == "release" && releases_a_record(t, token, window.end)) continue;
    // "with debts of €3.1bn, and its 52 planes stayed on the ground", "employs 8,200 people
    // and operates 52 aircraft": a sum's predicate frames no count, and a workforce's none
    // of things that are no people.
    if (n.kind == NumberKind::kCount &&
        (lexicon::is_sum_predicate(frame) ||
         (lexicon::is_workforce_predicate(frame) && lexicon::has_unit_class(unit) &&
          !lexicon::is_workforce_class(lexicon::unit_class(unit)))))
      continue;
    // "in March": a capitalised month name is a time, not a march.
    if (lexicon::month_number(word) != 0 && t.slice(t.tokens[token].span)[0] >= 'A' &&
        t.slice(t.tokens[token].span)[0] <= 'Z')
      continue;
    if (token >= at && token <= figure_end) continue;
    if (token < at && speaks_before(t, lower, token, at)) continue;
    const uint32_t from = token > last ? figure_end : token, to = token > last ? token : at;
    size_t distance = to - from;
    if (separates_figure(t, lower, from, to, at, last)) {
      if (within_clause) continue;
      distance += kBoundaryPenalty;
    }
    if (distance > kFrameWindow) continue;
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
    // "damaged or destroyed": two predicates joined by "or" are one of their own, neither.
    if (const std::string_view other = frame_joined_by_or(t, lower, token, window);
        !other.empty() && other != chosen)
      best = std::min(chosen, other) == chosen ? std::string(chosen).append("/").append(other)
                                               : std::string(other).append("/").append(chosen);
  }
  // "a $1.1 billion recall charge": two frame words right after a sum make a compound whose
  // head, the second, is what the sum is.
  if (n.kind == NumberKind::kMoney && last + 2 < t.sentences[n.sentence].end_token &&
      t.tokens[last + 1].kind == TokenKind::kWord && t.tokens[last + 2].kind == TokenKind::kWord) {
    const std::string_view head = lexicon::frame_of(lower.token(last + 2));
    if (!lexicon::frame_of(lower.token(last + 1)).empty() && !head.empty() && head != "value")
      return std::string(head);
  }
  return std::string(best);
}

// "About 14,500 people living within a 5 km radius of the plant were evacuated": when no
// predicate is near a count, the passive verb its long subject ends at ("were evacuated",
// "have been arrested"), up to a comma or another count, frames it.
std::string passive_predicate_after(const DocumentText& t, const LowercaseText& lower,
                                    uint32_t sentence, uint32_t last) {
  constexpr uint32_t kSubjectTokens = 16;
  const Sentence& s = t.sentences[sentence];
  const uint32_t end = std::min(s.end_token, last + 1 + kSubjectTokens);
  for (uint32_t k = last + 1; k + 1 < end; ++k) {
    const std::string_view text = t.slice(t.tokens[k].span);
    if (text == "(") {  // "a 5 km (three-mile) radius": read past the brackets
      while (k + 1 < end && t.slice(t.tokens[k].span) != ")") ++k;
      continue;
    }
    if (text == "," || text == ";" || text == ":") return std::string();
    if (t.tokens[k].kind != TokenKind::kWord) continue;
    const std::string_view w = lower.token(k);
    if (lexicon::find_reporting_verb(std::string(w)) != nullptr) return std::string();
    if (!lexicon::is_be_form(w)) continue;
    uint32_t verb = k + 1;
    if (verb < end && t.tokens[verb].kind == TokenKind::kWord && lower.token(verb) == "been")
      ++verb;
    if (verb >= end || t.tokens[verb].kind != TokenKind::kWord) return std::string();
    return std::string(lexicon::frame_of(lower.token(verb)));
  }
  return std::string();
}

// "The death toll in <a long phrase> rose to 288": when no predicate is near, a level verb
// just before the figure sends the search to the sentence's subject, however long it is.
std::string predicate_of_subject(const DocumentText& t, uint32_t sentence, uint32_t at) {
  constexpr uint32_t kVerbReach = 3;  // "rose to", "has reached", "stood at"
  const Sentence& s = t.sentences[sentence];
  uint32_t verb = at;
  for (uint32_t k = at; k-- > s.first_token && at - k <= kVerbReach;) {
    if (t.tokens[k].kind != TokenKind::kWord) continue;
    std::string w;
    assign_lowercase(w, t.slice(t.tokens[k].span));
    if (lexicon::is_level_verb(w)) {
      verb = k;
      break;
    }
  }
  if (verb == at) return std::string();
  constexpr uint32_t kSubjectTokens = 40;  // a subject longer than this is not read
  std::string w;
  for (uint32_t k = verb > s.first_token + kSubjectTokens ? verb - kSubjectTokens : s.first_token;
       k < verb; ++k) {
    if (t.tokens[k].kind != TokenKind::kWord) continue;
    assign_lowercase(w, t.slice(t.tokens[k].span));
    if (const std::string_view frame = lexicon::frame_of(w); !frame.empty())
      return std::string(frame);
  }
  return std::string();
}

// A place name of up to three capitalised words from token k, folded, and the token after it.
std::pair<std::string, uint32_t> place_name_at(const Clause& c, uint32_t k, uint32_t limit) {
  std::string name;
  uint32_t words = 0;
  while (k < limit && words < kMaxPlaceWords && c.capitalised(k)) {
    if (!name.empty()) name += ' ';
    name += c.word(k);
    ++k;
    ++words;
  }
  return {name, k};
}

// "as a whole" at token k.
bool as_a_whole(const Clause& c, uint32_t k, uint32_t limit) {
  return k + 2 < limit && c.word(k) == "as" && c.word(k + 1) == "a" && c.word(k + 2) == "whole";
}

// Reads the place after a locative word at token k ("in Paris", "across the country",
// "throughout France"). Returns whether one was found.
bool read_place(const Clause& c, uint32_t k, uint32_t limit, bool measure, QuantityFrame& f,
                std::string& national_name) {
  bool national = false;
  if (!c.is_word(k)) return false;
  const std::string_view w = c.word(k);
  // A distance is from or of a reference place ("170 km north of X", "280 km from Y").
  if (!lexicon::is_locative(w, national) && !(measure && lexicon::is_reference_word(w)))
    return false;
  ++k;
  if (k + 1 < limit && c.word(k) == "the" && lexicon::is_country_noun(c.word(k + 1))) {
    f.national = true;
    return true;
  }
  // "across five provinces", "throughout the affected districts": a whole made of several
  // divisions, not one of them.
  if (national) {
    constexpr uint32_t kDivisionsReach = 3;
    for (uint32_t j = k; j < limit && j < k + kDivisionsReach; ++j) {
      const std::string_view x = c.word(j);
      if (x.size() < 2 || x.back() != 's') continue;
      const std::string one = x.ends_with("ies") ? std::string(x.substr(0, x.size() - 3)) + "y"
                                                 : std::string(x.substr(0, x.size() - 1));
      if (lexicon::is_division_noun(one)) {
        // "across three districts of Orvel province", "in northern Texas": divisions of a
        // named part are no whole.
        const uint32_t next = j + 1;
        if (next < limit && c.is_word(next) &&
            (c.word(next) == "of" || c.word(next) == "in" || c.capitalised(next)))
          return false;
        f.national = true;
        return true;
      }
    }
  }
  // "from the town of Zorvash": the place is named after its kind.
  if (k + 3 < limit && c.word(k) == "the" && lexicon::is_local_place_noun(c.word(k + 1)) &&
      c.word(k + 2) == "of" && c.capitalised(k + 3))
    k += 3;
  if (k + 1 < limit && c.word(k) == "the" && lexicon::is_local_place_noun(c.word(k + 1))) {
    f.local = true;
    return true;
  }
  auto [name, after] = place_name_at(c, k, limit);
  if (name.empty()) return false;
  // "in Ukraine's Donetsk region": the division is the place, not the country owning it.
  if (after < limit && c.is_word(after) && lexicon::is_division_noun(c.word(after)))
    for (std::string_view owner_mark : {std::string_view("'s "), std::string_view("\u2019s ")})
      if (const size_t at = name.rfind(owner_mark); at != std::string::npos)
        name = name.substr(at + owner_mark.size());
  // "in June", "on Tuesday": a month or a weekday is a time, not a place.
  if (after == k + 1 && (lexicon::month_number(name) != 0 || lexicon::weekday_number(name) >= 0))
    return false;
  if (after < limit && c.is_word(after) && !c.capitalised(after) &&
      !lexicon::may_follow_place(c.word(after)) && !lexicon::is_division_noun(c.word(after)))
    return false;  // "in Maui wildfires": the name describes the fires
  if (national || as_a_whole(c, after, limit)) {
    f.national = true;
    national_name = name;
    return true;
  }
  f.place = name;
  return true;
}

// Whether the figure's clause puts it at one site: "there", or "at"/"in" followed within a few
// tokens by a site noun, through "the", possessives and names only ("at the plant", "at
// Kestrel's Dunmore works", "in the area").
bool at_site(const Clause& c) {
  constexpr uint32_t kSiteReach = 4;
  for (uint32_t k = c.begin(); k < c.end(); ++k) {
    if (k >= c.first() && k <= c.last()) continue;
    if (!c.is_word(k)) continue;
    const std::string_view w = c.word(k);
    if (k > c.last() && lexicon::is_site_adverb(w)) return true;
    if (!lexicon::is_site_locative(w)) continue;
    for (uint32_t j = k + 1; j < c.end() && j <= k + kSiteReach; ++j) {
      if (!c.is_word(j)) {
        const std::string_view p = c.text(j);
        if (p == "'" || p == "\u2019") continue;
        break;
      }
      const std::string_view x = c.word(j);
      if (lexicon::is_site_noun(x)) return true;
      if (x == "the" || x == "its" || x == "their" || x == "s" || x.ends_with("'s") ||
          x.ends_with("\u2019s") || c.capitalised(j))
        continue;
      break;
    }
  }
  return false;
}

// The unit a sum is the price of: "share" in "$38 a share", "US$ 38 per share", "a $33-a-share
// approach", "$38 for each Corvane share" is not read (the sum and its unit are apart). "" for
// a sum that is no price of one unit.
std::string per_unit_after(const Clause& c) {
  uint32_t k = c.last() + 1;
  if (k < c.end() && !c.is_word(k) && c.text(k) == "-") ++k;  // "$33-a-share"
  if (c.is_word(k)) {                                         // "a-share" read as one word
    const std::string_view w = c.word(k);
    const size_t dash = w.find('-');
    if (dash != std::string::npos && lexicon::is_per_unit_lead(w.substr(0, dash)) &&
        lexicon::is_per_unit_noun(w.substr(dash + 1)))
      return std::string(w.substr(dash + 1));
  }
  // "40m shares at 21 dalens apiece", "sold shares at $21 each": the unit is the noun before
  // "at".
  if (c.is_word(k) && (c.word(k) == "each" || c.word(k) == "apiece") &&
      c.first() >= c.begin() + 2 && c.is_word(c.first() - 2) && c.word(c.first() - 1) == "at") {
    std::string_view noun = c.word(c.first() - 2);
    if (noun.ends_with('s')) noun.remove_suffix(1);
    return lexicon::is_per_unit_noun(noun) ? std::string(noun) : std::string();
  }
  if (!c.is_word(k) || !lexicon::is_per_unit_lead(c.word(k))) return {};
  ++k;
  if (k < c.end() && !c.is_word(k) && c.text(k) == "-") ++k;
  if (!c.is_word(k) || !lexicon::is_per_unit_noun(c.word(k))) return {};
  return std::string(c.word(k));
}

// What a word says changed: its class, else the frame it names ("net income fell" and "net
// profit fell" are both changes of profit), else the word.
std::string changed_class(std::string_view w) {
  if (!lexicon::has_unit_class(w) && !lexicon::frame_of(w).empty())
    return std::string(lexicon::frame_of(w));
  return std::string(lexicon::unit_class(w));
}

// What a share is of ("12% of its staff") or what changed by it ("profit fell 38%").
std::string share_of(const Clause& c) {
  uint32_t k = c.last() + 1;
  // "the 50% quorum", "above the 5% threshold": the share is the bar itself.
  if (k < c.end() && c.is_word(k) && lexicon::is_threshold_noun(c.word(k)))
    return std::string("threshold");
  if (k < c.end() && c.is_word(k) && c.word(k) == "of") {
    ++k;
    while (k < c.end() && c.is_word(k) && lexicon::is_share_filler(c.word(k))) ++k;
    // The head of a short run ("of secondary school teachers", "of its staff walked out"):
    // its last word that the tables class, else its first word.
    std::string head, first_word;
    for (uint32_t n = 0; k < c.end() && n < 3 && c.is_word(k); ++k, ++n) {
      const std::string_view w = c.word(k);
      if (lexicon::is_stop_word(w) ||
          (!lexicon::frame_of(w).empty() && !lexicon::has_unit_class(w)))
        break;
      if (first_word.empty()) first_word = w;
      if (lexicon::has_unit_class(w)) head = w;
    }
    if (head.empty()) head = first_word;
    if (!head.empty()) return std::string(lexicon::unit_class(head));
  }
  // "a 41% drop in net income", "a 5% rise in sales": what the change noun after the figure
  // is a change in, the first word after "in" that frames or classes.
  if (k < c.end() && c.is_word(k) && lexicon::is_change_noun(c.word(k)) && k + 1 < c.end() &&
      c.is_word(k + 1) && c.word(k + 1) == "in") {
    constexpr uint32_t kChangedReach = 4;
    for (uint32_t j = k + 2; j < c.end() && j < k + 2 + kChangedReach && c.is_word(j); ++j) {
      const std::string_view w = c.word(j);
      if (lexicon::has_unit_class(w) || !lexicon::frame_of(w).empty()) return changed_class(w);
    }
  }
  // "<subject> fell (by) 38%", "shares closed down 4.5%", "net profit in the quarter fell
  // 38%": the nearest word before the verb that frames or classes, else the word before it.
  constexpr uint32_t kSubjectReach = 5;
  uint32_t v = c.first();
  // "fell more than 8%", "rose by about 5%": hedges before the figure are read through.
  while (v > c.begin() && c.is_word(v - 1) && lexicon::is_figure_hedge(c.word(v - 1))) --v;
  if (v > c.begin() && c.is_word(v - 1) && (c.word(v - 1) == "by" || c.word(v - 1) == "to")) --v;
  bool changed = false;
  if (v > c.begin() && c.is_word(v - 1) && lexicon::is_change_adverb(c.word(v - 1))) {
    --v;
    changed = true;
  }
  if (v > c.begin() && c.is_word(v - 1) &&
      (lexicon::is_change_verb(c.word(v - 1)) || lexicon::is_market_move_verb(c.word(v - 1)))) {
    --v;
    changed = true;
  } else if (changed && v > c.begin() && c.is_word(v - 1) &&
             !lexicon::has_unit_class(c.word(v - 1))) {
    --v;  // "closed down", "ended up": the verb before the adverb ("its shares down 11%": a noun)
  }
  if (!changed) return std::string();
  // "Shares in payments app Tovel Payments jumped 28%": a name right before the verb is the
  // subject's complement; what changed is the noun before "in" or "of" that leads it, and
  // none is read from the name.
  if (v > c.begin() + 1 && c.capitalised(v - 1)) {
    constexpr uint32_t kLeadReach = 10;
    for (uint32_t j = v - 1; j-- > c.begin() && v - j <= kLeadReach;) {
      if (!c.is_word(j) || !c.is_word(j + 1)) break;
      const std::string_view w = c.word(j);
      // "Shares in X", "Sales at X", "the value of X".
      const std::string_view lead = c.word(j + 1);
      if ((lead == "in" || lead == "of" || lead == "at") &&
          (lexicon::has_unit_class(w) || !lexicon::frame_of(w).empty()))
        return changed_class(w);
    }
    return std::string();
  }
  for (uint32_t j = v; j-- > c.begin() && v - j <= kSubjectReach;) {
    if (!c.is_word(j)) continue;
    const std::string_view w = c.word(j);
    if (lexicon::has_unit_class(w) || !lexicon::frame_of(w).empty()) return changed_class(w);
  }
  if (v > c.begin() && c.is_word(v - 1)) {
    const std::string_view noun = c.word(v - 1);
    if (!lexicon::is_stop_word(noun)) return std::string(lexicon::unit_class(noun));
  }
  return std::string();
}

// The economic indicator a share measures where nothing after it says what it is of:
// "inflation was 6.8%", "consumer prices rose 6.8%", "raised its policy rate by 50 basis
// points to 4.75%", "6.8% inflation" (kIndicatorNouns).
struct Indicator {
  std::string what;  // "inflation", "core inflation", "unemployment", "rate", ... or ""
  // "prices rose 6.8%", "the economy grew 1.1%": the change is the indicator's level.
  bool level_of_change = false;
  // Its own subject, after the figure before it, names a measure that heads no indicator
  // ("and lifts defence spending by 18%", "with profit up 8%"): the share is no elided one
  // of the figure before it.
  bool own_subject = false;
};

// The indicator whose head word is at token k, read with the modifiers and the indicator
// before it: "the youth unemployment rate", "annual core inflation", "its main policy rate",
// "spending growth". None when the word heads no indicator.
Indicator indicator_at(const Clause& c, uint32_t k) {
  const std::string head(c.word(k));
  const std::string_view klass = lexicon::indicator_class(head);
  if (klass.empty()) return {};
  Indicator found{std::string(klass), lexicon::is_level_of_change_indicator(head)};
  // "the unemployment rate" is unemployment, "the inflation target" a target, "value-added
  // tax" VAT.
  const bool compound_head = klass == "rate" || klass == "target" || klass == "tax";
  std::vector<std::string_view> prefixes;  // right to left
  constexpr uint32_t kModifierReach = 4;
  uint32_t j = k;
  for (; j > c.sentence_begin() && k - j < kModifierReach; --j) {
    if (!c.is_word(j - 1)) break;
    const std::string_view w = c.word(j - 1);
    // An indicator right before a compound head is read before a modifier: "the income tax
    // rate" is income tax, "value-added tax" VAT.
    const std::string_view inner = lexicon::indicator_class(w);
    if (compound_head && prefixes.empty() && !inner.empty() && inner != "rate" &&
        inner != "target") {
      if (klass == "rate" || (klass == "tax" && inner == "vat"))
        found = {std::string(inner), false};
      continue;
    }
    std::string_view prefix;
    if (lexicon::indicator_modifier(w, prefix)) {
      if (!prefix.empty()) prefixes.push_back(prefix);
      continue;
    }
    break;
  }
  // Another noun before it names another measure ("oil prices", "revenue growth", "the
  // success rate", "a dividend yield"): only a function word, a possessive, a name, a verb
  // or the sentence's start may stand there.
  if (j > c.sentence_begin() && c.is_word(j - 1)) {
    const std::string_view w = c.word(j - 1);
    const bool possessive =
        w.ends_with("'s") || w.ends_with("\u2019s") || (w == "s" && j >= 2 && !c.is_word(j - 2));
    // A capital opening the sentence is no name ("Oil prices fell").
    const bool name = c.capitalised(j - 1) && j - 1 > c.sentence_begin();
    // "its 3 per cent target": the share's own unit.
    const bool share_unit = lexicon::is_share_unit_word(w);
    if (!possessive && !name && !share_unit && !lexicon::is_stop_word(w) &&
        !lexicon::is_indicator_gap_word(w) && !lexicon::is_forecast_word(w) &&
        !lexicon::is_indicator_forecast_word(w))
      return {};
  }
  // Right to left: "the youth unemployment rate", "annual income tax".
  for (const std::string_view prefix : prefixes) found.what.insert(0, std::string(prefix) + " ");
  return found;
}

// The last word of the run of indicator words starting at token k: "inflation target",
// "rate" in "policy rate rise".
uint32_t indicator_run_end(const Clause& c, uint32_t k) {
  uint32_t head = k;
  while (head + 1 < c.end() && c.is_word(head + 1) &&
         !lexicon::indicator_class(c.word(head + 1)).empty())
    ++head;
  return head;
}

// Whether a subordinating word stands between the figure and token k: "drew 40,000 fans
// before it returns next year" dates the return, not the figure.
constexpr std::string_view kSeatCount = "count|seats";
constexpr std::string_view kLoss = "loss";
constexpr std::string_view kInjury = "injury";
// The subgroup of captives by whether they are still held or were freed.
constexpr std::string_view kCaptiveStatus = "captive";
constexpr std::string_view kStillHeld = "still held";
constexpr std::string_view kFreed = "freed";
constexpr std::string_view kRelease = "release";

// The holder of several holders' figure together ("the three parties hold 76 seats").
constexpr std::string_view kJointHolder = "together";

// "three" in "the three parties": a small number in words or digits.
bool is_small_count_word(std::string_view word);

// The subgroup dimension of how badly people were hurt ("critically", "serious").
constexpr std::string_view kSeverity = "severity";

// The restriction of a level required ("needs more than 50% to win").
constexpr std::string_view kRequired = "required";

// A whole number from 1 to 100 written as a word or digits ("four", "a", "12"), else 0.
int small_number(std::string_view word) {
  constexpr int kMax = 100;
  int value = 0;
  if (auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
      error == std::errc() && end == word.data() + word.size())
    return value > 0 && value <= kMax ? value : 0;
  return lexicon::small_number_word(word);
}

bool is_small_count_word(std::string_view word) {
  return small_number(word) > 1;
}

bool subordinate_between(const Clause& c, uint32_t k) {
  const uint32_t from = k < c.first() ? k + 1 : c.last() + 1, to = k < c.first() ? c.first() : k;
  for (uint32_t j = from; j < to; ++j)
    if (c.is_word(j) && lexicon::is_subordinator(c.word(j))) return true;
  return false;
}

// The indicator a share measures: the noun right after it ("6.8% inflation", "its 3% target",
// "a 4.75% policy rate"), else its subject, read back through verbs, prepositions, hedges,
// time words, a relative clause set off by commas ("core inflation, which strips out food,
// stood at 5.1%") and a figure it goes to or from ("its rate from 4.25% to 4.75%"). Any
// other word before the indicator is the subject instead ("wages rose 3%", "the mark rose
// 1.2%"), and then there is none.
Indicator indicator_near(const Clause& c) {
  constexpr uint32_t kModifiersAfter = 3;
  for (uint32_t k = c.last() + 1; k < c.end() && k <= c.last() + kModifiersAfter && c.is_word(k);
       ++k) {
    if (!lexicon::indicator_class(c.word(k)).empty()) {
      // "its 2% inflation target" is a target; "a 0.25% rate rise" the size of a change.
      const uint32_t head = indicator_run_end(c, k);
      if (head + 1 < c.end() && c.is_word(head + 1) && lexicon::is_change_noun(c.word(head + 1)))
        return {};
      return indicator_at(c, head);
    }
    std::string_view prefix;
    if (!lexicon::indicator_modifier(c.word(k), prefix)) break;
  }
  constexpr uint32_t kSubjectReach = 16;    // tokens read back from the share
  constexpr uint32_t kAsideReach = 12;      // tokens of a relative clause between commas
  bool bridged = false;                     // "to" or "from" read since the last figure
  bool crossed_figure = false;              // a figure it goes to or from was read over
  constexpr uint32_t kAppositiveReach = 5;  // tokens from the figure to the comma closing it
  const bool appositive = c.end() < c.sentence_end() && c.text(c.end()) == "," &&
                          c.end() - c.last() <= kAppositiveReach;
  uint32_t k = c.first();
  for (uint32_t read = 0; k > c.sentence_begin() && read < kSubjectReach; ++read) {
    --k;
    if (!c.is_word(k)) {
      if (c.year_at(k) != 0) continue;  // "for 2027"
      const std::string_view p = c.text(k);
      if (p == "%") continue;
      if (std::isdigit(static_cast<unsigned char>(p[0]))) {
        // "from 4.25% to 4.75%", "by 50 basis points to 4.75%": the figure it changes from or by.
        if (!bridged) return {};
        bridged = false;
        crossed_figure = true;
        continue;
      }
      if (p != ",") return {};
      // ", which strips out food and energy,": the relative clause is read over.
      bool aside = false;
      for (uint32_t j = k; j-- > c.sentence_begin() && k - j <= kAsideReach;) {
        if (c.is_word(j) || c.text(j) != ",") continue;
        if (c.is_word(j + 1) && lexicon::is_relative_pronoun(c.word(j + 1))) {
          k = j;
          aside = true;
        }
        break;
      }
      // "inflation, at 6.8% in October, was": a figure set off by commas describes the noun
      // before them; "On inflation, 48% said" does not.
      if (!aside && !appositive) return {};
      continue;
    }
    const std::string_view w = c.word(k);
    if (w == "to" || w == "from") bridged = true;
    if (lexicon::is_share_unit_word(w)) continue;
    if (lexicon::is_indicator_gap_word(w) || lexicon::is_figure_hedge(w) ||
        lexicon::is_indicator_estimate(w) || (c.capitalised(k) && lexicon::month_number(w) != 0))
      continue;
    Indicator found = indicator_at(c, k);
    if (found.what.empty())
      found.own_subject = !crossed_figure && lexicon::is_measure_subject_noun(w);
    return found;
  }
  return {};
}

constexpr std::string_view kAgainst = "against";  // the subgroup dimension of a currency move

// The currency a move is measured against, in the few words after the figure: "against the
// dollar", "on the US dollar", "versus the euro"; "" when none.
std::string_view counter_currency_after(const Clause& c) {
  constexpr uint32_t kReach = 3;  // "0.9% firmer against the euro"
  for (uint32_t k = c.last() + 1; k < c.end() && k <= c.last() + kReach; ++k) {
    if (!c.is_word(k) || !lexicon::is_against_word(c.word(k))) continue;
    // "on" only as "on the (US) dollar": not "on the weaker dollar", "on dollar deposits".
    const bool on = c.word(k) == "on";
    if (on && !(c.is_word(k + 1) && c.word(k + 1) == "the")) return {};
    for (uint32_t j = k + 1; j < c.end() && j <= k + 3 && c.is_word(j); ++j) {
      if (const std::string_view code = lexicon::counter_currency(c.word(j)); !code.empty())
        return code;
      if (on && j > k + 1 && c.word(j) != "us") return {};
    }
    return {};
  }
  return {};
}

// Whether the clause says a change is a sum of several: "in total" or "cumulative" after
// the figure, "a total of" or "cumulative" right before it (not "total sales rose 5%").
bool totals_changes(const Clause& c) {
  constexpr uint32_t kReach = 4;
  for (uint32_t k = c.last() + 1; k < c.end() && k <= c.last() + kReach; ++k)
    if (c.is_word(k) && ((c.word(k) == "in" && c.is_word(k + 1) && c.word(k + 1) == "total") ||
                         c.word(k) == "cumulative"))
      return true;
  const uint32_t f = c.first();
  return (f >= c.begin() + 2 && c.is_word(f - 1) && c.word(f - 1) == "of" && c.is_word(f - 2) &&
          c.word(f - 2) == "total") ||
         (f > c.begin() && c.is_word(f - 1) && c.word(f - 1) == "cumulative");
}

// Which side of a tally a count of votes is: "for" before "-"/"to" and another figure
// ("voted 5-2", "five votes to two"), "against" after them ("5-2", "by 214 votes to 198"),
// else "".
constexpr std::string_view kTallySide = "side";  // the subgroup dimension of a tally's side

std::string_view tally_side(const Analysis& a, const NumberMention& n, const Clause& c) {
  const DocumentText& t = a.documents[n.doc].text;
  // A dash ends a clause, so the tally is read in the sentence.
  const uint32_t sentence_end = t.sentences[n.sentence].end_token;
  const uint32_t sentence_begin = c.sentence_begin();
  auto joins = [&](uint32_t k) {
    return k < sentence_end &&
           (c.is_word(k) ? c.word(k) == "to" : c.text(k) == "-" || c.text(k) == "\u2013");
  };
  auto figure_at = [&](uint32_t k) {
    return k < sentence_end && !c.is_word(k) &&
           std::isdigit(static_cast<unsigned char>(c.text(k)[0]));
  };
  // A figure's first token: digits, or a number word the extractor read ("two").
  auto number_at = [&](uint32_t k) {
    if (figure_at(k)) return true;
    if (!c.is_word(k)) return false;
    const uint32_t begin = t.tokens[k].span.begin;
    const auto it =
        std::lower_bound(a.numbers.begin(), a.numbers.end(), std::pair{n.doc, begin},
                         [](const NumberMention& m, const std::pair<uint32_t, uint32_t>& key) {
                           return std::pair{m.doc, m.span.begin} < key;
                         });
    return it != a.numbers.end() && it->doc == n.doc && it->span.begin == begin;
  };
  uint32_t after = c.last() + 1;
  if (after < sentence_end && c.is_word(after) && c.word(after) == "votes") ++after;
  if (joins(after) && number_at(after + 1)) return "for";
  uint32_t before = c.first();
  if (before > sentence_begin && joins(before - 1)) {
    uint32_t k = before - 1;
    if (k > sentence_begin && c.is_word(k - 1) && c.word(k - 1) == "votes") --k;
    if (k > sentence_begin && number_at(k - 1)) return "against";
  }
  return {};
}

// Whether the figure is in points: "8 percentage points", "a gap of 2.4 points", "a 3-point
// lead".
bool in_points(const Clause& c) {
  for (uint32_t k = c.first(); k <= c.last() + 1 && k < c.end(); ++k)
    if (c.is_word(k) && (c.word(k) == "points" || c.word(k) == "point")) return true;
  return false;
}

// Whether the figure states a change rather than a level: "up 12", "rose by 12", "fell 38%",
// "an increase of 19", "12 more" (but "rose to 55" is the level reached).
// "3.2% lower", "4% higher than a year earlier": a comparative right after the figure.
bool changes_after(const Clause& c) {
  const uint32_t next = c.last() + 1;
  return next < c.end() && c.is_word(next) && lexicon::is_comparative_change(c.word(next));
}

// `market`: the figure is a share or a sum, which verbs of a market move change too.
bool is_change(const Clause& c, bool market) {
  // Points of a percentage are a difference of two shares (a lead, a swing, a fall), never a
  // share.
  if (in_points(c)) return true;
  // "closed 2.1% lower", "0.9% firmer against the euro".
  if (changes_after(c)) return true;
  if (c.last() + 1 < c.end() && c.is_word(c.last() + 1) && c.word(c.last() + 1) == "more")
    return true;
  // "a 41% drop in net income": a change noun right after the figure, then what changed.
  if (c.last() + 2 < c.end() && c.is_word(c.last() + 1) &&
      lexicon::is_change_noun(c.word(c.last() + 1)) && c.is_word(c.last() + 2) &&
      c.word(c.last() + 2) == "in")
    return true;
  // "fell more than 8%": hedges between a change verb and its figure are read through.
  uint32_t at = c.first();
  while (at > c.begin() && c.is_word(at - 1) && lexicon::is_figure_hedge(c.word(at - 1))) --at;
  if (at == c.begin() || !c.is_word(at - 1)) return false;
  const std::string_view before = c.word(at - 1);
  // "shot down 38 drones", "set up 12 camps": the adverb is a verb's particle, no change.
  const bool particle = lexicon::is_change_adverb(before) && at - 1 > c.begin() &&
                        c.is_word(at - 2) && lexicon::is_phrasal_verb(c.word(at - 2), before);
  auto change_verb = [&](std::string_view w) {
    return lexicon::is_change_verb(w) || (market && lexicon::is_market_move_verb(w));
  };
  if ((lexicon::is_change_adverb(before) && !particle) || change_verb(before)) return true;
  if (at - 1 == c.begin() || !c.is_word(at - 2)) return false;
  const std::string_view two_before = c.word(at - 2);
  if (before == "by") {
    if (change_verb(two_before)) return true;
    // "lifts defence spending by 18%", "cut its workforce by 10%": a changing verb and its
    // object before "by". Not a passive's agent ("the siege was lifted by 2,000 troops",
    // "funds raised by 40 volunteers": a counted noun after the figure).
    const uint32_t next = c.last() + 1;
    if (next < c.end() && c.is_word(next) && lexicon::has_unit_class(c.word(next))) return false;
    constexpr uint32_t kObjectReach = 4;
    for (uint32_t k = at - 1; k-- > c.begin() && at - 1 - k <= kObjectReach;) {
      if (!c.is_word(k)) return false;
      if (lexicon::is_changing_verb(c.word(k)) || change_verb(c.word(k)))
        return !(k > c.begin() && c.is_word(k - 1) && lexicon::is_be_form(c.word(k - 1)));
    }
    return false;
  }
  if (before == "of") return lexicon::is_change_noun(two_before);
  return false;
}

// The past year a relative clause holding the figure looks back to: the clause opens with
// "when" or "(in/of) which" and a year before `own_year` stands in the few tokens before it
// ("since 2004, when ... 23 lives", "the 2004 sinking of the trawler Morna, in which 23
// died"). 0 when none.
int past_year_of_relative_clause(const Clause& c, int own_year) {
  constexpr uint32_t kOpenerReach = 3;  // "when", ", in which", "during which"
  constexpr uint32_t kYearReach = 8;    // tokens from the opener back to the year
  uint32_t opener = 0;
  bool found = false;
  for (uint32_t k = c.begin() > c.sentence_begin() ? c.begin() - 1 : c.begin();
       k < c.first() && k <= c.begin() + kOpenerReach; ++k)
    if (c.is_word(k) && (c.word(k) == "when" || c.word(k) == "which")) {
      opener = k;
      found = true;
      break;
    }
  if (!found) return 0;
  for (uint32_t k = opener; k-- > c.sentence_begin() && opener - k <= kYearReach;) {
    const int y = c.year_at(k);
    if (y != 0) return y < own_year ? y : 0;
  }
  return 0;
}

constexpr std::string_view kGathering = "gathering";  // crowds, turning out, taking part

// Whether a protest word stands in the sentence or the one before or after it.
bool protest_told_near(const DocumentText& t, const LowercaseText& lower, uint32_t sentence) {
  const uint32_t from = sentence > 0 ? sentence - 1 : 0;
  const uint32_t to = std::min<uint32_t>(sentence + 2, static_cast<uint32_t>(t.sentences.size()));
  for (uint32_t s = from; s < to; ++s)
    for (uint32_t k = t.sentences[s].first_token; k < t.sentences[s].end_token; ++k)
      if (t.tokens[k].kind == TokenKind::kWord && lexicon::frame_of(lower.token(k)) == "protest")
        return true;
  return false;
}

// Whether only a comma, change adverbs and hedges (and the counted noun of the figure before)
// stand between the figure ending at token `before` and the one starting at token `at`:
// "$812 million, down 4%", "$14.6bn, 3.2% lower", "8,200 people, up 4%".
bool sets_off_after(const DocumentText& t, const LowercaseText& lower, uint32_t before,
                    uint32_t at) {
  constexpr uint32_t kReach = 4;
  if (before >= at || at - before > kReach) return false;
  bool comma = false;
  for (uint32_t k = before + 1; k < at; ++k) {
    if (t.tokens[k].kind == TokenKind::kWord) {
      const std::string_view w = lower.token(k);
      // The counted noun of the figure before ("8,200 people, up 4%").
      const bool counted = !comma && lexicon::has_unit_class(w);
      if (!counted && !lexicon::is_change_adverb(w) && !lexicon::is_figure_hedge(w)) return false;
    } else if (t.slice(t.tokens[k].span) == ",") {
      comma = true;
    } else {
      return false;
    }
  }
  return comma;
}

// Whether the figure is the level a change started from: "down from 68%", "up from 55",
// "rose from 19".
bool is_earlier_level(const Clause& c) {
  const uint32_t at = c.first();
  if (at < c.sentence_begin() + 1 || !c.is_word(at - 1) || c.word(at - 1) != "from") return false;
  // "from 4.25 per cent to 4.75 per cent" left as two figures (no range): a change from it;
  // not a range told with units on both ends ("sentences range from 3 years to 10 years").
  if (const uint32_t next = c.last() + 1;
      next + 1 < c.sentence_end() && c.is_word(next) && c.word(next) == "to" &&
      std::isdigit(static_cast<unsigned char>(c.text(next + 1)[0]))) {
    constexpr uint32_t kRangeReach = 3;
    for (uint32_t k = at - 1; k-- > c.sentence_begin() && at - 1 - k <= kRangeReach;)
      if (c.is_word(k) && lexicon::is_range_verb(c.word(k))) return false;
    return true;
  }
  if (at < c.begin() + 2) return false;
  if (!c.is_word(at - 2)) {
    // "raises VAT to 22% from 20%": the level it goes to stands before "from".
    // (The clause ends at that figure: the sentence is read.)
    uint32_t k = at - 2;
    constexpr uint32_t kFigureTokens = 4;  // "22", "%" or "22", "per", "cent"
    while (k > c.sentence_begin() && at - 2 - k < kFigureTokens && !c.is_word(k)) --k;
    return k > c.sentence_begin() && k + 1 < at - 1 && c.is_word(k) && c.word(k) == "to" &&
           std::isdigit(static_cast<unsigned char>(c.text(k + 1)[0]));
  }
  const std::string_view before = c.word(at - 2);
  return lexicon::is_change_adverb(before) || lexicon::is_change_verb(before) ||
         lexicon::is_level_verb(before);
}

// A figure written as a year after an article or a time word ("a 1960 tsunami", "since
// 2018"): a year, whatever the extractor took for its counted noun.
bool looks_like_year(const Clause& c) {
  const uint32_t at = c.first();
  return at == c.last() && c.year_at(at) != 0 && at > c.begin() && c.is_word(at - 1) &&
         lexicon::is_year_lead(c.word(at - 1));
}

// What a bare figure counts when its clause names it after "of" before it: "the number of
// buildings destroyed is 1,700", "the estimate of evacuees rose to 4,000". Else "".
// The noun may follow a name or a determiner ("the number of Brisca passengers stranded
// abroad at 21,000", "the number of the airline's staff").
std::string_view classed_noun_before(const Clause& c) {
  constexpr uint32_t kNounReach = 3;  // words after "of" read for the counted noun
  for (uint32_t k = c.first(); k-- > c.begin() + 1;) {
    if (!c.is_word(k) || !c.is_word(k - 1) || c.word(k - 1) != "of") continue;
    for (uint32_t j = k; j < c.first() && j < k + kNounReach && c.is_word(j); ++j) {
      const std::string_view w = c.word(j);
      if (lexicon::has_unit_class(w)) return lexicon::unit_class(w);
      if (!c.capitalised(j) && w != "the" && w != "its" && w != "their" && !w.ends_with("'s") &&
          !w.ends_with("\u2019s"))
        break;
    }
  }
  // "put the crowd at some 80,000", "estimated the crowd at 15,000": what is put at the
  // figure is what it counts (a few hedge words may stand between "at" and the figure).
  constexpr uint32_t kHedgeWords = 3;
  for (uint32_t k = c.first(); k-- > c.begin() + 1 && c.first() - k <= kHedgeWords + 1;) {
    if (!c.is_word(k)) break;
    if (c.word(k) != "at") continue;
    if (!c.is_word(k - 1)) break;
    const std::string_view w = c.word(k - 1);
    if (lexicon::has_unit_class(w)) return lexicon::unit_class(w);
    break;
  }
  return std::string_view();
}

std::string lower(std::string_view s) {
  std::string out;
  assign_lowercase(out, s);
  return out;
}

// The token after a possessor starting at token k, before `limit`: "its", "their", or up to
// four words whose last ends in "'s" ("Brisca's", "insolvent Brisca Air's", "the Ardenian
// carrier's"); k when there is none.
uint32_t after_possessor(const DocumentText& t, uint32_t k, uint32_t limit) {
  constexpr uint32_t kMaxPossessorWords = 4;
  uint32_t words = 0;
  for (uint32_t j = k; j < limit; ++j) {
    const std::string_view x = t.slice(t.tokens[j].span);
    if (t.tokens[j].kind != TokenKind::kWord) {
      if (x == "'" || x == "\u2019") continue;
      break;
    }
    if (++words > kMaxPossessorWords) break;
    const std::string w = lower(x);
    if (j == k && (w == "its" || w == "their")) return j + 1;
    if (w.ends_with("'s") || w.ends_with("\u2019s")) return j + 1;
    if (w == "s" && j > k && t.tokens[j - 1].kind != TokenKind::kWord) return j + 1;
  }
  return k;
}

int year_of(std::string_view date) {
  if (date.size() < 4) return 0;
  int y = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (date[i] < '0' || date[i] > '9') return 0;
    y = y * 10 + (date[i] - '0');
  }
  return y;
}

// Who counted the figure whose tokens are [first, last], read between the figures beside it
// in its sentence, tokens [from, to): the word before the nearest counting verb before the
// figure ("the police counted 26,000"), else "according to X" before it, else "according to
// X" or "X said" after it. Folded, or "" (a pronoun or other stop word names no one).
std::string counter_of(const DocumentText& t, const LowercaseText& lower, uint32_t from,
                       uint32_t first, uint32_t last, uint32_t to) {
  auto word = [&](uint32_t k) {
    return t.tokens[k].kind == TokenKind::kWord ? lower.token(k) : std::string_view();
  };
  auto named = [&](std::string_view w) {
    return w.empty() || lexicon::is_stop_word(w) ? std::string() : std::string(w);
  };
  // "according to (the) X" at token k: X, else "".
  auto according = [&](uint32_t k) {
    if (k + 2 >= to || word(k) != "according" || word(k + 1) != "to") return std::string();
    // The head of a short name: its last word before a stop word ("the Interior Ministry
    // of ..." gives "ministry", "internal police sources" gives "sources").
    constexpr uint32_t kNameWords = 4;
    uint32_t x = k + 2;
    while (x + 1 < to && lexicon::is_share_filler(word(x))) ++x;
    std::string head;
    for (uint32_t n = 0; x < to && n < kNameWords; ++x, ++n) {
      std::string w = named(word(x));
      if (w.empty()) break;
      head = std::move(w);
    }
    return head;
  };
  for (uint32_t k = first; k-- > from;) {
    if (lexicon::is_counting_verb(word(k))) return k > from ? named(word(k - 1)) : std::string();
    if (std::string x = according(k); !x.empty()) return x;
  }
  for (uint32_t k = last + 1; k < to; ++k) {
    if (std::string x = according(k); !x.empty()) return x;
    if (lexicon::is_counting_verb(word(k)))
      return k > last + 1 ? named(word(k - 1)) : std::string();
  }
  return std::string();
}

// The words of a short label that opens the sentence and ends in a colon before the figure
// at token `figure` ("Job cuts: ~4,500", "Full-year revenue guidance: now $56B"), folded; empty
// when there is none.
std::vector<std::string> label_before(const DocumentText& t, uint32_t sentence, uint32_t figure) {
  constexpr uint32_t kMaxLabelWords = 4;
  constexpr uint32_t kMaxAfterColon = 2;  // "now", "~", "about"
  const uint32_t first = t.sentences[sentence].first_token;
  // The colon first: most sentences have none, and their words are not copied.
  for (uint32_t k = first; k < figure && k - first <= kMaxLabelWords; ++k) {
    const Token& tok = t.tokens[k];
    if (tok.kind == TokenKind::kPunct && t.slice(tok.span) == ":") {
      if (k == first || figure - k - 1 > kMaxAfterColon) return {};
      for (uint32_t j = k + 1; j < figure; ++j)
        if (t.tokens[j].kind == TokenKind::kNumber) return {};
      std::vector<std::string> words;
      for (uint32_t w = first; w < k; ++w) words.push_back(lower(t.slice(t.tokens[w].span)));
      return words;
    }
    if (tok.kind != TokenKind::kWord) return {};
  }
  return {};
}

// `lowercase` is kept across figures (quantity_frames): it is made this figure's document's.
QuantityFrame read_frame(const Analysis& a, const NumberMention& n, const NumberMention* previous,
                         const QuantityFrame* previous_frame, std::string& national_name,
                         LowercaseText& lowercase) {
  QuantityFrame f;
  const DocumentText& t = a.documents[n.doc].text;
  if (t.sentences.empty() || n.sentence >= t.sentences.size()) {
    f.excluded = true;
    return f;
  }
  const LowercaseText& lower_text = lowercase.of(t);
  const uint32_t first = token_at(t, n.span.begin);
  uint32_t last = first;
  while (last + 1 < t.tokens.size() && t.tokens[last + 1].span.begin < n.span.end) ++last;
  const Clause c(t, lower_text, n.sentence, first, last);
  const std::string unit = lower(n.unit);
  // A share or a sum is framed by its own clause: "net profit fell 38% to $1.2 billion, while
  // revenue slipped 9%" gives the sum no revenue.
  const bool within_clause = n.kind == NumberKind::kPercent || n.kind == NumberKind::kMoney;
  f.predicate = predicate_near(t, lower_text, n, first, last, unit, within_clause);
  if (f.predicate.empty() && n.kind == NumberKind::kCount)
    f.predicate = passive_predicate_after(t, lower_text, n.sentence, last);
  // "profit fell 38% to $1.2 billion": the level after a change is the changed thing's.
  if (previous && previous_frame && previous_frame->change && first >= 2 &&
      t.tokens[first - 1].kind == TokenKind::kWord && lower_text.token(first - 1) == "to" &&
      t.tokens[first - 2].span.end == previous->span.end && !previous_frame->predicate.empty())
    f.predicate = previous_frame->predicate;
  // "a town of about 60,000", "a city of 2 million", "home to some 90,000 people": the size
  // of a place.
  if (n.kind == NumberKind::kCount) {
    static constexpr std::string_view kSizeHedges[] = {
        "about", "almost", "approximately", "around", "nearly", "roughly", "some"};
    const uint32_t floor = t.sentences[n.sentence].first_token;
    for (uint32_t k = first, skipped = 0; k > floor + 1 && skipped <= 1; ++skipped) {
      --k;
      if (t.tokens[k].kind != TokenKind::kWord) break;
      const std::string_view w = lower_text.token(k);
      if (w == "of") {
        if (t.tokens[k - 1].kind == TokenKind::kWord &&
            lexicon::is_local_place_noun(lower_text.token(k - 1)))
          f.predicate = "population";
        break;
      }
      if (w == "to") {
        if (t.tokens[k - 1].kind == TokenKind::kWord && lower_text.token(k - 1) == "home")
          f.predicate = "population";
        break;
      }
      if (std::find(std::begin(kSizeHedges), std::end(kSizeHedges), w) == std::end(kSizeHedges))
        break;
    }
  }
  if (f.predicate.empty()) f.predicate = predicate_of_subject(t, n.sentence, first);
  f.vague = n.qualifier == Qualifier::kVague;
  f.change = is_change(c, n.kind == NumberKind::kPercent || n.kind == NumberKind::kMoney);
  f.earlier = is_earlier_level(c);
  // Two sources' estimates of one quantity are one group that conflicts (estimates
  // differ), so the source is carried for the reader but never keeps figures apart.
  f.source = n.source;
  // An elided figure reads what the figure before it in the sentence counts.
  const bool previous_reads = previous && previous_frame && previous->kind == n.kind &&
                              !previous_frame->excluded && !previous_frame->measured.empty();
  // "narrowed by 1.8 percentage points to 9.6%": the share after points is a share of what
  // they are points of (and no share at all when they say of nothing).
  const std::string inherited_measure =
      !previous_reads ? std::string()
      : previous_frame->measured.starts_with(kPointsKind)
          ? (previous_frame->measured.substr(kPointsKind.size()) != kBarePoints
                 ? std::string(number_kind_name(n.kind)) + "|" +
                       previous_frame->measured.substr(kPointsKind.size())
                 : std::string())
          : previous_frame->measured;
  const bool can_inherit = !inherited_measure.empty();

  std::string what;
  bool inherited = false;  // it reads what the figure before it counts
  bool year = false;       // it is written as a year: nothing makes it a count again
  switch (n.kind) {
    case NumberKind::kCount: {
      if (looks_like_year(c)) {
        f.excluded = year = true;
      } else if (lexicon::is_anaphoric_unit(unit) && can_inherit) {
        // "killed 14 soldiers and injured 35 others": the others are soldiers too.
        f.measured = inherited_measure;
        inherited = true;
      } else if (const std::string_view frame = lexicon::frame_of(unit);
                 !frame.empty() && !lexicon::has_unit_class(unit) &&
                 (!lexicon::bare_count_class(frame).empty() ||
                  (can_inherit && unit.ends_with("ed")))) {
        // A predicate where the counted noun would be: "12,000 fled", "9 died" count people;
        // a participle after a figure ("18,400 homes damaged and 3,150 destroyed") counts
        // what the figure before it counts, by its own predicate (not a noun: "12 schools
        // and 4 hospitals").
        f.predicate = std::string(frame);
        if (const std::string_view people = lexicon::bare_count_class(frame); !people.empty()) {
          what = people;
        } else {
          f.measured = inherited_measure;
          inherited = true;
        }
      } else if (!unit.empty()) {
        what = lexicon::unit_class(unit);
        // "53 dead" died, "34 hostages" are held: the noun carries its predicate, unless a
        // release beside it ends that state ("freed 34 hostages", "released 200 detainees").
        // A role the noun names (protesters, strikers, hostages) gives way to what happened
        // to them beside it ("45 protesters were detained", "3 hostages were killed").
        if (const std::string_view implied = lexicon::implied_predicate(unit);
            !implied.empty() && f.predicate != "release" &&
            !(lexicon::is_role_predicate(implied) && !lexicon::is_role_predicate(f.predicate) &&
              !lexicon::bare_count_class(f.predicate).empty()))
          f.predicate = implied;
      } else if (can_inherit) {
        f.measured = inherited_measure;
        if (f.predicate.empty()) f.predicate = previous_frame->predicate;
        inherited = true;
      } else if (const std::string_view noun = classed_noun_before(c); !noun.empty()) {
        what = noun;
      } else if (const std::string_view bare = lexicon::bare_count_class(f.predicate);
                 !bare.empty()) {
        what = bare;
      } else {
        f.excluded = true;
      }
      break;
    }
    case NumberKind::kPercent: {
      what = share_of(c);
      // A share "of" something, or a change "in" it, says itself what it measures, unless
      // what it is of is a yardstick ("3.1% of GDP"); else an indicator near it does.
      const uint32_t next = c.last() + 1;
      const bool says_of = next < c.end() && c.is_word(next) &&
                           (c.word(next) == "of" || lexicon::is_threshold_noun(c.word(next)) ||
                            (lexicon::is_change_noun(c.word(next)) && c.is_word(next + 1) &&
                             c.word(next + 1) == "in"));
      bool own_subject = false;
      // "61.4% of registered voters cast a ballot": the share of the voters who voted is the
      // turnout, as "turnout was 61.4%" is.
      if (what == "voters") {
        constexpr uint32_t kVerbReach = 6;
        for (uint32_t k = next; k < c.end() && k <= next + kVerbReach; ++k)
          if (c.is_word(k) && lexicon::is_turnout_verb(c.word(k))) {
            what = "turnout";
            f.predicate.clear();
            f.indicator = true;
            break;
          }
      }
      // "turnout at the close of polls was 61.2%": a share framed by turnout is the turnout.
      if (what.empty() && f.predicate == "turnout") {
        what = "turnout";
        f.predicate.clear();
        f.indicator = true;
      }
      // "a 7.5% rise in health spending": a change in an indicator is a change of it.
      const bool change_in = says_of && lexicon::is_change_noun(c.word(next));
      if (change_in) {
        constexpr uint32_t kModifierReach = 3;
        for (uint32_t k = next + 2; k < c.end() && k <= next + 2 + kModifierReach && c.is_word(k);
             ++k) {
          if (!lexicon::indicator_class(c.word(k)).empty()) {
            const uint32_t head = indicator_run_end(c, k);
            // "a 5% rise in tax revenue": another noun after it is what changed.
            if (head + 1 < c.end() && c.is_word(head + 1) &&
                !lexicon::is_stop_word(c.word(head + 1)))
              break;
            if (Indicator indicator = indicator_at(c, head); !indicator.what.empty()) {
              what = std::move(indicator.what);
              f.predicate.clear();
              f.indicator = true;
            }
            break;
          }
          std::string_view prefix;
          if (!lexicon::indicator_modifier(c.word(k), prefix)) break;
        }
      }
      if (!says_of || lexicon::is_share_yardstick(what)) {
        if (Indicator indicator = indicator_near(c); indicator.own_subject) {
          own_subject = true;
        } else if (!indicator.what.empty()) {
          what = std::move(indicator.what);
          // The indicator is what the share measures: a verb near it ("cut its growth
          // forecast") says nothing of what is counted.
          f.predicate.clear();
          f.indicator = true;
          if (indicator.level_of_change) f.change = false;
        }
      }
      // "61.2% of valid votes ..., and turnout was 48.3%": a share whose own clause names a
      // predicate other than the one of the figure before it is no elided share of the same
      // thing.
      const bool own_predicate = can_inherit && !f.predicate.empty() &&
                                 !previous_frame->predicate.empty() &&
                                 f.predicate != previous_frame->predicate;
      // "revenue of $812 million, down 4% from a year earlier", "on revenue of $14.6bn, 3.2%
      // lower": a change set off by a comma right after a sum or count is the change of what
      // that figure is.
      if (what.empty() && !own_subject && previous && previous_frame && previous->kind != n.kind &&
          !previous_frame->predicate.empty() && (f.change || changes_after(c)) &&
          sets_off_after(t, lower_text, token_at(t, previous->span.end - 1), first)) {
        what = previous_frame->predicate;
        f.predicate = previous_frame->predicate;
        f.change = true;
      }
      if (what.empty() && can_inherit && !own_predicate && !own_subject) {
        f.measured = inherited_measure;
        if (f.predicate.empty()) f.predicate = previous_frame->predicate;
        f.indicator = previous_frame->indicator;
        inherited = true;
      }
      break;
    }
    case NumberKind::kMoney:
      // "$38 a share": the price of one share, its own measure ("money|usd per share").
      what = unit;
      if (const std::string per = per_unit_after(c); !per.empty()) what += " per " + per;
      break;
    default:
      what = unit;
      if (n.kind == NumberKind::kMeasure && lexicon::is_speed_unit(unit))
        if (const std::string_view variant = measure_variant_near(c); !variant.empty())
          what.append(" ").append(variant);
      break;
  }
  // A crowd, and people who took part, turned out or gathered, are protesters where a
  // protest is told of beside them ("police put the crowd at 18,000. It was the largest
  // demonstration ..."); elsewhere they are no one's in particular ("a crowd of 62,000
  // watched the final", "3,000 runners took part").
  if (f.predicate == kGathering)
    f.predicate = protest_told_near(t, lower_text, n.sentence) ? "protest" : "";
  // "Job cuts: ~4,500", "Operating margin: 4.1%", "Revenue: $14.6B": a short label opening
  // the sentence before a colon names what the figure after it is ("Job cuts: its 1999 plan"
  // names no count of a year).
  if (f.measured.empty() && !year) {
    const std::vector<std::string> label = label_before(t, n.sentence, first);
    // "Revenue guidance: $56bn-$58bn": a label of what is expected.
    for (const std::string& w : label)
      if (lexicon::is_forecast_word(w) || lexicon::is_requirement_word(w)) f.forecast = true;
    for (size_t k = label.size(); k-- > 0;)
      if (const std::string_view frame = lexicon::frame_of(label[k]); !frame.empty()) {
        if (f.predicate.empty()) f.predicate = frame;
        if (n.kind == NumberKind::kPercent && what.empty()) what = changed_class(label[k]);
        break;
      }
    if (!label.empty() && n.kind == NumberKind::kCount && what.empty() &&
        lexicon::has_unit_class(label.back())) {
      what = lexicon::unit_class(label.back());
      f.excluded = false;
    }
  }
  if (f.measured.empty()) f.measured = std::string(number_kind_name(n.kind)) + "|" + what;
  // "Brisca employs 7,300 people": the people a company employs are its workforce, what
  // "7,300 employees", "its 7,300 jobs" and "a staff of 7,300" count.
  if (f.predicate == "employ" && f.measured == std::string(number_kind_name(n.kind)) + "|people")
    f.measured =
        std::string(number_kind_name(n.kind)) + "|" + std::string(lexicon::unit_class("employees"));
  // "2.6 percentage points" reads as a share and "a gap of 2.4 points" as a count, but both
  // are points (of what the share is of, where it says): one measure, apart from shares and
  // from counts.
  if ((n.kind == NumberKind::kPercent || n.kind == NumberKind::kCount) && in_points(c)) {
    const size_t bar = f.measured.find('|');
    std::string of = bar == std::string::npos ? std::string() : f.measured.substr(bar + 1);
    // "2.4 points": the count's class is the unit itself. Points of nothing named are bare
    // points ("points|points"), which still join other bare points.
    if (n.kind == NumberKind::kCount || of.empty()) of = kBarePoints;
    f.measured = std::string(kPointsKind) + of;
  }
  const std::string_view measured_what =
      std::string_view(f.measured).substr(f.measured.find('|') + 1);
  // A sum says little of what it counts, but a price of one unit ("$38 a share") does.
  f.generic =
      measured_what.empty() || lexicon::is_generic_class(measured_what) ||
      (n.kind == NumberKind::kMoney && measured_what.find(" per ") == std::string_view::npos);

  // Place: a locative after the figure within its clause, else one before it.
  const bool measure = n.kind == NumberKind::kMeasure;
  for (uint32_t k = c.last() + 1; k < c.end(); ++k) {
    if (c.is_word(k) && lexicon::is_national_word(c.word(k))) {
      f.national = true;
      break;
    }
    if (read_place(c, k, c.end(), measure, f, national_name)) break;
  }
  // "20 km (12 miles) from X": a distance reads its place past a conversion in brackets.
  if (measure && !f.national && !f.local && f.place.empty())
    if (const uint32_t close = conversion_close(t, n.sentence, c.last()))
      read_place(c, close + 1,
                 std::min(t.sentences[n.sentence].end_token, close + 1 + kClauseReach), measure, f,
                 national_name);
  if (!f.national && f.place.empty()) {
    for (uint32_t k = c.begin(); k < c.first(); ++k) {
      if (c.is_word(k) && lexicon::is_national_word(c.word(k))) {
        f.national = true;
        break;
      }
      if (read_place(c, k, c.first(), measure, f, national_name)) break;
    }
  }
  // "in the capital, Talvik, where he took only 39%": a "where" clause holds for the place
  // named right before it.
  if (!f.national && !f.local && f.place.empty()) {
    for (uint32_t k = c.begin(); k < c.first(); ++k) {
      if (!c.is_word(k) || c.word(k) != "where") continue;
      uint32_t j = k;
      if (j > c.sentence_begin() && !c.is_word(j - 1) && c.text(j - 1) == ",") --j;
      uint32_t from = j;
      while (from > c.sentence_begin() && j - from < kMaxPlaceWords && c.capitalised(from - 1))
        --from;
      // "In Orlen, where…": the sentence's capitalised first word is no part of the name
      // when it is a function word.
      if (from == c.sentence_begin() && from + 1 < j && lexicon::is_stop_word(c.word(from))) ++from;
      if (from < j && (from > c.sentence_begin() || from + 1 < j))  // not the first word alone
        f.place = place_name_at(c, from, j).first;
      break;
    }
  }
  // Subgroups, a year other than the article's, and forecast words, within the clause.
  const int own_year = year_of(a.documents[n.doc].published);
  const std::string& published = a.documents[n.doc].published;
  const int own_month = published.size() >= 7 ? std::atoi(published.substr(5, 2).c_str()) : 0;
  f.own_month = own_month;
  // "Death toll passes 450 as hopes fade": a conjunction after the figure opens another
  // clause, whose forecast word is not the figure's.
  uint32_t forecast_end = c.end();
  for (uint32_t k = c.last() + 1; k < c.end() && k <= c.last() + kForecastAfter; ++k)
    if (c.is_word(k) && (c.word(k) == "as" || c.word(k) == "while" || c.word(k) == "because")) {
      forecast_end = k;
      break;
    }
  for (uint32_t k = c.begin(); k < c.end(); ++k) {
    if (k >= c.first() && k <= c.last()) continue;
    // "its steepest fall since 2020", "killed since 2014": a year after "since" is a base of
    // comparison or the start of a running count, not the figure's year.
    if (const int y = c.year_at(k);
        y != 0 && y != own_year && !(k > c.begin() && c.is_word(k - 1) && c.word(k - 1) == "since"))
      f.year = y;
    if (!c.is_word(k)) continue;
    const std::string_view w = c.word(k);
    // "0.8% next year" is a figure of the year after the article's, as "0.8% in 2027" is; "9%
    // last year" one of the year before (but "up 3% on last year" is a change against it,
    // and "over the next year" a span of twelve months).
    if (w == "year" && own_year != 0 && k > c.begin() + 1 && c.is_word(k - 1) &&
        !(c.is_word(k - 2) && c.word(k - 2) == "the") && !subordinate_between(c, k)) {
      if (c.word(k - 1) == "next") f.year = own_year + 1;
      if (c.word(k - 1) == "last" && !f.change) f.year = own_year - 1;
    }
    if (w == "in" && k + 1 < c.end() && c.capitalised(k + 1) &&
        (k + 1 < c.first() || k + 1 > c.last()))
      if (const int m = lexicon::month_number(c.word(k + 1)); m != 0 && m != own_month) f.month = m;
    // "of gross domestic product": a yardstick's name, no domestic subgroup.
    const bool names_yardstick =
        k > c.begin() && c.is_word(k - 1) && lexicon::is_share_yardstick(c.word(k - 1));
    const lexicon::Subgroup* g = lexicon::subgroup_of(w);
    if (g && !lexicon::subgroup_head_fits(w, c.is_word(k + 1) ? c.word(k + 1) : std::string_view()))
      g = nullptr;
    if (g && !names_yardstick) {
      // "five of them in a critical condition": a severity always counts only that part,
      // and is read only in the figure's own stretch between commas ("46 were hurt, six of
      // them critically, and three are missing": not the 46 nor the three).
      if (g->dimension == kSeverity) {
        if (k < c.first()) continue;  // "critical infrastructure", "a serious blow to"
        bool comma = false;
        for (uint32_t j = std::min(k, c.first()); j < std::max(k, c.last()) && !comma; ++j)
          comma = c.text(j) == "," || c.text(j) == ";";
        if (comma) continue;
        f.counted_subgroup = g->dimension;
      }
      const std::pair<std::string_view, std::string_view> slot{g->dimension, g->value};
      if (std::find(f.subgroups.begin(), f.subgroups.end(), slot) == f.subgroups.end())
        f.subgroups.push_back(slot);
    }
    const bool before = k < c.first() && c.first() - k <= kForecastBefore;
    const bool after = k > c.last() && k - c.last() <= kForecastAfter && k < forecast_end;
    // "on course for 30", "set to take 46": right before the figure, not "set to benefit from
    // the 7.5% rise".
    if (before && k + 1 < c.first() && c.is_word(k + 1) &&
        lexicon::is_forecast_phrase(w, c.word(k + 1))) {
      const std::string_view third = c.is_word(k + 2) ? c.word(k + 2) : std::string_view();
      // "on course for 30", "poised for 30"; "set to take 46", "poised to win 40".
      const bool then_figure = w == "on" ? third == "for" && c.first() == k + 3
                                         : c.word(k + 1) == "for" && c.first() == k + 2;
      const bool then_verb = c.word(k + 1) == "to" && c.first() == k + 3 && third != "the";
      if (then_figure || then_verb) f.forecast = true;
    }
    // "61.9% four years ago", "a year ago": a figure of that many years before the article's.
    // Not a base of comparison: "30% higher than two years ago", "up 12% from a year ago".
    if (w == "ago" && own_year != 0 && f.year == 0 && k >= c.begin() + 2 && c.is_word(k - 1) &&
        (c.word(k - 1) == "years" || c.word(k - 1) == "year") && !subordinate_between(c, k) &&
        !(k >= c.begin() + 3 && c.is_word(k - 3) &&
          lexicon::is_comparison_base_word(c.word(k - 3))))
      if (const int back = small_number(c.word(k - 2)); back > 0) f.year = own_year - back;
    // "in May": the month is no modal "may".
    if ((before || after) && lexicon::is_forecast_word(w) &&
        !(c.capitalised(k) && lexicon::month_number(w) != 0))
      f.forecast = true;
    // "needed 50% to win", "a two-thirds majority is required", "the 50% needed to avoid a
    // runoff"; but "40 people needed treatment" and "1,200 people needed to be rescued"
    // count people: after a count only the passive reads as a level required.
    // A bar ("the 50% threshold needed for…") is a level required already, needed or not.
    // "the 76 needed for a majority": a bare count needed for something is a level too.
    const bool share_needed_for =
        (n.kind == NumberKind::kPercent || (n.kind == NumberKind::kCount && n.unit.empty())) &&
        c.is_word(k + 1) && (c.word(k + 1) == "to" || c.word(k + 1) == "for");
    if (lexicon::is_requirement_word(w) && measured_what != "threshold" &&
        (before || (after && ((c.is_word(k - 1) && lexicon::is_be_form(c.word(k - 1))) ||
                              share_needed_for)))) {
      f.forecast = true;
      // A level required is no projection: "needs 75 seats" never joins "projected to take 46".
      if (f.restriction.empty()) f.restriction = kRequired;
    }
  }
  // "since 2004, when the trawler Morna sank with the loss of 23 lives", "the 2004 sinking of
  // the trawler, in which 23 died": a relative clause after a past year tells of that year.
  if (f.year == 0 && own_year != 0) f.year = past_year_of_relative_clause(c, own_year);
  // "The bank cut its growth forecast for this year to 1.1% ... and 0.8% in 2027": an
  // indicator's figure is forecast by a forecast word anywhere before it in its sentence, and
  // any figure of it for a year still to come is.
  if (f.indicator && !f.forecast) {
    if (own_year != 0 && f.year > own_year) f.forecast = true;
    // Read back to the start of the figure's part of the sentence: a comma, a semicolon, a
    // contrast ("had expected growth of 0.1%, but the economy grew 0.3%") or another figure
    // ends it.
    bool bridged = false;  // "to 1.1% from 1.4%": the figure it goes from is read through
    for (uint32_t k = c.first(); k-- > t.sentences[n.sentence].first_token && !f.forecast;) {
      if (!c.is_word(k)) {
        if (c.year_at(k) != 0 || c.text(k) == "%") continue;
        if (!bridged || !std::isdigit(static_cast<unsigned char>(c.text(k)[0]))) break;
        bridged = false;
        continue;
      }
      const std::string_view w = c.word(k);
      if (w == "from" || w == "to") bridged = true;
      if (lexicon::is_clause_word(w) || lexicon::is_subordinator(w)) break;
      if ((lexicon::is_forecast_word(w) || lexicon::is_indicator_forecast_word(w)) &&
          !(c.capitalised(k) && lexicon::month_number(w) != 0))
        f.forecast = true;
    }
  }
  // "The last deadly quake to hit the region, in 1987, killed 1,900": a year set off by commas
  // right before the figure's clause is the clause's own.
  if (f.year == 0 && c.begin() >= t.sentences[n.sentence].first_token + 4) {
    const uint32_t k = c.begin() - 1;
    if (c.text(k) == "," && c.text(k - 3) == "," && c.is_word(k - 2) && c.word(k - 2) == "in")
      if (const int y = c.year_at(k - 1); y != 0 && y != own_year) f.year = y;
  }
  // A severity is the figure's own ("six of them critically, and three missing").
  if (f.subgroups.empty() && can_inherit)
    for (const auto& slot : previous_frame->subgroups)
      if (slot.first != kSeverity) f.subgroups.push_back(slot);
  // "rose 1.2% against the dollar and 0.9% against the euro": a move against one currency
  // and one against another are two quantities.
  if (n.kind == NumberKind::kPercent)
    if (const std::string_view against = counter_currency_after(c); !against.empty()) {
      std::erase_if(f.subgroups, [](const auto& slot) { return slot.first == kAgainst; });
      f.subgroups.emplace_back(kAgainst, against);
    }
  // "voted 5-2", "by five votes to two": the first figure of a tally counts the votes for,
  // the second those against; one side never joins the other. A side is the figure's own,
  // never inherited.
  std::erase_if(f.subgroups, [](const auto& slot) { return slot.first == kTallySide; });
  if (n.kind == NumberKind::kCount && f.measured == "count|votes")
    if (const std::string_view side = tally_side(a, n, c); !side.empty())
      f.subgroups.emplace_back(kTallySide, side);
  if (n.kind == NumberKind::kCount && !unit.empty())
    if (const lexicon::Subgroup* g = lexicon::subgroup_of(unit)) f.counted_subgroup = g->dimension;
  // "within three years" is a limit, "over two years" the span something takes: a duration
  // read with one never joins one read with the other.
  if (n.kind == NumberKind::kDuration) {
    uint32_t k = c.first();
    while (k > c.begin() && c.is_word(k - 1) && lexicon::is_period_filler(c.word(k - 1))) --k;
    std::string_view how;
    if (k > c.begin() && c.is_word(k - 1)) how = lexicon::period_lead(c.word(k - 1));
    // "two days after the clash" is an offset, "two days of talks" a span: never one thing.
    if (how.empty() && c.is_word(c.last() + 1)) how = lexicon::period_trail(c.word(c.last() + 1));
    if (!how.empty()) f.subgroups.emplace_back("period", how);
  }
  f.site = at_site(c);
  // "Corvane employs 3,100 people in Britain": a headcount in a named place is the part of
  // the workforce there, never the company's whole one ("Corvane has 9,800 employees").
  if (!f.place.empty() && (f.predicate.empty() || f.predicate == "employ") &&
      f.measured == std::string(number_kind_name(NumberKind::kCount)) + "|" +
                        std::string(lexicon::unit_class("employees")))
    f.site = true;
  // "About 90 hostages would still be held", "the remaining 23 hostages", "90 will remain in
  // captivity": people still held are another part than those freed ("freed 34 hostages");
  // a count that says neither ("Hamas holds 59 hostages") may be either.
  const bool people = f.predicate == "hostage" || f.predicate == kRelease ||
                      lexicon::is_people_class(lexicon::unit_class(unit)) ||
                      lexicon::unit_class(unit) == "prisoners";
  if (n.kind == NumberKind::kCount && !f.change && people) {
    constexpr uint32_t kBefore = 2, kAfter = 6, kHeldReach = 2;
    const uint32_t from = c.first() >= c.begin() + kBefore ? c.first() - kBefore : c.begin();
    const uint32_t to = std::min(c.end(), c.last() + 1 + kAfter);
    bool held = false;
    for (uint32_t k = from; k < to && !held; ++k) {
      if ((k >= c.first() && k <= c.last()) || !c.is_word(k)) continue;
      const std::string_view w = c.word(k);
      held = lexicon::is_still_held_word(w);
      for (uint32_t j = k + 1; w == "still" && j < to && j <= k + kHeldReach && !held; ++j)
        held = c.is_word(j) && lexicon::is_held_after_still(c.word(j));
    }
    if (held) {
      f.subgroups.emplace_back(kCaptiveStatus, kStillHeld);
    } else if (f.predicate == kRelease) {
      f.subgroups.emplace_back(kCaptiveStatus, kFreed);
    }
  }
  // "38 wounded, of whom six remain in hospital", "11 of them children": a part of the
  // figure just stated counts only that part, never the whole. A part with a place or site
  // of its own ("80,000 of them in Paris", "400 of those jobs are at the X works") is that
  // place's figure, read as such.
  if (n.kind == NumberKind::kCount && f.restriction.empty() && f.place.empty() && !f.local &&
      !f.national && !f.site) {
    const uint32_t k = c.first();
    const bool after_relative = k >= c.begin() + 2 && c.is_word(k - 1) && c.is_word(k - 2) &&
                                c.word(k - 2) == "of" && lexicon::is_part_relative(c.word(k - 1));
    const bool before_pronoun = c.is_word(c.last() + 1) && c.word(c.last() + 1) == "of" &&
                                c.is_word(c.last() + 2) &&
                                lexicon::is_part_pronoun(c.word(c.last() + 2));
    if (after_relative || before_pronoun) f.restriction = "part";
  }
  // "2,200 passengers with reserved tickets": the counted noun (within a few words of the
  // figure) followed by "with"/"without" and a word that is no determiner or figure; a
  // place and a linking verb may stand between ("320,000 households remain without
  // heating", "11,000 people in West Maui were still without power").
  if (n.kind == NumberKind::kCount && !unit.empty()) {
    for (uint32_t k = c.last() + 1; k <= c.last() + kRestrictionReach && c.is_word(k); ++k) {
      if (c.word(k) != unit) continue;
      // Read past a place ("in West Maui"), a linking verb and "still" or "now".
      uint32_t p = k + 1;
      bool linked = false;  // a linking verb read: words skipped are the subject's place
      while (p <= k + kRestrictionGap && c.is_word(p) &&
             !lexicon::is_restricting_preposition(c.word(p))) {
        const std::string_view w = c.word(p);
        const bool place_lead =
            (w == "in" || w == "on") && c.is_word(p + 1) && c.capitalised(p + 1);
        linked = linked || lexicon::is_linking_verb(w);
        if (!(c.capitalised(p) || place_lead || lexicon::is_linking_verb(w) || w == "still" ||
              w == "now"))
          break;
        ++p;
      }
      // "cut 1,200 jobs in Ohio on Monday with immediate effect": without a linking verb
      // only a preposition right after the noun restricts it.
      if (p > k + 1 && !linked) p = k + 1;
      if (c.is_word(p) && lexicon::is_restricting_preposition(c.word(p)) && c.is_word(p + 1) &&
          !lexicon::is_non_restricting_lead(c.word(p + 1))) {
        f.restriction = std::string(c.word(p)).append(" ").append(c.word(p + 1));
      }
      break;
    }
  }
  // "208 of the dead were counted in X", "three of the injured": a part of the casualties
  // that a figure elsewhere counts, never their number.
  if (n.kind == NumberKind::kCount && f.restriction.empty()) {
    const uint32_t k = c.last() + 1;
    if (c.is_word(k) && c.word(k) == "of" && c.is_word(k + 1) &&
        (c.word(k + 1) == "the" || c.word(k + 1) == "those") && c.is_word(k + 2) &&
        !lexicon::implied_predicate(c.word(k + 2)).empty())
      f.restriction = std::string("of ").append(c.word(k + 2));
  }
  // "140,000 in X (the police counted 26,000)": an elided figure with no place of its own
  // holds where the figure it elides from holds.
  if (inherited && !f.national && !f.local && f.place.empty()) {
    f.place = previous_frame->place;
    f.national = previous_frame->national;
    f.local = previous_frame->local;
  }
  // "treated 47 of the injured; 9 remain in intensive care": a figure elided after a part
  // of the casualties is a part of them too.
  // Not a figure with a predicate of its own: "treated 40 of the wounded, and the death
  // toll rose to 23" tells of the dead.
  if (inherited && f.restriction.empty() && previous_frame->restriction.starts_with("of ") &&
      (f.predicate.empty() || f.predicate == previous_frame->predicate))
    f.restriction = previous_frame->restriction;
  // "has raised rates by 1.25 points in total", "a total of 125 basis points": a change
  // summed over several steps is no change of one step.
  if (f.change && f.restriction.empty() && totals_changes(c)) f.restriction = "in total";
  // How badly people were hurt narrows only a count of the injured ("12 arrested for minor
  // offences" is no severity).
  if (f.counted_subgroup == kSeverity && f.predicate != kInjury) {
    f.counted_subgroup = {};
    std::erase_if(f.subgroups, [](const auto& slot) { return slot.first == kSeverity; });
  }
  // "lost eight seats", "a loss of nine": seats lost are a change in seats, as seats gained;
  // not the level before "a loss of" ("won 9 seats, a loss of 39").
  const std::string_view lead = c.first() > c.begin() && c.is_word(c.first() - 1)
                                    ? c.word(c.first() - 1)
                                    : std::string_view();
  const bool lost_right_before =
      lead == "lost" || lead == "losing" || lead == "loses" || lead == "lose" ||
      (lead == "of" && c.first() >= c.begin() + 2 && c.is_word(c.first() - 2) &&
       (c.word(c.first() - 2) == "loss" || c.word(c.first() - 2) == "losses"));
  if (f.measured == kSeatCount && f.predicate == kLoss && lost_right_before) {
    f.predicate.clear();
    f.change = true;
  }
  // "Five of the injured remain in a critical condition", "six of them critically", "30 with
  // minor injuries": the severity says which part; the part's wording does not.
  if (f.counted_subgroup == kSeverity &&
      (f.restriction == "part" || f.restriction.starts_with("of ") ||
       f.restriction.starts_with("with ")))
    f.restriction.clear();
  std::sort(f.subgroups.begin(), f.subgroups.end());
  return f;
}

}  // namespace

namespace {

std::vector<std::string_view> name_words(std::string_view name) {
  std::vector<std::string_view> out;
  size_t k = 0;
  while (k < name.size()) {
    const size_t space = name.find(' ', k);
    const size_t end = space == std::string_view::npos ? name.size() : space;
    if (end > k) out.push_back(name.substr(k, end - k));
    k = end + 1;
  }
  return out;
}

bool is_acronym_of(std::string_view acronym, std::string_view name) {
  std::string initials;
  for (std::string_view w : name_words(name))
    if (w != "the" && w != "of" && w != "and" && w != "for") initials.push_back(w[0]);
  return initials.size() >= 2 && initials == acronym;
}

// Two spellings of one name: equal, or (both long enough) within two letters.
bool near_spelling(std::string_view x, std::string_view y) {
  constexpr size_t kMinLength = 5;
  constexpr size_t kMaxEdits = 2;
  if (x == y) return true;
  if (x.size() < kMinLength || y.size() < kMinLength) return false;
  return within_edits(x, y, kMaxEdits);
}

}  // namespace

bool same_holder(std::string_view a, bool a_person, std::string_view b, bool b_person) {
  if (a == b) return true;
  if (a.find(' ') == std::string_view::npos && is_acronym_of(a, b)) return true;
  if (b.find(' ') == std::string_view::npos && is_acronym_of(b, a)) return true;
  if (a_person && b_person) {
    const auto wa = name_words(a), wb = name_words(b);
    if (!wa.empty() && !wb.empty() && near_spelling(wa.back(), wb.back())) return true;
  }
  return near_spelling(a, b);
}

namespace {

// The holder of a figure (QuantityFrame::holder): a person or organisation named right before
// it (possessive or elided: "the Greens' 17 seats", "and Ms Ilves 31%"), else the nearest one
// before a holding verb just before it ("Kestrov, the incumbent, took 48%").
struct HolderReader {
  // A document's people and organisations by the byte where they end.
  std::vector<std::vector<std::pair<uint32_t, const EntityMention*>>> by_end;

  explicit HolderReader(const Analysis& a) : by_end(a.documents.size()) {
    for (const EntityMention& e : a.entities)
      if (e.doc < by_end.size() &&
          (e.type == EntityType::kPerson || e.type == EntityType::kOrganization) &&
          !e.canonical.empty())
        by_end[e.doc].push_back({e.span.end, &e});
    for (auto& list : by_end)
      std::sort(list.begin(), list.end(),
                [](const auto& x, const auto& y) { return x.first < y.first; });
  }

  // The entity ending within token k (a possessive "'s" may follow it in the token).
  const EntityMention* ending_at(uint32_t doc, const Token& token) const {
    const auto& list = by_end[doc];
    auto it = std::lower_bound(list.begin(), list.end(), token.span.begin + 1,
                               [](const auto& x, uint32_t v) { return x.first < v; });
    if (it != list.end() && it->first <= token.span.end && it->second->span.begin < token.span.end)
      return it->second;
    return nullptr;
  }

  // `lowercase` is kept across figures (quantity_frames): it is made this figure's document's.
  void read(const Analysis& a, const NumberMention& n, QuantityFrame& f,
            LowercaseText& lowercase) const {
    constexpr uint32_t kGapReach = 3;        // gap words between holder or verb and the figure
    constexpr uint32_t kSubjectReach = 25;   // tokens before the verb searched for the holder
    constexpr uint32_t kAuxiliaryReach = 4;  // "was projected to", "is expected to"
    const DocumentText& t = a.documents[n.doc].text;
    if (n.doc >= by_end.size() || n.sentence >= t.sentences.size()) return;
    const Sentence& s = t.sentences[n.sentence];
    const uint32_t first = token_at(t, n.span.begin);
    const LowercaseText& lower_text = lowercase.of(t);
    // A word token folded: an ASCII one is its lowercase view (folding ASCII only lowercases
    // it), any other is folded into a buffer that the next call reuses.
    std::string folded;
    auto word = [&](uint32_t k) -> std::string_view {
      if (t.tokens[k].kind != TokenKind::kWord) return {};
      const std::string_view raw = t.slice(t.tokens[k].span);
      if (std::all_of(raw.begin(), raw.end(),
                      [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return lower_text.token(k);
      folded.clear();
      unicode::fold_append(folded, raw);
      return folded;
    };
    auto take = [&](const EntityMention* e) { hold(f, *e); };
    // "Together the three parties hold 76 seats", "a coalition of X, Y and Z would have 74":
    // several holders' figure together.
    constexpr uint32_t kJointReach = 15;
    for (uint32_t j = first; j > s.first_token && first - j < kJointReach; --j) {
      const std::string_view text = t.slice(t.tokens[j - 1].span);
      // Not past another figure: "gave the three parties 76 of the 150 seats".
      if (text == ";" || text == ":" ||
          (t.tokens[j - 1].kind == TokenKind::kNumber && j < first &&
           !(j >= s.first_token + 2 && word(j - 2) == "the")))
        break;
      const std::string w(word(j - 1));  // a copy: word() may reuse its buffer
      const bool counted_holders = lexicon::is_joint_holder_noun(w) && j >= s.first_token + 3 &&
                                   is_small_count_word(t.tokens[j - 2].kind == TokenKind::kWord
                                                           ? std::string_view(word(j - 2))
                                                           : t.slice(t.tokens[j - 2].span)) &&
                                   word(j - 3) == "the";
      // Not "together with her husband", "taken together", nor one body's coalition ("Tusk's
      // coalition"): only "a coalition of ...". The words beside it are read for such a word
      // only.
      bool joint_word = false;
      if (lexicon::is_joint_holder_word(w)) {
        const std::string next(j < first ? word(j) : std::string_view());
        const std::string lead(j - 1 > s.first_token ? word(j - 2) : std::string_view());
        joint_word = !(w == "together" && (next == "with" || lexicon::is_holder_aside(lead))) &&
                     !(w == "coalition" && next != "of");
      }
      if (joint_word || counted_holders) {
        f.holder = kJointHolder;
        f.holder_person = false;
        return;
      }
    }
    uint32_t k = first;
    for (uint32_t gaps = 0; k > s.first_token; ++gaps) {
      const uint32_t prev = k - 1;
      if (const EntityMention* e = ending_at(n.doc, t.tokens[prev])) {
        take(e);
        return;
      }
      // "Kestrov, 58,", "Ilves, a 44-year-old lawyer": an age set off after its person.
      const std::string_view w = word(prev);
      const bool age_gap = n.kind == NumberKind::kAge &&
                           (t.slice(t.tokens[prev].span) == "," || w == "a" || w == "an");
      // "the Greens (17)": a figure in brackets right after its holder.
      const bool bracket = t.slice(t.tokens[prev].span) == "(" && k == first;
      if (gaps >= kGapReach || (!age_gap && !bracket && !lexicon::is_holder_gap_word(w))) break;
      k = prev;
    }
    uint32_t verb = k;  // none yet
    // "Paxen raised 600 million dalens": money raised or earned is its raiser's; a count
    // "raised" is someone's update of it ("police raised the toll to 12").
    const bool money_held = n.kind == NumberKind::kMoney && k > s.first_token &&
                            lexicon::is_money_holding_verb(word(k - 1));
    if (k > s.first_token && (lexicon::is_holding_verb(word(k - 1)) || money_held)) {
      verb = k - 1;
    } else if (k > s.first_token + 1 && (word(k - 1) == "to" || word(k - 1) == "for")) {
      // "fell to 37 seats", "was on course for 30", "was sentenced on Thursday to seven
      // years"; "sentenced the former minister Viktor Hallorn to seven years": the name
      // right before "to" is the object that holds it.
      constexpr uint32_t kLevelReach = 6;
      for (uint32_t j = k - 1; j > s.first_token && k - 1 - j < kLevelReach; --j) {
        const std::string_view text = t.slice(t.tokens[j - 1].span);
        if (text == "," || text == ";" || text == ":") break;
        if (!lexicon::is_holder_level_word(word(j - 1)) && !lexicon::is_holding_verb(word(j - 1)))
          continue;
        if (j - 1 < k - 2)
          if (const EntityMention* e = ending_at(n.doc, t.tokens[k - 2])) {
            take(e);
            return;
          }
        // "Judge Merchan sentenced the lawyer to three years": in the active, the one
        // sentenced is the object, never the subject (who sentenced).
        if (lexicon::is_holder_object_verb(word(j - 1)) &&
            !(j - 1 > s.first_token && (lexicon::is_be_form(word(j - 2)) || word(j - 2) == "been")))
          return;
        verb = j - 1;
        break;
      }
    }
    if (verb == k) {
      read_after(a, n, f);
      return;
    }
    // "finished ahead of Marta Ilves of the Greens, who took 31%": a relative clause's
    // holder is the name it follows, even after "of"; only a name of a name ("of the
    // Greens") or in brackets still modifies.
    const bool relative = verb > s.first_token && lexicon::is_relative_pronoun(word(verb - 1));
    // "New Centre, led by Ilona Varesh, was projected to take 46 seats": a comma closing an
    // apposition right before the verb; the subject is the earliest name that opens one of
    // the clause's comma-separated stretches, not a name inside the apposition.
    if (!relative) {
      uint32_t v = verb;
      while (v > s.first_token && verb - v < kAuxiliaryReach &&
             lexicon::is_holder_auxiliary(word(v - 1)))
        --v;
      if (v > s.first_token + 1 && t.slice(t.tokens[v - 1].span) == ",") {
        const EntityMention* opener = nullptr;
        for (uint32_t j = v - 1; j > s.first_token && verb - j < kSubjectReach; --j) {
          const std::string_view text = t.slice(t.tokens[j].span);
          if (text == ";" || text == ":") break;
          if (text != ",") continue;
          const EntityMention* e = ending_at(n.doc, t.tokens[j - 1]);
          if (!e) continue;
          uint32_t b = token_at(t, e->span.begin);
          if (b > s.first_token && word(b - 1) == "the") --b;
          if (b == s.first_token || t.slice(t.tokens[b - 1].span) == ",") opener = e;
        }
        if (opener) {
          take(opener);
          return;
        }
      }
    }
    // A name that only modifies another ("Ilves of the Greens", "the Greens (GRN)") is the
    // holder only when no name before it is.
    const EntityMention* modifier = nullptr;
    for (uint32_t j = verb; j > s.first_token && verb - j < kSubjectReach;) {
      --j;
      const std::string_view text = t.slice(t.tokens[j].span);
      if (text == ";" || text == ":") break;
      // A new clause ("took 85 seats, and the Left won 64"), or a speaker ("Tim Cook said
      // Apple had ...", "according to"): no holder before it.
      if (t.tokens[j].kind == TokenKind::kWord) {
        const std::string_view w = word(j);
        if (w == "while" || w == "whereas" ||
            ((w == "and" || w == "but") && j > s.first_token &&
             t.slice(t.tokens[j - 1].span) == ","))
          break;
        if (lexicon::find_reporting_verb(w) != nullptr || w == "according") break;
      }
      const EntityMention* e = ending_at(n.doc, t.tokens[j]);
      if (!e) continue;
      if (!holds_as_subject(t, *e, s.first_token)) {
        j = token_at(t, e->span.begin);
        continue;
      }
      uint32_t before = token_at(t, e->span.begin);
      if (before > s.first_token) --before;
      if (before > s.first_token && word(before) == "the") --before;
      const std::string_view lead = t.slice(t.tokens[before].span);
      const bool after_of = word(before) == "of";
      const bool of_a_name =
          after_of && before > s.first_token && ending_at(n.doc, t.tokens[before - 1]) != nullptr;
      if (before < token_at(t, e->span.begin) && (lead == "(" || after_of) &&
          (!relative || lead == "(" || of_a_name)) {
        if (!modifier) modifier = e;
        j = token_at(t, e->span.begin);
        continue;
      }
      take(e);
      return;
    }
    if (modifier) take(modifier);
  }

  // The name as the figure's holder.
  static void hold(QuantityFrame& f, const EntityMention& e) {
    f.holder.clear();
    unicode::fold_append(f.holder, e.canonical);
    f.holder_person = e.type == EntityType::kPerson;
  }
  // Whether a possessive follows the name ("Tomas Vilder's team", "the Greens' leader").
  static bool possessive_follows(const DocumentText& t, const EntityMention& e) {
    const std::string_view rest = std::string_view(t.text).substr(e.span.end);
    return rest.starts_with("'") || rest.starts_with("\u2019");
  }
  // Whether a name before the verb may be its subject: not a possessive that modifies the
  // noun after it ("Lewis Hamilton's team"), not the object of a preposition ("an aide to
  // Boris Johnson", "the Greens under Robert Habeck"), not inside a relative clause ("the man
  // who attacked Salman Rushdie", "Warsaw, where Rafal Trzaskowski is mayor").
  static bool holds_as_subject(const DocumentText& t, const EntityMention& e, uint32_t floor) {
    constexpr uint32_t kRelativeReach = 12;
    if (possessive_follows(t, e)) return false;
    const uint32_t b = token_at(t, e.span.begin);
    std::string w;
    auto word = [&](uint32_t k) -> const std::string& {
      w.clear();
      if (t.tokens[k].kind == TokenKind::kWord) unicode::fold_append(w, t.slice(t.tokens[k].span));
      return w;
    };
    uint32_t lead = b;
    if (lead > floor && word(lead - 1) == "the") --lead;
    if (lead > floor && lexicon::is_holder_object_lead(word(lead - 1))) return false;
    for (uint32_t k = b; k > floor && b - k < kRelativeReach; --k) {
      const std::string_view text = t.slice(t.tokens[k - 1].span);
      if (text == "," || text == ";" || text == ":" || text == "(") break;
      if (lexicon::is_relative_pronoun(word(k - 1)) || w == "where" || w == "whose" || w == "whom")
        return false;
    }
    return true;
  }

  // "against 25.1% for Tomas Vilder", "40 seats for the Greens": with no holder before it, a
  // name right after the figure and "for" holds it.
  void read_after(const Analysis& a, const NumberMention& n, QuantityFrame& f) const {
    const DocumentText& t = a.documents[n.doc].text;
    const Sentence& s = t.sentences[n.sentence];
    uint32_t k = token_at(t, n.span.begin);
    while (k < s.end_token && t.tokens[k].span.begin < n.span.end) ++k;
    if (k + 1 >= s.end_token) return;
    // "the 150-seat National Assembly", "a 12-member Harbour Party panel": a figure made an
    // adjective is the size of the name after it.
    const std::string_view figure = t.slice(Span{n.span.begin, n.span.end});
    const bool adjective = figure.find('-') != std::string_view::npos ||
                           (n.span.end < t.text.size() && t.text[n.span.end] == '-');
    if (adjective) {
      // Past the rest of the adjective ("-seat"), whether it is its own token or not.
      while (k < s.end_token && t.tokens[k].span.begin < n.span.end + 1) ++k;
      while (k < s.end_token && t.tokens[k].span.begin == t.tokens[k - 1].span.end) ++k;
      if (k >= s.end_token) return;
      if (t.slice(t.tokens[k].span) == "the" && k + 1 < s.end_token) ++k;
      if (const EntityMention* e = starting_at(n.doc, t.tokens[k])) hold(f, *e);
      return;
    }
    if (t.tokens[k].kind != TokenKind::kWord) return;
    std::string folded;
    unicode::fold_append(folded, t.slice(t.tokens[k].span));
    // Only a share ("25.1% for Tomas Vilder"), not a sum paid or raised for someone ("paid
    // €100m for Jude Bellingham", "raised $5m for the Red Cross") nor a change ("rose 20%
    // for Taylor Swift's concerts").
    if (folded != "for" || n.kind != NumberKind::kPercent || f.change) return;
    uint32_t name = k + 1;
    if (t.slice(t.tokens[name].span) == "the" && name + 1 < s.end_token) ++name;
    if (const EntityMention* e = starting_at(n.doc, t.tokens[name])) {
      if (possessive_follows(t, *e)) return;
      hold(f, *e);
    }
  }

  // The person or organisation whose name starts with this token, or nullptr.
  const EntityMention* starting_at(uint32_t doc, const Token& token) const {
    const auto& list = by_end[doc];
    for (auto it = std::lower_bound(list.begin(), list.end(), token.span.begin + 1,
                                    [](const auto&x, uint32_t v) { return x.first < v; });
         it != list.end() && it->second->span.begin <= token.span.begin; ++it)
      if (it->second->span.begin == token.span.begin) return it->second;
    return nullptr;
  }
};

}  // namespace

bool QuantityFrame::tally_side() const {
  return std::any_of(subgroups.begin(), subgroups.end(),
                     [](const auto& slot) { return slot.first == kTallySide; });
}

std::string QuantityFrame::block() const {
  return vague ? measured + "|vague" : measured;
}

bool QuantityFrame::agrees_with(const QuantityFrame& o) const {
  if (!predicate.empty() && !o.predicate.empty() && predicate != o.predicate) return false;
  if (national != o.national && (national ? !o.place.empty() || o.local : !place.empty() || local))
    return false;
  if (!place.empty() && !o.place.empty() && place != o.place) return false;
  // An indicator's reading told without a month is its latest one, which a reading of one of
  // the two months before the article's is (figures come out weeks after their month: an
  // early-December article's latest inflation is October's); an older month's is not.
  auto latest = [](const QuantityFrame& dated) {
    const int back = (dated.own_month - dated.other_month() + 12) % 12;
    return dated.own_month != 0 && dated.other_month() != 0 && (back == 1 || back == 2);
  };
  const bool latest_reading =
      indicator && o.indicator && !change && !o.change &&
      ((other_month() == 0 && latest(o)) || (o.other_month() == 0 && latest(*this)));
  if (year != o.year || (other_month() != o.other_month() && !latest_reading) ||
      forecast != o.forecast || change != o.change || earlier != o.earlier)
    return false;
  if (!since.empty() && !o.since.empty() && since != o.since) return false;
  if (restriction != o.restriction || site != o.site) return false;
  if (!holder.empty() && !o.holder.empty() &&
      !same_holder(holder, holder_person, o.holder, o.holder_person))
    return false;
  if (!owner.empty() && !o.owner.empty() && owner != o.owner) return false;
  for (const auto& [dimension, value] : subgroups)
    for (const auto& [other_dimension, other_value] : o.subgroups)
      if (dimension == other_dimension && value != other_value) return false;
  auto names = [](const QuantityFrame& f, std::string_view dimension) {
    return std::any_of(f.subgroups.begin(), f.subgroups.end(),
                       [&](const auto& slot) { return slot.first == dimension; });
  };
  if (!counted_subgroup.empty() && !names(o, counted_subgroup)) return false;
  if (!o.counted_subgroup.empty() && !names(*this, o.counted_subgroup)) return false;
  if (!period.empty() && !o.period.empty() && period != o.period) return false;
  return true;
}

QuantityFrame frame_of_figure(const Analysis& a, const NumberMention& n,
                              const NumberMention* previous, const QuantityFrame* previous_frame) {
  std::string national_name;
  LowercaseText lowercase;
  return read_frame(a, n, previous, previous_frame, national_name, lowercase);
}

namespace {

// Whether a share is how far a count has come: "with 62% of (the) ballots counted", "with
// 95% of precincts reporting".
bool is_count_progress(const DocumentText& t, const NumberMention& m) {
  if (m.kind != NumberKind::kPercent || !m.value) return false;
  const Sentence& s = t.sentences[m.sentence];
  const uint32_t first = token_at(t, m.span.begin);
  uint32_t k = first;
  while (k < s.end_token && t.tokens[k].span.begin < m.span.end) ++k;
  auto word = [&](uint32_t j) {
    return j < s.end_token && t.tokens[j].kind == TokenKind::kWord
               ? lower(t.slice(t.tokens[j].span))
               : std::string();
  };
  // "With 62% of ballots counted", "after 80% of votes were tallied", "based on 94% of votes
  // counted"; not "Sorel was on 52% of the votes counted", a share of them.
  if (first <= s.first_token || word(k) != "of") return false;
  const std::string lead = word(first - 1);
  const bool based_on = lead == "on" && first - 1 > s.first_token && word(first - 2) == "based";
  if (!based_on && !lexicon::is_count_progress_lead(lead)) return false;
  constexpr uint32_t kReach = 4;  // "of all the polling stations counted"
  bool noun = false;
  for (uint32_t j = k + 1; j <= k + kReach && j < s.end_token; ++j) {
    const std::string w = word(j);
    if (w.empty()) return false;
    if (noun && lexicon::is_count_progress_verb(w)) return true;
    if (noun && (w == "were" || w == "had" || w == "been" || w == "have")) continue;
    noun = noun || lexicon::is_count_progress_noun(w);
  }
  return false;
}

// The last token of figure n, whose first is `at`, in its sentence s.
uint32_t figure_last_token(const DocumentText& t, const Sentence& s, const NumberMention& n,
                           uint32_t at) {
  uint32_t last = at;
  while (last + 1 < s.end_token && t.tokens[last + 1].span.begin < n.span.end) ++last;
  return last;
}

// The clause of figure n (whose sentence is in its document's split), read in the document's
// lowercase text.
Clause figure_clause(const Analysis& a, const NumberMention& n, LowercaseText& lowercase) {
  const DocumentText& t = a.documents[n.doc].text;
  const uint32_t at = token_at(t, n.span.begin);
  return Clause(t, lowercase.of(t), n.sentence, at,
                figure_last_token(t, t.sentences[n.sentence], n, at));
}

// Whether the words strictly between two tokens of a sentence are words only, with "and"
// among them and no clause word but it ("killed and", "were killed and").
bool joined_by_and(const DocumentText& t, const LowercaseText& folded, uint32_t from, uint32_t to) {
  bool and_seen = false;
  for (uint32_t k = from + 1; k < to; ++k) {
    if (t.tokens[k].kind != TokenKind::kWord) return false;
    const std::string_view w = folded.token(k);
    if (w == "and") {
      if (and_seen) return false;
      and_seen = true;
    } else if (lexicon::is_clause_word(w)) {
      return false;
    }
  }
  return and_seen;
}

// The part of a capitalised name or demonym that its country and its people share, as
// written ("Telur" of "Telurian" and of "Teluria's"), or "": a view of the text, as
// subgroups hold. A demonym must have a demonym's ending ("Telurian", "Arvennese",
// "Israelis"); a country's name ("Teluria", "Arvenna's") need not.
std::string_view nation_stem(std::string_view word, bool demonym) {
  if (word.size() < 5 || word[0] < 'A' || word[0] > 'Z') return {};
  for (const std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")})
    if (word.ends_with(mark)) word.remove_suffix(mark.size());
  const std::string folded = lower(word);
  if (demonym && !lexicon::has_demonym_ending(folded)) return {};
  return word.substr(0, lexicon::nation_stem_length(folded));
}

// "40 Telurian troops", "12 Telurian and six Arvennese", "nine of its soldiers", "it lost 12
// soldiers": which side of a conflict a count of soldiers or people is, as the stem its
// people and its country share ("Telur" for "Telurian" and "Teluria"). A side's count is
// only that side's: it joins only a count of the same side, never the toll of both (the
// counted subgroup) where the articles count two sides' dead or wounded. A possessive
// pronoun stands for the sentence's subject ("Teluria's ministry said nine of its
// soldiers") and marks soldiers only, or people as "its own" dead: "the city said its
// 12,000 residents" is no side.
void mark_sides(const Analysis& a, std::vector<QuantityFrame>& frames, LowercaseText& lowercase) {
  constexpr std::string_view kSide = "side";
  constexpr uint32_t kPronounReach = 4;  // "its own losses at six"
  std::vector<std::string_view> sides;   // the first two sides counted
  for (size_t i = 0; i < frames.size(); ++i) {
    QuantityFrame& f = frames[i];
    const NumberMention& n = a.numbers[i];
    if (f.excluded || n.kind != NumberKind::kCount || f.change) continue;
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size()) continue;
    // What is counted, as the frame reads it ("six dead" counts people).
    const std::string_view klass = std::string_view(f.measured).substr(f.measured.find('|') + 1);
    const Sentence& s = t.sentences[n.sentence];
    const Clause c = figure_clause(a, n, lowercase);
    std::string_view stem;
    const uint32_t next = c.last() + 1;
    // "12 Telurian and six Arvennese": the demonym is the counted noun; what is counted is
    // the figure's before it in the sentence.
    const std::string_view demonym = c.is_word(next) ? nation_stem(c.text(next), true) : "";
    const bool demonym_counted = !demonym.empty() && c.word(next) == n.unit;
    if (demonym_counted || lexicon::is_side_class(klass)) stem = demonym;
    if (stem.empty() && lexicon::is_side_class(klass)) {
      // "nine of its soldiers", "its own losses at six", "it lost 12 soldiers"; of people
      // other than soldiers, only "its own" ("its own dead", not "its 12,000 residents").
      const bool soldiers = klass == "military";
      bool own = soldiers && c.is_word(next + 1) && c.word(next) == "of" &&
                 lexicon::is_side_pronoun(c.word(next + 1));
      for (uint32_t k = c.first(); k-- > c.begin() && c.first() - k <= kPronounReach && !own;)
        own = c.is_word(k) && lexicon::is_side_pronoun(c.word(k)) &&
              (soldiers || (c.is_word(k + 1) && c.word(k + 1) == "own"));
      own = own || (soldiers && c.first() >= c.begin() + 2 && c.word(c.first() - 1) == "lost" &&
                    c.word(c.first() - 2) == "it");
      // Whose: the sentence's subject, its first name before the figure ("Teluria accused
      // Arvenna of shelling its posts, saying nine of its soldiers were killed": Teluria's;
      // "The Arvennese army said ... 12 of its soldiers": Arvenna's), else its source.
      for (uint32_t k = s.first_token; own && stem.empty() && k < c.first(); ++k) {
        if (t.tokens[k].kind != TokenKind::kWord) continue;
        const std::string_view word = t.slice(t.tokens[k].span);
        const std::string_view folded = lowercase.of(t).token(k);
        // The sentence's first word is a name only where it is no function or number word
        // ("Arvenna puts its own losses at six", not "Three of its soldiers").
        if (k == s.first_token &&
            (lexicon::is_stop_word(folded) || lexicon::find_number_word(folded) != nullptr))
          continue;
        stem = nation_stem(word, false);
      }
      if (own && stem.empty())
        stem = nation_stem(std::string_view(n.source).substr(0, n.source.find(' ')), false);
    }
    if (stem.empty()) continue;
    // A demonym counts people ("including 12 Italians"), soldiers where the figure before
    // it in the sentence does ("18 soldiers: 12 Telurian and six Arvennese").
    if (demonym_counted) {
      const bool after_soldiers = i > 0 && a.numbers[i - 1].doc == n.doc &&
                                  a.numbers[i - 1].sentence == n.sentence &&
                                  frames[i - 1].measured == "count|military";
      f.measured = after_soldiers ? "count|military" : "count|people";
      f.generic = false;
      if (f.predicate.empty() && after_soldiers) f.predicate = frames[i - 1].predicate;
    }
    f.subgroups.emplace_back(kSide, stem);
    std::sort(f.subgroups.begin(), f.subgroups.end());
    // A toll is told for each side and for both ("15 soldiers were killed: nine Telurian
    // and six Arvennese"): one side's dead are a part. Troops one country sends are its own
    // whoever says so ("5,000 Valdorian troops", "Valdoria sent 2,000 soldiers").
    if (!lexicon::is_side_part_predicate(f.predicate)) continue;
    f.counted_subgroup = kSide;
    if (sides.size() < 2 && std::find(sides.begin(), sides.end(), stem) == sides.end())
      sides.push_back(stem);
  }
  // "nine of its soldiers were killed and 27 wounded", "Three civilians were killed and 14
  // wounded": a bare count joined by "and" to a count of a part counts the same part.
  for (size_t i = 1; i < frames.size(); ++i) {
    QuantityFrame& f = frames[i];
    const QuantityFrame& before = frames[i - 1];
    const NumberMention &n = a.numbers[i], &m = a.numbers[i - 1];
    // Only a toll's parts ("and 14 wounded"), not others ("and 400 were evacuated").
    if (f.excluded || !f.counted_subgroup.empty() || before.counted_subgroup.empty() ||
        before.counted_subgroup == kSeverity || !lexicon::is_side_part_predicate(f.predicate) ||
        n.kind != NumberKind::kCount || m.kind != NumberKind::kCount || !n.unit.empty() ||
        n.doc != m.doc || n.sentence != m.sentence)
      continue;
    const DocumentText& t = a.documents[n.doc].text;
    const LowercaseText& folded = lowercase.of(t);
    const uint32_t at = token_at(t, n.span.begin);
    const uint32_t previous_last =
        figure_last_token(t, t.sentences[m.sentence], m, token_at(t, m.span.begin));
    constexpr uint32_t kJoinReach = 6;  // "of its soldiers were killed and"
    if (at <= previous_last + 1 || at - previous_last > kJoinReach ||
        !joined_by_and(t, folded, previous_last, at))
      continue;
    for (const auto& slot : before.subgroups)
      if (slot.first == before.counted_subgroup &&
          std::find(f.subgroups.begin(), f.subgroups.end(), slot) == f.subgroups.end())
        f.subgroups.push_back(slot);
    std::sort(f.subgroups.begin(), f.subgroups.end());
    f.counted_subgroup = before.counted_subgroup;
  }
  // Where the articles count one side's dead or wounded only ("a dozen Adravian soldiers were
  // killed", "14 soldiers lay dead"), its count is the whole toll told two ways, not a part.
  if (sides.size() < 2)
    for (QuantityFrame& f : frames)
      if (f.counted_subgroup == kSide) f.counted_subgroup = {};
}

// "74 seats on the projections", "31.0% of the vote on the partial count", "Preliminary
// results gave her 52%": a figure its clause calls projected or provisional is a count not
// yet final, apart from the final one as a forecast is. The word must name a count
// ("partial count", "provisional results") or be "projections" itself: "a provisional
// government of 12 ministers" is none.
void mark_provisional(const Analysis& a, std::vector<QuantityFrame>& frames,
                      LowercaseText& lowercase) {
  for (size_t i = 0; i < frames.size(); ++i) {
    QuantityFrame& f = frames[i];
    const NumberMention& n = a.numbers[i];
    if (f.excluded || f.forecast) continue;
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size()) continue;
    const Clause c = figure_clause(a, n, lowercase);
    for (uint32_t k = c.begin(); k < c.end() && !f.forecast; ++k) {
      if ((k >= c.first() && k <= c.last()) || !c.is_word(k)) continue;
      const std::string_view w = c.word(k);
      if (w == "projections" || w == "projection")
        f.forecast = true;
      else if (lexicon::is_provisional_word(w) && c.is_word(k + 1))
        f.forecast = lexicon::is_count_result_noun(c.word(k + 1));
    }
  }
}

// "closing at $26.95", "opened at 25.40 dalens", "a high of 27.80", "the IPO price of 21
// euros", "valued at 4.2 billion at the offer price": which of a security's prices a sum is,
// or the price it is counted at. Sums at different points never join (the close is no
// estimate of the open). The point is read from a word a few words before "at" or "of" right
// before the sum, with no predicate between ("opened in 2019 at a cost of $40m" is a cost),
// or from "at the close" / "at the offer price" right after it.
void mark_price_points(const Analysis& a, std::vector<QuantityFrame>& frames,
                       LowercaseText& lowercase) {
  constexpr uint32_t kPointReach = 4;  // "priced its initial public offering at"
  for (size_t i = 0; i < frames.size(); ++i) {
    const NumberMention& n = a.numbers[i];
    if (frames[i].excluded || n.kind != NumberKind::kMoney) continue;
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size()) continue;
    const uint32_t at = token_at(t, n.span.begin);
    const Sentence& s = t.sentences[n.sentence];
    const uint32_t last = figure_last_token(t, s, n, at);
    const Clause c(t, lowercase.of(t), n.sentence, at, last);
    // Only a security has such prices: its sentence names shares, stock or a listing near
    // the sum ("tickets opened at $45", "a house listed at $450,000", "a record high of $15
    // an hour" have none).
    constexpr uint32_t kSecurityReach = 24;
    bool security = false;
    for (uint32_t k = at > s.first_token + kSecurityReach ? at - kSecurityReach : s.first_token;
         k < std::min(s.end_token, last + kSecurityReach) && !security; ++k)
      security = t.tokens[k].kind == TokenKind::kWord &&
                 lexicon::is_security_word(lowercase.of(t).token(k));
    std::string_view point;
    if (security && c.first() > c.begin() + 1 && c.is_word(c.first() - 1) &&
        (c.word(c.first() - 1) == "at" || c.word(c.first() - 1) == "of")) {
      for (uint32_t k = c.first() - 1; k-- > c.begin() && c.first() - 1 - k <= kPointReach;) {
        if (!c.is_word(k)) break;
        point = lexicon::price_point(c.word(k));
        if (!point.empty() || !lexicon::frame_of(c.word(k)).empty()) break;
      }
    }
    // "5.4 billion dalens at the close", "At Tuesday's close Virelo was worth 5.39 billion",
    // "At the offer price the company was valued at 4.2 billion": a point named after "at"
    // near the figure in its sentence, the nearest, with no other figure between.
    if (point.empty()) {
      constexpr uint32_t kAtReach = 24;
      const LowercaseText& folded = lowercase.of(t);
      const uint32_t from = at > s.first_token + kAtReach ? at - kAtReach : s.first_token;
      const uint32_t to = std::min(s.end_token, last + kAtReach);
      // The figures beside it in its sentence bound where its point may be named.
      const bool figure_before =
          i > 0 && a.numbers[i - 1].doc == n.doc && a.numbers[i - 1].sentence == n.sentence;
      const bool figure_after = i + 1 < a.numbers.size() && a.numbers[i + 1].doc == n.doc &&
                                a.numbers[i + 1].sentence == n.sentence;
      const uint32_t floor = figure_before ? token_at(t, a.numbers[i - 1].span.begin) : from;
      const uint32_t ceiling = figure_after ? token_at(t, a.numbers[i + 1].span.begin) : to;
      uint32_t best = UINT32_MAX;
      for (uint32_t k = std::max(from, floor); k + 2 < std::min(to, ceiling); ++k) {
        if (k >= at && k <= last) continue;
        if (t.tokens[k].kind != TokenKind::kWord || folded.token(k) != "at") continue;
        const std::string_view next = folded.token(k + 1);
        const bool determiner =
            next == "the" || next == "its" || next.ends_with("'s") || next.ends_with("\u2019s");
        if (!determiner || t.tokens[k + 2].kind != TokenKind::kWord) continue;
        // The point ends its phrase: "at the close", "at the offer price", "At Tuesday's
        // close Tovel was worth"; not "at the close of the fiscal year", "at the closing
        // ceremony", "at the low end of estimates".
        const std::string_view after =
            k + 3 < s.end_token && t.tokens[k + 3].kind == TokenKind::kWord ? folded.token(k + 3)
                                                                            : std::string_view();
        const bool phrase_ends =
            after.empty() || after == "price" || after == "bell" ||
            (t.slice(t.tokens[k + 3].span)[0] >= 'A' && t.slice(t.tokens[k + 3].span)[0] <= 'Z') ||
            (after != "of" && lexicon::is_stop_word(after));
        if (!phrase_ends) continue;
        const std::string_view named = lexicon::price_point(folded.token(k + 2));
        const uint32_t distance = k < at ? at - k : k - last;
        if (!named.empty() && distance < best) {
          best = distance;
          point = named;
        }
      }
    }
    if (point.empty()) continue;
    // A price of one unit, as "$21 a share" is: such a sum says what it is. (A sum of
    // millions "at the close" is a value at that price, not a price.)
    constexpr double kMaxUnitPrice = 1e6;
    if (security && n.value && *n.value < kMaxUnitPrice &&
        frames[i].measured.find(" per ") == std::string::npos) {
      frames[i].measured += " per share";
      frames[i].generic = false;
    }
    frames[i].subgroups.emplace_back("price", point);
    std::sort(frames[i].subgroups.begin(), frames[i].subgroups.end());
  }
}

// "With 62% of ballots counted, the president is on 49.1%": a figure of how far a count has
// come is a snapshot of that count (two different ones are two snapshots, not a conflict),
// and while the count is far from done the figures of its sentence are early results,
// which the article itself presents as such: neither is the final figure (the guidelines'
// "earlier or superseded" figure).
void mark_count_progress(const Analysis& a, std::vector<QuantityFrame>& frames) {
  constexpr double kNearlyDone = 90.0;  // a count this far along reads as the result
  for (size_t i = 0; i < frames.size(); ++i) {
    const NumberMention& m = a.numbers[i];
    const DocumentText& t = a.documents[m.doc].text;
    if (m.sentence >= t.sentences.size() || !is_count_progress(t, m)) continue;
    frames[i].restriction = "progress " + std::to_string(*m.value);
    if (*m.value >= kNearlyDone) continue;
    auto in_sentence = [&](size_t k) {
      return a.numbers[k].doc == m.doc && a.numbers[k].sentence == m.sentence;
    };
    auto mark = [&](size_t k) {
      if (!frames[k].excluded && frames[k].restriction.empty())
        frames[k].restriction = "early count";
    };
    for (size_t k = i; k > 0 && in_sentence(k - 1); --k) mark(k - 1);
    for (size_t k = i + 1; k < frames.size() && in_sentence(k); ++k) mark(k);
  }
}

}  // namespace

// A bare share ("51.3 per cent for leaving", "Yes 51.3%, No 48.7%", "Kestrov took 47.8%")
// is a share of the votes when its sentence names a vote ("referendum", "ballot", "runoff":
// the happening table's vote words), or when it is someone's share in an article that
// states a share of the votes elsewhere; a share in a sentence about a poll is the poll's
// ("an exit poll puts Kestrov on 46–49%"). A share with a predicate of its own (turnout,
// seats), a change, or a counted noun is left as it reads.
void mark_vote_shares(const Analysis& a, std::vector<QuantityFrame>& frames) {
  constexpr std::string_view kVote = "vote";  // the predicate of "won 48% of the vote"
  auto bare_share = [&](size_t i) {
    const QuantityFrame& f = frames[i];
    return a.numbers[i].kind == NumberKind::kPercent && !f.excluded && f.measured == "percent|" &&
           !f.change && !f.earlier && (f.restriction.empty() || f.restriction == kRequired) &&
           (f.predicate.empty() || f.predicate == kVote);
  };
  std::unordered_set<uint32_t> docs_with_vote_shares;
  for (size_t i = 0; i < frames.size(); ++i)
    if (frames[i].measured == "percent|votes") docs_with_vote_shares.insert(a.numbers[i].doc);
  for (size_t i = 0; i < frames.size(); ++i) {
    if (!bare_share(i)) continue;
    const NumberMention& n = a.numbers[i];
    const DocumentText& t = a.documents[n.doc].text;
    bool vote_word = false, poll_word = false, ownership_word = false;
    if (n.sentence < t.sentences.size()) {
      const Sentence& s = t.sentences[n.sentence];
      std::string w;
      for (uint32_t k = s.first_token; k < s.end_token && !poll_word; ++k) {
        if (t.tokens[k].kind != TokenKind::kWord) continue;
        const std::string_view original = t.slice(t.tokens[k].span);
        assign_lowercase(w, original);
        vote_word = vote_word || lexicon::is_vote_noun(w);
        ownership_word = ownership_word || lexicon::is_ownership_word(w);
        // "the U.S. Geological Survey" is a name, no survey.
        poll_word = lexicon::is_poll_word(w) && original == w;
      }
    }
    if (poll_word) {
      frames[i].measured = "percent|poll";
    } else if (!ownership_word && (vote_word || (!frames[i].holder.empty() &&
                                                 docs_with_vote_shares.count(n.doc) != 0))) {
      frames[i].measured = "percent|votes";
    } else {
      continue;
    }
    frames[i].generic = false;
  }
}

// "took 29 seats on 19.6%, up 11", "won 17 (11.3%)": a figure with no holder of its own, a
// few carrying words (or the earlier figure's counted noun) after a figure with one in its
// sentence, is that holder's too.
void carry_holders(const Analysis& a, std::vector<QuantityFrame>& frames) {
  constexpr uint32_t kMaxCarryWords = 6;  // "29, up 11 from 2022, on nearly 20%"
  std::string folded;
  for (size_t i = 1; i < frames.size(); ++i) {
    const NumberMention &n = a.numbers[i], &before = a.numbers[i - 1];
    if (!frames[i].holder.empty() || frames[i - 1].holder.empty() || before.doc != n.doc ||
        before.sentence != n.sentence)
      continue;
    // Only to a figure of the same thing or a share ("29 seats on 19.6%"), not one counting
    // something of its own ("28 points, with 12,000 fans"), nor how far a count has come.
    if ((!n.unit.empty() && n.unit != before.unit && n.kind != NumberKind::kPercent) ||
        frames[i].restriction.starts_with("progress"))
      continue;
    const DocumentText& t = a.documents[n.doc].text;
    uint32_t k = token_at(t, before.span.begin);
    while (k < t.tokens.size() && t.tokens[k].span.begin < before.span.end) ++k;
    const uint32_t first = token_at(t, n.span.begin);
    if (first < k || first - k > kMaxCarryWords) continue;
    bool carries = true;
    for (uint32_t j = k; j < first && carries; ++j) {
      folded.clear();
      unicode::fold_append(folded, t.slice(t.tokens[j].span));
      carries = lexicon::is_holder_carry_word(folded) || lexicon::is_figure_hedge(folded) ||
                year_token(t, j) != 0 || (j == k && folded == before.unit);
    }
    if (!carries) continue;
    frames[i].holder = frames[i - 1].holder;
    frames[i].holder_person = frames[i - 1].holder_person;
  }
}

// "gained 1.4% against the dollar and 0.9% against the euro", "exports rose 4% and imports
// 2%": a figure after "and" (or a comma) in a change's sentence, with no verb of its own
// between them, is the same kind of change.
void carry_changes(const Analysis& a, std::vector<QuantityFrame>& frames) {
  constexpr uint32_t kMaxBetween = 8;
  std::string folded;
  for (size_t i = 1; i < frames.size(); ++i) {
    const NumberMention &n = a.numbers[i], &before = a.numbers[i - 1];
    QuantityFrame& f = frames[i];
    if (f.change || f.earlier || !frames[i - 1].change || frames[i - 1].earlier ||
        before.doc != n.doc || before.sentence != n.sentence || before.kind != n.kind)
      continue;
    const DocumentText& t = a.documents[n.doc].text;
    uint32_t k = token_at(t, before.span.begin);
    while (k < t.tokens.size() && t.tokens[k].span.begin < before.span.end) ++k;
    const uint32_t first = token_at(t, n.span.begin);
    if (first <= k || first - k > kMaxBetween) continue;
    bool joined = false, verb = false;
    for (uint32_t j = k; j < first && !verb; ++j) {
      const std::string_view text = t.slice(t.tokens[j].span);
      if (text == ";" || text == ":") verb = true;
      if (t.tokens[j].kind != TokenKind::kWord) {
        joined = joined || text == ",";
        continue;
      }
      folded.clear();
      unicode::fold_append(folded, text);
      joined = joined || folded == "and" || folded == "while";
      // A verb, a level ("to 11.42") or a start ("from 4.25%") of its own.
      verb = lexicon::is_be_form(folded) || lexicon::is_change_verb(folded) ||
             lexicon::is_level_verb(folded) || lexicon::is_holding_verb(folded) ||
             lexicon::is_changing_verb(folded) || folded == "to" || folded == "from" ||
             folded == "at" || folded == "of";
    }
    // Not a share of something or a figure with its own verb after it ("and 40% of revenue
    // now comes from China", "and 30% were online").
    uint32_t after = first;
    while (after < t.tokens.size() && t.tokens[after].span.begin < n.span.end) ++after;
    if (after < t.tokens.size() && t.tokens[after].kind == TokenKind::kWord) {
      folded.clear();
      unicode::fold_append(folded, t.slice(t.tokens[after].span));
      if (folded == "of" || lexicon::is_be_form(folded) || lexicon::is_change_verb(folded) ||
          lexicon::is_level_verb(folded))
        continue;
    }
    if (joined && !verb) f.change = true;
  }
}

std::vector<QuantityFrame> quantity_frames(const Analysis& a, std::span<const uint32_t> same_as) {
  std::vector<QuantityFrame> frames;
  frames.reserve(a.numbers.size());
  std::unordered_set<std::string> national_names;
  std::string national_name;
  LowercaseText lowercase;  // of the document of the figure at hand
  for (size_t i = 0; i < a.numbers.size(); ++i) {
    const NumberMention& n = a.numbers[i];
    // A wire copy's figure reads as its first copy does, when their articles share a year.
    if (i < same_as.size() && same_as[i] < i) {
      const uint32_t first = same_as[i];
      if (year_of(a.documents[n.doc].published) ==
          year_of(a.documents[a.numbers[first].doc].published)) {
        frames.push_back(frames[first]);
        continue;
      }
    }
    const bool same_sentence =
        i > 0 && a.numbers[i - 1].doc == n.doc && a.numbers[i - 1].sentence == n.sentence;
    national_name.clear();
    frames.push_back(read_frame(a, n, same_sentence ? &a.numbers[i - 1] : nullptr,
                                same_sentence ? &frames[i - 1] : nullptr, national_name,
                                lowercase));
    if (!national_name.empty()) national_names.insert(national_name);
  }
  mark_count_progress(a, frames);
  mark_provisional(a, frames, lowercase);
  // "€1.5 million ($1.6 million)", "52 billion rupees, about $620 million": a sum in
  // parentheses or set off by a comma and a hedge right after a sum in another currency
  // restates it. It is that sum's, and joins only other restatements, never a sum stated so.
  for (size_t i = 1; i < frames.size(); ++i) {
    const NumberMention &n = a.numbers[i], &before = a.numbers[i - 1];
    if (n.kind != NumberKind::kMoney || before.kind != NumberKind::kMoney || before.doc != n.doc ||
        before.sentence != n.sentence || before.unit == n.unit)
      continue;
    const std::string_view between =
        a.documents[n.doc].text.slice(Span{before.span.end, n.span.begin});
    if (!lexicon::is_conversion_join(between)) continue;
    if (frames[i].predicate.empty()) frames[i].predicate = frames[i - 1].predicate;
    frames[i].restriction = "conversion";
  }
  // Whose figure each is ("Kestrov took 48%").
  const HolderReader holders(a);
  for (size_t i = 0; i < frames.size(); ++i)
    holders.read(a, a.numbers[i], frames[i], lowercase);  // an excluded one's only carries on
  carry_holders(a, frames);
  carry_changes(a, frames);
  mark_sides(a, frames, lowercase);
  mark_vote_shares(a, frames);
  // Who counted each figure, read between the figures beside it in its sentence.
  for (size_t i = 0; i < frames.size(); ++i) {
    const NumberMention& n = a.numbers[i];
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size() || t.tokens.empty()) continue;
    const Sentence& s = t.sentences[n.sentence];
    auto in_sentence = [&](size_t k) {
      return a.numbers[k].doc == n.doc && a.numbers[k].sentence == n.sentence;
    };
    // One past the last token of a figure.
    auto end_of = [&](const NumberMention& m) {
      uint32_t k = token_at(t, m.span.begin);
      while (k < t.tokens.size() && t.tokens[k].span.begin < m.span.end) ++k;
      return k;
    };
    const uint32_t first = token_at(t, n.span.begin);
    const uint32_t last = std::max(first + 1, end_of(n)) - 1;
    const uint32_t from = i > 0 && in_sentence(i - 1) ? end_of(a.numbers[i - 1]) : s.first_token;
    const uint32_t to = i + 1 < frames.size() && in_sentence(i + 1)
                            ? token_at(t, a.numbers[i + 1].span.begin)
                            : s.end_token;
    if (from <= first && last < to)
      frames[i].counter = counter_of(t, lowercase.of(t), from, first, last, to);
  }
  // "X employs 9,800 and Y about 31,000": a headcount belongs to the name nearest before it
  // in its sentence (no place), or to the combined group when "combined" is nearer.
  for (size_t i = 0; i < frames.size(); ++i) {
    if (frames[i].excluded || !lexicon::is_owned_predicate(frames[i].predicate)) continue;
    const NumberMention& n = a.numbers[i];
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size()) continue;
    const uint32_t sentence_begin = t.sentences[n.sentence].span.begin;
    auto e = std::lower_bound(a.entities.begin(), a.entities.end(), std::pair{n.doc, n.span.begin},
                              [](const EntityMention& m, const std::pair<uint32_t, uint32_t>& key) {
                                return std::pair{m.doc, m.span.begin} < key;
                              });
    uint32_t owner_end = sentence_begin;
    while (e != a.entities.begin()) {
      --e;
      if (e->doc != n.doc || e->span.end <= sentence_begin) break;
      if (e->type == EntityType::kPlace || e->span.end > n.span.begin) continue;
      frames[i].owner = lower(e->canonical.empty() ? std::string(t.slice(e->span)) : e->canonical);
      owner_end = e->span.end;
      break;
    }
    // "Corvane employs ...": a name that opens the sentence is no entity there, but is one
    // elsewhere in the article.
    const uint32_t first_word = t.sentences[n.sentence].first_token;
    if (frames[i].owner.empty() && first_word < t.tokens.size() &&
        t.tokens[first_word].kind == TokenKind::kWord &&
        t.tokens[first_word].span.end <= n.span.begin) {
      const std::string_view opening = t.slice(t.tokens[first_word].span);
      if (!opening.empty() && opening[0] >= 'A' && opening[0] <= 'Z') {
        // The article's own entities only: they lie together, in document order (every
        // entity of the analysis was read once per such figure).
        auto m = std::lower_bound(a.entities.begin(), a.entities.end(), n.doc,
                                  [](const EntityMention& x, uint32_t doc) { return x.doc < doc; });
        for (; m != a.entities.end() && m->doc == n.doc; ++m)
          if (m->type != EntityType::kPlace && t.slice(m->span) == opening) {
            frames[i].owner = lower(m->canonical.empty() ? std::string(opening) : m->canonical);
            owner_end = t.tokens[first_word].span.end;
            break;
          }
      }
    }
    std::string w;
    for (uint32_t k = token_at(t, std::max(owner_end, sentence_begin));
         k < t.tokens.size() && t.tokens[k].span.end <= n.span.begin; ++k) {
      if (t.tokens[k].kind != TokenKind::kWord) continue;
      assign_lowercase(w, t.slice(t.tokens[k].span));
      if (lexicon::is_combined_word(w)) frames[i].owner = "combined";
    }
  }
  // "Vantrell shares fell 12%", "Brannock Motors stock closed up 3%": a change of a share
  // price belongs to the company named right before "shares" or "stock" (its first word: one
  // company is written with and without its kind). Two companies' share prices never join.
  for (size_t i = 0; i < frames.size(); ++i) {
    if (frames[i].excluded || !frames[i].owner.empty() ||
        (frames[i].measured != "percent|shares" && frames[i].measured != "percent|stock"))
      continue;
    const NumberMention& n = a.numbers[i];
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size()) continue;
    const uint32_t floor = t.sentences[n.sentence].first_token;
    constexpr uint32_t kShareWordReach = 6;
    const uint32_t at = token_at(t, n.span.begin);
    std::string w;
    for (uint32_t k = at; k > floor && at - k < kShareWordReach;) {
      --k;
      if (t.tokens[k].kind != TokenKind::kWord) break;
      assign_lowercase(w, t.slice(t.tokens[k].span));
      if (w != "shares" && w != "stock") continue;
      // The run of capitalised words before it, less the words opening it that name no
      // company: a determiner or other function word ("The Brannock shares", "Its shares"),
      // a weekday or a month ("On Tuesday Brannock shares"). A possessive "'s" is no part of
      // the name ("Brannock's shares").
      uint32_t first = k;
      while (first > floor && t.tokens[first - 1].kind == TokenKind::kWord) {
        const std::string_view before = t.slice(t.tokens[first - 1].span);
        if (before.empty() || before[0] < 'A' || before[0] > 'Z') break;
        --first;
      }
      for (; first < k; ++first) {
        std::string_view name = t.slice(t.tokens[first].span);
        for (const std::string_view mark : {std::string_view("'s"), std::string_view("\u2019s")})
          if (name.size() > mark.size() && name.ends_with(mark)) name.remove_suffix(mark.size());
        assign_lowercase(w, name);
        // Only a full name is a date's: "Sun" or "Mar" may be a company.
        const int month = lexicon::month_number(w), weekday = lexicon::weekday_number(w);
        const bool calendar = (month != 0 && lower(lexicon::month_name(month)) == w) ||
                              (weekday >= 0 && lower(lexicon::weekday_name(weekday)) == w);
        if (!w.empty() && !lexicon::is_stop_word(w) && !calendar) break;
      }
      if (first == k) break;
      frames[i].owner = w;
      break;
    }
  }
  // "jumped 24% to $37.10 in premarket trading", "closed up 25.8%", "rose a quarter in early
  // trading": when in the trading day a share price moved, read in the figure's clause, read
  // on through the price it reached ("to $37.10", "at $22.40"), and in a phrase opening the
  // sentence before it ("In early trading, X shares fell 4%"): another move of the sentence
  // may have its own session. Moves of different sessions never join.
  for (size_t i = 0; i < frames.size(); ++i) {
    if (frames[i].excluded ||
        (frames[i].measured != "percent|shares" && frames[i].measured != "percent|stock"))
      continue;
    const NumberMention& n = a.numbers[i];
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size()) continue;
    const Sentence& s = t.sentences[n.sentence];
    const Clause c = figure_clause(a, n, lowercase);
    std::string w, next;
    uint32_t from = c.begin(), to = c.end();
    auto ends_here = [&](uint32_t k) {
      if (t.tokens[k].kind == TokenKind::kWord) assign_lowercase(w, t.slice(t.tokens[k].span));
      return ends_clause(t, k, w);
    };
    // The price reached: a figure right after "to" or "at" (a currency sign between).
    while (to < s.end_token && t.tokens[to].kind == TokenKind::kNumber) {
      uint32_t lead = to;
      while (lead > c.last() + 1 && t.tokens[lead - 1].kind == TokenKind::kSymbol) --lead;
      if (lead <= c.last() + 1 || !c.is_word(lead - 1) ||
          (c.word(lead - 1) != "to" && c.word(lead - 1) != "at"))
        break;
      ++to;
      while (to < s.end_token && !ends_here(to)) ++to;
    }
    // A phrase opening the sentence, set off by a comma.
    if (from > s.first_token && t.slice(t.tokens[from - 1].span) == ",") {
      uint32_t k = s.first_token;
      while (k < from - 1 && !ends_here(k)) ++k;
      if (k == from - 1) from = s.first_token;
    }
    std::string_view session;
    for (uint32_t k = from; k < to && session.empty(); ++k) {
      if (t.tokens[k].kind != TokenKind::kWord) continue;
      assign_lowercase(w, t.slice(t.tokens[k].span));
      session = lexicon::trading_session(w);
      // "close" only as the market's: "at the close", not "close to 1.9 million".
      if (w == "close" && !(k > s.first_token && t.tokens[k - 1].kind == TokenKind::kWord &&
                            lower(t.slice(t.tokens[k - 1].span)) == "the"))
        session = {};
      if (session.empty() && (w == "early" || w == "late") && k + 1 < s.end_token &&
          t.tokens[k + 1].kind == TokenKind::kWord) {
        assign_lowercase(next, t.slice(t.tokens[k + 1].span));
        if (next == "trading") session = lexicon::trading_session("intraday");
      }
    }
    if (session.empty()) continue;
    frames[i].subgroups.emplace_back("session", session);
    std::sort(frames[i].subgroups.begin(), frames[i].subgroups.end());
  }
  mark_price_points(a, frames, lowercase);
  // "up 12 from Thursday", "an increase of 17 since Wednesday": the day a change is counted
  // from is the first date after it in its clause with a reference word ("from", "since")
  // before it.
  std::string w;
  for (size_t i = 0; i < frames.size(); ++i) {
    if (!frames[i].change) continue;
    const NumberMention& n = a.numbers[i];
    const auto date =
        std::lower_bound(a.dates.begin(), a.dates.end(), std::pair{n.doc, n.span.end},
                         [](const DateMention& d, const std::pair<uint32_t, uint32_t>& key) {
                           return std::pair{d.doc, d.span.begin} < key;
                         });
    if (date == a.dates.end() || date->doc != n.doc || date->sentence != n.sentence ||
        date->resolved.empty())
      continue;
    const DocumentText& t = a.documents[n.doc].text;
    bool reference = false;
    for (uint32_t k = token_at(t, n.span.end);
         k < t.tokens.size() && t.tokens[k].span.begin < date->span.end; ++k) {
      w.clear();
      if (t.tokens[k].kind == TokenKind::kWord) assign_lowercase(w, t.slice(t.tokens[k].span));
      if (lexicon::is_change_reference_word(w)) reference = true;
      if (t.tokens[k].span.begin < date->span.begin && ends_clause(t, k, w)) break;
    }
    if (reference) frames[i].since = date->resolved;
  }
  // "A clash last month killed two soldiers", "Last month, two soldiers were killed": a date
  // of the figure's clause, or one that opens its sentence, that names a month other than the
  // article's puts the figure in that month. Only a month ("last month", "in February"): a
  // day is how outlets differ on one happening, not a different period.
  for (size_t i = 0; i < frames.size(); ++i) {
    const NumberMention& n = a.numbers[i];
    const std::string& published = a.documents[n.doc].published;
    if (frames[i].excluded || published.size() < 7) continue;
    const DocumentText& t = a.documents[n.doc].text;
    if (n.sentence >= t.sentences.size() || t.tokens.empty()) continue;
    const Sentence& s = t.sentences[n.sentence];
    auto date = std::lower_bound(
        a.dates.begin(), a.dates.end(), std::pair{n.doc, t.tokens[s.first_token].span.begin},
        [](const DateMention& d, const std::pair<uint32_t, uint32_t>& key) {
          return std::pair{d.doc, d.span.begin} < key;
        });
    const uint32_t figure = token_at(t, n.span.begin);
    for (; date != a.dates.end() && date->doc == n.doc && date->sentence == n.sentence; ++date) {
      if (date->resolved.size() != 7 || published.compare(0, 7, date->resolved) == 0) continue;
      const uint32_t at = token_at(t, date->span.begin);
      // "4,200 people have been killed since March": the month a running count of what
      // happened starts from puts it in no month (but a change over that span, "risen by 125
      // basis points since June", is one of that span, no change of the day).
      if (n.kind == NumberKind::kCount && !frames[i].predicate.empty() && !frames[i].change &&
          starts_a_span(t, at))
        continue;
      const bool opens = at == s.first_token;
      const bool near = at < figure ? !separates(t, at, figure) : !separates(t, figure, at);
      if (opens || near) {
        frames[i].period = date->resolved;
        break;
      }
    }
  }
  // "84 of the 150 seats": the first figure counts the second's noun, the second is the
  // whole it is a part of (a body's size), no quantity of its own.
  for (size_t i = 0; i + 1 < frames.size(); ++i) {
    const NumberMention &part = a.numbers[i], &whole = a.numbers[i + 1];
    if (part.doc != whole.doc || part.sentence != whole.sentence || frames[i + 1].excluded ||
        part.kind != whole.kind)
      continue;
    const DocumentText& t = a.documents[part.doc].text;
    const uint32_t after = token_at(t, part.span.end - 1) + 1;
    const uint32_t whole_at = token_at(t, whole.span.begin);
    if (whole_at < after + 1 || lower(t.slice(t.tokens[after].span)) != "of") continue;
    uint32_t plain_at = after + 1;  // where the whole stands in "of (the) N"
    if (plain_at < whole_at && lower(t.slice(t.tokens[plain_at].span)) == "the") ++plain_at;
    // "cut 2,300 of Brisca's 8,200 jobs", "20 of insolvent Brisca Air's 52 aircraft", "4,100
    // of the Ardenian carrier's 8,200 employees": the whole is an owner's stated size (its
    // workforce, its fleet), a quantity of its own that the part's verb does not frame.
    const bool owned = whole_at != plain_at && whole_at == after_possessor(t, plain_at, whole_at);
    if (whole_at != plain_at && !owned) continue;
    QuantityFrame& f = frames[i];
    if (f.excluded || f.measured.size() <= f.measured.find('|') + 1) {
      f.measured = frames[i + 1].measured;
      f.excluded = false;
      f.generic = frames[i + 1].generic;
    }
    if (whole.value) f.part_of = *whole.value;
    // "450 of the 2,300 jobs there": the part holds where its whole does.
    f.site = f.site || frames[i + 1].site;
    if (owned) {
      QuantityFrame& owner_whole = frames[i + 1];
      const bool workforce = owner_whole.measured.ends_with(
          std::string("|") + std::string(lexicon::unit_class("employees")));
      owner_whole.predicate = workforce ? "employ" : "";
      owner_whole.forecast = owner_whole.change = false;
    } else {
      frames[i + 1].excluded = true;
    }
  }
  // "2 million, with 400,000 in Paris": a figure without a place beside one of the same
  // measure with a named place is the wider total, not a figure for that place.
  std::unordered_set<std::string> placed_measures;
  for (size_t i = 0, end = 0; i < frames.size(); i = end) {
    const NumberMention& n = a.numbers[i];
    end = i + 1;
    while (end < frames.size() && a.numbers[end].doc == n.doc &&
           a.numbers[end].sentence == n.sentence)
      ++end;
    // What the sentence's figures with a named place measure: one pass, then one lookup
    // per figure (a sentence may hold thousands of figures).
    // Only a figure of the same measure and predicate: "14 killed and 40 wounded in X" are
    // both in X.
    placed_measures.clear();
    for (size_t k = i; k < end; ++k)
      if (!frames[k].place.empty() && !national_names.count(frames[k].place))
        placed_measures.insert(frames[k].measured + "|" + frames[k].predicate);
    if (placed_measures.empty()) continue;
    for (size_t j = i; j < end; ++j) {
      QuantityFrame& f = frames[j];
      if (f.excluded || f.national || f.local || !f.place.empty()) continue;
      // "at a depth of 10 km, 25 km north of X": a distance or a span is no total of places.
      const NumberKind kind = a.numbers[j].kind;
      if (kind == NumberKind::kMeasure || kind == NumberKind::kDuration || kind == NumberKind::kAge)
        continue;
      if (placed_measures.count(f.measured + "|" + f.predicate)) f.national = true;
    }
  }
  if (!national_names.empty()) {
    for (QuantityFrame& f : frames) {
      if (!f.place.empty() && national_names.count(f.place)) {
        f.place.clear();
        f.national = true;
      }
    }
  }
  return frames;
}

}  // namespace parallax
