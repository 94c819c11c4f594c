// Finds date and time expressions word by word. Each try_* rule looks at a bounded number
// of words from its start, so a scan is linear in the number of tokens; the tense of a
// clause is read from at most kTenseWindow words on either side.
#include "extract/date_scan.h"

#include <algorithm>
#include <bit>
#include <cstdlib>

#include "extract/words.h"
#include "lexicon/calendar_lexicon.h"
#include "lexicon/token_classes.h"
#include "text/unicode.h"

namespace parallax::date_scan {

namespace {

using lexicon::Period;
using lexicon::Tense;

constexpr size_t kTenseWindow = 10;
constexpr size_t kLongTenseWindow = 18;  // read back only when nothing nearer tells
// A year-less "Oct. 21" within this many days of the reference is read in the nearest
// year whatever the tense; farther away, the tense picks the year.
constexpr long kNearDays = 60;

namespace tc = lexicon::token_class;

// Whether folded `low` is `name` lowercased ("october", "October"), without building the
// lowercased copy.
bool is_lowered(std::string_view low, std::string_view name) {
  if (low.size() != name.size()) return false;
  for (size_t k = 0; k < low.size(); ++k) {
    const char c = name[k];
    if (low[k] != ((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c)) return false;
  }
  return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view without_final_period(std::string_view s) {
  return ends_with(s, ".") ? s.substr(0, s.size() - 1) : s;
}

// The Monday of the week (Monday to Sunday) holding `d`.
CivilDate monday_of(CivilDate d) {
  return add_days(d, -((weekday(d) + 6) % 7));
}

bool is_ordinal_suffix(std::string_view s) {
  return s == "st" || s == "nd" || s == "rd" || s == "th";
}

// A number token: its text, and its value when it has at most four digits (days,
// years; longer numbers are never part of a date).
// unicode::fold_append, with ASCII words (nearly all) lowercased inline: fold_append
// decodes every code point, which cost more than the rest of loading a word.
void fold_into(std::string& out, std::string_view raw) {
  const size_t at = out.size();
  out.resize(at + raw.size());
  char* to = out.data() + at;
  for (size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      out.resize(at);
      unicode::fold_append(out, raw);
      return;
    }
    to[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
}

// A word ending in a possessive 's (folded, so ’ is ').
bool ends_possessive(const Word& w) {
  const std::string_view low = w.low;
  return w.kind == TokenKind::kWord && low.size() > 2 && low[low.size() - 2] == '\'' &&
         low.back() == 's';
}

void read_number(std::string_view raw, Word& w) {
  w.low = raw;
  if (raw.size() <= 4 &&
      std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    w.digits = static_cast<int>(raw.size());
    w.value = 0;
    for (char c : raw) w.value = w.value * 10 + (c - '0');
  }
}

}  // namespace

Scanner::Scanner(const DocumentText& doc, std::optional<CivilDate> reference,
                 const words::FoldedTokens* folded)
    : doc_(doc),
      shared_folded_(folded),
      hyphen_lengths_(lexicon::hyphen_position_lengths()),
      reference_(reference) {
  words_.reserve(64);  // most sentences: the words vector then never grows
}

void Scanner::load(uint32_t first_token, uint32_t end_token) {
  // One pass fills every field of each word in place (no push_back, no temporary Word, and
  // no default fill first, which cost as much as the pass); words without shared folded
  // tokens fold into folded_, whose views are set once it has stopped growing.
  const size_t n = end_token - first_token;
  words_.resize(n);
  const bool own = shared_folded_ == nullptr;
  if (own) {
    folded_.clear();
    folded_at_.assign(n, Span{});
  }
  for (size_t k = 0; k < n; ++k) {
    const uint32_t t = first_token + static_cast<uint32_t>(k);
    const Token& token = doc_.tokens[t];
    Word& w = words_[k];
    w.span = token.span;
    w.kind = token.kind;
    w.cap = false;
    w.classes = 0;
    w.value = -1;
    w.digits = 0;
    const std::string_view raw = doc_.slice(token.span);
    if (token.kind == TokenKind::kNumber) {
      read_number(raw, w);
      continue;
    }
    if (token.kind == TokenKind::kWord) w.cap = words::is_capitalised(raw);
    if (own) {
      folded_at_[k].begin = static_cast<uint32_t>(folded_.size());
      fold_into(folded_, raw);
      folded_at_[k].end = static_cast<uint32_t>(folded_.size());
    } else {
      w.low = (*shared_folded_)[t];
      w.classes = shared_folded_->classes(t);
      if (ends_possessive(w)) strip_possessive(w, raw);
    }
  }
  if (!own) return;
  // Padding lets token_classes_padded read any word in 8-byte loads.
  folded_.append(16, '\0');
  const std::string_view folded = folded_;
  for (size_t k = 0; k < n; ++k) {
    Word& w = words_[k];
    if (w.kind == TokenKind::kNumber) continue;
    w.low = folded.substr(folded_at_[k].begin, folded_at_[k].size());
    if (ends_possessive(w))
      strip_possessive(w, doc_.slice(doc_.tokens[first_token + k].span));
    else
      w.classes = lexicon::token_classes_padded(w.low);
  }
}

// "Tuesday’s" reads as "tuesday": the possessive leaves the word's text and span.
void Scanner::strip_possessive(Word& w, std::string_view raw) {
  const size_t apostrophe_at = unicode::previous_start(raw, raw.size() - 1);
  w.low.remove_suffix(2);
  w.span.end = w.span.begin + static_cast<uint32_t>(apostrophe_at);
  w.classes = lexicon::token_classes(w.low);
}

Span Scanner::span(const Found& f) const {
  return {words_[f.first].span.begin, words_[f.end - 1].span.end};
}

bool Scanner::is(size_t i, std::string_view folded) const {
  return i < words_.size() && words_[i].low == folded;
}

bool Scanner::is_word(size_t i) const {
  return i < words_.size() && words_[i].kind == TokenKind::kWord;
}

bool Scanner::adjacent(size_t a, size_t b) const {
  return a < words_.size() && b < words_.size() && words_[a].span.end == words_[b].span.begin;
}

// A capitalised month name or abbreviation: 1..12, else 0.
int Scanner::month_at(size_t i) const {
  if (!is_word(i) || !words_[i].cap || !in(i, tc::kMonth)) return 0;
  return lexicon::month_number(words_[i].low);
}

// A day of the month (1..31, with an optional ordinal suffix); sets `end` past it.
int Scanner::day_at(size_t i, size_t& end) const {
  if (i >= words_.size() || words_[i].digits < 1 || words_[i].digits > 2) return 0;
  const int day = words_[i].value;
  if (day < 1 || day > 31) return 0;
  end = i + 1;
  if (is_word(end) && adjacent(i, end) && is_ordinal_suffix(words_[end].low)) ++end;
  // "5:30", "5%" and "5/8" are not days.
  if (end < words_.size() && adjacent(end - 1, end) &&
      (is(end, ":") || is(end, "/") || words_[end].kind == TokenKind::kSymbol))
    return 0;
  return day;
}

bool Scanner::is_year(size_t i) const {
  return i < words_.size() && words_[i].digits == 4 && words_[i].value >= 1000 &&
         words_[i].value <= 2999 &&
         !(i + 1 < words_.size() && adjacent(i, i + 1) &&
           ((is(i + 1, ":") && !colon_ends_phrase(i + 1)) ||
            words_[i + 1].kind != TokenKind::kPunct));
}

// Whether the colon at word k closes what comes before it ("(Q3 2025: a loss of 96m)"): a
// space or the end of the text follows it, so it joins no numbers ("2025:10").
bool Scanner::colon_ends_phrase(size_t k) const {
  return is(k, ":") && (k + 1 >= words_.size() || !adjacent(k, k + 1));
}

// "October 23, 2024", "Oct. 23", "23 October 2024", "the 23rd of October", "February
// 2022", "February of 2022" or a month on its own.
std::optional<Scanner::Calendar> Scanner::parse_calendar(size_t i) const {
  Calendar cal;
  size_t j = i;
  if (const int month = month_at(i)) {
    cal.month = month;
    cal.abbreviated = !is_lowered(words_[i].low, lexicon::month_name(month));
    j = i + 1;
    if (cal.abbreviated && is(j, ".") && adjacent(i, j)) ++j;
    // "Mar/4"
    if (is(j, "/") && adjacent(j - 1, j) && adjacent(j, j + 1) && words_[j + 1].digits >= 1 &&
        words_[j + 1].digits <= 2)
      ++j;
    size_t end = j;
    int day = day_at(j, end);
    // "March twenty first": an ordinal word not starting a noun phrase ("March first quarter").
    if (!day && (day = ordinal_day_at(j, end)) != 0 && is_word(end) && !words_[end].cap &&
        !lexicon::is_date_preposition(words_[end].low) && !is(end, "at") && !is(end, "the"))
      day = 0;
    if (day) {
      cal.day = day;
      j = end;
      // A range of days: "Oct. 23-24" (resolved to its first day).
      if (is(j, "-") && adjacent(j - 1, j) && adjacent(j, j + 1)) {
        size_t range_end = j + 1;
        if (day_at(j + 1, range_end) > day) j = range_end;
      }
      const size_t y = is(j, ",") ? j + 1 : j;
      if (is_year(y)) {
        cal.year = words_[y].value;
        j = y + 1;
      }
    } else {
      const size_t y = is(j, "of") ? j + 1 : j;
      if (is_year(y)) {
        cal.year = words_[y].value;
        j = y + 1;
      } else if (cal.abbreviated) {
        return std::nullopt;
      }
    }
    cal.end = j;
    return cal;
  }
  // "Dec12, 2009": a month and day written without a space.
  if (is_word(i) && words_[i].cap && words_[i].low.size() >= 4 && words_[i].low.back() >= '0' &&
      words_[i].low.back() <= '9') {
    const std::string_view low = words_[i].low;
    const size_t digits_at = low.find_first_of("0123456789");
    const std::string_view digits = low.substr(digits_at);
    const int month = lexicon::month_number(low.substr(0, digits_at));
    if (!month || digits.size() > 2 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos)
      return std::nullopt;
    const int day = std::atoi(std::string(digits).c_str());
    if (day < 1 || day > 31) return std::nullopt;
    cal.month = month;
    cal.day = day;
    j = i + 1;
    const size_t y = is(j, ",") ? j + 1 : j;
    if (is_year(y)) {
      cal.year = words_[y].value;
      j = y + 1;
    }
    cal.end = j;
    return cal;
  }
  size_t end = i;
  if (const int day = day_at(i, end)) {
    j = is(end, "of") ? end + 1 : end;
    const int month = month_at(j);
    if (!month) return std::nullopt;
    cal.day = day;
    cal.month = month;
    cal.abbreviated = !is_lowered(words_[j].low, lexicon::month_name(month));
    ++j;
    if (cal.abbreviated && is(j, ".") && adjacent(j - 1, j)) ++j;
    const size_t y = is(j, ",") ? j + 1 : j;
    if (is_year(y)) {
      cal.year = words_[y].value;
      j = y + 1;
    }
    cal.end = j;
    return cal;
  }
  return std::nullopt;
}

// A month name with neither day nor year is a date when it is an unambiguous name not
// starting a longer name ("June Carter"), or after a date preposition ("in May").
bool Scanner::accept_bare_month(size_t i, const Calendar& cal) const {
  if (cal.abbreviated) return false;
  const bool after_preposition =
      i > 0 && is_word(i - 1) && lexicon::is_date_preposition(words_[i - 1].low);
  if (after_preposition) return true;
  if (lexicon::month_is_ambiguous(words_[i].low)) return false;
  return !(is_word(i + 1) && words_[i + 1].cap);
}

// The tense of the clause around words [first, end): the nearest cue before it, else
// the nearest after it. Cues are table words and phrases, and -ed verbs that do not
// follow an auxiliary ("to be completed" is not past).
Tense Scanner::tense(size_t first, size_t end) const {
  auto single = [&](size_t k) -> std::optional<Tense> {
    if (!is_word(k)) return std::nullopt;
    const std::string_view w = words_[k].low;
    const bool after_auxiliary =
        k > 0 && is_word(k - 1) && lexicon::is_participle_auxiliary(words_[k - 1].low);
    // "will be held": a participle after an auxiliary is not a past tense.
    if (auto cue = lexicon::tense_cue(w)) {
      if (*cue == Tense::kPast && after_auxiliary) return std::nullopt;
      return cue;
    }
    // "faces a confidence vote on Friday": the scheduled thing faced stands right before the
    // date, a few words after the verb.
    if (lexicon::is_anticipation_verb(w) && k < first) {
      constexpr size_t kObjectReach = 4, kDateReach = 2;
      for (size_t j = k + 1; j < first && j <= k + kObjectReach; ++j)
        if (is_word(j) && first - j <= kDateReach &&
            lexicon::is_scheduled_event_noun(words_[j].low))
          return Tense::kFuture;
    }
    const size_t apostrophe = w.rfind('\'');
    if (apostrophe != std::string::npos && apostrophe > 0) {
      if (auto cue = lexicon::tense_cue(std::string_view(w).substr(apostrophe))) return cue;
      // "wouldn't", "won't", "didn't": the verb before the negation.
      if (w.substr(apostrophe) == "'t" && apostrophe >= 2 && w[apostrophe - 1] == 'n') {
        const std::string_view verb = w.substr(0, apostrophe - 1);
        // "couldn't reach the village on Friday" tells of what did not happen.
        if (verb == "could") return std::nullopt;
        if (auto cue = lexicon::tense_cue(verb == "wo" ? "will" : verb == "ca" ? "can" : verb))
          return cue;
      }
    }
    if (w.size() >= 4 && ends_with(w, "ed") && !words_[k].cap && !lexicon::is_non_past_ed(w) &&
        !after_auxiliary)
      return Tense::kPast;
    return std::nullopt;
  };
  std::string two;  // reused: most pairs are turned away before it is built
  auto pair = [&](size_t a) -> std::optional<Tense> {
    if (!is_word(a) || !is_word(a + 1) || !lexicon::starts_tense_phrase(words_[a].low))
      return std::nullopt;
    // After an article or a possessive the phrase's first word is a noun, not a verb: "came
    // to an end on Saturday" is no "end on" of a schedule. ("that" is left out: "the talks
    // that end on Friday".)
    if (a > 0 && is_word(a - 1) && words_[a - 1].low != "that" &&
        lexicon::is_year_determiner(words_[a - 1].low))
      return std::nullopt;
    two.assign(words_[a].low).append(" ").append(words_[a + 1].low);
    // "the next meeting, on Feb. 4" looks ahead; "the next day, Saturday" tells on.
    if (two == "the next" &&
        !(is_word(a + 2) && lexicon::is_scheduled_event_noun(words_[a + 2].low)))
      return std::nullopt;
    return lexicon::tense_cue(two);
  };
  auto is_stop = [&](size_t k) { return is(k, ";") || is(k, ":"); };
  for (size_t k = first, steps = 0; k > 0 && steps < kTenseWindow; ++steps) {
    --k;
    if (is_stop(k)) break;
    if (k > 0)
      if (auto cue = pair(k - 1)) return *cue;
    if (auto cue = single(k)) return *cue;
  }
  // Not into a clause of its own after a comma ("will begin talks on Thursday, after the
  // results published yesterday"): its tense is that clause's.
  for (size_t k = end, steps = 0; k < words_.size() && steps < kTenseWindow; ++k, ++steps) {
    if (is_stop(k)) break;
    if (is(k, ",") && is_word(k + 1) && lexicon::is_clause_subordinator(words_[k + 1].low)) break;
    // Nor into a verb coordinated after it ("began at 18:00 on Tuesday and is set to run for
    // 72 hours"): that verb's tense is its own clause's.
    if ((is(k, "and") || is(k, "but")) && is_word(k + 1) &&
        !lexicon::is_year_determiner(words_[k + 1].low) &&
        (lexicon::tense_cue(words_[k + 1].low) || lexicon::starts_tense_phrase(words_[k + 1].low)))
      break;
    if (auto cue = pair(k)) return *cue;
    if (auto cue = single(k)) return *cue;
  }
  // No cue near: a long clause's verb further back ("will begin formal coalition talks with
  // the Greens and the Farmers' Party on Thursday").
  for (size_t k = first > kTenseWindow ? first - kTenseWindow : 0, steps = kTenseWindow;
       k > 0 && steps < kLongTenseWindow; ++steps) {
    --k;
    if (is_stop(k) || is(k, ",")) break;
    if (k > 0)
      if (auto cue = pair(k - 1)) return *cue;
    if (auto cue = single(k)) return *cue;
  }
  return Tense::kUnknown;
}

// Whether the date at word i follows "for" after a verb of arranging and its object
// ("called a meeting for Monday", "set a vote for Friday"): the day a thing is arranged for
// is ahead, though the arranging is told in the past. "called for Monday's talks" (no
// object between) is a demand, not an arrangement.
// Arranging told as past narration is refused: after "had" ("had scheduled a vote for
// Tuesday, but ..."), "called in" (officers, not a meeting), and when a past clause follows
// ("..., but police blocked the route", "..., which turned violent").
bool Scanner::arranged_for(size_t i, size_t end) const {
  constexpr size_t kMaxObjectWords = 4;
  if (i < 3 || !is(i - 1, "for")) return false;
  for (size_t words = 0; words <= kMaxObjectWords && i >= 2 + words; ++words) {
    const size_t k = i - 2 - words;
    if (!is_word(k)) return false;
    if (words > 0 && lexicon::is_arranging_verb(words_[k].low)) {
      if (k > 0 && is(k - 1, "had")) return false;
      if (is(k + 1, "in")) return false;
      return !past_clause_follows(end);
    }
  }
  return false;
}

// Whether the word at k is a past-tense verb: a past cue, or an -ed word not after an
// auxiliary ("will be held").
bool Scanner::past_word(size_t k) const {
  if (!is_word(k)) return false;
  const std::string_view w = words_[k].low;
  const bool after_auxiliary =
      k > 0 && is_word(k - 1) && lexicon::is_participle_auxiliary(words_[k - 1].low);
  if (after_auxiliary) return false;
  if (auto cue = lexicon::tense_cue(w)) return *cue == Tense::kPast;
  return w.size() >= 4 && ends_with(w, "ed") && !words_[k].cap && !lexicon::is_non_past_ed(w);
}

// Whether a past clause follows the date ending at word `end` in its sentence: "but" or
// "which" then a past verb within a few words ("but the speaker postponed it", ", which
// turned violent"), or a past main verb right after the date ("from Monday shut the ports").
bool Scanner::past_clause_follows(size_t end) const {
  constexpr size_t kWindow = 14, kClauseWords = 4;
  if (past_word(end)) return true;
  for (size_t k = end; k < words_.size() && k < end + kWindow; ++k) {
    if (is(k, ".") || is(k, ";") || is(k, ":")) break;
    if (!is(k, "but") && !is(k, "which")) continue;
    for (size_t j = k + 1; j < words_.size() && j <= k + kClauseWords; ++j)
      if (past_word(j)) return true;
  }
  return false;
}

// Whether the date at words [i, end) starts a counted period named before "from": "three
// days of national mourning from Thursday", "a 48-hour strike from Monday". A period
// announced with its start is ahead, as with "beginning on" (a tense cue); a range ("from
// Saturday to Monday") tells of one that may be over, and is left to the tense.
bool Scanner::announced_period_start(size_t i, size_t end) const {
  constexpr size_t kMaxWords = 5;  // "days of national mourning", "-hour general strike"
  if (i < 3 || !is(i - 1, "from")) return false;
  if (end < words_.size() && (is(end, "to") || is(end, "until") || is(end, "till") ||
                              is(end, "through") || is(end, "and") || is(end, "-")))
    return false;
  if (past_clause_follows(end)) return false;  // "from Monday shut the ports"
  // Announced: an announcing verb (or "will", "to") a few words before the period word.
  auto announced = [&](size_t k) {
    constexpr size_t kMaxLead = 5;  // "called a 48 - hour strike"
    for (size_t j = k; j > 0 && k - j < kMaxLead;) {
      --j;
      if (is(j, ".") || is(j, ";")) return false;
      if (!is_word(j)) continue;
      const std::string_view v = words_[j].low;
      if (v == "declared" || v == "declares" || v == "declare" || v == "announced" ||
          v == "announces" || v == "announce" || v == "called" || v == "calls" || v == "call" ||
          v == "will" || v == "to")
        return true;
    }
    return false;
  };
  for (size_t words = 0; words < kMaxWords && i >= 2 + words; ++words) {
    const size_t k = i - 2 - words;
    if (!is_word(k)) return false;
    const std::string_view w = words_[k].low;
    bool plural = false;
    // "three days of mourning": the count and its article before the period word
    if (lexicon::period_word(w, &plural) && plural && is(k + 1, "of")) return announced(k);
    // "a 48-hour strike", "a three-day strike": the period word after a hyphen, whether
    // the hyphen is its own token or inside the word.
    const size_t hyphen = w.rfind('-');
    const std::string_view tail = hyphen == std::string_view::npos ? w : w.substr(hyphen + 1);
    const bool after_hyphen =
        hyphen != std::string_view::npos || (k > 0 && is(k - 1, "-") && adjacent(k - 1, k));
    if (after_hyphen && lexicon::period_word(tail, &plural) && !plural) return announced(k);
  }
  return false;
}

bool Scanner::names_stated_figure(size_t i) const {
  return i < words_.size() && is_word(i) && lexicon::is_stated_figure_noun(words_[i].low);
}

// ---- Resolution ----

void Scanner::resolve_full(Found& f, CivilDate date, int stated_weekday) {
  f.full = true;
  f.year = date.year;
  f.month = date.month;
  f.day = date.day;
  if (!is_valid(date)) {
    f.note = "not a calendar date";
    return;
  }
  f.resolved = format_iso(date);
  anchor_ = date;
  if (stated_weekday >= 0 && weekday(date) != stated_weekday) {
    f.conflict = true;
    f.note = std::string(lexicon::weekday_name(stated_weekday)) + " does not match " + f.resolved +
             ", a " + std::string(lexicon::weekday_name(weekday(date)));
  } else {
    f.note = "stated in full";
  }
}

void Scanner::resolve_month_day(Found& f, int month, int day, int stated_weekday) {
  f.month = month;
  f.day = day;
  resolve_yearly(
      f,
      [&](int y) {
        return CivilDate{y, month, day};
      },
      stated_weekday);
}

template <typename DateInYear>
void Scanner::resolve_yearly(Found& f, DateInYear date_in_year, int stated_weekday) {
  if (!reference_) {
    f.note = "no reference date for the year";
    return;
  }
  const CivilDate ref = *reference_;
  const long ref_days = days_from_civil(ref);
  struct Candidate {
    CivilDate date;
    long diff;
  };
  std::vector<Candidate> candidates;
  // A weekday of a month and day recurs every five to eleven years: with an inferred
  // reference, the years before it are searched for the one where it fits.
  const bool by_weekday = stated_weekday >= 0 && reference_inferred_;
  constexpr int kWeekdayYearsBack = 6;
  for (int y = ref.year - (by_weekday ? kWeekdayYearsBack : 1); y <= ref.year + 1; ++y) {
    const CivilDate d = date_in_year(y);
    if (is_valid(d)) candidates.push_back({d, days_from_civil(d) - ref_days});
  }
  if (candidates.empty()) {
    f.note = "not a calendar date";
    return;
  }
  auto closest = [](const Candidate& a, const Candidate& b) {
    return std::labs(a.diff) < std::labs(b.diff);
  };
  const Candidate* pick = &*std::min_element(candidates.begin(), candidates.end(), closest);
  f.note = "year of the reference date";
  if (stated_weekday >= 0) {
    // The year in which the stated weekday fits, if one is near (any of the years searched,
    // when the reference is inferred).
    const Candidate* fit = nullptr;
    for (const Candidate& c : candidates)
      if (weekday(c.date) == stated_weekday && (by_weekday || std::labs(c.diff) <= 183) &&
          (!fit || closest(c, *fit)))
        fit = &c;
    if (fit) pick = fit;
    if (fit && by_weekday) {
      f.year_from_weekday = true;
      f.note = "the year in which the stated weekday falls";
    }
  } else if (std::labs(pick->diff) > kNearDays) {
    const size_t first = f.first, end = f.end;
    const Tense t = tense(first, end);
    const Candidate* by_tense = nullptr;
    for (const Candidate& c : candidates) {
      if (t == Tense::kPast && c.diff <= 0 && (!by_tense || c.diff > by_tense->diff)) by_tense = &c;
      if (t == Tense::kFuture && c.diff >= 0 && (!by_tense || c.diff < by_tense->diff))
        by_tense = &c;
    }
    if (by_tense) {
      pick = by_tense;
      f.note =
          t == Tense::kPast ? "past tense: the last such day" : "future tense: the next such day";
    } else {
      // News style leaves out the year of dates in the current year.
      for (const Candidate& c : candidates)
        if (c.date.year == ref.year && std::labs(c.diff) <= 183) pick = &c;
    }
  }
  f.resolved = format_iso(pick->date);
  anchor_ = pick->date;
  if (stated_weekday >= 0 && weekday(pick->date) != stated_weekday) {
    f.conflict = true;
    f.note = std::string(lexicon::weekday_name(stated_weekday)) + " does not match " + f.resolved +
             ", a " + std::string(lexicon::weekday_name(weekday(pick->date)));
  }
}

void Scanner::set_day(Found& f, CivilDate date, const char* note) {
  if (!is_valid(date)) return;
  f.resolved = format_iso(date);
  f.note = note;
  anchor_ = date;
}

void Scanner::set_range(Found& f, CivilDate from, CivilDate to) const {
  f.range_from = format_iso(from);
  f.range_to = format_iso(to);
}

void Scanner::resolve_month(Found& f, int month, std::optional<int> deictic) const {
  f.month = month;
  if (!reference_) return;
  const int ref_year = reference_->year, ref_month = reference_->month;
  int year = ref_year;
  if (deictic && *deictic < 0) {
    year = month < ref_month ? ref_year : ref_year - 1;
    f.note = "the last such month";
  } else if (deictic && *deictic > 0) {
    year = month > ref_month ? ref_year : ref_year + 1;
    f.note = "the next such month";
  } else if (deictic) {
    f.note = "this year";
  } else {
    const Tense t = tense(f.first, f.end);
    if (t == Tense::kPast) {
      year = month <= ref_month ? ref_year : ref_year - 1;
      f.note = "past tense: the last such month";
    } else if (t == Tense::kFuture) {
      year = month >= ref_month ? ref_year : ref_year + 1;
      f.note = "future tense: the next such month";
    } else {
      const int diff = month - ref_month;
      year = diff >= 6 ? ref_year - 1 : diff < -6 ? ref_year + 1 : ref_year;
      f.note = "the nearest such month";
    }
  }
  f.resolved = format_year_month(year, month);
}

void Scanner::resolve_weekday(Found& f, int day, std::optional<int> deictic) const {
  if (!reference_) return;
  const int ref_weekday = weekday(*reference_);
  const int back = (ref_weekday - day + 7) % 7;
  const int forward = (day - ref_weekday + 7) % 7;
  long offset = -back;
  if (deictic && *deictic < 0) {
    // "last Monday", "previous Monday": that day of the week before the reference's.
    const CivilDate day_in_week = add_days(monday_of(*reference_), -7 + (day + 6) % 7);
    f.resolved = format_iso(day_in_week);
    f.note = "that day of the previous week";
    return;
  } else if (deictic && *deictic > 0) {
    offset = forward == 0 ? 7 : forward;
    f.note = "the next such day after the reference";
  } else if (names_stated_figure(f.end)) {
    f.note = "the day a figure was given: the last such day";
  } else if (arranged_for(f.first, f.end)) {
    offset = forward;
    f.note = "a thing arranged for that day: the next such day";
  } else if (announced_period_start(f.first, f.end)) {
    offset = forward;
    f.note = "the start of a period announced: the next such day";
  } else if (tense(f.first, f.end) == Tense::kFuture) {
    offset = forward;
    f.note = "future tense: the next such day";
  } else {
    f.note = "past tense or news usage: the last such day";
  }
  f.resolved = format_iso(add_days(*reference_, offset));
}

void Scanner::resolve_period(Found& f, Period period, int offset) const {
  if (!reference_) return;
  int year = reference_->year, month = reference_->month;
  switch (period) {
    case Period::kMonth:
      add_months(year, month, offset);
      f.resolved = format_year_month(year, month);
      break;
    case Period::kYear:
      f.resolved = format_year(year + offset);
      break;
    case Period::kDay:
    case Period::kHour:
      f.resolved = format_iso(add_days(*reference_, offset));
      break;
    case Period::kWeek:
    case Period::kWeekend: {
      // Weeks run Monday to Sunday; the reading is the range, `resolved` stays empty.
      const CivilDate monday = add_days(monday_of(*reference_), 7L * offset);
      if (period == Period::kWeek)
        set_range(f, monday, add_days(monday, 6));
      else
        set_range(f, add_days(monday, 5), add_days(monday, 6));
      f.note = "a week is finer than a month and coarser than a day: read as a range";
      break;
    }
  }
}

void Scanner::resolve_season(Found& f, int start_month, std::optional<int> deictic) const {
  if (!reference_) return;
  const int ref_year = reference_->year, ref_month = reference_->month;
  int year = ref_year;
  if (deictic && *deictic < 0) year = ref_month >= start_month + 3 ? ref_year : ref_year - 1;
  if (deictic && *deictic > 0) year = ref_month < start_month ? ref_year : ref_year + 1;
  f.resolved = format_year(year);
}

size_t Scanner::part_of_day_end(size_t i) const {
  return is_word(i) && lexicon::is_part_of_day(words_[i].low) ? i + 1 : i;
}

// ---- Rules ----

// "7pm", "11:11 pm", "2:30 p.m.", "10:42 AM EDT", "2211 GMT", "at noon".
bool Scanner::try_time(size_t i, Found& f) const {
  const Word& w = words_[i];
  auto meridiem = [&](size_t k) {
    return is_word(k) && lexicon::is_meridiem(without_final_period(words_[k].low));
  };
  auto zone = [&](size_t k) {
    return is_word(k) && words_[k].cap && lexicon::is_time_zone(words_[k].low);
  };
  // A range: "from 9 a.m. to noon", "between 3 and 5 pm", "9am to 5pm".
  {
    const bool opener = i > 0 && is_word(i - 1) && lexicon::is_time_range_opener(words_[i - 1].low);
    size_t first_end = 0, second_end = 0;
    int from = 0, to = 0;
    bool from_meridiem = false, to_meridiem = false;
    if ((w.kind == TokenKind::kNumber || opener) &&
        clock_at(i, opener, first_end, from, from_meridiem) && first_end < words_.size() &&
        lexicon::is_time_range_joiner(words_[first_end].low) && (opener || !is(first_end, "and")) &&
        clock_at(first_end + 1, false, second_end, to, to_meridiem) &&
        (from_meridiem || to_meridiem)) {
      // "between 3 and 5 pm": the first end takes the second's afternoon.
      if (!from_meridiem && to >= 12 * 60 && from + 12 * 60 <= to) from += 12 * 60;
      if (from == 24 * 60 - 1) from = 0;  // "from midnight"
      f.first = opener ? i - 1 : i;
      f.end = zone(second_end) ? second_end + 1 : second_end;
      f.is_time = true;
      f.minute_from = from;
      f.minute_to = to;
      return true;
    }
  }
  size_t end = 0;
  if (w.kind == TokenKind::kWord) {
    if (in(i, tc::kDateStart) && lexicon::is_named_time(w.low) && i > 0 && is_word(i - 1) &&
        lexicon::is_time_preposition(words_[i - 1].low))
      end = i + 1;
  } else if (w.kind == TokenKind::kNumber) {
    if (w.digits >= 1 && w.digits <= 2 && w.value <= 24 && is(i + 1, ":") && adjacent(i, i + 1) &&
        adjacent(i + 1, i + 2) && words_[i + 2].digits == 2 && words_[i + 2].value < 60) {
      end = i + 3;
      if (is(end, ":") && adjacent(end - 1, end) && adjacent(end, end + 1) &&
          words_[end + 1].digits == 2)
        end += 2;
      if (meridiem(end)) ++end;
    } else if (w.digits >= 1 && w.digits <= 2 && w.value >= 1 && w.value <= 12 && meridiem(i + 1)) {
      end = i + 2;
    } else if (w.digits == 4 && w.value % 100 < 60 && w.value < 2400 && zone(i + 1)) {
      end = i + 1;
    } else if (w.value < 0 && meridiem(i + 1)) {
      // "7.30pm": one number token with a period.
      const size_t dot = w.low.find('.');
      if (dot != std::string::npos && dot >= 1 && dot <= 2 && w.low.size() == dot + 3) end = i + 2;
    }
    if (end && zone(end)) ++end;
  }
  if (!end) return false;
  f.first = i;
  f.end = end;
  f.is_time = true;
  return true;
}

// "2024-10-23", "10/23/2024" (month first unless the first number exceeds 12),
// "23.10.2024".
bool Scanner::try_numeric(size_t i, Found& f) {
  const Word& w = words_[i];
  if (w.kind != TokenKind::kNumber) return false;
  auto chain = [&](size_t count) {
    for (size_t k = i; k + 1 < i + count; ++k)
      if (!adjacent(k, k + 1)) return false;
    return i + count <= words_.size();
  };
  if (w.digits == 4 && chain(5) && is(i + 1, "-") && is(i + 3, "-") && words_[i + 2].digits >= 1 &&
      words_[i + 2].digits <= 2 && words_[i + 4].digits >= 1 && words_[i + 4].digits <= 2) {
    f.first = i;
    f.end = i + 5;
    resolve_full(f, {w.value, words_[i + 2].value, words_[i + 4].value}, -1);
    return true;
  }
  if (w.digits >= 1 && w.digits <= 2 && chain(5) && is(i + 1, "/") && is(i + 3, "/") &&
      words_[i + 2].digits >= 1 && words_[i + 2].digits <= 2 && words_[i + 4].digits == 4) {
    int month = w.value, day = words_[i + 2].value;
    if (month > 12) std::swap(month, day);
    f.first = i;
    f.end = i + 5;
    resolve_full(f, {words_[i + 4].value, month, day}, -1);
    return true;
  }
  if (w.value < 0) {
    // d.m.yyyy in one token
    const std::string s(w.low);  // atoi needs the terminating NUL
    const size_t a = s.find('.');
    const size_t b = a == std::string::npos ? a : s.find('.', a + 1);
    if (b != std::string::npos && a >= 1 && a <= 2 && b - a - 1 >= 1 && b - a - 1 <= 2 &&
        s.size() - b - 1 == 4 && s.find_first_not_of("0123456789.") == std::string::npos &&
        s.find('.', b + 1) == std::string::npos) {
      f.first = i;
      f.end = i + 1;
      resolve_full(
          f, {std::atoi(s.c_str() + b + 1), std::atoi(s.c_str() + a + 1), std::atoi(s.c_str())},
          -1);
      return true;
    }
  }
  return false;
}

// "Wednesday, Oct. 23, 2024" (checked for a contradiction), "Tuesday", "Tuesday
// afternoon".
bool Scanner::try_weekday(size_t i, Found& f) {
  if (!is_word(i) || !words_[i].cap || !in(i, tc::kWeekday)) return false;
  const int day = lexicon::weekday_number(words_[i].low);
  if (day < 0) return false;
  size_t j = i + 1;
  if (is(j, ".") && adjacent(i, j)) ++j;
  if (is(j, ",")) ++j;
  const bool paren = is(j, "(");
  if (paren) ++j;
  if (auto cal = parse_calendar(j); cal && cal->day) {
    f.first = i;
    f.end = cal->end;
    if (paren && is(f.end, ")")) ++f.end;
    if (cal->year)
      resolve_full(f, {cal->year, cal->month, cal->day}, day);
    else
      resolve_month_day(f, cal->month, cal->day, day);
    return true;
  }
  if (!is_lowered(words_[i].low, lexicon::weekday_name(day))) return false;
  if (i > 0 && is_word(i - 1) && words_[i - 1].cap &&
      lexicon::is_weekday_name_prefix(words_[i - 1].low))
    return false;
  // "The Sunday Times", "the Saturday Evening Post": a weekday opening a title.
  if (i > 0 && is(i - 1, "the") && is_word(i + 1) && words_[i + 1].cap) return false;
  f.first = i;
  f.end = part_of_day_end(i + 1);
  // "Thursday next week", "Monday of last week": that day of the week named.
  size_t k = is(f.end, "of") ? f.end + 1 : f.end;
  if (is_word(k) && reference_) {
    if (auto d = lexicon::deictic_offset(words_[k].low);
        d && words_[k].low != "past" && is(k + 1, "week")) {
      f.end = k + 2;
      const CivilDate monday = add_days(monday_of(*reference_), 7L * *d);
      set_day(f, add_days(monday, (day + 6) % 7), "that day of the week named");
      return true;
    }
  }
  resolve_weekday(f, day, std::nullopt);
  return true;
}

bool Scanner::try_calendar(size_t i, Found& f) {
  auto cal = parse_calendar(i);
  if (!cal) return false;
  if (!cal->day && !cal->year && !accept_bare_month(i, *cal)) return false;
  f.first = i;
  f.end = cal->end;
  if (cal->day && cal->year) {
    resolve_full(f, {cal->year, cal->month, cal->day}, -1);
  } else if (cal->day) {
    resolve_month_day(f, cal->month, cal->day, -1);
  } else if (cal->year) {
    f.year = cal->year;
    f.month = cal->month;
    f.resolved = format_year_month(cal->year, cal->month);
    f.note = "stated month and year";
  } else if (auto offset = year_after_month(cal->end); offset && reference_) {
    // "in March last year", "in June next year": that month of the year named after it.
    f.end = cal->end + 2;
    f.year = reference_->year + *offset;
    f.month = cal->month;
    f.resolved = format_year_month(f.year, cal->month);
    f.note = "the month of the year named after it";
  } else {
    resolve_month(f, cal->month, std::nullopt);
  }
  return true;
}

// The year that "last year", "next year" or "this year" at token k names, as an offset from
// the reference year ("March last year": -1), or nothing.
std::optional<int> Scanner::year_after_month(size_t k) const {
  if (!is_word(k) || !is(k + 1, "year")) return std::nullopt;
  const std::string_view w = words_[k].low;
  if (w != "last" && w != "next" && w != "this") return std::nullopt;
  return lexicon::deictic_offset(w);
}

// "yesterday", "tonight", "last night", "the day before yesterday", "yesterday morning".
bool Scanner::try_relative_day(size_t i, Found& f) const {
  if (!is_word(i) || !in(i, tc::kDateStart) || !lexicon::starts_relative_day(words_[i].low))
    return false;
  std::string phrase;
  size_t words = 0;
  for (size_t k = i; k < i + 3 && is_word(k); ++k, ++words) {
    if (k > i) phrase += ' ';
    phrase += words_[k].low;
  }
  // Longest phrase first.
  for (size_t count = words; count >= 1; --count) {
    if (auto days = lexicon::relative_day(phrase)) {
      f.first = i;
      f.end = part_of_day_end(i + count);
      if (reference_) {
        f.resolved = format_iso(add_days(*reference_, *days));
        f.note = "relative to the reference date";
      }
      return true;
    }
    const size_t space = phrase.rfind(' ');
    if (space == std::string::npos) break;
    phrase.resize(space);
  }
  return false;
}

// "two days ago", "a year ago", "three days later", "weeks ago".
bool Scanner::try_count(size_t i, Found& f) {
  // Vague modifiers, counts and periods are all date start words.
  if (is_word(i) && !in(i, tc::kDateStart)) return false;
  int count = -1;
  size_t j = i + 1;
  bool plural = false;
  // "recent months", "the coming days": dates too vague to resolve.
  if (is_word(i) && lexicon::is_vague_period_modifier(words_[i].low) && is_word(i + 1) &&
      lexicon::period_word(words_[i + 1].low, &plural) && plural) {
    f.first = i;
    f.end = i + 2;
    f.note = "too vague to resolve";
    return true;
  }
  if (is_word(i)) {
    if (auto n = lexicon::count_word(words_[i].low)) {
      count = *n;
      if (is(j, "few")) {
        count = 0;
        ++j;
      }
    } else if (lexicon::period_word(words_[i].low, &plural) && plural) {
      count = 0;
      j = i;  // "weeks ago": no count
    }
  } else if (words_[i].digits >= 1 && words_[i].digits <= 3) {
    count = words_[i].value;
  }
  if (count < 0 || !is_word(j) || !in(j, tc::kDateStart)) return false;
  const auto period = lexicon::period_word(words_[j].low);
  if (!period || !is_word(j + 1)) return false;
  // "three days after today", "two weeks from Monday", "a day before Christmas": counted
  // from the day named after the direction word.
  std::optional<CivilDate> base;
  const char* note = "counted from the last date stated";
  auto direction = lexicon::relative_direction(words_[j + 1].low);
  size_t end = j + 2;
  if (!direction) {
    direction = lexicon::anchored_direction(words_[j + 1].low);
    if (!direction || count == 0) return false;
    // Only a count of days or weeks, read to the day ("two months after March 3" is rare
    // and "a year after the war began" names no day).
    if (*period != Period::kDay && *period != Period::kWeek) return false;
    auto anchor = anchor_day(j + 2, end);
    if (!anchor) return false;
    base = anchor;
    note = "counted from the day named";
  } else if (words_[j + 1].low == "ago") {
    base = reference_;
    note = "counted back from the reference date";
  } else {
    base = anchor_;
  }
  f.first = i;
  f.end = end;
  if (!base || count == 0) return true;
  const int offset = *direction * count;
  switch (*period) {
    case Period::kDay:
      f.resolved = format_iso(add_days(*base, offset));
      break;
    case Period::kHour:
      f.resolved = format_iso(*base);
      break;
    case Period::kWeek:
      f.resolved = format_iso(add_days(*base, 7L * offset));
      break;
    case Period::kMonth:
      // "two months ago": the day two months back, not only its month.
      f.resolved = format_iso(add_months(*base, offset));
      break;
    case Period::kYear:
      f.resolved = format_year(base->year + offset);
      break;
    case Period::kWeekend:
      break;
  }
  f.note = note;
  return true;
}

// The day a count of periods is counted from (try_count): a relative day, a weekday, a
// month and day, or a holiday at word k.
std::optional<CivilDate> Scanner::anchor_day(size_t k, size_t& end) {
  if (k >= words_.size()) return std::nullopt;
  if (is(k, "now") && reference_) {
    end = k + 1;
    return reference_;
  }
  Found inner;
  inner.first = k;
  const bool hit = try_relative_day(k, inner) || try_weekday(k, inner) || try_calendar(k, inner) ||
                   try_holiday(k, inner);
  if (!hit || inner.resolved.size() != 10) return std::nullopt;
  end = inner.end;
  return parse_iso_date(inner.resolved);
}

// Position and deictic modifiers before a target: "earlier this month", "last week",
// "next year", "late 2023", "early October", "Earlier Wednesday", "last Tuesday", "the
// end of the year", "this past weekend", "last summer", "earlier today".
bool Scanner::try_modified(size_t i, Found& f) {
  // Position and deictic words are all date start words.
  if (!is_word(i) || !in(i, tc::kDateStart)) return false;
  size_t j = i;
  bool position = false, the_after_of = false;
  if (lexicon::is_position_word(words_[i].low)) {
    if (lexicon::position_needs_of(words_[i].low)) {
      if (!is(i + 1, "of")) return false;
      j = i + 2;
      if (is(j, "the")) {
        the_after_of = true;
        ++j;
      }
    } else {
      j = i + 1;
    }
    position = true;
  }
  std::optional<int> deictic;
  if (!the_after_of && is_word(j)) {
    if (is(j, "this") && is(j + 1, "past")) {
      deictic = -1;
      j += 2;
    } else if (auto d = lexicon::deictic_offset(words_[j].low); d && words_[j].low != "past") {
      deictic = d;
      ++j;
    }
    // "the last week", "the next month": durations, not dates.
    if (deictic && *deictic != 0 && !position && i > 0 && is(i - 1, "the")) return false;
  }
  if (!position && !deictic) return false;
  if (j >= words_.size()) return false;
  f.first = i;
  bool plural = false;
  if (is_word(j)) {
    if (auto period = lexicon::period_word(words_[j].low, &plural);
        period && !plural && (deictic || the_after_of) && *period != Period::kDay &&
        *period != Period::kHour) {
      f.end = j + 1;
      resolve_period(f, *period, deictic.value_or(0));
      // "next week on Thursday", "last week, on Monday": that day of the week named.
      if (*period == Period::kWeek && deictic && !position && reference_) {
        size_t k = f.end;
        if (is(k, ",")) ++k;
        if (is(k, "on")) ++k;
        const int day = is_word(k) && words_[k].cap && in(k, tc::kWeekday)
                            ? lexicon::weekday_number(words_[k].low)
                            : -1;
        if (day >= 0 && is_lowered(words_[k].low, lexicon::weekday_name(day))) {
          f.end = part_of_day_end(k + 1);
          const CivilDate monday = add_days(monday_of(*reference_), 7L * *deictic);
          f.range_from.clear();
          f.range_to.clear();
          set_day(f, add_days(monday, (day + 6) % 7), "that day of the week named");
        }
      }
      return true;
    }
    if (auto start = lexicon::season_start(words_[j].low)) {
      size_t end = j + 1;
      const size_t y = is(end, "of") ? end + 1 : end;
      f.end = end;
      if (is_year(y)) {
        f.end = y + 1;
        f.resolved = format_year(words_[y].value);
        f.year = words_[y].value;
      } else if (deictic) {
        resolve_season(f, *start, deictic);
      } else {
        return false;
      }
      return true;
    }
    const int day =
        words_[j].cap && in(j, tc::kWeekday) ? lexicon::weekday_number(words_[j].low) : -1;
    if (day >= 0 && is_lowered(words_[j].low, lexicon::weekday_name(day))) {
      // "this Thursday, January 19", "last Friday, Jan. 13": the date after it names the day,
      // one expression (checked against the weekday), as after a bare weekday.
      const size_t k = is(j + 1, ",") ? j + 2 : j + 1;
      if (auto cal = parse_calendar(k); cal && cal->day) {
        f.end = cal->end;
        if (cal->year)
          resolve_full(f, {cal->year, cal->month, cal->day}, day);
        else
          resolve_month_day(f, cal->month, cal->day, day);
        return true;
      }
      f.end = part_of_day_end(j + 1);
      resolve_weekday(f, day, deictic);
      return true;
    }
    if (auto cal = parse_calendar(j)) {
      f.end = cal->end;
      if (cal->day && cal->year) {
        resolve_full(f, {cal->year, cal->month, cal->day}, -1);
      } else if (cal->day) {
        resolve_month_day(f, cal->month, cal->day, -1);
      } else if (cal->year) {
        f.resolved = format_year_month(cal->year, cal->month);
      } else {
        resolve_month(f, cal->month, deictic);
      }
      return true;
    }
    if (position && !deictic) {
      Found inner;
      if (try_relative_day(j, inner)) {
        f.end = inner.end;
        f.resolved = inner.resolved;
        f.note = inner.note;
        return true;
      }
    }
  }
  if (position && !deictic && is_year(j)) {
    f.end = j + 1;
    f.year = words_[j].value;
    f.resolved = format_year(words_[j].value);
    return true;
  }
  return false;
}

// "mid-October", "mid-2022", "late-September".
bool Scanner::try_hyphenated(size_t i, Found& f) const {
  if (!is_word(i) || !may_be_hyphenated(words_[i].low)) return false;
  const std::string_view w = words_[i].low;
  const size_t dash = w.find('-');
  if (dash == std::string::npos || dash == 0) return false;
  if (!lexicon::is_position_word(w.substr(0, dash)) ||
      lexicon::position_needs_of(w.substr(0, dash)))
    return false;
  const std::string_view rest = std::string_view(w).substr(dash + 1);
  f.first = i;
  f.end = i + 1;
  if (const int month = lexicon::month_number(rest)) {
    resolve_month(f, month, std::nullopt);
    return true;
  }
  if (rest.size() == 4 &&
      std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const int year = std::atoi(std::string(rest).c_str());
    if (year < 1000) return false;
    f.year = year;
    f.resolved = format_year(year);
    return true;
  }
  return false;
}

// "summer 2023", "spring of 2022".
bool Scanner::try_season(size_t i, Found& f) const {
  if (!is_word(i) || !in(i, tc::kDateStart) || !lexicon::season_start(words_[i].low)) return false;
  const size_t y = is(i + 1, "of") ? i + 2 : i + 1;
  if (!is_year(y)) return false;
  f.first = i;
  f.end = y + 1;
  f.year = words_[y].value;
  f.resolved = format_year(f.year);
  return true;
}

// A part of a (fiscal) year without its year: "the third quarter", "third-quarter revenue",
// "Q3", "the July-September quarter". Left unresolved (a quarter is coarser than a month and
// finer than a year).
bool Scanner::try_year_part(size_t i, Found& f) const {
  if (!is_word(i)) return false;
  size_t end = 0;
  const std::string_view low = words_[i].low;
  const size_t hyphen = low.find('-');
  int first_month = 0, last_month = 0;  // the months the part spans
  auto part = [&](int parts, int which) {
    first_month = (which - 1) * (12 / parts) + 1;
    last_month = which * (12 / parts);
  };
  if (const std::optional<int> code = lexicon::year_part_code(low)) {
    end = i + 1;
    part(*code / 10, *code % 10);
  } else if (hyphen != std::string_view::npos) {  // "third-quarter" as one word
    const std::optional<int> ordinal = lexicon::week_ordinal(low.substr(0, hyphen));
    const std::optional<int> parts = lexicon::year_parts(low.substr(hyphen + 1));
    // "the July-September quarter", "Jan-Mar": a run of months, as coarse as a quarter.
    const int from = lexicon::month_number(low.substr(0, hyphen));
    const int to = lexicon::month_number(low.substr(hyphen + 1));
    const bool months = words_[i].cap && from != 0 && to != 0 && from < to;
    if (!months && (!ordinal || !parts || *ordinal < 1 || *ordinal > *parts)) return false;
    end = i + 1;
    if (months) {
      first_month = from;
      last_month = to;
    } else {
      part(*parts, *ordinal);
    }
  } else if (const std::optional<int> ordinal = lexicon::week_ordinal(words_[i].low);
             ordinal && *ordinal > 0) {
    size_t k = i + 1;
    if (is(k, "-") && adjacent(i, k) && adjacent(k, k + 1)) ++k;  // "third-quarter"
    if (!is_word(k)) return false;
    const std::optional<int> parts = lexicon::year_parts(words_[k].low);
    if (!parts || *ordinal > *parts) return false;
    end = k + 1;
    part(*parts, *ordinal);
    // "the third quarter", "third-quarter", or a year after it: not "came second half a lap
    // behind".
    const size_t y = is(end, "of") ? end + 1 : end;
    if (!(i > 0 && is(i - 1, "the")) && k == i + 1 && !is_year(y)) return false;
  } else {
    return false;
  }
  // With a year after it ("the first half of 2026") the year is the date, read on its own.
  if (is_year(is(end, "of") ? end + 1 : end)) return false;
  f.first = i;
  f.end = end;
  // Its months in the reference year, or the year before when they are yet to come: the
  // reading is the range, `resolved` stays empty.
  if (reference_ && first_month > 0 && last_month >= first_month) {
    int year = reference_->year;
    if (CivilDate{year, first_month, 1} > *reference_) --year;
    set_range(f, {year, first_month, 1}, {year, last_month, days_in_month(year, last_month)});
    f.note = "a part of the year: its months in the reference year";
  }
  return true;
}

// A bare year: "in 2022", "since 2022", "the 2022 invasion", "2023-24". Four-digit
// numbers after a currency sign or a hedge ("about 2000"), before a plural noun ("2000
// troops") or after a capitalised name ("Vision 2030") are not years.
bool Scanner::try_year(size_t i, Found& f) const {
  const Word& w = words_[i];
  if (w.digits != 4 || w.value < 1900 || w.value > 2100) return false;
  size_t end = i + 1;
  if (is(end, "-") && adjacent(i, end) && adjacent(end, end + 1) &&
      (words_[end + 1].digits == 2 || words_[end + 1].digits == 4))
    end += 2;
  else if (end < words_.size() && adjacent(i, end) && !is(end, ",") && !is(end, ".") &&
           !is(end, ")") && !is(end, "'") && !is(end, "\"") && !is(end, ";") &&
           !colon_ends_phrase(end))
    return false;
  const bool after_preposition =
      i > 0 && is_word(i - 1) && lexicon::is_date_preposition(words_[i - 1].low);
  if (!after_preposition) {
    if (i > 0) {
      const Word& prev = words_[i - 1];
      if (prev.kind == TokenKind::kSymbol || prev.kind == TokenKind::kNumber) return false;
      // "Q3 2025": a quarter's code before its year is no name ("Vision 2030").
      if (prev.kind == TokenKind::kWord && (lexicon::is_quantity_hedge(prev.low) ||
                                            (prev.cap && !lexicon::is_year_determiner(prev.low) &&
                                             !lexicon::year_part_code(prev.low))))
        return false;
    }
    if (end < words_.size()) {
      const Word& next = words_[end];
      if (next.kind == TokenKind::kSymbol) return false;
      if (next.kind == TokenKind::kWord && !next.cap && next.low.size() >= 3 &&
          ends_with(next.low, "s") && !lexicon::is_non_plural_s(next.low))
        return false;
    }
  }
  f.first = i;
  f.end = end;
  f.year = w.value;
  f.resolved = format_year(w.value);
  f.note = "stated year";
  return true;
}

// "Christmas", "Easter Monday", "New Year's Eve", "Thanksgiving 2023", "last Christmas",
// "this year's Independence Day". The day comes from the holiday's rule
// (lexicon::holidays: a fixed day, the n-th weekday of a month, an offset from Easter).
bool Scanner::try_holiday(size_t i, Found& f) {
  if (!is_word(i) || !in(i, tc::kDateStart)) return false;
  size_t j = i;
  std::optional<int> year_offset;  // "this year's", "last year's"
  std::optional<int> deictic;      // "last Christmas"
  if (auto d = lexicon::deictic_offset(words_[i].low); d && words_[i].low != "past") {
    if (is(i + 1, "year") && is_word(i + 2) && words_[i + 2].cap) {
      year_offset = *d;
      j = i + 2;
    } else if (is_word(i + 1) && words_[i + 1].cap) {
      deictic = *d;
      j = i + 1;
    } else {
      return false;
    }
  }
  if (!is_word(j) || !words_[j].cap || !lexicon::starts_holiday(words_[j].low)) return false;
  const lexicon::Holiday* h = nullptr;
  size_t end = j;
  std::string phrase;
  for (size_t k = j; k < j + 3 && is_word(k); ++k) {
    if (k > j) phrase += ' ';
    phrase += words_[k].low;
    if (const lexicon::Holiday* row = lexicon::holiday(phrase)) {
      h = row;
      end = k + 1;
    }
  }
  if (!h) return false;
  // "Easter Island", "Christmas Market": a one-word holiday opening a longer name.
  if (end == j + 1 && is_word(end) && words_[end].cap && !month_at(end)) return false;
  auto date_in = [h](int year) {
    switch (h->rule) {
      case lexicon::HolidayRule::kFixed:
        return CivilDate{year, h->month, h->n};
      case lexicon::HolidayRule::kNthWeekday:
        return nth_weekday(year, h->month, h->weekday, h->n);
      case lexicon::HolidayRule::kLastWeekday:
        return nth_weekday(year, h->month, h->weekday, 0);
      case lexicon::HolidayRule::kRamadan:
        if (const lexicon::LunarMonth* m = lexicon::ramadan(year))
          return add_days(CivilDate{year, m->month, m->day}, h->n == 0 ? 0 : m->days);
        return CivilDate{};  // a year the table does not hold: not resolved
      case lexicon::HolidayRule::kEaster:
        break;
    }
    return add_days(easter_sunday(year), h->n);
  };
  // "India's Independence Day": a country's own holiday, not the one in the table.
  if (h->national && i == j && i > 0 && words_[i - 1].cap &&
      words_[i - 1].span.end < doc_.text.size() &&
      (doc_.text[words_[i - 1].span.end] == '\'' ||
       doc_.text.compare(words_[i - 1].span.end, 3, "\u2019") == 0)) {
    f.first = i;
    f.end = end;
    f.note = "a country's own holiday: its day is not known";
    return true;
  }
  f.first = i;
  f.end = end;
  const size_t y = is(end, "of") ? end + 1 : end;
  if (!year_offset && !deictic && is_year(y)) {
    f.end = y + 1;
    f.year = words_[y].value;
    set_day(f, date_in(f.year), "the holiday in the stated year");
  } else if (!reference_) {
    return true;
  } else if (year_offset) {
    set_day(f, date_in(reference_->year + *year_offset), "the holiday in the year named");
  } else if (deictic && *deictic != 0) {
    // "last Christmas": the latest before the reference; "next Easter": the first after.
    const CivilDate ref = *reference_;
    CivilDate d = date_in(ref.year);
    if (*deictic < 0 && !(d < ref)) d = date_in(ref.year - 1);
    if (*deictic > 0 && !(ref < d)) d = date_in(ref.year + 1);
    set_day(f, d, *deictic < 0 ? "the last such holiday" : "the next such holiday");
  } else if (deictic) {
    set_day(f, date_in(reference_->year), "the holiday this year");
  } else {
    resolve_yearly(f, date_in, -1);
  }
  // Ramadan is a month of fasting: its year, and the range of its days.
  if (h->rule == lexicon::HolidayRule::kRamadan && h->n == 0 && f.resolved.size() == 10) {
    const CivilDate first = *parse_iso_date(f.resolved);
    if (const lexicon::LunarMonth* m = lexicon::ramadan(first.year)) {
      set_range(f, first, add_days(first, m->days - 1));
      f.resolved = format_year(first.year);
      f.note = "the month of Ramadan";
    }
  }
  return true;
}

// A span of periods from the reference: "within six months", "the next ten days", "the
// past three weeks", "within the next two years". `resolved` stays empty; the range says
// which days.
bool Scanner::try_span(size_t i, Found& f) const {
  if (!is_word(i) || !in(i, tc::kDateStart) || !reference_) return false;
  size_t j = i;
  int direction = 0;
  if (auto opener = lexicon::span_opener(words_[i].low)) {
    direction = *opener;
    ++j;
    if (is(j, "the")) ++j;
  }
  if (is_word(j)) {
    if (auto d = lexicon::deictic_offset(words_[j].low); d && *d != 0) {
      direction = *d;
      ++j;
    }
  }
  if (direction == 0 || j == i) return false;
  int count = -1;
  if (is_word(j)) {
    if (auto n = lexicon::count_word(words_[j].low); n && *n > 0) count = *n;
  } else if (j < words_.size() && words_[j].digits >= 1 && words_[j].digits <= 3) {
    count = words_[j].value;
  }
  size_t p = j;
  if (count > 0) {
    ++p;
  } else if (j > i && lexicon::span_opener(words_[i].low)) {
    count = 1;  // "within the next week"
  } else {
    return false;
  }
  bool plural = false;
  if (!is_word(p)) return false;
  const auto period = lexicon::period_word(words_[p].low, &plural);
  if (!period || *period == Period::kHour || *period == Period::kWeekend) return false;
  if (count > 1 && !plural) return false;
  if (count == 1 && plural) return false;
  f.first = i;
  // "the past three weeks": the article belongs to the span.
  if (i > 0 && is(i - 1, "the") && !lexicon::span_opener(words_[i].low)) f.first = i - 1;
  f.end = p + 1;
  const CivilDate ref = *reference_;
  CivilDate other = ref;
  const int n = direction * count;
  switch (*period) {
    case Period::kDay:
      other = add_days(ref, n);
      break;
    case Period::kWeek:
      other = add_days(ref, 7L * n);
      break;
    case Period::kMonth:
      other = add_months(ref, n);
      break;
    case Period::kYear:
      other = add_months(ref, 12 * n);
      break;
    case Period::kHour:
    case Period::kWeekend:
      break;
  }
  if (direction < 0)
    set_range(f, other, ref);
  else
    set_range(f, ref, other);
  f.note = direction < 0 ? "a span counted back from the reference date"
                         : "a span counted from the reference date";
  return true;
}

// "the last week of March", "the first week of June 2023": seven days of a month.
bool Scanner::try_week_of(size_t i, Found& f) const {
  if (!is_word(i) || !in(i, tc::kDateStart)) return false;
  const auto nth = lexicon::week_ordinal(words_[i].low);
  if (!nth || !is(i + 1, "week") || !is(i + 2, "of")) return false;
  const size_t m = is(i + 3, "the") ? i + 4 : i + 3;  // "the first week of the month" is not read
  const int month = month_at(m);
  if (!month || m != i + 3) return false;
  if (!is_lowered(words_[m].low, lexicon::month_name(month))) return false;
  f.first = i > 0 && is(i - 1, "the") ? i - 1 : i;
  f.end = m + 1;
  int year = 0;
  const size_t y = is(f.end, ",") ? f.end + 1 : f.end;
  if (is_year(y)) {
    year = words_[y].value;
    f.end = y + 1;
    f.resolved = format_year_month(year, month);
  } else {
    Found inner;
    inner.first = m;
    inner.end = m + 1;
    resolve_month(inner, month, std::nullopt);
    if (inner.resolved.size() != 7) return true;
    year = std::atoi(inner.resolved.c_str());
    f.resolved = inner.resolved;
  }
  f.month = month;
  const int last = days_in_month(year, month);
  const int first_day = *nth == 0 ? last - 6 : 1 + 7 * (*nth - 1);
  set_range(f, {year, month, first_day}, {year, month, std::min(first_day + 6, last)});
  f.note = "a week of the month";
  return true;
}

// "14/03", "3/14" (day and month in either order where only one order is a date, written
// with a zero or after a date preposition: "24/7" and "9/11" are not dates), "2021-7" and
// "2021-07" (a year and month).
bool Scanner::try_short_numeric(size_t i, Found& f) {
  const Word& w = words_[i];
  if (w.kind != TokenKind::kNumber || w.digits < 1) return false;
  if (i > 0 && adjacent(i - 1, i) && !is_word(i - 1) && !is(i - 1, "(")) return false;
  if (w.digits <= 2 && is(i + 1, "/") && adjacent(i, i + 1) && adjacent(i + 1, i + 2) &&
      i + 2 < words_.size() && words_[i + 2].digits >= 1 && words_[i + 2].digits <= 2) {
    // "14/03/2025" is try_numeric's; "1/2/3" is none.
    if (adjacent(i + 2, i + 3) && words_[i + 3].kind != TokenKind::kPunct) return false;
    if (adjacent(i + 2, i + 3) && is(i + 3, "/")) return false;
    const int a = w.value, b = words_[i + 2].value;
    int month = 0, day = 0;
    if (a > 12 && b >= 1 && b <= 12) {
      day = a;
      month = b;
    } else if (b > 12 && a >= 1 && a <= 12) {
      month = a;
      day = b;
    } else {
      return false;
    }
    // "cut to 1/20 of its size": a share.
    if (is(i + 3, "of")) return false;
    const bool padded = w.low.front() == '0' || words_[i + 2].low.front() == '0';
    const bool after_preposition =
        i > 0 && is_word(i - 1) && lexicon::is_date_preposition(words_[i - 1].low);
    if (!padded && !(after_preposition || (i > 0 && is(i - 1, "on")))) return false;
    if (day > days_in_month(2024, month)) return false;
    f.first = i;
    f.end = i + 3;
    resolve_month_day(f, month, day, -1);
    return true;
  }
  if (w.digits == 4 && w.value >= 1900 && w.value <= 2100 && is(i + 1, "-") && adjacent(i, i + 1) &&
      adjacent(i + 1, i + 2) && i + 2 < words_.size() && words_[i + 2].digits >= 1 &&
      words_[i + 2].digits <= 2) {
    const Word& m = words_[i + 2];
    if (m.value < 1 || m.value > 12) return false;
    // "2023-24" is a span of years (try_year); "2021-7", "2021-07" and "2023-12" are months.
    if (!(m.digits == 1 || m.low.front() == '0' || m.value < w.value % 100)) return false;
    if (adjacent(i + 2, i + 3) && words_[i + 3].kind != TokenKind::kPunct) return false;
    if (adjacent(i + 2, i + 3) && (is(i + 3, "-") || is(i + 3, "/"))) return false;
    f.first = i;
    f.end = i + 3;
    f.year = w.value;
    f.month = m.value;
    f.resolved = format_year_month(w.value, m.value);
    f.note = "stated month and year";
    return true;
  }
  return false;
}

// A day written as an ordinal word after a month: "March first", "March twenty first",
// "March twenty-first". Sets `end` past it; 0 if none.
int Scanner::ordinal_day_at(size_t i, size_t& end) const {
  if (!is_word(i)) return 0;
  if (const int tens = lexicon::ordinal_day_tens(words_[i].low)) {
    const int unit = is_word(i + 1) ? lexicon::ordinal_day(words_[i + 1].low) : 0;
    if (unit >= 1 && unit <= 9 && tens + unit <= 31) {
      end = i + 2;
      return tens + unit;
    }
    return 0;
  }
  const int day = lexicon::ordinal_day(words_[i].low);
  if (day) end = i + 1;
  return day;
}

bool Scanner::clock_at(size_t k, bool bare_hour, size_t& end, int& minutes, bool& meridiem) const {
  if (k >= words_.size()) return false;
  const Word& w = words_[k];
  meridiem = false;
  auto meridiem_at = [&](size_t m) {
    return is_word(m) && lexicon::is_meridiem(without_final_period(words_[m].low));
  };
  auto apply_meridiem = [&](size_t m) {
    if (!meridiem_at(m)) return;
    meridiem = true;
    const bool pm = words_[m].low.front() == 'p';
    const int hour = minutes / 60 % 12;
    minutes = (pm ? 12 * 60 : 0) + hour * 60 + minutes % 60;
    ++end;
  };
  if (w.kind == TokenKind::kWord) {
    if (is(k, "noon"))
      minutes = 12 * 60;
    else if (is(k, "midnight"))
      minutes = 24 * 60 - 1;
    else
      return false;
    meridiem = true;
    end = k + 1;
    return true;
  }
  if (w.digits >= 1 && w.digits <= 2 && w.value <= 24 && is(k + 1, ":") && adjacent(k, k + 1) &&
      adjacent(k + 1, k + 2) && k + 2 < words_.size() && words_[k + 2].digits == 2 &&
      words_[k + 2].value < 60) {
    minutes = w.value * 60 + words_[k + 2].value;
    end = k + 3;
    apply_meridiem(end);
    if (w.value > 12) meridiem = true;  // "14:30" needs none
    return true;
  }
  if (w.digits >= 1 && w.digits <= 2 && w.value >= 1 && w.value <= 12 &&
      (bare_hour || meridiem_at(k + 1))) {
    minutes = w.value * 60;
    end = k + 1;
    apply_meridiem(end);
    return true;
  }
  return false;
}

// Whether some rule can match at word i. Punctuation starts none; a word starts one only
// if it is a key of a table read at a first word, a month or weekday name (capitalised),
// or hyphenated after a position word ("mid-October"). One bit rejects most words, where the
// rules would make about ten lookups.
bool Scanner::may_start(size_t i) const {
  const Word& w = words_[i];
  switch (w.kind) {
    case TokenKind::kNumber:
      return true;
    case TokenKind::kPunct:
    case TokenKind::kSymbol:
      return false;
    case TokenKind::kWord:
      break;
  }
  if ((w.classes & tc::kDateStart) || (w.cap && (w.classes & tc::kCalendar))) return true;
  // "Dec12": a month glued to its day.
  if (w.cap && !w.low.empty() && w.low.back() >= '0' && w.low.back() <= '9') return true;
  // "third-quarter": an ordinal hyphened to a part of the year.
  if (const size_t hyphen = w.low.find('-');
      hyphen != std::string_view::npos && lexicon::week_ordinal(w.low.substr(0, hyphen)))
    return true;
  // "July-September": a run of months.
  if (const size_t hyphen = w.low.find('-');
      w.cap && hyphen != std::string_view::npos && lexicon::month_number(w.low.substr(0, hyphen)))
    return true;
  return may_be_hyphenated(w.low);
}

// Whether `low` has a hyphen at one of the `lengths` (lexicon::hyphen_position_lengths of
// its first byte). Only the bytes where a position word would end are read, rather than
// searching for a hyphen in every word starting with "e", "l" or "m".
bool Scanner::hyphen_at_length(std::string_view low, uint32_t lengths) {
  if (lengths & 1u) {
    if (low.find('-') != std::string_view::npos) return true;
    lengths &= ~1u;
  }
  for (; lengths != 0; lengths &= lengths - 1) {
    const auto n = static_cast<size_t>(std::countr_zero(lengths));
    if (n < low.size() && low[n] == '-') return true;
  }
  return false;
}

// Whether some rule can match in tokens [first_token, end_token), asked of the shared
// folded tokens before any word is loaded. It is not whether a rule may start at a word
// ("a", "this", "last" and every number may) but whether the sentence holds a word no
// match can do without; each rule needs one of these among the words it matches:
//   - a capitalised month or weekday name (calendar, weekday and modified dates);
//   - a date anchor word (lexicon::is_date_anchor): relative days, counts ("3 days ago"),
//     periods ("last year"), seasons, named times;
//   - a hyphenated word that may start with a position word ("mid-October");
//   - a four-digit number (years, "2024-10-23", "10/23/2024", "2211 GMT");
//   - a number of one or two digits followed by ":" or a meridiem ("5:30", "5 p.m.");
//   - a number with a period followed by a meridiem or with two periods ("7.30pm",
//     "23.10.2024").
// Words are read as load() reads them: a possessive 's is left out.
bool Scanner::may_hold_date(uint32_t first_token, uint32_t end_token) const {
  // Most tokens are turned away here by their kind, class bits and two bytes, with no call:
  // the rest get the full test of token_may_hold_date.
  const Token* const tokens = doc_.tokens.data();
  const words::FoldedTokens& folded = *shared_folded_;
  for (uint32_t t = first_token; t < end_token; ++t) {
    const TokenKind kind = tokens[t].kind;
    if (kind == TokenKind::kWord) {
      const std::string_view low = folded[t];
      const size_t n = low.size();
      if (!(folded.classes(t) & (tc::kDateAnchor | tc::kCalendar)) &&
          !(n > 2 && low[n - 2] == '\'' && low[n - 1] == 's') &&
          (n == 0 || hyphen_lengths_[static_cast<unsigned char>(low[0])] == 0))
        continue;
    } else if (kind != TokenKind::kNumber) {
      continue;
    }
    if (token_may_hold_date(t, end_token)) return true;
  }
  return false;
}

bool Scanner::token_may_hold_date(uint32_t t, uint32_t end_token) const {
  const std::vector<Token>& tokens = doc_.tokens;
  auto word_low = [&](uint32_t k) {
    std::string_view low = (*shared_folded_)[k];
    if (low.size() > 2 && low[low.size() - 2] == '\'' && low.back() == 's') low.remove_suffix(2);
    return low;
  };
  auto meridiem_at = [&](uint32_t k) {
    return k < end_token && tokens[k].kind == TokenKind::kWord &&
           lexicon::is_meridiem(without_final_period(word_low(k)));
  };
  if (tokens[t].kind == TokenKind::kNumber) {
    const std::string_view raw = doc_.slice(tokens[t].span);
    const size_t digits = static_cast<size_t>(
        std::find_if(raw.begin(), raw.end(), [](char c) { return c < '0' || c > '9'; }) -
        raw.begin());
    if (digits == raw.size()) {
      if (digits == 4) return true;
      return digits <= 2 && t + 1 < end_token &&
             ((*shared_folded_)[t + 1] == ":" || (*shared_folded_)[t + 1] == "/" ||
              meridiem_at(t + 1));
    }
    const size_t dot = raw.find('.');
    return dot != std::string_view::npos &&
           (raw.find('.', dot + 1) != std::string_view::npos || meridiem_at(t + 1));
  }
  uint16_t classes = shared_folded_->classes(t);
  const std::string_view low = word_low(t);
  if (low.size() != (*shared_folded_)[t].size()) classes = lexicon::token_classes(low);
  if (classes & tc::kDateAnchor) return true;
  if ((classes & tc::kCalendar) && words::is_capitalised(doc_.slice(tokens[t].span))) return true;
  return may_be_hyphenated(low);
}

std::vector<Found> Scanner::scan(uint32_t first_token, uint32_t end_token) {
  // Most sentences hold no date: those are passed over without loading their words.
  if (shared_folded_ && !may_hold_date(first_token, end_token)) return {};
  load(first_token, end_token);
  std::vector<Found> found;
  for (size_t i = 0; i < words_.size();) {
    if (!may_start(i)) {
      ++i;
      continue;
    }
    Found f;
    f.first = i;
    const bool hit = try_time(i, f) || try_numeric(i, f) || try_short_numeric(i, f) ||
                     try_weekday(i, f) || try_calendar(i, f) || try_holiday(i, f) ||
                     try_relative_day(i, f) || try_week_of(i, f) || try_span(i, f) ||
                     try_count(i, f) || try_modified(i, f) || try_hyphenated(i, f) ||
                     try_season(i, f) || try_year_part(i, f) || try_year(i, f);
    // A rule may take a word before i into its expression ("from", "the") that no earlier
    // expression holds.
    if (hit && f.first < i && !found.empty() && found.back().end > f.first) f.first = i;
    if (hit && f.end > i) {
      i = f.end;
      found.push_back(std::move(f));
    } else {
      ++i;
    }
  }
  // A time of day is resolved to the day stated nearest to it in the sentence, else to
  // the reference date.
  // Two passes keep this linear: the nearest day before each time, then after it.
  std::vector<const Found*> nearest(found.size(), nullptr);
  const Found* last = nullptr;
  for (size_t k = 0; k < found.size(); ++k) {
    if (found[k].is_time)
      nearest[k] = last;
    else if (found[k].resolved.size() == 10)
      last = &found[k];
  }
  last = nullptr;
  for (size_t k = found.size(); k-- > 0;) {
    if (!found[k].is_time) {
      if (found[k].resolved.size() == 10) last = &found[k];
      continue;
    }
    if (last && (!nearest[k] || last->first - found[k].first < found[k].first - nearest[k]->first))
      nearest[k] = last;
  }
  for (size_t k = 0; k < found.size(); ++k) {
    Found& t = found[k];
    if (!t.is_time) continue;
    if (nearest[k]) {
      t.resolved = nearest[k]->resolved;
      t.note = "a time on the day stated beside it";
    } else if (reference_) {
      t.resolved = format_iso(*reference_);
      t.note = "a time on the reference date";
      t.stated_day_missing = true;
    }
    if (t.minute_from >= 0 && t.resolved.size() == 10) {
      auto at = [&](int minutes) {
        std::string out = t.resolved + "T";
        out.push_back(static_cast<char>('0' + minutes / 600));
        out.push_back(static_cast<char>('0' + minutes / 60 % 10));
        out.push_back(':');
        out.push_back(static_cast<char>('0' + minutes % 60 / 10));
        out.push_back(static_cast<char>('0' + minutes % 10));
        return out;
      };
      t.range_from = at(t.minute_from);
      t.range_to = at(t.minute_to);
    }
  }
  return found;
}

}  // namespace parallax::date_scan
