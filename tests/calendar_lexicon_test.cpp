#include "lexicon/calendar_lexicon.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace parallax {
namespace {

struct CalendarCase {
  const char* name;
  const char* word;
  int month;
  int weekday;
};

class CalendarWords : public testing::TestWithParam<CalendarCase> {};

TEST_P(CalendarWords, LooksUp) {
  EXPECT_EQ(lexicon::month_number(GetParam().word), GetParam().month);
  EXPECT_EQ(lexicon::weekday_number(GetParam().word), GetParam().weekday);
}

const CalendarCase kCalendarCases[] = {
    {"FullMonth", "October", 10, -1},
    {"AbbreviatedMonth", "Oct", 10, -1},
    {"Sept", "Sept", 9, -1},
    {"UpperMonth", "JANUARY", 1, -1},
    {"May", "may", 5, -1},
    {"Weekday", "Tuesday", 0, 2},
    {"WeekdayAbbrev", "Wed", 0, 3},
    {"Thurs", "Thurs", 0, 4},
    {"NotCalendar", "Rome", 0, -1},
    {"Empty", "", 0, -1},
};

INSTANTIATE_TEST_SUITE_P(Cases, CalendarWords, testing::ValuesIn(kCalendarCases),
                         testing_support::CaseName());

struct AmbiguityCase {
  const char* name;
  const char* word;
  bool ambiguous;
};

class AmbiguousCalendarWords : public testing::TestWithParam<AmbiguityCase> {};

TEST_P(AmbiguousCalendarWords, NeedContext) {
  EXPECT_EQ(lexicon::month_is_ambiguous(GetParam().word), GetParam().ambiguous);
}

const AmbiguityCase kAmbiguityCases[] = {
    {"May", "May", true},
    {"MayLower", "may", true},
    {"MayUpper", "MAY", true},
    {"March", "March", true},
    {"Mar", "Mar", true},
    {"Jan", "Jan", true},
    {"Sun", "Sun", true},
    {"Sat", "sat", true},
    {"Wed", "Wed", true},
    {"Dec", "Dec", true},
    {"October", "October", false},
    {"Oct", "Oct", false},
    {"June", "June", false},
    {"Marches", "Marches", false},
    {"Ma", "Ma", false},
    {"Empty", "", false},
    {"MayWithSpace", "May ", false},
};

INSTANTIATE_TEST_SUITE_P(Cases, AmbiguousCalendarWords, testing::ValuesIn(kAmbiguityCases),
                         testing_support::CaseName());

TEST(CalendarNames, RoundTrip) {
  for (int m = 1; m <= 12; ++m) EXPECT_EQ(lexicon::month_number(lexicon::month_name(m)), m);
  for (int d = 0; d <= 6; ++d) EXPECT_EQ(lexicon::weekday_number(lexicon::weekday_name(d)), d);
}

}  // namespace
}  // namespace parallax
