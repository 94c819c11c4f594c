// The number extractor: every stated quantity with its value, kind, unit and qualifier,
// and nothing that only looks like one (dates, times, ordinals, names, phone numbers).
#include "extract/numbers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "extract/words.h"
#include "lexicon/numbers_lexicon.h"
#include "parallax/text.h"
#include "test_support.h"

namespace parallax {
namespace {

using K = NumberKind;
using Q = Qualifier;

std::vector<NumberMention> numbers_in(const DocumentText& doc) {
  return extract_numbers(doc, 0);
}

DocumentText document(const std::string& text) {
  return segment(decode_utf8(text).text);
}

std::string describe(const DocumentText& doc, const std::vector<NumberMention>& found) {
  std::string out;
  for (const NumberMention& n : found) {
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on chained string +.
    for (std::string_view part :
         {std::string_view("["), doc.slice(n.span), std::string_view("|"),
          std::string_view(number_kind_name(n.kind)), std::string_view("|"),
          std::string_view(n.unit), std::string_view("|"),
          std::string_view(qualifier_name(n.qualifier)), std::string_view("] ")})
      out.append(part);
  }
  return out.empty() ? "(none)" : out;
}

void expect_close(const std::optional<double>& expected, const std::optional<double>& actual,
                  const char* what) {
  ASSERT_EQ(expected.has_value(), actual.has_value()) << what;
  if (expected) {
    EXPECT_NEAR(*actual, *expected, std::abs(*expected) * 1e-6 + 1e-9) << what;
  }
}

// One sentence with one quantity (or none: `text` is null).
struct NumberCase {
  const char* name;
  const char* input;
  const char* text;  // the mention's exact text; nullptr: no number at all
  std::optional<double> value = std::nullopt;
  std::optional<double> low = std::nullopt;
  std::optional<double> high = std::nullopt;
  NumberKind kind = NumberKind::kCount;
  const char* unit = "";
  Qualifier qualifier = Qualifier::kExact;
};

class NumberExtraction : public testing::TestWithParam<NumberCase> {};

TEST_P(NumberExtraction, ReadsTheQuantity) {
  const NumberCase& c = GetParam();
  const DocumentText doc = document(c.input);
  const std::vector<NumberMention> found = numbers_in(doc);
  if (!c.text) {
    EXPECT_TRUE(found.empty()) << describe(doc, found);
    return;
  }
  ASSERT_EQ(found.size(), 1u) << describe(doc, found);
  const NumberMention& n = found[0];
  EXPECT_EQ(doc.slice(n.span), c.text);
  expect_close(c.value, n.value, "value");
  expect_close(c.low, n.low, "low");
  expect_close(c.high, n.high, "high");
  EXPECT_STREQ(number_kind_name(n.kind), number_kind_name(c.kind));
  EXPECT_EQ(n.unit, c.unit);
  EXPECT_STREQ(qualifier_name(n.qualifier), qualifier_name(c.qualifier));
  EXPECT_TRUE(n.source.empty());
  EXPECT_EQ(n.group, kNoGroup);
}

// clang-format off
const NumberCase kNumberCases[] = {
    // Digits with separators and decimals.
    {"DigitsWithComma", "The army sent 1,500 soldiers to the front.", "1,500", 1500, {}, {}, K::kCount, "soldiers", Q::kExact},
    {"Decimal", "Prices rose by 3.5 points overall.", "3.5", 3.5, {}, {}, K::kCount, "points", Q::kExact},
    {"SmallDecimal", "The dose was 0.1 milligrams.", "0.1 milligrams", 0.1, {}, {}, K::kMeasure, "mg", Q::kExact},
    {"MillionsGrouped", "The fund holds 3,000,000 shares.", "3,000,000", 3000000, {}, {}, K::kCount, "shares", Q::kExact},
    {"PlainFourDigitCount", "They sent 1500 troops across the river.", "1500", 1500, {}, {}, K::kCount, "troops", Q::kExact},
    {"YearLikeCountOfPeople", "Officials counted 2000 people at the rally.", "2000", 2000, {}, {}, K::kCount, "people", Q::kExact},
    {"BareInteger", "Police arrested 42 protesters on the bridge.", "42", 42, {}, {}, K::kCount, "protesters", Q::kExact},
    {"SentenceInitialDigits", "3,000 of the workers went on strike.", "3,000", 3000, {}, {}, K::kCount, "workers", Q::kExact},
    {"NoCountedNoun", "The death toll rose to 45.", "45", 45, {}, {}, K::kCount, "", Q::kExact},
    {"Zero", "Zero casualties were reported.", "Zero", 0, {}, {}, K::kCount, "casualties", Q::kExact},
    {"LivesIsACountedNoun", "The 1987 flood in Varnholm claimed 40 lives.", "40", 40, {}, {}, K::kCount, "lives", Q::kExact},
    // Number words.
    {"SingleWord", "Six sailors were rescued from the water.", "Six", 6, {}, {}, K::kCount, "sailors", Q::kExact},
    {"Teen", "Police detained eighteen men overnight.", "eighteen", 18, {}, {}, K::kCount, "men", Q::kExact},
    {"HyphenatedTens", "The ship carried twenty-one passengers.", "twenty-one", 21, {}, {}, K::kCount, "passengers", Q::kExact},
    {"SpacedTens", "They found forty eight bodies near the road.", "forty eight", 48, {}, {}, K::kCount, "bodies", Q::kExact},
    {"NinetyNine", "The charter lists ninety-nine articles.", "ninety-nine", 99, {}, {}, K::kCount, "articles", Q::kExact},
    {"HundredAndFive", "The court heard one hundred and five witnesses.", "one hundred and five", 105, {}, {}, K::kCount, "witnesses", Q::kExact},
    {"AHundred", "The village lost a hundred homes.", "a hundred", 100, {}, {}, K::kCount, "homes", Q::kExact},
    {"ADozen", "A dozen reporters waited outside.", "A dozen", 12, {}, {}, K::kCount, "reporters", Q::kExact},
    {"TwoDozen", "Two dozen drones struck the city.", "Two dozen", 24, {}, {}, K::kCount, "drones", Q::kExact},
    {"AMillion", "The city has a million residents.", "a million", 1000000, {}, {}, K::kCount, "residents", Q::kExact},
    {"AnotherMillion", "Maybe another million stayed home.", "million", 1000000, {}, {}, K::kCount, "", Q::kExact},
    {"AnotherThousandNoun", "Another thousand volunteers came.", "thousand", 1000, {}, {}, K::kCount, "volunteers", Q::kExact},
    {"AnotherOneIsNoFigure", "He wanted another one.", nullptr},
    {"CountInsideAdjectiveWord", "It was a three-train collision.", "three-train", 3, {}, {}, K::kCount, "trains", Q::kExact},
    {"CountInsideAdjectiveDigits", "A 12-member panel met.", "12", 12, {}, {}, K::kCount, "members", Q::kExact},
    {"CountInsideAdjectivePerson", "She led a five-person crew.", "five-person", 5, {}, {}, K::kCount, "people", Q::kExact},
    {"WordScale", "The country hosts two million refugees.", "two million", 2000000, {}, {}, K::kCount, "refugees", Q::kExact},
    {"HundredThousandWords", "The region has two hundred thousand voters.", "two hundred thousand", 200000, {}, {}, K::kCount, "voters", Q::kExact},
    {"ThousandTwoHundred", "The fleet has one thousand two hundred boats.", "one thousand two hundred", 1200, {}, {}, K::kCount, "boats", Q::kExact},
    {"SeventeenWord", "Seventeen miners were trapped.", "Seventeen", 17, {}, {}, K::kCount, "miners", Q::kExact},
    {"TwoUnits", "He cited the training of two units abroad.", "two", 2, {}, {}, K::kCount, "units", Q::kExact},
    // Scales.
    {"DigitsMillion", "The storm left 1.2 million homes without power.", "1.2 million", 1200000, {}, {}, K::kCount, "homes", Q::kExact},
    {"DigitsBillion", "The app has 2 billion users.", "2 billion", 2e9, {}, {}, K::kCount, "users", Q::kExact},
    {"TrillionDollars", "The economy is worth 25 trillion dollars.", "25 trillion dollars", 25e12, {}, {}, K::kMoney, "USD", Q::kExact},
    {"GluedBn", "The deal is worth US$4.7bn in total.", "US$4.7bn", 4.7e9, {}, {}, K::kMoney, "USD", Q::kExact},
    {"GluedM", "The club paid \xE2\x82\xAC" "20m for the striker.", "\xE2\x82\xAC" "20m", 2e7, {}, {}, K::kMoney, "EUR", Q::kExact},
    {"GluedK", "The video drew 50k views.", "50k", 50000, {}, {}, K::kCount, "views", Q::kExact},
    {"OddSpacing", "Officials counted 55  thousand ballots.", "55  thousand", 55000, {}, {}, K::kCount, "ballots", Q::kExact},
    {"NbspBeforeScale", "They raised 3\xC2\xA0million euros.", "3\xC2\xA0million euros", 3e6, {}, {}, K::kMoney, "EUR", Q::kExact},
    {"GluedBnWithWord", "Exports reached 12bn dollars.", "12bn dollars", 1.2e10, {}, {}, K::kMoney, "USD", Q::kExact},
    // Fractions and mixed numbers.
    {"MixedDigits", "The war has lasted 2 1/2 years so far.", "2 1/2 years", 2.5, {}, {}, K::kDuration, "years", Q::kExact},
    {"MixedSymbol", "The talks lasted 2\xC2\xBD hours.", "2\xC2\xBD hours", 2.5, {}, {}, K::kDuration, "hours", Q::kExact},
    {"LoneHalfSymbol", "Only \xC2\xBD of the budget was spent.", "\xC2\xBD", 50, {}, {}, K::kPercent, "%", Q::kExact},
    {"HalfOf", "Half of the soldiers were wounded.", "Half", 50, {}, {}, K::kPercent, "%", Q::kExact},
    {"MoreThanHalf", "More than half of voters agreed.", "half", 50, {}, {}, K::kPercent, "%", Q::kLower},
    {"MoreThanHalfAtEnd", "Turnout fell by more than half.", "half", 50, {}, {}, K::kPercent, "%", Q::kLower},
    {"AThird", "A third of the houses were destroyed.", "A third", 100.0 / 3, {}, {}, K::kPercent, "%", Q::kExact},
    {"HyphenedPricePerShare", "The board turned down a $33-a-share approach.", "$33", 33, {}, {}, K::kMoney, "USD", Q::kExact},
    {"ChangeByAThird", "Rents rose by a third in Dunmere.", "a third", 100.0 / 3, {}, {}, K::kPercent, "%", Q::kExact},
    {"HedgedChangeByAQuarter", "Fares fell by almost a quarter last year.", "a quarter", 25, {}, {}, K::kPercent, "%", Q::kApprox},
    {"ComparedByAThird", "The toll bill was a third higher than in May.", "a third", 100.0 / 3, {}, {}, K::kPercent, "%", Q::kExact},
    {"TwoThirds", "Two-thirds of the budget goes to defence.", "Two-thirds", 200.0 / 3, {}, {}, K::kPercent, "%", Q::kExact},
    {"OneQuarter", "One quarter of the staff quit.", "One quarter", 25, {}, {}, K::kPercent, "%", Q::kExact},
    {"DigitFraction", "Nearly 3/4 of the crops failed.", "3/4", 75, {}, {}, K::kPercent, "%", Q::kApprox},
    {"TwoAndAHalf", "The siege lasted two and a half months.", "two and a half months", 2.5, {}, {}, K::kDuration, "months", Q::kExact},
    {"HalfAMillion", "Half a million people marched.", "Half a million", 500000, {}, {}, K::kCount, "people", Q::kExact},
    {"AQuarterOfAMillion", "The firm promised a quarter of a million florins to each family.", "a quarter of a million florins", 250000, {}, {}, K::kMoney, "FLORIN", Q::kExact},
    {"AThirdOfABillion", "The state spent a third of a billion dollars.", "a third of a billion dollars", 1e9 / 3, {}, {}, K::kMoney, "USD", Q::kExact},
    {"AThirdOfTheStaffStaysAShare", "A third of the staff left.", "A third", 100.0 / 3, {}, {}, K::kPercent, "%", Q::kExact},
    {"CategoryIsAScaleBeforeTheFigure", "The storm made landfall as a Category 4 storm.", "4", 4, {}, {}, K::kMeasure, "category", Q::kExact},
    {"CategoryWithoutAStormIsALabel", "The hotel is a Category 2 listed building.", nullptr},
    {"PartsPerMillion", "Chlorine reached 3.2 parts per million.", "3.2 parts per million", 3.2, {}, {}, K::kMeasure, "ppm", Q::kExact},
    {"PpmAbbreviated", "The legal limit is 0.5 ppm.", "0.5 ppm", 0.5, {}, {}, K::kMeasure, "ppm", Q::kExact},
    {"FlorinsAreMoney", "The ticket cost 40 florins.", "40 florins", 40, {}, {}, K::kMoney, "FLORIN", Q::kExact},
    {"RialsAreMoney", "Bread now costs 9,000 rials.", "9,000 rials", 9000, {}, {}, K::kMoney, "RIAL", Q::kExact},
    // Percentages.
    {"PercentSign", "Inflation reached 5% in June.", "5%", 5, {}, {}, K::kPercent, "%", Q::kExact},
    {"PercentWord", "Unemployment rose to 5 percent last year.", "5 percent", 5, {}, {}, K::kPercent, "%", Q::kExact},
    {"PerCent", "Support fell to 5 per cent.", "5 per cent", 5, {}, {}, K::kPercent, "%", Q::kExact},
    {"PercentAfterWords", "Turnout was forty percent.", "forty percent", 40, {}, {}, K::kPercent, "%", Q::kExact},
    {"DecimalPercent", "Growth slowed to 0.3% in the quarter.", "0.3%", 0.3, {}, {}, K::kPercent, "%", Q::kExact},
    {"PercentagePoints", "Rates rose by 0.25 percentage points.", "0.25 percentage points", 0.25, {}, {}, K::kPercent, "%", Q::kExact},
    {"PercentRange", "Polls show 40 to 45 percent support.", "40 to 45 percent", {}, 40, 45, K::kPercent, "%", Q::kRange},
    {"SpacedPercentSign", "Prices fell 7 % overnight.", "7 %", 7, {}, {}, K::kPercent, "%", Q::kExact},
    // Money.
    {"DollarBillion", "Congress approved $175 billion in aid.", "$175 billion", 1.75e11, {}, {}, K::kMoney, "USD", Q::kExact},
    {"DollarPlain", "The fine was $400.", "$400", 400, {}, {}, K::kMoney, "USD", Q::kExact},
    {"EuroMillion", "The EU pledged \xE2\x82\xAC" "3.2 million in aid.", "\xE2\x82\xAC" "3.2 million", 3.2e6, {}, {}, K::kMoney, "EUR", Q::kExact},
    {"PoundMillion", "The club lost \xC2\xA3" "3.2 million last season.", "\xC2\xA3" "3.2 million", 3.2e6, {}, {}, K::kMoney, "GBP", Q::kExact},
    {"CurrencyWordAfter", "The bank lent 50 million euros to the firm.", "50 million euros", 5e7, {}, {}, K::kMoney, "EUR", Q::kExact},
    {"CodeBefore", "The contract is worth USD 5 million.", "USD 5 million", 5e6, {}, {}, K::kMoney, "USD", Q::kExact},
    {"Yen", "The ticket costs \xC2\xA5" "100.", "\xC2\xA5" "100", 100, {}, {}, K::kMoney, "JPY", Q::kExact},
    {"Rubles", "Each recruit is paid 200,000 rubles.", "200,000 rubles", 200000, {}, {}, K::kMoney, "RUB", Q::kExact},
    // Currencies named by a word: crowns (several countries' krona/koruna), zlotys, pesos.
    {"CrownsAfterAScale", "The budget sets spending at 612 billion crowns.", "612 billion crowns", 6.12e11, {}, {}, K::kMoney, "CROWN", Q::kExact},
    {"CrownAfterAHyphen", "The 40bn-crown package passed.", "40bn-crown", 4e10, {}, {}, K::kMoney, "CROWN", Q::kExact},
    {"CrownCourtIsNoCurrency", "He faced 3 Crown Court judges.", "3", 3, {}, {}, K::kCount, "judges", Q::kExact},
    {"Zlotys", "The fine was 3 million zlotys.", "3 million zlotys", 3e6, {}, {}, K::kMoney, "PLN", Q::kExact},
    {"Pesos", "Tickets cost 450 pesos each.", "450 pesos", 450, {}, {}, K::kMoney, "PESO", Q::kExact},
    {"Hryvnias", "The city spent 10 million hryvnias.", "10 million hryvnias", 1e7, {}, {}, K::kMoney, "UAH", Q::kExact},
    {"DollarsWord", "He paid 300 dollars for it.", "300 dollars", 300, {}, {}, K::kMoney, "USD", Q::kExact},
    {"UsDollarsWords", "Exports totalled 2 billion U.S. dollars.", "2 billion U.S. dollars", 2e9, {}, {}, K::kMoney, "USD", Q::kExact},
    {"CanadianDollar", "The project cost C$40 million.", "C$40 million", 4e7, {}, {}, K::kMoney, "CAD", Q::kExact},
    {"Won", "The firm was fined 5 billion won.", "5 billion won", 5e9, {}, {}, K::kMoney, "KRW", Q::kExact},
    {"RupeeSymbol", "The scheme costs \xE2\x82\xB9" "500 crore.", "\xE2\x82\xB9" "500 crore", 5e9, {}, {}, K::kMoney, "INR", Q::kExact},
    {"HryvniaSymbol", "Bread costs \xE2\x82\xB4" "30.", "\xE2\x82\xB4" "30", 30, {}, {}, K::kMoney, "UAH", Q::kExact},
    {"DollarWithLoanAfter", "Allies offered a $50 billion loan.", "$50 billion", 5e10, {}, {}, K::kMoney, "USD", Q::kExact},
    // Measures.
    {"Kilometres", "The convoy travelled 300 km overnight.", "300 km", 300, {}, {}, K::kMeasure, "km", Q::kExact},
    {"GluedKm", "The missile has a range of 300km.", "300km", 300, {}, {}, K::kMeasure, "km", Q::kExact},
    {"Miles", "The front moved 5 miles east.", "5 miles", 5, {}, {}, K::kMeasure, "mi", Q::kExact},
    {"Tonnes", "The ship carried 20 tonnes of grain.", "20 tonnes", 20, {}, {}, K::kMeasure, "t", Q::kExact},
    {"SquareKilometres", "Troops seized 1,000 square kilometres of land.", "1,000 square kilometres", 1000, {}, {}, K::kMeasure, "km2", Q::kExact},
    {"HyphenatedMeasure", "They dug a 5-mile trench.", "5-mile", 5, {}, {}, K::kMeasure, "mi", Q::kExact},
    {"GluedMillimetre", "The army fired 155mm shells.", "155mm", 155, {}, {}, K::kMeasure, "mm", Q::kExact},
    {"Speed", "Winds reached 120 mph.", "120 mph", 120, {}, {}, K::kMeasure, "mph", Q::kExact},
    // A verb after a count is not what it counts, irregular past forms included.
    {"IrregularPastVerbIsNoNoun", "Organisers said 9,000 took part.", "9,000", 9000, {}, {},
     K::kCount, "", Q::kExact},
    {"SpentIsNoNoun", "About 4,000 spent the night in schools.", "4,000", 4000, {}, {}, K::kCount, "",
     Q::kApprox},
    {"CapitalisedLedIsNoVerb", "About 40,000 LED streetlights were replaced.", "40,000", 40000,
     {}, {}, K::kCount, "streetlights", Q::kApprox},
    {"LostBeforeANounIsNoVerb", "Police found 40 lost children.", "40", 40, {}, {}, K::kCount,
     "children", Q::kExact},
    {"SpentBeforeNounsIsNoVerb", "The plant stores 1,500 spent fuel assemblies.", "1,500", 1500, {},
     {}, K::kCount, "assemblies", Q::kExact},
    {"PluralModifierOfAPlural", "Officials found 2,000 missing ballots.", "2,000", 2000, {}, {},
     K::kCount, "ballots", Q::kExact},
    {"PolicePluralModifier", "Some 300 police officers were deployed.", "300", 300, {}, {},
     K::kCount, "officers", Q::kApprox},
    {"PeopleParticipleWithAgentStillCounted", "Officials said 1,200 displaced by the floods.",
     "1,200", 1200, {}, {}, K::kCount, "displaced", Q::kExact},
    {"ArrestedWithAgentStillCounted", "Police said 30 arrested by officers were freed.", "30", 30,
     {}, {}, K::kCount, "arrested", Q::kExact},
    {"PluralNounStillCounted", "Some 9,000 marchers took part.", "9,000", 9000, {}, {}, K::kCount,
     "marchers", Q::kApprox},
    {"SpeedWithSlash", "Gusts reached 140 km/h near the pier.", "140 km/h", 140, {}, {}, K::kMeasure,
     "km/h", Q::kExact},
    {"SpeedGluedWithSlash", "Winds of 210km/h tore roofs off.", "210km/h", 210, {}, {},
     K::kMeasure, "km/h", Q::kExact},
    {"SpeedWithSlashHr", "The train ran at 90 km/hr.", "90 km/hr", 90, {}, {}, K::kMeasure, "km/h",
     Q::kExact},
    {"Hectares", "Fires burned 4,000 hectares.", "4,000 hectares", 4000, {}, {}, K::kMeasure, "ha", Q::kExact},
    {"Metres", "The wall is 8 metres high.", "8 metres", 8, {}, {}, K::kMeasure, "m", Q::kExact},
    {"Barrels", "Output fell by 2 million barrels a day.", "2 million barrels", 2e6, {}, {}, K::kMeasure, "barrels", Q::kExact},
    // A quake's size: the unit is written before the figure, after it, or hyphenated to it.
    {"MagnitudeBefore", "A magnitude 6.2 tremor shook the valley overnight.", "6.2", 6.2, {}, {}, K::kMeasure, "magnitude", Q::kExact},
    {"MagnitudeBeforeAfterOf", "Seismologists put the shock at magnitude 5.9 on Friday.", "5.9", 5.9, {}, {}, K::kMeasure, "magnitude", Q::kExact},
    {"MagnitudeHyphenated", "The 7.4-magnitude quake toppled the bell tower.", "7.4-magnitude", 7.4, {}, {}, K::kMeasure, "magnitude", Q::kExact},
    {"MagnitudeAfter", "A 4.8 magnitude aftershock followed at dawn.", "4.8 magnitude", 4.8, {}, {}, K::kMeasure, "magnitude", Q::kExact},
    // Durations.
    {"ThreeDays", "The ceasefire lasted three days.", "three days", 3, {}, {}, K::kDuration, "days", Q::kExact},
    // One of a period after a hedge; without one, "a day" is no quantity.
    {"UpToAnHour", "Drivers waited up to an hour at the border.", "an hour", 1, {}, {}, K::kDuration, "hours", Q::kUpper},
    {"MoreThanAYear", "Talks lasted more than a year.", "a year", 1, {}, {}, K::kDuration, "years", Q::kLower},
    {"ADayWithoutAHedge", "Staff eat twice a day.", nullptr},
    {"HyphenDuration", "He began a three-day visit.", "three-day", 3, {}, {}, K::kDuration, "days", Q::kExact},
    {"DigitsWeeks", "Repairs will take 6 weeks.", "6 weeks", 6, {}, {}, K::kDuration, "weeks", Q::kExact},
    {"Decades", "The conflict spans two decades.", "two decades", 2, {}, {}, K::kDuration, "decades", Q::kExact},
    {"Hours", "The strike lasted 48 hours.", "48 hours", 48, {}, {}, K::kDuration, "hours", Q::kExact},
    {"OneYear", "He served one year in prison.", "one year", 1, {}, {}, K::kDuration, "years", Q::kExact},
    {"TwelveMonth", "They agreed a 12-month extension.", "12-month", 12, {}, {}, K::kDuration, "months", Q::kExact},
    {"Minutes", "The shelling lasted 40 minutes.", "40 minutes", 40, {}, {}, K::kDuration, "minutes", Q::kExact},
    // Ages.
    {"AgedNumber", "The victim, aged 42, was a teacher.", "42", 42, {}, {}, K::kAge, "years", Q::kExact},
    {"YearOld", "A 42-year-old man was arrested.", "42-year-old", 42, {}, {}, K::kAge, "years", Q::kExact},
    {"NamesJoinedBeforeNoun", "The maker recalled 40,000 Corva and Astel vans.", "40,000", 40000, {}, {}, K::kCount, "vans", Q::kExact},
    {"NounThenAndNameIsNoJoin", "It flooded 500 homes and Vasko fled.", "500", 500, {}, {}, K::kCount, "homes", Q::kExact},
    {"ScaleLetterBeforeHyphenedNoun", "The 2.4M-vehicle fleet was grounded.", "2.4M-vehicle", 2400000, {}, {}, K::kCount, "vehicles", Q::kExact},
    {"ScaleWordBeforeHyphenedNoun", "A 1.5-million-barrel cargo left port.", "1.5-million-barrel", 1500000, {}, {}, K::kMeasure, "barrels", Q::kExact},
    {"YearsOld", "The suspect is 19 years old.", "19 years old", 19, {}, {}, K::kAge, "years", Q::kExact},
    {"WordYearOld", "A five-year-old girl was hurt.", "five-year-old", 5, {}, {}, K::kAge, "years", Q::kExact},
    {"AgeRange", "Men aged 18 to 60 must register.", "18 to 60", {}, 18, 60, K::kAge, "years", Q::kRange},
    // Ranges.
    {"FromTo", "Estimates ranged from 1,500 to 12,000 fighters.", "1,500 to 12,000", {}, 1500, 12000, K::kCount, "fighters", Q::kRange},
    {"HyphenRange", "Officials estimated 1,500-12,000 fighters.", "1,500-12,000", {}, 1500, 12000, K::kCount, "fighters", Q::kRange},
    {"EnDashRange", "Officials estimated 1,500\xE2\x80\x93" "12,000 fighters.", "1,500\xE2\x80\x93" "12,000", {}, 1500, 12000, K::kCount, "fighters", Q::kRange},
    {"BetweenAnd", "Between 200 and 300 people gathered.", "200 and 300", {}, 200, 300, K::kCount, "people", Q::kRange},
    {"BetweenToDollars", "Tickets cost between 250 to 700 dollars.", "250 to 700 dollars", {}, 250, 700, K::kMoney, "USD", Q::kRange},
    {"MoneyRange", "Damages ranged from $1.2 million to $23.5 million.", "$1.2 million to $23.5 million", {}, 1.2e6, 2.35e7, K::kMoney, "USD", Q::kRange},
    {"WeeksRange", "Recovery takes 8-10 weeks.", "8-10 weeks", {}, 8, 10, K::kDuration, "weeks", Q::kRange},
    {"ScaleShared", "The plan costs between 2 and 3 million euros.", "2 and 3 million euros", {}, 2e6, 3e6, K::kMoney, "EUR", Q::kRange},
    {"WordRange", "Two or three vehicles were hit.", "Two or three", {}, 2, 3, K::kCount, "vehicles", Q::kRange},
    {"OneOrTwo", "They expect one or two votes against.", "one or two", {}, 1, 2, K::kCount, "votes", Q::kRange},
    {"AnywhereFrom", "Reports say anywhere from 1,500 to 12,000 soldiers went.", "1,500 to 12,000", {}, 1500, 12000, K::kCount, "soldiers", Q::kRange},
    // Qualifiers: approximate.
    {"About", "About 650 people attended the vigil.", "650", 650, {}, {}, K::kCount, "people", Q::kApprox},
    {"Around", "Around 300 homes were flooded.", "300", 300, {}, {}, K::kCount, "homes", Q::kApprox},
    {"AroundMoney", "The package is valued at around $400 million.", "$400 million", 4e8, {}, {}, K::kMoney, "USD", Q::kApprox},
    {"Roughly", "Roughly 40 ships left port.", "40", 40, {}, {}, K::kCount, "ships", Q::kApprox},
    {"Some", "Some 10,000 troops massed at the border.", "10,000", 10000, {}, {}, K::kCount, "troops", Q::kApprox},
    {"AnEstimated", "An estimated 4,000 civilians fled.", "4,000", 4000, {}, {}, K::kCount, "civilians", Q::kApprox},
    {"Nearly", "Nearly 90 villages were shelled.", "90", 90, {}, {}, K::kCount, "villages", Q::kApprox},
    {"Almost", "Almost 70 percent voted.", "70 percent", 70, {}, {}, K::kPercent, "%", Q::kApprox},
    {"CloseTo", "Close to 500 prisoners were freed.", "500", 500, {}, {}, K::kCount, "prisoners", Q::kApprox},
    {"Approximately", "Approximately 1,200 families were moved.", "1,200", 1200, {}, {}, K::kCount, "families", Q::kApprox},
    {"OrSo", "The march drew 200 or so people.", "200", 200, {}, {}, K::kCount, "people", Q::kApprox},
    // Qualifiers: upper bound.
    {"UpTo", "The tank holds up to 12,000 litres.", "12,000 litres", 12000, {}, {}, K::kMeasure, "L", Q::kUpper},
    {"AsManyAs", "As many as 10,000 soldiers may join.", "10,000", 10000, {}, {}, K::kCount, "soldiers", Q::kUpper},
    {"AtMost", "At most 30 boats reached the shore.", "30", 30, {}, {}, K::kCount, "boats", Q::kUpper},
    {"NoMoreThan", "No more than 50 guests were allowed.", "50", 50, {}, {}, K::kCount, "guests", Q::kUpper},
    {"FewerThan", "Fewer than 100 residents remain.", "100", 100, {}, {}, K::kCount, "residents", Q::kUpper},
    {"LessThan", "The flight took less than 2 hours.", "2 hours", 2, {}, {}, K::kDuration, "hours", Q::kUpper},
    {"Under", "Under 20 percent of voters turned out.", "20 percent", 20, {}, {}, K::kPercent, "%", Q::kUpper},
    {"Below", "The rate stayed below 3%.", "3%", 3, {}, {}, K::kPercent, "%", Q::kUpper},
    {"PossiblyUpTo", "He cited possibly up to 12,000 troops.", "12,000", 12000, {}, {}, K::kCount, "troops", Q::kUpper},
    {"OrFewer", "Classes of 20 or fewer pupils are rare.", "20", 20, {}, {}, K::kCount, "pupils", Q::kUpper},
    // Qualifiers: lower bound.
    {"MoreThan", "More than 300 soldiers were wounded.", "300", 300, {}, {}, K::kCount, "soldiers", Q::kLower},
    {"Over", "Russia has lost over 300,000 service members.", "300,000", 300000, {}, {}, K::kCount, "service members", Q::kLower},
    {"AtLeast", "At least 12 people died in the blast.", "12", 12, {}, {}, K::kCount, "people", Q::kLower},
    {"Exceeding", "Losses exceeding $2 billion were reported.", "$2 billion", 2e9, {}, {}, K::kMoney, "USD", Q::kLower},
    {"UpwardsOf", "Upwards of 5,000 fans came.", "5,000", 5000, {}, {}, K::kCount, "fans", Q::kLower},
    {"InExcessOf", "Bids in excess of 1,000 were made.", "1,000", 1000, {}, {}, K::kCount, "", Q::kLower},
    {"OrOver", "Groups of 100 or over were turned away.", "100", 100, {}, {}, K::kCount, "", Q::kLower},
    {"OrMore", "Attacks killed 20 or more civilians.", "20", 20, {}, {}, K::kCount, "civilians", Q::kLower},
    {"HyphenPlus", "A 100-plus crowd gathered.", "100", 100, {}, {}, K::kCount, "crowd", Q::kLower},
    {"MoreThanDuration", "It followed more than 2 1/2 years of fighting.", "2 1/2 years", 2.5, {}, {}, K::kDuration, "years", Q::kLower},
    // Vague amounts.
    {"Dozens", "Dozens of drones hit the capital overnight.", "Dozens", {}, 24, 99, K::kCount, "drones", Q::kVague},
    {"Hundreds", "Hundreds of protesters gathered.", "Hundreds", {}, 200, 999, K::kCount, "protesters", Q::kVague},
    {"Thousands", "Thousands of residents fled.", "Thousands", {}, 2000, 9999, K::kCount, "residents", Q::kVague},
    {"TensOfThousands", "Tens of thousands of people marched.", "Tens of thousands", {}, 20000, 99999, K::kCount, "people", Q::kVague},
    {"HundredsOfThousands", "Hundreds of thousands of refugees crossed.", "Hundreds of thousands", {}, 200000, 999999, K::kCount, "refugees", Q::kVague},
    {"AFewThousand", "A few thousand fans stayed.", "A few thousand", {}, 2000, 9999, K::kCount, "fans", Q::kVague},
    {"SeveralHundred", "Several hundred workers went on strike.", "Several hundred", {}, 300, 999, K::kCount, "workers", Q::kVague},
    {"Millions", "Millions of people watched.", "Millions", {}, 2e6, 9999999, K::kCount, "people", Q::kVague},
    {"VagueWithAdjective", "Iran supplied hundreds of kamikaze drones.", "hundreds", {}, 200, 999, K::kCount, "drones", Q::kVague},
    {"VagueDead", "The war has left tens of thousands dead.", "tens of thousands", {}, 20000, 99999, K::kCount, "dead", Q::kVague},
    // Counted nouns.
    {"NationalityBetween", "Pyongyang sent 10,000 North Korean troops abroad.", "10,000", 10000, {}, {}, K::kCount, "troops", Q::kExact},
    {"OfficersAfterAdjectives", "Six North Korean officers were killed.", "Six", 6, {}, {}, K::kCount, "officers", Q::kExact},
    {"MoreBetween", "Officials said 18 more Pyongyang troops had deserted.", "18", 18, {}, {}, K::kCount, "troops", Q::kExact},
    {"SpecialForces", "About 1,500 special forces arrived by ship.", "1,500", 1500, {}, {}, K::kCount, "special forces", Q::kApprox},
    {"QuotedFigure", "He said Moscow could get \xE2\x80\x9C" "10,000\xE2\x80\x9D soldiers soon.", "10,000", 10000, {}, {}, K::kCount, "soldiers", Q::kExact},
    {"StopAtPreposition", "Ships carried 1,500 soldiers at a time.", "1,500", 1500, {}, {}, K::kCount, "soldiers", Q::kExact},
    {"StopAtBareVerb", "Officials expect 3,000 troops arrive next week.", "3,000", 3000, {}, {}, K::kCount, "troops", Q::kExact},
    {"EdAdjectiveBeforeNoun", "Police found 12 abandoned cars.", "12", 12, {}, {}, K::kCount, "cars", Q::kExact},
    {"EdVerbAfterNoun", "Witnesses said 300 people fled.", "300", 300, {}, {}, K::kCount, "people", Q::kExact},
    {"SingularNoun", "Only 1 soldier survived.", "1", 1, {}, {}, K::kCount, "soldier", Q::kExact},
    {"StrongForce", "A 10,000-strong force crossed.", "10,000", 10000, {}, {}, K::kCount, "force", Q::kExact},
    // Not numbers: dates and years.
    {"DateMonthDayYear", "The attack happened on Oct. 23, 2022.", nullptr},
    {"DateDayMonth", "He arrived on 23 October.", nullptr},
    {"DateMonthDay", "Talks resume on March 3.", nullptr},
    {"DateDayRange", "The summit runs Oct. 23-25.", nullptr},
    {"MonthYear", "The war began in February 2022.", nullptr},
    {"YearSince", "Aid has flowed since 2022.", nullptr},
    {"YearIn", "In 2014, the peninsula was annexed.", nullptr},
    {"YearBeforeSingular", "The 2024 election was close.", nullptr},
    {"YearBeforeNounThenVerb", "A 1960 tsunami killed many.", nullptr},
    {"MidYear", "The plant will open by mid-2026.", nullptr},
    {"YearRange", "The treaty covered 2020-2022.", nullptr},
    {"FromYearToYear", "He served from 2015 to 2019.", nullptr},
    {"RangeOfModelYears", "It recalls vans from the 2019 to 2023 model years.", nullptr},
    {"RangeOfFiscalYears", "Losses grew over the 2016-2018 fiscal years.", nullptr},
    {"YearLikeRangeOfPeople", "Between 1800 and 2000 people joined the march.", "1800 and 2000", {}, 1800, 2000, K::kCount, "people", Q::kRange},
    {"Decade", "It was built in the 1990s.", nullptr},
    {"IsoDate", "The file is dated 2024-10-23.", nullptr},
    {"SlashDate", "The form was signed 10/23/2024.", nullptr},
    {"SeasonYears", "The 2022-23 season ended early.", nullptr},
    // Not numbers: times.
    {"TimeAm", "The vote starts at 10 a.m. on Monday.", nullptr},
    {"TimeGlued", "Doors open at 10am.", nullptr},
    {"TimePm", "The curfew begins at 7 pm.", nullptr},
    {"TimeColon", "The blast came at 10:30.", nullptr},
    {"TimeGmt", "Trading stopped at 14 GMT.", nullptr},
    {"OClock", "They met at nine o\xE2\x80\x99" "clock.", nullptr},
    // Not numbers: ordinals.
    {"OrdinalDigits", "It was the 2nd attempt.", nullptr},
    {"OrdinalWord", "It was the first visit.", nullptr},
    {"OrdinalThird", "He won a third term.", nullptr},
    {"SecondHalf", "Sales rose in the second half of the year.", nullptr},
    // Not numbers: names and codes.
    {"G7", "The G7 met in Rome.", nullptr},
    {"G7Hyphen", "The G-7 ministers met.", nullptr},
    {"GroupOfSeven", "Leaders of the Group of Seven met.", nullptr},
    {"F16", "Kyiv received F-16 jets.", nullptr},
    {"Su34", "A Su-34 bomber crashed.", nullptr},
    {"Covid", "The COVID-19 pandemic spread fast.", nullptr},
    {"NineEleven", "Security changed after 9/11.", nullptr},
    {"TwentyFourSeven", "The hotline runs 24/7.", nullptr},
    {"RomanNumeral", "Lloyd J. Austin III spoke first.", nullptr},
    {"PopeFrancisI", "Pope Francis I met the envoy.", nullptr},
    {"LabelResolution", "The council passed Resolution 2231.", nullptr},
    {"LabelArticle", "The alliance invoked Article 5.", nullptr},
    {"LabelNo", "He was ranked No. 5 in the world.", nullptr},
    {"LabelCapitalisedName", "He flew on a Boeing 747.", nullptr},
    {"AddressNumber", "Crowds gathered outside 10 Downing Street.", nullptr},
    {"TrainNumber", "The 12841 Coromandel Express left late.", nullptr},
    {"ListItemNumber", "2. The harbour was closed.", nullptr},
    {"ListItemParenthesis", "3) Ferries were cancelled.", nullptr},
    {"Version", "The app reached version 1.2.3 today.", nullptr},
    {"LeadingZero", "The code 0042 expired.", nullptr},
    // Not numbers: pronouns and idioms.
    {"OnePronoun", "The country is one of Russia's few allies.", nullptr},
    {"OneDeterminer", "It pulls major powers into one battlefield.", nullptr},
    {"Twice", "The estimate is twice the earlier figure.", nullptr},
    {"OneSided", "It was a one-sided fight.", nullptr},
    {"TwoState", "They back a two-state solution.", nullptr},
    {"HalfBrother", "His half-brother came.", nullptr},
    // Basis points and fractions of a percentage point are shares of a rate.
    {"BasisPoints", "The bank raised its rate by 50 basis points.", "50 basis points", 50, {}, {}, K::kPercent, "basis points", Q::kExact},
    {"BasisPointsGlued", "Some members wanted a 25bp move.", "25bp", 25, {}, {}, K::kPercent, "basis points", Q::kExact},
    {"BasisPointHyphened", "They backed a 25-basis-point move.", "25-basis-point", 25, {}, {}, K::kPercent, "basis points", Q::kExact},
    {"QuarterPoint", "It was a quarter-point rise.", "quarter-point", 0.25, {}, {}, K::kPercent, "%", Q::kExact},
    {"HalfPointAfterThe", "After the half-point hike, yields rose.", "half-point", 0.5, {}, {}, K::kPercent, "%", Q::kExact},
    {"HalfAPoint", "Rates rose by half a point.", "half a point", 0.5, {}, {}, K::kPercent, "%", Q::kExact},
    {"HalfAPercentagePoint", "Rates rose by half a percentage point.", "half a percentage point", 0.5, {}, {}, K::kPercent, "%", Q::kExact},
    {"TenPointPlan", "He unveiled a 10-point plan.", nullptr},
    {"Score", "The home side won 3-2.", nullptr},
    // Multipliers: "N times" before what it is compared with.
    {"TerminalIsAName", "Queues grew at Terminal 2 of Orlen airport.", nullptr},
    {"TimesTheSum", "The loss was more than four times the sum lost a year before.", nullptr},
    {"TimesHigher", "Sales were three times higher than in 2024.", nullptr},
    {"TimesAsMany", "There were five times as many guests.", nullptr},
    {"TimesCounted", "Flights were delayed four times on Friday.", "four", 4, {}, {}, K::kCount, "times", Q::kExact},
    {"ManyAlone", "Many soldiers left.", nullptr},
    // Not numbers: phone numbers.
    {"PhoneDashed", "Call 555-0100 for details.", nullptr},
    {"PhoneInternational", "Call +1 202 555 0100 now.", nullptr},
    {"PhoneParentheses", "Call (202) 555-0100 today.", nullptr},
    // What the token scan lets through to the figure reader: a currency code is asked of
    // the word before digits, a hyphen only in a sentence with a dash.
    {"CodeBeforeDigits", "The bank lent USD 5 million to the firm.", "USD 5 million", 5e6, {}, {}, K::kMoney, "USD", Q::kExact},
    {"UnicodeHyphenInWord", "The ship carried twenty\u2010one passengers.", "twenty\u2010one", 21, {}, {}, K::kCount, "passengers", Q::kExact},
    {"HyphenAfterEmDashes", "Officials \u2014 citing records \u2014 counted twenty-one ships.", "twenty-one", 21, {}, {}, K::kCount, "ships", Q::kExact},
    {"SevenLetterPrefix", "The fleet has seventy-five boats.", "seventy-five", 75, {}, {}, K::kCount, "boats", Q::kExact},
    // Amounts in two parts and money sub-units (USD for cents, GBP for pence, unless a
    // currency is named first).
    {"DollarsAndCents", "He paid 4 dollars 20 cents for bread.", "4 dollars 20 cents", 4.2, {}, {}, K::kMoney, "USD", Q::kExact},
    {"EurosAndCentsInWords", "She spent twelve euros and fifty cents on it.", "twelve euros and fifty cents", 12.5, {}, {}, K::kMoney, "EUR", Q::kExact},
    {"PoundsAndPence", "A loaf costs 2 pounds 15 pence here.", "2 pounds 15 pence", 2.15, {}, {}, K::kMoney, "GBP", Q::kExact},
    {"Cents", "Stamps cost 50 cents now.", "50 cents", 0.5, {}, {}, K::kMoney, "USD", Q::kExact},
    {"APenny", "It cost a penny more.", "a penny", 0.01, {}, {}, K::kMoney, "GBP", Q::kExact},
    {"ACent", "The levy adds a cent per litre.", "a cent", 0.01, {}, {}, K::kMoney, "USD", Q::kExact},
    {"HyphenatedCent", "A 15-cent tax was added.", "15-cent", 0.15, {}, {}, K::kMoney, "USD", Q::kExact},

    // Signs and bare decimals: a sign only where set off before and glued to the digits.
    {"SignedInteger", "The low was -4 overnight.", "-4", -4, {}, {}, K::kCount, "overnight", Q::kExact},
    {"UnicodeMinus", "It fell to \u221212.5 degrees.", "\u221212.5 degrees", -12.5, {}, {}, K::kMeasure, "deg", Q::kExact},
    {"LeadingPoint", "The ratio stood at .75 last year.", ".75", 0.75, {}, {}, K::kCount, "", Q::kExact},
    {"MinusWordPercent", "Growth was minus 3 percent.", "3 percent", -3, {}, {}, K::kPercent, "%", Q::kExact},
    {"ScoreIsNoSignedFigure", "The match went 7-4 to the visitors.", nullptr},

    // Long number words and fractions.
    {"HundredAndHyphenatedTens", "They counted two hundred and forty-one ballots.", "two hundred and forty-one", 241, {}, {}, K::kCount, "ballots", Q::kExact},
    {"OneAndAHalfMillion", "One and a half million people fled.", "One and a half million", 1.5e6, {}, {}, K::kCount, "people", Q::kExact},
    {"ThreeQuartersIsAShare", "Three quarters of the voters stayed home.", "Three quarters", 75, {}, {}, K::kPercent, "%", Q::kExact},
    {"TwoAndAHalfYears", "The siege lasted two and a half years.", "two and a half years", 2.5, {}, {}, K::kDuration, "years", Q::kExact},

    // Compact and hyphenated measures; "m" is a metre only before a word of dimension.
    {"GluedMillilitres", "He drank 250ml of water.", "250ml", 250, {}, {}, K::kMeasure, "mL", Q::kExact},
    {"HyphenatedFoot", "A 40-foot wall was built.", "40-foot", 40, {}, {}, K::kMeasure, "ft", Q::kExact},
    {"HyphenatedBitIsAMeasure", "It runs a 32-bit chip.", "32-bit", 32, {}, {}, K::kMeasure, "bit", Q::kExact},
    {"GluedMetreBeforeDimension", "The wall is 1m high.", "1m", 1, {}, {}, K::kMeasure, "m", Q::kExact},
    {"GluedMetreBeforeDeep", "They dug a 2m deep trench.", "2m", 2, {}, {}, K::kMeasure, "m", Q::kExact},
    {"GluedMillionWithoutDimension", "About 2m people voted.", "2m", 2e6, {}, {}, K::kCount, "people", Q::kApprox},
    {"GluedMillionWithCurrency", "The firm raised $1m last year.", "$1m", 1e6, {}, {}, K::kMoney, "USD", Q::kExact},
    {"GluedThousandsRange", "Runners chose 5k\u201310k races.", "5k\u201310k", {}, 5000, 10000, K::kCount, "races", Q::kRange},

    // Dates the date scanner reads are no quantities.
    {"MonthSlashDayIsNoCount", "The cargo left on Mar/4.", nullptr},
    {"MonthOrdinalWordsIsNoCount", "The vote was held on March twenty first.", nullptr},
    {"DayMonthSlashIsNoCount", "The law took effect 14/03.", nullptr},
    {"YearMonthIsNoCount", "The index peaked in 2021-7.", nullptr},
    {"TimeRangeIsNoCount", "The office is closed between 3 and 5 pm.", nullptr},

    // Former bugs.
    {"VagueUpperBoundKeepsNines", "Officials feared tens of thousands of deaths.", "tens of thousands", {}, 20000, 99999, K::kCount, "deaths", Q::kVague},
    {"PhoneInParenthesesIsNotACount", "Dial (800) 555-0199 to report.", nullptr},
    {"MagnitudeBeforeASingularHead", "A magnitude 7.8 earthquake struck the coast early.", "7.8", 7.8, {}, {}, K::kMeasure, "magnitude", Q::kExact},
    {"CapitalisedNameIsNotPlural", "Kyiv received 31 Abrams tanks.", "31", 31, {}, {}, K::kCount, "tanks", Q::kExact},
    {"PercentRangeWithTwoSigns", "Rates were set at 4.5% to 4.75%.", "4.5% to 4.75%", {}, 4.5, 4.75, K::kPercent, "%", Q::kRange},
    {"OneInFive", "Nearly one in five adults reported symptoms.", "one in five", 20, {}, {}, K::kPercent, "%", Q::kApprox},
    {"AgeBetweenCommas", "The suspect, 34, was arrested.", "34", 34, {}, {}, K::kAge, "years", Q::kExact},
    {"HyphenPoundIsWeight", "Jets dropped a 500-pound bomb.", "500-pound", 500, {}, {}, K::kMeasure, "lb", Q::kExact},
    {"VagueMoney", "The war cost hundreds of millions of dollars.", "hundreds of millions", {}, 2e8, 999999999, K::kMoney, "USD", Q::kVague},
    {"MixedCaseNameIsLabel", "The iPhone 15 went on sale.", nullptr},
    {"OverBeforeDurationIsDuring", "The firm will invest the sum over five years.", "five years", 5, {}, {}, K::kDuration, "years", Q::kExact},
    {"PluralNationality", "Some 100,000 Armenians fled the region.", "100,000", 100000, {}, {}, K::kCount, "armenians", Q::kApprox},
    {"GluedCelsius", "Temperatures hit 40C in the city.", "40C", 40, {}, {}, K::kMeasure, "degC", Q::kExact},
    {"ElidedNounBeforeVerb", "About 6.2m remain abroad.", "6.2m", 6.2e6, {}, {}, K::kCount, "", Q::kApprox},
    {"GluedPc", "Unemployment stood at 4.1pc in August.", "4.1pc", 4.1, {}, {}, K::kPercent, "%", Q::kExact},
    {"RangeOfScaledDecimals", "Analysts expect 1.2-1.5 million barrels per day.", "1.2-1.5 million barrels", {}, 1.2e6, 1.5e6, K::kMeasure, "barrels", Q::kRange},
    {"DayMonthYear", "The law takes effect on 1 January 2025.", nullptr},
    {"GluedPluralThousands", "There were 1,000s of people at the march.", nullptr},
    {"Minus", "Temperatures fell to minus 5 degrees.", "5 degrees", -5, {}, {}, K::kMeasure, "deg", Q::kExact},
    {"ScaledDecimalIsTidy", "The bank offered $1.78 billion.", "$1.78 billion", 1.78e9, {}, {}, K::kMoney, "USD", Q::kExact},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Cases, NumberExtraction, testing::ValuesIn(kNumberCases),
                         testing_support::CaseName());

// Sentences with several quantities: all of them, in order, and nothing else.
struct SeveralCase {
  const char* name;
  const char* input;
  std::vector<std::string> texts;
};

class SeveralNumbers : public testing::TestWithParam<SeveralCase> {};

TEST_P(SeveralNumbers, FindsEachOnce) {
  const DocumentText doc = document(GetParam().input);
  std::vector<std::string> texts;
  for (const NumberMention& n : numbers_in(doc)) texts.emplace_back(doc.slice(n.span));
  EXPECT_EQ(texts, GetParam().texts);
}

const SeveralCase kSeveralCases[] = {
    {"RangeAndPercent", "Between 200 and 300 people came, and 5% left.", {"200 and 300", "5%"}},
    {"DateBetweenCounts",
     "He said 10,000 troops left on Oct. 23, 2022 and 1,500 more followed.",
     {"10,000", "1,500"}},
    {"MoneyAndDuration", "Aid worth $2 billion arrived after 3 weeks.", {"$2 billion", "3 weeks"}},
    {"YearAndCount", "Since 2022, about 300,000 soldiers have died.", {"300,000"}},
    {"DollarsThenCountStayApart", "He paid 4 dollars for 20 apples.", {"4 dollars", "20"}},
    {"SignAfterSpaceBesideOtherFigure", "Lows of -4 and highs of 12 were seen.", {"-4", "12"}},
    {"TwoSentences", "Six ships sank. Nine more were hit.", {"Six", "Nine"}},
    {"ChangeIsNotARange", "Inflation rose from 5% to 10%.", {"5%", "10%"}},
    {"ChangeWordAFewWordsBeforeFrom",
     "The board plans to raise the annual membership fee from 40 to 55 euros.",
     {"40", "55 euros"}},
    {"ChangeNounBeforeFrom",
     "Unions oppose an extension of the working week from 35 to 39 hours.",
     {"35", "39 hours"}},
    {"RangeWithoutAChangeWord",
     "Estimates ranged from 1,500 to 12,000 marchers.",
     {"1,500 to 12,000"}},
    {"ChangeWordInAnotherClauseKeepsTheRange",
     "Prices were raised, and crowds from 200 to 300 people gathered.",
     {"200 to 300"}},
    {"PossessiveIsNoLabel", "He won 306 votes to Trump's 232.", {"306", "232"}},
    // A vote tally is two counts; a score stays none.
    {"VoteTallyIsTwoCounts", "The senate voted 61 to 38 on Friday to pass the bill.", {"61", "38"}},
    {"ScoreIsNoTally", "The home side won 3 to 2 on Friday.", {}},
    {"DashedTallyAfterAVoteVerb",
     "Parliament passed the budget 214-198 on Tuesday.",
     {"214", "198"}},
    {"EnDashedTallyAfterTheVote", "The vote was 5\u20132, the minutes show.", {"5", "2"}},
    {"TallyBeforeAVoteNoun", "The court issued a 6-3 ruling on the law.", {"6", "3"}},
    {"SplitCommittee", "The committee split 6-1, she said.", {"6", "1"}},
    {"VoteWentDashed", "The vote went 7-4 in favour.", {"7", "4"}},
    {"TallyAfterTheTextVotedOn", "Councillors approved the budget 31-11 on Monday.", {"31", "11"}},
    {"SenateTallyNearAHundred", "The senate voted 61 to 38 on Friday.", {"61", "38"}},
    // Scores, spans of years and a referendum's shares are no tallies.
    {"ScoreAfterAnObjectIsNoTally", "Ostrel defeated Lenmark 3-1 in the semi-final.", {}},
    {"PassiveScoreIsNoTally", "Ostrel were defeated 2-0 by Lenmark.", {}},
    {"ScoreBeforeANounIsNoTally", "Ostrel carried a 2-0 lead into half-time.", {}},
    {"SplitPointsIsNoTally", "The two sides split the points 1-1.", {"two"}},
    {"BudgetYearsAreNoTally", "The council passed the 2025-26 budget.", {}},
    {"ReferendumSharesAreNoTally", "The referendum passed 55-45.", {}},
    {"CapitalBPIsACompany", "Harlow Fuels bought 40 BP petrol stations.", {"40"}},
    {"DashedScoreIsNoTally", "The visitors won 3-2 after extra time.", {}},
    {"SeasonIsNoTally", "Sales rose in the 2022-23 season.", {}},
    {"CodeAfterAFigure", "He paid 3 bills and USD 40 in fees.", {"3", "USD 40"}},
    {"SymbolAfterAFigure", "He paid 3 bills and US$40 in fees.", {"3", "US$40"}},
    {"HyphenTwoSentencesAfterADash",
     "A well-known port closed. The sea was calm. It lost twenty-two boats.",
     {"twenty-two"}},
    // A list's item numbers open paragraphs; a figure that opens one is still a figure.
    {"ListItemsThenCounts",
     "Storm update\n1. So far, 31 people have died.\n2. The port closed.\n1.12 million homes "
     "lost power.",
     {"31", "1.12 million"}},
    // A count before a street's name; a count of one capitalised word and a noun.
    {"CountBeforeStreetName",
     "Police moved 40 people to Castle Street. The town hired 12 Street sweepers.",
     {"40", "12"}},
    // A count of a part takes the noun of the stated whole; a grouped figure after a name
    // is a count, not a label.
    {"PartOfAStatedWhole", "The Greens won 40 of the 120 seats.", {"40", "120"}},
    {"GroupedFigureAfterANameIsACount",
     "Ms Halvorsen got 912,400 votes and Mr Dunne 604,120.",
     {"912,400", "604,120"}},
    {"LabelAfterANameStaysALabel", "Ms Halvorsen flew in on a Boeing 747.", {}},
    {"ElidedFigureAfterAName",
     "The Harbour Party won 40 seats and the Farmers Union 12.",
     {"40", "12"}},
    {"LabelAfterAFigureStaysALabel", "The airline flew 300 passengers on Flight 370.", {"300"}},
    {"LabelBeforeANounStaysALabel", "It sold 40 jets and the Boeing 747 fleet.", {"40"}},
    // A name after a verb of giving, then what it was given; a scaled figure after a name;
    // a list's items after commas, a name before each (a straight or curly apostrophe in it).
    {"FigureGivenToAName", "The final count gave New Centre 48 seats.", {"48"}},
    {"FigureAwardedToAPerson", "The jury awarded Ms Ilves 3 medals.", {"3"}},
    {"ScaledFigureAfterANameIsNoLabel",
     "Regulators fined Halvex 1.4 million florins in 2023.",
     {"1.4 million florins"}},
    {"ElidedFiguresInACommaList",
     "The Greens won 17 seats, the Farmers\u2019 Party 11 (7.4 per cent) and the Vardic Party 8.",
     {"17", "11", "7.4 per cent", "8"}},
    {"ElidedFigureAfterStraightApostrophe",
     "Labour won 40 seats and the Farmers' Party 11.",
     {"40", "11"}},
    // An adverb of how badly after a part is no counted noun.
    {"AdverbAfterAPartIsNoNoun",
     "Another 46 people were hurt, six of them critically.",
     {"46", "six"}},
    {"ModelAfterAGivingVerbStaysALabel", "The airline paid Boeing 737 operators compensation.", {}},
    {"ModelInACommaListStaysALabel", "The fleet has 40 jets, the Boeing 747 and others.", {"40"}},
    {"LabelAfterACommaStaysALabel",
     "The airline lost 300 passengers, Flight 370 and its crew.",
     {"300"}},
    // A figure after a day, its month and a comma is its own unless it is the date's year.
    {"ShareAfterDayMonthAndComma",
     "By 9 June, 40 per cent of the budget was spent.",
     {"40 per cent"}},
    {"CountAfterMonthDayAndComma", "On August 14, 25 volunteers cleared the beach.", {"25"}},
    {"YearAfterDayMonthAndCommaIsNoFigure", "It opened on 3 May, 2019 with 60 guests.", {"60"}},
    {"FurnitureSkipped",
     "Advertisement\nThe army sent 5 tanks.\nSubscribe to get 3 free issues.",
     {"5"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, SeveralNumbers, testing::ValuesIn(kSeveralCases),
                         testing_support::CaseName());

// The mention of `input` whose text is `figure` exists and reads `unit` (and `kind`, when
// given).
void expect_reading(const char* input, const char* figure, std::optional<NumberKind> kind,
                    const char* unit) {
  const DocumentText doc = document(input);
  bool found = false;
  for (const NumberMention& n : numbers_in(doc))
    if (doc.slice(n.span) == figure) {
      found = true;
      if (kind) {
        EXPECT_EQ(n.kind, *kind) << input;
      }
      EXPECT_EQ(n.unit, unit) << input;
    }
  EXPECT_TRUE(found) << input;
}

// A part of a stated whole counts what the whole counts.
TEST(NumberExtractor, PartOfAWholeTakesItsNoun) {
  const struct {
    const char* input;
    const char* figure;
    const char* unit;
  } rows[] = {
      {"The Greens won 40 of the 120 seats.", "40", "seats"},
      {"Rescuers reached 9 of 14 flooded villages.", "9", "villages"},
      {"Only two of the 300 passengers were hurt.", "two", "passengers"},
      // An owner's whole: the part counts its noun, not a word of the owner's name.
      {"Tovel will cut 1,900 of Brisca's 8,200 jobs.", "1,900", "jobs"},
      {"Tovel bid for 20 of insolvent Brisca Air\u2019s 52 aircraft.", "20", "aircraft"},
      {"Tovel would keep 4,100 of the Ardenian carrier's 8,200 staff.", "4,100", "staff"},
      {"Tovel would keep 4,100 of its 8,200 staff.", "4,100", "staff"},
      // A participle with its agent is no counted noun; a plain noun after it still is.
      {"Unions fear 2,100 job losses, not the 1,900 announced by management.", "1,900", ""},
      {"The plan names 1,900 announced cuts.", "1,900", "cuts"},
  };
  for (const auto& row : rows) expect_reading(row.input, row.figure, std::nullopt, row.unit);
}

// The two levels of a change ("from 12 to 15 percent") are one measure: the level written
// bare reads the unit the other states; a range without "from" is left alone.
TEST(NumberExtractor, LevelsOfAChangeShareTheirUnit) {
  const struct {
    const char* input;
    const char* figure;
    NumberKind kind;
    const char* unit;
  } rows[] = {
      {"Unemployment rose from 12 to 15 percent.", "12", NumberKind::kPercent, "%"},
      {"The reform would raise the statutory pension age from 63 to 66.", "66", NumberKind::kAge,
       "years"},
      {"The toll rose from 40 to 52 people.", "40", NumberKind::kCount, "people"},
      {"Estimates of the force ranged from 1,500 to 12,000.", "1,500 to 12,000", NumberKind::kCount,
       ""},
  };
  for (const auto& row : rows) expect_reading(row.input, row.figure, row.kind, row.unit);
}

TEST(NumberExtractor, RecordsDocumentAndSentence) {
  const DocumentText doc = document("Nothing here. Then 7 boats came.");
  const std::vector<NumberMention> found = extract_numbers(doc, 3);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].doc, 3u);
  EXPECT_EQ(found[0].sentence, 1u);
}

// The pipeline appends each document's figures to one list: what was there stays, and
// what is added is what extract_numbers finds.
TEST(NumberExtractor, AppendKeepsEarlierFiguresAndAddsTheSame) {
  const DocumentText first = segment("Some 40 boats left the harbour on the first day.");
  const DocumentText second = segment("About 1,200 people fled, and three roads were shut.");
  std::vector<NumberMention> all = extract_numbers(first, 0);
  const std::vector<NumberMention> before = all;
  ASSERT_EQ(before.size(), 1u);
  append_numbers(second, 1, words::FoldedTokens(second), all);
  const std::vector<NumberMention> alone = extract_numbers(second, 1);
  ASSERT_EQ(alone.size(), 2u);
  ASSERT_EQ(all.size(), before.size() + alone.size());
  for (size_t k = 0; k < all.size(); ++k) {
    const NumberMention& want = k < before.size() ? before[k] : alone[k - before.size()];
    EXPECT_EQ(all[k].doc, want.doc) << k;
    EXPECT_EQ(all[k].span.begin, want.span.begin) << k;
    EXPECT_EQ(all[k].span.end, want.span.end) << k;
    EXPECT_EQ(all[k].value, want.value) << k;
    EXPECT_EQ(all[k].unit, want.unit) << k;
  }
}

TEST(NumberExtractor, ScaledDecimalsAreExact) {
  const DocumentText doc = document("The bank offered $1.78 billion and 0.3 million more.");
  const std::vector<NumberMention> found = numbers_in(doc);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(*found[0].value, 1780000000.0);
  EXPECT_EQ(*found[1].value, 300000.0);
}

// ---- The lexicon's tables are sorted, so binary search finds every entry. ----

template <class T, class Key>
void expect_sorted(std::span<const T> table, Key key, const char* what) {
  for (size_t i = 1; i < table.size(); ++i)
    EXPECT_LT(key(table[i - 1]), key(table[i])) << what << " at " << i;
}

TEST(NumbersLexicon, TablesAreSortedAndUnique) {
  auto text = [](const auto& e) { return std::string_view(e.text); };
  expect_sorted(lexicon::number_words(), text, "number words");
  expect_sorted(lexicon::vague_amounts(), text, "vague amounts");
  expect_sorted(lexicon::currency_symbols(), text, "currency symbols");
  expect_sorted(lexicon::currency_codes(), text, "currency codes");
  expect_sorted(lexicon::unit_phrases(), text, "unit phrases");
  expect_sorted(lexicon::units_before(), text, "units before");
  expect_sorted(lexicon::hedges_before(), text, "hedges before");
  expect_sorted(lexicon::hedges_after(), text, "hedges after");
  auto self = [](std::string_view w) { return w; };
  expect_sorted(lexicon::compound_nouns(), self, "compound nouns");
  using WC = lexicon::WordClass;
  for (WC c : {WC::kNounStop, WC::kNounSkip, WC::kDeterminer, WC::kPluralNoun, WC::kYearContext,
               WC::kTimeMarker, WC::kLabel, WC::kAgeMarker, WC::kRangeOpener, WC::kRangeConnector,
               WC::kFractionBlocker, WC::kNegation, WC::kChangeVerb, WC::kPastVerb, WC::kTallyLead,
               WC::kTallyNoun}) {
    EXPECT_FALSE(lexicon::words_of(c).empty()) << static_cast<int>(c);
    expect_sorted(lexicon::words_of(c), self, "word class");
  }
}

TEST(NumbersLexicon, LooksUpWords) {
  ASSERT_NE(lexicon::find_number_word("million"), nullptr);
  EXPECT_EQ(lexicon::find_number_word("million")->value, 1e6);
  EXPECT_TRUE(lexicon::find_number_word("bn")->after_digits_only);
  EXPECT_EQ(lexicon::find_number_word("troops"), nullptr);
  EXPECT_EQ(lexicon::find_currency_symbol("US$")->code, "USD");
  EXPECT_EQ(lexicon::find_currency_code("RMB")->code, "CNY");
  EXPECT_TRUE(lexicon::is_word(lexicon::WordClass::kNounStop, "have"));
  EXPECT_TRUE(lexicon::is_compound_noun("service members"));
}

// ---- Pathological input: each finishes (a quadratic blow-up shows as a ctest timeout)
// and gives the right answer. Speed is measured by scripts/bench, never asserted here. ----

TEST(NumberExtractorPathological, TenThousandDigitNumber) {
  const std::string text = "They counted " + std::string(10000, '7') + " ballots.";
  const DocumentText doc = document(text);
  EXPECT_TRUE(numbers_in(doc).empty());  // no quantity is meant, and no infinity is reported
}

TEST(NumberExtractorPathological, FiftyThousandMonthNames) {
  std::string text;
  for (int i = 0; i < 50000; ++i) text += "October ";
  text += "2022 and 5 ships.";
  const std::vector<NumberMention> found = numbers_in(document(text));
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found.back().value, 5);
}

TEST(NumberExtractorPathological, LongLineOfNumberWords) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "one hundred and ";
  text += "five.";
  for (const NumberMention& n : numbers_in(document(text)))
    EXPECT_TRUE(!n.value || std::isfinite(*n.value));
}

TEST(NumberExtractorPathological, ManyFiguresOnOneLine) {
  std::string text;
  for (int i = 0; i < 100000; ++i) text += "about 1,500 to 2,000 troops and $3 billion, ";
  const std::vector<NumberMention> found = numbers_in(document(text));
  EXPECT_GE(found.size(), 200000u);  // a range and an amount in every repeat
}

}  // namespace
}  // namespace parallax
