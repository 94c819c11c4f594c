// Quotations: spans without their marks, and speakers.
#include "extract/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/attribution.h"
#include "extract/entities.h"
#include "test_support.h"
#include "typography.h"

namespace parallax {
namespace {

using QuoteList = std::vector<std::pair<std::string, std::string>>;  // text, speaker

QuoteList quotes_of(const std::string& text) {
  const DocumentText doc = segment(decode_utf8(text).text);
  const std::vector<EntityMention> entities = extract_entities(doc, 0);
  const Attributions a = resolve_attribution(doc, entities);
  QuoteList out;
  for (const QuoteMention& q : extract_quotes(doc, 0, a, entities))
    out.emplace_back(std::string(doc.slice(q.span)), q.speaker);
  return out;
}

struct QuoteCase {
  const char* name;
  const char* input;
  QuoteList expected;
};

class QuoteExtraction : public testing::TestWithParam<QuoteCase> {};

TEST_P(QuoteExtraction, FindsQuotesAndSpeakers) {
  EXPECT_EQ(quotes_of(GetParam().input), GetParam().expected);
}

const QuoteCase kQuoteCases[] = {
    // Marks.
    {"CurlyDouble",
     LDQ "The dam will hold," RDQ " Marta Kollin said.",
     {{"The dam will hold,", "Marta Kollin"}}},
    {"StraightDouble",
     "\"The dam will hold,\" Marta Kollin said.",
     {{"The dam will hold,", "Marta Kollin"}}},
    {"Guillemets",
     LGUIL "The dam will hold," RGUIL " Marta Kollin said.",
     {{"The dam will hold,", "Marta Kollin"}}},
    {"LowHighGerman",
     "\xE2\x80\x9E"
     "Wir bleiben," LDQ " sagte Marta Kollin.",
     {{"Wir bleiben,", ""}}},
    {"FinalStopInside",
     "Marta Kollin said: " LDQ "The dam will hold." RDQ,
     {{"The dam will hold.", "Marta Kollin"}}},
    {"SingleInHeadline",
     LSQ "The dam will hold" RSQ ", minister says\nHarbor Minister Elena Vask said: " LDQ
         "The dam will hold for now." RDQ,
     {{"The dam will hold", "Elena Vask"}, {"The dam will hold for now.", "Elena Vask"}}},
    {"SingleInsideDouble",
     LDQ "They called it " LSQ "a trap" RSQ " at once," RDQ " Ivo Brandt said.",
     {{"They called it " LSQ "a trap" RSQ " at once,", "Ivo Brandt"}}},
    // Apostrophes are never marks.
    {"Contractions",
     LDQ "They" RSQ "re late and we" RSQ "ll wait," RDQ " Ivo Brandt said.",
     {{"They" RSQ "re late and we" RSQ "ll wait,", "Ivo Brandt"}}},
    {"PossessiveBeforeQuote",
     "Tarsk" RSQ "s mayor called it " LDQ "a disgrace." RDQ,
     {{"a disgrace.", "Tarsk" RSQ "s mayor"}}},
    {"PluralPossessive",
     "The sailors" RSQ " union said it was " LDQ "unfair" RDQ ".",
     {{"unfair", "sailors" RSQ " union"}}},
    {"ApostropheName",
     LDQ "Wait," RDQ " said Liam O" RSQ "Daly. " LDQ "Please." RDQ,
     {{"Wait,", "Liam O" RSQ "Daly"}, {"Please.", "Liam O" RSQ "Daly"}}},
    {"DecadeApostrophe",
     "Back in the " RSQ "90s, Marta Kollin said, " LDQ "we sailed." RDQ,
     {{"we sailed.", "Marta Kollin"}}},
    {"NoQuotes", "Nobody" RSQ "s boat sank in the " RSQ "80s.", {}},
    // Partial quotes and figures.
    {"PartialQuote",
     "Ivo Brandt promised " LDQ "swift new repairs" RDQ " before winter.",
     {{"swift new repairs", "Ivo Brandt"}}},
    {"QuotedFigure",
     "Marta Kollin told the council that Tarsk sent " LDQ "4,000" RDQ " workers.",
     {{"4,000", "Marta Kollin"}}},
    {"TwoPartials",
     "Ivo Brandt announced " LDQ "new fees" RDQ " aimed at ships " LDQ "carrying grain." RDQ,
     {{"new fees", "Ivo Brandt"}, {"carrying grain.", "Ivo Brandt"}}},
    {"DescribedAs",
     "Anton Perev described the plan as " LDQ "a gift to smugglers" RDQ ".",
     {{"a gift to smugglers", "Anton Perev"}}},
    {"DismissedAs",
     "The Harbor Safety Ministry dismissed as " LDQ "rumors" RDQ " the reports.",
     {{"rumors", "Harbor Safety Ministry"}}},
    // Speakers.
    {"SaidName",
     LDQ "It is over," RDQ " said Marta Kollin, a senior fellow at the Harbor Institute.",
     {{"It is over,", "Marta Kollin"}}},
    {"AppositiveSpeaker",
     LDQ "It is over," RDQ " Ivo Brandt, a member of the council, said.",
     {{"It is over,", "Ivo Brandt"}}},
    {"PronounSpeaker",
     "Marta Kollin spoke on Monday. " LDQ "We will rebuild," RDQ " she said.",
     {{"We will rebuild,", "Marta Kollin"}}},
    {"DescriptionSpeaker",
     "Trade Secretary Dana Wolcott spoke. " LDQ "Fees will rise," RDQ " the trade secretary said.",
     {{"Fees will rise,", "Dana Wolcott"}}},
    {"IndefiniteSpeaker",
     "A harbor official said the plan would be " LDQ "a disaster" RDQ ".",
     {{"a disaster", "harbor official"}}},
    {"ToldReporters",
     LDQ "Boats are leaving," RDQ " Ivo Brandt told reporters in Tarsk.",
     {{"Boats are leaving,", "Ivo Brandt"}}},
    {"AdjacentCueBeatsLaterOne",
     LDQ "Boats are leaving," RDQ " Ivo Brandt told reporters, according to the Harbor Times.",
     {{"Boats are leaving,", "Ivo Brandt"}}},
    {"EmbeddedCueSkipped",
     "Marta Kollin said the ministry confirmed a " LDQ "large number" RDQ " of boats.",
     {{"large number", "Marta Kollin"}}},
    {"NearestClauseCue",
     "Anton Perev said the fees were fair, while Ivo Brandt described them as " LDQ "theft" RDQ ".",
     {{"theft", "Ivo Brandt"}}},
    {"QuestionSplitsSentence",
     LDQ "Will it hold?" RDQ " Ivo Brandt asked.",
     {{"Will it hold?", "Ivo Brandt"}}},
    {"NameAfterQuestion",
     LDQ "Will the dam hold?" RDQ " Kollin said. Marta Kollin left.",
     {{"Will the dam hold?", "Marta Kollin"}}},
    {"TrailingDash",
     LDQ "We will rebuild." RDQ " " MDASH " Marta Kollin",
     {{"We will rebuild.", "Marta Kollin"}}},
    {"BlockQuoteAfterColon",
     "Marta Kollin said:\n" LDQ "We will rebuild the harbor." RDQ,
     {{"We will rebuild the harbor.", "Marta Kollin"}}},
    // Quotations that follow others.
    {"FollowingQuote",
     LDQ "It is over," RDQ " Ivo Brandt said. " LDQ "We lost." RDQ,
     {{"It is over,", "Ivo Brandt"}, {"We lost.", "Ivo Brandt"}}},
    {"FollowingParagraph",
     LDQ "It is over," RDQ " Ivo Brandt said.\n" LDQ "We lost the fleet." RDQ,
     {{"It is over,", "Ivo Brandt"}, {"We lost the fleet.", "Ivo Brandt"}}},
    {"ContinuedOverParagraphs",
     "Marta Kollin left.\n" LDQ "We lost the fleet.\n" LDQ "We will rebuild it," RDQ
     " Ivo Brandt said.",
     {{"We lost the fleet.", "Ivo Brandt"}, {"We will rebuild it,", "Ivo Brandt"}}},
    {"HeadlineTakesBodySpeaker",
     LSQ "We will rebuild" RSQ ", port chief vows\n" LDQ "We will rebuild the harbor," RDQ
         " said Ivo Brandt.",
     {{"We will rebuild", "Ivo Brandt"}, {"We will rebuild the harbor,", "Ivo Brandt"}}},
    // The cue right after the closing mark names the speaker, title words before the name
    // and all, over a cue earlier in the sentence.
    {"TitleWordsBeforeTheCueAfterTheMark",
     "Tarsk officials said the count was slow, but " LDQ "every ballot counts," RDQ
     " Harbour Party leader Ilse Brandt said.",
     {{"every ballot counts,", "Ilse Brandt"}}},
    // A participle's subject is the clause's: "…, adding that X would be “…”" is no "said X".
    {"ParticipleIsNotInverted",
     "Ilse Brandt said on Monday that the Tarsk plant would close, adding that the company "
     "would be " LDQ "smaller" RDQ " by May.",
     {{"smaller", "Ilse Brandt"}}},
    {"ParticipleAfterAQuote",
     "Ilse Brandt spoke in Tarsk. " LDQ "We admire Orlen," RDQ " she said, noting that the "
     "workers would be " LDQ "paid in full" RDQ ".",
     {{"We admire Orlen,", "Ilse Brandt"}, {"paid in full", "Ilse Brandt"}}},
    // "Party leader X: “…”": the capitalised role word opening the sentence is no name.
    {"RoleWordBeforeTheColonLead",
     "The Greens say they asked for a recount in Tarsk. Party leader Ilse Brandt: " LDQ
     "Every ballot counts." RDQ,
     {{"Every ballot counts.", "Ilse Brandt"}}},
    // A live page's heading "Label: ‘words’" whose words the body does not quote again: the
    // speaker of its entry's first quotation, when the label names them or their body there;
    // never a quotation of the next entry.
    {"HeadingLabelNamesTheEntrysBody",
     "Tarsk: " LSQ "The port is lost" RSQ "\nThe Tarsk harbour master, Ilse Brandt, said on "
     "Friday that " LDQ "no ship can dock" RDQ ".",
     {{"The port is lost", "Ilse Brandt"}, {"no ship can dock", "Ilse Brandt"}}},
    {"HeadingLabelNamesNoneOfTheEntry",
     "Orlen: " LSQ "The port is lost" RSQ "\nThe Tarsk harbour master, Ilse Brandt, said on "
     "Friday that " LDQ "no ship can dock" RDQ ".",
     {{"The port is lost", ""}, {"no ship can dock", "Ilse Brandt"}}},
    {"HeadingOverAnEntryWithoutQuotes",
     "Tarsk: " LSQ "The port is lost" RSQ "\nThe Tarsk harbour stayed shut on Friday.\nVarnholm "
     "ferries\nThe Tarsk mayor, Ivo Kessel, said that " LDQ "ferries will wait" RDQ ".",
     {{"The port is lost", ""}, {"ferries will wait", "Ivo Kessel"}}},
    // Attribution that follows the article (issue 16).
    {"CoordinatedVerb",
     "Ivo Brandt toured the quay after dawn and told reporters that repairs would take " LDQ
     "many months" RDQ ".",
     {{"many months", "Ivo Brandt"}}},
    {"CoordinatedVerbAfterBut",
     "The ministry gave no figures, but Marta Kollin appeared on radio and said the toll would "
     "rise " LDQ "sharply" RDQ ".",
     {{"sharply", "Marta Kollin"}}},
    {"CoordinatedVerbPronoun",
     "He walked along the pier and said the damage was " LDQ "beyond belief" RDQ ".",
     {{"beyond belief", ""}}},
    {"TitleThenNameSetOff",
     "The port chief, Ivo Brandt, assured reporters that the quay would reopen " LDQ
     "within days" RDQ ".",
     {{"within days", "Ivo Brandt"}}},
    {"NameThenOpenAppositive",
     "The collapse was a " LDQ "grave failure" RDQ ", Ivo Brandt, the harbor" RSQ
     "s chief engineer told reporters.",
     {{"grave failure", "Ivo Brandt"}}},
    {"InvertedCueAfterAdverbials",
     LDQ "The dam holds" RDQ " acknowledged, on Monday evening, on Radio Tarsk, the Minister of "
         "Works, Elena Vask, adding that repairs would start.",
     {{"The dam holds", "Elena Vask"}}},
    {"PostmodifierAfterSubject",
     "The levy would have " LDQ "no effect on fishermen," RDQ
     " the Tarsk dockers federation for the region said.",
     {{"no effect on fishermen,", "Tarsk dockers federation"}}},
    {"PlaceIsNotTheSpeaker",
     "Officials in Lyon said the damage was " LDQ "severe" RDQ ".",
     {{"severe", "Officials"}}},
    {"NewsAgencyCreditIsNoSpeaker",
     "Marta Kollin said the quay was shut.\n" LDQ "We are working day and night." RDQ " " MDASH
     " Reuters",
     {{"We are working day and night.", "Marta Kollin"}}},
    {"RivalsInOneSentence",
     "Peter Riedl and Anna Holm clashed on Tuesday. Holm called the plan " LDQ "reckless," RDQ
     " while Riedl said it was " LDQ "fair and overdue." RDQ,
     {{"reckless,", "Anna Holm"}, {"fair and overdue.", "Peter Riedl"}}},
    {"RivalRepliesByPronoun",
     "Peter Riedl and Anna Holm clashed.\nRiedl accused Holm of lying. She replied that his "
     "numbers " LDQ "do not add up." RDQ,
     {{"do not add up.", "Anna Holm"}}},
    // Pronouns and roles resolved within the article.
    {"PronounTakesLaterSubject",
     "Ivo Brandt said the port was shut. At the briefing, Harbor Minister Elena Vask described "
     "the damage: " LDQ "It is grave," RDQ " she said.",
     {{"It is grave,", "Elena Vask"}}},
    {"PronounTakesTheOneWhoReckons",
     "Ivo Brandt insisted: " LDQ "We are ready." RDQ " Later the rival leader Elena Vask reckons "
     "the plan is doomed. " LDQ "It will fail," RDQ " she told reporters.",
     {{"We are ready.", "Ivo Brandt"}, {"It will fail,", "Elena Vask"}}},
    {"PronounSkipsObject",
     "Marta Kollin said the council had misled Anton Perev. " LDQ "We will appeal," RDQ
     " she said.",
     {{"We will appeal,", "Marta Kollin"}}},
    {"PronounSkipsPossessor",
     "Anton Perev" RSQ "s deputy spoke first. Marta Kollin arrived later. " LDQ "No comment," RDQ
     " she said.",
     {{"No comment,", "Marta Kollin"}}},
    {"SheSkipsAMan",
     "Marta Kollin met Peter Brandt on Monday. Peter Brandt left early. " LDQ "We stay," RDQ
     " she said.",
     {{"We stay,", "Marta Kollin"}}},
    // A one-word name nothing says the gender of ("Tarvia", a country read as a surname
    // where a reporting verb follows it) gives way to a name that says the pronoun's gender.
    {"SheSkipsAOneWordNameOfNoGender",
     "Foreign Minister Greta Holm said Tarvia had agreed to the plan. " LDQ "It is a start," RDQ
     " she said.",
     {{"It is a start,", "Greta Holm"}}},
    {"HeSkipsAOneWordNameOfNoGender",
     "Envoy Pavel Rusk announced that Dellan and Tarvia have agreed to a swap.\n" LDQ
     "Both sides will gain," RDQ " he told reporters.",
     {{"Both sides will gain,", "Pavel Rusk"}}},
    // A first name says the gender of its own name only, not of a name after its verb.
    {"FirstNameDoesNotGenderTheNextName",
     "Foreign Minister Olga Holm said Tarvia had agreed to the plan. " LDQ "It is a start," RDQ
     " she said.",
     {{"It is a start,", "Olga Holm"}}},
    {"TitleStillGendersASurname",
     "Peter Brandt spoke first. Then Mrs. Kollin spoke. " LDQ "We stay," RDQ " she said.",
     {{"We stay,", "Kollin"}}},
    {"OneWordNameStillTakenWhenNoOtherFits",
     "Kollin said the dam would hold. " LDQ "We stay," RDQ " she said.",
     {{"We stay,", "Kollin"}}},
    // "repeated" reports words as "said" does.
    {"RepeatedThatQuote",
     "The envoy, Marta Kollin, repeated on Monday that " LDQ "the dam will hold" RDQ ".",
     {{"the dam will hold", "Marta Kollin"}}},
    {"HeSkipsAWoman",
     "Peter Brandt spoke first. Then Elena Vask spoke. " LDQ "We go," RDQ " he said.",
     {{"We go,", "Peter Brandt"}}},
    {"TitleGivesGender",
     "Peter Brandt spoke first. Then Mrs. Ari Vask spoke. " LDQ "We go," RDQ " he said.",
     {{"We go,", "Peter Brandt"}}},
    {"UnknownGenderFitsEither",
     "Peter Brandt spoke first. Then Ari Vask spoke. " LDQ "We go," RDQ " he said.",
     {{"We go,", "Ari Vask"}}},
    {"RoleOfTheSameClass",
     "Senator Ivo Brandt voted against the bill. " LDQ "It is a mistake," RDQ " the lawmaker said.",
     {{"It is a mistake,", "Ivo Brandt"}}},
    {"RoleFromAnAppositive",
     "Marta Kollin, the port spokeswoman, spoke first. Then Peter Vask, the mayor, arrived. " LDQ
     "We are ready," RDQ " the spokeswoman said.",
     {{"We are ready,", "Marta Kollin"}}},
    {"IndefiniteThenDefinite",
     "A harbor official said the quay was shut. " LDQ "It may take weeks," RDQ
     " the official said.",
     {{"It may take weeks,", "harbor official"}}},
    // Carried speakers and where they stop.
    {"CarryStopsAfterAParagraph",
     "Ivo Brandt said: " LDQ "We lost." RDQ "\nThe storm hit at dawn.\nThe port stayed closed "
     "for days.\n" LDQ "Nobody saw it coming." RDQ,
     {{"We lost.", "Ivo Brandt"}, {"Nobody saw it coming.", ""}}},
    {"CarryTakesTheLaterSource",
     "Ivo Brandt said " LDQ "yes" RDQ ". Marta Kollin told the council the plan was dead. " LDQ
     "It is over." RDQ,
     {{"yes", "Ivo Brandt"}, {"It is over.", "Marta Kollin"}}},
    {"UnattributedStaysEmpty",
     "The sign read " LDQ "closed for repairs" RDQ ".",
     {{"closed for repairs", ""}}},
    // Unbalanced marks.
    {"UnclosedEndsAtParagraph",
     LDQ "We lost the fleet, Ivo Brandt said.\nThe harbor stayed closed.",
     {{"We lost the fleet, Ivo Brandt said.", ""}}},
    {"StrayClosingMark",
     "Ivo Brandt said " LDQ "no" RDQ " to the plan." RDQ " Then he left.",
     {{"no", "Ivo Brandt"}}},
    {"EmptyQuote", "He wrote " LDQ RDQ " on the sign.", {}},
    {"StrayStraightQuote", "The boat is 6\" long.", {}},
    // A speech noun's possessor speaks the quotation it introduces.
    {"SpeechNounPossessiveName",
     "Tomas Varga" RSQ "s warning that " LDQ "the quay is unsafe" RDQ " went unheeded.",
     {{"the quay is unsafe", "Tomas Varga"}}},
    {"SpeechNounAdjective",
     "Marta Kollin" RSQ "s stark warning: " LDQ "The dam will not hold." RDQ,
     {{"The dam will not hold.", "Marta Kollin"}}},
    {"SpeechNounPronounAfterPossessor",
     "Ms Dana Orlek" RSQ "s campaign has pressed the point. Her claim that " LDQ
     "the ballots were moved at night" RDQ " has not been checked by the observers.",
     {{"the ballots were moved at night", "Dana Orlek"}}},
    {"SpeechNounPledgeTo",
     "Ivo Brandt toured the quay on Friday. His pledge to " LDQ "talk to everyone" RDQ
     " drew applause.",
     {{"talk to everyone", "Ivo Brandt"}}},
    {"SpeechNounDescription",
     "Harbor Minister Elena Vask toured the quay. The minister" RSQ "s promise: " LDQ
     "We will rebuild." RDQ,
     {{"We will rebuild.", "Elena Vask"}}},
    {"SpeechNounOnlyItsQuotation",
     "Ivo Brandt rejected Marta Kollin" RSQ "s claim that " LDQ "the dam is safe" RDQ ". " LDQ
     "It will break," RDQ " he said.",
     {{"the dam is safe", "Marta Kollin"}, {"It will break,", "Ivo Brandt"}}},
    {"SpeechNounGroupPossessor",
     "The harbor workers said they would strike. Their insistence that " LDQ
     "the quay stays shut" RDQ " surprised the council.",
     {{"the quay stays shut", "harbor workers"}}},
    {"SpeechNounOtherGender",
     "Mr Ivo Brandt spoke first. Her claim that " LDQ "the dam is safe" RDQ " went unanswered.",
     {{"the dam is safe", ""}}},
    {"SpeechNounWordsColon",
     "Marta Kollin closed the meeting. Her words: " LDQ "We stay." RDQ,
     {{"We stay.", "Marta Kollin"}}},
    {"SpeechNounWithoutPossessorUnchanged",
     "The claim that " LDQ "the quay is unsafe" RDQ " was repeated by Tomas Varga.",
     {{"the quay is unsafe", ""}}},
    {"SpeechNounNoPersonBefore",
     "Her claim that " LDQ "the ballots were moved" RDQ " has not been checked.",
     {{"the ballots were moved", ""}}},
    {"SpeechNounPersonTooFarBack",
     "Ivo Brandt said the port would reopen.\nThe council met on Monday.\nThe tide rose "
     "overnight.\nHis claim that " LDQ "the quay is safe" RDQ " was not checked.",
     {{"the quay is safe", ""}}},
    {"SpeechNounPlacePossessor",
     "North Korea" RSQ "s claim that " LDQ "the border is closed" RDQ " was disputed.",
     {{"the border is closed", ""}}},
    // A body named before a role noun describes the role: the person set off after it speaks.
    {"BodyBeforeRoleThenName",
     "Aid arrived on Monday.\n" LDQ "We stand with Tamsk," RDQ
     " said the EU relief commissioner, Anna Kovac.",
     {{"We stand with Tamsk,", "Anna Kovac"}}},
    // A possessor's role noun, then the person set off after it: the person speaks, not
    // "the Council's trade envoy"; with no name after it, the description stays.
    {"PossessorRoleThenName",
     "The Norvel Council met on Friday.\n" LDQ "We will not walk away," RDQ " said the Council" RSQ
     "s trade envoy, Marit Solberg.",
     {{"We will not walk away,", "Marit Solberg"}}},
    {"PossessorRoleWithoutName",
     "The Norvel Council met on Friday.\n" LDQ "We will not walk away," RDQ " said the Council" RSQ
     "s trade envoy.",
     {{"We will not walk away,", "Council's trade envoy"}}},
    // A titled name set off after a description ("Its head, Dr Velimir, said") speaks.
    {"TitledNameSetOffAfterDescription",
     "The Tarsk Water Board issued an alert. Its head, Dr Velimir, said the river had " LDQ
     "risen faster than ever" RDQ ".",
     {{"risen faster than ever", "Velimir"}}},
    // "X, the port director, who said …": "who" stands for the name before the appositive,
    // not the cue that ends the sentence.
    {"RelativeClauseAfterAppositive",
     "Lena Orr, the port director, who said on Monday that the fees were " LDQ "a scandal" RDQ
     ", will resign, her union said.",
     {{"a scandal", "Lena Orr"}}},
    {"RelativeClauseAfterDescriptionOnly",
     "The port director, who said on Monday that the fees were " LDQ "a scandal" RDQ
     ", will resign, her union said.",
     {{"a scandal", "union"}}},
    // A body's spokesperson or statement speaks for the body: the body named before whose
    // name holds the modifier, else the body noun; other modifiers leave the description.
    {"SpokespersonOfANamedBody",
     "The Norvel Development Fund cut its forecast. A Fund spokesperson said it was " LDQ
     "watching closely" RDQ ".",
     {{"watching closely", "Norvel Development Fund"}}},
    {"StatementOfABodyNoun",
     "A police statement said officers had " LDQ "acted lawfully" RDQ ".",
     {{"acted lawfully", "police"}}},
    {"SpokesmanOfABodyNoun",
     "A government spokesman said ministers would " LDQ "watch closely" RDQ ".",
     {{"watch closely", "government"}}},
    {"SpokesmanOfABodyNounAgain",
     "A government spokesman said talks would go on. " LDQ "We remain committed to peace," RDQ
     " the spokesman added.",
     {{"We remain committed to peace,", "government"}}},
    {"SpokesmanNamedBefore",
     "Police spokesman Ivo Brandt said the road was shut. " LDQ "It will reopen soon," RDQ
     " the police spokesman said.",
     {{"It will reopen soon,", "Ivo Brandt"}}},
    {"SpokespersonWithAnAdjective",
     "A senior spokesperson said ministers would " LDQ "watch closely" RDQ ".",
     {{"watch closely", "senior spokesperson"}}},
    // A description of a person nobody in the article is given the role of stays the
    // description: no guess at the person named before it.
    {"DescriptionOfNobodyInTheArticle",
     "Lena Orr has called a strike for Monday. " LDQ "We will not back down," RDQ
     " the union leader said.",
     {{"We will not back down,", "union leader"}}},
    {"DescriptionOfAPersonMetBefore",
     "Lena Orr met the union leader on Monday. " LDQ "We will not back down," RDQ
     " the union leader said.",
     {{"We will not back down,", "union leader"}}},
    {"DescriptionIsNoPersonWithAnotherRole",
     "Mayor Lena Orr has called a strike for Monday. " LDQ "We will not back down," RDQ
     " the union leader said.",
     {{"We will not back down,", "union leader"}}},
    // A live page's entry heading that shortens the entry's quotation (all its words but one,
    // in order) takes that quotation's speaker; unrelated words do not.
    {"HeadingShortensTheEntrysQuote",
     "Live: floods in Tarsk\n\n" LSQ "The river came in like a wall" RSQ "\nTarsk mayor Ana Vos "
     "described the night. " LDQ "The river came into the square like a wall," RDQ
     " she told the Courier.",
     {{"The river came in like a wall", "Ana Vos"},
      {"The river came into the square like a wall,", "Ana Vos"}}},
    {"HeadingUnlikeTheEntrysQuote",
     "Live: floods in Tarsk\n\n" LSQ "We will rebuild every street" RSQ "\nTarsk mayor Ana Vos "
     "described the night. " LDQ "The river came into the square like a wall," RDQ
     " she told the Courier.",
     {{"We will rebuild every street", ""},
      {"The river came into the square like a wall,", "Ana Vos"}}},
    // A heading differing from the entry's quotation in a content word is another quotation.
    {"HeadingDiffersInAContentWord",
     "Live: floods in Tarsk\n\n" LSQ "This is a disaster for all of us" RSQ "\nTarsk mayor Ana "
     "Vos described the night. " LDQ "This is a tragedy for all of us," RDQ " said Ana Vos.",
     {{"This is a disaster for all of us", ""}, {"This is a tragedy for all of us,", "Ana Vos"}}},
    // "who" in a relative clause stands for the name set off before it.
    {"RelativeClauseQuotes",
     "The Water Agency counted 40 breaches, Dr Olsen said.\nMs Brandt, who has called the "
     "floods " LDQ "the worst in a lifetime" RDQ ", said the state would pay.",
     {{"the worst in a lifetime", "Brandt"}}},
    // Bodies in the plural with no determiner are a new source, not the body named last.
    {"BarePluralBodies",
     "The UK has pledged aid.\nRelief charities say families are " LDQ "sleeping in cars" RDQ
     " as it gets colder.",
     {{"sleeping in cars", "Relief charities"}}},
    // A colon sets off the quotation of the person the sentence opens with, with no
    // reporting verb: a live page's "Leader X: “…”", "X, a role, addresses Y: “…”".
    {"ColonAfterRoleAndName",
     "The port reopened at dawn.\nStrike leader Petra Lund: " LDQ "We are going back to work." RDQ,
     {{"We are going back to work.", "Petra Lund"}}},
    {"ColonAfterNameAndVerbPhrase",
     "Crowds gathered by the river.\nAnton Ferro, the harbour master, thanks the crews: " LDQ
     "You saved the town tonight." RDQ,
     {{"You saved the town tonight.", "Anton Ferro"}}},
    {"ColonSpeakerBeforeNextSentenceCue",
     "Crowds gathered by the river.\nAnton Ferro, the harbour master, thanks the crews: " LDQ
     "You saved the town." RDQ " Mayor Ilse Brant says the quay is safe.",
     {{"You saved the town.", "Anton Ferro"}}},
    {"ColonAfterNameNotAtStart",
     "By noon the list of names read by the clerk to Anton Ferro: " LDQ "closed" RDQ,
     {{"closed", ""}}},
    // Former bugs.
    {"FurnitureSkipped",
     "Marta Kollin said " LDQ "yes" RDQ ".\nMore: " LSQ "No deal" RSQ " for the port",
     {{"yes", "Marta Kollin"}}},
};

INSTANTIATE_TEST_SUITE_P(Cases, QuoteExtraction, testing::ValuesIn(kQuoteCases),
                         testing_support::CaseName());

// Pathological inputs: each must finish (a quadratic blow-up shows as a ctest timeout) and
// give the right answer. Speed itself is measured by scripts/bench, never asserted here.
TEST(QuotePathological, UnmatchedOpeningMarks) {
  std::string text;
  for (int i = 0; i < 30000; ++i) text += LDQ "a ";
  // Each opening mark ends the unclosed quotation before it: no quotation holds a mark.
  for (const auto& [quote, speaker] : quotes_of(text)) ASSERT_EQ(quote, "a");
}

TEST(QuotePathological, UnmatchedClosingMarks) {
  std::string text;
  for (int i = 0; i < 30000; ++i) text += "a" RDQ " ";
  EXPECT_TRUE(quotes_of(text).empty());
}

TEST(QuotePathological, ManySpeakersAndPronouns) {
  std::string text;
  for (int i = 0; i < 5000; ++i)
    text +=
        "Marta Kollin said " LDQ "yes" RDQ ". He said " LDQ "no" RDQ ". The officials said so.\n";
  const QuoteList quotes = quotes_of(text);
  ASSERT_EQ(quotes.size(), 10000u);
  EXPECT_EQ(quotes.front().second, "Marta Kollin");
  EXPECT_EQ(quotes.back().first, "no");
}

TEST(QuotePathological, LongLine) {
  std::string text;
  while (text.size() < (size_t{10} << 20)) text += "Ivo Brandt said the port is closed and ";
  text += ".";
  EXPECT_TRUE(quotes_of(text).empty());
}

TEST(QuoteSpans, ExcludeMarksAndTrimSpaces) {
  const DocumentText doc = segment(decode_utf8(LDQ " spaced out " RDQ " she said.").text);
  const std::vector<EntityMention> entities = extract_entities(doc, 0);
  const auto quotes = extract_quotes(doc, 0, resolve_attribution(doc, entities), entities);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(doc.slice(quotes[0].span), "spaced out");
  EXPECT_EQ(quotes[0].sentence, 0u);
}

}  // namespace
}  // namespace parallax
