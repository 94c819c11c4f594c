// The readings pass (compare/readings.h): which values are one reading, when readings are a
// conflict, of which kind, and the one-line explanation. Groups are built by hand from
// sentences written for these tests, so the rows test the readings rules alone; the last
// tests run the whole analysis.
#include "compare/readings.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "test_support.h"

namespace parallax {
namespace {

using Q = Qualifier;
using K = ConflictKind;

// One figure: the sentence of its document, the figure as written, what it states.
struct Figure {
  Figure(std::string sentence_, std::string text_, std::optional<double> value_,
         Q qualifier_ = Q::kExact, std::string source_ = "",
         std::optional<double> low_ = std::nullopt, std::optional<double> high_ = std::nullopt)
      : sentence(std::move(sentence_)),
        text(std::move(text_)),
        value(value_),
        qualifier(qualifier_),
        source(std::move(source_)),
        low(low_),
        high(high_) {}
  std::string sentence;
  std::string text;  // the figure in the sentence, as the number extractor spans it
  std::optional<double> value;
  Q qualifier;
  std::string source;
  std::optional<double> low, high;
};

// Documents: one figure each, named a, b, c ... with their publication date ("" unknown).
struct FigureCase {
  FigureCase(const char* name_, std::vector<Figure> figures_, std::vector<std::string> published_,
             size_t readings_, K kind_, std::vector<std::string> explanation_holds_,
             bool same_document_ = false)
      : name(name_),
        figures(std::move(figures_)),
        published(std::move(published_)),
        readings(readings_),
        kind(kind_),
        explanation_holds(std::move(explanation_holds_)),
        same_document(same_document_) {}
  const char* name;
  std::vector<Figure> figures;
  std::vector<std::string> published;  // per document; empty: none dated
  size_t readings;
  K kind;
  std::vector<std::string> explanation_holds;  // parts the explanation must contain
  bool same_document;                          // all figures in one document
};

Analysis figures_analysis(const FigureCase& c) {
  Analysis a;
  Group g;
  g.kind = GroupKind::kQuantity;
  for (size_t k = 0; k < c.figures.size(); ++k) {
    const Figure& f = c.figures[k];
    const size_t doc = c.same_document ? 0 : k;
    if (doc >= a.documents.size()) {
      DocumentInfo info;
      info.id = std::string(1, static_cast<char>('a' + doc));
      info.name = info.id + ".txt";
      if (doc < c.published.size()) info.published = c.published[doc];
      a.documents.push_back(std::move(info));
    }
    // In one document the sentences follow one another.
    DocumentInfo& d = a.documents[doc];
    std::string text = d.text.text.empty() ? f.sentence : d.text.text + " " + f.sentence;
    const size_t at = text.rfind(f.sentence) + f.sentence.find(f.text);
    d.text = segment(text);
    NumberMention n;
    n.doc = static_cast<uint32_t>(doc);
    n.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + f.text.size())};
    n.value = f.value;
    n.low = f.low;
    n.high = f.high;
    n.qualifier = f.qualifier;
    n.source = f.source;
    a.numbers.push_back(n);
    g.members.push_back(static_cast<uint32_t>(k));
  }
  a.groups.push_back(std::move(g));
  return a;
}

