#include "lexicon/dates_lexicon.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>

#include "lexicon/calendar_lexicon.h"
#include "lexicon/key_index.h"

namespace parallax::lexicon {

namespace {

struct Entry {
  std::string_view key;  // folded lowercase
  int value;
};

// Every table below is sorted by key (byte order): a test checks it.

constexpr Entry kRelativeDays[] = {
    {"day after tomorrow", 2},
    {"day before yesterday", -2},
    {"last night", -1},
    {"this afternoon", 0},
    {"this evening", 0},
    {"this morning", 0},
    {"today", 0},
    {"tomorrow", 1},
    {"tonight", 0},
    {"yesterday", -1},
};

// value: Period * 2 + plural
constexpr Entry kPeriods[] = {
    {"day", 0},  {"days", 1},    {"hour", 10},    {"hours", 11}, {"month", 6}, {"months", 7},
    {"week", 2}, {"weekend", 4}, {"weekends", 5}, {"weeks", 3},  {"year", 8},  {"years", 9},
};

constexpr Entry kDeictics[] = {
    {"coming", 1}, {"last", -1}, {"next", 1}, {"past", -1}, {"previous", -1}, {"this", 0},
};

// value: 1 when the word needs "of" before its target ("end of October").
constexpr Entry kPositions[] = {
    {"beginning", 1}, {"earlier", 0}, {"early", 0},  {"end", 1},   {"late", 0},
    {"later", 0},     {"mid", 0},     {"middle", 1}, {"start", 1},
};

constexpr std::string_view kPartsOfDay[] = {"afternoon", "evening", "morning", "night"};

constexpr Entry kCounts[] = {
    {"a", 1},    {"an", 1},    {"eight", 8},   {"eleven", 11}, {"few", 0},     {"five", 5},
    {"four", 4}, {"nine", 9},  {"one", 1},     {"seven", 7},   {"several", 0}, {"six", 6},
    {"ten", 10}, {"three", 3}, {"twelve", 12}, {"two", 2},
};

constexpr Entry kDirections[] = {{"ago", -1}, {"earlier", -1}, {"later", 1}};

constexpr std::string_view kVaguePeriodModifiers[] = {"coming", "recent"};

// value: Tense. Verbs of putting off ("postponed") look forward: "postponed until January";
// so does the start of a period announced ("three days of mourning, beginning on Thursday"),
// and a present-tense verb of a schedule ("the fair ends on Saturday", "the loan runs until
// May", "the new rate takes effect on Monday", "the next meeting, on Feb. 4"): news tells
// what is over in the past tense.
constexpr int P = static_cast<int>(Tense::kPast);
constexpr int F = static_cast<int>(Tense::kFuture);
constexpr Entry kTenseCues[] = {
    {"'ll", F},           {"about to", F},     {"adjourned", F},
    {"ago", P},           {"aims to", F},      {"applies from", F},
    {"apply from", F},    {"are to", F},       {"began", P},
    {"begin on", F},      {"beginning on", F}, {"begins on", F},
    {"bought", P},        {"broke", P},        {"brought", P},
    {"built", P},         {"came", P},         {"can", F},
    {"caught", P},        {"chose", P},        {"come into", F},
    {"comes into", F},    {"convene on", F},   {"convenes on", F},
    {"could", F},         {"deferred", F},     {"delayed", F},
    {"did", P},           {"drew", P},         {"due by", F},
    {"due on", F},        {"due to", F},       {"effective from", F},
    {"end on", F},        {"ends on", F},      {"expected to", F},
    {"expects to", F},    {"expires on", F},   {"extended", F},
    {"fell", P},          {"felt", P},         {"fled", P},
    {"flew", P},          {"fought", P},       {"found", P},
    {"gave", P},          {"going to", F},     {"got", P},
    {"grew", P},          {"had", P},          {"has", P},
    {"have", P},          {"heard", P},        {"held", P},
    {"hopes to", F},      {"intends to", F},   {"is to", F},
    {"kept", P},          {"knew", P},         {"lasts until", F},
    {"led", P},           {"left", P},         {"lost", P},
    {"made", P},          {"may", F},          {"meant", P},
    {"meet on", F},       {"meets on", F},     {"met", P},
    {"might", F},         {"must", F},         {"opens on", F},
    {"paid", P},          {"plan to", F},      {"planning to", F},
    {"plans to", F},      {"poised to", F},    {"postponed", F},
    {"ran", P},           {"reopen on", F},    {"reopens on", F},
    {"rescheduled", F},   {"resume on", F},    {"resumes on", F},
    {"rose", P},          {"run until", F},    {"runs until", F},
    {"said", P},          {"sank", P},         {"saw", P},
    {"scheduled for", F}, {"scheduled to", F}, {"sent", P},
    {"set for", F},       {"set to", F},       {"shall", F},
    {"should", F},        {"since", P},        {"slated for", F},
    {"slated to", F},     {"sold", P},         {"sought", P},
    {"spent", P},         {"spoke", P},        {"start on", F},
    {"starting from", F}, {"starting on", F},  {"starts on", F},
    {"stood", P},         {"struck", P},       {"take effect", F},
    {"takes effect", F},  {"the next", F},     {"thought", P},
    {"to be", F},         {"told", P},         {"took", P},
    {"upcoming", F},      {"was", P},          {"went", P},
    {"were", P},          {"will", F},         {"withdrew", P},
    {"won", P},           {"would", F},        {"wrote", P},
};

// Verbs of facing what is scheduled: "faces a confidence vote on Friday" looks ahead (not
// "faces charges over the attack on Thursday"). Sorted.
constexpr std::string_view kAnticipationVerbs[] = {"awaits", "faces"};

// After a comma, words opening a clause of its own, whose tense is not the date's before
// it ("will begin talks on Thursday, after the results published yesterday"). Sorted.
constexpr std::string_view kClauseSubordinators[] = {"after",  "although", "as",      "because",
                                                     "before", "though",   "whereas", "while"};

// Things scheduled: after "the next" they are ahead ("the next meeting, on Feb. 4"). Sorted.
constexpr std::string_view kScheduledEventNouns[] = {
    "auction", "debate", "election", "game",   "hearing", "match", "meeting", "race",
    "review",  "round",  "session",  "summit", "talks",   "trial", "vote",
};

constexpr std::string_view kNonPastEd[] = {
    "aged",  "alleged", "armed",  "based",   "beloved", "bled",    "breed",  "creed",   "deed",
    "embed", "exceed",  "feed",   "greed",   "heed",    "hundred", "indeed", "kindred", "naked",
    "need",  "proceed", "ragged", "red",     "rugged",  "sacred",  "seed",   "shed",    "shred",
    "sled",  "speed",   "steed",  "succeed", "united",  "weed",    "wicked",
};

// Nouns for a figure already given: a weekday just before one names the day it was given
// ("the Wednesday estimate", "Monday's tally"), a past day whatever the clause's tense.
constexpr std::string_view kStatedFigureNouns[] = {
    "count", "estimate", "estimates", "figure", "figures", "tally", "toll", "total",
};

// Verbs of arranging a thing for a day: "called a meeting for Monday", "set a vote for
// Friday". The day the thing is arranged for is ahead, whatever the verb's tense.
constexpr std::string_view kArrangingVerbs[] = {
    "arranged", "booked", "call",    "called",    "calls",
    "convened", "fixed",  "planned", "scheduled", "set",
};

constexpr std::string_view kParticipleAuxiliaries[] = {
    "am", "are", "be", "been", "being", "get", "gets", "is", "to",
};

constexpr std::string_view kDatePrepositions[] = {
    "after", "and",     "around",     "before", "between", "by",    "during",
    "early", "from",    "in",         "late",   "mid",     "of",    "or",
    "since", "through", "throughout", "till",   "to",      "until", "year",
};

constexpr std::string_view kQuantityHedges[] = {
    "about", "almost", "approximately", "estimated", "least", "more",  "most", "nearly",
    "only",  "over",   "roughly",       "some",      "than",  "under", "up",
};

constexpr std::string_view kYearDeterminers[] = {
    "a", "an", "her", "his", "its", "our", "that", "the", "their", "this",
};

constexpr std::string_view kNonPluralS[] = {
    "always", "as",   "does", "his",    "is",     "its", "perhaps",
    "plus",   "this", "thus", "unless", "versus", "was", "whereas",
};

constexpr std::string_view kWeekdayNamePrefixes[] = {
    "ash", "black", "bloody", "cyber", "giving", "good", "holy", "maundy", "super",
};

constexpr std::string_view kMeridiems[] = {"a.m", "am", "p.m", "pm"};

constexpr std::string_view kTimeZones[] = {
    "aedt", "aest", "bst", "cdt", "cest", "cet", "cst", "edt", "eest", "eet", "est", "et",  "gmt",
    "hkt",  "ist",  "jst", "kst", "mdt",  "msk", "mst", "pdt", "pst",  "pt",  "sgt", "utc",
};

// Verbs of a statement: a day right after one ("the agency said on Tuesday", "officials said
// Tuesday") is the day something was said.
constexpr std::string_view kStatementVerbs[] = {
    "added", "announced", "reported", "said", "says", "stated", "told",
};

constexpr std::string_view kNamedTimes[] = {"mid-afternoon", "mid-morning", "midday", "midnight",
                                            "noon"};

constexpr std::string_view kTimePrepositions[] = {
    "about", "after", "around", "at", "before", "by", "from", "since", "until",
};

constexpr Entry kSeasons[] = {
    {"autumn", 9}, {"fall", 9}, {"spring", 3}, {"summer", 6}, {"winter", 12},
};

// Parts of a (fiscal) year after an ordinal, by how many make a year: "the third quarter",
// "the first half of 2026". Sorted.
constexpr Entry kYearParts[] = {{"half", 2}, {"quarter", 4}};
// Their short forms: "Q3" (value 43: the third of four), "H1" (21). Sorted.
constexpr Entry kYearPartCodes[] = {
    {"h1", 21}, {"h2", 22}, {"q1", 41}, {"q2", 42}, {"q3", 43}, {"q4", 44},
};

constexpr Entry kDatelineCues[] = {
    {"date", 0},   {"first published", 0}, {"last updated", 1},
    {"posted", 0}, {"published", 0},       {"updated", 1},
};

// The rule of each holiday; months 1..12, weekdays 0 = Sunday. US federal holidays where
// countries differ (Labor Day, Thanksgiving, Independence Day): the wire usage.
using HR = HolidayRule;
constexpr Holiday kHolidays[] = {
    {"boxing day", HR::kFixed, 12, 26, 0},
    {"christmas", HR::kFixed, 12, 25, 0},
    {"christmas day", HR::kFixed, 12, 25, 0},
    {"christmas eve", HR::kFixed, 12, 24, 0},
    {"easter", HR::kEaster, 0, 0, 0},
    {"easter monday", HR::kEaster, 0, 1, 0},
    {"easter sunday", HR::kEaster, 0, 0, 0},
    {"eid al-fitr", HR::kRamadan, 0, 1, 0},
    {"good friday", HR::kEaster, 0, -2, 0},
    {"halloween", HR::kFixed, 10, 31, 0},
    {"independence day", HR::kFixed, 7, 4, 0, true},
    {"juneteenth", HR::kFixed, 6, 19, 0},
    {"labor day", HR::kNthWeekday, 9, 1, 1, true},
    {"memorial day", HR::kLastWeekday, 5, 0, 1, true},
    {"new year day", HR::kFixed, 1, 1, 0},
    {"new year eve", HR::kFixed, 12, 31, 0},
    {"ramadan", HR::kRamadan, 0, 0, 0},
    {"thanksgiving", HR::kNthWeekday, 11, 4, 4, true},
    {"thanksgiving day", HR::kNthWeekday, 11, 4, 4, true},
    {"valentine day", HR::kFixed, 2, 14, 0},
    {"veterans day", HR::kFixed, 11, 11, 0, true},
};

// First day of the fast (as most countries kept it) and the number of days; sorted by year.
constexpr LunarMonth kRamadan[] = {
    {2022, 4, 2, 30},
    {2023, 3, 23, 29},
    {2024, 3, 11, 30},
    {2025, 3, 1, 29},
};

constexpr Entry kOrdinalDays[] = {
    {"eighteenth", 18}, {"eighth", 8},      {"eleventh", 11},   {"fifteenth", 15},
    {"fifth", 5},       {"first", 1},       {"fourteenth", 14}, {"fourth", 4},
    {"nineteenth", 19}, {"ninth", 9},       {"second", 2},      {"seventeenth", 17},
    {"seventh", 7},     {"sixteenth", 16},  {"sixth", 6},       {"tenth", 10},
    {"third", 3},       {"thirteenth", 13}, {"thirtieth", 30},  {"twelfth", 12},
    {"twentieth", 20},
};

constexpr Entry kWeekOrdinals[] = {
    {"final", 0}, {"first", 1}, {"fourth", 4}, {"last", 0}, {"second", 2}, {"third", 3},
};

constexpr Entry kOrdinalDayTens[] = {{"thirty", 30}, {"twenty", 20}};

constexpr Entry kAnchoredDirections[] = {{"after", 1}, {"before", -1}, {"from", 1}};

constexpr Entry kSpanOpeners[] = {{"within", 1}};

constexpr std::string_view kTimeRangeOpeners[] = {"between", "from"};
constexpr std::string_view kTimeRangeJoiners[] = {"-", "and", "through", "till", "to", "until"};

template <const auto& Table>
const Entry* find(std::string_view key) {
  return find_row_of<Table, &Entry::key>(key);
}

template <size_t N>
bool sorted(const Entry (&table)[N]) {
  return std::is_sorted(std::begin(table), std::end(table),
                        [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

template <size_t N>
bool sorted(const std::string_view (&table)[N]) {
  return std::is_sorted(std::begin(table), std::end(table));
}

}  // namespace

std::optional<int> relative_day(std::string_view phrase) {
  const Entry* e = find<kRelativeDays>(phrase);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

bool starts_relative_day(std::string_view word) {
  static const KeyIndex first_words = [] {
    std::vector<std::string_view> words;
    for (const Entry& e : kRelativeDays) words.push_back(e.key.substr(0, e.key.find(' ')));
    return KeyIndex(std::move(words));
  }();
  return first_words.find(word) >= 0;
}

std::vector<std::string_view> date_start_words() {
  std::vector<std::string_view> words;
  for (std::string_view w : kNamedTimes) words.push_back(w);
  for (const Entry& e : kRelativeDays) words.push_back(e.key.substr(0, e.key.find(' ')));
  for (std::string_view w : kVaguePeriodModifiers) words.push_back(w);
  for (const Holiday& h : kHolidays) words.push_back(h.key.substr(0, h.key.find(' ')));
  for (const Entry& e : kSpanOpeners) words.push_back(e.key);
  for (const Entry& e : kWeekOrdinals) words.push_back(e.key);
  for (const Entry& e : kOrdinalDays) words.push_back(e.key);
  for (const Entry& e : kOrdinalDayTens) words.push_back(e.key);
  for (const Entry& e : kYearPartCodes) words.push_back(e.key);
  using Table = std::span<const Entry>;
  for (const Table table :
       {Table(kCounts), Table(kPeriods), Table(kPositions), Table(kDeictics), Table(kSeasons)})
    for (const Entry& e : table) words.push_back(e.key);
  return words;
}

bool may_start_date(std::string_view word) {
  static const KeyIndex first_words(date_start_words());
  return first_words.find(word) >= 0;
}

std::vector<std::string_view> date_anchor_words() {
  std::vector<std::string_view> words;
  for (const Entry& e : kRelativeDays) words.push_back(e.key.substr(e.key.rfind(' ') + 1));
  for (std::string_view w : kNamedTimes) words.push_back(w);
  for (const Entry& e : kPeriods) words.push_back(e.key);
  for (const Entry& e : kSeasons) words.push_back(e.key);
  for (const Holiday& h : kHolidays) words.push_back(h.key.substr(h.key.rfind(' ') + 1));
  for (const Entry& e : kYearParts) words.push_back(e.key);
  for (const Entry& e : kYearPartCodes) words.push_back(e.key);
  return words;
}

bool is_date_anchor(std::string_view word) {
  static const KeyIndex anchors(date_anchor_words());
  return anchors.find(word) >= 0;
}

std::optional<Period> period_word(std::string_view word, bool* plural) {
  const Entry* e = find<kPeriods>(word);
  if (!e) return std::nullopt;
  if (plural) *plural = (e->value & 1) != 0;
  return static_cast<Period>(e->value / 2);
}

std::optional<int> deictic_offset(std::string_view word) {
  const Entry* e = find<kDeictics>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

bool is_position_word(std::string_view word) {
  return find<kPositions>(word) != nullptr;
}
bool position_needs_of(std::string_view word) {
  const Entry* e = find<kPositions>(word);
  return e && e->value == 1;
}

const std::array<uint16_t, 256>& hyphen_position_lengths() {
  static const auto lengths = [] {
    std::array<uint16_t, 256> by_first{};
    auto add = [&](std::string_view key) {
      if (!key.empty())
        by_first[static_cast<unsigned char>(key[0])] |=
            static_cast<uint16_t>(1u << (key.size() < 16 ? key.size() : 0));
    };
    for (const Entry& e : kPositions)
      if (e.value == 0) add(e.key);
    // "third-quarter", "July-September": parts of a year hyphened as one word.
    for (std::string_view ordinal : {"first", "second", "third", "fourth"}) add(ordinal);
    for (std::string_view name : calendar_words()) add(name);
    return by_first;
  }();
  return lengths;
}

bool is_part_of_day(std::string_view word) {
  return in_table<kPartsOfDay>(word);
}

std::optional<int> count_word(std::string_view word) {
  const Entry* e = find<kCounts>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

std::optional<int> relative_direction(std::string_view word) {
  const Entry* e = find<kDirections>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

bool is_vague_period_modifier(std::string_view word) {
  return in_table<kVaguePeriodModifiers>(word);
}

std::optional<Tense> tense_cue(std::string_view phrase) {
  const Entry* e = find<kTenseCues>(phrase);
  return e ? std::optional<Tense>(static_cast<Tense>(e->value)) : std::nullopt;
}

bool starts_tense_phrase(std::string_view word) {
  static const KeyIndex first_words = [] {
    std::vector<std::string_view> words;
    for (const Entry& e : kTenseCues)
      if (const size_t space = e.key.find(' '); space != std::string_view::npos)
        words.push_back(e.key.substr(0, space));
    return KeyIndex(std::move(words));
  }();
  return first_words.find(word) >= 0;
}

bool is_non_past_ed(std::string_view word) {
  return in_table<kNonPastEd>(word);
}
bool is_arranging_verb(std::string_view word) {
  return in_table<kArrangingVerbs>(word);
}
bool is_clause_subordinator(std::string_view word) {
  return std::binary_search(std::begin(kClauseSubordinators), std::end(kClauseSubordinators), word);
}
bool is_anticipation_verb(std::string_view word) {
  return std::binary_search(std::begin(kAnticipationVerbs), std::end(kAnticipationVerbs), word);
}

bool is_scheduled_event_noun(std::string_view word) {
  return std::binary_search(std::begin(kScheduledEventNouns), std::end(kScheduledEventNouns), word);
}
bool is_stated_figure_noun(std::string_view word) {
  return in_table<kStatedFigureNouns>(word);
}
bool is_participle_auxiliary(std::string_view word) {
  return in_table<kParticipleAuxiliaries>(word);
}
bool is_date_preposition(std::string_view word) {
  return in_table<kDatePrepositions>(word);
}
bool is_quantity_hedge(std::string_view word) {
  return in_table<kQuantityHedges>(word);
}
bool is_non_plural_s(std::string_view word) {
  return in_table<kNonPluralS>(word);
}
bool is_year_determiner(std::string_view word) {
  return in_table<kYearDeterminers>(word);
}
bool is_weekday_name_prefix(std::string_view word) {
  return in_table<kWeekdayNamePrefixes>(word);
}
bool is_meridiem(std::string_view word) {
  return in_table<kMeridiems>(word);
}
bool is_statement_verb(std::string_view word) {
  return in_table<kStatementVerbs>(word);
}
bool is_time_zone(std::string_view word) {
  return in_table<kTimeZones>(word);
}
bool is_named_time(std::string_view word) {
  return in_table<kNamedTimes>(word);
}
bool is_time_preposition(std::string_view word) {
  return in_table<kTimePrepositions>(word);
}

std::optional<int> year_parts(std::string_view word) {
  const Entry* e = find<kYearParts>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}
std::optional<int> year_part_code(std::string_view word) {
  const Entry* e = find<kYearPartCodes>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

std::optional<int> season_start(std::string_view word) {
  const Entry* e = find<kSeasons>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

std::optional<int> dateline_cue(std::string_view phrase) {
  const Entry* e = find<kDatelineCues>(phrase);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

const Holiday* holiday(std::string_view phrase) {
  return find_row_of<kHolidays, &Holiday::key>(phrase);
}

const LunarMonth* ramadan(int year) {
  for (const LunarMonth& m : kRamadan)
    if (m.year == year) return &m;
  return nullptr;
}

bool starts_holiday(std::string_view word) {
  static const KeyIndex first_words = [] {
    std::vector<std::string_view> words;
    for (const Holiday& h : kHolidays) words.push_back(h.key.substr(0, h.key.find(' ')));
    return KeyIndex(std::move(words));
  }();
  return first_words.find(word) >= 0;
}

int ordinal_day(std::string_view word) {
  if (const Entry* e = find<kOrdinalDays>(word)) return e->value;
  // "twenty-first"
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos) return 0;
  const Entry* tens = find<kOrdinalDayTens>(word.substr(0, dash));
  const Entry* unit = find<kOrdinalDays>(word.substr(dash + 1));
  if (!tens || !unit || unit->value > 9) return 0;
  const int day = tens->value + unit->value;
  return day <= 31 ? day : 0;
}

int ordinal_day_tens(std::string_view word) {
  const Entry* e = find<kOrdinalDayTens>(word);
  return e ? e->value : 0;
}

std::optional<int> week_ordinal(std::string_view word) {
  const Entry* e = find<kWeekOrdinals>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

std::optional<int> anchored_direction(std::string_view word) {
  const Entry* e = find<kAnchoredDirections>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

std::optional<int> span_opener(std::string_view word) {
  const Entry* e = find<kSpanOpeners>(word);
  return e ? std::optional<int>(e->value) : std::nullopt;
}

bool is_time_range_opener(std::string_view word) {
  return in_table<kTimeRangeOpeners>(word);
}
bool is_time_range_joiner(std::string_view word) {
  return in_table<kTimeRangeJoiners>(word);
}

std::vector<std::string_view> unsorted_date_tables() {
  std::vector<std::string_view> out;
  auto check = [&](bool ok, std::string_view name) {
    if (!ok) out.push_back(name);
  };
  check(sorted(kRelativeDays), "relative days");
  check(sorted(kPeriods), "periods");
  check(sorted(kDeictics), "deictics");
  check(sorted(kPositions), "positions");
  check(sorted(kPartsOfDay), "parts of day");
  check(sorted(kCounts), "counts");
  check(sorted(kDirections), "directions");
  check(sorted(kVaguePeriodModifiers), "vague period modifiers");
  check(sorted(kTenseCues), "tense cues");
  check(sorted(kNonPastEd), "non-past -ed words");
  check(sorted(kParticipleAuxiliaries), "participle auxiliaries");
  check(sorted(kStatedFigureNouns), "stated figure nouns");
  check(sorted(kArrangingVerbs), "arranging verbs");
  check(std::is_sorted(std::begin(kClauseSubordinators), std::end(kClauseSubordinators)),
        "clause subordinators");
  check(sorted(kDatePrepositions), "date prepositions");
  check(sorted(kQuantityHedges), "quantity hedges");
  check(sorted(kNonPluralS), "non-plural -s words");
  check(sorted(kYearDeterminers), "year determiners");
  check(sorted(kWeekdayNamePrefixes), "weekday name prefixes");
  check(sorted(kMeridiems), "meridiems");
  check(sorted(kTimeZones), "time zones");
  check(sorted(kStatementVerbs), "statement verbs");
  check(sorted(kNamedTimes), "named times");
  check(sorted(kTimePrepositions), "time prepositions");
  check(sorted(kSeasons), "seasons");
  check(sorted(kDatelineCues), "dateline cues");
  check(std::is_sorted(std::begin(kHolidays), std::end(kHolidays),
                       [](const Holiday& a, const Holiday& b) { return a.key < b.key; }),
        "holidays");
  check(sorted(kOrdinalDays), "ordinal days");
  check(sorted(kOrdinalDayTens), "ordinal day tens");
  check(sorted(kWeekOrdinals), "week ordinals");
  check(sorted(kAnchoredDirections), "anchored directions");
  check(sorted(kSpanOpeners), "span openers");
  check(sorted(kTimeRangeOpeners), "time range openers");
  check(sorted(kTimeRangeJoiners), "time range joiners");
  return out;
}

}  // namespace parallax::lexicon
