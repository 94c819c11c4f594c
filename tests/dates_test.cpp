// Dates: finding date and time expressions, resolving them against a reference date,
// datelines and the latest full date. The sentences are ours; the reference is a
// Wednesday (2024-10-23) unless a row says otherwise.
#include "extract/dates.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extract/civil_date.h"
#include "extract/date_scan.h"
#include "extract/words.h"
#include "lexicon/dates_lexicon.h"
#include "test_support.h"

namespace parallax {
namespace {

struct Expected {
  std::string text;
  std::string resolved;
  bool time = false;
  bool conflict = false;
  std::string range = "";  // "from/to" of a period or a range of times
  friend bool operator==(const Expected&, const Expected&) = default;
};

std::ostream& operator<<(std::ostream& os, const Expected& e) {
  os << "{\"" << e.text << "\", \"" << e.resolved << "\"";
  if (e.time) os << ", time";
  if (e.conflict) os << ", conflict";
  if (!e.range.empty()) os << ", range " << e.range;
  return os << "}";
}

constexpr const char* kWednesday = "2024-10-23";

struct DateCase {
  const char* name;
  const char* input;
  std::vector<Expected> expected;
  const char* reference = kWednesday;  // "" for none
};

std::vector<Expected> dates_in(const std::string& text, const char* reference) {
  DocumentText doc = segment(decode_utf8(text).text);
  std::vector<Expected> out;
  for (const DateMention& m : extract_dates(doc, 0, parse_iso_date(reference)))
    out.push_back({std::string(doc.slice(m.span)), m.resolved, m.is_time, m.weekday_conflict,
                   m.range_from.empty() ? "" : m.range_from + "/" + m.range_to});
  return out;
}

class DateExtraction : public testing::TestWithParam<DateCase> {};

TEST_P(DateExtraction, FindsAndResolves) {
  EXPECT_EQ(dates_in(GetParam().input, GetParam().reference), GetParam().expected);
}

const DateCase kDateCases[] = {
    // The present of a scheduled start before "on" looks ahead (news usage); its past does not.
    {"PresentBeginOnIsAhead",
     "Talks between the parties begin on Thursday in Orlen.",
     {{"Thursday", "2024-10-24"}}},
    {"PresentMeetsOnIsAhead",
     "The council meets on Thursday to discuss the clash.",
     {{"Thursday", "2024-10-24"}}},
    // A verb coordinated after the date ("and is set to run") is its own clause's tense.
    {"PastBeforeACoordinatedFutureVerb",
     "The truce began at 18:00 local time (1600 GMT) on Tuesday and is set to run for 72 hours.",
     {{"18:00", "2024-10-22", true}, {"1600 GMT", "2024-10-22", true}, {"Tuesday", "2024-10-22"}}},
    {"PresentReopenOnIsAhead",
     "Schools reopen on Monday, officials said.",
     {{"Monday", "2024-10-28"}}},
    // A long clause's verb further back tells the tense when nothing nearer does; a clause
    // of its own after a comma ("after results published yesterday") does not.
    {"LongClauseFutureBeforeASubordinateClause",
     "The Harbour Party will begin formal coalition talks with the Greens and the Farmers Union "
     "on Thursday, after results published yesterday gave them 76 seats.",
     {{"Thursday", "2024-10-24"}, {"yesterday", "2024-10-22"}}},
    {"PastBeganOnStaysBehind",
     "The talks that began on Thursday stalled.",
     {{"Thursday", "2024-10-17"}}},
    // Month and day.
    {"MonthDayAbbreviated", "The talks began on Oct. 21 in Rome.", {{"Oct. 21", "2024-10-21"}}},
    {"MonthDayYear",
     "The treaty was signed on June 19, 2024, in Pyongyang.",
     {{"June 19, 2024", "2024-06-19"}}},
    {"DayMonthYear",
     "Officials met on 23 October 2024 in Brussels.",
     {{"23 October 2024", "2024-10-23"}}},
    {"DayMonth", "The vote is set for 5 November.", {{"5 November", "2024-11-05"}}},
    {"OrdinalDay", "The summit opens on November 3rd.", {{"November 3rd", "2024-11-03"}}},
    {"DayOfMonth", "It happened on the 12th of October.", {{"12th of October", "2024-10-12"}}},
    {"MonthWithoutPeriod", "Troops arrived Oct 20 near the border.", {{"Oct 20", "2024-10-20"}}},
    {"Sept", "The report came out Sept. 30.", {{"Sept. 30", "2024-09-30"}}},
    {"DayRange", "Ministers gather Oct. 28-29 in Naples.", {{"Oct. 28-29", "2024-10-28"}}},
    {"FarPastByTense", "The ceasefire collapsed on Feb. 3.", {{"Feb. 3", "2024-02-03"}}},
    // "since" points back, whatever the clause's tense: "would be the first ... since June".
    {"SinceMonthIsPast",
     "It would be the first such meeting since December.",
     {{"December", "2023-12"}}},
    {"SinceWeekdayIsPast",
     "The border will stay shut, as it has been since Friday.",
     {{"Friday", "2024-10-18"}}},
    // A month, then the year it falls in as a deictic: one date of that year's month.
    {"MonthLastYear", "The audit opened in March last year.", {{"March last year", "2023-03"}}},
    {"MonthNextYear", "The plant will close in June next year.", {{"June next year", "2025-06"}}},
    {"MonthThisYear", "Exports slowed in February this year.", {{"February this year", "2024-02"}}},
    {"MonthThenAnotherYearWord", "Sales peaked in May, a year of records.", {{"May", "2024-05"}}},
    // A run of months is a part of a year, left unresolved as a quarter is.
    {"RunOfMonths",
     "Sales rose in the April-June quarter from a year earlier.",
     {{"April-June", "", false, false, "2024-04-01/2024-06-30"}, {"a year earlier", ""}}},
    {"RunOfMonthsAbbreviated",
     "Jan-Mar output fell this year.",
     {{"Jan-Mar", "", false, false, "2024-01-01/2024-03-31"}, {"this year", "2024"}}},
    {"HyphenedNameIsNoRunOfMonths",
     "The Smith-Jones merger closed in June.",
     {{"June", "2024-06"}}},
    // A quarter's code before a year is no name: the year is the date.
    {"QuarterCodeBeforeYear", "Margins were thinner in Q3 2023.", {{"2023", "2023"}}},
    // A year closed by a colon and a space is still the year ("(Q3 2025: a loss)").
    {"QuarterCodeBeforeYearAndColon", "Profit fell to 9m (Q3 2023: 14m).", {{"2023", "2023"}}},
    // A present-tense verb of a schedule looks ahead, whatever past verb is nearer before it
    // in a relative clause: "the fair, which opened on Monday, ends on Saturday".
    {"PresentEndsOnLooksAhead",
     "The fair, which opened on Monday, ends on Saturday.",
     {{"Monday", "2024-10-21"}, {"Saturday", "2024-10-26"}}},
    {"PresentPluralEndOnLooksAhead",
     "The two weeks of talks that began on Monday end on Friday.",
     {{"Monday", "2024-10-21"}, {"Friday", "2024-10-25"}}},
    // Taking effect, coming into force and "the next" meeting look ahead; a negated modal
    // ("wouldn't") is still a modal.
    {"TakesEffectLooksAhead", "The new rules take effect on Monday.", {{"Monday", "2024-10-28"}}},
    // Facing, awaiting and "comes on" tell of what is ahead ("faced" is past).
    {"FacesAVoteLooksAhead",
     "The government faces a confidence vote on Friday.",
     {{"Friday", "2024-10-25"}}},
    {"FacedAVoteStaysPast",
     "The government faced a confidence vote on Monday.",
     {{"Monday", "2024-10-21"}}},
    {"AwaitsLooksAhead",
     "The port awaits the first convoy vote on Friday.",
     {{"Friday", "2024-10-25"}}},
    {"FacesChargesOverAPastDay",
     "The suspect faces charges over the attack on Thursday night.",
     {{"Thursday night", "2024-10-17"}}},
    {"FacesAfterAPastDay",
     "The coach faces the sack after the defeat on Sunday.",
     {{"Sunday", "2024-10-20"}}},
    {"ComesOnTheHeelsStaysPast",
     "The ruling comes on the heels of Sunday's protest.",
     {{"Sunday", "2024-10-20"}}},
    {"TookEffectStaysPast", "The new rate took effect on Monday.", {{"Monday", "2024-10-21"}}},
    {"ComesIntoForceLooksAhead", "The law comes into force on Monday.", {{"Monday", "2024-10-28"}}},
    {"TheNextMeetingLooksAhead",
     "He said another increase at the next meeting, on Feb. 4, could not be ruled out.",
     {{"Feb. 4", "2025-02-04"}}},
    {"NegatedModalLooksAhead",
     "\"I wouldn't rule out another move in February,\" he said.",
     {{"February", "2025-02"}}},
    {"TheNextDayTellsOn",
     "The storm hit on Friday. The next day, Saturday, rescuers arrived.",
     {{"Friday", "2024-10-18"}, {"Saturday", "2024-10-19"}}},
    {"TheNextHearingLooksAhead",
     "The next hearing is on Monday, the court said.",
     {{"Monday", "2024-10-28"}}},
    {"CouldNotIsNoModal",
     "Rescuers couldn't reach the village on Friday.",
     {{"Friday", "2024-10-18"}}},
    // "an end on": the noun, not the verb; the clause's past tense holds.
    {"NounEndOnStaysPast", "The siege came to an end on Saturday.", {{"Saturday", "2024-10-19"}}},
    {"PresentRunsUntilLooksAhead",
     "The lease, signed last year, runs until the end of May.",
     {{"last year", "2023"}, {"end of May", "2025-05"}}},
    {"PastRanUntilStaysPast", "The loan ran until the end of May.", {{"end of May", "2024-05"}}},
    // A thing arranged "for" a day is ahead, though the arranging is past; "called for" a
    // day's talks (no object between) and a day's figures are not arranged.
    {"ArrangedForADayLooksAhead",
     "The union has called a meeting for Monday to weigh the offer.",
     {{"Monday", "2024-10-28"}}},
    {"ArrangedWithLongerObject",
     "Organisers called a general strike for Friday.",
     {{"Friday", "2024-10-25"}}},
    {"CalledForADaysTalksIsNoArrangement",
     "The rebels called for Monday's talks to resume.",
     {{"Monday", "2024-10-21"}}},
    {"ForADayWithoutArrangingStaysPast",
     "Flights for Monday were cancelled.",
     {{"Monday", "2024-10-21"}}},
    // A month closing a counted run of months ("the three months to September") keeps its
    // month and carries the run as a range; a month alone carries none.
    {"MonthClosingARunOfMonths",
     "Revenue fell in the three months to September.",
     {{"September", "2024-09", false, false, "2024-07-01/2024-09-30"}}},
    {"MonthClosingARunAcrossTheYear",
     "Sales rose in the 6 months to February.",
     {{"February", "2024-02", false, false, "2023-09-01/2024-02-29"}}},
    {"MonthAfterAnExtensionByMonthsHasNoRange",
     "The cabinet extended the state of emergency by three months to March.",
     {{"March", "2025-03"}}},
    {"MonthWithoutARunHasNoRange",
     "Revenue fell to its lowest in September.",
     {{"September", "2024-09"}}},
    // A counted period announced with its start ("from" a weekday) is ahead; a range of days
    // ("from Saturday to Monday") is left to the tense.
    {"AnnouncedPeriodStartLooksAhead",
     "The president declared three days of national mourning from Friday.",
     {{"Friday", "2024-10-25"}}},
    {"AnnouncedHyphenedPeriodStart",
     "Unions called a 48-hour strike from Thursday.",
     {{"Thursday", "2024-10-24"}}},
    {"PeriodFromADayToldAsPastStaysPast",
     "Three days of heavy rain from Friday caused the river to burst its banks.",
     {{"Friday", "2024-10-18"}}},
    {"HyphenedPeriodFromADayToldAsPastStaysPast",
     "A 48-hour strike from Monday shut the ports.",
     {{"Monday", "2024-10-21"}}},
    {"PeriodFromARangeOfDaysStaysPast",
     "The three days of protests from Saturday to Monday left 12 dead.",
     {{"Saturday", "2024-10-19"}, {"Monday", "2024-10-21"}}},
    // Midnight in a clause that looks ahead starts the next day; told in the past, it is the
    // one that started the day.
    {"MidnightAheadIsTheNextDay",
     "Bread prices will be cut from midnight.",
     {{"midnight", "2024-10-24", true}}},
    {"MidnightPastIsTheDay",
     "Looters struck the depot at midnight.",
     {{"midnight", "2024-10-23", true}}},
    {"MidnightOnADayStatedBeforeKeepsIt",
     "Polls closed on Sunday. The truce was due to take effect at midnight.",
     {{"Sunday", "2024-10-20"}, {"midnight", "2024-10-20", true}}},
    // Arranging told as past narration is not ahead: after "had", "called in", or with a past
    // clause following.
    {"CalledInForADaysMarchStaysPast",
     "Police called in extra officers for Sunday's march, which turned violent.",
     {{"Sunday", "2024-10-20"}}},
    {"HadScheduledForADayStaysPast",
     "Lawmakers had scheduled a vote for Tuesday, but the speaker postponed it.",
     {{"Tuesday", "2024-10-22"}}},
    {"PlannedForADayThenBlockedStaysPast",
     "Protesters planned a march for Saturday, but police blocked the route.",
     {{"Saturday", "2024-10-19"}}},
    {"NameBeforeYearIsNoDate", "The plan is called Vision 2030.", {}},
    {"FarFutureByTense", "The new law will take effect on Feb. 3.", {{"Feb. 3", "2025-02-03"}}},
    {"FarWithoutTenseIsThisYear", "Its anniversary is Aug. 1.", {{"Aug. 1", "2024-08-01"}}},
    {"AcrossNewYearBack",
     "Fighting resumed on Dec. 28.",
     {{"Dec. 28", "2024-12-28"}},
     "2025-01-04"},
    {"AcrossNewYearForward",
     "Trump will be sworn in on Jan. 20.",
     {{"Jan. 20", "2025-01-20"}},
     "2024-12-20"},
    {"LeapDay", "It rained on Feb. 29, 2024.", {{"Feb. 29, 2024", "2024-02-29"}}},
    {"ImpossibleDayUnresolved", "The file was dated Feb. 30, 2024.", {{"Feb. 30, 2024", ""}}},
    {"UpperCaseMonth", "FIGHTING ERUPTED ON OCTOBER 7.", {{"OCTOBER 7", "2024-10-07"}}},

    // Numeric dates.
    {"Iso", "The order was published 2024-10-21.", {{"2024-10-21", "2024-10-21"}}},
    {"MonthFirstSlashes", "The memo is dated 10/21/2024.", {{"10/21/2024", "2024-10-21"}}},
    {"DayFirstSlashes", "The memo is dated 21/10/2024.", {{"21/10/2024", "2024-10-21"}}},
    {"DayFirstDots", "The meeting took place on 21.10.2024.", {{"21.10.2024", "2024-10-21"}}},

    // Month and year, or a month on its own.
    {"MonthYear", "The war began in February 2022.", {{"February 2022", "2022-02"}}},
    {"MonthOfYear", "Talks stalled in March of 2023.", {{"March of 2023", "2023-03"}}},
    {"BareMonthPast", "Ukrainian forces crossed the border in August.", {{"August", "2024-08"}}},
    {"BareMonthFuture",
     "The deployment is expected to be complete by December.",
     {{"December", "2024-12"}}},
    {"BareMonthPastPreviousYear", "Sanctions were imposed in November.", {{"November", "2023-11"}}},
    {"BareMonthFutureNextYear", "Elections will be held in March.", {{"March", "2025-03"}}},
    {"PostponedMonthIsAhead", "The vote was postponed until January.", {{"January", "2025-01"}}},
    {"TwoMonths",
     "Signs of training were detected in September and October.",
     {{"September", "2024-09"}, {"October", "2024-10"}}},
    {"MayAfterPreposition", "The pact was signed in May.", {{"May", "2024-05"}}},
    {"MonthWithoutTenseNearest", "The January budget looks large.", {{"January", "2025-01"}}},
    {"MonthPossessive", "October’s figures were revised.", {{"October", "2024-10"}}},

    // Weekdays.
    {"WeekdaySameDay",
     "Austin said Wednesday that the troops were in Russia.",
     {{"Wednesday", "2024-10-23"}}},
    {"WeekdayPast",
     "The agency said Friday that 1,500 soldiers had left.",
     {{"Friday", "2024-10-18"}}},
    {"WeekdayLeading",
     "On Monday, a diplomat said talks were under way.",
     {{"Monday", "2024-10-21"}}},
    {"WeekdayFuture", "Leaders will meet on Tuesday in Brussels.", {{"Tuesday", "2024-10-29"}}},
    {"WeekdayFutureSameDay",
     "The minister is expected to speak Wednesday.",
     {{"Wednesday", "2024-10-23"}}},
    {"WeekdayPlanned", "The council plans to vote on Thursday.", {{"Thursday", "2024-10-24"}}},
    {"WeekdayAfterModal",
     "Results could take until Friday, officials said.",
     {{"Friday", "2024-10-25"}}},
    {"DueByWeekdayIsAhead", "Audited accounts are due by Friday.", {{"Friday", "2024-10-25"}}},
    {"DueOnWeekdayIsAhead",
     "The inspectors' verdict is due on Monday.",
     {{"Monday", "2024-10-28"}}},
    // The start of a period announced looks ahead, whatever verb announced it.
    {"PeriodBeginningOnWeekdayIsAhead",
     "The council declared three days of mourning, beginning on Monday.",
     {{"Monday", "2024-10-28"}}},
    {"PeriodStartingOnWeekdayIsAhead",
     "The mayor announced a curfew starting on Friday.",
     {{"Friday", "2024-10-25"}}},
    // A weekday before a noun for a figure already given is the day it was given.
    {"WeekdayOfAStatedFigure",
     "Rescuers will revise the Monday estimate of 40 missing.",
     {{"Monday", "2024-10-21"}}},
    {"WeekdayPossessiveOfAStatedFigure",
     "The toll will rise from Tuesday's tally, officials warned.",
     {{"Tuesday", "2024-10-22"}}},
    {"WeekdayOfAPlannedEventStaysFuture",
     "The board will hold the Friday vote as planned.",
     {{"Friday", "2024-10-25"}}},
    {"WeekdayWithoutTense", "Talks on Thursday", {{"Thursday", "2024-10-17"}}},
    // "last Tuesday": the Tuesday of the week before the reference's (weeks from Monday).
    {"LastWeekday", "The strike happened last Tuesday.", {{"last Tuesday", "2024-10-15"}}},
    {"LastSameWeekday", "Officials met last Wednesday.", {{"last Wednesday", "2024-10-16"}}},
    {"NextWeekday", "The envoy arrives next Monday.", {{"next Monday", "2024-10-28"}}},
    // A deictic weekday with the date after it is one expression, checked against the weekday.
    {"ThisWeekdayWithItsDate",
     "Turnout this Wednesday, October 23 was high.",
     {{"this Wednesday, October 23", "2024-10-23"}}},
    {"LastWeekdayWithItsDate",
     "The ferry sank last Friday, Oct. 18, off Varnholm.",
     {{"last Friday, Oct. 18", "2024-10-18"}}},
    {"LastWeekdayWithAWrongDate",
     "The ferry sank last Friday, Oct. 17, off Varnholm.",
     {{"last Friday, Oct. 17", "2024-10-17", false, true}}},
    {"WeekdayAfternoon",
     "Troops had deployed on Tuesday afternoon.",
     {{"Tuesday afternoon", "2024-10-22"}}},
    {"EarlierWeekday",
     "Earlier Wednesday, lawmakers said 3,000 troops had been sent.",
     {{"Earlier Wednesday", "2024-10-23"}}},
    {"LateWeekday", "The vote took place late Monday.", {{"late Monday", "2024-10-21"}}},
    {"WeekdayPossessive",
     "Tuesday’s briefing was closed to the press.",
     {{"Tuesday", "2024-10-22"}}},
    {"WeekdayOtherReference",
     "Rescuers said Sunday that the fire was out.",
     {{"Sunday", "2025-01-05"}},
     "2025-01-07"},
    {"ThisPastWeekend",
     "Protests spread this past weekend.",
     {{"this past weekend", "", false, false, "2024-10-19/2024-10-20"}}},

    // A weekday beside its date.
    {"WeekdayConflict",
     "The talks on Wednesday, Oct. 22, 2024, ended.",
     {{"Wednesday, Oct. 22, 2024", "2024-10-22", false, true}}},
    {"WeekdayMatches",
     "The talks on Tuesday, Oct. 22, 2024, ended.",
     {{"Tuesday, Oct. 22, 2024", "2024-10-22"}}},
    {"WeekdayConflictWithoutYear",
     "Voting ends Friday, Oct. 24.",
     {{"Friday, Oct. 24", "2024-10-24", false, true}}},
    {"WeekdayChoosesTheYear",
     "The fire began Sunday, Dec. 29.",
     {{"Sunday, Dec. 29", "2024-12-29"}},
     "2025-01-05"},
    {"WeekdayParenthesisedDate",
     "The vote on Tuesday (Oct. 22) passed.",
     {{"Tuesday (Oct. 22)", "2024-10-22"}}},
    {"WeekdayAbbreviatedWithDate", "Posted Wed 23 Oct 2024.", {{"Wed 23 Oct 2024", "2024-10-23"}}},

    // Relative to the reference.
    {"LastMonth", "Trump praised him last month.", {{"last month", "2024-09"}}},
    {"NextMonth", "The summit moves to Rome next month.", {{"next month", "2024-11"}}},
    {"LastMonthInJanuary", "Prices rose last month.", {{"last month", "2023-12"}}, "2024-01-15"},
    {"ThisYear", "Exports fell this year.", {{"this year", "2024"}}},
    {"LastYear", "The plant closed last year.", {{"last year", "2023"}}},
    {"EarlyNextYear", "A deal is possible early next year.", {{"early next year", "2025"}}},
    {"LateLastYear", "Fighting intensified late last year.", {{"late last year", "2023"}}},
    {"LaterThisYear", "A vote is due later this year.", {{"later this year", "2024"}}},
    {"LastWeekUnresolved",
     "Zelensky told NATO last week that 10,000 soldiers were ready.",
     {{"last week", "", false, false, "2024-10-14/2024-10-20"}}},
    {"NextWeekUnresolved",
     "Sanctions could come as early as next week.",
     {{"next week", "", false, false, "2024-10-28/2024-11-03"}}},
    {"ThisWeekUnresolved",
     "Partners are finishing the plan this week.",
     {{"this week", "", false, false, "2024-10-21/2024-10-27"}}},
    {"EndOfTheYear",
     "The loan will be ready by the end of the year.",
     {{"end of the year", "2024"}}},
    {"EndOfMonthName", "The mission ends at the end of October.", {{"end of October", "2024-10"}}},
    {"MidMonth",
     "Both claimed in mid-October that troops had arrived.",
     {{"mid-October", "2024-10"}}},
    {"MidYear", "Output peaked in mid-2022.", {{"mid-2022", "2022"}}},
    // A sentence whose only date is a possessive or hyphenated word is still read (the
    // scanner passes over sentences that cannot hold a date before loading their words).
    {"OnlyDateIsPossessive",
     "Officials met after Tuesday\xE2\x80\x99s vote.",
     {{"Tuesday", "2024-10-22"}}},
    {"OnlyDateIsHyphenated", "Talks resume mid-October.", {{"mid-October", "2024-10"}}},
    {"NoDateAtAll", "Officials met and talked for hours.", {}},
    {"EarlyMonth",
     "In early October, officials said troops had moved.",
     {{"early October", "2024-10"}}},
    {"LateYear", "The program began in late 2023.", {{"late 2023", "2023"}}},
    {"LastMonthName", "Floods hit the region last November.", {{"last November", "2023-11"}}},
    {"Yesterday", "The minister resigned yesterday.", {{"yesterday", "2024-10-22"}}},
    {"Today", "Parliament votes today.", {{"today", "2024-10-23"}}},
    {"Tonight", "He will address the nation tonight.", {{"tonight", "2024-10-23"}}},
    {"Tomorrow", "Talks resume tomorrow.", {{"tomorrow", "2024-10-24"}}},
    {"LastNight", "Drones struck Kyiv last night.", {{"last night", "2024-10-22"}}},
    {"YesterdayMorning",
     "The blast happened yesterday morning.",
     {{"yesterday morning", "2024-10-22"}}},
    {"ThisMorning", "Markets fell this morning.", {{"this morning", "2024-10-23"}}},
    {"EarlierToday",
     "Earlier today, the ministry confirmed the strike.",
     {{"Earlier today", "2024-10-23"}}},
    {"DayBeforeYesterday",
     "They left the day before yesterday.",
     {{"day before yesterday", "2024-10-21"}}},
    {"DaysAgo", "The convoy left two days ago.", {{"two days ago", "2024-10-21"}}},
    {"DigitDaysAgo", "The convoy left 3 days ago.", {{"3 days ago", "2024-10-20"}}},
    {"YearAgo", "A year ago, few expected this.", {{"A year ago", "2023"}}},
    {"MonthsAgo", "Six months ago the front was quiet.", {{"Six months ago", "2024-04-23"}}},
    {"WeeksAgoUnresolved", "Weeks ago, diplomats warned of this.", {{"Weeks ago", ""}}},
    {"WeekLaterUnresolved", "A week later, the troops moved.", {{"A week later", ""}}},
    {"DaysLaterFromLastDate",
     "Talks opened on Oct. 14. Two days later, they collapsed.",
     {{"Oct. 14", "2024-10-14"}, {"Two days later", "2024-10-16"}}},
    {"RecentMonths", "Russia has advanced in recent months.", {{"recent months", ""}}},
    {"ComingDays", "More details will follow in the coming days.", {{"coming days", ""}}},
    {"LastSummer", "The offensive stalled last summer.", {{"last summer", "2024"}}},
    {"SeasonOfYear", "The offensive began in the summer of 2023.", {{"summer of 2023", "2023"}}},
    {"NextSpring", "Elections are due next spring.", {{"next spring", "2025"}}},

    // Years.
    {"SinceYear", "Washington has sent $175 billion since 2022.", {{"2022", "2022"}}},
    {"TwoYears",
     "Russia invaded in 2022 and annexed Crimea in 2014.",
     {{"2022", "2022"}, {"2014", "2014"}}},
    {"YearAsAdjective", "The 2024 election is close.", {{"2024", "2024"}}},
    {"YearRange", "The 2023-24 budget was cut.", {{"2023-24", "2023"}}},
    {"YearStartsSentence", "2022 was a turning point.", {{"2022", "2022"}}},

    // Times of day, resolved to their day.
    {"TimePm", "The strike came around 7pm.", {{"7pm", "2024-10-23", true}}},
    {"TimeWithColon", "The alarm sounded at 11:11 pm.", {{"11:11 pm", "2024-10-23", true}}},
    {"MilitaryTimeWithZone",
     "The launch was detected at 2211 GMT.",
     {{"2211 GMT", "2024-10-23", true}}},
    {"UpdateTime", "UPDATE: 2:30 p.m.", {{"2:30 p.m.", "2024-10-23", true}}},
    // A time alone on its line heads a live page's entry: it was posted on the day of
    // publication, whatever day the entry before it told of.
    {"TimestampLineIsThePublicationDay",
     "10:40 GMT\nThe storm hit the port on Monday.\n09:15 GMT\nThe port shut its gates.",
     {{"10:40 GMT", "2024-10-23", true},
      {"Monday", "2024-10-21"},
      {"09:15 GMT", "2024-10-23", true}}},
    {"TimeInASentenceTakesTheDayBefore",
     "The storm hit the port on Monday.\nThe first wave came at 09:15 GMT.",
     {{"Monday", "2024-10-21"}, {"09:15 GMT", "2024-10-21", true}}},
    {"TimeOnWeekday",
     "Sirens sounded at 10 a.m. on Tuesday.",
     {{"10 a.m.", "2024-10-22", true}, {"Tuesday", "2024-10-22"}}},
    {"TimeBeforeDate",
     "Updated 10:42 AM EDT, Wed October 23, 2024",
     {{"10:42 AM EDT", "2024-10-23", true}, {"Wed October 23, 2024", "2024-10-23"}}},
    {"Noon", "The deadline passes at noon.", {{"noon", "2024-10-23", true}}},
    {"DottedTime", "Polls close at 7.30pm.", {{"7.30pm", "2024-10-23", true}}},

    // Not dates.
    {"FractionOfYears", "They fought for more than 2 1/2 years.", {}},
    {"ThousandsSeparator", "Ships carried 1,500 soldiers at a time.", {}},
    {"GroupNames", "The G7 and G-7 partners agreed.", {}},
    {"Score", "The match ended 3-1 in Kyiv.", {}},
    {"ListMarkers", "1. Troops 2. Drones 3. Missiles", {}},
    {"FourDigitCount", "The unit has 2000 tanks.", {}},
    {"HedgedFourDigitCount", "Some 2000 troops crossed.", {}},
    {"CurrencyFourDigits",
     "The ticket cost \xE2\x82\xAC"
     "1999 in total.",
     {}},
    {"NameWithYear", "Vision 2030 aims to diversify the economy.", {}},
    {"FlightNumber", "Flight 2024 landed safely.", {}},
    {"Decade", "Tensions date back to the 1990s.", {}},
    {"MayTheVerb", "Officials may announce more sanctions.", {}},
    {"MayStartsWish", "May the talks succeed.", {}},
    {"MarchTheVerb", "Protesters march through the capital every week.", {}},
    {"MarchCapitalisedVerb", "March organisers said the route was blocked.", {}},
    {"MonthAsName", "June Carter sang at the festival.", {}},
    {"AbbreviationAlone", "The Oct meeting was cancelled.", {}},
    {"WeekdayAbbreviationAlone", "Sat in the chair, he waited.", {}},
    {"HolidayName", "Shops opened early on Black Friday.", {}},
    {"SuperTuesday", "Super Tuesday decides the race.", {}},
    {"NewspaperTitle", "The Sunday Times reported the talks.", {}},
    {"DurationLastWeek", "Prices rose over the last week.", {}},
    {"DurationNextMonth", "More troops will arrive in the next month.", {}},
    {"OrdinalPlace", "He finished 3rd in October.", {{"October", "2024-10"}}},
    {"SeasonAsName", "The Arab Spring began in Tunisia.", {}},
    // Parts of a fiscal year without their year: found, left unresolved, read as their months
    // in the reference year.
    {"QuarterOfTheYear",
     "The grocer's profit fell in the second quarter.",
     {{"second quarter", "", false, false, "2024-04-01/2024-06-30"}}},
    {"HyphenedQuarter",
     "The grocer posted fourth-quarter sales in May.",
     {{"fourth-quarter", "", false, false, "2024-10-01/2024-12-31"}, {"May", "2024-05"}}},
    // A hyphened part of the year alone in its sentence ("fourth-quarter", "July-September").
    {"LoneHyphenedQuarter",
     "The grocer's fourth-quarter sales rose.",
     {{"fourth-quarter", "", false, false, "2024-10-01/2024-12-31"}}},
    {"LoneRunOfMonths",
     "Sales rose in the July-September period.",
     {{"July-September", "", false, false, "2024-07-01/2024-09-30"}}},
    // A part of the year not yet begun at the reference date is last year's.
    {"QuarterYetToComeIsLastYears",
     "The grocer's fourth-quarter sales rose.",
     {{"fourth-quarter", "", false, false, "2024-10-01/2024-12-31"}},
     "2025-02-10"},
    {"QuarterCode",
     "Sales slipped in Q2 at the grocer, it said in May.",
     {{"Q2", "", false, false, "2024-04-01/2024-06-30"}, {"May", "2024-05"}}},
    {"HalfWithItsYearIsTheYear",
     "The sale should close in the first half of 2026.",
     {{"2026", "2026"}}},
    {"OrdinalHalfWithoutTheIsNoDate", "The cyclist came second half a lap behind.", {}},
    {"FifthQuarterIsNoDate",
     "The grocer opened a fifth quarter of the market in May.",
     {{"May", "2024-05"}}},
    {"LaterAsAdverb", "Later, he said the talks had failed.", {}},
    {"EarlyAsAdverb", "The votes were counted early.", {}},

    // Without a reference date only stated dates resolve.
    {"NoReferenceWeekday", "Talks were held on Tuesday.", {{"Tuesday", ""}}, ""},
    {"NoReferenceFullDate",
     "Talks were held on Oct. 22, 2024.",
     {{"Oct. 22, 2024", "2024-10-22"}},
     ""},
    {"NoReferenceYearless", "Talks were held on Oct. 22.", {{"Oct. 22", ""}}, ""},

    // Relative compositions: anchor, count, unit and direction.
    {"NextWeekOnWeekday",
     "The envoys meet next week on Thursday.",
     {{"next week on Thursday", "2024-10-31"}}},
    {"WeekdayNextWeek",
     "The envoys meet Thursday next week.",
     {{"Thursday next week", "2024-10-31"}}},
    {"LastWeekCommaOnWeekday",
     "Last week, on Monday, the dam broke.",
     {{"Last week, on Monday", "2024-10-14"}}},
    {"DaysAfterToday",
     "The ballots arrive three days after today.",
     {{"three days after today", "2024-10-26"}}},
    {"WeeksFromWeekday",
     "The trial will open two weeks from Monday.",
     {{"two weeks from Monday", "2024-11-11"}}},
    {"DayBeforeChristmas",
     "The shops will shut a day before Christmas.",
     {{"a day before Christmas", "2024-12-24"}}},
    {"DaysFromNow", "The ferry sails ten days from now.", {{"ten days from now", "2024-11-02"}}},
    {"DaysAfterNothingIsNoDate", "He quit three days after the vote.", {}},
    {"TheDayBeforeYesterday",
     "The ship docked the day before yesterday.",
     {{"day before yesterday", "2024-10-21"}}},
    {"LastWeekOfMonth",
     "Sales slumped in the last week of March.",
     {{"the last week of March", "2024-03", false, false, "2024-03-25/2024-03-31"}}},
    {"FirstWeekOfMonthYear",
     "Sales slumped in the first week of June 2023.",
     {{"the first week of June 2023", "2023-06", false, false, "2023-06-01/2023-06-07"}}},
    {"WithinMonths",
     "The plant must close within six months.",
     {{"within six months", "", false, false, "2024-10-23/2025-04-23"}}},
    {"WithinTheNextWeek",
     "The plant must close within the next week.",
     {{"within the next week", "", false, false, "2024-10-23/2024-10-30"}}},
    {"InTheNextDays",
     "Rain is forecast in the next ten days.",
     {{"the next ten days", "", false, false, "2024-10-23/2024-11-02"}}},
    {"OverThePastWeeks",
     "Prices climbed over the past three weeks.",
     {{"the past three weeks", "", false, false, "2024-10-02/2024-10-23"}}},
    {"LastDigitsDays",
     "Prices climbed in the last 30 days.",
     {{"the last 30 days", "", false, false, "2024-09-23/2024-10-23"}}},
    {"NextWeekRange",
     "The court rules next week.",
     {{"next week", "", false, false, "2024-10-28/2024-11-03"}}},
    {"LastWeekendRange",
     "Crowds gathered last weekend.",
     {{"last weekend", "", false, false, "2024-10-19/2024-10-20"}}},
    {"MonthsAgoToTheDay", "The mine closed two months ago.", {{"two months ago", "2024-08-23"}}},
    {"MonthsAgoClampsTheDay",
     "The mine closed a month ago.",
     {{"a month ago", "2024-02-29"}},
     "2024-03-31"},
    {"WeeksAgoToTheDay", "The mine closed two weeks ago.", {{"two weeks ago", "2024-10-09"}}},
    {"PreviousWeekday", "The mine closed previous Monday.", {{"previous Monday", "2024-10-14"}}},
    {"BareWeekdayNearestPast", "The mine closed Monday.", {{"Monday", "2024-10-21"}}},
    {"LastWeekdayOnMonday",
     "The mine closed last Friday.",
     {{"last Friday", "2024-10-18"}},
     "2024-10-21"},

    // Numeric and compact dates.
    {"DayMonthSlashPadded", "The law took effect 14/03.", {{"14/03", "2024-03-14"}}},
    {"MonthDaySlashAfterPreposition", "The law took effect on 3/14.", {{"3/14", "2024-03-14"}}},
    {"MonthDayYearSlash", "The law took effect on 3/14/2025.", {{"3/14/2025", "2025-03-14"}}},
    {"SlashTwentyFourSevenIsNoDate", "The hotline runs 24/7 for callers.", {}},
    {"SlashNineElevenIsNoDate", "Memories of 9/11 remain.", {}},
    {"SlashInvalidIsNoDate", "The law took effect on 31/02.", {}},
    {"SlashShareIsNoDate", "Output was cut to 1/20 of its size.", {}},
    {"SlashAmbiguousIsNoDate", "The law took effect on 3/4.", {}},
    {"MonthSlashDay", "The cargo left on Mar/4.", {{"Mar/4", "2024-03-04"}}},
    {"YearMonthShort", "The index peaked in 2021-7.", {{"2021-7", "2021-07"}}},
    {"YearMonthPadded", "The index peaked in 2021-07.", {{"2021-07", "2021-07"}}},
    {"YearSpanStaysYears", "The 2023-24 budget passed.", {{"2023-24", "2023"}}},
    {"MonthGluedToDay", "The plant opened Dec12, 2009.", {{"Dec12, 2009", "2009-12-12"}}},
    {"DayAbbreviatedMonthCommaYear",
     "The plant opened 12 Dec., 2009.",
     {{"12 Dec., 2009", "2009-12-12"}}},
    {"FourthOfJuly", "Fireworks are planned for the 4th of July.", {{"4th of July", "2024-07-04"}}},
    {"MonthOrdinalWords",
     "The vote was held on March twenty first.",
     {{"March twenty first", "2024-03-21"}}},
    {"MonthOrdinalHyphenated",
     "The vote was held on March twenty-first.",
     {{"March twenty-first", "2024-03-21"}}},
    {"MonthOrdinalWord",
     "The vote was held on May first, then again.",
     {{"May first", "2024-05-01"}}},
    {"MonthOrdinalBeforeNounIsMonth",
     "Output rose in March first quarter.",
     {{"March", "2024-03"}}},
    {"WeekdayAbbreviationWithDate",
     "Posted Tue, Mar 4, 2025 by staff.",
     {{"Tue, Mar 4, 2025", "2025-03-04"}}},
    {"WeekdayAbbreviationDayFirst",
     "Posted Tue 4 March 2025.",
     {{"Tue 4 March 2025", "2025-03-04"}}},
    {"WeekdayAbbreviationWithoutDateIsNoDate", "Tue and his brother left.", {}},

    // Holidays: a fixed day, the n-th weekday of a month, an offset from Easter.
    {"Christmas", "Shops closed on Christmas.", {{"Christmas", "2023-12-25"}}},
    {"ChristmasFuture", "Shops will close on Christmas.", {{"Christmas", "2024-12-25"}}},
    {"ChristmasEve", "Shops will close on Christmas Eve.", {{"Christmas Eve", "2024-12-24"}}},
    {"EasterMonday", "The march took place on Easter Monday.", {{"Easter Monday", "2024-04-01"}}},
    {"GoodFridayYear",
     "The accord was signed on Good Friday 1998.",
     {{"Good Friday 1998", "1998-04-10"}}},
    {"Thanksgiving", "Talks will resume after Thanksgiving.", {{"Thanksgiving", "2024-11-28"}}},
    {"IndependenceDay",
     "The parade on Independence Day drew crowds.",
     {{"Independence Day", "2024-07-04"}}},
    {"ThisYearsIndependenceDay",
     "This year's Independence Day parade was cancelled.",
     {{"This year's Independence Day", "2024-07-04"}}},
    {"LastYearsChristmas",
     "Last year's Christmas sales were weak.",
     {{"Last year's Christmas", "2023-12-25"}}},
    {"LastChristmas", "Sales fell last Christmas.", {{"last Christmas", "2023-12-25"}}},
    {"NewYearsEve",
     "The fireworks on New Year's Eve will be brief.",
     {{"New Year's Eve", "2024-12-31"}}},
    {"LaborDay", "Schools reopened after Labor Day.", {{"Labor Day", "2024-09-02"}}},
    {"MemorialDay", "Schools closed for Memorial Day.", {{"Memorial Day", "2024-05-27"}}},
    {"HolidayOfYear",
     "The crash came on Christmas Day 2019.",
     {{"Christmas Day 2019", "2019-12-25"}}},
    {"Ramadan",
     "Markets were busy during Ramadan.",
     {{"Ramadan", "2024", false, false, "2024-03-11/2024-04-09"}}},
    {"EidAlFitrOfYear",
     "The truce held until Eid al-Fitr 2023.",
     {{"Eid al-Fitr 2023", "2023-04-21"}}},
    {"RamadanOutsideTheTable", "Markets were busy during Ramadan 2031.", {{"Ramadan 2031", ""}}},
    {"CountrysOwnIndependenceDay",
     "Crowds marked Ukraine's Independence Day.",
     {{"Independence Day", ""}}},
    {"NextEaster", "The shrine reopens next Easter.", {{"next Easter", "2025-04-20"}}},
    {"ThanksgivingOfYear",
     "Flights were cancelled on Thanksgiving 2023.",
     {{"Thanksgiving 2023", "2023-11-23"}}},
    {"WeeksBeforeHoliday",
     "The strike will end three weeks before Christmas.",
     {{"three weeks before Christmas", "2024-12-04"}}},
    {"EasterIslandIsNoDate", "Ships reached Easter Island.", {}},
    {"LowercaseHolidayIsNoDate", "The christmas lights went up.", {}},

    // Times and ranges of times.
    {"TimeRangeToNoon",
     "The polls are open from 9 a.m. to noon.",
     {{"from 9 a.m. to noon", "2024-10-23", true, false, "2024-10-23T09:00/2024-10-23T12:00"}}},
    {"TimeRangeBetween",
     "The office is closed between 3 and 5 pm.",
     {{"between 3 and 5 pm", "2024-10-23", true, false, "2024-10-23T15:00/2024-10-23T17:00"}}},
    {"TimeRangeWithoutOpener",
     "The office was open 9am to 5pm on Tuesday.",
     {{"9am to 5pm", "2024-10-22", true, false, "2024-10-22T09:00/2024-10-22T17:00"},
      {"Tuesday", "2024-10-22"}}},
    {"TimeRangeFromNoon",
     "The market runs from noon to 4 p.m. daily.",
     {{"from noon to 4 p.m.", "2024-10-23", true, false, "2024-10-23T12:00/2024-10-23T16:00"}}},
    {"TimeRangeWithMinutes",
     "The bridge is shut from 10:30 to 14:15 GMT.",
     {{"from 10:30 to 14:15 GMT", "2024-10-23", true, false, "2024-10-23T10:30/2024-10-23T14:15"}}},
    {"TimeWithZone", "The launch is at 14:30 GMT.", {{"14:30 GMT", "2024-10-23", true}}},
    // A time with no day in its sentence is on the day the text last stated.
    {"TimeOnTheDayStatedBefore",
     "The ferry sank off Varnholm on Monday. It left the harbour at 9 p.m. with 80 aboard.",
     {{"Monday", "2024-10-21"}, {"9 p.m.", "2024-10-21", true}}},
    // The day of a statement is no day of the events told after it, unless no other day was
    // stated before it.
    {"TimeSkipsTheDayOfAStatement",
     "A landslide buried Tamsk late Sunday, police said on Tuesday. It struck at 11:20 p.m.",
     {{"late Sunday", "2024-10-20"},
      {"Tuesday", "2024-10-22"},
      {"11:20 p.m.", "2024-10-20", true}}},
    {"TimeSkipsTheDayOfAStatementWithoutOn",
     "A landslide buried Tamsk on Sunday, police said Tuesday. It struck at 11:20 p.m.",
     {{"Sunday", "2024-10-20"}, {"Tuesday", "2024-10-22"}, {"11:20 p.m.", "2024-10-20", true}}},
    {"TimeAfterOnlyAStatementDayIsOnIt",
     "Police said on Monday that a landslide had buried Tamsk. It struck at 11:20 p.m.",
     {{"Monday", "2024-10-21"}, {"11:20 p.m.", "2024-10-21", true}}},
    {"TimeRangeOnTheDayStatedBefore",
     "Voting in Kestrel ran on Sunday. Polls stayed open from 8 a.m. to 6 p.m.",
     {{"Sunday", "2024-10-20"},
      {"from 8 a.m. to 6 p.m.", "2024-10-20", true, false, "2024-10-20T08:00/2024-10-20T18:00"}}},
    {"TimeBeforeAnyDayIsOnTheReferenceDate",
     "The ferry left at 9 p.m. It sank off Varnholm on Monday.",
     {{"9 p.m.", "2024-10-23", true}, {"Monday", "2024-10-21"}}},
    // A day after the reference date is one announced ahead: a later time is on it only
    // when the time's clause looks forward.
    {"TimeAfterAnAnnouncedDayIsNotOnIt",
     "The final is on November 2. Fans queued outside the stadium from 6 a.m.",
     {{"November 2", "2024-11-02"}, {"6 a.m.", "2024-10-23", true}}},
    {"TimeAfterAnAnnouncedDayTakesThePastDay",
     "The ferry sank on Monday. A hearing is set for November 4. Divers found it at 3 p.m.",
     {{"Monday", "2024-10-21"}, {"November 4", "2024-11-04"}, {"3 p.m.", "2024-10-21", true}}},
    {"ForwardTimeAfterAnAnnouncedDayIsOnIt",
     "The summit opens on November 4. Leaders will arrive at 9 a.m.",
     {{"November 4", "2024-11-04"}, {"9 a.m.", "2024-11-04", true}}},
    {"MidAfternoonAfterAPreposition",
     "The pumps failed on Monday. By mid-afternoon the hall was flooded.",
     {{"Monday", "2024-10-21"}, {"mid-afternoon", "2024-10-21", true}}},
    {"MiddayAfterAPreposition", "Ferries resumed at midday.", {{"midday", "2024-10-23", true}}},
    {"BetweenNumbersIsNoTime", "Prices rose between 3 and 5 percent.", {}},

    // Former bugs.
    {"EarlierThisMonthWhole",
     "Zelensky flagged the move earlier this month.",
     {{"earlier this month", "2024-10"}}},  // the position table was out of order
};

INSTANTIATE_TEST_SUITE_P(Cases, DateExtraction, testing::ValuesIn(kDateCases),
                         testing_support::CaseName());

TEST(DateExtraction, HasAHundredRows) {
  EXPECT_GE(std::size(kDateCases), 100u);
}

// The pipeline appends each document's dates to one list: what was there stays, and what
// is added is what extract_dates finds.
TEST(DateExtraction, AppendKeepsEarlierDatesAndAddsTheSame) {
  const std::optional<CivilDate> reference = CivilDate{2025, 3, 12};
  const DocumentText first = segment("The ferry sank on Monday.");
  const DocumentText second = segment("Divers returned on March 10 and again at 6 p.m. Tuesday.");
  std::vector<DateMention> all = extract_dates(first, 0, reference);
  const std::vector<DateMention> before = all;
  ASSERT_EQ(before.size(), 1u);
  append_dates(second, 1, reference, words::FoldedTokens(second), all);
  const std::vector<DateMention> alone = extract_dates(second, 1, reference);
  ASSERT_GE(alone.size(), 2u);
  ASSERT_EQ(all.size(), before.size() + alone.size());
  for (size_t k = 0; k < all.size(); ++k) {
    const DateMention& want = k < before.size() ? before[k] : alone[k - before.size()];
    EXPECT_EQ(all[k].doc, want.doc) << k;
    EXPECT_EQ(all[k].span.begin, want.span.begin) << k;
    EXPECT_EQ(all[k].span.end, want.span.end) << k;
    EXPECT_EQ(all[k].resolved, want.resolved) << k;
    EXPECT_EQ(all[k].note, want.note) << k;
  }
}

TEST(DateExtraction, NotesTheConflict) {
  DocumentText doc = segment(decode_utf8("Wednesday, Oct. 22, 2024").text);
  const auto dates = extract_dates(doc, 3, parse_iso_date(kWednesday));
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].doc, 3u);
  EXPECT_NE(dates[0].note.find("Tuesday"), std::string::npos) << dates[0].note;
}

