// Pathological inputs (after cmark's pathological_tests.py): each must finish and give a
// well-formed report. A quadratic blow-up shows as a ctest timeout; speed itself is
// measured by scripts/bench, never asserted here.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "parallax/parallax.h"
#include "test_support.h"

namespace parallax {
namespace {

std::string repeat(const std::string& unit, size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) out += unit;
  return out;
}

// A hostile text as a recipe (prefix, then `unit` `times` over, then suffix), built in the
// test body: built as the table is, ten megabytes of text would be made and copied by every
// test process at start (ctest runs each case in a process of its own).
struct PathologicalCase {
  const char* name;
  std::string prefix;
  std::string unit = "";
  size_t times = 0;
  std::string suffix = "";

  std::string text() const { return prefix + repeat(unit, times) + suffix; }
};

class Pathological : public testing::TestWithParam<PathologicalCase> {};

TEST_P(Pathological, FinishesWithWellFormedReport) {
  Options options;
  options.max_document_bytes = size_t{16} << 20;
  const std::vector<Document> docs = {
      {"hostile.txt", GetParam().text(), ""},
      {"plain.txt", "Officials said 300 people left on Tuesday.", ""}};
  const Analysis a = analyze(docs, options);
  ASSERT_TRUE(a.ok) << a.error;
  const auto report = nlohmann::json::parse(to_json(a, OffsetUnit::kUtf16), nullptr, false);
  ASSERT_FALSE(report.is_discarded());
  EXPECT_EQ(report["documents"].size(), 2u);
}

const PathologicalCase kCases[] = {
    {"UnmatchedOpeningQuotes", "", "\xE2\x80\x9C", 30000},
    {"UnmatchedQuotesWithWords", "", "\xE2\x80\x9Cword ", 30000},
    {"StraightQuotes", "", "\" a ", 30000},
    {"TenThousandDigitNumber", "There were ", "9", 10000, " troops."},
    {"CommaOnes", "", "1,", 500000},
    {"MonthNames", "", "October ", 50000},
    {"WeekdayNames", "", "Tuesday, ", 30000},
    {"OneLongLine", "", "The fire spread fast and 300 people fled on Tuesday ", 200000},
    {"MoreThanMoreThan", "", "more than ", 50000, "5 troops"},
    {"ManyShortLines", "", "A.\n", 200000},
    {"OnlyWhitespace", "", " \t\n\xC2\xA0", 10000},
    {"NulBytes", "", std::string(1, '\0'), 1000},
    {"InvalidUtf8",
     "\xC3\x28 \xA0\xA1 \xE2\x28\xA1 \xE2\x82\x28 \xF0\x28\x8C\xBC \xF8\xA1\xA1\xA1\xA1 "
     "\xFC\xA1\xA1\xA1\xA1\xA1 \xED\xA0\x80 \xC0\xAF \xFF\xFE"
     " end"},
    {"TruncatedSequenceAtEnd", "Fire \xE2\x82"},
    {"RightToLeftAndCombining",
     "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D 300 \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 e\xCC\x81"
     "e\xCC\x81"
     " said on Tuesday."},
    {"EmojiInNames",
     "\xF0\x9F\x94\xA5"
     " Chief \xF0\x9F\x98\x80 Marsh said \xE2\x80\x9C\xF0\x9F\x94\xA5 is out\xE2\x80\x9D on "
     "Tuesday."},
    {"DeepNesting", "", "(\xE2\x80\x9C\xE2\x80\x98", 20000},
    {"ManyNumbers", "", "12 troops, ", 50000},
    {"ManyDollarSigns", "", "$ ", 100000},
    {"ManyPeriods", "", ". ", 100000},
    {"ManyCapitalisedWords", "", "Alpha Beta Gamma said ", 50000},
};

INSTANTIATE_TEST_SUITE_P(Cases, Pathological, testing::ValuesIn(kCases),
                         testing_support::CaseName());

TEST(PathologicalInput, TenMegabyteLineOverLimitIsRefusedWithMessage) {
  const std::vector<Document> docs = {{"huge.txt", std::string(10u << 20, 'a'), ""},
                                      {"small.txt", "One sentence here.", ""}};
  const Analysis a = analyze(docs, Options{});
  ASSERT_TRUE(a.ok);
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_NE(a.warnings[0].message.find("over the limit"), std::string::npos);
  EXPECT_TRUE(a.documents[0].text.sentences.empty());
  EXPECT_FALSE(a.documents[1].text.sentences.empty());
}

TEST(PathologicalInput, TenMegabyteLineWithinRaisedLimit) {
  Options options;
  options.max_document_bytes = size_t{16} << 20;
  const std::vector<Document> docs = {{"huge.txt", repeat("word ", 2u << 20), ""}};
  const Analysis a = analyze(docs, options);
  ASSERT_TRUE(a.ok);
  EXPECT_EQ(a.documents[0].text.paragraphs.size(), 1u);
}

TEST(PathologicalInput, HundredThousandTinyDocuments) {
  std::vector<Document> docs;
  for (int i = 0; i < 100000; ++i)
    docs.push_back(
        {"d" + std::to_string(i) + ".txt", "Chief Marsh said 12 people left on Tuesday.", ""});
  Options options;
  options.max_documents = 200000;
  const Analysis a = analyze(docs, options);
  ASSERT_TRUE(a.ok);
  EXPECT_EQ(a.documents.size(), 100000u);
}

TEST(PathologicalInput, TooManyDocumentsRefusedWithMessage) {
  std::vector<Document> docs(3, Document{"a.txt", "Text.", ""});
  Options options;
  options.max_documents = 2;
  const Analysis a = analyze(docs, options);
  EXPECT_FALSE(a.ok);
  EXPECT_NE(a.error.find("too many documents"), std::string::npos);
}

TEST(PathologicalInput, TotalSizeLimitRefusedWithMessage) {
  std::vector<Document> docs(3, Document{"a.txt", std::string(1000, 'x'), ""});
  Options options;
  options.max_total_bytes = 2000;
  const Analysis a = analyze(docs, options);
  EXPECT_FALSE(a.ok);
  EXPECT_NE(a.error.find("limit"), std::string::npos);
}

}  // namespace
}  // namespace parallax
