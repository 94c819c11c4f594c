// The front door's two overloads: analyze(span) copies the documents' texts, and
// analyze(vector&&) takes them; both must give the same report and warnings.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <latch>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "parallax/parallax.h"
#include "test_support.h"
#include "typography.h"

namespace parallax {
namespace {

struct MovingCase {
  const char* name;
  std::vector<std::string> texts;
  size_t max_document_bytes;
};

class MovingOverload : public testing::TestWithParam<MovingCase> {};

std::vector<std::string> warnings_of(const Analysis& a) {
  std::vector<std::string> out;
  for (const Warning& w : a.warnings) out.push_back(std::to_string(w.doc) + ": " + w.message);
  return out;
}

TEST_P(MovingOverload, GivesTheSameReportAsTheCopyingOne) {
  const MovingCase& c = GetParam();
  std::vector<Document> docs;
  for (size_t i = 0; i < c.texts.size(); ++i)
    docs.push_back({"doc" + std::to_string(i) + ".txt", c.texts[i], i == 0 ? "2024-05-02" : ""});
  Options options;
  options.reference_date = "2024-05-03";
  options.max_document_bytes = c.max_document_bytes;
  const Analysis copied = analyze(docs, options);

  std::vector<Document> given = docs;
  const Analysis moved = analyze(std::move(given), options);
  EXPECT_EQ(to_json(moved, OffsetUnit::kCodePoint), to_json(copied, OffsetUnit::kCodePoint));
  EXPECT_EQ(to_json(moved, OffsetUnit::kUtf16), to_json(copied, OffsetUnit::kUtf16));
  EXPECT_EQ(warnings_of(moved), warnings_of(copied));
  ASSERT_EQ(moved.documents.size(), copied.documents.size());
  for (size_t i = 0; i < moved.documents.size(); ++i)
    EXPECT_EQ(moved.documents[i].text.text, copied.documents[i].text.text);
  // The texts were taken; names and dates stay with the caller.
  ASSERT_EQ(given.size(), docs.size());
  for (size_t i = 0; i < given.size(); ++i) {
    EXPECT_TRUE(given[i].text.empty());
    EXPECT_EQ(given[i].name, docs[i].name);
    EXPECT_EQ(given[i].published, docs[i].published);
  }
}

constexpr size_t kNoLimit = size_t{5} << 20;

const MovingCase kMovingCases[] = {
    // Text with nothing to normalise: moved as it is.
    {"PlainText",
     {"Officials said 40 boats sank on Tuesday.\n\n\xE2\x80\x9CWe lost everything,\xE2\x80\x9D "
      "said Marta Kollin, the harbour master.",
      "About 35 boats sank, the ministry said on May 1."},
     kNoLimit},
    // Line breaks rewritten in place, before and after other code points.
    {"CrLfLineBreaks",
     {"Storm hits the harbour\r\n\r\nOfficials said 40 boats sank.\r\nCaf\xC3\xA9s closed.\r",
      "Crews worked\rthrough the night."},
     kNoLimit},
    // Invalid UTF-8 and NUL bytes: decoded into a new buffer, with the same warnings.
    {"InvalidUtf8",
     {"Officials said 40 boats \xFF sank.\r\nThe caf\xC3 closed.", "Plain text here."},
     kNoLimit},
    {"NulBytes", {std::string("Officials said\0 40 boats sank.", 30)}, kNoLimit},
    // A document over the size limit is not analysed either way.
    {"OverLimit", {"Officials said 40 boats sank on Tuesday.", "Short."}, 20},
    {"EmptyDocument", {"", "Officials said 40 boats sank."}, kNoLimit},
};

INSTANTIATE_TEST_SUITE_P(Cases, MovingOverload, testing::ValuesIn(kMovingCases),
                         testing_support::CaseName());

TEST(MovingOverload, BundledExampleGivesTheSameReport) {
  namespace fs = std::filesystem;
  std::vector<Document> docs;
  for (const auto& e : fs::directory_iterator(fs::path(PARALLAX_SOURCE_DIR) / "examples")) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    docs.push_back({e.path().filename().string(), s.str(), ""});
  }
  ASSERT_FALSE(docs.empty());
  Options options;
  options.reference_date = "2025-03-12";
  const std::string copied = to_json(analyze(docs, options), OffsetUnit::kCodePoint);
  EXPECT_EQ(to_json(analyze(std::move(docs), options), OffsetUnit::kCodePoint), copied);
}

// Analyses on several threads at once (`parallax batch --jobs`) share only read-only tables:
// each gives the report it gives alone. The threads start together, so the lexicon tables are
// first built while they race (each test runs in its own process under ctest); the native-tsan
// preset checks the same under ThreadSanitizer.
TEST(ConcurrentAnalyses, GiveTheReportsOfOneThread) {
  const std::vector<std::vector<Document>> clusters = {
      {{"a.txt",
        "Officials said 40 people left Brisk on Monday. " LDQ "We are safe," RDQ " Ana Ruiz said.",
        ""},
       {"b.txt", "About 45 people left Brisk on Tuesday, officials said.", "2024-05-03"}},
      {{"c.txt", "Hail on Thursday damaged 1,200 hectares near Tavel, farmers said.", ""},
       {"d.txt", "Farmers said hail destroyed about 800 hectares near Tavel on Wednesday.", ""}},
      {{"e.txt", "The strike cancelled 14 sailings, the operator said on 2 June 2025.", ""}}};
  constexpr size_t kThreads = 6;
  std::vector<std::string> reports(kThreads);
  {
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < kThreads; ++t)
      threads.emplace_back([&, t] {
        start.arrive_and_wait();
        reports[t] =
            to_json(analyze(clusters[t % clusters.size()], Options{}), OffsetUnit::kCodePoint);
      });
    for (std::thread& t : threads) t.join();
  }
  for (size_t t = 0; t < kThreads; ++t)
    EXPECT_EQ(reports[t],
              to_json(analyze(clusters[t % clusters.size()], Options{}), OffsetUnit::kCodePoint))
        << "thread " << t;
}

