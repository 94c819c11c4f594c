// The text layer: decoding, tokens, sentences, paragraphs and furniture.
#include "parallax/text.h"

#include <gtest/gtest.h>
#include <utf8cpp/utf8.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "lexicon/text_lexicon.h"
#include "parallax/offsets.h"
#include "test_support.h"
#include "text/tokenize.h"

namespace parallax {
namespace {

std::vector<std::string> sentences_of(const std::string& text) {
  DocumentText doc = segment(decode_utf8(text).text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

struct SentenceCase {
  const char* name;
  const char* input;
  std::vector<std::string> expected;
};

class SentenceSplitting : public testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceSplitting, SplitsAsExpected) {
  EXPECT_EQ(sentences_of(GetParam().input), GetParam().expected);
}

const SentenceCase kSentenceCases[] = {
    // Plain stops.
    {"TwoSentences", "He left. She stayed.", {"He left.", "She stayed."}},
    {"QuestionAndExclamation", "Why? Because! Done.", {"Why?", "Because!", "Done."}},
    {"NumberBeforeStop", "It began in 2022. Then it grew.", {"It began in 2022.", "Then it grew."}},
    // A straight double quote after a stop, set off from it and touching the next word, opens
    // the next sentence; one touching the stop closes this one.
    {"StraightQuoteOpensTheNextSentence",
     "The count was slow. \"We will wait,\" Brandt said.",
     {"The count was slow.", "\"We will wait,\" Brandt said."}},
    {"StraightQuoteClosesThisSentence",
     "\"The count was slow.\" Brandt left.",
     {"\"The count was slow.\"", "Brandt left."}},
    // Abbreviations and initials.
    {"CountryInitialism",
     "U.S. Defense Secretary Lloyd Austin spoke.",
     {"U.S. Defense Secretary Lloyd Austin spoke."}},
    {"InitialismEndsSentence",
     "Aid came from the U.S. The rest came later.",
     {"Aid came from the U.S.", "The rest came later."}},
    {"MonthAbbreviation", "He spoke on Oct. 23 in Rome.", {"He spoke on Oct. 23 in Rome."}},
    {"MilitaryTitles", "Maj. Gen. Patrick Ryder said so.", {"Maj. Gen. Patrick Ryder said so."}},
    {"MiddleInitialAndSuffix",
     "Lloyd J. Austin III said it. He left.",
     {"Lloyd J. Austin III said it.", "He left."}},
    {"CompanySuffix", "Xiamen Engine Co. for its role.", {"Xiamen Engine Co. for its role."}},
    {"TimeOfDay", "It starts at 10 a.m. on Monday.", {"It starts at 10 a.m. on Monday."}},
    {"Doctor", "Dr. Smith agreed. Mr. Jones did not.", {"Dr. Smith agreed.", "Mr. Jones did not."}},
    // Quotations.
    {"QuoteClosedAfterStop",
     "\xE2\x80\x9CWe left.\xE2\x80\x9D Then we ate.",
     {"\xE2\x80\x9CWe left.\xE2\x80\x9D", "Then we ate."}},
    {"QuestionInsideQuote",
     "\xE2\x80\x9CWhy?\xE2\x80\x9D she asked.",
     {"\xE2\x80\x9CWhy?\xE2\x80\x9D she asked."}},
    {"CommaBeforeClosingQuote",
     "\xE2\x80\x9CWe know,\xE2\x80\x9D Austin said. Next.",
     {"\xE2\x80\x9CWe know,\xE2\x80\x9D Austin said.", "Next."}},
    {"StraightQuotes", "\"It is over.\" He said that.", {"\"It is over.\"", "He said that."}},
    // Ellipses.
    {"EllipsisInsideSentence",
     "Our analysts\xE2\x80\xA6 continue to look.",
     {"Our analysts\xE2\x80\xA6 continue to look."}},
    {"EllipsisBeforeName",
     "troops that have gone to\xE2\x80\xA6 Russia, he said.",
     {"troops that have gone to\xE2\x80\xA6 Russia, he said."}},
    {"ThreeDots", "We waited... and waited.", {"We waited... and waited."}},
    // Paragraphs and headlines.
    {"HeadlineLine",
     "Austin confirms troops in Russia\nHe spoke on Tuesday.",
     {"Austin confirms troops in Russia", "He spoke on Tuesday."}},
    {"BlankLinesBetweenParagraphs", "One.\n\n\nTwo.", {"One.", "Two."}},
    {"CrLfLineEndings", "One.\r\nTwo.", {"One.", "Two."}},
    {"WrappedLineJoined",
     "The troops were sent\nto the border.",
     {"The troops were sent\nto the border."}},
    {"NoSpaceAfterStop", "See example.com for more.", {"See example.com for more."}},
    {"Empty", "", {}},
    {"OnlyWhitespace", " \n\t \n", {}},
    {"NonBreakingSpaces",
     "It was\xC2\xA0"
     "5\xC2\xA0km. Then more.",
     {"It was\xC2\xA0"
      "5\xC2\xA0km.",
      "Then more."}},
    // Former bugs.
    {"LoneStopParagraph", ".\nText.", {".", "Text."}},
};

INSTANTIATE_TEST_SUITE_P(Cases, SentenceSplitting, testing::ValuesIn(kSentenceCases),
                         testing_support::CaseName());

struct FurnitureCase {
  const char* name;
  const char* line;
  FurnitureKind expected;
};

class FurnitureLines : public testing::TestWithParam<FurnitureCase> {};

TEST_P(FurnitureLines, Classified) {
  EXPECT_EQ(furniture_name(classify_furniture_line(GetParam().line)),
            std::string(furniture_name(GetParam().expected)));
}

const FurnitureCase kFurnitureCases[] = {
    {"Byline", "By Jane Doe", FurnitureKind::kByline},
    {"BylineTwoAuthors", "By Jane Doe and Omar Reyes", FurnitureKind::kByline},
    {"Advertisement", "Advertisement", FurnitureKind::kAdvertisement},
    {"AdvertisementUpper", "ADVERTISEMENT", FurnitureKind::kAdvertisement},
    {"Subscribe", "Subscribe to get the latest posts sent to your email.",
     FurnitureKind::kSubscribe},
    {"DiscoverMore", "Discover more from The Daily Planet", FurnitureKind::kSubscribe},
    {"RelatedContent", "Related Content", FurnitureKind::kRelated},
    {"MoreColon", "More: Floods close the harbour road", FurnitureKind::kRelated},
    {"ClickHere", "CLICK HERE TO READ MORE FROM THE HARBOUR TIMES", FurnitureKind::kRelated},
    {"OtherTopics", "Other Topics of Interest", FurnitureKind::kRelated},
    {"Contributing", "Contributing: Reuters", FurnitureKind::kCredit},
    {"ContributedReport", "The Associated Press contributed to this report.",
     FurnitureKind::kCredit},
    {"VideoCaption", "CBC \xE2\x80\x93 World Video", FurnitureKind::kMedia},
    {"SectionLabel", "World", FurnitureKind::kSection},
    {"DevelopingStory", "This is a developing story. Read more here.", FurnitureKind::kEditorial},
    {"Correction", "To suggest a correction or clarification, write to us here",
     FurnitureKind::kEditorial},
    {"Highlight", "You can also highlight the text and press Ctrl + Enter",
     FurnitureKind::kEditorial},
    // Lines over 28 bytes are first ruled in or out from their folded first and last eight
    // bytes: capitals, and non-ASCII characters that fold to ASCII at either end.
    {"SignUpInCapitals", "SIGN UP FOR THE HARBOUR NEWSLETTER TODAY", FurnitureKind::kSubscribe},
    {"SignUpWithNoBreakSpace", "Sign\xC2\xA0up for the harbour newsletter today",
     FurnitureKind::kSubscribe},
    {"EditorsNoteCurlyApostrophe",
     "Editor\xE2\x80\x99s note: this story was corrected after it ran", FurnitureKind::kEditorial},
    {"VideoAfterEnDash", "Harbour storm footage \xE2\x80\x93 Video", FurnitureKind::kMedia},
    {"CreditAfterAccentedName", "\xC3\x89milie Roux contributed to this report.",
     FurnitureKind::kCredit},
    // Body text that must stay body text.
    {"BodyStartingWithBy", "By Tuesday, the troops had left the port.", FurnitureKind::kNone},
    {"BodySubscribers", "Subscribers to the service said prices rose.", FurnitureKind::kNone},
    {"BodyMentioningVideo", "The ministry released a statement about the video.",
     FurnitureKind::kNone},
    {"BodyWorldInSentence", "The world watched as the talks failed.", FurnitureKind::kNone},
    {"Headline", "Storm floods the harbour district", FurnitureKind::kNone},
};

INSTANTIATE_TEST_SUITE_P(Cases, FurnitureLines, testing::ValuesIn(kFurnitureCases),
                         testing_support::CaseName());

// Long paragraphs: the rules read only their folded ends and their word count.
struct LongFurnitureCase {
  const char* name;
  const char* head;
  const char* filler;  // repeated `times` times between head and tail
  int times;
  const char* tail;
  FurnitureKind expected;
};

class LongFurnitureLines : public testing::TestWithParam<LongFurnitureCase> {};

TEST_P(LongFurnitureLines, Classified) {
  const LongFurnitureCase& c = GetParam();
  std::string line = c.head;
  for (int i = 0; i < c.times; ++i) line += c.filler;
  line += c.tail;
  EXPECT_EQ(furniture_name(classify_furniture_line(line)), std::string(furniture_name(c.expected)));
}

const LongFurnitureCase kLongFurnitureCases[] = {
    {"CreditAfterLongText", "Crews worked ", "through the night on the harbour wall, ", 30,
     "The Associated Press contributed to this report.", FurnitureKind::kCredit},
    {"CreditAfterCurlyQuotes", "\xE2\x80\x9CWe held,\xE2\x80\x9D ",
     "the harbour\xE2\x80\x99s master said \xE2\x80\x94 again \xE2\x80\xA6 ", 40,
     "Reuters contributed to this report.", FurnitureKind::kCredit},
    {"CreditBeforeWideSpaces", "Crews worked ", "through the night, ", 40,
     "all rights reserved.\xC2\xA0\xC2\xA0", FurnitureKind::kCredit},
    {"CreditBeforeManySpaces", "Crews worked ", "through the night, ", 40,
     "All rights reserved.                                                                  "
     "                                                                                      ",
     FurnitureKind::kCredit},
    {"PrefixWithFewWords", "Subscribe: ", "x", 700, "", FurnitureKind::kSubscribe},
    {"PrefixWithManyWords", "Subscribe ", "to the harbour news, ", 40, "", FurnitureKind::kNone},
    {"BylineOfOneLongWord", "By Jane", "e", 700, " Doe", FurnitureKind::kByline},
    {"ExactBeforePeriods", "Advertisement", ".", 700, "", FurnitureKind::kAdvertisement},
    {"ExactBeforeColonsAndSpaces", "Advertisement", ":", 700, "   ", FurnitureKind::kAdvertisement},
    {"MediaSuffixNeedsShortLine", "Crews worked ", "through the night, ", 40, "world video",
     FurnitureKind::kNone},
    {"BodyText", "The harbour reopened ", "after the storm passed, ", 40, "officials said.",
     FurnitureKind::kNone},
};

INSTANTIATE_TEST_SUITE_P(Cases, LongFurnitureLines, testing::ValuesIn(kLongFurnitureCases),
                         testing_support::CaseName());

TEST(Segment, RepeatedShortLinesAreFurniture) {
  DocumentText doc = segment("Body text here.\nRelated headline\nMore body.\nRelated headline\n");
  ASSERT_EQ(doc.paragraphs.size(), 4u);
  EXPECT_FALSE(doc.paragraphs[0].is_furniture());
  EXPECT_EQ(doc.paragraphs[1].furniture, FurnitureKind::kDuplicate);
  EXPECT_EQ(doc.paragraphs[3].furniture, FurnitureKind::kDuplicate);
}

// The title printed again as the story's heading is the article's words, not a teaser.
TEST(Segment, RepeatedTitleIsNoFurniture) {
  DocumentText doc = segment(
      "Harbour reopens after the storm\nPhoto: the quay at dawn\nHarbour reopens after the "
      "storm\nThe harbour reopened on Monday.\nMore news\nMore news\n");
  ASSERT_EQ(doc.paragraphs.size(), 6u);
  EXPECT_FALSE(doc.paragraphs[0].is_furniture());
  EXPECT_FALSE(doc.paragraphs[2].is_furniture());
  EXPECT_EQ(doc.paragraphs[4].furniture, FurnitureKind::kDuplicate);
  EXPECT_EQ(doc.paragraphs[5].furniture, FurnitureKind::kDuplicate);
}

TEST(Segment, SentenceAtFindsContainingSentence) {
  DocumentText doc = segment("One two. Three four.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentence_at(0), 0u);
  EXPECT_EQ(doc.sentence_at(5), 0u);
  EXPECT_EQ(doc.sentence_at(12), 1u);
}

TEST(Segment, HeadlineFlagOnLineWithoutFinalPunctuation) {
  DocumentText doc = segment("Troops reach the border\nThey arrived at dawn.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_TRUE(doc.sentences[0].headline);
  EXPECT_FALSE(doc.sentences[1].headline);
}

struct TokenCase {
  const char* name;
  const char* input;
  std::vector<std::string> expected;
};

class Tokens : public testing::TestWithParam<TokenCase> {};

TEST_P(Tokens, Tokenized) {
  std::string text = GetParam().input;
  std::vector<std::string> got;
  for (const Token& t : tokenize(text, 0)) got.push_back(text.substr(t.span.begin, t.span.size()));
  EXPECT_EQ(got, GetParam().expected);
}

const TokenCase kTokenCases[] = {
    {"Separators", "1,500 and 3.5", {"1,500", "and", "3.5"}},
    {"Apostrophes",
     "they\xE2\x80\x99re O\xE2\x80\x99Hanlon",
     {"they\xE2\x80\x99re", "O\xE2\x80\x99Hanlon"}},
    {"Hyphens", "co-belligerents F-16 Su-34", {"co-belligerents", "F-16", "Su-34"}},
    {"Initialism", "U.S. forces", {"U.S.", "forces"}},
    {"InitialNotInitialism", "J. Austin", {"J", ".", "Austin"}},
    {"Currency", "$175 billion", {"$", "175", "billion"}},
    {"Percent", "5%", {"5", "%"}},
    {"CurlyQuotes", "\xE2\x80\x9CYes\xE2\x80\x9D", {"\xE2\x80\x9C", "Yes", "\xE2\x80\x9D"}},
    {"Range", "1,500-12,000", {"1,500", "-", "12,000"}},
    {"TrailingComma", "Kyiv, Rome.", {"Kyiv", ",", "Rome", "."}},
    {"Fraction", "2\xC2\xBD", {"2", "\xC2\xBD"}},
    {"Emoji", "hi \xF0\x9F\x98\x80 there", {"hi", "\xF0\x9F\x98\x80", "there"}},
    // Words longer than eight bytes (read eight at a time) and their ends.
    {"LongWords",
     "Internationalisation counterintelligence2024.",
     {"Internationalisation", "counterintelligence2024", "."}},
    {"LongWordJoined",
     "Austro-Hungarian Anti-Establishment",
     {"Austro-Hungarian", "Anti-Establishment"}},
    {"LongWordThenOtherLetter", "Bayerischeré", {"Bayerischer\xC3\xA9"}},
    {"LongWordThenCurlyApostrophe",
     "Netherlands\xE2\x80\x99 ports",
     {"Netherlands", "\xE2\x80\x99", "ports"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, Tokens, testing::ValuesIn(kTokenCases),
                         testing_support::CaseName());

struct StopCase {
  const char* name;
  const char* input;
  std::vector<std::string> expected;  // the tokens that may end a sentence
};

class Stops : public testing::TestWithParam<StopCase> {};

// The tokenizer lists the tokens sentence splitting looks at; indices count the tokens
// already in the vector.
TEST_P(Stops, Listed) {
  const std::string text = GetParam().input;
  std::vector<Token> tokens(2);
  std::vector<uint32_t> stops;
  text_detail::tokenize_append_with_stops(text, 0, tokens, stops);
  std::vector<std::string> got;
  for (const uint32_t t : stops) {
    ASSERT_GE(t, 2u);
    ASSERT_LT(t, tokens.size());
    got.push_back(text.substr(tokens[t].span.begin, tokens[t].span.size()));
  }
  EXPECT_EQ(got, GetParam().expected);
  const std::vector<Token> plain = tokenize(text, 0);
  ASSERT_EQ(plain.size() + 2, tokens.size());
  for (size_t t = 0; t < plain.size(); ++t) EXPECT_EQ(plain[t].span, tokens[t + 2].span);
}

const StopCase kStopCases[] = {
    // Sentence-final punctuation.
    {"PlainStops", "He left. She stayed! Why?", {".", "!", "?"}},
    {"Ellipses", "wait... then\xE2\x80\xA6 go", {"...", "\xE2\x80\xA6"}},
    {"FullWidth",
     "\xE5\xA5\xBD\xE3\x80\x82\xEF\xBC\x9F\xEF\xBC\x81",
     {"\xE3\x80\x82", "\xEF\xBC\x9F", "\xEF\xBC\x81"}},
    // Words with their own final period; an initial's period is its own token.
    {"Initialisms", "the U.S. and 10 a.m. talks", {"U.S.", "a.m."}},
    {"Initial", "J. Austin", {"."}},
    {"NoSpaceAfterPeriod", "example.com", {"."}},
    // No stops.
    {"DecimalNumber", "3.5 and 1,500", {}},
    {"OtherPunctuation",
     "a, b; c: d \xE2\x80\x94 \xE2\x80\x9C"
     "e\xE2\x80\x9D $5 50%",
     {}},
    {"Empty", "", {}},
};

INSTANTIATE_TEST_SUITE_P(Cases, Stops, testing::ValuesIn(kStopCases), testing_support::CaseName());

struct WordEndCase {
  const char* name;
  const char* after;  // what follows the word
  bool joined;        // the word goes on through it
};

class WordEnds : public testing::TestWithParam<WordEndCase> {};

// A word of every length from 1 to 20 letters and digits, ended by `after`: the word ends
// exactly there, wherever that falls in an eight-byte read.
TEST_P(WordEnds, EndAtEveryLength) {
  const std::string letters = "aZ9zA0mQ5bY1cX2dW3eV4";
  for (size_t n = 1; n <= 20; ++n) {
    const std::string word = letters.substr(0, n);
    const std::string text = word + GetParam().after + "k";
    const std::vector<Token> tokens = tokenize(text, 0);
    ASSERT_FALSE(tokens.empty());
    EXPECT_EQ(tokens[0].kind, TokenKind::kWord);
    const size_t expected_end = GetParam().joined ? text.size() : n;
    EXPECT_EQ(tokens[0].span.end, expected_end) << text;
  }
}

const WordEndCase kWordEndCases[] = {
    // ASCII bytes just outside the letter and digit ranges.
    {"Slash", "/", false},
    {"Colon", ":", false},
    {"At", "@", false},
    {"OpenBracket", "[", false},
    {"Backtick", "`", false},
    {"OpenBrace", "{", false},
    {"Delete", "\x7F", false},
    {"Space", " ", false},
    {"Comma", ",", false},
    // Joiners and other letters carry the word on.
    {"Hyphen", "-", true},
    {"Apostrophe", "'", true},
    {"OtherLetter", "\xC3\xA9", true},
    {"NonBreakingSpace", "\xC2\xA0", false},
};

INSTANTIATE_TEST_SUITE_P(Cases, WordEnds, testing::ValuesIn(kWordEndCases),
                         testing_support::CaseName());

TEST(DecodeUtf8, ReplacesInvalidBytesAndCountsThem) {
  DecodedText d =
      decode_utf8(std::string("a\xFF"
                              "b\xC3",
                              4));
  EXPECT_EQ(d.text,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(d.replaced_bytes, 2u);
}

TEST(DecodeUtf8, KeepsValidTextAndExistingReplacementCharacters) {
  DecodedText d = decode_utf8("caf\xC3\xA9 \xEF\xBF\xBD");
  EXPECT_EQ(d.text, "caf\xC3\xA9 \xEF\xBF\xBD");
  EXPECT_EQ(d.replaced_bytes, 0u);
}

TEST(DecodeUtf8, NormalisesLineBreaks) {
  DecodedText d = decode_utf8("a\r\nb\rc\n");
  EXPECT_EQ(d.text, "a\nb\nc\n");
  EXPECT_EQ(d.carriage_returns, 2u);
}

TEST(DecodeUtf8, NotesNulBytes) {
  EXPECT_TRUE(decode_utf8(std::string("a\0b", 3)).had_nul);
  EXPECT_FALSE(decode_utf8("ab").had_nul);
}

struct DecodeCase {
  const char* name;
  std::string input;
  std::string expected;
  size_t replaced;
  size_t carriage_returns;
};

class Decoding : public testing::TestWithParam<DecodeCase> {};

// decode_utf8 and decode_utf8_in_place agree on every row.
TEST_P(Decoding, DecodesAsExpected) {
  const DecodeCase& c = GetParam();
  for (const DecodedText& d : {decode_utf8(c.input), decode_utf8_in_place(std::string(c.input))}) {
    EXPECT_EQ(d.text, c.expected);
    EXPECT_EQ(d.replaced_bytes, c.replaced);
    EXPECT_EQ(d.carriage_returns, c.carriage_returns);
  }
}

const DecodeCase kDecodeCases[] = {
    // Valid text, ASCII runs longer and shorter than a word of eight bytes.
    {"Empty", "", "", 0, 0},
    {"LongAscii", "The ministry said forty boats sank.", "The ministry said forty boats sank.", 0,
     0},
    {"MultiByte", "na\xC3\xAFve \xE2\x80\x9Cquote\xE2\x80\x9D \xF0\x9F\x98\x80!",
     "na\xC3\xAFve \xE2\x80\x9Cquote\xE2\x80\x9D \xF0\x9F\x98\x80!", 0, 0},
    // Line breaks, also inside long ASCII runs and next to other code points.
    {"CrLfInLongRun", "first line here\r\nsecond line here\r\n",
     "first line here\nsecond line here\n", 0, 2},
    {"LoneCrs", "a\r\rb\r", "a\n\nb\n", 0, 3},
    {"CrLfBeforeMultiByte", "twelve bytes\r\n\xC3\xA9t\xC3\xA9 and more",
     "twelve bytes\n\xC3\xA9t\xC3\xA9 and more", 0, 1},
    // Invalid sequences: each becomes one U+FFFD, before or after a shortened line break.
    {"StrayTrailByte",
     "abc\x80"
     "def",
     "abc\xEF\xBF\xBD"
     "def",
     1, 0},
    {"OverlongSlash",
     "a\xC0\xAF"
     "b",
     "a\xEF\xBF\xBD"
     "b",
     1, 0},
    {"Surrogate",
     "a\xED\xA0\x80"
     "b",
     "a\xEF\xBF\xBD"
     "b",
     1, 0},
    {"BeyondU10FFFF",
     "a\xF4\x90\x80\x80"
     "b",
     "a\xEF\xBF\xBD"
     "b",
     1, 0},
    {"TruncatedAtEnd", "caf\xC3", "caf\xEF\xBF\xBD", 1, 0},
    {"InvalidAfterCrLf", "one line\r\ntwo\xFF\r\nthree", "one line\ntwo\xEF\xBF\xBD\nthree", 1, 2},
    {"CrLfAfterInvalid", "x\xFE\r\ny", "x\xEF\xBF\xBD\ny", 1, 1},
};

INSTANTIATE_TEST_SUITE_P(Cases, Decoding, testing::ValuesIn(kDecodeCases),
                         testing_support::CaseName());

// What decode_utf8 promises, written plainly with utf8cpp: replace, count, then normalise.
DecodedText reference_decode(std::string_view bytes) {
  DecodedText out;
  std::string valid;
  utf8::replace_invalid(bytes.begin(), bytes.end(), std::back_inserter(valid), 0xFFFD);
  auto count_fffd = [](std::string_view s) {
    size_t n = 0;
    for (size_t p = s.find("\xEF\xBF\xBD"); p != std::string_view::npos;
         p = s.find("\xEF\xBF\xBD", p + 3))
      ++n;
    return n;
  };
  out.replaced_bytes = count_fffd(valid) - count_fffd(bytes);
  out.had_nul = valid.find('\0') != std::string::npos;
  for (size_t i = 0; i < valid.size(); ++i) {
    if (valid[i] != '\r') {
      out.text += valid[i];
      continue;
    }
    ++out.carriage_returns;
    out.text += '\n';
    if (i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
  }
  return out;
}

// Random mixes of ASCII, line breaks, NUL, valid and broken sequences: the one-pass decoder
// agrees with the plain one on every input.
TEST(DecodeUtf8, AgreesWithPlainReplacementOnRandomInput) {
  const std::string pieces[] = {"a",
                                "word ",
                                "\r\n",
                                "\r",
                                "\n",
                                std::string(1, '\0'),
                                "\xC3\xA9",
                                "\xE2\x80\x99",
                                "\xF0\x9F\x98\x80",
                                "\xC3",
                                "\x80",
                                "\xE2\x80",
                                "\xED\xA0\x80",
                                "\xF5\x80\x80\x80",
                                "\xEF\xBF\xBD",
                                "\xC0\xAF",
                                "long run of ascii text "};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string input;
    const int count = static_cast<int>(random() % 12);
    for (int k = 0; k < count; ++k) input += pieces[random() % std::size(pieces)];
    const DecodedText expected = reference_decode(input);
    for (const DecodedText& d : {decode_utf8(input), decode_utf8_in_place(std::string(input))}) {
      ASSERT_EQ(d.text, expected.text) << testing::PrintToString(input);
      ASSERT_EQ(d.replaced_bytes, expected.replaced_bytes) << testing::PrintToString(input);
      ASSERT_EQ(d.carriage_returns, expected.carriage_returns) << testing::PrintToString(input);
      ASSERT_EQ(d.had_nul, expected.had_nul) << testing::PrintToString(input);
    }
  }
}

TEST(OffsetMap, CountsCodePointsAndUtf16Units) {
  // "é" is 2 bytes, 1 code point, 1 unit; "😀" is 4 bytes, 1 code point, 2 units.
  const std::string text = "a\xC3\xA9\xF0\x9F\x98\x80z";
  OffsetMap map(text);
  EXPECT_EQ(map.to(OffsetUnit::kCodePoint, 0), 0u);
  EXPECT_EQ(map.to(OffsetUnit::kCodePoint, 3), 2u);
  EXPECT_EQ(map.to(OffsetUnit::kCodePoint, 7), 3u);
  EXPECT_EQ(map.to(OffsetUnit::kUtf16, 7), 4u);
  EXPECT_EQ(map.to(OffsetUnit::kUtf16, 8), 5u);
  EXPECT_EQ(map.to(OffsetUnit::kByte, 8), 8u);
}

TEST(OffsetMap, AgreesWithScanAcrossCheckpoints) {
  std::string text;
  for (int i = 0; i < 300; ++i)
    text += (i % 3 == 0) ? "\xE2\x80\x94" : (i % 5 == 0 ? "\xF0\x9F\x98\x80" : "x");
  OffsetMap map(text);
  uint32_t cp = 0, u16 = 0;
  for (uint32_t b = 0; b <= text.size(); ++b) {
    ASSERT_EQ(map.to(OffsetUnit::kCodePoint, b), cp) << "byte " << b;
    ASSERT_EQ(map.to(OffsetUnit::kUtf16, b), u16) << "byte " << b;
    if (b < text.size()) {
      auto c = static_cast<unsigned char>(text[b]);
      if ((c & 0xC0) != 0x80) {
        ++cp;
        u16 += c >= 0xF0 ? 2 : 1;
      }
    }
  }
}

TEST(Lexicon, AbbreviationsAreSortedAndUnique) {
  auto table = lexicon::abbreviations();
  for (size_t i = 1; i < table.size(); ++i)
    EXPECT_LT(table[i - 1].text, table[i].text) << "at " << table[i].text;
  auto starters = lexicon::sentence_starters();
  EXPECT_TRUE(std::is_sorted(starters.begin(), starters.end()));
}

}  // namespace
}  // namespace parallax
