// The compare stage on analyses built by hand: which mentions group, which conflict.
#include "compare/compare.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "compare/cluster.h"
#include "compare/groups_internal.h"
#include "compare/vocabulary.h"
#include "compare/words.h"
#include "lexicon/compare_lexicon.h"
#include "test_support.h"

namespace parallax {
namespace {

// Builds an Analysis from texts and mentions located by their text.
class Builder {
 public:
  uint32_t doc(const std::string& id, const std::string& text) {
    DocumentInfo info;
    info.id = id;
    info.name = id + ".txt";
    info.text = segment(text);
    info.sentence_sources.assign(info.text.sentences.size(), "");
    a.documents.push_back(std::move(info));
    return static_cast<uint32_t>(a.documents.size() - 1);
  }
  // `n` documents of the same text (wire copies): the index of the first.
  uint32_t copies(const std::string& text, int n) {
    const auto first = static_cast<uint32_t>(a.documents.size());
    for (int k = 0; k < n; ++k) doc(std::string(1, static_cast<char>('a' + k)), text);
    return first;
  }
  Span find(uint32_t d, const std::string& needle, int occurrence = 0) {
    const std::string& text = a.documents[d].text.text;
    size_t pos = std::string::npos;
    for (int k = 0; k <= occurrence; ++k)
      pos = text.find(needle, pos == std::string::npos ? 0 : pos + 1);
    EXPECT_NE(pos, std::string::npos) << needle;
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
  }
  uint32_t sentence(uint32_t d, Span s) { return a.documents[d].text.sentence_at(s.begin); }
  uint32_t number(uint32_t d, const std::string& text, double value, const std::string& unit,
                  Qualifier q = Qualifier::kExact, NumberKind kind = NumberKind::kCount) {
    NumberMention n;
    n.doc = d;
    n.span = find(d, text);
    n.value = value;
    n.unit = unit;
    n.qualifier = q;
    n.kind = kind;
    n.sentence = sentence(d, n.span);
    a.numbers.push_back(n);
    return static_cast<uint32_t>(a.numbers.size() - 1);
  }
  uint32_t date(uint32_t d, const std::string& text, const std::string& resolved,
                int occurrence = 0) {
    DateMention m;
    m.doc = d;
    m.span = find(d, text, occurrence);
    m.resolved = resolved;
    m.sentence = sentence(d, m.span);
    a.dates.push_back(m);
    return static_cast<uint32_t>(a.dates.size() - 1);
  }
  uint32_t quote(uint32_t d, const std::string& text, const std::string& speaker) {
    QuoteMention q;
    q.doc = d;
    q.span = find(d, text);
    q.speaker = speaker;
    q.sentence = sentence(d, q.span);
    a.quotes.push_back(q);
    return static_cast<uint32_t>(a.quotes.size() - 1);
  }
  // Entities must be added in document order, and in text order within a document.
  uint32_t entity(uint32_t d, const std::string& text, EntityType type) {
    a.entities.push_back({d, find(d, text), type, text});
    return static_cast<uint32_t>(a.entities.size() - 1);
  }
  void source(uint32_t d, uint32_t sentence_index, const std::string& who) {
    a.documents[d].sentence_sources[sentence_index] = who;
  }
  Analysis& run() {
    build_groups(a);
    return a;
  }
  Analysis a;
};

const Group* group_of(const Analysis& a, int32_t g) {
  return g < 0 ? nullptr : &a.groups[g];
}

// ---- Quantities ----

TEST(QuantityGroups, TroopsAndSoldiersSentAreOneQuantityInConflict) {
  Builder b;
  auto d0 =
      b.doc("a", "Officials said as many as 5,000 Valdorian troops have been sent to Ostrava.");
  auto d1 = b.doc("b", "Lawmakers said Valdoria has sent 2,000 soldiers to Ostrava this month.");
  auto n0 = b.number(d0, "5,000", 5000, "troops", Qualifier::kUpper);
  auto n1 = b.number(d1, "2,000", 2000, "soldiers");
  Analysis& a = b.run();
  ASSERT_GE(a.numbers[n0].group, 0);
  EXPECT_EQ(a.numbers[n0].group, a.numbers[n1].group);
  const Group* g = group_of(a, a.numbers[n0].group);
  EXPECT_TRUE(g->conflict);
  EXPECT_NE(g->explanation.find("up to 5,000"), std::string::npos) << g->explanation;
  EXPECT_NE(g->explanation.find("2,000"), std::string::npos) << g->explanation;
  // "as many as 5,000" bounds figures near 5,000; 2,000 is a figure of another size, so
  // another reading (compare/readings.h).
  EXPECT_EQ(g->readings.size(), 2u);
}

// Figures of wire copies are read once, but only where the copy really is the same: a
// figure at the same place with another unit is read afresh.
TEST(QuantityGroups, WireCopiesShareFeaturesOnlyForTheSameFigure) {
  Builder b;
  const uint32_t d =
      b.copies("Officials said 3,000 Valdorian troops have been sent to Ostrava.", 3);
  auto n0 = b.number(d, "3,000", 3000, "troops");
  auto n1 = b.number(d + 1, "3,000", 3000, "troops");
  auto n2 = b.number(d + 2, "3,000", 3000, "vehicles");
  Analysis& a = b.run();
  ASSERT_GE(a.numbers[n0].group, 0);
  EXPECT_EQ(a.numbers[n0].group, a.numbers[n1].group);
  EXPECT_NE(a.numbers[n2].group, a.numbers[n0].group);
}

// Dates of wire copies share their act and context; who acts is still read per document.
TEST(EventGroups, WireCopiesKeepTheirOwnActors) {
  Builder b;
  const uint32_t d = b.copies("The minister said on Tuesday that the port would reopen.", 3);
  b.source(d, 0, "Ana Ruiz");
  b.source(d + 1, 0, "Ana Ruiz");
  b.source(d + 2, 0, "Piet Kuyper");
  std::vector<uint32_t> tuesday;
  for (uint32_t k = 0; k < 3; ++k) tuesday.push_back(b.date(d + k, "Tuesday", "2025-03-11"));
  Analysis& a = b.run();
  ASSERT_GE(a.dates[tuesday[0]].group, 0);
  EXPECT_EQ(a.dates[tuesday[0]].group, a.dates[tuesday[1]].group);
  EXPECT_NE(a.dates[tuesday[2]].group, a.dates[tuesday[0]].group);
}

// Two dates of one sentence, copied into another document: the copies of the second date
// join the first date's group too (no actor: they link by content across documents).
TEST(EventGroups, DatesOfOneCopiedDatelineAreOneGroup) {
  Builder b;
  const uint32_t d = b.copies("Posted 8:15 a.m. Friday, June 6, 2025 by the harbour desk.", 2);
  std::vector<uint32_t> dates;
  for (uint32_t k = 0; k < 2; ++k) {
    dates.push_back(b.date(d + k, "8:15 a.m.", "2025-06-06"));
    dates.push_back(b.date(d + k, "Friday, June 6, 2025", "2025-06-06"));
  }
  Analysis& a = b.run();
  ASSERT_GE(a.dates[dates[0]].group, 0);
  for (uint32_t m : dates) EXPECT_EQ(a.dates[m].group, a.dates[dates[0]].group) << m;
}

// Without an attributed source, the actor of a statement is the sentence's first person,
// else its first organisation, read from the entities of that sentence only.
// A sentence that names no one but points back with a person's pronoun ("Her decision,
// announced on Wednesday") is about the person the sentence before names first.
struct PronounActorCase {
  const char* name;
  const char* before;  // the sentence before, naming a person
  const char* person;
  const char* sentence;  // naming no one, with the date "Wednesday"
  bool joined;           // with Ana Ruiz's announcement on Tuesday
};

const PronounActorCase kPronounActorCases[] = {
    {"PossessivePointsBack", "Ana Ruiz knows the Tarsk port well.", "Ana Ruiz",
     "Her decision, announced on Wednesday, surprised the council.", true},
    {"AnotherPersonBefore", "Tom Okafor knows the Tarsk port well.", "Tom Okafor",
     "His decision, announced on Wednesday, surprised the council.", false},
};

class PronounActors : public testing::TestWithParam<PronounActorCase> {};

TEST_P(PronounActors, TakeThePersonOfTheSentenceBefore) {
  const PronounActorCase& c = GetParam();
  Builder b;
  auto d0 = b.doc("a", "Mayor Ana Ruiz announced on Tuesday that the Tarsk port would reopen.");
  auto d1 = b.doc("b", std::string(c.before) + " " + c.sentence);
  b.entity(d0, "Ana Ruiz", EntityType::kPerson);
  b.entity(d1, c.person, EntityType::kPerson);
  auto t0 = b.date(d0, "Tuesday", "2025-03-11");
  auto t1 = b.date(d1, "Wednesday", "2025-03-12");
  Analysis& a = b.run();
  const bool joined = a.dates[t0].group != kNoGroup && a.dates[t0].group == a.dates[t1].group;
  EXPECT_EQ(joined, c.joined);
}

INSTANTIATE_TEST_SUITE_P(Cases, PronounActors, testing::ValuesIn(kPronounActorCases),
                         [](const testing::TestParamInfo<PronounActorCase>& i) {
                           return std::string(i.param.name);
                         });

TEST(EventGroups, ActorIsTheSentencesFirstPersonElseOrganisation) {
  Builder b;
  auto d0 = b.doc("a",
                  "Harbour Authority chief Ana Ruiz said on Tuesday that the port would "
                  "reopen. Tom Okafor disagreed.");
  auto d1 = b.doc("b",
                  "Ana Ruiz of the Harbour Authority said Wednesday that the port would "
                  "reopen.");
  auto d2 = b.doc("c", "The Harbour Authority said Thursday that the port would reopen.");
  b.entity(d0, "Harbour Authority", EntityType::kOrganization);
  b.entity(d0, "Ana Ruiz", EntityType::kPerson);
  b.entity(d0, "Tom Okafor", EntityType::kPerson);
  b.entity(d1, "Ana Ruiz", EntityType::kPerson);
  b.entity(d1, "Harbour Authority", EntityType::kOrganization);
  b.entity(d2, "Harbour Authority", EntityType::kOrganization);
  auto t0 = b.date(d0, "Tuesday", "2025-03-11");
  auto t1 = b.date(d1, "Wednesday", "2025-03-12");
  auto t2 = b.date(d2, "Thursday", "2025-03-13");
  Analysis& a = b.run();
  ASSERT_GE(a.dates[t0].group, 0);
  EXPECT_EQ(a.dates[t0].group, a.dates[t1].group);
  EXPECT_EQ(a.groups[a.dates[t0].group].label, "Ana Ruiz \u2014 statement");
  EXPECT_TRUE(a.dates[t2].group == kNoGroup || a.dates[t2].group != a.dates[t0].group);
}

TEST(QuantityGroups, SameFigureIsNoConflict) {
  Builder b;
  auto d0 = b.doc("a", "The warehouse held 300 tonnes of fertiliser, the company said.");
  auto d1 =
      b.doc("b", "The company said the warehouse held 300 tonnes of fertiliser and solvents.");
  auto n0 = b.number(d0, "300", 300, "tonnes", Qualifier::kExact, NumberKind::kMeasure);
  auto n1 = b.number(d1, "300", 300, "tonnes", Qualifier::kExact, NumberKind::kMeasure);
  Analysis& a = b.run();
  ASSERT_GE(a.numbers[n0].group, 0);
  EXPECT_EQ(a.numbers[n0].group, a.numbers[n1].group);
  EXPECT_FALSE(a.groups[a.numbers[n0].group].conflict);
}

TEST(QuantityGroups, RateDoesNotMergeWithTotal) {
  Builder b;
  auto d0 =
      b.doc("a", "Ferries carried 1,500 Valdorian soldiers at a time to the port of Ostrava.");
  auto d1 = b.doc("b", "Valdoria has sent 3,000 Valdorian troops to the port of Ostrava.");
  auto n0 = b.number(d0, "1,500", 1500, "soldiers");
  b.number(d1, "3,000", 3000, "troops");
  Analysis& a = b.run();
  EXPECT_EQ(a.numbers[n0].group, kNoGroup);
}

TEST(QuantityGroups, HypotheticalDoesNotMergeWithReport) {
  Builder b;
  auto d0 = b.doc("a",
                  "A few thousand Valdorian troops are unlikely to change the war in Ostrava, an "
                  "analyst said.");
  auto d1 = b.doc("b", "Valdoria has sent 3,000 Valdorian troops to the war in Ostrava.");
  auto n0 = b.number(d0, "A few thousand", 3000, "troops", Qualifier::kVague);
  b.number(d1, "3,000", 3000, "troops");
  Analysis& a = b.run();
  EXPECT_EQ(a.numbers[n0].group, kNoGroup);
}

TEST(QuantityGroups, SupersededFigureStaysApart) {
  Builder b;
  auto d0 = b.doc("a",
                  "The new count came after officials gave a previous figure of 800 Valdorian "
                  "troops in Ostrava.");
  auto d1 = b.doc("b", "Valdoria has deployed 2,000 Valdorian troops in Ostrava.");
  auto n0 = b.number(d0, "800", 800, "troops");
  b.number(d1, "2,000", 2000, "troops");
  Analysis& a = b.run();
  EXPECT_EQ(a.numbers[n0].group, kNoGroup);
}

TEST(QuantityGroups, PledgedIsNotSent) {
  Builder b;
  auto d0 = b.doc("a", "Valdoria promised to provide 10,000 troops to Ostrava by December.");
  auto d1 = b.doc("b", "Valdoria has sent 3,000 troops to Ostrava so far.");
  auto n0 = b.number(d0, "10,000", 10000, "troops");
  auto n1 = b.number(d1, "3,000", 3000, "troops");
  Analysis& a = b.run();
  EXPECT_TRUE(a.numbers[n0].group == kNoGroup || a.numbers[n0].group != a.numbers[n1].group);
}

TEST(QuantityGroups, DeadAndInjuredStayApart) {
  Builder b;
  auto d0 =
      b.doc("a", "The storm in Ostrava killed 12 people and injured 40 people, officials said.");
  auto d1 = b.doc(
      "b",
      "Officials in Ostrava said 14 people were killed and 35 people were injured in the storm.");
  auto dead0 = b.number(d0, "12", 12, "people");
  auto hurt0 = b.number(d0, "40", 40, "people");
  auto dead1 = b.number(d1, "14", 14, "people");
  auto hurt1 = b.number(d1, "35", 35, "people");
  Analysis& a = b.run();
  ASSERT_GE(a.numbers[dead0].group, 0);
  EXPECT_EQ(a.numbers[dead0].group, a.numbers[dead1].group);
  EXPECT_EQ(a.numbers[hurt0].group, a.numbers[hurt1].group);
  EXPECT_NE(a.numbers[dead0].group, a.numbers[hurt0].group);
}

TEST(QuantityGroups, DifferentUnitsOfMeasureStayApart) {
  Builder b;
  auto d0 = b.doc("a", "The convoy travelled 300 km along the coast road to Ostrava.");
  auto d1 = b.doc("b", "The convoy travelled 300 miles along the coast road to Ostrava.");
  auto n0 = b.number(d0, "300", 300, "km", Qualifier::kExact, NumberKind::kMeasure);
  auto n1 = b.number(d1, "300", 300, "miles", Qualifier::kExact, NumberKind::kMeasure);
  Analysis& a = b.run();
  EXPECT_TRUE(a.numbers[n0].group == kNoGroup || a.numbers[n0].group != a.numbers[n1].group);
}

TEST(QuantityGroups, EstimatesBySourcesAreOneQuantity) {
  Builder b;
  auto d0 =
      b.doc("a", "Police said 20,000 protesters marched through central Ostrava on Saturday.");
  auto d1 = b.doc("b", "Organisers said 80,000 protesters marched through central Ostrava.");
  auto n0 = b.number(d0, "20,000", 20000, "protesters");
  auto n1 = b.number(d1, "80,000", 80000, "protesters");
  Analysis& a = b.run();
  ASSERT_GE(a.numbers[n0].group, 0);
  EXPECT_EQ(a.numbers[n0].group, a.numbers[n1].group);
  const Group& g = a.groups[a.numbers[n0].group];
  EXPECT_TRUE(g.conflict);
  EXPECT_EQ(g.readings.size(), 2u);
}

TEST(QuantityGroups, UnrelatedMoneyStaysApart) {
  Builder b;
  auto d0 = b.doc("a", "The government has spent $175 billion on flood defences since 2015.");
  auto d1 =
      b.doc("b", "The minister unveiled a $400 million package of emergency grants for farmers.");
  auto n0 = b.number(d0, "$175 billion", 175e9, "USD", Qualifier::kExact, NumberKind::kMoney);
  auto n1 = b.number(d1, "$400 million", 400e6, "USD", Qualifier::kExact, NumberKind::kMoney);
  Analysis& a = b.run();
  EXPECT_TRUE(a.numbers[n0].group == kNoGroup || a.numbers[n0].group != a.numbers[n1].group);
}

// Two figures of one unit in two articles, and whether they are one quantity.
struct MagnitudeCase {
  const char* name;
  const char* first_text;
  const char* first_figure;
  double first_value;
  const char* second_text;
  const char* second_figure;
  double second_value;
  const char* unit;
  NumberKind kind;
  bool joined;
};

// Estimates of one quantity differ, but not a hundredfold; and where one frame names what the
// other leaves open, not even sixfold.
const MagnitudeCase kMagnitudeCases[] = {
    {"DeficitIsNoDealValue", "Halvorsen agreed a takeover valued at £2.6bn on Monday.", "£2.6bn",
     2.6e9, "The takeover of Halvorsen leaves a pension valuation deficit of £70m.", "£70m", 70e6,
     "GBP", NumberKind::kMoney, false},
    {"CloseDealValuesJoin", "Halvorsen agreed a takeover valued at £2.6bn on Monday.", "£2.6bn",
     2.6e9, "The takeover of Halvorsen is valued at £2.4bn, the buyer said.", "£2.4bn", 2.4e9,
     "GBP", NumberKind::kMoney, true},
    {"PoliceAndOrganisersCountsJoin",
     "Police said 12,000 protesters marched through central Brenska on Sunday.", "12,000", 12000,
     "Organisers said 50,000 protesters marched through central Brenska.", "50,000", 50000,
     "protesters", NumberKind::kCount, true},
    {"HundredfoldCountsStayApart",
     "Police said 500 protesters marched through central Brenska on Sunday.", "500", 500,
     "Organisers said 50,000 protesters marched through central Brenska.", "50,000", 50000,
     "protesters", NumberKind::kCount, false},
    {"OpenPlaceFarApartStaysApart",
     "The mill has employed 300 people in Tarnow for decades, the owner said.", "300", 300,
     "The owner of the mill has employed 4,000 people for decades, it said.", "4,000", 4000,
     "people", NumberKind::kCount, false},
};

class MagnitudeGroups : public testing::TestWithParam<MagnitudeCase> {};

TEST_P(MagnitudeGroups, FarApartFiguresAreNoEstimatesOfOneQuantity) {
  const MagnitudeCase& c = GetParam();
  Builder b;
  auto d0 = b.doc("a", c.first_text);
  auto d1 = b.doc("b", c.second_text);
  auto n0 = b.number(d0, c.first_figure, c.first_value, c.unit, Qualifier::kExact, c.kind);
  auto n1 = b.number(d1, c.second_figure, c.second_value, c.unit, Qualifier::kExact, c.kind);
  Analysis& a = b.run();
  const bool joined = a.numbers[n0].group != kNoGroup && a.numbers[n0].group == a.numbers[n1].group;
  EXPECT_EQ(joined, c.joined);
}

INSTANTIATE_TEST_SUITE_P(Cases, MagnitudeGroups, testing::ValuesIn(kMagnitudeCases),
                         [](const testing::TestParamInfo<MagnitudeCase>& i) {
                           return std::string(i.param.name);
                         });

// Two different sums in sentences that follow each other in one article are two things (a
// total and its part); the same sum repeated there is one.
struct AdjacentSumsCase {
  const char* name;
  const char* second_sentence;
  const char* second_figure;
  double second_value;
  bool joined;
};

const AdjacentSumsCase kAdjacentSumsCases[] = {
    {"PartOfATotalStaysApart", "The buyer values the equity of Orlen Mills at £700m.", "£700m",
     700e6, false},
    {"RepeatedSumJoins", "The takeover is worth £900m in cash.", "£900m", 900e6, true},
};

class AdjacentSums : public testing::TestWithParam<AdjacentSumsCase> {};

TEST_P(AdjacentSums, TwoSumsOfOneArticleAreTwoThings) {
  const AdjacentSumsCase& c = GetParam();
  Builder b;
  auto d0 = b.doc("a", std::string("The buyer values Orlen Mills at £900m including debt. ") +
                           c.second_sentence);
  auto d1 = b.doc("b", "The takeover values Orlen Mills at £900m, the buyer said.");
  auto n0 = b.number(d0, "£900m", 900e6, "GBP", Qualifier::kExact, NumberKind::kMoney);
  auto n1 =
      b.number(d0, c.second_figure, c.second_value, "GBP", Qualifier::kExact, NumberKind::kMoney);
  auto n2 = b.number(d1, "£900m", 900e6, "GBP", Qualifier::kExact, NumberKind::kMoney);
  Analysis& a = b.run();
  ASSERT_NE(a.numbers[n0].group, kNoGroup);
  EXPECT_EQ(a.numbers[n0].group, a.numbers[n2].group);
  EXPECT_EQ(a.numbers[n1].group == a.numbers[n0].group, c.joined);
}

INSTANTIATE_TEST_SUITE_P(Cases, AdjacentSums, testing::ValuesIn(kAdjacentSumsCases),
                         [](const testing::TestParamInfo<AdjacentSumsCase>& i) {
                           return std::string(i.param.name);
                         });

// ---- Events ----

// Two dates of one sentence are one range's ends only when a range word or a dash alone lies
// between them; another date of the sentence is a date of its own (its words count for its
// day when the story's words are told from a happening's).
struct RangeEndsCase {
  const char* name;
  const char* sentence;
  const char* first;
  const char* second;
  bool range;
};

const RangeEndsCase kRangeEndsCases[] = {
    {"FromTo", "The Orlen fair ran from May 3 to May 5 this year.", "May 3", "May 5", true},
    {"YearsWithDash", "Varnholm recalled its 2022\u20132025 models.", "2022", "2025", true},
    {"Through", "Tarsk roads close May 3 through May 5, the council said.", "May 3", "May 5", true},
    {"LaterDateOfTheSentence",
     "The Orlen fair ran from May 3 to May 5, and the mayor spoke on May 9.", "May 5", "May 9",
     false},
    {"EventThenStatement", "A storm hit Tarsk late Sunday, the agency said on Monday.", "Sunday",
     "Monday", false},
};

class RangeEnds : public testing::TestWithParam<RangeEndsCase> {};

TEST_P(RangeEnds, OnlyARangesOwnDatesAreItsEnds) {
  const RangeEndsCase& c = GetParam();
  Builder b;
  const uint32_t d = b.doc("a", c.sentence);
  const uint32_t first = b.date(d, c.first, "2025-05-03");
  const uint32_t second = b.date(d, c.second, "2025-05-05");
  EXPECT_EQ(range_ends(b.a, b.a.dates[first], b.a.dates[second]), c.range);
}

INSTANTIATE_TEST_SUITE_P(Cases, RangeEnds, testing::ValuesIn(kRangeEndsCases),
                         [](const testing::TestParamInfo<RangeEndsCase>& i) {
                           return std::string(i.param.name);
                         });

TEST(EventGroups, SameStatementOnDifferentDaysConflicts) {
  Builder b;
  auto d0 = b.doc("a", "Minister Ana Ruiz said on Tuesday that the port would reopen.");
  auto d1 = b.doc("b", "Minister Ana Ruiz said Wednesday that the port would reopen soon.");
  auto t0 = b.date(d0, "Tuesday", "2025-03-11");
  auto t1 = b.date(d1, "Wednesday", "2025-03-12");
  b.source(d0, 0, "Ana Ruiz");
  b.source(d1, 0, "Ana Ruiz");
  Analysis& a = b.run();
  ASSERT_GE(a.dates[t0].group, 0);
  EXPECT_EQ(a.dates[t0].group, a.dates[t1].group);
  EXPECT_TRUE(a.groups[a.dates[t0].group].conflict);
}

TEST(EventGroups, DifferentActorsStayApart) {
  Builder b;
  auto d0 = b.doc("a", "Minister Ana Ruiz said on Tuesday that the port would reopen.");
  auto d1 = b.doc("b", "Mayor Tom Okafor said Wednesday that the port would reopen.");
  auto t0 = b.date(d0, "Tuesday", "2025-03-11");
  auto t1 = b.date(d1, "Wednesday", "2025-03-12");
  b.source(d0, 0, "Ana Ruiz");
  b.source(d1, 0, "Tom Okafor");
  Analysis& a = b.run();
  EXPECT_TRUE(a.dates[t0].group == kNoGroup || a.dates[t0].group != a.dates[t1].group);
}

// A filing is an actor's act: one company's filing told on adjacent days is one act in
// conflict; another company's filing that day is another act.
TEST(EventGroups, OneActorsFilingOnAdjacentDaysConflicts) {
  Builder b;
  auto d0 = b.doc("a", "Norvik Motors filed its defect report with regulators on Monday.");
  auto d1 = b.doc("b", "On March 4, Norvik Motors filed a defect report covering 40,000 vans.");
  auto d2 = b.doc("c", "Halden Foods filed its annual accounts with regulators on Monday.");
  b.entity(d0, "Norvik Motors", EntityType::kOrganization);
  b.entity(d1, "Norvik Motors", EntityType::kOrganization);
  b.entity(d2, "Halden Foods", EntityType::kOrganization);
  auto t0 = b.date(d0, "Monday", "2025-03-03");
  auto t1 = b.date(d1, "March 4", "2025-03-04");
  auto t2 = b.date(d2, "Monday", "2025-03-03");
  Analysis& a = b.run();
  ASSERT_GE(a.dates[t0].group, 0);
  EXPECT_EQ(a.dates[t0].group, a.dates[t1].group);
  EXPECT_TRUE(a.groups[a.dates[t0].group].conflict);
  EXPECT_TRUE(a.dates[t2].group == kNoGroup || a.dates[t2].group != a.dates[t0].group);
}

// The two ends of a range of years share their nearest words; those words still tell which
// years another article's range is of.
TEST(EventGroups, RangesOfTheSameYearsLinkEndByEnd) {
  Builder b;
  auto d0 = b.doc("a",
                  "Regulators in three countries said on the record that the recall covers Corva "
                  "vans from the 2019 to 2023 model years after a long and costly inquiry into "
                  "brake failures and crashes.");
  auto d1 = b.doc("b",
                  "Dealers across the northern region have begun writing to owners, and the "
                  "letters go to Corva vans from the 2019 to 2023 model years first, the company "
                  "told its network of garages.");
  auto a0 = b.date(d0, "2019", "2019");
  auto a1 = b.date(d0, "2023", "2023");
  auto b0 = b.date(d1, "2019", "2019");
  auto b1 = b.date(d1, "2023", "2023");
  Analysis& a = b.run();
  ASSERT_GE(a.dates[a0].group, 0);
  EXPECT_EQ(a.dates[a0].group, a.dates[b0].group);
  EXPECT_EQ(a.dates[a1].group, a.dates[b1].group);
  EXPECT_NE(a.dates[a0].group, a.dates[a1].group);
}

// A part of the year named two ways ("the third quarter", "Q3") is one period; another
// part, or a week, is not.
TEST(EventGroups, OnePartOfTheYearNamedTwoWaysIsOnePeriod) {
  Builder b;
  auto d0 = b.doc("a", "Profit at the miner fell in the third quarter.");
  auto d1 = b.doc("b", "The miner's Q3 profit fell, and Q2 sales rose.");
  auto d2 = b.doc("c", "Talks resume next week, the miner said.");
  auto d3 = b.doc("d", "A strike is planned for next week at the mine.");
  auto d4 = b.doc("e", "The miner lost money in the three months to September.");
  auto d5 = b.doc("f", "Heavy rains flooded the valley roads in September.");
  auto third = b.date(d0, "third quarter", "");
  auto to_september = b.date(d4, "September", "2025-09");
  auto september = b.date(d5, "September", "2025-09");
  auto q3 = b.date(d1, "Q3", "");
  auto q2 = b.date(d1, "Q2", "");
  auto week0 = b.date(d2, "next week", "");
  auto week1 = b.date(d3, "next week", "");
  for (auto [d, from, to] :
       {std::tuple{third, "2025-07-01", "2025-09-30"}, std::tuple{q3, "2025-07-01", "2025-09-30"},
        std::tuple{q2, "2025-04-01", "2025-06-30"}, std::tuple{week0, "2025-03-17", "2025-03-23"},
        std::tuple{week1, "2025-03-17", "2025-03-23"},
        std::tuple{to_september, "2025-07-01", "2025-09-30"}}) {
    b.a.dates[d].range_from = from;
    b.a.dates[d].range_to = to;
  }
  Analysis& a = b.run();
  ASSERT_GE(a.dates[third].group, 0);
  EXPECT_EQ(a.dates[third].group, a.dates[q3].group);
  EXPECT_NE(a.dates[q2].group, a.dates[q3].group);
  EXPECT_TRUE(a.dates[week0].group == kNoGroup || a.dates[week0].group != a.dates[week1].group);
  // "the three months to September" is the third quarter; a September alone is not.
  EXPECT_EQ(a.dates[to_september].group, a.dates[q3].group);
  EXPECT_TRUE(a.dates[september].group == kNoGroup ||
              a.dates[september].group != a.dates[q3].group);
}

TEST(EventGroups, DateInReportedClauseIsNotTheStatement) {
  Builder b;
  auto d0 = b.doc("a", "Ana Ruiz said Tuesday that the ships would arrive by March 20.");
  auto d1 = b.doc("b", "Ana Ruiz said on Tuesday that the port would reopen.");
  auto inner = b.date(d0, "March 20", "2025-03-20");
  auto outer = b.date(d0, "Tuesday", "2025-03-11");
  auto other = b.date(d1, "Tuesday", "2025-03-11");
  b.source(d0, 0, "Ana Ruiz");
  b.source(d1, 0, "Ana Ruiz");
  Analysis& a = b.run();
  EXPECT_EQ(a.dates[outer].group, a.dates[other].group);
  EXPECT_NE(a.dates[inner].group, a.dates[other].group);
  EXPECT_FALSE(a.groups[a.dates[outer].group].conflict);
}

// A deadline in what was said is not the day it was said, even without "that".
struct DeadlineCase {
  const char* name;
  const char* sentence;  // Ruiz says something on a day, or until a day
  const char* date;
  bool statement_day;  // whether the date is the day of the statement
};

class EventDeadlines : public testing::TestWithParam<DeadlineCase> {};

TEST_P(EventDeadlines, OnlyTheStatementDayGroupsWithTheStatement) {
  Builder b;
  const uint32_t d0 = b.doc("a", "Ana Ruiz said on Wednesday that the port would reopen.");
  const uint32_t d1 = b.doc("b", GetParam().sentence);
  const uint32_t said = b.date(d0, "Wednesday", "2025-03-12");
  const uint32_t other = b.date(d1, GetParam().date, "2025-03-13");
  b.source(d0, 0, "Ana Ruiz");
  b.source(d1, 0, "Ana Ruiz");
  Analysis& a = b.run();
  if (GetParam().statement_day) {
    ASSERT_GE(a.dates[said].group, 0);
    EXPECT_EQ(a.dates[said].group, a.dates[other].group);
    EXPECT_TRUE(a.groups[a.dates[said].group].conflict);  // Wednesday vs Thursday
  } else {
    EXPECT_TRUE(a.dates[said].group == kNoGroup || a.dates[said].group != a.dates[other].group);
  }
}

const DeadlineCase kDeadlineCases[] = {
    {"SaidOnADay", "Ana Ruiz said on Thursday the port would reopen.", "Thursday", true},
    {"Until", "Ana Ruiz said the port would stay shut until Thursday.", "Thursday", false},
    {"UntilAtLeast", "Ana Ruiz said the port would stay shut until at least Thursday.", "Thursday",
     false},
    {"By", "Ana Ruiz said the ships would arrive by Thursday.", "Thursday", false},
    {"ByLate", "Ana Ruiz said the ships would arrive by late Thursday.", "Thursday", false},
    // A word between the verb and the day that is no qualifier: still the statement's day.
    {"SaidByPhoneOnADay", "Ana Ruiz said by phone on Thursday the port would reopen.", "Thursday",
     true},
};

INSTANTIATE_TEST_SUITE_P(Cases, EventDeadlines, testing::ValuesIn(kDeadlineCases),
                         testing_support::CaseName());

// "this year" in a story of that year dates nothing within it; a month of the year still
// joins the day it contains.
struct CurrentPeriodCase {
  const char* name;
  const char* coarse_text;
  const char* coarse_date;
  const char* coarse_resolved;
  bool linked;
};

const CurrentPeriodCase kCurrentPeriodCases[] = {
    {"ThisYearJoinsNoDay", "The brewer's shares have risen 12% this year, the brewer said.",
     "this year", "2025", false},
    {"AMonthJoinsItsDay", "The brewer said in May that it would cut 300 jobs.", "May", "2025-05",
     true},
};

class CurrentPeriods : public testing::TestWithParam<CurrentPeriodCase> {};

TEST_P(CurrentPeriods, OnlyADateWithinTheStoryJoinsItsDay) {
  const CurrentPeriodCase& c = GetParam();
  Builder b;
  const uint32_t d0 = b.doc("a", "The brewer said on Tuesday it would cut 300 jobs.");
  const uint32_t d1 = b.doc("b", c.coarse_text);
  b.a.documents[d0].published = "2025-05-14";
  b.a.documents[d1].published = "2025-05-15";
  const uint32_t x = b.date(d0, "Tuesday", "2025-05-13");
  const uint32_t y = b.date(d1, c.coarse_date, c.coarse_resolved);
  b.source(d0, 0, "Brewer");
  b.source(d1, 0, "Brewer");
  Analysis& a = b.run();
  const bool linked = a.dates[x].group != kNoGroup && a.dates[x].group == a.dates[y].group;
  EXPECT_EQ(linked, c.linked);
}

INSTANTIATE_TEST_SUITE_P(Cases, CurrentPeriods, testing::ValuesIn(kCurrentPeriodCases),
                         [](const testing::TestParamInfo<CurrentPeriodCase>& i) {
                           return std::string(i.param.name);
                         });

TEST(EventGroups, DaysFarApartAreDifferentHappenings) {
  Builder b;
  auto d0 = b.doc("a", "Ana Ruiz said on March 2 that talks had begun.");
  auto d1 = b.doc("b", "Ana Ruiz said on March 12 that talks had failed.");
  auto t0 = b.date(d0, "March 2", "2025-03-02");
  auto t1 = b.date(d1, "March 12", "2025-03-12");
  b.source(d0, 0, "Ana Ruiz");
  b.source(d1, 0, "Ana Ruiz");
  Analysis& a = b.run();
  EXPECT_TRUE(a.dates[t0].group == kNoGroup || a.dates[t0].group != a.dates[t1].group);
}

TEST(EventGroups, HappeningReportedByDifferentSourcesOnDifferentDaysConflicts) {
  Builder b;
  auto d0 = b.doc("a",
                  "A fire that broke out on Tuesday night at the Ostra depot forced families out, "
                  "officials said.");
  auto d1 = b.doc("b",
                  "The fire broke out early on Wednesday at the Ostra depot and forced families "
                  "out, police said.");
  auto t0 = b.date(d0, "Tuesday night", "2025-03-11");
  auto t1 = b.date(d1, "Wednesday", "2025-03-12");
  b.source(d0, 0, "officials");
  b.source(d1, 0, "police");
  Analysis& a = b.run();
  ASSERT_GE(a.dates[t0].group, 0);
  EXPECT_EQ(a.dates[t0].group, a.dates[t1].group);
  EXPECT_TRUE(a.groups[a.dates[t0].group].conflict);
}

// A body that meets on one day and is said to have met on another holds one meeting, in
// dispute (read through the whole pipeline: the actor is the sentence's subject).
TEST(EventGroups, MeetsAndMetAreOneMeeting) {
  std::vector<Document> docs = {
      {"a.txt", "The UN Security Council meets on Thursday to discuss the clash.", "2026-12-08"},
      {"b.txt", "The UN Security Council met on Friday to discuss the clash.", "2026-12-12"}};
  Options options;
  const Analysis a = analyze(docs, options);
  ASSERT_EQ(a.dates.size(), 2u);
  ASSERT_GE(a.dates[0].group, 0);
  EXPECT_EQ(a.dates[0].group, a.dates[1].group);
  EXPECT_TRUE(a.groups[a.dates[0].group].conflict);
}

// Two dates in two documents: whether they are one happening. Each case says why.
struct EventPairCase {
  const char* name;
  const char* text_a;
  const char* date_a;
  const char* resolved_a;
  const char* text_b;
  const char* date_b;
  const char* resolved_b;
  const char* source;  // the attributed source of both sentences, or ""
  bool linked;
};

class EventPairs : public testing::TestWithParam<EventPairCase> {};

TEST_P(EventPairs, LinkOnlyTheSameHappening) {
  const EventPairCase& c = GetParam();
  Builder b;
  const uint32_t d0 = b.doc("a", c.text_a);
  const uint32_t d1 = b.doc("b", c.text_b);
  const uint32_t x = b.date(d0, c.date_a, c.resolved_a);
  const uint32_t y = b.date(d1, c.date_b, c.resolved_b);
  if (*c.source) {
    b.source(d0, 0, c.source);
    b.source(d1, 0, c.source);
  }
  Analysis& a = b.run();
  if (c.linked) {
    ASSERT_GE(a.dates[x].group, 0);
    EXPECT_EQ(a.dates[x].group, a.dates[y].group);
    EXPECT_EQ(a.groups[a.dates[x].group].conflict, std::string(c.resolved_a) != c.resolved_b);
  } else {
    EXPECT_TRUE(a.dates[x].group == kNoGroup || a.dates[x].group != a.dates[y].group);
  }
}

const EventPairCase kEventPairCases[] = {
    // Fighting and the first shots of it are one attack.
    {"FightingAndFirstShotsAreOneAttack", "The fighting began late on Sunday near the border.",
     "Sunday", "2026-12-06", "The first shots near the border were fired on Monday.", "Monday",
     "2026-12-07", "", true},
    // A company's first day on a stock market is one happening by any of its names; another
    // company's listing a year before is another.
    {"DebutAndFlotationAreOneListing",
     "Shares in Tovel debuted on the Castell exchange on Tuesday.", "Tuesday", "2026-12-08",
     "Tovel's flotation on Wednesday drew queues of small investors.", "Wednesday", "2026-12-09",
     "", true},
    {"AListingAYearBeforeIsAnother", "Shares in Tovel debuted on the Castell exchange on Tuesday.",
     "Tuesday", "2026-12-08", "Its rival Paxen floated in June 2025 at 14 dalens.", "June 2025",
     "2025-06", "", false},
    // Talks and summits are happenings of several sides, whoever opens them: one day told by
    // one party and another day by another is one happening in dispute.
    {"TalksOpenedByTwoActorsAreOneHappening",
     "Anna Sorel's Harbour Party opened coalition talks with the Greens on Thursday.", "Thursday",
     "2025-05-15", "Coalition talks in Orlen began on Wednesday.", "Wednesday", "2025-05-14", "",
     true},
    // Finding something out is a happening of its own, by any of its verbs; a disclosure is
    // its discloser's act.
    {"DetectedAndDiscoveredAreOneDiscovery",
     "Guards discovered the leak at the Orlen depot on Tuesday.", "Tuesday", "2025-05-13",
     "The leak at the Orlen depot was detected on Wednesday, officials said.", "Wednesday",
     "2025-05-14", "", true},
    {"DiscoveryAndAnAttackStayApart", "Guards discovered the bodies in Orlen on Tuesday.",
     "Tuesday", "2025-05-13", "The attack on Orlen came on Tuesday, officials said.", "Tuesday",
     "2025-05-13", "", false},
    {"DisclosedAndDisclosureAreOneAct", "Norvik Bank disclosed the loss on Monday.", "Monday",
     "2025-05-12", "Norvik Bank's disclosure on Tuesday shocked investors.", "Tuesday",
     "2025-05-13", "Norvik Bank", true},
    {"TalksToReportersAreNoTalks", "The coach talks to reporters in Orlen on Friday.", "Friday",
     "2025-05-16", "Coalition talks in Orlen began on Thursday.", "Thursday", "2025-05-15", "",
     false},
    {"TalksAndAVoteStayApart", "Coalition talks in Orlen began on Thursday.", "Thursday",
     "2025-05-15", "Voters in Orlen went to the polls on Thursday for the election.", "Thursday",
     "2025-05-15", "", false},
    // In an article naming weapons, "hit" and "struck" are attacks; an offset set off by
    // commas ("the day after the shelling") is an aside, and the clause after it is read.
    {"StruckInAWeaponArticleIsAnAttack", "Missiles struck the Tarsk power plant on Sunday.",
     "Sunday", "2025-05-11", "The attack on the city came on Sunday, officials said.", "Sunday",
     "2025-05-11", "", true},
    // A happening's noun beats a striking verb outside a weapon's sentence.
    {"QuakeHitInAnArticleNamingDrones",
     "Rescue teams flew drones over Orlen. The quake hit the town on Monday.", "Monday",
     "2025-05-12", "The earthquake in Orlen came on Monday morning.", "Monday", "2025-05-12", "",
     true},
    {"StruckWithoutWeaponsIsNoAttack", "An earthquake struck the Tarsk power plant on Sunday.",
     "Sunday", "2025-05-11", "The attack on the city came on Sunday, officials said.", "Sunday",
     "2025-05-11", "", false},
    {"OffsetSetOffByCommasIsAnAside",
     "On Sunday, two days after the talks, drones attacked a depot in Tarsk.", "Sunday",
     "2025-05-11", "The drone attack on the depot in Tarsk came on Sunday.", "Sunday", "2025-05-11",
     "", true},
    // Results released are one happening, however the release is told.
    {"ResultsReleasedAreOneHappening",
     "Final results showed on Monday that the Greens had lost seats.", "Monday", "2025-05-12",
     "Officials released the results on Monday, a day late.", "Monday", "2025-05-12", "", true},
    // What follows "two days after" is the day counted from, not the date's happening.
    {"HappeningAfterAnOffsetIsNotTheDates",
     "A 72-hour ceasefire between the armies of Orlen and Varnholm came into force at first "
     "light on Thursday, two days after troops returned fire on the town.",
     "Thursday", "2025-05-15", "The ceasefire in Orlen took effect on Thursday, officials said.",
     "Thursday", "2025-05-15", "", true},
    // In an article that names weapons, a "strike" is an attack: it links an attack told
    // elsewhere, and a walkout in an article without weapons stays a walkout.
    {"MilitaryStrikeIsTheAttack",
     "Missiles and drones hit the city overnight. The strike on May 14 cut power to thousands.",
     "May 14", "2025-05-14", "The attack early on Wednesday lit a large fire.", "Wednesday",
     "2025-05-14", "", true},
    {"WalkoutStrikeIsNoAttack",
     "Dock workers walked out. The strike on May 14 cut power to thousands.", "May 14",
     "2025-05-14", "The attack early on Wednesday lit a large fire.", "Wednesday", "2025-05-14", "",
     false},
    // The same happening told with different words and weekdays links, and conflicts.
    {"FloodOnAdjacentDays", "Flooding swept through the lower valley on Monday night.",
     "Monday night", "2025-05-12", "The floods reached the lower valley early on Tuesday.",
     "Tuesday", "2025-05-13", "", true},
    {"StrikeAndMarchesOnOneDay", "Nurses went on strike across the region on Thursday.", "Thursday",
     "2025-02-06", "Thousands joined marches in the capital on Feb. 6.", "Feb. 6", "2025-02-06", "",
     true},
    // A vote told as a "run-off" and as a "runoff" is one happening.
    {"RunOffSpeltTwoWays", "The two finalists meet in a run-off on March 9.", "March 9",
     "2025-03-09", "A runoff between the pair is set for March 9.", "March 9", "2025-03-09", "",
     true},
    {"ByElectionAndItsVote", "Voters in Kessel go to the polls in a by-election on Thursday.",
     "Thursday", "2025-02-06", "The Kessel vote on Feb. 6 fills a vacant seat.", "Feb. 6",
     "2025-02-06", "", true},
    // A generic verb takes the happening of its subject.
    {"GenericVerbTakesItsSubject", "The blaze that started on Sunday destroyed two barns.",
     "Sunday", "2025-07-20", "Crews said a fire broke out on Sunday near the barns.", "Sunday",
     "2025-07-20", "", true},
    // A possessive date names the happening a few words on.
    {"PossessiveDateNamesAHappeningAFewWordsOn",
     "The toll from Sunday's double ferry collision near Varnholm rose to 31.", "Sunday",
     "2025-07-20", "Two ferries collided near Varnholm on Sunday, the coast guard said.", "Sunday",
     "2025-07-20", "", true},
    // Two different kinds of happening on nearby days stay apart.
    {"DifferentHappeningsOnNearbyDays", "Dock workers held a strike on Monday.", "Monday",
     "2025-04-07", "A warehouse fire broke out on Tuesday at the docks.", "Tuesday", "2025-04-08",
     "", false},
    // The day a happening is reported is not the happening's day.
    {"StatementDayIsNotTheHappeningsDay", "The bridge collapsed on Monday evening.", "Monday",
     "2025-09-01", "The bridge had to be closed, the ministry said on Tuesday.", "Tuesday",
     "2025-09-02", "Transport Ministry", false},
    {"HappeningBesideItsDateWinsOverAStatement",
     "The bridge collapsed on Monday evening, the ministry said.", "Monday", "2025-09-01",
     "Engineers said the span collapsed on Monday after heavy rain.", "Monday", "2025-09-01", "",
     true},
    // A visit to the crash site the next day is not the crash.
    {"VisitToTheSiteIsNotTheHappening", "Two freight trains collided on Friday near the port.",
     "Friday", "2025-06-13", "The minister reached the crash site on Saturday.", "Saturday",
     "2025-06-14", "", false},
    // A date that names its happening keys by it even after a deadline word.
    {"DateNamingItsHappeningAfterSince", "Rents have doubled since the 2019 earthquake.", "2019",
     "2019", "The earthquake destroyed much of the old town in 2019.", "2019", "2019", "", true},
    // An act after "and" belongs to the next clause, not to the date before it.
    {"ActAfterAClauseBreakIsFar",
     "Teachers joined the national walkout this Thursday and have announced a second one.",
     "Thursday", "2025-03-13", "The national walkout was held on Thursday.", "Thursday",
     "2025-03-13", "Teachers Union", true},
    // A bid and a purchase's completion are happenings of business news.
    {"BidInOneMonth", "The insurer turned down a takeover approach from Brixley in March.", "March",
     "2025-03", "Holmfirth said no to a cash bid from Brixley in March.", "March", "2025-03", "",
     true},
    {"CompletionInOneYear", "The sale of Orlen Mills should be completed in 2026.", "2026", "2026",
     "Brixley sees completion of its biggest purchase in 2026.", "2026", "2026", "", true},
    {"BidAndCompletionStayApart", "The brewer made its first approach in March.", "March",
     "2025-03", "The brewer expects the purchase to be completed in May.", "May", "2025-05", "",
     false},
    // A possessive date names an actor's act a few words on, even after "before".
    {"PossessiveDateNamesAnActAfterADeadlineWord",
     "Brixley shares had climbed 9% before Monday's announcement of the purchase.", "Monday",
     "2025-05-12", "Brixley announced the purchase of Orlen Mills on Monday.", "Monday",
     "2025-05-12", "Brixley", true},
    {"DeadlineWordWithoutAPossessiveStaysApart",
     "Brixley shares had climbed 9% before Monday, dealers said.", "Monday", "2025-05-12",
     "Brixley announced the purchase of Orlen Mills on Monday.", "Monday", "2025-05-12", "Brixley",
     false},
    // "as of" stamps a state, not a happening.
    {"AsOfIsNoHappening", "The fire was burning out of control as of Friday.", "Friday",
     "2025-08-15", "The fire broke out on Friday.", "Friday", "2025-08-15", "", false},
    // The words nearest a date say what it is the date of, however different the rest of
    // the sentences: a share price at Friday's close.
    {"NearestWordsNameOneHappening",
     "Brixley offered a premium to the closing share price on Friday, after a rebuffed cash "
     "approach and months of talks with the pension trustees of the insurer.",
     "Friday", "2025-10-10",
     "The terms are 31% above the share price at Friday's close, the board in Leeds said, "
     "adding that they still undervalued its growing overseas business.",
     "Friday", "2025-10-10", "", true},
    {"NearestWordsOfAnotherDayStayApart",
     "Brixley is offering a premium over the closing share price on Friday, its advisers said.",
     "Friday", "2025-10-10",
     "The shares closed sharply lower on Thursday after the insurer warned on profits.", "Thursday",
     "2025-10-09", "", false},
    // A truce's start and an attack are happenings, whoever reports them.
    {"TruceStartTwoWays", "The truce between the two militias took hold at dawn on Friday.",
     "Friday", "2025-08-15", "A ceasefire in the hill district came into force on Friday.",
     "Friday", "2025-08-15", "", true},
    {"ShellingTwoWays", "Artillery pounded the hill villages overnight into Sunday.", "Sunday",
     "2025-08-10", "The barrage on the hill villages on Saturday destroyed a school.", "Saturday",
     "2025-08-09", "", true},
    // An aftershock is a happening of its own, not the quake it follows.
    {"AftershockTwoWays", "A strong tremor rattled the coast on Wednesday morning.",
     "Wednesday morning", "2025-03-12",
     "Seismologists logged 30 aftershocks, including one of magnitude 5.1 on Wednesday morning.",
     "Wednesday morning", "2025-03-12", "", true},
    {"AftershockIsNoQuake", "A strong aftershock rattled the coast on Wednesday.", "Wednesday",
     "2025-03-12", "The earthquake struck the coast late on Tuesday.", "Tuesday", "2025-03-11", "",
     false},
    // A date right after a count's level or change is the day of the count.
    {"CountDayIsNoQuakeDay", "Deaths from the earthquake rose to 417 on Tuesday, officials said.",
     "Tuesday", "2025-03-11", "The earthquake struck the coast on Tuesday.", "Tuesday",
     "2025-03-11", "", false},
    {"CountDaysLink", "Deaths from the earthquake rose to 417 on Tuesday.", "Tuesday", "2025-03-11",
     "The toll reached 612, up from 417 on Tuesday.", "Tuesday", "2025-03-11", "", true},
    // A count is given again every day: the counts of two days are two readings, not one
    // happening told on different days.
    {"CountsOfAdjacentDaysStayApart", "The toll from the floods climbed to 44 on Monday.", "Monday",
     "2025-03-10", "Officials now count 61 dead, up from 52 on Tuesday.", "Tuesday", "2025-03-11",
     "", false},
    // Mourning and funerals are happenings, whoever tells them.
    {"MourningTwoWays", "Three days of national mourning began across the country on Friday.",
     "Friday", "2025-03-14", "Flags flew at half-mast on Saturday as national mourning began.",
     "Saturday", "2025-03-15", "", true},
    {"FuneralTwoWays", "The funeral of the two firefighters will be held on Monday.", "Monday",
     "2025-03-17", "Hundreds are expected at Monday's funeral in the harbour church.", "Monday",
     "2025-03-17", "", true},
    // The day a happening named right before "from" or "since" begins is its date.
    {"MourningFromADay", "The cabinet declared three days of national mourning from Friday.",
     "Friday", "2025-03-14",
     "Flags flew at half-mast on Saturday, the first of three days of national mourning.",
     "Saturday", "2025-03-15", "", true},
    // A rule's or a price's entry into force is a happening of its own, however told; a
    // truce that takes effect stays the truce; "force" alone is no entry into force.
    {"EntryIntoForceTwoWays", "Traders said the new port tariff took effect on Saturday.",
     "Saturday", "2025-03-15", "The tariff, which came into force on Friday, doubled the fees.",
     "Friday", "2025-03-14", "", true},
    {"EntryIntoForceWithEffect", "Fuel duty rises with effect on Monday, dealers said.", "Monday",
     "2025-03-17", "The new charge entered into force on Monday.", "Monday", "2025-03-17", "",
     true},
    {"ForceWithoutIntoIsNoEntryIntoForce", "The new port tariff took effect on Saturday.",
     "Saturday", "2025-03-15", "Police used force on Saturday to clear the quay.", "Saturday",
     "2025-03-15", "", false},
    {"TruceTakingEffectIsTheTruce", "The truce in the hill district took effect on Friday.",
     "Friday", "2025-08-15", "Both militias broke the ceasefire on Friday, monitors said.",
     "Friday", "2025-08-15", "", true},
    // A reopening is a happening, whoever tells it; a storm's landfall is the storm's day; a
    // crackdown on a protest is the protest's day. A happening after a modal after the date
    // ("said on Friday the ferry would resume") is what was said, not the date's.
    {"ReopeningTwoWays", "The reopening of the coast rail line is set for Thursday.", "Thursday",
     "2025-03-13", "The line reopened to trains on Wednesday after repairs.", "Wednesday",
     "2025-03-12", "", true},
    {"ReopenWillTwoWays", "Rail services on the coast line will reopen on Thursday.", "Thursday",
     "2025-03-13", "The line reopened to trains on Wednesday after repairs.", "Wednesday",
     "2025-03-12", "", true},
    {"HappeningAfterAModalIsNotTheDates",
     "Mayor Lena Brandt said on Friday the old quay would reopen.", "Friday", "2025-03-14",
     "Workers reopened the harbour gate on Friday.", "Friday", "2025-03-14", "Lena Brandt", false},
    // Reopenings of two things are two; a crackdown on something else is no protest; police
    // "out in force" is no entry into force.
    {"ReopeningsOfTwoThingsAreTwo", "The airport reopened on Tuesday.", "Tuesday", "2025-03-11",
     "The main highway reopened on Wednesday.", "Wednesday", "2025-03-12", "", false},
    {"CrackdownOnTaxIsNoProtest", "The government announced a crackdown on tax evasion on Monday.",
     "Monday", "2025-03-10", "Thousands marched through the capital on Tuesday.", "Tuesday",
     "2025-03-11", "", false},
    {"OutInForceIsNoEntryIntoForce", "Riot police were out in force on Saturday.", "Saturday",
     "2025-03-15", "The new security law came into force on Friday.", "Friday", "2025-03-14", "",
     false},
    {"ReopeningIsNoProtest", "The schools of the district reopened on Monday.", "Monday",
     "2025-03-10", "Hundreds of farmers marched through the capital on Monday.", "Monday",
     "2025-03-10", "", false},
    {"LandfallTwoWays", "The typhoon made landfall late on Monday near the delta.", "Monday",
     "2025-09-01", "Hundreds had fled inland by the time Ardo came ashore on 1 September.",
     "1 September", "2025-09-01", "", true},
    {"CrackdownOnAProtestDay", "Rights groups say 12 people were killed in Friday's crackdown.",
     "Friday", "2025-05-09", "Thousands of demonstrators filled the main square on Friday.",
     "Friday", "2025-05-09", "", true},
    // Gunfire is an attack, not a blaze; a clash is an attack.
    {"ReturnedFireIsNoBlaze", "Troops returned fire across the river on Monday.", "Monday",
     "2025-08-11", "A fire broke out in the riverside warehouse on Monday.", "Monday", "2025-08-11",
     "", false},
    {"ExchangeOfFireAndClash",
     "Two guards died in an exchange of fire at the border post on Monday.", "Monday", "2025-08-11",
     "A clash at the border post on Sunday left two guards dead.", "Sunday", "2025-08-10", "",
     true},
};

INSTANTIATE_TEST_SUITE_P(Cases, EventPairs, testing::ValuesIn(kEventPairCases),
                         testing_support::CaseName());

// One happening announced ahead, given days apart by two articles, is one happening in
// conflict; told of after the fact, days a week apart are two happenings.
TEST(EventGroups, OneHappeningAheadGivenOnDaysApartConflicts) {
  for (const char* published : {"2025-11-30", "2025-12-28"}) {
    Builder b;
    const uint32_t d0 = b.doc("a", "Tomas Vilder faces Anna Sorel in a runoff on Dec. 13.");
    const uint32_t d1 = b.doc("b", "Vilder is the clear favourite in the runoff on December 20.");
    for (uint32_t d : {d0, d1}) b.a.documents[d].published = published;
    const uint32_t x = b.date(d0, "Dec. 13", "2025-12-13");
    const uint32_t y = b.date(d1, "December 20", "2025-12-20");
    Analysis& a = b.run();
    if (std::string(published) < "2025-12-13") {
      ASSERT_GE(a.dates[x].group, 0);
      EXPECT_EQ(a.dates[x].group, a.dates[y].group);
      EXPECT_TRUE(a.groups[a.dates[x].group].conflict);
    } else {
      EXPECT_TRUE(a.dates[x].group == kNoGroup || a.dates[x].group != a.dates[y].group);
    }
  }
}

// A day ahead named by two articles is one thing scheduled when one of them names what is
// scheduled, or when their nearest words share one; a past day is not joined by that alone,
// nor are two plans of one day that say nothing in common.
TEST(EventGroups, OneDayAheadNamedByTwoArticlesIsOneScheduledThing) {
  struct Row {
    const char* first;
    const char* second;
    const char* published;
    bool linked;
  };
  const Row rows[] = {
      {"Tomas Vilder faces Anna Sorel in a runoff on Dec. 13.",
       "The two will meet again on 13 December.", "2025-11-30", true},
      {"Tomas Vilder faces Anna Sorel in a runoff on Dec. 13.",
       "The two will meet again on 13 December.", "2025-12-20", false},
      {"The Orlen assembly will hold an emergency session on Dec. 13.",
       "An assessment mission of eight staff is planned for 13 December.", "2025-11-30", false},
      // A keyless day ahead read as a statement, sharing no near word with a keyed one, is
      // another plan of that day: nothing is said on a day to come.
      {"Tomas Vilder faces Anna Sorel in a runoff on Dec. 13.",
       "Aid convoys will reach the border on 13 December, the agency said.", "2025-11-30", false},
  };
  for (const Row& row : rows) {
    Builder b;
    const uint32_t d0 = b.doc("a", row.first);
    const uint32_t d1 = b.doc("b", row.second);
    for (uint32_t d : {d0, d1}) b.a.documents[d].published = row.published;
    const uint32_t x = b.date(d0, "Dec. 13", "2025-12-13");
    const uint32_t y = b.date(d1, "13 December", "2025-12-13");
    Analysis& a = b.run();
    if (row.linked) {
      ASSERT_GE(a.dates[x].group, 0) << row.first;
      EXPECT_EQ(a.dates[x].group, a.dates[y].group) << row.first;
    } else {
      EXPECT_TRUE(a.dates[x].group == kNoGroup || a.dates[x].group != a.dates[y].group)
          << row.first << " / " << row.published;
    }
  }
}

// The words of the story itself (those near dates of different days) are near every date
// of the story: sharing them does not make two dates of one day one happening.
TEST(EventGroups, StoryWordsNearDatesOfSeveralDaysDoNotLinkThem) {
  Builder b;
  const uint32_t d0 = b.doc("a",
                            "The Castellmar harbour authority reopened the north quay on Monday.\n"
                            "Divers inspected the Castellmar harbour wall on Tuesday after the "
                            "storm surge.\n");
  const uint32_t d1 = b.doc("b",
                            "Ferries returned to Castellmar harbour on Monday morning.\n"
                            "On Tuesday the Castellmar harbour authority named a new director "
                            "for the port.\n");
  b.date(d0, "Monday", "2025-11-03");
  const uint32_t divers = b.date(d0, "Tuesday", "2025-11-04");
  b.date(d1, "Monday morning", "2025-11-03");
  const uint32_t director = b.date(d1, "Tuesday", "2025-11-04");
  Analysis& a = b.run();
  EXPECT_TRUE(a.dates[divers].group == kNoGroup ||
              a.dates[divers].group != a.dates[director].group);
}

// An article that names two nearby days for one kind of happening says they are two
// happenings: the day either side does not merge them.
TEST(EventGroups, AnArticleNamingBothDaysKeepsThemApart) {
  Builder b;
  auto d0 = b.doc("a",
                  "The first protest took place on Monday. A second protest took place on "
                  "Tuesday.");
  auto d1 = b.doc("b", "Protesters marched through the centre on Tuesday.");
  auto d2 = b.doc("c", "Hundreds of protesters gathered for a protest on Tuesday.");
  auto monday = b.date(d0, "Monday", "2025-10-06");
  auto tuesday = b.date(d0, "Tuesday", "2025-10-07");
  auto other = b.date(d1, "Tuesday", "2025-10-07");
  auto third = b.date(d2, "Tuesday", "2025-10-07");
  Analysis& a = b.run();
  ASSERT_GE(a.dates[other].group, 0);
  EXPECT_EQ(a.dates[tuesday].group, a.dates[other].group);
  EXPECT_EQ(a.dates[third].group, a.dates[other].group);
  EXPECT_TRUE(a.dates[monday].group == kNoGroup || a.dates[monday].group != a.dates[other].group);
}

// ---- Utterances ----

TEST(UtteranceGroups, VariantsWithContractionsAndHyphensAreOneUtterance) {
  Builder b;
  auto d0 = b.doc("a",
                  "\xE2\x80\x9CIf they\xE2\x80\x99re co-owners, that is a very serious "
                  "issue,\xE2\x80\x9D Ruiz said.");
  auto d1 = b.doc("b",
                  "\xE2\x80\x9CIf they are coowners, that is a very, very serious "
                  "issue,\xE2\x80\x9D she said.");
  auto q0 =
      b.quote(d0, "If they\xE2\x80\x99re co-owners, that is a very serious issue,", "Ana Ruiz");
  auto q1 = b.quote(d1, "If they are coowners, that is a very, very serious issue,", "Ana Ruiz");
  Analysis& a = b.run();
  ASSERT_EQ(a.quotes[q0].groups.size(), 1u);
  ASSERT_EQ(a.quotes[q1].groups, a.quotes[q0].groups);
  const Group& g = a.groups[a.quotes[q0].groups[0]];
  EXPECT_TRUE(g.conflict);  // "very" vs "very, very": the wording differs
  EXPECT_FALSE(g.attribution_conflict);
  ASSERT_EQ(g.diffs.size(), 2u);
}

// Identical segments are blocked through two members of a class; the groups must be
// those of comparing every pair.
TEST(UtteranceGroups, WireCopiesAndAVariantFromTheirDocumentsAreOneUtterance) {
  const std::string quote = "We will rebuild the harbour wall before winter";
  const std::string variant = "We will rebuild the harbour wall before the winter";
  Builder b;
  std::vector<uint32_t> quotes;
  for (const char* id : {"a", "b", "c", "d"}) {
    // The first document also holds a variant: it can only meet the copies of the others.
    const std::string extra =
        std::string(id) == "a" ? " Later: \u201c" + variant + ",\u201d she said." : "";
    const uint32_t d = b.doc(id, "\u201c" + quote + ",\u201d Ruiz said." + extra);
    quotes.push_back(b.quote(d, quote, "Ana Ruiz"));
  }
  const uint32_t v = b.quote(0, variant, "Ana Ruiz");
  Analysis& a = b.run();
  ASSERT_EQ(a.quotes[v].groups.size(), 1u);
  for (uint32_t q : quotes) EXPECT_EQ(a.quotes[q].groups, a.quotes[v].groups);
  EXPECT_EQ(a.groups[a.quotes[v].groups[0]].documents, 4u);
}

// Two identical quotes within one document are not an utterance of several documents,
// but a variant in another document joins both.
TEST(UtteranceGroups, RepeatsWithinOneDocumentJoinThroughAnotherDocument) {
  const std::string quote = "We will rebuild the harbour wall before winter";
  Builder b;
  const uint32_t d0 =
      b.doc("a", "\u201c" + quote + ",\u201d Ruiz said. Again: \u201c" + quote + ".\u201d");
  const uint32_t q0 = b.quote(d0, quote + ",", "Ana Ruiz");
  QuoteMention second = b.a.quotes[q0];
  second.span = b.find(d0, quote, 1);
  b.a.quotes.push_back(second);
  Builder alone = b;
  Analysis& single = alone.run();
  for (const QuoteMention& q : single.quotes) EXPECT_TRUE(q.groups.empty());

  const uint32_t d1 =
      b.doc("b", "\u201cWe will rebuild the harbour wall before the winter,\u201d she said.");
  const uint32_t q2 = b.quote(d1, "We will rebuild the harbour wall before the winter", "Ana Ruiz");
  Analysis& a = b.run();
  ASSERT_EQ(a.quotes[q2].groups.size(), 1u);
  EXPECT_EQ(a.quotes[q0].groups, a.quotes[q2].groups);
  EXPECT_EQ(a.quotes[q0 + 1].groups, a.quotes[q2].groups);
}

// A two-word partial quote held by two utterances of its speaker goes with the one more
// documents report.
TEST(UtteranceGroups, PartialQuoteJoinsTheUtteranceMostDocumentsHold) {
  const std::string common = "The damage is very serious for the fishing fleet";
  const std::string rare = "The weather is very serious business out at sea";
  // `common_reports` documents quote the first utterance, two the second, one quotes
  // "very serious" alone.
  struct Quotes {
    uint32_t common = 0, rare = 0, partial = 0;
  };
  auto build = [&](Builder& b, int common_reports) {
    Quotes q;
    for (int k = 0; k < common_reports; ++k) {
      const uint32_t d =
          b.doc("common" + std::to_string(k), "\u201c" + common + ",\u201d Ruiz said.");
      q.common = b.quote(d, common, "Ana Ruiz");
    }
    for (int k = 0; k < 2; ++k) {
      const uint32_t d = b.doc("rare" + std::to_string(k), "\u201c" + rare + ",\u201d Ruiz said.");
      q.rare = b.quote(d, rare, "Ana Ruiz");
    }
    const uint32_t d = b.doc("partial", "Ruiz called it \u201cvery serious\u201d on Monday.");
    q.partial = b.quote(d, "very serious", "Ana Ruiz");
    return q;
  };
  {
    Builder b;
    const Quotes q = build(b, 3);
    Analysis& a = b.run();
    ASSERT_EQ(a.quotes[q.common].groups.size(), 1u);
    ASSERT_EQ(a.quotes[q.rare].groups.size(), 1u);
    ASSERT_NE(a.quotes[q.common].groups, a.quotes[q.rare].groups);
    EXPECT_EQ(a.quotes[q.partial].groups, a.quotes[q.common].groups);
  }
  {
    // Two documents each: a tie, so the partial quote joins both.
    Builder b;
    const Quotes q = build(b, 2);
    Analysis& a = b.run();
    EXPECT_EQ(a.quotes[q.partial].groups.size(), 2u);
  }
}

// The same partial quote in several documents: each counts the documents other than its
// own, so one in a document that also reports the common utterance sees a tie.
TEST(UtteranceGroups, RepeatedPartialQuoteCountsOtherDocumentsOnly) {
  const std::string common = "The damage is very serious for the fishing fleet";
  const std::string rare = "The weather is very serious business out at sea";
  const std::string partial = "Ruiz called it \u201cvery serious\u201d on Monday. ";
  Builder b;
  uint32_t common_quote = 0, rare_quote = 0;
  // The first document holds the partial quote too (before its common one).
  const uint32_t own = b.doc("common0", partial + "\u201c" + common + ",\u201d Ruiz said.");
  const uint32_t partial_beside = b.quote(own, "very serious", "Ana Ruiz");
  for (int k = 0; k < 3; ++k) {
    const uint32_t d =
        k == 0 ? own
               : b.doc("common" + std::to_string(k), "\u201c" + common + ",\u201d Ruiz said.");
    common_quote = b.quote(d, common, "Ana Ruiz");
  }
  for (int k = 0; k < 2; ++k) {
    const uint32_t d = b.doc("rare" + std::to_string(k), "\u201c" + rare + ",\u201d Ruiz said.");
    rare_quote = b.quote(d, rare, "Ana Ruiz");
  }
  const uint32_t alone = b.doc("partial", partial);
  const uint32_t partial_alone = b.quote(alone, "very serious", "Ana Ruiz");
  Analysis& a = b.run();
  ASSERT_EQ(a.quotes[common_quote].groups.size(), 1u);
  ASSERT_EQ(a.quotes[rare_quote].groups.size(), 1u);
  // Beside the common utterance: two other documents each, a tie.
  EXPECT_EQ(a.quotes[partial_beside].groups.size(), 2u);
  // Alone: three documents against two.
  EXPECT_EQ(a.quotes[partial_alone].groups, a.quotes[common_quote].groups);
}

// Two-word partial quotes that no longer quote holds: the same speaker's same two words in
// two documents are one utterance, and a one-word fragment of them joins it; another
// speaker's same words, or two in one document only, stay apart.
struct ShortRepeatRow {
  const char* name;
  const char* speaker_b;  // the speaker of the second document's quote
  bool same_document;     // both quotes in one document
  bool joined;
};

class ShortRepeats : public testing::TestWithParam<ShortRepeatRow> {};

TEST_P(ShortRepeats, SameSpeakerSameTwoWordsAcrossDocuments) {
  const ShortRepeatRow& row = GetParam();
  Builder b;
  const std::string first = "Ruiz warned the toll would rise \u201cvery sharply\u201d overnight.";
  const std::string second = "Losses will climb \u201cvery sharply,\u201d Ruiz told reporters.";
  const uint32_t d0 = b.doc("a", row.same_document ? first + " " + second : first);
  const uint32_t d1 = row.same_document ? d0 : b.doc("b", second);
  const uint32_t q0 = b.quote(d0, "very sharply", "Ana Ruiz");
  const uint32_t q1 = b.quote(d1, "very sharply,", row.speaker_b);
  const uint32_t d2 = b.doc("c", "The harbour master said prices rose \u201csharply\u201d.");
  const uint32_t q2 = b.quote(d2, "sharply", "Ana Ruiz");
  Analysis& a = b.run();
  if (!row.joined) {
    EXPECT_TRUE(a.quotes[q0].groups.empty());
    EXPECT_TRUE(a.quotes[q2].groups.empty());
    return;
  }
  ASSERT_EQ(a.quotes[q0].groups.size(), 1u);
  EXPECT_EQ(a.quotes[q1].groups, a.quotes[q0].groups);
  EXPECT_EQ(a.quotes[q2].groups, a.quotes[q0].groups);
  EXPECT_FALSE(a.groups[a.quotes[q0].groups[0]].conflict);
}

const ShortRepeatRow kShortRepeatRows[] = {
    {"SameSpeakerTwoDocuments", "Ana Ruiz", false, true},
    {"OtherSpeaker", "Tom Okafor", false, false},
    {"OneDocumentOnly", "Ana Ruiz", true, false},
};

INSTANTIATE_TEST_SUITE_P(Rows, ShortRepeats, testing::ValuesIn(kShortRepeatRows),
                         testing_support::CaseName());

// A long quote only one document reports is still the utterance a partial quote of the same
// speaker in another document comes from (a one- or two-word fragment included); another
// speaker's fragment, or one in the same document, stays apart.
struct PartialOfSingleRow {
  const char* name;
  const char* partial_speaker;
  bool same_document;
  bool joined;
};

class PartialOfSingle : public testing::TestWithParam<PartialOfSingleRow> {};

TEST_P(PartialOfSingle, JoinsTheUtteranceItComesFrom) {
  const PartialOfSingleRow& row = GetParam();
  Builder b;
  const std::string whole =
      "\u201cThe second vote will be a formality,\u201d Varga told supporters in Ostra.";
  const std::string partial = "Varga called the second vote \u201ca formality\u201d.";
  const uint32_t d0 = b.doc("a", row.same_document ? whole + " " + partial : whole);
  const uint32_t d1 = row.same_document ? d0 : b.doc("b", partial);
  const uint32_t q0 = b.quote(d0, "The second vote will be a formality,", "Lena Varga");
  const uint32_t q1 = b.quote(d1, "a formality", row.partial_speaker);
  Analysis& a = b.run();
  if (!row.joined) {
    EXPECT_TRUE(a.quotes[q0].groups.empty());
    EXPECT_TRUE(a.quotes[q1].groups.empty());
    return;
  }
  ASSERT_EQ(a.quotes[q0].groups.size(), 1u);
  EXPECT_EQ(a.quotes[q1].groups, a.quotes[q0].groups);
  EXPECT_FALSE(a.groups[a.quotes[q0].groups[0]].conflict);
}

const PartialOfSingleRow kPartialOfSingleRows[] = {
    {"SameSpeakerOtherDocument", "Lena Varga", false, true},
    {"OtherSpeaker", "Tom Okafor", false, false},
    {"SameDocument", "Lena Varga", true, false},
};

INSTANTIATE_TEST_SUITE_P(Rows, PartialOfSingle, testing::ValuesIn(kPartialOfSingleRows),
                         testing_support::CaseName());

// A short quote (under six words) joins another only word for word, unless the same
// speaker is given both and most of the words agree: a reworded short quote is a wording
// variant. Another speaker's reworded words, or a different short sentence, stay apart.
struct ShortRewordingRow {
  const char* name;
  const char* quote_a;
  const char* quote_b;
  const char* speaker_b;
  bool joined;
};

class ShortRewordings : public testing::TestWithParam<ShortRewordingRow> {};

TEST_P(ShortRewordings, JoinOnlyTheSameSpeakersRewording) {
  const ShortRewordingRow& row = GetParam();
  Builder b;
  const uint32_t d0 = b.doc("a", std::string("\u201c") + row.quote_a + ",\u201d Varga said.");
  const uint32_t d1 =
      b.doc("b", std::string("\u201c") + row.quote_b + ",\u201d she told the crowd in Ostra.");
  const uint32_t q0 = b.quote(d0, std::string(row.quote_a) + ",", "Lena Varga");
  const uint32_t q1 = b.quote(d1, std::string(row.quote_b) + ",", row.speaker_b);
  Analysis& a = b.run();
  if (!row.joined) {
    EXPECT_TRUE(a.quotes[q0].groups.empty() || a.quotes[q0].groups != a.quotes[q1].groups);
    return;
  }
  ASSERT_EQ(a.quotes[q0].groups.size(), 1u);
  EXPECT_EQ(a.quotes[q1].groups, a.quotes[q0].groups);
  EXPECT_TRUE(a.groups[a.quotes[q0].groups[0]].conflict) << "a wording variant";
}

const ShortRewordingRow kShortRewordingRows[] = {
    {"SameSpeakerReworded", "This count is not over", "This count is far from over", "Lena Varga",
     true},
    {"OtherSpeakerReworded", "This count is not over", "This count is far from over", "Tom Okafor",
     false},
    {"SameSpeakerOtherSentence", "We will not give up", "We will not back down", "Lena Varga",
     false},
};

INSTANTIATE_TEST_SUITE_P(Rows, ShortRewordings, testing::ValuesIn(kShortRewordingRows),
                         testing_support::CaseName());

TEST(UtteranceGroups, PartialQuoteIsNoWordingConflict) {
  Builder b;
  auto d0 = b.doc(
      "a", "\xE2\x80\x9CWe will rebuild the harbour wall before winter,\xE2\x80\x9D Ruiz said.");
  auto d1 = b.doc("b", "Ruiz promised to \xE2\x80\x9Crebuild the harbour wall\xE2\x80\x9D soon.");
  auto q0 = b.quote(d0, "We will rebuild the harbour wall before winter,", "Ana Ruiz");
  auto q1 = b.quote(d1, "rebuild the harbour wall", "Ana Ruiz");
  Analysis& a = b.run();
  ASSERT_EQ(a.quotes[q0].groups.size(), 1u);
  ASSERT_EQ(a.quotes[q1].groups, a.quotes[q0].groups);
  EXPECT_FALSE(a.groups[a.quotes[q0].groups[0]].conflict);
}

TEST(UtteranceGroups, SameWordsDifferentSpeakersIsAttributionConflict) {
  Builder b;
  auto d0 = b.doc("a", "\xE2\x80\x9CThe bridge is not safe for lorries,\xE2\x80\x9D Ruiz said.");
  auto d1 = b.doc("b", "\xE2\x80\x9CThe bridge is not safe for lorries,\xE2\x80\x9D Okafor said.");
  auto q0 = b.quote(d0, "The bridge is not safe for lorries,", "Ana Ruiz");
  b.quote(d1, "The bridge is not safe for lorries,", "Tom Okafor");
  Analysis& a = b.run();
  ASSERT_EQ(a.quotes[q0].groups.size(), 1u);
  const Group& g = a.groups[a.quotes[q0].groups[0]];
  EXPECT_TRUE(g.attribution_conflict);
  EXPECT_TRUE(g.conflict);
}

TEST(UtteranceGroups, NumberWordAndDigitsAreTheSameWords) {
  Builder b;
  auto d0 = b.doc("a", "The union counted \xE2\x80\x9Cmore than 2 million\xE2\x80\x9D marchers.");
  auto d1 = b.doc("b", "The union counted \xE2\x80\x9Cmore than two million\xE2\x80\x9D marchers.");
  auto q0 = b.quote(d0, "more than 2 million", "Dock Union");
  auto q1 = b.quote(d1, "more than two million", "Dock Union");
  Analysis& a = b.run();
  ASSERT_EQ(a.quotes[q0].groups.size(), 1u);
  EXPECT_EQ(a.quotes[q1].groups, a.quotes[q0].groups);
  EXPECT_FALSE(a.groups[a.quotes[q0].groups[0]].conflict);
}

TEST(UtteranceGroups, DifferentWordsStayApart) {
  Builder b;
  auto d0 = b.doc("a", "\xE2\x80\x9CThe bridge is not safe for lorries,\xE2\x80\x9D Ruiz said.");
  auto d1 =
      b.doc("b", "\xE2\x80\x9CWe expect the port to reopen next week,\xE2\x80\x9D Okafor said.");
  auto q0 = b.quote(d0, "The bridge is not safe for lorries,", "Ana Ruiz");
  b.quote(d1, "We expect the port to reopen next week,", "Tom Okafor");
  Analysis& a = b.run();
  EXPECT_TRUE(a.quotes[q0].groups.empty());
}

// ---- Claims and copies ----

TEST(ClaimGroups, SameFactAcrossDocumentsIsSupportedByBoth) {
  Builder b;
  b.doc("a",
        "Harbour Minister Ana Ruiz confirmed that the Castellmar ferry terminal will close for "
        "repairs.\n"
        "Fishermen in the Ostra bay reported record catches of sardines this spring.");
  b.doc("b",
        "Harbour Minister Ana Ruiz has confirmed the Castellmar ferry terminal is closing for "
        "repairs.\n"
        "Tourism officials in Valdoria expect a busy summer along the southern beaches.");
  Analysis& a = b.run();
  ASSERT_GE(a.claims.size(), 3u);
  EXPECT_GE(a.claims[0].group, 0);
  EXPECT_EQ(a.claims[0].support, 2u);
  // The unrelated sentences are single-source claims.
  for (const ClaimMention& c : a.claims) {
    if (c.sentence == 1) {
      EXPECT_EQ(c.support, 1u);
    }
  }
}

// Two outlets frame one quote differently: besides the quoted words the sentences share
// too few content words to align, but the shared quote makes them one claim.
TEST(ClaimGroups, SentencesQuotingTheSameWordsAreOneClaim) {
  Builder b;
  const uint32_t d0 = b.doc("a",
                            "After a tour of the flooded Castellmar quayside, the mayor warned: "
                            "\u201cWe will stay shut for now.\u201d\n");
  const uint32_t d1 = b.doc("b",
                            "\u201cWe will stay shut for now,\u201d Okafor told Norvania Radio in "
                            "an interview on Monday.\n");
  b.quote(d0, "We will stay shut for now.", "Tom Okafor");
  b.quote(d1, "We will stay shut for now,", "Tom Okafor");
  Analysis& a = b.run();
  ASSERT_EQ(a.claims.size(), 2u);
  EXPECT_GE(a.claims[0].group, 0);
  EXPECT_EQ(a.claims[0].group, a.claims[1].group);
  EXPECT_EQ(a.claims[0].support, 2u);
}

// Two outlets give one evacuation figure in different words: the sentences share too few
// words to align on their own, but their figures were found to count one quantity, so they
// state one claim (the figures' conflict is then one claim's two versions). With figures
// of different things (residents, homes) the same words stay apart.
struct FactClaimRow {
  const char* unit_b;
  bool one_claim;
};
class FactClaims : public ::testing::TestWithParam<FactClaimRow> {};

TEST_P(FactClaims, SentencesWithOneQuantityAreOneClaim) {
  Builder b;
  const uint32_t d0 = b.doc("a",
                            "Port officials said 3,000 residents were evacuated from Castellmar "
                            "before the storm reached the coast.\n");
  const std::string noun = GetParam().unit_b;
  const uint32_t d1 = b.doc("b", "The mayor's office put the number of Castellmar " + noun +
                                     " evacuated at 2,800 on Monday.\n");
  const uint32_t n0 = b.number(d0, "3,000", 3000, "residents");
  const uint32_t n1 = b.number(d1, "2,800", 2800, noun);
  Analysis& a = b.run();
  ASSERT_EQ(a.claims.size(), 2u);
  ASSERT_EQ(a.numbers[n0].group >= 0 && a.numbers[n0].group == a.numbers[n1].group,
            GetParam().one_claim)
      << "the figures' grouping is this test's premise";
  EXPECT_EQ(a.claims[0].group >= 0 && a.claims[0].group == a.claims[1].group, GetParam().one_claim);
}

INSTANTIATE_TEST_SUITE_P(ClaimGroups, FactClaims,
                         ::testing::Values(FactClaimRow{"residents", true},
                                           FactClaimRow{"homes", false}));

// Entities are found in text order, but the cursor must also cope with any other order.
TEST(EntitySentences, AgreeWithSentenceAtInAnyOrder) {
  Builder b;
  b.doc("a", "Ruiz spoke. Okafor listened. Ruiz left.");
  b.doc("b", "");
  b.doc("c", "Castellmar woke. Ostra slept.");
  const std::vector<std::pair<uint32_t, std::string>> found = {
      {0, "Okafor"}, {0, "Ruiz"}, {2, "Ostra"}, {0, "Ruiz"}, {2, "Castellmar"}, {0, "left"}};
  std::vector<int> occurrence(3, 0);
  for (const auto& [doc, text] : found) {
    EntityMention e;
    e.doc = doc;
    e.span = b.find(doc, text, text == "Ruiz" ? occurrence[doc]++ : 0);
    b.a.entities.push_back(e);
  }
  EntityMention none;
  none.doc = 1;
  b.a.entities.push_back(none);
  const std::vector<uint32_t> sentences = entity_sentences(b.a);
  ASSERT_EQ(sentences.size(), b.a.entities.size());
  for (size_t i = 0; i + 1 < sentences.size(); ++i) {
    const EntityMention& e = b.a.entities[i];
    EXPECT_EQ(sentences[i], b.a.documents[e.doc].text.sentence_at(e.span.begin)) << "entity " << i;
  }
  EXPECT_EQ(sentences.back(), kNoSentence);
}

// Former bugs.

// Grouping an analysis a second time appended claims to the first run's and read past
// the end of its own tables.
TEST(BuildGroups, GroupingTwiceGivesTheSameAnalysis) {
  Builder b;
  const uint32_t d0 = b.doc(
      "a",
      "\u201cWe will rebuild the harbour wall before winter,\u201d Mayor Ana Ruiz said on Monday.");
  const uint32_t d1 = b.doc(
      "b",
      "\u201cWe will rebuild the harbour wall before winter,\u201d Ruiz told Castellmar Radio.");
  b.quote(d0, "We will rebuild the harbour wall before winter,", "Ana Ruiz");
  b.quote(d1, "We will rebuild the harbour wall before winter,", "Ana Ruiz");
  b.number(d0, "Monday", 1, "");
  Analysis& first = b.run();
  const std::string once = to_json(first, OffsetUnit::kByte);
  Analysis& second = b.run();
  EXPECT_EQ(to_json(second, OffsetUnit::kByte), once);
}

TEST(ClaimGroups, CopiedDocumentsCountOnce) {
  const std::string wire =
      "Floodwater reached the second floor of the Castellmar town hall late on Monday evening.\n"
      "Emergency crews evacuated the residents of three streets near the swollen Ostra river.\n"
      "The regional weather service warned that heavy rain would continue until Thursday "
      "morning.\n";
  Builder b;
  b.doc("a", wire);
  b.doc("b", wire + "Local shops on the square stayed closed for a second day in a row.\n");
  b.doc("c",
        "Floodwater reached the Castellmar town hall on Monday, officials in the region said.\n");
  Analysis& a = b.run();
  ASSERT_EQ(a.copies.size(), 1u);
  EXPECT_EQ(a.copies[0].shared_sentences, 3u);
  // The town-hall claim is in all three documents, but a and b are one source.
  EXPECT_EQ(a.claims[0].support, 2u);
}

// ---- Words ----

struct WordsCase {
  const char* name;
  const char* input;
  std::vector<std::string> expected;
};

class ComparableWords : public testing::TestWithParam<WordsCase> {};

TEST_P(ComparableWords, Normalised) {
  EXPECT_EQ(comparable_words(GetParam().input), GetParam().expected);
}

const WordsCase kWordsCases[] = {
    {"Contraction", "They\xE2\x80\x99re here", {"they", "are", "here"}},
    {"StraightContraction", "didn't go", {"did", "not", "go"}},
    {"Hyphen", "co-belligerents", {"cobelligerents"}},
    {"Possessive", "Russia\xE2\x80\x99s war", {"russia", "war"}},
    {"Punctuation", "What, exactly?", {"what", "exactly"}},
    {"Ellipsis", "gone to\xE2\x80\xA6 Russia", {"gone", "to", "russia"}},
    {"CurlyQuotes", "\xE2\x80\x9CYes\xE2\x80\x9D", {"yes"}},
    {"Numbers", "1,500 troops", {"1", "500", "troops"}},
    // Characters folded one by one on the way (the splitter folds and splits in one pass).
    {"EmDashJoins", "well\xE2\x80\x94Known", {"wellknown"}},
    {"NonBreakingHyphenJoins", "state\xE2\x80\x91run", {"staterun"}},
    {"DashBeforeNonLetter", "troops \xE2\x80\x94 \xE2\x80\x9Cnow\xE2\x80\x9D", {"troops", "now"}},
    {"HyphenBeforeAccent", "pro-\xC3\x89tat", {"pro", "\xC3\xA9tat"}},
    {"AccentedCapitalFolded",
     "\xC3\x89"
     "COLE Fran\xC3\xA7"
     "aise",
     {"\xC3\xA9"
      "cole",
      "fran\xC3\xA7"
      "aise"}},
    {"NoBreakSpaceSplits",
     "12\xC2\xA0"
     "000 people",
     {"12", "000", "people"}},
    {"TrailingApostrophes", "the soldiers\xE2\x80\x99 families", {"the", "soldiers", "families"}},
    {"CurlyContractionCapital", "WE\xE2\x80\x99VE left", {"we", "have", "left"}},
    {"OnlyPunctuation", "\xE2\x80\x94 ... \xE2\x80\x9C\xE2\x80\x9D", {}},
};

// One splitter reused across texts (as the compare stage does) gives each text's words.
// ---- Candidate pairs ----

// within_edits answers as the whole edit distance does, for every bound.
TEST(WithinEdits, AgreesWithTheEditDistance) {
  const std::vector<std::string> words = {
      "", "a", "ilyenko", "ilienko", "ilenko", "kestrov", "kestrova", "kastrov", "zelensky",
      "zelenskyy", "abcdef", "fedcba", std::string(70, 'x'), std::string(68, 'x') + "yz",
      // Either side of one machine word (64 letters).
      std::string(64, 'x'), std::string(63, 'x') + "y", "y" + std::string(64, 'x')};
  for (const std::string& a : words)
    for (const std::string& b : words)
      for (size_t k = 0; k <= 4; ++k)
        EXPECT_EQ(within_edits(a, b, k), edit_distance(a, b) <= k) << a << " / " << b << " " << k;
}

// Items as word sets; `list` numbers the stored lists, so items of one list share an
// address (mentions of one sentence), items of different lists only their content.
struct CandidatePairsCase {
  std::string name;
  std::vector<std::vector<WordId>> lists;
  std::vector<uint32_t> list_of_item;
  std::vector<uint32_t> doc_of_item;
  bool same_document;
  std::vector<std::pair<uint32_t, uint32_t>> expected;
};

const CandidatePairsCase kCandidatePairsCases[] = {
    {"SharedWordPairsAcrossDocuments", {{1, 2}, {2, 3}}, {0, 1}, {0, 1}, false, {{0, 1}}},
    {"NoSharedWordNoPair", {{1, 2}, {3, 4}}, {0, 1}, {0, 1}, false, {}},
    {"SameDocumentOnlyWhenAsked", {{1, 2}, {2, 3}}, {0, 1}, {0, 0}, false, {}},
    {"SameDocumentWhenAsked", {{1, 2}, {2, 3}}, {0, 1}, {0, 0}, true, {{0, 1}}},
    {"IdenticalContentJoinsTheFirst",
     {{1, 2}, {1, 2}},
     {0, 1, 1},
     {0, 1, 2},
     false,
     {{0, 1}, {0, 2}}},
    {"SharedListJoinsTheFirstOfItsAddress",
     {{1, 2}},
     {0, 0, 0},
     {0, 1, 2},
     false,
     {{0, 1}, {0, 2}}},
    {"EqualItemBesideTheFirstJoinsTheFirstElsewhere",
     {{1, 2}},
     {0, 0, 0, 0},
     {0, 0, 1, 1},
     false,
     {{0, 2}, {0, 3}, {1, 2}}},
    {"EqualItemBesideTheFirstAndNoneElsewhereJoinsNone", {{1, 2}}, {0, 0}, {0, 0}, false, {}},
    {"PairSharingSeveralWordsComesOnce",
     {{1, 2, 3}, {1, 2, 4}, {5}},
     {0, 1, 2},
     {0, 1, 2},
     false,
     {{0, 1}}},
    {"SharedWordAndCopyPairsComeInOrder",
     {{1, 2}, {2, 3}, {3, 4}},
     {0, 1, 2, 0},
     {0, 1, 2, 3},
     false,
     {{0, 1}, {0, 3}, {1, 2}}},
    // Former bugs.
    // An address first seen on an item equal in content to an earlier item of the same
    // document: later items of that address joined it, and so never the earlier item;
    // and an item equal to the first of its document joined nothing.
    {"AddressOfALaterEqualItemJoinsTheFirstOfTheContent",
     {{1, 2}, {1, 2}},
     {0, 1, 1},
     {0, 0, 1},
     false,
     {{0, 2}, {1, 2}}},
};

class CandidatePairs : public testing::TestWithParam<CandidatePairsCase> {};

TEST_P(CandidatePairs, Found) {
  const CandidatePairsCase& c = GetParam();
  std::vector<WordSpan> items;
  for (uint32_t list : c.list_of_item) items.emplace_back(c.lists[list]);
  EXPECT_EQ(candidate_pairs(items, c.doc_of_item, 32, c.same_document), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Cases, CandidatePairs, testing::ValuesIn(kCandidatePairsCases),
                         testing_support::CaseName());

// Best first: highest score, then (a, b); scores of every magnitude, ties, zero.
TEST(Links, SortedBestFirst) {
  std::vector<Link> links = {{3, 4, 0.5},  {1, 9, 1.0}, {0, 2, 0.5},  {7, 1, 1e-9}, {2, 1, 0.75},
                             {1, 2, 0.75}, {5, 5, 0.0}, {4, 0, 12.5}, {0, 3, 0.5},  {9, 9, 1e-300}};
  sort_best_first(links);
  const std::vector<std::tuple<uint32_t, uint32_t, double>> expected = {
      {4, 0, 12.5}, {1, 9, 1.0}, {1, 2, 0.75}, {2, 1, 0.75},   {0, 2, 0.5},
      {0, 3, 0.5},  {3, 4, 0.5}, {7, 1, 1e-9}, {9, 9, 1e-300}, {5, 5, 0.0}};
  std::vector<std::tuple<uint32_t, uint32_t, double>> got;
  for (const Link& l : links) got.emplace_back(l.a, l.b, l.score);
  EXPECT_EQ(got, expected);
}

// Many links come out as the comparison orders them: scores of every magnitude, many
// ties, large ids.
TEST(Links, ManySortedBestFirst) {
  std::vector<Link> links;
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  const double scores[] = {1.0, 0.5, 0.35, 12.5, 1e-9, 0.0, 0.75};
  for (uint32_t k = 0; k < 5000; ++k) {
    const double score = k % 3 == 0 ? scores[next() % 7] : static_cast<double>(next()) / 1e9;
    links.push_back({next() % 70000, k % 5 == 0 ? next() : next() % 300, score});
  }
  std::vector<Link> expected = links;
  std::sort(expected.begin(), expected.end(), [](const Link& x, const Link& y) {
    return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
  });
  sort_best_first(links);
  ASSERT_EQ(links.size(), expected.size());
  for (size_t k = 0; k < links.size(); ++k) {
    EXPECT_EQ(links[k].a, expected[k].a) << k;
    EXPECT_EQ(links[k].b, expected[k].b) << k;
    EXPECT_EQ(links[k].score, expected[k].score) << k;
  }
}

TEST(ComparableWordSplitter, ReusedSplitterGivesEachTextsWords) {
  ComparableWordSplitter splitter;
  for (const WordsCase& row : kWordsCases) {
    std::vector<std::string> words;
    splitter.split(row.input, [&](std::string_view w) { words.emplace_back(w); });
    EXPECT_EQ(words, row.expected) << row.name;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ComparableWords, testing::ValuesIn(kWordsCases),
                         testing_support::CaseName());

// A window of a sentence takes the sentence's words whose sources it holds (SentenceWords)
// instead of being split again: that must be exactly the words of splitting the window,
// whenever no word was read across one of its ends. Checked against the splitter itself
// on texts built from pieces that make words join, split, expand or fold (apostrophes,
// hyphens, contractions, curly quotes, dashes, ligatures, accents), cut at every pair of
// character boundaries.
TEST(ComparableWordSplitter, SourcesGiveTheWordsOfAPiece) {
  const std::vector<std::string> pieces = {
      "a",      "Zed",    "e",      "s",      "19",      " ",       ",",       ".",
      "'",      "'s",     "-",      "--",     "\u2019",  "\u2019s", "\u00e9",  "\u00c9",
      "\u2014", "\u2013", "\u00df", "\ufb01", "n't",     "won't",   "they're", "\u00a0",
      "\"",     "(",      "co-op",  "U.S.",   "o'clock", "\u201c",  "\u201d"};
  ComparableWordSplitter whole, piece;
  uint64_t state = 12345;
  auto next = [&] {  // a fixed sequence (xorshift), the same on every platform
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  size_t pieces_read_alone = 0;
  for (int text_number = 0; text_number < 2000; ++text_number) {
    std::string text;
    for (uint64_t k = 0, n = 1 + next() % 8; k < n; ++k) text += pieces[next() % pieces.size()];
    std::vector<std::string> words;
    whole.split(text, [&](std::string_view w) { words.emplace_back(w); });
    ASSERT_TRUE(whole.every_word_kept()) << text;
    ASSERT_EQ(whole.words(), words.size());
    std::vector<uint32_t> cuts;  // character boundaries
    for (uint32_t i = 0; i <= text.size(); ++i)
      if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
        cuts.push_back(i);
    for (size_t x = 0; x < cuts.size(); ++x) {
      for (size_t y = x; y < cuts.size(); ++y) {
        const uint32_t from = cuts[x], to = cuts[y];
        size_t first = 0;
        while (first < words.size() && whole.source_end(first) <= from) ++first;
        size_t end = first;
        while (end < words.size() && whole.source_end(end) <= to) ++end;
        if ((first < words.size() && whole.source_begin(first) < from) ||
            (end < words.size() && whole.source_begin(end) < to))
          continue;  // a word read across an end: such a piece is split again
        std::vector<std::string> got;
        piece.split(std::string_view(text).substr(from, to - from),
                    [&](std::string_view w) { got.emplace_back(w); });
        const std::vector<std::string> expected(words.begin() + static_cast<std::ptrdiff_t>(first),
                                                words.begin() + static_cast<std::ptrdiff_t>(end));
        ASSERT_EQ(got, expected) << text << " [" << from << ", " << to << ")";
        ++pieces_read_alone;
      }
    }
  }
  EXPECT_GT(pieces_read_alone, 10000u);
}

TEST(CompareLexicon, TablesAnswer) {
  EXPECT_EQ(lexicon::unit_class("soldiers"), lexicon::unit_class("troops"));
  EXPECT_EQ(lexicon::unit_class("special forces"), "military");
  EXPECT_EQ(lexicon::frame_of("killed"), "death");
  EXPECT_EQ(lexicon::expand_contraction("won't"), "will not");
  EXPECT_TRUE(lexicon::is_stop_word("the"));
  EXPECT_EQ(lexicon::actor_act_class("said"), "statement");
  EXPECT_EQ(lexicon::happening_class("blaze"), lexicon::happening_class("collided"));
  EXPECT_TRUE(lexicon::is_generic_act("began"));
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

TEST(CompareLexicon, TablesAreSortedForBinarySearch) {
  for (auto table :
       {lexicon::unit_class_table(), lexicon::frame_table(), lexicon::frame_particle_table(),
        lexicon::rate_period_table(), lexicon::happening_table(), lexicon::actor_act_table(),
        lexicon::concept_table()})
    for (size_t i = 1; i < table.size(); ++i)
      EXPECT_LT(table[i - 1].word, table[i].word) << "at " << table[i].word;
  for (auto words : {lexicon::deadline_word_table(), lexicon::deadline_qualifier_table(),
                     lexicon::generic_act_table(), lexicon::clause_break_table(),
                     lexicon::happening_place_table(), lexicon::weapon_word_table(),
                     lexicon::striking_verb_table(), lexicon::entry_into_force_lead_table()})
    for (size_t i = 1; i < words.size(); ++i)
      EXPECT_LT(words[i - 1], words[i]) << "at " << words[i];
  auto stops = lexicon::stop_word_table();
  for (size_t i = 1; i < stops.size(); ++i) EXPECT_LT(stops[i - 1], stops[i]) << "at " << stops[i];
  auto contractions = lexicon::contraction_table();
  for (size_t i = 1; i < contractions.size(); ++i)
    EXPECT_LT(contractions[i - 1].word, contractions[i].word) << "at " << contractions[i].word;
}

// comparable_words looks a word up in the contraction table only when it holds an
// apostrophe, so a row without one would never be used.
TEST(CompareLexicon, EveryContractionHoldsAnApostrophe) {
  for (const lexicon::Contraction& row : lexicon::contraction_table()) {
    EXPECT_NE(row.word.find('\''), std::string_view::npos) << row.word;
    EXPECT_EQ(comparable_words(row.word), comparable_words(row.expansion)) << row.word;
  }
}

// ---- Vocabulary ----

TEST(Vocabulary, IdsAreStableAndWordsComeBack) {
  Vocabulary v;
  std::vector<WordId> ids;
  // Enough words to make the table grow several times.
  for (int i = 0; i < 5000; ++i) ids.push_back(v.id("w" + std::to_string(i)));
  EXPECT_EQ(v.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    EXPECT_EQ(v.id("w" + std::to_string(i)), ids[static_cast<size_t>(i)]);
    EXPECT_EQ(v.word(ids[static_cast<size_t>(i)]), "w" + std::to_string(i));
  }
  EXPECT_EQ(v.size(), 5000u);
  EXPECT_EQ(v.id(""), v.id(""));
}

TEST(IdLists, ViewsStayValidAsListsAreAdded) {
  IdLists lists;
  std::vector<WordSpan> views;
  std::vector<std::vector<WordId>> expected;
  // Lists of every length up to past a chunk, so several chunks are started, one of
  // them for a single list longer than a chunk.
  for (WordId n : {0u, 1u, 3u, 40000u, 40000u, 70000u, 5u}) {
    std::vector<WordId> ids(n);
    for (WordId k = 0; k < n; ++k) ids[k] = k * 7 + n;
    views.push_back(lists.add(ids));
    expected.push_back(std::move(ids));
  }
  for (size_t i = 0; i < views.size(); ++i)
    EXPECT_TRUE(
        std::equal(views[i].begin(), views[i].end(), expected[i].begin(), expected[i].end()))
        << "list " << i;
}

TEST(SentenceWords, WordsAndLemmasOfSentencesAndWindows) {
  Analysis a;
  DocumentInfo info;
  info.text =
      segment("The ferries were cancelled. Officials said the ferries would sail on Friday.");
  a.documents.push_back(std::move(info));
  SentenceWords words(a);
  Vocabulary& v = words.vocabulary();
  auto spelled = [&](WordSpan ids) {
    std::vector<std::string> out;
    for (WordId id : ids) out.emplace_back(v.word(id));
    return out;
  };
  EXPECT_EQ(spelled(words.words(0, 0)),
            (std::vector<std::string>{"the", "ferries", "were", "cancelled"}));
  std::vector<std::string> lemmas = spelled(words.lemmas(0, 1));
  std::sort(lemmas.begin(), lemmas.end());
  EXPECT_EQ(lemmas, (std::vector<std::string>{"ferry", "friday", "official", "sail"}));
  // A window over the whole sentence is the sentence's own set; a smaller one is not.
  const Sentence& s = a.documents[0].text.sentences[1];
  const WordSpan own = words.lemmas(0, 1);
  const WordSet whole = words.lemmas(0, 1, {s.first_token, s.end_token});
  EXPECT_TRUE(std::equal(whole.begin(), whole.end(), own.begin(), own.end()));
  EXPECT_EQ(words.lemmas(0, 1, {s.first_token, s.first_token + 1}).size(), 1u);  // "Officials"
  // Once words are dropped, the lemmas already worked out stay, and words come back on demand.
  words.words(0, 0);
  words.keep_only_lemmas();
  EXPECT_EQ(spelled(words.lemmas(0, 1)).size(), 4u);
  EXPECT_EQ(words.lemmas(0, 0).size(), 2u);  // ferry, cancel
  EXPECT_EQ(spelled(words.words(0, 0)).size(), 4u);
}

// Sentences repeated word for word in other documents (wire copies) are split once and
// share their lists; a sentence that differs by one character gets its own.
TEST(SentenceWords, RepeatedSentencesShareTheirLists) {
  Analysis a;
  for (const char* text : {"Ferries stopped. The port closed on Monday.",
                           "The port closed on Monday. Trains ran late.",
                           "The port closed on Sunday. Trains ran late."}) {
    DocumentInfo info;
    info.text = segment(text);
    a.documents.push_back(std::move(info));
  }
  SentenceWords words(a);
  const WordSpan first = words.words(0, 1), copy = words.words(1, 0), other = words.words(2, 0);
  EXPECT_EQ(copy.data(), first.data());
  EXPECT_NE(other.data(), first.data());
  EXPECT_FALSE(std::equal(other.begin(), other.end(), first.begin(), first.end()));
  // Lemmas are shared too, whichever copy asks first.
  EXPECT_EQ(words.lemmas(1, 0).data(), words.lemmas(0, 1).data());
  EXPECT_EQ(words.lemmas(2, 1).size(), words.lemmas(1, 1).size());
  words.keep_only_lemmas();
  EXPECT_EQ(words.lemmas(2, 1).data(), words.lemmas(1, 1).data());
  EXPECT_EQ(words.lemmas(1, 0).size(), 3u);  // port, close, monday
}

struct ContentLemmaCase {
  const char* name;
  const char* word;
  const char* expected;  // "" for none
};

class VocabularyContentLemma : public testing::TestWithParam<ContentLemmaCase> {};

TEST_P(VocabularyContentLemma, MatchesContentLemmaOf) {
  Vocabulary v;
  const WordId lemma = v.content_lemma(v.id(GetParam().word));
  EXPECT_EQ(lemma == Vocabulary::kNone ? std::string_view() : v.word(lemma), GetParam().expected);
  EXPECT_EQ(content_lemma_of(GetParam().word), GetParam().expected);
}

const ContentLemmaCase kContentLemmaCases[] = {
    {"StopWord", "the", ""},        {"Number", "1500", ""},
    {"Plural", "troops", "troop"},  {"SharedSense", "supplied", "supply"},
    {"Past", "deployed", "deploy"},
};

INSTANTIATE_TEST_SUITE_P(Cases, VocabularyContentLemma, testing::ValuesIn(kContentLemmaCases),
                         testing_support::CaseName());

}  // namespace
}  // namespace parallax
