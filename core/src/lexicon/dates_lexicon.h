// Words the date resolver reads besides month and weekday names (calendar_lexicon.h):
// relative days, periods, deictic and position modifiers, parts of the day, tense cues,
// time zones and the cues of datelines. Every table is sorted and looked up by binary
// search on the folded lowercase word (or two words joined by one space); adding a word
// never needs new code.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace parallax::lexicon {

enum class Tense : unsigned char { kUnknown, kPast, kFuture };

enum class Period : unsigned char { kDay, kWeek, kWeekend, kMonth, kYear, kHour };

// "today" 0, "yesterday" -1, "last night" -1, "day before yesterday" -2: days from the
// reference date. Keys may hold up to three words.
std::optional<int> relative_day(std::string_view phrase);
// Whether some relative-day phrase starts with this word ("day", "last", "today"): lets a
// scanner skip building phrases at the other words.
bool starts_relative_day(std::string_view word);

// Whether the date scanner's rules can start at this folded word: a key of one of the
// tables read at an expression's first word (named times, first words of relative days,
// vague modifiers, counts, periods, positions, deictics, seasons). Month and weekday
// names (calendar_lexicon.h) are not included. Most words are none of these.
bool may_start_date(std::string_view word);
// The words may_start_date accepts (repeats included), for indexes that combine tables.
std::vector<std::string_view> date_start_words();

// Words without one of which no relative day, count, period, season or named time can
// match: the last word of each relative-day phrase ("yesterday", "night" of "last night"),
// periods ("days"), seasons and named times. A sentence holding none of them, no month or
// weekday name and no number of a date's shape holds no date (the scanner's pre-filter).
bool is_date_anchor(std::string_view word);
// The words is_date_anchor accepts (repeats included), for indexes that combine tables.
std::vector<std::string_view> date_anchor_words();

// "week" -> kWeek; plural forms ("weeks") set `plural`.
std::optional<Period> period_word(std::string_view word, bool* plural = nullptr);

// "last" -1, "next" 1, "this" 0, "previous" -1, "coming" 1 before a period, a month,
// a weekday or a season.
std::optional<int> deictic_offset(std::string_view word);

// Modifiers that place an expression inside its period without changing what it
// resolves to: "early", "earlier", "mid", "late", "later", "end" (of), ...
bool is_position_word(std::string_view word);
// Position words that need "of" before their target: "end of", "beginning of".
bool position_needs_of(std::string_view word);
// Per first byte: bit n is set when a position word of n bytes (n < 16) that needs no "of",
// an ordinal of a year part ("third-quarter") or a month or weekday name ("July-September")
// starts with it, so the hyphen of "mid-October" can only be at byte n. Bit 0 stands for
// such words of 16 bytes or more (the hyphen is then to be looked for). A quick test
// before any lookup.
const std::array<uint16_t, 256>& hyphen_position_lengths();

// "morning", "afternoon", "evening", "night": they extend "Tuesday" or "yesterday".
bool is_part_of_day(std::string_view word);

// Small counts before a period in "two days ago": "a" 1, "three" 3; "several" and
// "few" give 0 (a count we cannot know).
std::optional<int> count_word(std::string_view word);

// Words after "N days" that make it a date: "ago" (before the reference) and
// "later"/"earlier" (from the last date mentioned).
std::optional<int> relative_direction(std::string_view word);  // ago -1, later 1, earlier -1

// Adjectives before a plural period that make a vague date: "recent months",
// "coming weeks".
bool is_vague_period_modifier(std::string_view word);

// Tense cue: one word or two joined by a space ("expected to", "to be"). Modal verbs
// ("could", "may") count as future: news uses them for what has not happened yet.
std::optional<Tense> tense_cue(std::string_view phrase);
// Whether some two-word tense cue starts with `word` ("expected" of "expected to").
bool starts_tense_phrase(std::string_view word);
// Lowercase words ending in -ed that are not past-tense verbs ("need", "hundred").
bool is_non_past_ed(std::string_view word);
// Nouns for a figure already given ("estimate", "tally"): a weekday just before one is the
// past day the figure was given ("the Wednesday estimate").
// "meeting", "hearing", "vote": after "the next" a thing scheduled ahead.
// "faces", "awaits": with a scheduled thing right before the date, it is ahead.
bool is_anticipation_verb(std::string_view lowercase_word);
// "after", "because": after a comma, a clause with a tense of its own.
bool is_clause_subordinator(std::string_view lowercase_word);
bool is_scheduled_event_noun(std::string_view lowercase_word);
bool is_stated_figure_noun(std::string_view word);
// "called" in "called a meeting for Monday": a verb of arranging a thing for a day.
bool is_arranging_verb(std::string_view word);
// Words after which an -ed word is a participle, not a past-tense verb ("be", "to").
bool is_participle_auxiliary(std::string_view word);

