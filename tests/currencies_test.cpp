// Currencies learnt from the articles (extract/currencies.h): a count restated right after
// as a sum in a known currency names a currency, and every count of that noun is a sum.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parallax/parallax.h"
#include "test_support.h"

namespace parallax {
namespace {

using testing_support::CaseName;

struct CurrencyCase {
  const char* name;
  std::vector<const char*> texts;  // one article each
  const char* figure;              // the figure's text as the report gives it
  NumberKind kind;
  const char* unit;
};

const CurrencyCase kCurrencyCases[] = {
    {"RestatedInDollarsInParentheses",
     {"The fine was 620 million ducats ($60 million)."},
     "620 million ducats",
     NumberKind::kMoney,
     "DUCAT"},
    {"RestatedAfterACommaAndOr",
     {"It raised 840 million dalens, or about $100 million."},
     "840 million dalens",
     NumberKind::kMoney,
     "DALEN"},
    // Once learnt, the currency holds in every article, singular or plural.
    {"OtherArticlesCountsOfItAreSums",
     {"It raised 840 million dalens (about \u20AC92 million).",
      "The shares closed at 26.95 dalens on Tuesday."},
     "26.95 dalens",
     NumberKind::kMoney,
     "DALEN"},
    {"ANoBreakSpaceBeforeTheName",
     {"It raised 840\u00A0million\u00A0dalens (about $100 million).",
      "The shares closed at 26.95\u00A0dalens."},
     "26.95\u00A0dalens",
     NumberKind::kMoney,
     "DALEN"},
    // Things restated as their price are no currency, nor is a count never restated.
    {"TicketsAndTheirPrice",
     {"Fans bought 300 tickets ($4,500) within the hour."},
     "300",
     NumberKind::kCount,
     "tickets"},
    {"SharesAndTheirValue",
     {"It sold 40 million shares (about $840 million) on Tuesday."},
     "40 million",
     NumberKind::kCount,
     "shares"},
    {"CheapThingsAndTheirPrice",
     {"It bought 300 million masks ($90 million) in March."},
     "300 million",
     NumberKind::kCount,
     "masks"},
    {"VotesAreNoCurrency",
     {"She won 2.1 million votes, or about $0.2 million in deposits."},
     "2.1 million",
     NumberKind::kCount,
     "votes"},
    {"ASumThatGoesOnIsNoRestatement",
     {"It has 120 million subscribers (about $12 million in monthly fees)."},
     "120 million",
     NumberKind::kCount,
     "subscribers"},
    {"NeverRestated",
     {"The fine was 620 million ducats, the regulator said."},
     "620 million",
     NumberKind::kCount,
     "ducats"},
};

class Currencies : public testing::TestWithParam<CurrencyCase> {};

TEST_P(Currencies, LearnsFromRestatedSums) {
  const CurrencyCase& row = GetParam();
  std::vector<Document> docs;
  for (size_t k = 0; k < row.texts.size(); ++k)
    docs.push_back({"doc" + std::to_string(k) + ".txt", row.texts[k], "2026-12-09"});
  Options options;
  options.reference_date = "2026-12-09";
  const Analysis a = analyze(docs, options);
  bool found = false;
  for (const NumberMention& n : a.numbers) {
    if (a.documents[n.doc].text.slice(n.span) != row.figure) continue;
    found = true;
    EXPECT_EQ(n.kind, row.kind);
    EXPECT_EQ(n.unit, row.unit);
  }
  EXPECT_TRUE(found) << "no figure " << row.figure;
}

INSTANTIATE_TEST_SUITE_P(Cases, Currencies, testing::ValuesIn(kCurrencyCases), CaseName());

}  // namespace
}  // namespace parallax
