// The date scanner behind dates.cpp: finds date and time expressions in a run of tokens
// (one sentence or one paragraph) and resolves each against a reference date. Internal
// to the extractor; dates.h is the interface the pipeline uses.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/civil_date.h"
#include "lexicon/dates_lexicon.h"
#include "parallax/text.h"

namespace parallax::words {
class FoldedTokens;
}

namespace parallax::date_scan {

// One token as the scanner sees it.
struct Word {
  Span span;             // a possessive 's is left out: "Tuesday’s" -> "Tuesday"
  std::string_view low;  // folded lowercase, possessive stripped (valid until the next scan)
  TokenKind kind = TokenKind::kWord;
  bool cap = false;      // starts with an uppercase letter
  uint16_t classes = 0;  // lexicon::token_classes of `low` (not set for numbers)
  int value = -1;        // a plain run of at most four digits: its value
  int digits = 0;        // and its length
};

// One expression found.
struct Found {
  size_t first = 0;  // words [first, end)
  size_t end = 0;
  std::string resolved;  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or empty
  std::string note;
  bool is_time = false;
  bool stated_day_missing = false;  // a time of day given the reference date: no day beside it
  bool conflict = false;
  bool full = false;  // day, month and year all stated
  // A month and day without a year, placed in the year where its stated weekday falls
  // ("Thursday, January 19"), the reference date being inferred.
  bool year_from_weekday = false;
  // A period or a range of times: its first and last day ("YYYY-MM-DD"), or first and last
  // minute ("YYYY-MM-DDTHH:MM"); empty when the expression is a single day, month or year.
  std::string range_from;
  std::string range_to;
  int minute_from = -1;  // a time range's ends, minutes after midnight (days set later)
  int minute_to = -1;
  int year = 0;  // stated parts (0 when not stated)
  int month = 0;
  int day = 0;
};

class Scanner {
 public:
  // With `folded` (the document's folded tokens, which must outlive the scanner), words are
  // views of it; without, each scan folds its words into a buffer of its own.
  Scanner(const DocumentText& doc, std::optional<CivilDate> reference,
          const words::FoldedTokens* folded = nullptr);

  // Finds the expressions among tokens [first_token, end_token). The words stay loaded
  // until the next call, so span() can be asked about the results.
  std::vector<Found> scan(uint32_t first_token, uint32_t end_token);
  // The reference date is a guess (a date stated in the text or in another document), not
  // the publication date: a weekday stated with a month and day then decides their year,
  // up to six years before the reference.
  void set_reference_inferred(bool inferred) { reference_inferred_ = inferred; }
  Span span(const Found& found) const;
  // The tense of the clause around a found expression of the last scan.
  lexicon::Tense tense_of(const Found& found) const { return tense(found.first, found.end); }
  const std::vector<Word>& words() const { return words_; }

 private:
  struct Calendar {
    int month = 0;
    int day = 0;
    int year = 0;
    size_t end = 0;
    bool abbreviated = false;  // "Oct", "Sept": never a date on its own
  };

  void load(uint32_t first_token, uint32_t end_token);
  static void strip_possessive(Word& w, std::string_view raw);
  bool may_start(size_t i) const;
  // Whether the word may be "mid-October" (try_hyphenated): a hyphen right after a position
  // word. Asked of most words: the first byte is read inline, the rest out of line.
  bool may_be_hyphenated(std::string_view low) const {
    if (low.empty()) return false;
    const uint32_t lengths = hyphen_lengths_[static_cast<unsigned char>(low[0])];
    return lengths != 0 && hyphen_at_length(low, lengths);
  }
  static bool hyphen_at_length(std::string_view low, uint32_t lengths);
  // Whether some rule can match among the tokens, asked of the shared folded tokens before
  // any word is loaded (a sentence without a word that every date needs is skipped).
  bool may_hold_date(uint32_t first_token, uint32_t end_token) const;
  // The same for one number or word token t of the sentence ending at end_token.
  bool token_may_hold_date(uint32_t t, uint32_t end_token) const;
  bool is(size_t i, std::string_view folded) const;
  bool is_word(size_t i) const;
  // Whether loaded word i is in one of the token_class tables in `bits`: asked before a
  // table's own lookup, which most words would fail.
  bool in(size_t i, uint16_t bits) const { return (words_[i].classes & bits) != 0; }
  bool adjacent(size_t a, size_t b) const;
  int month_at(size_t i) const;
  int day_at(size_t i, size_t& end) const;
  bool is_year(size_t i) const;
  bool colon_ends_phrase(size_t k) const;
  bool arranged_for(size_t i, size_t end) const;
  bool past_word(size_t k) const;
  bool past_clause_follows(size_t end) const;
  bool announced_period_start(size_t i, size_t end) const;

