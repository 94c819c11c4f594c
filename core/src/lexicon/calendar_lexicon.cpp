#include "lexicon/calendar_lexicon.h"

#include <algorithm>
#include <string>

#include "lexicon/key_index.h"

namespace parallax::lexicon {

namespace {
struct NamedNumber {
  std::string_view name;  // lowercase
  int number;
};

// Sorted by name (a test checks it).
constexpr NamedNumber kMonths[] = {
    {"apr", 4},       {"april", 4}, {"aug", 8},      {"august", 8},    {"dec", 12},
    {"december", 12}, {"feb", 2},   {"february", 2}, {"jan", 1},       {"january", 1},
    {"jul", 7},       {"july", 7},  {"jun", 6},      {"june", 6},      {"mar", 3},
    {"march", 3},     {"may", 5},   {"nov", 11},     {"november", 11}, {"oct", 10},
    {"october", 10},  {"sep", 9},   {"sept", 9},     {"september", 9},
};

constexpr NamedNumber kWeekdays[] = {
    {"fri", 5}, {"friday", 5}, {"mon", 1},     {"monday", 1}, {"sat", 6},       {"saturday", 6},
    {"sun", 0}, {"sunday", 0}, {"thu", 4},     {"thur", 4},   {"thurs", 4},     {"thursday", 4},
    {"tue", 2}, {"tues", 2},   {"tuesday", 2}, {"wed", 3},    {"wednesday", 3},
};

constexpr std::string_view kMonthNames[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
// Month and weekday names (and abbreviations) that are also common English words, so that
// a bare one needs context: "May", "march", "Jan", "Sun". Lowercase, sorted.
constexpr std::string_view kAmbiguousCalendarWords[] = {"dec", "jan", "mar", "march",
                                                        "may", "sat", "sun", "wed"};

constexpr std::string_view kWeekdayNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                              "Thursday", "Friday", "Saturday"};

char lower_ascii(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

template <const auto& Table>
int lookup(std::string_view word, int missing) {
  constexpr size_t kLongest = 12;
  if (word.empty() || word.size() > kLongest) return missing;
  // Most words are no month or weekday: reject them before copying them in lowercase.
  if (!index_of<Table, &NamedNumber::name>().may_hold(lower_ascii(word[0]),
                                                      lower_ascii(word.back()), word.size()))
    return missing;
  char lower[kLongest];
  for (size_t i = 0; i < word.size(); ++i) lower[i] = lower_ascii(word[i]);
  const NamedNumber* row = find_row_of<Table, &NamedNumber::name>({lower, word.size()});
  return row ? row->number : missing;
}
}  // namespace

int month_number(std::string_view word) {
  return lookup<kMonths>(word, 0);
}
int weekday_number(std::string_view word) {
  return lookup<kWeekdays>(word, -1);
}

std::vector<std::string_view> calendar_words() {
  std::vector<std::string_view> words;
  for (const NamedNumber& m : kMonths) words.push_back(m.name);
  for (const NamedNumber& d : kWeekdays) words.push_back(d.name);
  return words;
}

bool month_is_ambiguous(std::string_view word) {
  // Compared without case and without a lowercased copy: the words are short ASCII.
  auto same = [word](std::string_view key) {
    return key.size() == word.size() &&
           std::equal(key.begin(), key.end(), word.begin(),
                      [](char k, char w) { return k == lower_ascii(w); });
  };
  return std::any_of(std::begin(kAmbiguousCalendarWords), std::end(kAmbiguousCalendarWords), same);
}

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kMonthNames[month - 1] : std::string_view();
}

std::string_view weekday_name(int weekday) {
  return weekday >= 0 && weekday <= 6 ? kWeekdayNames[weekday] : std::string_view();
}

}  // namespace parallax::lexicon