// Words before a month name or a bare year that make it a date ("in", "since", "by").
bool is_date_preposition(std::string_view word);
// Words before a four-digit number that make it a quantity ("about", "nearly").
bool is_quantity_hedge(std::string_view word);
// Lowercase words ending in -s that may follow a year ("was", "has", "as").
bool is_non_plural_s(std::string_view word);
// Determiners before a year used as an adjective ("The 2024 election", "Its 2023 report").
bool is_year_determiner(std::string_view word);
// Capitalised words that turn a weekday into a name ("Black Friday", "Super Tuesday").
bool is_weekday_name_prefix(std::string_view word);

// "am", "pm", "a.m", "p.m" (folded, without the final period).
bool is_meridiem(std::string_view word);
// Time zone abbreviations: "GMT", "EDT", "KST" (folded to lowercase).
bool is_time_zone(std::string_view word);
// "said", "told", "announced": a day right after one (or after one and "on") is the day of
// a statement.
bool is_statement_verb(std::string_view word);
// "noon", "midnight".
bool is_named_time(std::string_view word);
// Words before a bare clock time that make it a time ("at", "around", "until").
bool is_time_preposition(std::string_view word);

// Seasons and the month each starts in: "spring" 3, "summer" 6, "fall" 9, "winter" 12.
std::optional<int> season_start(std::string_view word);

// "quarter" 4, "half" 2: how many such parts make a (fiscal) year ("the third quarter").
std::optional<int> year_parts(std::string_view word);
// "q3" 43, "h1" 21: parts per year times ten plus which part; nullopt for other words.
std::optional<int> year_part_code(std::string_view word);

// Cues that open a published or updated line; 0 = published (best), 1 = updated.
std::optional<int> dateline_cue(std::string_view phrase);

// Holidays and the rule that places each in a year. Keys are folded, possessive 's left
// out ("new year eve" for "New Year's Eve"), up to three words.
enum class HolidayRule : unsigned char {
  kFixed,        // month, n = day of the month
  kNthWeekday,   // the n-th `weekday` of `month`
  kLastWeekday,  // the last `weekday` of `month`
  kEaster,       // n days from Easter Sunday (Gregorian computus)
  kRamadan,      // n = 0: the month of Ramadan (a period); n = 1: Eid al-Fitr, the day after
};
struct Holiday {
  std::string_view key;
  HolidayRule rule;
  int month;
  int n;
  int weekday;  // 0 = Sunday, for the weekday rules
  // Kept on another day by other countries: after a country's possessive ("India's
  // Independence Day", "Canada's Thanksgiving") the day is not the table's.
  bool national = false;
};
const Holiday* holiday(std::string_view phrase);
// The first day and length of Ramadan in a Gregorian year, for the few years the table
// holds (the lunar month starts on a sighting; a year outside the table is not resolved).
struct LunarMonth {
  int year;
  int month;
  int day;
  int days;
};
const LunarMonth* ramadan(int year);
// Whether some holiday key starts with this word ("easter", "new").
bool starts_holiday(std::string_view word);

// Ordinal words of the days of a month: "first" 1 .. "thirty-first" 31, spelt as one word,
// hyphenated or as two words ("twenty first"); 0 if none.
int ordinal_day(std::string_view word);
// "twenty" 20, "thirty" 30: the tens of a two-word ordinal day; 0 if none.
int ordinal_day_tens(std::string_view word);

// "first" 1 .. "fourth" 4, "last" and "final" 0: which week of a month ("the last week
// of March").
std::optional<int> week_ordinal(std::string_view word);

// Words joining a count of periods to the day it is counted from: "three days after
// today" (+1), "two weeks from Monday" (+1), "a day before the vote" (-1).
std::optional<int> anchored_direction(std::string_view word);

// Words that open a span of periods counted from the reference: "within six months",
// "over the past three weeks", "in the next ten days"; value: 1 for "within" (forward from
// the reference), 0 for the others (the deictic after them says which way).
std::optional<int> span_opener(std::string_view word);

// Words opening a range of times ("from 9 a.m. to noon", "between 3 and 5 pm") and the
// words joining its two ends.
bool is_time_range_opener(std::string_view word);
bool is_time_range_joiner(std::string_view word);

// Names of the tables above that are not sorted (a test expects none).
std::vector<std::string_view> unsorted_date_tables();

}  // namespace parallax::lexicon