TEST(DateExtraction, SkipsFurniture) {
  DocumentText doc = segment(decode_utf8("Advertisement\nTroops left on Tuesday.").text);
  const auto dates = extract_dates(doc, 0, parse_iso_date(kWednesday));
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].sentence, 1u);
}

TEST(DateExtraction, ManyMonthNamesStayLinear) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "October ";
  text += "5, 2024 at 10:42 p.m.";
  DocumentText doc = segment(decode_utf8(text).text);
  const auto dates = extract_dates(doc, 0, parse_iso_date(kWednesday));
  // Each "October" but the last is followed by a capitalised word, as in a name; the
  // last takes the day and the time follows.
  EXPECT_EQ(dates.size(), 2u);
}

// Long runs of the words the composed rules start from (openers, counts, holidays, week
// ordinals) finish: every rule looks a bounded number of words ahead.
TEST(DateExtraction, RunsOfComposingWordsStayLinear) {
  for (const char* unit : {"from 9 to ", "between 3 and ", "two weeks from ", "the last week of ",
                           "New Year's ", "within the next ", "last year's "}) {
    std::string text;
    for (int i = 0; i < 30000; ++i) text += unit;
    text += "noon on Christmas Day 2024.";
    DocumentText doc = segment(decode_utf8(text).text);
    // A blow-up shows as a ctest timeout; speed is measured by scripts/bench.
    const auto dates = extract_dates(doc, 0, parse_iso_date(kWednesday));
    EXPECT_FALSE(dates.empty()) << unit;
  }
}