  std::optional<Calendar> parse_calendar(size_t i) const;
  bool accept_bare_month(size_t i, const Calendar& cal) const;
  lexicon::Tense tense(size_t first, size_t end) const;
  // Whether loaded word i is a noun for a figure already given ("the Wednesday estimate").
  bool names_stated_figure(size_t i) const;

  bool try_time(size_t i, Found& f) const;
  bool try_numeric(size_t i, Found& f);
  bool try_weekday(size_t i, Found& f);
  bool try_calendar(size_t i, Found& f);
  std::optional<int> year_after_month(size_t k) const;
  bool try_relative_day(size_t i, Found& f) const;
  bool try_count(size_t i, Found& f);
  bool try_modified(size_t i, Found& f);
  bool try_hyphenated(size_t i, Found& f) const;
  bool try_season(size_t i, Found& f) const;
  bool try_year_part(size_t i, Found& f) const;
  bool try_year(size_t i, Found& f) const;
  bool try_holiday(size_t i, Found& f);
  bool try_span(size_t i, Found& f) const;
  bool try_week_of(size_t i, Found& f) const;
  bool try_short_numeric(size_t i, Found& f);

  // A clock time at word k: "9", "9 a.m.", "14:30", "noon"; sets `end`, the minutes after
  // midnight and whether a meridiem was stated (a bare hour is read as such only where
  // `bare_hour`).
  bool clock_at(size_t k, bool bare_hour, size_t& end, int& minutes, bool& meridiem) const;
  // The day a count of periods is counted from: "today", "Monday", "March 3", "Christmas".
  std::optional<CivilDate> anchor_day(size_t k, size_t& end);
  int ordinal_day_at(size_t i, size_t& end) const;

  // Resolution against the reference.
  void resolve_full(Found& f, CivilDate date, int stated_weekday);
  void resolve_month_day(Found& f, int month, int day, int stated_weekday);
  // The year of a day given without one (a month and day, a holiday): the nearest to the
  // reference, or the one the tense or a stated weekday picks.
  template <typename DateInYear>
  void resolve_yearly(Found& f, DateInYear date_in_year, int stated_weekday);
  void set_day(Found& f, CivilDate date, const char* note);
  void set_range(Found& f, CivilDate from, CivilDate to) const;
  void resolve_month(Found& f, int month, std::optional<int> deictic) const;
  void resolve_weekday(Found& f, int weekday, std::optional<int> deictic) const;
  void resolve_period(Found& f, lexicon::Period period, int offset) const;
  void resolve_season(Found& f, int start_month, std::optional<int> deictic) const;
  size_t part_of_day_end(size_t i) const;

  const DocumentText& doc_;
  const words::FoldedTokens* shared_folded_;
  const std::array<uint16_t, 256>& hyphen_lengths_;  // lexicon::hyphen_position_lengths
  std::optional<CivilDate> reference_;
  bool reference_inferred_ = false;
  std::optional<CivilDate> anchor_;  // the last day stated outright, for "two days later"
  std::vector<Word> words_;
  std::string folded_;           // the folded text of words_, reused from scan to scan
  std::vector<Span> folded_at_;  // where each word's folded text lies in folded_
};

}  // namespace parallax::date_scan
