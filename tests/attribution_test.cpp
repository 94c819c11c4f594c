// Attribution: the source each sentence gives, with pronouns and descriptions resolved.
#include "extract/attribution.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/entities.h"
#include "test_support.h"
#include "typography.h"

namespace parallax {
namespace {

struct AttributionCase {
  const char* name;
  const char* input;
  int sentence;        // index of the sentence to check; -1 for the last one
  const char* source;  // expected source name ("" for none)
};

class SentenceAttribution : public testing::TestWithParam<AttributionCase> {};

TEST_P(SentenceAttribution, NamesSource) {
  const AttributionCase& c = GetParam();
  const DocumentText doc = segment(decode_utf8(c.input).text);
  const Attributions a = resolve_attribution(doc, extract_entities(doc, 0));
  ASSERT_EQ(a.by_sentence.size(), doc.sentences.size());
  ASSERT_FALSE(doc.sentences.empty());
  const size_t s = c.sentence < 0 ? doc.sentences.size() - 1 : static_cast<size_t>(c.sentence);
  ASSERT_LT(s, doc.sentences.size());
  EXPECT_EQ(a.source_of(static_cast<uint32_t>(s)), c.source) << doc.slice(doc.sentences[s].span);
}

const AttributionCase kAttributionCases[] = {
    // "the company" is never a union, even one quoted since the company was named.
    {"TheCompanyIsNoUnion",
     "The blast killed 12 people, according to the Chemical Workers Union, which counts a "
     "contractor listed as missing by the company. Halvex Chemicals, which owns the plant, puts "
     "the toll at 11.\nThe union said 150 people were on shift.\n\u201CWe are devastated,\u201D "
     "the company said.",
     -1, "Halvex Chemicals"},
    // A body's description with words before its head that name none of the body quoted
    // before is another body; one that shares a word is the same one.
    {"DescriptionOfAnotherMinistry",
     "The dam was \u201Cbadly hit\u201D, the energy ministry said.\nThe defence ministry said "
     "all its targets were hit.",
     1, "defence ministry"},
    {"DescriptionOfTheSameMinistry",
     "The dam was \u201Cbadly hit\u201D, the Energy Ministry said.\nThe country's energy "
     "ministry said later that repairs would take weeks.",
     1, "Energy Ministry"},
    // "in the words of X" names who gave the words, before a later verb's subject.
    {"InTheWordsOf",
     "The port called the fees \u201Ca scandal\u201D, in the words of Elena Vask, and said more.",
     0, "Elena Vask"},
    {"ClaimsOfIsANoun",
     "The ministry rejected Tarsk claims of shelling as \u201Clies\u201D, in the words of Elena "
     "Vask.",
     0, "Elena Vask"},
    {"WordsWithoutInTheOfIsNoCue", "Marta Kollin said the words were hard to hear.", 0,
     "Marta Kollin"},
    // A relative clause that quotes or reports between a name and its verb.
    {"RelativeClauseWithAQuote",
     "Dr Olsen spoke first.\nMs Brandt, who has called the floods \u201Cthe worst in a "
     "lifetime\u201D, said the state would pay.",
     1, "Brandt"},
    {"RelativeClauseOfABody",
     "The Water Agency spoke first.\nThe European Union, which pledged 3 million euros on "
     "Monday, said it would send engineers.",
     1, "European Union"},
    // A set-off aside between a subject and its verb: how or where the person spoke.
    {"SpeakingAside", "Ms Vask, speaking in Tarsk, said the port would stay shut.", 0, "Vask"},
    {"StatementAside", "Harbor Minister Elena Vask, in a written statement, said fees would rise.",
     0, "Elena Vask"},
    {"AsideBeforeCoordinatedVerb",
     "Mayor Ivo Brandt, at a briefing, praised the crews and said the dam would hold.", 0,
     "Ivo Brandt"},
    {"PlaceBeforeAsideIsNoSource", "In Tarsk, in a written statement, the port said it was shut.",
     0, ""},
    // Subject before the verb.
    {"NameSaid", "Marta Kollin said the bridge would reopen.", 0, "Marta Kollin"},
    {"TitleNameSaid", "Harbor Minister Elena Vask said the port was safe.", 0, "Elena Vask"},
    {"SurnameSaid", "Marta Kollin arrived. Kollin said the bridge was shut.", -1, "Marta Kollin"},
    {"ToldReporters", "Marta Kollin told reporters the bridge was shut.", 0, "Marta Kollin"},
    // A person, then where they work: the person speaks, not the firm.
    {"PersonOfFirmWithAmpersandSaid", "Nika Brell of Fenwick & Hale said the bid was low.", 0,
     "Nika Brell"},
    {"PersonAtFirmSaid", "Oren Talby at Westmark Capital said the bid was low.", 0, "Oren Talby"},
    {"AppositiveFirmWithAmpersand",
     "Nika Brell, an analyst at Fenwick & Hale, said the bid was low.", 0, "Nika Brell"},
    // A description, then a relative clause set off before the verb.
    {"DescriptionBeforeWhoClause",
     "Harbor Minister Elena Vask spoke first. The minister, who took office in May, said the "
     "port was safe.",
     -1, "Elena Vask"},
    {"DescriptionBeforeWhichClause",
     "The Velor Harbor Authority met on Monday. The authority, which runs the port, said fees "
     "would rise.",
     -1, "Velor Harbor Authority"},
    // "the company" is the company named since the last one that spoke.
    {"CompanyNamedSinceTheLastSource",
     "The Velor Port Authority said fees would rise. Norsk Shipping Group cut two routes. The "
     "company said the fees were unfair.",
     -1, "Norsk Shipping Group"},
    {"CompanyThatSpokeLast",
     "Norsk Shipping Group cut two routes. The Velor Port Authority said fees would rise. The "
     "authority said more.",
     -1, "Velor Port Authority"},
    // "the company" is never a ministry or a union named later than it: the latest body of
    // no other kind; "the union" is the body whose name holds the noun.
    {"CompanyIsNoMinistryNamedAfterIt",
     "Brannock Motors cut 400 jobs in Tarsk. The Varnholm Industry Ministry called the cuts "
     "regrettable. The company said demand had collapsed.",
     -1, "Brannock Motors"},
    {"CompanyIsNoUnionNamedAfterIt",
     "Orlen Freight Ltd closed its depot. The Tarsk Dockers Union called a strike. The company "
     "said talks would resume.",
     -1, "Orlen Freight Ltd"},
    {"CompanyBetweenTwoBodiesOfNoKindIsNone",
     "Norsk Shipping Group cut 400 jobs in Tarsk. Tarsk Freight Group bought the Orlen plant. "
     "The company said demand had collapsed.",
     -1, "company"},
    {"UnionIsTheBodyNamedAsOne",
     "The Tarsk Dockers Union called a strike. Orlen Freight Ltd closed its depot. The union "
     "said the strike would go on.",
     -1, "Tarsk Dockers Union"},
    // "staff" heads a body's description: "the General Staff", "hospital staff".
    {"GeneralStaffSaid",
     "Tarsk\u2019s General Staff said its forces used \u201Cdozens\u201D of drones on Monday.", 0,
     "Tarsk\u2019s General Staff"},
    {"StaffSaid", "Hospital staff in Orlen said 40 people were treated on Monday.", 0,
     "Hospital staff"},
    // A definite description that opens the sentence is the subject of a coordinated verb.
    {"DescriptionBeforeCoordinatedVerb",
     "Halvar Logistics cut its forecast. The company lost a contract in May and said it would "
     "appeal.",
     -1, "Halvar Logistics"},
    {"DescriptionAsObjectIsNoSubject",
     "Halvar Logistics cut its forecast. Lena Orr praised the company and said it would recover.",
     -1, "Lena Orr"},
    {"TitleOfOfficeIsNoPerson", "The Minister of Finance said the budget was tight.", 0,
     "Minister"},
    {"ToldJournalists", "Ivo Brandt told journalists in Tarsk that 40 boats sank.", 0,
     "Ivo Brandt"},
    {"Added", "Ivo Brandt added that the fleet was ready.", 0, "Ivo Brandt"},
    {"SaidInStatement", "The Harbor Safety Ministry said in a statement that 12 ships were lost.",
     0, "Harbor Safety Ministry"},
    {"HasAssessed", "The Coastal Mapping Service has assessed that 300 homes flooded.", 0,
     "Coastal Mapping Service"},
    {"AuxiliaryAndAdverb", "Ivo Brandt has also repeatedly warned that prices will rise.", 0,
     "Ivo Brandt"},
    {"WeekdayBetween", "Ivo Brandt on Tuesday said that prices will rise.", 0, "Ivo Brandt"},
    {"Claimed", "Anton Perev claimed the dam would hold.", 0, "Anton Perev"},
    {"Announced", "Anton Perev announced new fees on Monday.", 0, "Anton Perev"},
    {"PossessiveOwner", "Ukraine" RSQ "s Coastal Mapping Service said 30 boats sank.", 0,
     "Ukraine's Coastal Mapping Service"},
    {"AliasOwner", "Seoul" RSQ "s Rivers Data Agency said 30 boats sank.", 0,
     "South Korea's Rivers Data Agency"},
    // Subject after the verb.
    {"SaidName", LDQ "It is over," RDQ " said Marta Kollin.", 0, "Marta Kollin"},
    {"SaidNameAppositive",
     "The water will rise, said Ivo Brandt, a senior fellow at the Harbor Institute.", 0,
     "Ivo Brandt"},
    {"AccordingTo", "Forty boats sank, according to Ivo Brandt.", 0, "Ivo Brandt"},
    {"AccordingToOrganisation", "According to the Harbor Safety Ministry, 40 boats sank.", 0,
     "Harbor Safety Ministry"},
    {"AccordingToReport", "Forty boats sank, according to a Harbor Times report.", 0,
     "Harbor Times"},
    {"TrailingDash", LDQ "We will rebuild." RDQ " " MDASH " Marta Kollin", -1, "Marta Kollin"},
    {"TrailingDashAfterSentence", "The port will reopen soon " MDASH " Marta Kollin", 0,
     "Marta Kollin"},
    // Appositives.
    {"AppositiveBeforeVerb",
     "Ivo Brandt, a senior fellow at the Harbor Institute, said the dam was old.", 0, "Ivo Brandt"},
    {"RelativeClause", "Ivo Brandt, who led the inquiry, said the dam was old.", 0, "Ivo Brandt"},
    // The person before "of" speaks, past a relative clause, not where they work.
    {"AffiliationBeforeARelativeClause",
     "Foreign Minister Lene Haugstad of Norvaal, who negotiated the truce, said the guns were "
     "silent.",
     0, "Lene Haugstad"},
    {"PossessorOpensAppositive",
     "Ines Darrow, Tolvane" RSQ "s finance chief, said the bond sale was done.", 0, "Ines Darrow"},
    {"ModifierBeforeRoleNoun",
     "Ines Darrow, regional organiser for the dockers, said the vote was close.", 0, "Ines Darrow"},
    {"AcronymInBrackets",
     "Ines Darrow, regional organiser for the Port Workers" RSQ " Guild (PWG), said pay fell.", 0,
     "Ines Darrow"},
    {"OfAppositive", "Noor Halim, of Brightmoor Capital, told the paper the price was high.", 0,
     "Noor Halim"},
    {"ForHisPartAppositive",
     "Ivo Brandt arrived. Lena Oster, for her part, told analysts that the yard was safe.", -1,
     "Lena Oster"},
    {"AgeAppositive", "Ivo Brandt, 63, said the ferry had never been late.", 0, "Ivo Brandt"},
    {"AgeThenAppositive",
     "Ivo Brandt, 63, a welder who has worked at the yard for 30 years, said the yard was safe.", 0,
     "Ivo Brandt"},
    {"ClauseIsNotAppositive",
     "Talks with Tarsk stalled, but the crews kept working, said Ivo Brandt.", 0, "Ivo Brandt"},
    // Groups and new descriptions.
    {"BareGroup", "Earlier Monday, Veloran lawmakers said 3,000 homes flooded.", 0,
     "Veloran lawmakers"},
    {"IndefiniteDescription", "On Monday, a senior harbor official said the port was closed.", 0,
     "senior harbor official"},
    {"OfficialsReporting", "Prices rose, with harbor officials reporting 40 closures.", 0,
     "harbor officials"},
    // Pronouns and descriptions resolved.
    {"HeResolves", "Peter Kollin spoke first. Then he said the bridge was shut.", -1,
     "Peter Kollin"},
    // A first name that says another gender: no guess.
    {"HeSkipsTheOnlyWoman", "Marta Kollin spoke first. Then he said the bridge was shut.", -1, ""},
    {"SheResolvesToSource", "Anton Perev said the dam was old. She said it was new.", -1,
     "Anton Perev"},
    {"TheyResolveToGroup",
     "Veloran lawmakers said 300 homes flooded. They said 20 more were at risk.", -1,
     "Veloran lawmakers"},
    {"DefiniteGroup",
     "Veloran lawmakers said 300 homes flooded. About 40 boats sank, the lawmakers told "
     "journalists.",
     -1, "Veloran lawmakers"},
    {"DescriptionByTitle",
     "Trade Secretary Dana Wolcott spoke. Ivo Brandt agreed. The trade secretary said fees rose.",
     -1, "Dana Wolcott"},
    {"DescriptionByAppositive",
     "The dam is old, said Anton Perev, a lawmaker on the river committee. Ivo Brandt said so too. "
     "The lawmaker said repairs were late.",
     -1, "Anton Perev"},
    {"TheSpokesman",
     "Harbor spokesman Tomas Rieger said it was late. The spokesman said 5 ships left.", -1,
     "Tomas Rieger"},
    {"TheMinistry",
     "The Harbor Safety Ministry said 12 ships sank. The ministry said 3 more were missing.", -1,
     "Harbor Safety Ministry"},
    {"ForwardDescription",
     "Port reopens, trade secretary says\nTrade Secretary Dana Wolcott said the port reopened.", 0,
     "Dana Wolcott"},
    // Choosing among cues.
    {"SetOffCueWins",
     "Tarsk had promised to send 400 boats by June, whose crews were trained, the lawmakers told "
     "journalists.",
     0, "lawmakers"},
    {"FirstCueOtherwise", "Marta Kollin said the ministry confirmed that 40 boats sank.", 0,
     "Marta Kollin"},
    // No source.
    {"NoCue", "The bridge was shut for 3 days.", 0, ""},
    {"QuotedVerbIgnored", LDQ "We said it would fail," RDQ " Marta Kollin told reporters.", 0,
     "Marta Kollin"},
    {"OnlyQuotedVerb", "The sign read " LDQ "he said no" RDQ ".", 0, ""},
    {"NounNotVerb", "Tarsk" RSQ "s claim about the dam was false.", 0, ""},
    // A speech noun's possessor speaks its quotation only, not the sentence.
    {"SpeechNounNotSource",
     "Tomas Varga" RSQ "s warning that " LDQ "the quay is unsafe" RDQ " went unheeded.", 0, ""},
    {"SpeechNounThenVerb",
     "Tomas Varga" RSQ "s warning that " LDQ "the quay is unsafe" RDQ
     " was dismissed, Marta Kollin said.",
     0, "Marta Kollin"},
    // Former bugs.
    {"AdjectiveContinued", "Anton Perev stressed the continued Tarsk aid to the port.", 0,
     "Anton Perev"},
};

INSTANTIATE_TEST_SUITE_P(Cases, SentenceAttribution, testing::ValuesIn(kAttributionCases),
                         testing_support::CaseName());

TEST(AttributionCues, MarksEmbeddedCues) {
  const DocumentText doc =
      segment(decode_utf8("Marta Kollin said the ministry confirmed that 40 boats sank.").text);
  const Attributions a = resolve_attribution(doc, extract_entities(doc, 0));
  ASSERT_EQ(a.cues.size(), 2u);
  EXPECT_FALSE(a.cues[0].embedded);
  EXPECT_TRUE(a.cues[1].embedded);
}

// The attributions carry the document's quotations, read once, for extract_quotes.
TEST(AttributionCues, CarryTheQuoteRegions) {
  const DocumentText doc =
      segment(decode_utf8("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D Marta Kollin said. "
                          "\xE2\x80\x9CNot this year.\xE2\x80\x9D")
                  .text);
  const Attributions a = resolve_attribution(doc, extract_entities(doc, 0));
  const std::vector<QuoteRegion> expected = find_quote_regions(doc);
  ASSERT_EQ(a.quote_regions.size(), 2u);
  ASSERT_EQ(expected.size(), 2u);
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(a.quote_regions[i].outer(), expected[i].outer());
    EXPECT_EQ(a.quote_regions[i].inner, expected[i].inner);
  }
}

TEST(AttributionCues, SkipsFurniture) {
  const DocumentText doc = segment(decode_utf8("By Jane Doe\nMarta Kollin said so.").text);
  const Attributions a = resolve_attribution(doc, extract_entities(doc, 0));
  ASSERT_EQ(a.by_sentence.size(), 2u);
  EXPECT_EQ(a.source_of(0), "");
  EXPECT_EQ(a.source_of(1), "Marta Kollin");
}

}  // namespace
}  // namespace parallax