const FigureCase kFigureCases[] = {
    // Compatible values are one reading: no conflict.
    {"RoundingIsOneReading",
     {{"Officials said 1.3 million people joined the march.", "1.3 million", 1.3e6},
      {"The ministry counted 1,275,000 marchers on the day.", "1,275,000", 1275000}},
     {},
     1,
     K::kNone,
     {"a and b say 1.3 million"}},
    {"LowerBoundHoldsItsOwnFigure",
     {{"More than 1 million people took to the streets.", "1 million", 1e6, Q::kLower},
      {"The count showed 1 million people marched.", "1 million", 1e6}},
     {},
     1,
     K::kNone,
     {}},
    // A hedged figure holds its own roundings only: another figure is another reading.
    {"LowerBoundAndALargerFigureDiffer",
     {{"More than 1 million people took to the streets.", "1 million", 1e6, Q::kLower},
      {"Some 1.3 million people marched, the count showed.", "1.3 million", 1.3e6}},
     {},
     2,
     K::kContradicts,
     {"more than 1 million", "1.3 million"}},
    {"ApproxAndANearFigureDiffer",
     {{"About 1,200 staff will lose their jobs, the union said.", "1,200", 1200, Q::kApprox},
      {"The firm will cut 1,150 posts by next year.", "1,150", 1150}},
     {},
     2,
     K::kContradicts,
     {"about 1,200", "1,150"}},
    {"ApproxHoldsTheExactFigure",
     {{"Turnout rose by about 12% on the last vote.", "12%", 12, Q::kApprox},
      {"Turnout rose by 12% compared with the last vote.", "12%", 12}},
     {},
     1,
     K::kNone,
     {}},
    {"RangeHoldsAFigureInside",
     {{"Between 1,500 and 3,000 workers walked out.", "1,500 and 3,000", std::nullopt, Q::kRange,
       "", 1500, 3000},
      {"About 2,000 workers walked out at the plant.", "2,000", 2000}},
     {},
     1,
     K::kNone,
     {}},
    {"RepeatedFigureIsOneReading",
     {{"The storm left 310 homes without roofs.", "310", 310},
      {"Crews counted 310 damaged homes.", "310", 310},
      {"In all, 310 homes were hit.", "310", 310}},
     {},
     1,
     K::kNone,
     {"3 articles say 310"}},

    // A bound reaches one step of its last digit: a figure of another size is another reading.
    {"LowerBoundDoesNotSwallowAFarFigure",
     {{"More than 800 families fled the valley.", "800", 800, Q::kLower},
      {"Rescuers said 1,175 families fled the valley.", "1,175", 1175}},
     {},
     2,
     K::kContradicts,
     {"more than 800", "1,175"}},
    {"UpperBoundDoesNotHoldASmallFigure",
     {{"Up to 12,000 sailors could be sent north.", "12,000", 12000, Q::kUpper},
      {"So far 3,000 sailors have been sent north.", "3,000", 3000}},
     {},
     2,
     K::kContradicts,
     {"up to 12,000", "3,000"}},
    {"RoundingNeverJoinsTwoCounts",
     {{"The crash killed 19 passengers.", "19", 19}, {"The crash killed 20 passengers.", "20", 20}},
     {},
     2,
     K::kContradicts,
     {}},
    {"ApproxDoesNotStretchFar",
     {{"About 1,000 homes lost power overnight.", "1,000", 1000, Q::kApprox},
      {"The utility said 1,400 homes lost power.", "1,400", 1400}},
     {},
     2,
     K::kContradicts,
     {}},

    // Kinds.
    {"EstimatesDifferBySource",
     {{"The ministry said 1.3 million people marched.", "1.3 million", 1.3e6, Q::kExact,
       "ministry"},
      {"The organisers said 2.5 million people marched.", "2.5 million", 2.5e6, Q::kExact,
       "organisers"}},
     {},
     2,
     K::kEstimatesDiffer,
     {"ministry: 1.3 million (a)", "organisers: 2.5 million (b)"}},
    {"OneSourceGivingTwoFiguresContradicts",
     {{"The ministry said 1.3 million people marched.", "1.3 million", 1.3e6, Q::kExact,
       "ministry"},
      {"The ministry put the crowd at 2.5 million.", "2.5 million", 2.5e6, Q::kExact, "ministry"}},
     {},
     2,
     K::kContradicts,
     {}},
    {"UpdatedWhenTheFigureRisesWithLaterArticles",
     {{"Officials said 19 people died in the flood.", "19", 19},
      {"The flood has killed 41 people, officials said.", "41", 41},
      {"The death toll from the flood rose to 44.", "44", 44}},
     {"2023-05-01", "2023-05-02", "2023-05-03"},
     3,
     K::kUpdated,
     {"rose from 19 (a, May 1) to 41 (b, May 2) to 44 (c, May 3)"}},
    {"TollRisingWithinADayAndAfterIsUpdated",
     {{"Officials said 19 people died in the flood.", "19", 19},
      {"The flood has killed 22 people, officials said.", "22", 22},
      {"The death toll from the flood rose to 41.", "41", 41}},
     {"2023-05-01", "2023-05-01", "2023-05-02"},
     3,
     K::kUpdated,
     {"rose from 19 (a, May 1) to 22 (b, May 1) to 41 (c, May 2)"}},
    {"LaterDayBelowAnEarlierReadingContradicts",
     {{"Officials said 19 people died in the flood.", "19", 19},
      {"The flood has killed 45 people, officials said.", "45", 45},
      {"The death toll from the flood rose to 41.", "41", 41}},
     {"2023-05-01", "2023-05-01", "2023-05-02"},
     3,
     K::kContradicts,
     {}},
    {"FallingFigureContradicts",
     {{"The flood has killed 44 people.", "44", 44}, {"The flood has killed 19 people.", "19", 19}},
     {"2023-05-01", "2023-05-02"},
     2,
     K::kContradicts,
     {}},
    {"SameDayIsNotAnUpdate",
     {{"The flood has killed 19 people.", "19", 19}, {"The flood has killed 41 people.", "41", 41}},
     {"2023-05-02", "2023-05-02"},
     2,
     K::kContradicts,
     {}},
    {"UndatedIsNotAnUpdate",
     {{"The flood has killed 19 people.", "19", 19}, {"The flood has killed 41 people.", "41", 41}},
     {"2023-05-01"},
     2,
     K::kContradicts,
     {}},
    {"EstimatesAreCheckedBeforeUpdates",
     {{"Police said 20,000 people marched.", "20,000", 20000, Q::kExact, "police"},
      {"Organisers said 60,000 people marched.", "60,000", 60000, Q::kExact, "organisers"}},
     {"2023-05-01", "2023-05-02"},
     2,
     K::kEstimatesDiffer,
     {"police: 20,000 (a)"}},
    {"MajorityAndOnlyOne",
     {{"The firm will cut 3,000 jobs.", "3,000", 3000},
      {"About 3,000 jobs will go, the firm said.", "3,000", 3000, Q::kApprox},
      {"The firm plans to cut 3,000 jobs.", "3,000", 3000},
      {"The firm will cut 5,000 jobs.", "5,000", 5000}},
     {},
     2,
     K::kContradicts,
     {"3 articles say 3,000; only d says 5,000"}},

    // A conflict needs two documents.
    {"TwoReadingsInOneDocumentAreNoConflict",
     {{"The firm will cut 3,000 jobs.", "3,000", 3000},
      {"Later it said 5,000 jobs would go.", "5,000", 5000}},
     {},
     2,
     K::kNone,
     {},
     true},
};