// The compact layout (the default, and one report a line for `parallax batch`) is the indented
// report (`--pretty`) on one line.
TEST(JsonLayout, CompactIsTheIndentedReportOnOneLine) {
  const std::vector<Document> docs = {
      {"a.txt",
       "Officials said 40 people left on Monday. " LDQ "We are safe," RDQ " Ana Ruiz said.", ""},
      {"b.txt", "About 45 people left on Tuesday, officials said.", "2024-05-03"}};
  const Analysis a = analyze(docs, Options{});
  const std::string indented = to_json(a, OffsetUnit::kCodePoint, JsonLayout::kIndented);
  const std::string compact = to_json(a, OffsetUnit::kCodePoint, JsonLayout::kCompact);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_GT(indented.size(), compact.size());
  EXPECT_NE(indented.find("\n \""), std::string::npos) << "indented one space a level";
  EXPECT_EQ(nlohmann::json::parse(compact), nlohmann::json::parse(indented));
  EXPECT_EQ(compact.rfind("{\"parallax\":", 0), 0u) << compact.substr(0, 40);
}

}  // namespace
}  // namespace parallax

namespace parallax {
namespace {

// ---- A date conflict through the whole analysis ----

// The dates of a report found by their text: the mention's index, or -1.
int date_named(const Analysis& a, size_t doc, std::string_view text) {
  for (size_t i = 0; i < a.dates.size(); ++i) {
    const DateMention& d = a.dates[i];
    if (d.doc == doc && a.documents[doc].text.slice(d.span) == text) return static_cast<int>(i);
  }
  return -1;
}

struct ExpectedDate {
  size_t doc;
  std::string_view text;
  std::string_view resolved;
};

// Finds each expected date mention by its text and checks the day it resolves to; returns
// the mentions' indexes (-1 for one not found, which fails the test).
std::vector<int> expect_dates(const Analysis& a, std::initializer_list<ExpectedDate> rows) {
  std::vector<int> found;
  for (const ExpectedDate& row : rows) {
    const int i = date_named(a, row.doc, row.text);
    EXPECT_GE(i, 0) << "no date mention \"" << row.text << "\" in document " << row.doc;
    if (i >= 0) {
      EXPECT_EQ(a.dates[i].resolved, row.resolved) << row.text;
    }
    found.push_back(i);
  }
  return found;
}

// One announcement, three fictional articles of the same day: one gives it as a calendar
// date, the others as the next day's date and as that next day's weekday. The three are
// one event and a date conflict (Tuesday March 11 against Wednesday March 12).
TEST(FullAnalysis, OneAnnouncementOnACalendarDateAndOnTheNextDayIsADateConflict) {
  const std::vector<Document> docs = {
      {"harbour-a.txt",
       "Port director Lena Varga announced the closure of Ostra harbour on March 11, citing "
       "storm damage to the main pier.\n\nFishing crews were told to moor elsewhere.",
       "2025-03-13"},
      {"harbour-b.txt",
       "Lena Varga, the port director, announced on Wednesday that Ostra harbour would close "
       "because of storm damage to the main pier.\n\nCrews have moved their boats north.",
       "2025-03-13"},
      {"harbour-c.txt",
       "Ostra harbour is to close after port director Lena Varga announced the closure on "
       "March 12, blaming storm damage to the main pier.",
       "2025-03-13"},
  };
  const Analysis a = analyze(docs, Options{});
  const std::vector<int> found = expect_dates(a, {{0, "March 11", "2025-03-11"},
                                                  {1, "Wednesday", "2025-03-12"},
                                                  {2, "March 12", "2025-03-12"}});
  ASSERT_TRUE(std::ranges::none_of(found, [](int i) { return i < 0; }));
  const int first = found[0], weekday = found[1], next = found[2];
  const int32_t g = a.dates[first].group;
  ASSERT_GE(g, 0);
  EXPECT_EQ(a.dates[weekday].group, g);
  EXPECT_EQ(a.dates[next].group, g);
  EXPECT_TRUE(a.groups[g].conflict);
  EXPECT_EQ(a.groups[g].kind, GroupKind::kEvent);
  // The report says so too: an event group in conflict holding the three dates.
  const nlohmann::json report = nlohmann::json::parse(to_json(a, OffsetUnit::kCodePoint));
  int conflicting_events = 0;
  for (const auto& group : report["groups"])
    if (group["kind"] == "event" && group["conflict"] == true && group["members"].size() == 3)
      ++conflicting_events;
  EXPECT_EQ(conflicting_events, 1);
}

// A past year written out by two articles of one story is one background happening; a
// comparison's base ("a year earlier") is none, and neither is the article's own year.
struct PastYearCase {
  const char* name;
  const char* text_a;
  const char* date_a;
  const char* text_b;
  const char* date_b;
  bool linked;
};

class PastYears : public testing::TestWithParam<PastYearCase> {};

TEST_P(PastYears, LinkOnlyWrittenPastYears) {
  const PastYearCase& c = GetParam();
  const std::vector<Document> docs = {{"a.txt", c.text_a, "2025-06-04"},
                                      {"b.txt", c.text_b, "2025-06-04"}};
  const Analysis a = analyze(docs, Options{});
  const int x = date_named(a, 0, c.date_a), y = date_named(a, 1, c.date_b);
  ASSERT_GE(x, 0) << c.date_a;
  ASSERT_GE(y, 0) << c.date_b;
  if (c.linked) {
    ASSERT_GE(a.dates[x].group, 0);
    EXPECT_EQ(a.dates[x].group, a.dates[y].group);
  } else {
    EXPECT_TRUE(a.dates[x].group == kNoGroup || a.dates[x].group != a.dates[y].group);
  }
}

const PastYearCase kPastYearCases[] = {
    {"SinceAPastYearJoins", "Mayor Ilse Varga has run the port city of Orlen since 2014.", "2014",
     "Varga, who has led Orlen since 2014, faces a runoff on Sunday.", "2014", true},
    {"PastYearInDifferentWordsJoins", "Turnout in Orlen was 61%, up from 57% in 2021.", "2021",
     "In 2021 the Harbour Party won 85 seats in Orlen.", "2021", true},
    // One past year is no one happening when two different actors act in it.
    {"TwoActorsActsInOnePastYearStayApart",
     "Mayor Ilse Varga of Orlen visited Tarsk in 2019 to open the ferry line.", "2019",
     "Governor Piet Kuyper of Tarsk visited Varnholm in 2019 to open the ferry line.", "2019",
     false},
    {"ComparisonBaseStaysApart", "Harbour fees in Orlen rose 4% from a year earlier.",
     "a year earlier", "Ferry traffic in Orlen fell 9% from a year earlier.", "a year earlier",
     false},
};

INSTANTIATE_TEST_SUITE_P(Cases, PastYears, testing::ValuesIn(kPastYearCases),
                         testing_support::CaseName());

// A wire story's dateline without a year ("ORLEN, Dec 7 (CPA) -") in an article with no full
// date of its own is its day: the year is the one nearest the other articles' dates, and its
// weekdays are read from that day, not from the other articles' latest date.
TEST(FullAnalysis, DatelineWithoutAYearTakesTheOtherArticlesYear) {
  const std::vector<Document> docs = {
      {"wire.txt",
       "ORLEN, Dec 7 (CPA) - The Harbour Party won Sunday's election. Final results are due on "
       "Tuesday.",
       ""},
      {"weekly.txt", "Friday, December 11, 2026\n\nCoalition talks in Orlen opened on Thursday.",
       ""},
  };
  const Analysis a = analyze(docs, Options{});
  EXPECT_EQ(a.documents[0].published, "2026-12-07");
  EXPECT_EQ(a.documents[0].published_source, "dateline");
  expect_dates(a, {{0, "Sunday", "2026-12-06"}, {0, "Tuesday", "2026-12-08"}});
}

// The year comes from the other articles' publication dates, not from dates in their text.
TEST(FullAnalysis, DatelineYearComesFromPublicationDatesNotTextDates) {
  const std::vector<Document> docs = {
      {"wire.txt", "ORLEN, Dec 7 (CPA) - The Harbour Party will report results on Monday.", ""},
      {"other.txt", "Published May 3, 2025.\n\nThe next election will be held on November 3, 2026.",
       ""},
  };
  const Analysis a = analyze(docs, Options{});
  EXPECT_EQ(a.documents[1].published, "2025-05-03");
  EXPECT_EQ(a.documents[0].published, "2024-12-07");
  EXPECT_EQ(a.documents[0].published_source, "dateline");
}

// An article with no date of its own: its month and day stated with a weekday take the
// year where that weekday falls (Thursday, January 19 is 2023, though another article's
// latest date is in September), and the article's other days are read from that day.
TEST(FullAnalysis, WeekdayStatedWithAMonthAndDayGivesAnUndatedArticleItsYear) {
  const std::vector<Document> docs = {
      {"review.txt",
       "The port authority published its review of the dock strikes on September 1, 2023.", ""},
      {"strike.txt",
       "Dockers walked out across the coast on Thursday, January 19, closing every quay. By "
       "Thursday evening the union said turnout was the highest in a decade. A second walkout "
       "is set for Tuesday, January 31.",
       ""},
  };
  const Analysis a = analyze(docs, Options{});
  EXPECT_EQ(a.documents[1].published, "2023-01-19");
  EXPECT_EQ(a.documents[1].published_source, "latest-date");
  const std::vector<int> found = expect_dates(a, {{1, "Thursday, January 19", "2023-01-19"},
                                                  {1, "Thursday evening", "2023-01-19"},
                                                  {1, "Tuesday, January 31", "2023-01-31"}});
  ASSERT_GE(found[0], 0);
  EXPECT_FALSE(a.dates[found[0]].weekday_conflict);
}

// A publication date that is given keeps the weekday check: a weekday that does not fit
// its day is flagged, not moved to another year.
TEST(FullAnalysis, GivenDateKeepsTheWeekdayCheck) {
  const std::vector<Document> docs = {
      {"strike.txt", "Dockers walked out on Friday, January 19, closing every quay.", "2023-01-20"},
  };
  const Analysis a = analyze(docs, Options{});
  const int stated = expect_dates(a, {{0, "Friday, January 19", "2023-01-19"}})[0];
  ASSERT_GE(stated, 0);
  EXPECT_TRUE(a.dates[stated].weekday_conflict);
}

// "“…,” the opposition leader said" in an article that gives nobody that role: the one
// person another article of the cluster gives every word of it (its role class counts),
// else the description stays.
struct ClusterRoleCase {
  const char* name;
  const char* text_a;   // the article that names people with their roles
  const char* text_b;   // the article quoting a description
  const char* speaker;  // expected speaker of text_b's quotation
};

class ClusterRoles : public testing::TestWithParam<ClusterRoleCase> {};

TEST_P(ClusterRoles, DescriptionTakesTheOnePersonOfTheClusterWithTheRole) {
  const ClusterRoleCase& c = GetParam();
  const std::vector<Document> docs = {{"a.txt", c.text_a, "2025-03-13"},
                                      {"b.txt", c.text_b, "2025-03-13"}};
  const Analysis a = analyze(docs, Options{});
  std::vector<std::string> speakers;
  for (const QuoteMention& q : a.quotes)
    if (q.doc == 1) speakers.push_back(q.speaker);
  ASSERT_EQ(speakers.size(), 1u);
  EXPECT_EQ(speakers[0], c.speaker);
}

constexpr const char* kOrrQuoted = "Lena Orr has called a strike for Monday. " LDQ
                                   "We will not back down," RDQ " the opposition leader said.";

const ClusterRoleCase kClusterRoleCases[] = {
    {"TitleInAnotherArticle", "Opposition leader Lena Orr called a strike in Tarsk.", kOrrQuoted,
     "Lena Orr"},
    {"AppositiveInAnotherArticle",
     "Lena Orr, the opposition leader, called a strike in Tarsk. Opposition crowds grew.",
     "Lena Orr spoke first. " LDQ "We will not back down," RDQ " the opposition leader said.",
     "Lena Orr"},
    {"RoleClass", "Opposition MP Lena Orr called a strike in Tarsk.",
     "Orr spoke first. " LDQ "We will not back down," RDQ " the opposition lawmaker said.",
     "Lena Orr"},
    // A bare role word is not resolved across articles: the finance ministry's minister is
    // not the interior minister named elsewhere.
    {"BareRoleWord",
     "Interior Minister Lena Vogt visited the flooded town. " LDQ "We will rebuild," RDQ
     " Vogt said.",
     "The finance ministry promised 50 million in aid. " LDQ "The money will be released this "
     "week," RDQ " the minister said.",
     "minister"},
    // Nor to a person the quoting article never names.
    {"PersonNotNamedInTheArticle", "Opposition leader Lena Orr called a strike in Tarsk.",
     "Ivo Brandt spoke first. " LDQ "We will not back down," RDQ " the opposition leader said.",
     "opposition leader"},
    // Two people sharing a surname are two people.
    {"SharedSurname",
     "Party leader Shehbaz Sharif spoke in Lahore. Party leader Nawaz Sharif spoke in Murree.",
     "Sharif supporters gathered. " LDQ "We will not back down," RDQ " the party leader said.",
     "party leader"},
    {"SpokesmanOfAnotherBody", "Army spokesman Col. Dan Ruto said the troops withdrew.",
     "A government spokesman said talks would go on. " LDQ "We remain committed to peace," RDQ
     " the spokesman added.",
     "government"},
    {"TwoPeopleWithTheRole",
     "Opposition leader Lena Orr called a strike. Opposition leader Ivo Brandt joined her.",
     kOrrQuoted, "opposition leader"},
    {"NewDescriptionIsNobody", "A senior harbour official said the quay was shut.",
     "Ivo Brandt spoke first. " LDQ "We will not back down," RDQ " the official said.", "official"},
    {"NobodyWithTheRole", "Mayor Lena Orr called a strike in Tarsk.", kOrrQuoted,
     "opposition leader"},
};

INSTANTIATE_TEST_SUITE_P(Cases, ClusterRoles, testing::ValuesIn(kClusterRoleCases),
                         testing_support::CaseName());

}  // namespace
}  // namespace parallax