// ---- The pre-filter ----

// The scanner loads the words of a sentence only when it holds a word no date can do
// without (Scanner::may_hold_date). Each row's sentence holds exactly one such word, so a
// filter that forgot that kind of word would lose the row's date.
class DatePreFilter : public testing::TestWithParam<DateCase> {};

TEST_P(DatePreFilter, ReadsEverySentenceThatMayHoldADate) {
  EXPECT_EQ(dates_in(GetParam().input, GetParam().reference), GetParam().expected);
}

const DateCase kPreFilterCases[] = {
    // Four-digit numbers.
    {"YearAlone", "Work on the dam stopped in 1987.", {{"1987", "1987"}}},
    {"IsoDate", "The file was stamped 1998-04-02 by a clerk.", {{"1998-04-02", "1998-04-02"}}},
    {"SlashDate", "The file was stamped 4/2/1998 by a clerk.", {{"4/2/1998", "1998-04-02"}}},
    {"MilitaryTime", "Sirens sounded at 0430 GMT.", {{"0430 GMT", "2024-10-23", true}}},
    // Small numbers: only before a colon or a meridiem.
    {"ClockTime", "The ferry sails at 6:45 from the pier.", {{"6:45", "2024-10-23", true}}},
    {"HourMeridiem", "Polls close at 8 p.m. sharp.", {{"8 p.m.", "2024-10-23", true}}},
    {"HourMeridiemJoined", "Polls close at 8pm sharp.", {{"8pm", "2024-10-23", true}}},
    {"HourMeridiemPossessive", "The 9 pm’s crowd was small.", {{"9 pm", "2024-10-23", true}}},
    // Numbers with periods.
    {"DottedClock", "The ferry sails at 6.45pm daily.", {{"6.45pm", "2024-10-23", true}}},
    {"DottedDate", "The letter is dated 3.11.2023 in pen.", {{"3.11.2023", "2023-11-03"}}},
    // Month and weekday names, capitalised.
    {"DayOfMonth", "Voting closes on the 5th of May.", {{"5th of May", "2024-05-05"}}},
    {"MonthAlone", "Harvests failed in August.", {{"August", "2024-08"}}},
    {"WeekdayPossessive", "Friday's storm cut power.", {{"Friday", "2024-10-18"}}},
    {"LowercaseMonthIsNoDate", "We may go in march.", {}},
    // Anchor words: relative days, counts and periods, seasons, named times.
    {"RelativeDayPossessive", "Yesterday’s storm cut power.", {{"Yesterday", "2024-10-22"}}},
    {"LastNight", "Sirens sounded last night.", {{"last night", "2024-10-22"}}},
    {"ThisMorning", "Sirens sounded this morning.", {{"this morning", "2024-10-23"}}},
    {"DigitCount", "Rebels took the town 3 days ago.", {{"3 days ago", "2024-10-20"}}},
    {"WordCount", "Rebels took the town a year ago.", {{"a year ago", "2023"}}},
    {"DeicticPeriod", "Rebels took the town last month.", {{"last month", "2024-09"}}},
    {"DeicticSeason", "Harvests failed last winter.", {{"last winter", "2023"}}},
    {"NamedTime", "The curfew starts at midnight.", {{"midnight", "2024-10-23", true}}},
    // Hyphenated position words.
    {"HyphenatedMonth", "Harvests failed by mid-August.", {{"mid-August", "2024-08"}}},
    {"HyphenatedYear", "Harvests failed in early-2019.", {{"early-2019", "2019"}}},
    {"HyphenatedLongestPosition",
     "Harvests failed earlier-August.",
     {{"earlier-August", "2024-08"}}},
    // Sentences without any of these hold no date.
    {"NumbersWithoutDateShape", "About 45 of the 300 boats sank, 2.5 times more.", {}},
    {"CountWithoutPeriod", "A third of this last batch sank.", {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, DatePreFilter, testing::ValuesIn(kPreFilterCases),
                         testing_support::CaseName());

// The scanner without shared folded tokens reads every sentence; with them it passes over
// sentences the pre-filter rejects. Both must find the same dates, the same way, in our
// rows and in every article at hand.
std::string scan_all(const DocumentText& doc, const words::FoldedTokens* folded) {
  date_scan::Scanner scanner(doc, parse_iso_date(kWednesday), folded);
  std::ostringstream out;
  for (const Sentence& s : doc.sentences)
    for (const date_scan::Found& f : scanner.scan(s.first_token, s.end_token))
      out << s.first_token << ':' << f.first << '-' << f.end << ' ' << f.resolved << ' ' << f.note
          << ' ' << f.is_time << f.conflict << f.full << ' ' << f.year << '-' << f.month << '-'
          << f.day << '\n';
  return out.str();
}

TEST(DatePreFilter, SkipsNoSentenceWithADate) {
  namespace fs = std::filesystem;
  std::vector<std::string> texts;
  for (const DateCase& c : kDateCases) texts.push_back(c.input);
  for (const DateCase& c : kPreFilterCases) texts.push_back(c.input);
  std::vector<fs::path> dirs = {fs::path(PARALLAX_SOURCE_DIR) / "examples"};
  if (const std::string shared = testing_support::shared_dir(); !shared.empty())
    dirs.push_back(fs::path(shared) / "corpus/seeds");
  for (const fs::path& dir : dirs) {
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::ostringstream s;
      s << in.rdbuf();
      texts.push_back(s.str());
    }
  }
  size_t found = 0;
  for (const std::string& text : texts) {
    const DocumentText doc = segment(decode_utf8(text).text);
    const words::FoldedTokens folded(doc);
    const std::string all = scan_all(doc, nullptr);
    EXPECT_EQ(scan_all(doc, &folded), all) << text.substr(0, 80);
    found += all.size();
  }
  EXPECT_GT(found, 0u);
}

// ---- Datelines and the latest full date ----

struct DatelineCase {
  const char* name;
  const char* input;
  const char* expected;  // "" when there is none
};

class Datelines : public testing::TestWithParam<DatelineCase> {};

TEST_P(Datelines, FindsThePublicationDate) {
  DocumentText doc = segment(decode_utf8(GetParam().input).text);
  const auto date = find_dateline(doc);
  EXPECT_EQ(date ? format_iso(*date) : "", GetParam().expected);
}

const DatelineCase kDatelineCases[] = {
    {"AgencyWithYearElsewhere",
     "Oct 23 (Reuters) - Troops crossed the border, officials said on Oct. 20, 2024.",
     "2024-10-23"},
    {"AgencyWithoutAnyYear", "Oct 23 (Reuters) - Troops crossed the border.", ""},
    {"PublishedDayMonthYear", "Published: 23 October 2024\nTroops crossed the border.",
     "2024-10-23"},
    {"CityAndDashes", "ROME, Oct 23 -- Austin spoke on Oct. 21, 2024, in Kyiv.", "2024-10-23"},
    {"CityDateWithYear", "ROME, Oct. 23, 2024 \xE2\x80\x94 Austin spoke.", "2024-10-23"},
    {"UpdatedWithTimeAndWeekday",
     "Updated 10:42 AM EDT, Wed October 23, 2024\nTroops crossed the border.", "2024-10-23"},
    {"PublishedBeatsUpdated",
     "Updated: Oct. 24, 2024\nPublished: Oct. 23, 2024\nTroops crossed the border.", "2024-10-23"},
    {"LastUpdated", "Headline here\nLast updated October 22, 2024\nText.", "2024-10-22"},
    {"DateOnlyLine", "Wednesday, October 23, 2024\nTroops crossed the border.", "2024-10-23"},
    {"DateInsideSentenceIsNoDateline", "Troops crossed the border on Oct. 21, 2024.", ""},
    {"NoDate", "Troops crossed the border.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, Datelines, testing::ValuesIn(kDatelineCases),
                         testing_support::CaseName());

TEST(LatestExplicitDate, TakesTheLatestFullDate) {
  DocumentText doc = segment(decode_utf8("The war began on Feb. 24, 2022. Talks were held on "
                                         "21 October 2024 and again on Oct. 23.")
                                 .text);
  const auto date = latest_explicit_date(doc);
  ASSERT_TRUE(date);
  EXPECT_EQ(format_iso(*date), "2024-10-21");
}

TEST(LatestExplicitDate, NoneWithoutAFullDate) {
  DocumentText doc = segment(decode_utf8("Talks were held on Tuesday and in October.").text);
  EXPECT_FALSE(latest_explicit_date(doc));
}

// ---- Calendar arithmetic ----

TEST(CivilDate, AddsDaysAndMonths) {
  EXPECT_EQ(format_iso(add_days({2024, 2, 28}, 1)), "2024-02-29");
  EXPECT_EQ(format_iso(add_days({2024, 1, 1}, -1)), "2023-12-31");
  int year = 2024, month = 1;
  add_months(year, month, -1);
  EXPECT_EQ(format_year_month(year, month), "2023-12");
  add_months(year, month, 13);
  EXPECT_EQ(format_year_month(year, month), "2025-01");
  EXPECT_EQ(weekday({2024, 10, 23}), 3);
  // A day moved by months keeps its day of the month where the month has it.
  EXPECT_EQ(format_iso(add_months(CivilDate{2024, 3, 31}, -1)), "2024-02-29");
  EXPECT_EQ(format_iso(add_months(CivilDate{2023, 1, 31}, 1)), "2023-02-28");
  EXPECT_EQ(format_iso(add_months(CivilDate{2024, 10, 23}, -14)), "2023-08-23");
}

TEST(CivilDate, PlacesHolidays) {
  EXPECT_EQ(format_iso(easter_sunday(1998)), "1998-04-12");
  EXPECT_EQ(format_iso(easter_sunday(2000)), "2000-04-23");
  EXPECT_EQ(format_iso(easter_sunday(2019)), "2019-04-21");
  EXPECT_EQ(format_iso(easter_sunday(2024)), "2024-03-31");
  EXPECT_EQ(format_iso(easter_sunday(2025)), "2025-04-20");
  EXPECT_EQ(format_iso(nth_weekday(2024, 11, 4, 4)), "2024-11-28");  // Thanksgiving
  EXPECT_EQ(format_iso(nth_weekday(2024, 9, 1, 1)), "2024-09-02");   // Labor Day
  EXPECT_EQ(format_iso(nth_weekday(2024, 5, 1, 0)), "2024-05-27");   // Memorial Day
  EXPECT_EQ(format_iso(nth_weekday(2023, 2, 3, 0)), "2023-02-22");   // last Wednesday
}

// The formatters write digits themselves: they must pad as "%04d" / "%02d" do.
TEST(CivilDate, FormatsLikePrintf) {
  EXPECT_EQ(format_iso({987, 3, 4}), "0987-03-04");
  EXPECT_EQ(format_iso({2024, 12, 31}), "2024-12-31");
  EXPECT_EQ(format_year_month(5, 10), "0005-10");
  EXPECT_EQ(format_year(0), "0000");
  EXPECT_EQ(format_year(12345), "12345");
  EXPECT_EQ(format_year(-5), "-005");
}

TEST(DatesLexicon, TablesAreSorted) {
  EXPECT_EQ(lexicon::unsorted_date_tables(), std::vector<std::string_view>{});
}

// The scanner skips a word no relative-day phrase starts with; the index of first words
// must follow the table (multi-word phrases included).
TEST(DatesLexicon, KnowsTheFirstWordsOfRelativeDays) {
  for (std::string_view word : {"today", "yesterday", "day", "last", "this"})
    EXPECT_TRUE(lexicon::starts_relative_day(word)) << word;
  for (std::string_view word : {"night", "after", "monday", "", "days"})
    EXPECT_FALSE(lexicon::starts_relative_day(word)) << word;
}

// The tense reader builds a word pair only after a first word of a two-word cue.
TEST(DatesLexicon, KnowsTheFirstWordsOfTensePhrases) {
  for (std::string_view word : {"expected", "to", "scheduled", "due"})
    EXPECT_TRUE(lexicon::starts_tense_phrase(word)) << word;
  for (std::string_view word : {"said", "will", "be", "", "expected to"})
    EXPECT_FALSE(lexicon::starts_tense_phrase(word)) << word;
}

// The scanner looks for the hyphen of "mid-October" only where a position word without
// "of" would end: "mid" (3 bytes), "late" and "later" (4, 5), "early" and "earlier" (5, 7).
TEST(DatesLexicon, KnowsTheLengthsOfPositionWords) {
  const auto& lengths = lexicon::hyphen_position_lengths();
  auto at = [&](char c) { return lengths[static_cast<unsigned char>(c)]; };
  EXPECT_NE(at('m') & (1u << 3), 0u);                                   // "mid-October"
  EXPECT_EQ(at('l') & ((1u << 4) | (1u << 5)), (1u << 4) | (1u << 5));  // "late", "later"
  EXPECT_EQ(at('e'), (1u << 5) | (1u << 7));  // not "end", which needs "of"
  EXPECT_NE(at('t') & (1u << 5), 0u);         // "third-quarter"
  EXPECT_NE(at('j') & (1u << 4), 0u);         // "July-September"
  for (char c : {'b', 'x', '-', 'M'}) EXPECT_EQ(at(c), 0u) << c;
}

}  // namespace
}  // namespace parallax