class FigureReadings : public ::testing::TestWithParam<FigureCase> {};

TEST_P(FigureReadings, DecidesReadingsAndKind) {
  const FigureCase& c = GetParam();
  Analysis a = figures_analysis(c);
  decide_readings(a);
  const Group& g = a.groups[0];
  EXPECT_EQ(g.readings.size(), c.readings) << g.explanation;
  EXPECT_EQ(g.conflict, c.kind != K::kNone) << g.explanation;
  EXPECT_EQ(conflict_kind_name(g.conflict_kind), std::string(conflict_kind_name(c.kind)))
      << g.explanation;
  for (const std::string& part : c.explanation_holds)
    EXPECT_NE(g.explanation.find(part), std::string::npos) << g.explanation;
  // Every member is in exactly one reading.
  size_t members = 0;
  for (const Reading& r : g.readings) members += r.members.size();
  EXPECT_EQ(members, g.members.size());
}

INSTANTIATE_TEST_SUITE_P(Cases, FigureReadings, ::testing::ValuesIn(kFigureCases),
                         testing_support::CaseName());

// ---- Dates ----

struct DateCase {
  const char* name;
  std::vector<std::pair<std::string, std::string>> dates;  // (sentence, resolved), a document each
  size_t readings;
  bool conflict;
  std::string explanation;
};

const DateCase kDateCases[] = {
    {"TuesdayAgainstWednesday",
     {{"The minister spoke on Wednesday.", "2024-10-23"},
      {"The minister said on Wednesday that talks would go on.", "2024-10-23"},
      {"Speaking Oct. 23, the minister defended the plan.", "2024-10-23"},
      {"The minister said on Tuesday that talks would go on.", "2024-10-22"}},
     2,
     true,
     "3 articles say Wednesday (Oct 23); only d says Tuesday (Oct 22)"},
    {"SameDayIsOneReading",
     {{"The bridge reopened on Friday.", "2024-03-15"},
      {"The bridge reopened on March 15.", "2024-03-15"}},
     1,
     false,
     "a and b say Friday (Mar 15)"},
    {"MonthJoinsTheDayInside",
     {{"The bridge reopened on Friday.", "2024-03-15"},
      {"The bridge reopened in March.", "2024-03"}},
     1,
     false,
     "a and b say Friday (Mar 15)"},
};

class DateReadings : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateReadings, DecidesReadings) {
  const DateCase& c = GetParam();
  Analysis a;
  Group g;
  g.kind = GroupKind::kEvent;
  for (size_t k = 0; k < c.dates.size(); ++k) {
    DocumentInfo info;
    info.id = std::string(1, static_cast<char>('a' + k));
    info.text = segment(c.dates[k].first);
    a.documents.push_back(std::move(info));
    DateMention d;
    d.doc = static_cast<uint32_t>(k);
    d.span = {0, 3};
    d.resolved = c.dates[k].second;
    a.dates.push_back(d);
    g.members.push_back(static_cast<uint32_t>(k));
  }
  a.groups.push_back(std::move(g));
  decide_readings(a);
  EXPECT_EQ(a.groups[0].readings.size(), c.readings);
  EXPECT_EQ(a.groups[0].conflict, c.conflict);
  EXPECT_EQ(a.groups[0].conflict_kind, c.conflict ? K::kContradicts : K::kNone);
  EXPECT_EQ(a.groups[0].explanation, c.explanation);
}

