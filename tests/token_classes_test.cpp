#include "lexicon/token_classes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "extract/words.h"
#include "lexicon/calendar_lexicon.h"
#include "lexicon/dates_lexicon.h"
#include "lexicon/numbers_lexicon.h"
#include "lexicon/people_lexicon.h"
#include "parallax/text.h"
#include "test_support.h"

namespace parallax {
namespace {

namespace tc = lexicon::token_class;

// The bits as each table's own lookup answers: what token_classes must agree with.
uint16_t classes_by_lookup(std::string_view w) {
  uint16_t bits = 0;
  if (lexicon::find_number_word(w)) bits |= tc::kNumberWord;
  if (lexicon::may_start_date(w)) bits |= tc::kDateStart;
  if (lexicon::month_number(w) != 0) bits |= tc::kMonth;
  if (lexicon::weekday_number(w) >= 0) bits |= tc::kWeekday;
  if (lexicon::find_reporting_verb(w)) bits |= tc::kReportingVerb;
  if (lexicon::is_non_name(w)) bits |= tc::kNonName;
  if (lexicon::find_title(w)) bits |= tc::kTitle;
  if (lexicon::is_subject_skip(w)) bits |= tc::kSubjectSkip;
  if (lexicon::is_figure_lead_word(w)) bits |= tc::kFigureLead;
  if (lexicon::is_date_anchor(w)) bits |= tc::kDateAnchor;
  return bits;
}

struct ClassCase {
  const char* name;
  const char* word;  // folded
  uint16_t expected;
};

class TokenClasses : public testing::TestWithParam<ClassCase> {};

TEST_P(TokenClasses, ReadsEveryTable) {
  EXPECT_EQ(lexicon::token_classes(GetParam().word), GetParam().expected);
}

const ClassCase kClassCases[] = {
    // One table each.
    {"NumberScale", "million", tc::kNumberWord},
    {"Month", "october", tc::kMonth},
    {"MonthAbbreviation", "sept", tc::kMonth},
    {"Weekday", "tuesday", tc::kWeekday},
    {"WeekdayAbbreviation", "thurs", tc::kWeekday},
    {"ReportingVerb", "said", tc::kReportingVerb},
    {"Title", "president", tc::kTitle},
    {"DateStartAndAnchor", "winter", tc::kDateStart | tc::kDateAnchor},
    {"PartOfDayIsAnAnchor", "evening", tc::kDateAnchor | tc::kSubjectSkip},
    {"FigureLeadNumberWordAndDateAnchor", "half",
     tc::kNumberWord | tc::kFigureLead | tc::kDateAnchor},  // "the first half"
    // Words in several tables have every bit.
    {"NeverNameAndSkip", "also", tc::kNonName | tc::kSubjectSkip},
    {"DateAndNeverName", "yesterday",
     tc::kDateStart | tc::kDateAnchor | tc::kNonName | tc::kSubjectSkip},
    // Words in none.
    {"PlainWord", "harbour", 0},
    {"Empty", "", 0},
    {"Punctuation", ",", 0},
    {"Digits", "2024", 0},
    {"PrefixOfKey", "octobe", 0},
    {"KeyPlusLetter", "octobers", 0},
    {"PluralScaleLeadsVagueAmount", "millions", tc::kFigureLead},
    // The lookups are on folded text: capitals are no key.
    {"NotFolded", "Said", 0},
    // Other scripts and lengths beyond the short keys.
    {"NonAsciiWord", "r\xC3\xA9sum\xC3\xA9", 0},
    {"NonAsciiPunctuation", "\xE2\x80\x94", 0},
    {"SeventeenBytes", "internationalised", 0},
    // Former bugs.
};

INSTANTIATE_TEST_SUITE_P(Cases, TokenClasses, testing::ValuesIn(kClassCases),
                         testing_support::CaseName());

// Every key of every table, and near misses of each, get the bits the tables' own lookups
// give: the combined index can stand in for any of them.
TEST(TokenClassesIndex, AgreesWithEveryLookup) {
  const std::vector<std::string_view> keys = lexicon::classified_words();
  ASSERT_GT(keys.size(), 100u);
  for (const std::string_view key : keys) {
    const std::string k(key);
    EXPECT_NE(lexicon::token_classes(k), 0) << k;
    for (const std::string& w : {k, k + "s", k + "'s", k.substr(0, k.size() - 1), "x" + k}) {
      EXPECT_EQ(lexicon::token_classes(w), classes_by_lookup(w)) << w;
      const std::string padded = w + std::string(16, '\0');
      EXPECT_EQ(lexicon::token_classes_padded(std::string_view(padded).substr(0, w.size())),
                classes_by_lookup(w))
          << w;
    }
  }
}

// A word whose padded bytes equal a key's but which goes on with NUL bytes is no key: the
// size is compared as well as the bytes (asked of every key, as such a word can only be
// told from the key when the two hash to the same slot).
TEST(TokenClassesIndex, KeyFollowedByNulIsNoKey) {
  for (const std::string_view key : lexicon::classified_words()) {
    for (size_t nuls = 1; nuls <= 8; ++nuls) {
      const std::string w = std::string(key) + std::string(nuls, '\0');
      EXPECT_EQ(lexicon::token_classes(w), 0) << key << " " << nuls;
      const std::string padded = w + std::string(16, '\0');
      EXPECT_EQ(lexicon::token_classes_padded(std::string_view(padded).substr(0, w.size())), 0)
          << key << " " << nuls;
    }
  }
}

// Words that are no key, of every length from 1 to 20 bytes (around the 8- and 16-byte
// loads), ASCII and not: both lookups agree with the tables' own.
TEST(TokenClassesIndex, AgreesOnNonKeysOfEveryLength) {
  for (const std::string piece : {"q", "z", "\xC3\xA9", "-", "'", "7", "\xE2\x80\x99"}) {
    std::string w;
    while (w.size() < 20) {
      w += piece;
      EXPECT_EQ(lexicon::token_classes(w), classes_by_lookup(w)) << w;
      const std::string padded = w + std::string(16, '\0');
      EXPECT_EQ(lexicon::token_classes_padded(std::string_view(padded).substr(0, w.size())),
                classes_by_lookup(w))
          << w;
    }
  }
  // Every key with its last byte changed to each other letter: the same length, nearly the
  // same bytes.
  for (const std::string_view key : lexicon::classified_words()) {
    std::string w(key);
    for (char c = 'a'; c <= 'z'; ++c) {
      w.back() = c;
      EXPECT_EQ(lexicon::token_classes(w), classes_by_lookup(w)) << w;
    }
  }
}

// The classes of a whole document's tokens at once agree with one lookup per folded token,
// for words, numbers, punctuation and symbols, ASCII or not, short or long.
TEST(TokenClassesIndex, TokensAtOnceAgreeWithEachLookup) {
  const DocumentText doc = segment(
      "In October, 1,500 résumés — said THE Président — were “internationalised” by "
      "Mrs. O’Hanlon: $5, 30% and ½ of them, half a million on Tuesday…\n"
      "Yesterday’s count: twenty-one of seventy, at 9 a.m. on Thurs.");
  const words::FoldedTokens folded(doc);
  ASSERT_EQ(folded.size(), doc.tokens.size());
  size_t with_classes = 0;
  for (size_t t = 0; t < folded.size(); ++t) {
    EXPECT_EQ(folded.classes(t), lexicon::token_classes(folded[t])) << folded[t];
    EXPECT_EQ(folded.classes(t), classes_by_lookup(folded[t])) << folded[t];
    if (folded.classes(t) != 0) ++with_classes;
  }
  EXPECT_GE(with_classes, 8u);
}

// A figure lead word is "a", "an", "half" or the first word of a vague amount; the list is
// sorted for binary search.
TEST(TokenClassesIndex, FigureLeadWordsComeFromTheVagueAmounts) {
  const auto leads = lexicon::figure_lead_words();
  EXPECT_TRUE(std::is_sorted(leads.begin(), leads.end()));
  for (const lexicon::VagueAmount& v : lexicon::vague_amounts()) {
    const std::string_view first = v.text.substr(0, v.text.find(' '));
    EXPECT_TRUE(lexicon::is_figure_lead_word(first)) << v.text;
  }
  EXPECT_TRUE(lexicon::is_figure_lead_word("an"));
  EXPECT_TRUE(lexicon::token_classes("a") & tc::kFigureLead);
  EXPECT_FALSE(lexicon::is_figure_lead_word("harbour"));
}

// FoldedTokens carries each token's classes, folded first ("SAID" reads as "said").
TEST(TokenClassesIndex, FoldedTokensCarryThem) {
  const DocumentText doc = segment("SAID the Harbour’s president, on Tuesday.");
  const words::FoldedTokens folded(doc);
  ASSERT_EQ(folded.size(), doc.tokens.size());
  for (size_t t = 0; t < folded.size(); ++t)
    EXPECT_EQ(folded.classes(t), lexicon::token_classes(folded[t])) << folded[t];
  EXPECT_TRUE(folded.is(0, tc::kReportingVerb));
  EXPECT_FALSE(folded.is(0, tc::kNonName));
}

}  // namespace
}  // namespace parallax