INSTANTIATE_TEST_SUITE_P(Cases, DateReadings, ::testing::ValuesIn(kDateCases),
                         testing_support::CaseName());

// ---- Utterances, through the whole analysis ----

struct QuoteCase {
  const char* name;
  std::vector<std::string> articles;
  bool conflict;
  std::string explanation_holds;
};

const QuoteCase kQuoteCases[] = {
    {"SameWordsAreOneReading",
     {"\"We will rebuild every school before the winter comes,\" the governor said on Monday.",
      "The governor said: \"We will rebuild every school before the winter comes.\""},
     false,
     "quote the same words"},
    {"PartialQuoteIsTheSameReading",
     {"\"We will rebuild every school before the winter comes,\" the governor said on Monday.",
      "The governor promised to \"rebuild every school before the winter comes.\""},
     false,
     "quote the same words"},
    {"ChangedWordingIsAnotherReading",
     {"\"We will rebuild every school before the winter comes,\" the governor said on Monday.",
      "\"We will rebuild every single school before the cold winter comes,\" the governor said."},
     true,
     " has \u201cWe will rebuild every"},
};

class QuoteReadings : public ::testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteReadings, DecidesReadings) {
  const QuoteCase& c = GetParam();
  std::vector<Document> docs;
  for (size_t k = 0; k < c.articles.size(); ++k)
    docs.push_back({std::string(1, static_cast<char>('a' + k)) + ".txt", c.articles[k], ""});
  const Analysis a = analyze(std::span<const Document>(docs), Options{});
  const Group* found = nullptr;
  for (const Group& g : a.groups)
    if (g.kind == GroupKind::kUtterance) found = &g;
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->conflict, c.conflict) << found->explanation;
  EXPECT_NE(found->explanation.find(c.explanation_holds), std::string::npos) << found->explanation;
  EXPECT_EQ(found->conflict_kind, c.conflict ? K::kContradicts : K::kNone);
}

INSTANTIATE_TEST_SUITE_P(Cases, QuoteReadings, ::testing::ValuesIn(kQuoteCases),
                         testing_support::CaseName());

// ---- Figures, through the whole analysis ----

TEST(ReadingsInAnalysis, PoliceAndOrganisersEstimatesDiffer) {
  std::vector<Document> docs = {
      {"a.txt", "Police said 20,000 protesters marched through central Ostrava on Saturday.", ""},
      {"b.txt", "Organisers said 80,000 protesters marched through central Ostrava on Saturday.",
       ""}};
  const Analysis a = analyze(std::span<const Document>(docs), Options{});
  ASSERT_EQ(a.numbers.size(), 2u);
  ASSERT_GE(a.numbers[0].group, 0);
  const Group& g = a.groups[static_cast<size_t>(a.numbers[0].group)];
  EXPECT_TRUE(g.conflict);
  EXPECT_EQ(g.conflict_kind, K::kEstimatesDiffer) << g.explanation;
  ASSERT_EQ(g.readings.size(), 2u);
  EXPECT_EQ(g.readings[0].sources.size(), 1u);
}

TEST(ReadingsInAnalysis, ReportCarriesReadingsAndKind) {
  std::vector<Document> docs = {
      {"a.txt", "Police said 20,000 protesters marched through central Ostrava on Saturday.", ""},
      {"b.txt", "Organisers said 80,000 protesters marched through central Ostrava on Saturday.",
       ""}};
  const std::string json =
      to_json(analyze(std::span<const Document>(docs), Options{}), OffsetUnit::kCodePoint);
  // Read as JSON: the report's whitespace (none by default) is not part of its contract.
  const auto report = nlohmann::json::parse(json);
  ASSERT_FALSE(report["groups"].empty());
  bool found = false;
  for (const auto& g : report["groups"]) {
    if (g.value("conflict_kind", nlohmann::json()) != "estimates_differ") continue;
    found = true;
    ASSERT_TRUE(g.contains("readings"));
    ASSERT_FALSE(g["readings"].empty());
    EXPECT_TRUE(g["readings"][0].contains("sources"));
  }
  EXPECT_TRUE(found) << json;
}

}  // namespace
}  // namespace parallax
