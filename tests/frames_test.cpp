// Quantity frames (compare/frames.h) read from sentences written for these tests, and the
// groups they allow: two figures join only where what they count, their predicate, place,
// subgroup, year and forecast agree.
#include "compare/frames.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/frame_lexicon.h"
#include "parallax/parallax.h"
#include "test_support.h"
#include "typography.h"

namespace parallax {
namespace {

using testing_support::CaseName;

Analysis analyze_texts(const std::vector<std::string>& texts) {
  std::vector<Document> docs;
  for (size_t k = 0; k < texts.size(); ++k)
    docs.push_back({"doc" + std::to_string(k) + ".txt", texts[k], "2025-05-14"});
  Options options;
  options.reference_date = "2025-05-14";
  return analyze(docs, options);
}

// The index of the figure whose text is `figure` in document `doc`, or -1.
int figure_index(const Analysis& a, uint32_t doc, const std::string& figure) {
  for (size_t i = 0; i < a.numbers.size(); ++i) {
    const NumberMention& n = a.numbers[i];
    if (n.doc == doc && a.documents[doc].text.slice(n.span) == figure) return static_cast<int>(i);
  }
  return -1;
}

struct FrameCase {
  const char* name;
  const char* text;
  const char* figure;
  const char* measured;   // "kind|class"
  const char* predicate;  // "" for none
  const char* place;      // folded place name, or ""
  bool national;
  bool local;
  const char* subgroup;  // "dimension=value" of the first subgroup, or ""
  bool forecast;
  int year;
  bool change = false;
  bool earlier = false;  // the level a change started from
};

const FrameCase kFrameCases[] = {
    // A stake is no vote share, whatever the article says of votes; a survey named as a body
    // is no poll; voters approving something do not make its share a vote share.
    {"OwnersShareIsNoVoteShare",
     "Shareholders approved the merger with 87% of the votes cast. Its owner Anna Sorel, who "
     "holds 5.1%, opposed it.",
     "5.1%", "percent|", "", "", false, false, "", false, 0},
    {"SurveyAsANameIsNoPoll",
     "The U.S. Geological Survey said the aftershock reached 12% in the referendum area.", "12%",
     "percent|votes", "", "", false, false, "", false, 0},
    {"VotersApprovingAreNoVoteShare", "Voters in Orlen also approved capping rent rises at 5%.",
     "5%", "percent|", "", "", false, false, "", false, 0},
    // Shares: what a percentage is of, or what changed by it.
    {"ShareOfStaff", "The carrier said 12% of its staff walked out on Monday.", "12%",
     "percent|workers", "", "", false, false, "", false, 0},
    // Assets are their own sum, not the debts beside them; an offer or a bid is a price.
    {"AssetsBesideDebts", "Brisca has debts of \u20AC3.1bn and assets of \u20AC2.2bn.",
     "\u20AC2.2bn", "money|eur", "assets", "", false, false, "", false, 0},
    {"DebtsBesideAssets", "Brisca has debts of \u20AC3.1bn and assets of \u20AC2.2bn.",
     "\u20AC3.1bn", "money|eur", "debt", "", false, false, "", false, 0},
    {"BidIsItsOwnSum", "Tovel has made a \u20AC90m bid for the airline's slots.", "\u20AC90m",
     "money|eur", "bid", "", false, false, "", false, 0},
    {"OfferOfJobsIsNoPrice", "Tovel has offered 300 staff new contracts.", "300", "count|workers",
     "", "", false, false, "", false, 0},
    // A sum's or a workforce's predicate frames no count of things beside it.
    {"FleetBesideDebts", "Brisca Air has debts of \u20AC3.1bn and 52 aircraft.", "52",
     "count|aircraft", "", "", false, false, "", false, 0},
    {"FleetBesideJobCuts", "Brisca Air will cut 1,900 jobs and 52 aircraft.", "52",
     "count|aircraft", "", "", false, false, "", false, 0},
    {"StaffBesideJobCuts", "Brisca Air will cut 1,900 jobs and 300 staff.", "300", "count|workers",
     "layoff", "", false, false, "", false, 0},
    {"ShareOfTheVote", "The incumbent won 48.7% of the vote in the runoff.", "48.7%",
     "percent|votes", "vote", "", false, false, "", false, 0},
    {"NounFellByShare", "Net profit fell 38% in the third quarter.", "38%", "percent|profit",
     "profit", "", false, false, "", false, 0, true},
    // A share price's move carries its trading session ("early trading", "closed").
    {"SharesDroppedShare", "Its shares dropped 5% in early trading.", "5%", "percent|shares", "",
     "", false, false, "session=intraday", false, 0, true},
    // The session is the figure's own clause's (read on through the price it reached), or
    // that of a phrase opening the sentence; another move's session is not its.
    {"OtherMovesSessionIsNotOurs",
     "Brannock shares fell 4% on Tuesday, while Varnholm shares jumped 9% in early trading.", "4%",
     "percent|shares", "", "", false, false, "", false, 0, true},
    {"EarlierMovesSessionIsNotOurs",
     "Brannock shares jumped 9% to $12.40 in premarket trading, but Varnholm shares fell 3%.", "3%",
     "percent|shares", "", "", false, false, "", false, 0, true},
    {"SessionAfterThePriceReached",
     "Brannock shares jumped 9% to $12.40 in premarket trading, but Varnholm shares fell 3%.", "9%",
     "percent|shares", "", "", false, false, "session=premarket", false, 0, true},
    {"SessionOpeningTheSentence", "In early trading, Brannock shares fell 4% in Tarsk.", "4%",
     "percent|shares", "", "tarsk", false, false, "session=intraday", false, 0, true},
    {"SubjectBeforeVerbAndAdverb", "The company's shares closed down 4.5% on Friday.", "4.5%",
     "percent|shares", "", "", false, false, "session=close", false, 0, true},
    {"SubjectBeforeAPhrase", "Net profit in the quarter fell 38 percent.", "38 percent",
     "percent|profit", "profit", "", false, false, "", false, 0, true},
    {"LevelAfterAChange", "Net profit fell 38% to $1.2 billion, while revenue slipped 9%.",
     "$1.2 billion", "money|usd", "profit", "", false, false, "", false, 0},
    {"PlanIsNoForecast", "The carrier said it would cut 900 jobs by March.", "900", "count|workers",
     "layoff", "", false, false, "", false, 0},
    // Business figures: a price of one unit is its own measure; job cuts count workers.
    {"PricePerShare", "The brewer offered $52 a share for its smaller rival.", "$52",
     "money|usd per share", "", "", false, false, "", false, 0},
    {"PricePerBarrel", "Traders signed a contract at $71 per barrel for the cargo.", "$71",
     "money|usd per barrel", "", "", false, false, "", false, 0},
    {"HyphenedPricePerBarrel", "Traders agreed a $71-a-barrel price for the cargo.", "$71",
     "money|usd per barrel", "", "", false, false, "", false, 0},
    {"TotalIsNoPrice", "The brewer offered $52 billion for its smaller rival.", "$52 billion",
     "money|usd", "", "", false, false, "", false, 0},
    // Company results: net income is profit, a charge is its own sum, recalled and delivered
    // vehicles are two counts, jobs eliminated are cuts.
    {"NetIncomeIsProfit", "Net income dropped to $48 million in the quarter.", "$48 million",
     "money|usd", "profit", "", false, false, "", false, 0},
    {"ChargeIsItsOwnSum", "The miner booked a $300 million charge on the mine.", "$300 million",
     "money|usd", "charge", "", false, false, "", false, 0},
    {"CompoundHeadIsTheSum", "Profit fell on a $300 million recall charge.", "$300 million",
     "money|usd", "charge", "", false, false, "", false, 0},
    {"VehiclesRecalled", "The maker is recalling about 90,000 vans.", "90,000", "count|vans",
     "recall", "", false, false, "", false, 0},
    {"RecallOfVehicles", "A recall of 90,000 vans hit the maker.", "90,000", "count|vans", "recall",
     "", false, false, "", false, 0},
    {"VehiclesDelivered", "The carmaker delivered 402,000 cars in the period.", "402,000",
     "count|cars", "deliver", "", false, false, "", false, 0},
    {"JobsEliminated", "The bank will eliminate 1,200 jobs in the spring.", "1,200",
     "count|workers", "layoff", "", false, false, "", false, 0},
    // Change verbs in the present tense of headlines, and a margin that narrows to a level.
    {"MarginNarrowedToALevel", "The operating margin narrowed to 6.2% from 8.9%.", "6.2%",
     "percent|margin", "margin", "", false, false, "", false, 0},
    {"HeadlineVerbInThePresent", "Ferrow profit slumps 22% as costs climb", "22%", "percent|profit",
     "profit", "", false, false, "", false, 0, true},
    // A short label before a colon that opens the line names what the figure is.
    {"LabelNamesTheCount", "Job cuts: ~2,300, mostly in France.", "2,300", "count|workers",
     "layoff", "", false, false, "", false, 0},
    {"LabelNamesTheShare", "Operating margin: 6.4% in the quarter.", "6.4%", "percent|margin",
     "margin", "", false, false, "", false, 0},
    {"LabelNamesTheSum", "Revenue: now $9.1 billion.", "$9.1 billion", "money|usd", "revenue", "",
     false, false, "", false, 0},
    {"LabelOfAnOutlook", "Revenue guidance: $40bn-$42bn for the year.", "$40bn-$42bn", "money|usd",
     "revenue", "", false, false, "", true, 0},
    {"OutlookBeforeTheFigure", "The company's outlook is $40bn in sales.", "$40bn", "money|usd",
     "revenue", "", false, false, "", true, 0},
    {"PerfectTenseChange", "Net profit has fallen 12% since the spring.", "12%", "percent|profit",
     "profit", "", false, false, "", false, 0, true},
    // A hedge between the change verb and its figure is read through.
    {"ChangeVerbThenHedge", "Its shares fell more than 7% on Monday.", "7%", "percent|shares", "",
     "", false, false, "", false, 0, true},
    {"ChangeByAboutAShare", "Net profit rose by about 12% in the quarter.", "12%", "percent|profit",
     "profit", "", false, false, "", false, 0, true},
    // "a N% drop in X": a change of X; net income and turnover change as profit and revenue.
    {"ChangeNounThenIn", "The miner reported a 17% drop in net income.", "17%", "percent|profit",
     "profit", "", false, false, "", false, 0, true},
    {"RiseInTurnover", "The retailer posted a 6% rise in turnover.", "6%", "percent|revenue",
     "revenue", "", false, false, "", false, 0, true},
    {"IncomeFellIsAProfitChange", "Net income fell 17% in the quarter.", "17%", "percent|profit",
     "profit", "", false, false, "", false, 0, true},
    {"JobCutsCountWorkers", "The retailer announced 640 cuts at its depots.", "640",
     "count|workers", "layoff", "", false, false, "", false, 0},
    {"RolesAxed", "The lender axed 300 roles at its branches.", "300", "count|workers", "layoff",
     "", false, false, "", false, 0},
    {"TakeoverFramesASum", "The brewer agreed a $6 billion takeover of its rival.", "$6 billion",
     "money|usd", "value", "", false, false, "", false, 0},
    {"DealFramesNoCount", "The deal will remove 800 jobs at the brewer.", "800", "count|workers",
     "", "", false, false, "", false, 0},
    {"MonthIsNoPlace", "The insurer turned down a $14 billion approach in March.", "$14 billion",
     "money|usd", "", "", false, false, "", false, 0},
    {"CapitalisedMonthIsNoMarch", "Organisers counted 8,000 marchers in Dunmere in March.", "8,000",
     "count|people", "protest", "dunmere", false, false, "", false, 0},
    {"WeekdayIsNoPlace", "The grocer sold 3,000 stores in Ostrava on Friday.", "3,000",
     "count|stores", "", "ostrava", false, false, "", false, 0},
    // An appeal for money, funding, a pledge (the noun).
    {"AppealForMoney", "The charity launched an appeal for $3.2 million on Monday.", "$3.2 million",
     "money|usd", "appeal", "", false, false, "", false, 0},
    {"FundingIsAPledge", "The bank announced \u20AC2 million in emergency funding for the port.",
     "\u20AC2 million", "money|eur", "pledge", "", false, false, "", false, 0},
    {"AidIsAPledge", "The union said it would release \u20AC3 million in emergency aid.",
     "\u20AC3 million", "money|eur", "pledge", "", false, false, "", false, 0},
    {"PredicatePastAConversion",
     "The bank announced \u20AC2 million ($2.2 million) in emergency funding for the port.",
     "\u20AC2 million", "money|eur", "pledge", "", false, false, "", false, 0},
    {"PledgeNoun", "The city welcomed a pledge of $5 million from the state.", "$5 million",
     "money|usd", "pledge", "", false, false, "", false, 0},
    // The size of a place.
    {"HomeToIsPopulation", "The valley is home to some 48,000 people.", "48,000", "count|people",
     "population", "", false, false, "", false, 0},
    // Places: a named town, the whole country, an unnamed place below it.
    {"NamedPlace", "Police said 5,000 protesters marched in Valmora.", "5,000", "count|people",
     "protest", "valmora", false, false, "", false, 0},
    {"AcrossTheCountry", "Organisers counted 90,000 marchers across the country.", "90,000",
     "count|people", "protest", "", true, false, "", false, 0},
    {"NationwideWord", "About 40,000 teachers went on strike nationwide.", "40,000",
     "count|teachers", "strike", "", true, false, "", false, 0},
    {"InTheCapital", "Some 3,000 people rallied in the capital on Sunday.", "3,000", "count|people",
     "protest", "", false, true, "", false, 0},
    {"PlaceNameDescribesNoun", "Crews counted 40 homes lost in Dunmere fires.", "40", "count|homes",
     "loss", "", false, false, "", false, 0},
    // Where a distance is measured from.
    {"DistanceFromTheTownOf", "The dam lies 30 km from the town of Brevnik.", "30 km", "measure|km",
     "", "brevnik", false, false, "", false, 0},
    {"DistancePastAConversion", "The epicentre was 40km (25 miles) from Brevnik.", "40km",
     "measure|km", "", "brevnik", false, false, "", false, 0},
    {"DepthBesideADistanceIsNoTotal", "It struck at a depth of 8 km, about 30 km north of Brevnik.",
     "8 km", "measure|km", "", "", false, false, "", false, 0},
    // Subgroups.
    {"PrimaryTeachers", "Around 30% of primary school teachers joined the strike.", "30%",
     "percent|teachers", "strike", "", false, false, "school=primary", false, 0},
    {"SecondaryTeachers", "Only 21% of teachers in secondary schools joined the strike.", "21%",
     "percent|teachers", "strike", "", false, false, "school=secondary", false, 0},
    // A subgroup word that needs its noun: "high school" is one, "a high of" and "an initial
    // public offering" are not; "public sector" and "private schools" are.
    {"HighSchoolTeachers", "About 40% of high school teachers joined the strike.", "40%",
     "percent|teachers", "strike", "", false, false, "school=secondary", false, 0},
    {"AHighOfIsNoSchool", "The stock touched a high of 880 pence in the afternoon.", "880 pence",
     "money|gbp per share", "", "", false, false, "price=high", false, 0},
    {"PublicOfferingIsNoSector", "It priced its initial public offering at 21 euros a share.",
     "21 euros", "money|eur per share", "", "", false, false, "price=offer", false, 0},
    // Which of a security's prices a sum is: the point before "at"/"of" makes it a price of
    // one share; "at the close" after a large sum is the value at that price. No point past
    // a predicate ("at a cost of").
    {"ClosingAtIsTheClose", "Shares in Tovel ended the day closing at $26.95 in New York.",
     "$26.95", "money|usd per share", "", "new york", false, false, "price=close", false, 0},
    {"OpenedAtIsTheOpen", "The stock opened at 25.40 euros on its first morning.", "25.40 euros",
     "money|eur per share", "", "", false, false, "price=open", false, 0},
    {"ValueAtTheClose", "That gave the company a value of about $5.4 billion at the close.",
     "$5.4 billion", "money|usd", "value", "", false, false, "price=close", false, 0},
    // Sides of a conflict: a demonym after the figure, or a possessive pronoun for the
    // soldiers of whoever the sentence names before the figure; no side for residents.
    {"DemonymTroopsAreASide", "Officials said 40 Telurian troops were killed on Monday.", "40",
     "count|military", "death", "", false, false, "side=Telur", false, 0},
    {"ItsSoldiersAreTheNamedSides", "Arvenna's defence ministry said six of its soldiers had died.",
     "six", "count|military", "death", "", false, false, "side=Arvenn", false, 0},
    {"DemonymAsTheCountedNoun", "At least 18 soldiers were killed: 12 Telurian and six Arvennese.",
     "six", "count|military", "death", "", false, false, "side=Arvenn", false, 0},
    {"ItsOwnDeadAreASide", "Arvenna puts its own losses at six dead.", "six", "count|people",
     "death", "", false, false, "side=Arvenn", false, 0},
    // "its soldiers" are the sentence's subject's, not the nearest name's; a demonym after
    // "including" counts people; "and 400 were evacuated" is no part of a side's toll.
    {"ItsSoldiersAreTheSubjects",
     "Teluria accused Arvenna of shelling its border posts, saying nine of its soldiers were "
     "killed.",
     "nine", "count|military", "death", "", false, false, "side=Telur", false, 0},
    {"ItsSoldiersPastAnotherSidesWeapon",
     "The Arvennese army said Telurian artillery killed 12 of its soldiers on Sunday.", "12",
     "count|military", "death", "", false, false, "side=Arvenn", false, 0},
    {"IncludingADemonymCountsPeople",
     "Officials said 46 people died in the crash, including 12 Italians.", "12", "count|people", "",
     "", false, false, "side=Ital", false, 0},
    {"EvacueesAreNoPartOfASidesToll",
     "Two Telurian soldiers died and 400 were evacuated from Brevik.", "400", "count|military",
     "evacuate", "", false, false, "", false, 0},
    {"ItsResidentsAreNoSide", "Orlen's council said its 12,000 residents were evacuated.", "12,000",
     "count|people", "evacuate", "", false, false, "", false, 0},
    {"CapturedSoldiersAreCaptives", "It said its forces had killed 40 troops and captured four.",
     "four", "count|military", "hostage", "", false, false, "", false, 0},
    // Share moves: a headline's present verb and "leapt" are changes; a company's name
    // before the verb is no counted noun ("Tovel Payments"), the noun leading it is.
    {"SharesJumpInAHeadline", "Tovel shares jump 28% in Castell debut", "28%", "percent|shares", "",
     "", false, false, "", false, 0, true},
    {"SharesLeapt", "The company ended the day after its shares leapt 28 per cent.", "28 per cent",
     "percent|shares", "", "", false, false, "", false, 0, true},
    {"SharesInANamedCompany", "Shares in payments app Tovel Payments jumped 28.3% on Tuesday.",
     "28.3%", "percent|shares", "", "", false, false, "", false, 0, true},
    {"ANameIsNoCountedNoun", "On Tuesday, Tovel Payments jumped 28.3% in Castell.", "28.3%",
     "percent|", "", "castell", false, false, "", false, 0, true},
    // Verbs of a market move change shares and sums only; "Sales at X" are sales.
    {"LeaptMetresIsNoChange", "Inez Marro leapt 7.12 metres to win gold.", "7.12 metres",
     "measure|m", "", "", false, false, "", false, 0, false},
    {"RalliedPeopleIsNoChange", "Supporters of Mara Tess rallied 20,000 people in Orlen.", "20,000",
     "count|people", "protest", "orlen", false, false, "", false, 0, false},
    {"SalesAtACompany", "Sales at Orvane Mobile slumped 12% in the quarter.", "12%",
     "percent|revenue", "revenue", "", false, false, "", false, 0, true},
    // A count its clause calls projected or partial is not yet final; a provisional
    // government is no count.
    {"OnThePartialCount", "New Centre had 31.0% of the vote on the partial count.", "31.0%",
     "percent|votes", "vote", "", false, false, "", true, 0},
    {"OnTheProjections", "The Harbour Party was given 74 seats on the projections.", "74",
     "count|seats", "", "", false, false, "", true, 0},
    {"ProvisionalGovernmentIsNoCount", "A provisional government of 12 ministers took office.",
     "12", "count|ministers", "", "", false, false, "", false, 0},
    // Money raised is a sum's predicate; a count or a rate raised is not.
    {"MoneyRaised", "Tovel sold 40 million shares, raising $840 million.", "$840 million",
     "money|usd", "raise", "", false, false, "", false, 0},
    {"OfferRaisedToIsNoMoneyRaised",
     "Halvard raised its offer for the airline's jets to \u20AC220 million on Friday.",
     "\u20AC220 million", "money|eur", "", "", false, false, "", false, 0},
    {"TollRaisedIsNoSum", "Officials raised the toll to 12 on Monday night.", "12", "count|people",
     "death", "", false, false, "", false, 0},
    {"RateRaisedIsNoSum", "The bank raised its main rate to 4.5% on Thursday.", "4.5%",
     "percent|rate", "", "", false, false, "", false, 0},
    {"AtTheOfferPriceBeforeTheFigure", "At the offer price the company was valued at $4.2 billion.",
     "$4.2 billion", "money|usd", "value", "", false, false, "price=offer", false, 0},
    {"AtADaysClose", "At Tuesday's close Tovel was worth $5.39 billion.", "$5.39 billion",
     "money|usd", "value", "", false, false, "price=close", false, 0},
    // "shares at 21 euros apiece" is a price of one share; "tickets at $50 each" of no unit
    // that a price is told for.
    {"SharesAtApiece", "It sold 40m shares at 21 euros apiece.", "21 euros", "money|eur per share",
     "", "", false, false, "", false, 0},
    {"TicketsAtEachAreNoShare", "Fans bought tickets at $50 each.", "$50", "money|usd", "value", "",
     false, false, "", false, 0},
    // Only a security's sums have price points; "at the close of" a year is none.
    {"TicketsOpenedAtAreNoSharePrice",
     "Tickets for the Rosvale United match opened at $45, the club said on Monday.", "$45",
     "money|usd", "", "", false, false, "", false, 0},
    {"AHouseListedAtIsNoSharePrice", "The villa was listed at $450,000 last spring.", "$450,000",
     "money|usd", "", "", false, false, "", false, 0},
    {"CloseOfAFiscalYearIsNoPoint",
     "At the close of the fiscal year the bank held $3.1 billion in cash.", "$3.1 billion",
     "money|usd", "", "", false, false, "", false, 0},
    {"ClosingCeremonyIsNoPoint",
     "At the closing ceremony, organisers said they had spent $310 million.", "$310 million",
     "money|usd", "spend", "", false, false, "", false, 0},
    {"AtADaysCloseSharesArePerShare", "At Friday's close, Dreyton Energy shares were worth $13.30.",
     "$13.30", "money|usd per share", "value", "", false, false, "price=close", false, 0},
    {"OpenedAtACostIsNoPrice", "The bridge opened in 2019 at a cost of $40m.", "$40m", "money|usd",
     "cost", "", false, false, "", false, 2019},
    {"PublicSectorWorkers", "Some 60% of public sector workers stayed at home.", "60%",
     "percent|workers", "", "", false, false, "sector=public", false, 0},
    {"PrivateSchoolsAreASector", "Fees at private schools rose 8% this year.", "8%",
     "percent|schools", "", "", false, false, "sector=private", false, 0, true},
    // Predicates: the nearest one in the figure's own clause wins.
    {"KilledThenInjuredFirst", "The blast killed 14 people and injured 35 others.", "14",
     "count|people", "death", "", false, false, "", false, 0},
    {"KilledThenInjuredSecond", "The blast killed 14 people and injured 35 others.", "35",
     "count|people", "injury", "", false, false, "", false, 0},
    {"DeathsImplyDeath", "Officials confirmed 22 deaths by Friday.", "22", "count|people", "death",
     "", false, false, "", false, 0},
    {"KillsInAHeadline", "Landslide kills 23 in mountain hamlet", "23", "count|people", "death", "",
     false, false, "", false, 0},
    {"DisplacedAsTheCountedNoun", "The floods have left 8,000 displaced, the agency said.", "8,000",
     "count|people", "evacuate", "", false, false, "", false, 0},
    {"RescueWorkersAreRescuers", "About 900 rescue workers combed the debris overnight.", "900",
     "count|rescuers", "", "", false, false, "", false, 0},
    {"RangeReachesVerbAfterIt", "Reports said 200 to 900 soldiers have been deployed.",
     "200 to 900", "count|military", "deploy", "", false, false, "", false, 0},
    // Time and modality.
    {"ExpectedIsForecast", "Officials expect 2,000 visitors at the fair.", "2,000",
     "count|visitors", "", "", false, false, "", true, 0},
    {"HopesInTheNextClauseAreNoForecast", "Death toll passes 80 as hopes fade for the missing",
     "80", "count|people", "death", "", false, false, "", false, 0},
    {"ExpectedAfterTheFigureIsAForecast", "Some 2,000 visitors are expected at the fair.", "2,000",
     "count|visitors", "pledge", "", false, false, "", true, 0},
    {"EarlierYear", "The 2019 flood killed 61 people in the valley.", "61", "count|people", "death",
     "", false, false, "", false, 2019},
    {"YearSetOffByCommas", "The last big storm to reach the islands, in 2011, killed 74 people.",
     "74", "count|people", "death", "", false, false, "", false, 2011},
    {"OwnYearSetOffByCommasIsNoYear",
     "The storm that reached the islands, in 2025, killed 74 people.", "74", "count|people",
     "death", "", false, false, "", false, 0},
    {"OwnYearIsNoYear", "In 2025 the flood killed 61 people in the valley.", "61", "count|people",
     "death", "", false, false, "", false, 0},
    // Changes are not levels.
    {"UpFromYesterday", "Officials said 61 people had died, up 12 from Tuesday.", "12",
     "count|people", "death", "", false, false, "", false, 0, true},
    {"IncreaseOf", "The toll rose to 61, an increase of 19 on the day.", "19", "count|people",
     "death", "", false, false, "", false, 0, true},
    {"RoseToIsALevel", "The toll rose to 61 by the evening.", "61", "count|people", "death", "",
     false, false, "", false, 0, false},
    // Sales change as revenue does: "revenue fell 4%" states the same change.
    {"FellByShare", "Sales fell by 4% in the spring.", "4%", "percent|revenue", "revenue", "",
     false, false, "", false, 0, true},
    // A level verb sends the search for a predicate to a long subject.
    {"LongSubjectBeforeLevelVerb",
     "The death toll from Sunday's collapse of the old Harbour Street footbridge near the market "
     "rose to 31 on Monday.",
     "31", "count|people", "death", "", false, false, "", false, 0, false},
    // An elided figure reads what the figure before it counts, and where.
    {"ElidedInParentheses",
     "Organisers counted 30,000 demonstrators in Tarsen (the police counted 12,000).", "12,000",
     "count|people", "protest", "tarsen", false, false, "", false, 0},
    {"TotalBesideAPlace", "Unions put the number of marchers at 900,000, with 150,000 in Orlen.",
     "900,000", "count|people", "protest", "", true, false, "", false, 0},
    {"OtherPredicateBesideAPlaceIsNoTotal",
     "Shells killed 14 people and wounded 40 in Orlen on Saturday.", "14", "count|people", "death",
     "", false, false, "", false, 0},
    // A crowd, and people who took part or turned out, count the people at a protest.
    {"TookPartCountsProtesters",
     "The unions staged a protest against the pension plan. Organisers said 80,000 took part on "
     "Monday.",
     "80,000", "count|people", "protest", "", false, false, "", false, 0},
    {"TurnedOutCountsProtesters", "Union leaders claimed 60,000 turned out for the rally.",
     "60,000", "count|people", "protest", "", false, false, "", false, 0},
    {"ACrowdIsAProtest",
     "Police put the crowd at 18,000 on Tuesday. It was the largest demonstration in years.",
     "18,000", "count|people", "protest", "", false, false, "", false, 0},
    // Without a protest told of beside them, crowds and people taking part are no protest.
    {"ASportsCrowdIsNoProtest", "The final was watched by a crowd of 62,000 on Sunday.", "62,000",
     "count|people", "", "", false, false, "", false, 0},
    {"RunnersTakingPartAreNoProtest", "Some 3,000 runners took part in the city marathon.", "3,000",
     "count|runners", "", "", false, true, "", false, 0},
    // People carried, on board or saved: who was aboard, who was rescued.
    {"CarryingCountsPeopleAboard", "The plane was carrying 162 people when it went down.", "162",
     "count|people", "aboard", "", false, false, "", false, 0},
    {"OnBoardCountsPeopleAboard", "Officials said 340 people were on board.", "340", "count|people",
     "aboard", "", false, false, "", false, 0},
    {"CarriedOutCarriesNoOne", "The ministry carried out 410 inspections at the port.", "410",
     "count|inspections", "", "", false, false, "", false, 0},
    {"PackedWithCountsPeopleAboard", "The bus was packed with 70 people when it overturned.", "70",
     "count|people", "aboard", "", false, false, "", false, 0},
    {"LicensedForIsACapacity", "The ferry was licensed to carry 250 passengers.", "250",
     "count|passengers", "capacity", "", false, false, "", false, 0},
    {"CertifiedForIsACapacity", "The boat was certified for 250 passengers.", "250",
     "count|passengers", "capacity", "", false, false, "", false, 0},
    // A relative clause after a past year tells of that year ("since 2004, when ...").
    {"WhenClauseAfterAPastYear",
     "It is the worst sea disaster since 2004, when a trawler sank with the loss of 23 lives.",
     "23", "count|people", "death", "", false, false, "", false, 2004},
    {"InWhichClauseAfterAPastYear",
     "It is the deadliest wreck since the 2004 sinking of the trawler Morna, in which 23 died.",
     "23", "count|people", "death", "", false, false, "", false, 2004},
    // A prison term, a ransom and people or accounts affected are predicates of their own.
    {"JailedForYearsIsASentence", "He was jailed for six years and fined 2 million euros.",
     "six years", "duration|years", "sentence", "", false, false, "period=span", false, 0},
    {"YearsInPrisonIsASentence", "The court sentenced him to seven years in prison.", "seven years",
     "duration|years", "sentence", "", false, false, "", false, 0},
    {"RansomOfASum", "The hackers demanded a ransom of $12 million.", "$12 million", "money|usd",
     "ransom", "", false, false, "", false, 0},
    {"AccountsAffected", "About 3.8 million accounts were affected, the regulator said.",
     "3.8 million", "count|accounts", "affect", "", false, false, "", false, 0},
    // What happened to people beside a role noun is their predicate, not the role.
    {"ProtestersDetainedAreArrests", "Some 45 protesters were detained.", "45", "count|people",
     "arrest", "", false, false, "", false, 0},
    {"HostagesKilledAreDeaths", "Three hostages were killed in the raid.", "Three", "count|people",
     "death", "", false, false, "", false, 0},
    {"ProtestersMarchingStayProtesters", "Some 300 protesters marched on the ministry.", "300",
     "count|people", "protest", "", false, false, "", false, 0},
    // Carrying, saving and being on board frame counts of people only; spending frames sums.
    {"CarriedAVoteShareIsNoneAboard", "Her party carried 52% of the vote.", "52%", "percent|votes",
     "vote", "", false, false, "", false, 0},
    {"CarryingCargoIsNoneAboard", "The ship was carrying 20 tonnes of grain.", "20 tonnes",
     "measure|t", "", "", false, false, "", false, 0},
    {"SavingASumIsNoRescue", "The merger saved $200 million in costs.", "$200 million", "money|usd",
     "cost", "", false, false, "", false, 0},
    {"SavingPenaltiesIsNoRescue", "The keeper saved 3 penalties in the shoot-out.", "3",
     "count|penalties", "", "", false, false, "", false, 0},
    {"SponsorsOnBoardAreNoneAboard", "The firm has 40 sponsors on board.", "40", "count|sponsors",
     "", "", false, false, "", false, 0},
    {"SpendingYearsIsNoSum", "She will spend 12 years in prison.", "12 years", "duration|years",
     "sentence", "", false, false, "", false, 0},
    // A ban, a term sought, bribes, what is seized and customers served are predicates.
    {"BarredForYearsIsABan", "The court barred him from public office for 10 years.", "10 years",
     "duration|years", "ban", "", false, false, "period=span", false, 0},
    {"SoughtYearsIsADemand", "Prosecutors had sought nine years in prison.", "nine years",
     "duration|years", "demand", "", false, false, "", false, 0},
    {"PeopleSeekingRefugeMakeNoDemand", "Some 12,000 people sought refuge in schools.", "12,000",
     "count|people", "", "", false, false, "", false, 0},
    {"SumInBribes", "He took 15 million dollars in bribes.", "15 million dollars", "money|usd",
     "bribe", "", false, false, "", false, 0},
    {"CustomersServedAreTheBase", "The bank serves about 6.1 million customers.", "6.1 million",
     "count|customers", "serve", "", false, false, "", false, 0},
    {"SavedCountsTheRescued", "Lifeboat crews saved 268 people.", "268", "count|people", "rescue",
     "", false, false, "", false, 0},
    {"SoulsArePeople", "The ferry was crammed with more than 300 souls.", "300", "count|people",
     "aboard", "", false, false, "", false, 0},
    {"NumberOfBuildings", "The number of buildings destroyed in the fire is 1,700.", "1,700",
     "count|buildings", "destroy", "", false, false, "", false, 0},
    // A share with nothing "of" after it measures the economic indicator that is its subject
    // or follows it; a modifier narrows the indicator, a rate reads the indicator before it.
    {"IndicatorSubjectOfAShare", "Annual consumer price inflation was 6.8% in March.", "6.8%",
     "percent|inflation", "", "", false, false, "", false, 0},
    {"IndicatorAcrossARelativeClause",
     "Core inflation, which leaves out food and fuel, stood at 5.1% in the spring.", "5.1%",
     "percent|core inflation", "", "", false, false, "", false, 0},
    {"IndicatorAfterTheShare", "The central bank expects 4.2% inflation next year.", "4.2%",
     "percent|inflation", "", "", false, false, "", true, 2026},
    // A comparative right after a share makes it a change ("closed 2.1% lower", "0.9% firmer
    // against the euro"); a figure after "and" in a change's sentence, with no verb of its
    // own, is a change too; points shed by an index are no layoff.
    {"ComparativeAfterAShare", "The Orlen index closed 2.1 per cent lower on Friday.",
     "2.1 per cent", "percent|", "", "", false, false, "", false, 0, true},
    {"FirmerAgainstACurrency", "The mark is 0.9% firmer against the euro.", "0.9%", "percent|", "",
     "", false, false, "against=eur", false, 0, true},
    {"ElidedChangeAfterAnd",
     "The mark gained 1.4 per cent against the dollar and 0.9 per cent against the euro.",
     "0.9 per cent", "percent|mark", "", "", false, false, "against=eur", false, 0, true},
    {"LevelAfterAndIsNoChange", "Exports rose 4% and reached 120,000 tonnes in Orlen.",
     "120,000 tonnes", "measure|t", "", "orlen", false, false, "", false, 0, false},
    {"ShareOfSomethingAfterAndIsNoChange",
     "Sales rose 5% in Orlen, and 40% of revenue now comes from exports.", "40%", "percent|revenue",
     "revenue", "orlen", false, false, "", false, 0, false},
    {"ShareOfAWorkforceShedIsALayoff", "The company shed about 9% of its workforce.", "9%",
     "percent|workers", "layoff", "", false, false, "", false, 0},
    {"StaffShedIsALayoff", "The retailer sheds 1,200 staff.", "1,200", "count|workers", "layoff",
     "", false, false, "", false, 0},
    {"PointsShedAreNoLayoff", "The Orlen index closed lower, shedding 212 points.", "212",
     "points|points", "", "", false, false, "", false, 0, true},
    {"JobsShedAreALayoff", "The carmaker will shed 4,000 jobs in Orlen.", "4,000", "count|workers",
     "layoff", "orlen", false, false, "", false, 0},
    // Two words of a projection right before the figure; not when they are about another verb.
    {"OnCourseForIsAProjection", "The Harbour Party was on course for 30 seats.", "30",
     "count|seats", "", "", false, false, "", true, 0},
    {"SetToTakeIsAProjection", "The Harbour Party is set to take 30 seats.", "30", "count|seats",
     "", "", false, false, "", true, 0},
    {"SetToBenefitIsNoProjection",
     "The hospital is set to benefit from the 7.5% rise in health spending.", "7.5%",
     "percent|health spending", "", "", false, false, "", false, 0, true},
    // Seats lost are a change in seats, as seats gained are.
    {"SeatsLostAreAChange", "The Harbour Party lost eight seats in Orlen.", "eight", "count|seats",
     "", "orlen", false, false, "", false, 0, true},
    // "Set for" and "set to" with no verb after are no projection; nor is "on track 9".
    {"BailSetForIsNoProjection", "Bail was set for $50,000 in Orlen.", "$50,000", "money|usd", "",
     "orlen", false, false, "", false, 0},
    {"LimitSetToIsNoProjection", "The speed limit in Orlen was set to 20 mph.", "20 mph",
     "measure|mph", "", "", false, false, "", false, 0},
    {"PoisedForIsAProjection", "The Harbour Party was poised for 30 seats.", "30", "count|seats",
     "", "", false, false, "", true, 0},
    // A severity only after an injury count: not "critical infrastructure", not offences.
    {"SeverityBeforeANounIsNone", "Police guarded 40 critical infrastructure sites in Orlen.", "40",
     "count|sites", "", "orlen", false, false, "", false, 0},
    {"SeverityOfOffencesIsNone", "Twelve people were arrested in Orlen for minor offences.",
     "Twelve", "count|people", "arrest", "orlen", false, false, "", false, 0},
    {"LightlyInjuredIsMinor", "Six people were lightly injured in the Orlen crash.", "Six",
     "count|people", "injury", "", false, false, "severity=minor", false, 0},
    // The level before "a loss of" is no change.
    {"LevelBeforeALossOfIsNoChange", "The Harbour Party won 9 seats in Orlen, a loss of 39.", "9",
     "count|seats", "", "orlen", false, false, "", false, 0},
    // "than two years ago" is a base of comparison, not the figure's year.
    {"ThanYearsAgoIsNoYear", "Prices in Orlen are 30% higher than two years ago.", "30%",
     "percent|", "", "", false, false, "", false, 0, true},
    // A passive verb that a count's long subject ends at frames it; not past a comma.
    {"PassiveVerbAfterALongSubject",
     "About 14,500 people living within a 5 km (three-mile) radius of the plant were "
     "evacuated overnight.",
     "14,500", "count|people", "evacuate", "", false, false, "", false, 0},
    {"PassiveVerbPastACommaIsNotRead", "Some 200 firefighters, who came from Orlen, were praised.",
     "200", "count|firefighters", "", "", false, false, "", false, 0},
    // "N years ago" puts the figure in that year.
    {"YearsAgoIsThatYear", "Turnout was 67%, up from 61.9% four years ago.", "61.9%",
     "percent|turnout", "", "", false, false, "", false, 2021, false, true},
    {"AYearAgoIsLastYear", "Exports were 4.1 million tonnes a year ago.", "4.1 million tonnes",
     "measure|t", "", "", false, false, "", false, 2024},
    // A bare count needed for something is a level required.
    {"CountNeededForAMajority",
     "The Harbour Party won 46 seats, short of the 76 needed for a majority.", "76", "count|seats",
     "", "", false, false, "", true, 0},
    // A tax is an indicator ("value-added tax" is VAT); spending is one, narrowed by its sector.
    {"ValueAddedTaxIsVat", "The plan raises value-added tax to 22% from 20% next year.", "22%",
     "percent|vat", "", "", false, false, "", false, 0},
    {"TaxRateReadsTheTaxBeforeIt", "The income tax rate rose to 45% in April.", "45%",
     "percent|income tax", "", "", false, false, "", false, 0},
    {"VatAfterAHike", "Shoppers face a VAT hike to 21% in January.", "21%", "percent|vat", "", "",
     false, false, "", false, 0},
    {"SpendingNarrowedByItsSector", "The budget lifts defense spending by 12% in real terms.",
     "12%", "percent|defence spending", "", "", false, false, "", false, 0, true},
    {"ChangingVerbBeforeByIsAChange", "The council lifted parking fees by 10% on Monday.", "10%",
     "percent|", "", "", false, false, "", false, 0, true},
    {"GrossDomesticProductIsAYardstick", "The deficit stood at 3.1% of gross domestic product.",
     "3.1%", "percent|deficit", "", "", false, false, "", false, 0},
    {"ARiseInAnIndicatorIsAChangeOfIt",
     "The hospital will gain from the 7.5 per cent rise in health spending.", "7.5 per cent",
     "percent|health spending", "", "", false, false, "", false, 0, true},
    // A change set off by a comma after a sum or count is the change of what that figure is.
    {"ChangeAfterASumIsItsChange",
     "Tarvel reported quarterly revenue of $812 million, down 4% from a year earlier.", "4%",
     "percent|revenue", "revenue", "", false, false, "", false, 0, true},
    {"ComparativeAfterASumIsItsChange",
     "Profit fell to $60m, on revenue of $1.4bn, 3.2 per cent lower than a year before.",
     "3.2 per cent", "percent|revenue", "revenue", "", false, false, "", false, 0, true},
    {"ChangeAfterACountIsItsChange", "The firm now employs 8,200 people, up 4% on the year.", "4%",
     "percent|employ", "employ", "", false, false, "", false, 0, true},
    // "down" after "shot" is the verb's particle: the figure is no change.
    {"ShotDownIsNoChange", "Air defences shot down 38 drones overnight.", "38", "count|drones",
     "destroy", "", false, false, "", false, 0, false},
    {"GaveUpIsAChange", "The index gave up 1.2% on Friday.", "1.2%", "percent|index", "", "", false,
     false, "", false, 0, true},
    {"RoundedUpIsNoChange", "Police rounded up 40 people.", "40", "count|people", "", "", false,
     false, "", false, 0, false},
    // A passive's agent is no change; money raised from donors is no earlier level; a range's
    // bounds are none either; a rise in "tax revenue" is a rise in revenue; "grows" reads
    // like "grew".
    {"PassiveAgentIsNoChange", "The siege was lifted by 2,000 troops.", "2,000", "count|military",
     "", "", false, false, "", false, 0, false},
    {"SourceAfterFromIsNoEarlierLevel", "The campaign raised money from 12,000 donors.", "12,000",
     "count|donors", "", "", false, false, "", false, 0, false},
    {"RangeBoundIsNoEarlierLevel", "Sentences range from 3 years to 10 years.", "3 years",
     "duration|years", "", "", false, false, "", false, 0, false},
    {"ARiseInAnotherNounAfterAnIndicator", "The plan brings a 5% rise in tax revenue.", "5%",
     "percent|revenue", "revenue", "", false, false, "", false, 0, true},
    {"PresentTenseGrowthIsTheLevel", "The economy grows 1.2% this year.", "1.2%", "percent|growth",
     "", "", false, false, "", false, 0, false},
    {"ToAFigureFromIsAnEarlierLevel", "The budget raises VAT to 22% from 20%.", "20%",
     "percent|vat", "", "", false, false, "", false, 0, false, true},
    // A noun before "down"/"up" is the subject that changed; a year after "since" is a base.
    {"SharesDownIsAChangeOfShares", "Trading ended with its shares down 11.4% on Tuesday.", "11.4%",
     "percent|shares", "", "", false, false, "", false, 0, true},
    {"YearAfterSinceIsABase", "Its shares fell 11.4% to their lowest level since 2020.", "11.4%",
     "percent|shares", "", "", false, false, "", false, 0, true},
    {"SpendingRisesToASum", "Health spending increases 7% to 90 billion crowns.", "7%",
     "percent|health spending", "", "", false, false, "", false, 0, true},
    // A share whose own subject names a measure after another figure is no elided share of it.
    {"OwnSubjectAfterAnIndicatorInheritsNothing",
     "The bank raised its rate to 4.5% and lifted the dividend by 4%.", "4%", "percent|", "", "",
     false, false, "", false, 0, true},
    {"ElidedShareStillInheritsTheIndicator",
     "Inflation rose to 6.1% in May and 6.4% in June, the office said.", "6.4%",
     "percent|inflation", "", "", false, false, "", false, 0},
    // Spending (and a budget) frames a sum, across an aside before it.
    {"SpendingOfASum",
     "The budget, approved on Tuesday, authorises spending of 612 billion crowns.",
     "612 billion crowns", "money|crown", "spend", "", false, false, "", false, 0},
    {"RateReadsTheIndicatorBeforeIt", "The youth unemployment rate rose to 14.5% in April.",
     "14.5%", "percent|youth unemployment", "", "", false, false, "", false, 0},
    {"RateChangedByPointsToALevel",
     "The Bank of Ostra raised its main policy rate by 50 basis points to 4.75% on Thursday.",
     "4.75%", "percent|rate", "", "", false, false, "", false, 0},
    {"PricesRisingIsTheLevelOfInflation", "Consumer prices rose 3.9 per cent in the year to May.",
     "3.9 per cent", "percent|inflation", "", "", false, false, "", false, 0, false},
    {"AForecastVerbSaysNothingOfTheIndicator",
     "The bank cut its growth forecast for this year to 1.1% on Thursday.", "1.1%",
     "percent|growth", "", "", false, false, "", true, 0},
    {"ANounBeforeTheIndicatorNarrowsIt",
     "The minister would hold spending growth to 2% over the year.", "2%",
     "percent|spending growth", "", "", false, false, "", false, 0},
    // Another subject before the verb is what changed, not an indicator further back.
    {"OtherSubjectIsNoIndicator", "Inflation stayed stubborn as wages rose 3.1% in the year.",
     "3.1%", "percent|pay", "pay", "", false, false, "", false, 0, true},
    {"CurrencySubjectIsNoIndicator", "Inflation stayed stubborn as the krone rose 1.2% on Monday.",
     "1.2%", "percent|krone", "", "", false, false, "", false, 0, true},
    // "of" says what a share is of, unless it names the yardstick.
    {"ShareOfAWholeIsNoIndicator", "Inflation hit 7% and 40% of households cut spending.", "40%",
     "percent|households", "layoff", "", false, false, "", false, 0},
    {"YardstickOfADeficit", "The budget deficit will narrow to 3.1% of GDP next year.", "3.1%",
     "percent|deficit", "", "", false, false, "", true, 2026},
    {"TargetAfterPerCent", "Inflation is well above the bank's 3 per cent target.", "3 per cent",
     "percent|target", "", "", false, false, "", false, 0},
    {"ACommaBeforeTheShareEndsTheSubject", "On inflation, 48% said the government was doing badly.",
     "48%", "percent|", "", "", false, false, "", false, 0},
    {"AContrastEndsAForecast",
     "Economists had expected growth of 0.1%, but the economy grew 0.3% in the quarter.", "0.3%",
     "percent|growth", "", "", false, false, "", false, 0},
    {"SeesForecastsOnlyAnIndicator", "The Veltro restructuring sees 500 jobs cut at Orlen.", "500",
     "count|workers", "layoff", "", false, false, "", false, 0},
    {"PrisonersReleased", "Dovaria will release 312 prisoners from its jails.", "312",
     "count|prisoners", "release", "", false, false, "captive=freed", false, 0},
    {"HostagesFreedAreNoneHeld", "The Front freed 11 hostages at the crossing.", "11",
     "count|people", "release", "", false, false, "captive=freed", false, 0},
    {"ElidedWithOwnPlace",
     "Some 800,000 demonstrators marched nationwide, including 60,000 in Orlen.", "60,000",
     "count|people", "protest", "orlen", false, false, "", false, 0},
};

class Frames : public testing::TestWithParam<FrameCase> {};

TEST_P(Frames, ReadsEachSlot) {
  const FrameCase& row = GetParam();
  const Analysis a = analyze_texts({row.text});
  const int i = figure_index(a, 0, row.figure);
  ASSERT_GE(i, 0) << "no figure " << row.figure;
  const QuantityFrame f = quantity_frames(a)[static_cast<size_t>(i)];
  EXPECT_EQ(f.measured, row.measured);
  EXPECT_EQ(f.predicate, row.predicate);
  EXPECT_EQ(f.place, row.place);
  EXPECT_EQ(f.national, row.national);
  EXPECT_EQ(f.local, row.local);
  std::string subgroup;
  if (!f.subgroups.empty())
    subgroup = std::string(f.subgroups[0].first) + "=" + std::string(f.subgroups[0].second);
  EXPECT_EQ(subgroup, row.subgroup);
  EXPECT_EQ(f.forecast, row.forecast);
  EXPECT_EQ(f.year, row.year);
  EXPECT_EQ(f.change, row.change);
  EXPECT_EQ(f.earlier, row.earlier);
}

INSTANTIATE_TEST_SUITE_P(Cases, Frames, testing::ValuesIn(kFrameCases), CaseName());

TEST(Frames, SourceIsCarriedButNeverKeepsFiguresApart) {
  const Analysis a = analyze_texts({"The Health Ministry said 30 people were killed.",
                                    "The rebels said 80 people were killed."});
  const std::vector<QuantityFrame> frames = quantity_frames(a);
  const int first = figure_index(a, 0, "30"), second = figure_index(a, 1, "80");
  ASSERT_GE(first, 0);
  ASSERT_GE(second, 0);
  EXPECT_NE(frames[first].source, frames[second].source);
  EXPECT_TRUE(frames[first].agrees_with(frames[second]));
}

// Who counted a figure, read between the figures beside it in its sentence.
struct CounterCase {
  const char* name;
  const char* text;
  const char* figure;
  const char* counter;
};

const CounterCase kCounterCases[] = {
    {"SubjectOfCountingVerb",
     "The union counted 90,000 marchers in Tarsen (the police counted "
     "30,000).",
     "90,000", "union"},
    {"SecondCounterInParentheses",
     "The union counted 90,000 marchers in Tarsen (the police "
     "counted 30,000).",
     "30,000", "police"},
    {"AccordingToAfterTheFigure",
     "Teachers' unions said 60% walked out, but only 25% according "
     "to the Education Ministry of Orlen.",
     "25%", "ministry"},
    {"AccordingToBeforeTheFigure", "According to the organisers, 12,000 people marched.", "12,000",
     "organisers"},
    {"PronounNamesNoOne", "They said 400 homes were lost.", "400", ""},
    {"ReportedIsNoEstimate", "The state reported 300 cases and the city reported 120.", "120", ""},
    // Conceding, claiming and confirming a figure give it as well.
    {"AcknowledgesGivesTheFigure",
     "Rights groups say at least 20 people died in the clashes; the government acknowledges six.",
     "six", "government"},
    {"PlainSayGivesTheFigure",
     "Rights groups say at least 20 people died in the clashes; the government acknowledges six.",
     "20", "groups"},
    {"ClaimsIsNoEstimate", "The ruling party claims 120 seats and the opposition claims 95.", "95",
     ""},
};

class Counters : public testing::TestWithParam<CounterCase> {};

TEST_P(Counters, ReadsWhoCounted) {
  const CounterCase& row = GetParam();
  const Analysis a = analyze_texts({row.text});
  const int i = figure_index(a, 0, row.figure);
  ASSERT_GE(i, 0) << "no figure " << row.figure;
  EXPECT_EQ(quantity_frames(a)[static_cast<size_t>(i)].counter, row.counter);
}

INSTANTIATE_TEST_SUITE_P(Cases, Counters, testing::ValuesIn(kCounterCases), CaseName());

// Two figures of one sentence that different counters give are estimates of one quantity:
// both join the figure another article gives; given by one counter they stay apart.
TEST(Counters, TwoCountersInOneSentenceAreOneQuantity) {
  const Analysis a = analyze_texts(
      {"The union counted 90,000 marchers in Tarsen on Saturday (the police counted 30,000).",
       "Police said 30,000 marchers took to the streets of Tarsen on Saturday.",
       "The union said 90,000 marchers filled the streets of Tarsen on Saturday."});
  const int union_figure = figure_index(a, 0, "90,000"),
            police_figure = figure_index(a, 0, "30,000");
  ASSERT_GE(union_figure, 0);
  ASSERT_GE(police_figure, 0);
  EXPECT_NE(a.numbers[union_figure].group, kNoGroup);
  EXPECT_EQ(a.numbers[union_figure].group, a.numbers[police_figure].group);
}

TEST(Counters, OneCounterGivingTwoFiguresKeepsThemApart) {
  const Analysis a =
      analyze_texts({"Police counted 90,000 marchers in Tarsen on Saturday and 30,000 on Sunday.",
                     "Police said 30,000 marchers took to the streets of Tarsen.",
                     "Police said 90,000 marchers filled the streets of Tarsen."});
  const int first = figure_index(a, 0, "90,000"), second = figure_index(a, 0, "30,000");
  ASSERT_GE(first, 0);
  ASSERT_GE(second, 0);
  EXPECT_TRUE(a.numbers[first].group == kNoGroup ||
              a.numbers[first].group != a.numbers[second].group);
}

// Two articles, one figure each: whether the figures land in one quantity group.
struct PairCase {
  const char* name;
  const char* first_text;
  const char* first_figure;
  const char* second_text;
  const char* second_figure;
  bool same_group;
};

const PairCase kPairCases[] = {
    // One side's toll is a part: it never joins the toll of both, nor the other side's.
    {"OneSidesTollIsNoTotal", "The clash killed at least 15 soldiers, officials said.", "15",
     "Fifteen Telurian soldiers and two Arvennese soldiers were killed in the clash.", "Fifteen",
     false},
    // Firms are companies.
    {"FirmsAreCompanies", "Founders will keep 31% of the company after the listing.", "31%",
     "Its founders will keep about 31% of the firm after the listing.", "31%", true},
    // A bare count joined by "and" to a count of a part counts the same part.
    {"ElidedWoundedAreCiviliansToo",
     "Three civilians were killed and 14 wounded when shells hit the town.", "14",
     "Fourteen soldiers were wounded when shells hit the town on Monday.", "Fourteen", false},
    // Where only one side's dead are counted, its toll is the toll told two ways.
    {"OnlySideCountedIsTheToll", "By nightfall 14 soldiers lay dead near the bridge.", "14",
     "The army said a dozen Adravian soldiers had been killed near the bridge.", "a dozen", true},
    {"TwoSidesTollsStayApart", "Nine Telurian soldiers were killed in the clash.", "Nine",
     "Six Arvennese soldiers were killed in the clash.", "Six", false},
    {"OneSidesTollJoins", "Teluria's defence ministry said nine of its soldiers were killed.",
     "nine", "Nine Telurian soldiers were killed in the clash, officials said.", "Nine", true},
    // A security's prices at different points are different quantities; one point's two
    // readings are one.
    {"CloseIsNoOpen", "Tovel shares closed at $26.95 on their first day.", "$26.95",
     "Tovel shares opened at $25.40 on their first day, well above the offer.", "$25.40", false},
    {"OfferPriceIsNoHigh", "Tovel priced its shares at $21, the top of its range.", "$21",
     "Tovel shares touched a high of $27.80 on their first day.", "$27.80", false},
    {"TwoClosesJoin", "Tovel shares closed at $26.95 on their first day.", "$26.95",
     "On their debut the Tovel shares ended the session closing at $26.90.", "$26.90", true},
    // The share of the voters who cast a ballot is the turnout; a company's stock is its shares.
    {"VotersWhoCastABallotAreTheTurnout",
     "Turnout in the Velan election was 61.4%, the commission said.", "61.4%",
     "In the Velan election, 61.4% of registered voters cast a ballot.", "61.4%", true},
    {"StockIsShares", "Acme's shares jumped 9% in early trading in New York.", "9%",
     "Acme stock rose 9 per cent in New York on Tuesday morning.", "9 per cent", true},
    {"CrowdJoinsProtesters", "Police estimated the crowd in Freedom Square at 18,000.", "18,000",
     "About 18,000 people joined the protest in Freedom Square, police said.", "18,000", true},
    // The level a tax changes from is an earlier level: it never joins the new one, however the
    // change is told ("to 22% from 20%", "from 20% to 22%" after the verb's object).
    {"TaxLevelChangedFromStaysApartFromTheNewOne", "The budget raises VAT to 22% from 20%.", "20%",
     "The budget lifts VAT to 22%, the ministry said.", "22%", false},
    {"TaxLevelChangedToJoinsTheNewOne", "The budget raises VAT from 20% to 22%.", "22%",
     "The budget lifts VAT to 22%, the ministry said.", "22%", true},
    {"RateChangedFromAfterACommaJoinsTheOldOne",
     "The bank raised its rate by half a point, from 4.25 per cent to 4.75 per cent.",
     "4.25 per cent", "The rate rose from 4.25 per cent to 4.75 per cent on Thursday.",
     "4.25 per cent", true},
    {"TaxLevelChangedFromJoinsTheOldOne", "The budget raises VAT from 20% to 22%.", "20%",
     "The budget lifts VAT to 22% from 20%, the ministry said.", "20%", true},
    // A bare share in a sentence about a vote is a share of the votes.
    {"BareShareOfAReferendumIsAShareOfVotes",
     "The commission declared the referendum result on Sunday: 51.3 per cent for leaving.",
     "51.3 per cent", "The commission said 51.3% of valid ballots backed leaving.", "51.3%", true},
    // Someone's share, in an article stating a share of the votes elsewhere, is one too.
    {"HolderShareInAVoteArticleIsAShareOfVotes",
     "Tomas Vilder won 47.8% of the vote in Orlen. Anna Sorel took 31.2%, officials said.", "31.2%",
     "Anna Sorel won 31.2% of the vote in Orlen.", "31.2%", true},
    // A share of one place and a share leaving the place open, far apart in points, are of
    // different scopes; two sources' shares naming no place may differ more.
    {"PlacedShareFarFromTheOpenOneStaysApart",
     "Tomas Vilder won 63.1% in Varnholm in the election, officials said.", "63.1%",
     "Tomas Vilder won 47.8% of the vote in the election, officials said.", "47.8%", false},
    {"TwoSourcesSharesFarApartJoin",
     "The ministry said 42% of teachers in Orlen schools were on strike on Thursday.", "42%",
     "The unions said 70% of teachers were on strike on Thursday, the first day of the walkout "
     "in Orlen schools.",
     "70%", true},
    // Points are one measure, whether they read as a share ("percentage points") or a count
    // ("points"); the share after them is a share of what they are points of.
    {"PercentagePointsJoinBarePoints",
     "Tomas Vilder finished almost 17 percentage points ahead of Anna Sorel in the election.",
     "17 percentage points",
     "Tomas Vilder's lead of more than 16 points over Anna Sorel in the election is wide.", "16",
     true},
    {"ShareAfterPointsReadsTheirMeasure",
     "The Orlen Steel operating margin narrowed by 1.8 percentage points to 9.6%.", "9.6%",
     "The Orlen Steel operating margin fell to 9.6% in the quarter.", "9.6%", true},
    // "without power" narrows the count after a linking verb as right after the noun.
    {"RestrictionAfterALinkingVerb", "About 32,000 homes remain without power in Tarsk.", "32,000",
     "Some 31,000 homes without power in Tarsk, the utility said.", "31,000", true},
    {"RestrictedAndWholeStayApart", "About 32,000 homes remain without power in Tarsk.", "32,000",
     "The utility supplies 31,000 homes in Tarsk.", "31,000", false},
    {"RestrictionAfterAPlaceAndStill",
     "He said about 11,000 people in West Tarsk were still without power on Friday.", "11,000",
     "Nearly 11,500 people remain without power in West Tarsk, the utility said on Friday.",
     "11,500", true},
    // A part counted against a whole never joins a figure of the whole's size.
    {"PartNeverJoinsItsWhole",
     "Orlen Motors will cut 5,000 jobs. About 2,800 of the 4,500 job cuts will fall in Germany.",
     "2,800", "Orlen Motors said it would eliminate about 4,500 jobs.", "4,500", false},
    // A figure elided after a part of the casualties is a part too.
    {"ElidedAfterAPartIsAPart",
     "Tarsk General Hospital treated 47 of the injured; 9 remain in intensive care.", "9",
     "Officials in Tarsk said 11 people were injured in the blast.", "11", false},
    // A figure in a condition states nothing that happened.
    {"ConditionIsNoFigureOfWhatHappened",
     "Families will not go back to Orlen unless the truce holds for 24 hours, officials said.",
     "24 hours", "A 72-hour truce took effect in Orlen at dawn, officials said.", "72-hour", false},
    // Review: words that also tell of what happened keep their figures comparable.
    {"OnceInPastNarrativeIsNoCondition",
     "Once the flames were out, crews found 14 bodies in Orlen.", "14",
     "Crews found 14 bodies in the ruins in Orlen, officials said.", "14", true},
    {"PeopleNeededToBeRescuedAreCounted",
     "About 1,200 people needed to be rescued from the floods in Orlen.", "1,200",
     "About 1,150 people were rescued from the floods in Orlen.", "1,150", true},
    {"DateAfterThePlaceIsNoGapToARestriction",
     "Orlen Steel cut 1,200 jobs in Tarsk on Monday with immediate effect.", "1,200",
     "Orlen Steel cut 1,300 jobs in Tarsk on Monday, the union said.", "1,300", true},
    {"ElidedWithItsOwnPredicateIsNoPart",
     "Medics treated 40 of the wounded in Tarsk, and the death toll rose to 23.", "23",
     "The death toll in Tarsk rose to 23, officials said.", "23", true},
    // Spans of time join through a predicate or more shared context than counts need.
    {"SpansOfDifferentThingsStayApart",
     "Rescuers pulled two children out alive after nine hours on Tuesday night.", "nine hours",
     "Rescuers say the first 72 hours are critical for those trapped.", "72 hours", false},
    {"OneSpanToldTwiceJoins",
     "The truce in Orlen was agreed after two days of shuttle talks between the capitals.",
     "two days",
     "The envoy announced the Orlen truce after two days of shuttle diplomacy between the "
     "capitals.",
     "two days", true},
    // A poll's share is no share of the votes cast.
    {"PollShareStaysApartFromTheVote",
     "An exit poll for Orlen TV puts Tomas Vilder on 47% in Sunday's election.", "47%",
     "Tomas Vilder won 47.3% of the vote in Sunday's election.", "47.3%", false},
    // A share with a predicate of its own (turnout) stays what it is.
    {"TurnoutInAReferendumSentenceIsNoVoteShare",
     "The referendum passed on a turnout of 52.6 per cent.", "52.6 per cent",
     "The commission said 52.4% of valid ballots in the referendum backed leaving.", "52.4%",
     false},
    // "the 50 per cent needed to avoid a runoff" is a level required, not a result.
    {"NeededToIsARequiredLevel",
     "Tomas Vilder fell short of the 50 per cent needed to avoid a runoff in the election.",
     "50 per cent", "Tomas Vilder won 49.6% of the vote in the election.", "49.6%", false},
    // One verb frames both figures of "N drones and M missiles", before or after them.
    {"SecondConjunctReadsTheVerbBefore",
     "The air force said the enemy launched 52 drones and 9 missiles at the port.", "9",
     "Air defences shot down 41 drones and 6 missiles over the port, the air force said.", "6",
     false},
    {"FirstConjunctReadsTheVerbAfter",
     "The air force said 41 drones and 6 missiles were destroyed over the port.", "41",
     "The enemy fired 52 drones at the port, the air force said.", "52", false},
    {"ConjunctsOfOneVerbJoin",
     "The air force said 41 drones and 6 missiles were destroyed over the port.", "6",
     "Air defences shot down 44 drones and 6 missiles over the port, the air force said.", "6",
     true},
    // Weapons launched and weapons shot down are two quantities; shot down, downed,
    // intercepted and destroyed are one.
    {"LaunchedAndShotDownStayApart",
     "The air force said the enemy launched 52 drones at the port overnight.", "52",
     "Air defences shot down 41 drones over the port overnight, the air force said.", "41", false},
    {"DestroyedAndShotDownStayApartFromLaunched",
     "The air force said 41 drones were destroyed over the port overnight.", "41",
     "The enemy fired 52 drones at the port overnight, the air force said.", "52", false},
    {"InterceptedAndDownedJoin", "The air force said it intercepted 41 drones overnight.", "41",
     "The air force said 44 drones were downed overnight.", "44", true},
    // "launched an appeal of $18 million": the launch says nothing of what the sum is.
    {"LaunchedAppealJoinsAppeal", "The agency launched a $18 million appeal for the port.",
     "$18 million", "The appeal of $18 million for the port is 20% funded.", "$18 million", true},
    {"SamePlaceTwoSources", "Police said 5,000 protesters marched in Valmora on Saturday.", "5,000",
     "Organisers said 9,000 protesters marched in Valmora on Saturday.", "9,000", true},
    {"TwoPlaces", "Police said 5,000 protesters marched in Valmora on Saturday.", "5,000",
     "Police said 9,000 protesters marched in Dunmere on Saturday.", "9,000", false},
    {"NationalAndCapital", "Some 90,000 people marched across the country on Saturday.", "90,000",
     "Some 20,000 people marched in the capital on Saturday.", "20,000", false},
    {"PrimaryAndSecondary", "The ministry said 42% of primary school teachers were on strike.",
     "42%", "The ministry said 30% of secondary school teachers were on strike.", "30%", false},
    {"PrimaryTwoSources", "The ministry said 42% of primary school teachers were on strike.", "42%",
     "Unions said 70% of primary school teachers were on strike.", "70%", true},
    {"TotalAndCityFigure", "Unions said 900,000 people marched, with 150,000 protesters in Orlen.",
     "900,000", "Police said 60,000 protesters marched in Orlen.", "60,000", false},
    {"YearIsNoCount", "Residents compare it with the storm that killed 40 people on the island.",
     "40", "Residents still recall 1987 floods that killed 61 people on the island.", "1987",
     false},
    {"InitialEstimateIsSuperseded", "Officials said 1,200 homes were destroyed by the fire.",
     "1,200", "The initial estimate of 300 homes destroyed by the fire was far too low.", "300",
     false},
    {"JobsAndEmployeesLaidOff", "The carmaker will cut about 4,800 jobs, it said on Tuesday.",
     "4,800", "The carmaker said it will lay off 5,000 employees.", "5,000", true},
    {"CreditLineAndFacility", "The carmaker secured a $30 billion credit line from banks.",
     "$30 billion", "The carmaker arranged a $25 billion credit facility with banks.",
     "$25 billion", true},
    {"ProfitSumAndRevenueSum", "Net profit fell 38% to $1.2 billion in the quarter.",
     "$1.2 billion", "The carmaker posted revenue of $21 billion in the quarter.", "$21 billion",
     false},
    {"TwoSharesOfOneSentenceStayApart",
     "The incumbent won 52.3% of the vote in the runoff, the commission said.", "52.3%",
     "The incumbent won 52% of the vote against 48% for her rival in the runoff.", "48%", false},
    {"EarlierLevelStaysApart", "Turnout was 61% in the runoff, the commission said.", "61%",
     "Turnout was 59% in the runoff, down from 68% in the first round.", "68%", false},
    {"PartCountsTheWholesNoun", "The ruling party won 84 of the 150 seats in parliament.", "84",
     "The ruling party won 86 seats in parliament.", "86", true},
    {"WholeIsNoQuantity", "The ruling party won 84 of the 150 seats in parliament.", "150",
     "The ruling party won 86 seats in parliament.", "86", false},
    {"ProfitAndRevenue", "Quarterly profit fell 12% at the carmaker, it said on Tuesday.", "12%",
     "Quarterly revenue fell 9% at the carmaker, it said on Tuesday.", "9%", false},
    {"KilledAndInjured", "The storm killed 40 people on the island, officials said.", "40",
     "The storm injured 75 people on the island, officials said.", "75", false},
    {"TollRisesAcrossArticles", "The storm killed 40 people on the island, officials said.", "40",
     "The storm has killed at least 52 people on the island, officials said.", "52", true},
    {"CountAndForecast", "The storm killed 40 people on the island, officials said.", "40",
     "Officials said the storm could kill 100 people on the island.", "100", false},
    {"TroopsAndSoldiersSent", "The country has sent 3,000 troops to the border, officials said.",
     "3,000", "Officials said 5,000 soldiers were sent to the border.", "5,000", true},
    {"SupersededCueAfterTheFigure",
     "Crews said more than 900 homes were destroyed in Kessler, far above the earlier estimate of "
     "300.",
     "900", "The wildfire destroyed more than 900 homes in Kessler, crews said.", "900", true},
    {"SupersededCueBeforeTheFigure",
     "Crews said more than 900 homes were destroyed in Kessler, far above the earlier estimate of "
     "300.",
     "300", "The wildfire destroyed 300 homes in Kessler, crews said.", "300", false},
    {"HypotheticalCueInALaterClause",
     "Crews brought the Kessler fire to 60% containment by Sunday \u2014 a blaze that left "
     "residents asking whether the sirens had sounded in time.",
     "60%", "The Kessler fire was 60% contained on Sunday, crews said.", "60%", true},
    {"HypotheticalCueAfterItsSubject",
     "A few hundred firefighters are unlikely to contain the Kessler fire, a ranger said.",
     "A few hundred", "Some 300 firefighters fought the Kessler fire on Sunday.", "300", false},
    {"LivesClaimedAreDeaths", "The 1987 flood in Varnholm claimed 40 lives, the museum says.", "40",
     "The 1987 flood killed 40 people in Varnholm, the museum says.", "40", true},
    {"ChangesFromDifferentDaysStayApart",
     "Officials said 61 people had died on the island, up 12 from Monday.", "12",
     "Officials said 49 people had died on the island, an increase of 17 from Sunday.", "17",
     false},
    {"ChangesFromOneDayJoin", "Officials said 61 people had died on the island, up 12 from Monday.",
     "12", "The toll on the island rose by 14 from Monday, officials said.", "14", true},
    {"SentAndPromised", "The country has sent 3,000 troops to the border, officials said.", "3,000",
     "Officials said the country promised to provide 10,000 soldiers.", "10,000", false},
    {"PerCentAfterASumIsNoRate",
     "The grocer said sales reached $3.1 billion in the quarter, up 6 per cent.", "$3.1 billion",
     "Sales at the grocer reached $3.1 billion in the quarter, it said.", "$3.1 billion", true},
    {"AYearEarlierIsNoRate",
     "The grocer said sales reached $3.1 billion in the quarter, against $2.9 billion a year "
     "earlier.",
     "$3.1 billion", "Sales at the grocer reached $3.2 billion in the quarter, it said.",
     "$3.2 billion", true},
    {"PerCentCutAtTheWindowsEndIsNoRate",
     "The grocer said sales reached $3.1 billion in the three months to June, while net profit "
     "jumped 19 per cent.",
     "$3.1 billion", "Sales at the grocer reached $3.1 billion in the three months to June.",
     "$3.1 billion", true},
    {"RateStillExcludes", "The grocer said it pays $3,100 a month in rent for the store.", "$3,100",
     "The grocer said it pays $3,100 in rent for the store.", "$3,100", false},
    {"PricesPerShareJoin", "The brewer agreed to pay $52 a share in its takeover of Holmfirth.",
     "$52", "Holmfirth accepted the brewer's takeover offer of US$ 52 per share.", "US$ 52", true},
    {"PricePerShareAndTotalStayApart",
     "The brewer agreed to pay $52 a share in its takeover of Holmfirth.", "$52",
     "The brewer agreed to pay $52 billion in its takeover of Holmfirth.", "$52 billion", false},
    {"DealWorthAndValuedAtJoin", "The brewer agreed a deal worth $6 billion for Holmfirth.",
     "$6 billion", "The brewer" RSQ "s takeover values Holmfirth at $6.2 billion, it said.",
     "$6.2 billion", true},
    {"PricesPerShareJoinWithoutAPredicate",
     "Holmfirth holders will get $52 a share in cash from the brewer.", "$52",
     "The brewer is paying Holmfirth holders US$ 53 per share in cash.", "US$ 53", true},
    {"AnEarlierMonthsOfferStaysApart", "Holmfirth turned down a $48-a-share approach in March.",
     "$48", "The brewer agreed to pay Holmfirth holders $52 a share.", "$52", false},
    {"TheArticlesOwnMonthJoins", "The brewer agreed in May to pay Holmfirth holders $52 a share.",
     "$52", "The brewer is paying Holmfirth holders $52 a share.", "$52", true},
    // An adjective standing for its people ("30 missing", "2,000 detained", "12 hurt")
    // counts people by what happened to them.
    {"MissingAloneJoinsMissingPeople", "Rescuers said more than 30 missing were being sought.",
     "30", "Officials said 41 people were still missing in Tarrow.", "41", true},
    {"DetainedAloneJoinsArrests", "A rights group said nearly 2,000 detained in the capital.",
     "2,000", "Police said 1,200 people had been arrested in the capital.", "1,200", true},
    {"DetainedAloneStaysApartFromHurt", "A rights group said nearly 2,000 detained in the capital.",
     "2,000", "Police said 1,200 people were hurt in the capital.", "1,200", false},
    // What is put at a figure is what it counts ("estimated the crowd at 15,000").
    {"CrowdPutAtJoinsPeople",
     "Organisers put Sunday's crowd at some 40,000 in Varna's main square.", "40,000",
     "Police said the crowd in Varna's main square numbered 25,000 people on Sunday.", "25,000",
     true},
    {"CrowdPutAtStaysApartFromHomes", "Police estimated the crowd at 12,000 in Varna.", "12,000",
     "About 12,000 homes lost power in Varna.", "12,000", false},
    // A predicate where the counted noun would be counts what the figure before it counts.
    {"DestroyedAfterHomesCountsHomes",
     "Officials said 9,200 homes were damaged and 1,300 destroyed in Varna.", "1,300",
     "About 1,350 homes were destroyed in Varna.", "1,350", true},
    // A division's kind after its name keeps the name as the place; several divisions are
    // a whole, never one of them.
    {"NamedProvinceJoinsItsName", "About 3,000 homes were destroyed in Orvel province.", "3,000",
     "The storm destroyed 3,100 homes in Orvel.", "3,100", true},
    {"TwoNamedProvincesStayApart", "About 3,000 homes were destroyed in Orvel province.", "3,000",
     "About 3,000 homes were destroyed in Dramen province.", "3,000", false},
    {"OneProvinceStaysApartFromSeveral",
     "About 3,000 homes were destroyed in Orvel province alone.", "3,000",
     "Some 3,150 homes were destroyed across five provinces.", "3,150", false},
    // "lay" and "laid" frame a layoff only with "off" after them.
    {"LayDeadIsNoLayoff",
     "By the time the shelling stopped, 12 soldiers lay dead in Tarrow, officials said.", "12",
     "Shelling killed 12 soldiers in Tarrow, officials said.", "12", true},
    {"LaidOffIsALayoff", "Kestrel laid off 300 workers at its Tarrow plant.", "300",
     "Kestrel said 300 workers at its Tarrow plant were killed in the blast.", "300", false},
    // Guards from a review of the rules above (each read wrongly by a first version).
    {"SustainedWindsBeforeGustsStayWinds",
     "The typhoon made landfall with maximum sustained winds of 185 km/h with gusts up to 230 "
     "km/h.",
     "185 km/h", "The typhoon made landfall with sustained winds of 175 km/h, the agency said.",
     "175 km/h", true},
    {"WindsGustingStayWinds",
     "Typhoon Selo hit Varna Bay with winds of 150 km/h gusting to 200 km/h.", "150 km/h",
     "Typhoon Selo hit Varna Bay with winds of 160 km/h.", "160 km/h", true},
    {"PoliceAreNoSoldiers", "The government deployed 5,000 police to the capital on Sunday.",
     "5,000", "The government deployed 4,000 soldiers to the capital on Sunday.", "4,000", false},
    {"MissingBeforeANounIsNoPeople",
     "Police said they had received 1,200 missing persons reports since the floods.", "1,200",
     "Police said 800 people were still missing after the floods.", "800", false},
    {"PassiveReportedKeepsItsPredicate",
     "Deaths reported since Sunday took the total to 45, officials said.", "45",
     "The death toll rose to 52, officials said.", "52", true},
    {"RivalClaimsStayApart", "The ruling party claims 120 seats and the opposition claims 95.",
     "95", "The ruling party won 118 seats in the election.", "118", false},
    {"PossessiveCountryIsNoPartOfThePlace",
     "Russian strikes killed 7 people in Ukraine's Donetsk region on Monday.", "7",
     "Strikes killed 9 people in Donetsk region on Monday, officials said.", "9", true},
    {"SomeDistrictsOfAProvinceAreNoWhole",
     "The floods killed 45 people across three districts of Orvel province.", "45",
     "The floods killed 48 people in Orvel province.", "48", true},
    {"HospitalsAfterSchoolsAreNoSchools",
     "Airstrikes hit 12 schools and 4 hospitals in the city on Monday.", "4",
     "Airstrikes hit 5 schools in the city on Monday, the UN said.", "5", false},
    {"FledAfterHomesIsNoHomes", "The quake destroyed 300 homes and 12,000 fled.", "12,000",
     "About 12,000 homes were destroyed by the quake.", "12,000", false},
    {"DamagedOrDestroyedJoinsItself", "About 2,400 homes were badly damaged or destroyed.", "2,400",
     "The quake damaged or destroyed 2,500 homes.", "2,500", true},
    {"DamagedOrDestroyedIsNoDestroyed", "About 2,400 homes were badly damaged or destroyed.",
     "2,400", "The quake destroyed 2,500 homes.", "2,500", false},
    {"OfferIsNoValuation", "Rival Vance Corp offered $2.1 billion for the company on Monday.",
     "$2.1 billion", "The company was valued at $1.5 billion in its last funding round.",
     "$1.5 billion", false},
    {"TroopCutsJoin", "The defence ministry will cut 10,000 troops over five years.", "10,000",
     "The army is to shed 12,000 troops over five years, the defence ministry said.", "12,000",
     true},
    // Homes damaged are not homes destroyed.
    {"DamagedStaysApartFromDestroyed", "Officials said 9,200 homes were damaged in Varna.", "9,200",
     "About 1,400 homes were destroyed in Varna, officials said.", "1,400", false},
    {"DamagedJoinsDamaged", "Officials said 9,200 homes were damaged in Varna.", "9,200",
     "The storm damaged 9,600 homes in Varna.", "9,600", true},
    // A storm's gusts are not its sustained winds, in any unit spelling.
    {"GustsStayApartFromWinds", "Typhoon Selo hit Varna Bay with winds of 150 km/h.", "150 km/h",
     "Typhoon Selo hit Varna Bay with gusts of as much as 200km/h.", "200km/h", false},
    {"GustsJoinGusts", "Typhoon Selo hit Varna Bay with gusts of up to 200 km/h.", "200 km/h",
     "Typhoon Selo brought 210 km/h gusts to Varna Bay.", "210 km/h", true},
    {"WindsJoinWinds", "Typhoon Selo hit Varna Bay with winds of 150 km/h.", "150 km/h",
     "Typhoon Selo hit Varna Bay with sustained winds of 160 kilometres per hour.",
     "160 kilometres per hour", true},
    // Who speaks of a figure is its source, not what it counts ("Protesters said 63 ...").
    {"SpeakerIsNoPredicate", "Protesters said 63 riot officers were hurt in the clashes.", "63",
     "Sixty-three officers were hurt in the clashes, the ministry said.", "Sixty-three", true},
    {"SpeakerIsNoPredicateProtestStaysApart",
     "Protesters said 63 police officers were hurt in the clashes.", "63",
     "Some 63 protesters marched through the clashes, the ministry said.", "63", false},
    {"RolesAndJobCutsJoin", "The airline will axe 1,400 roles over the next year.", "1,400",
     "The airline announced 1,500 job cuts on Monday.", "1,500", true},
    {"NarrowedCountStaysApart", "The ferry was carrying 640 passengers when it ran aground.", "640",
     "The ferry was carrying 410 passengers with cabin tickets, the operator said.", "410", false},
    {"NarrowedByWithoutStaysApart", "The bus was carrying 52 passengers when it overturned.", "52",
     "The bus was carrying 31 passengers without seatbelts, police said.", "31", false},
    {"SameNarrowingJoins", "The ferry was carrying 410 passengers with cabin tickets.", "410",
     "The operator said 400 passengers with cabin tickets were aboard the ferry.", "400", true},
    {"WithADeterminerIsNoNarrowing", "The attacker wounded 6 people with a knife in Orlen.", "6",
     "Police said 8 people were wounded in the attack in Orlen.", "8", true},
    {"WithAFigureIsNoNarrowing", "The blast killed 14 people with 30 more hurt in Orlen.", "14",
     "The blast in Orlen killed 17 people, officials said.", "17", true},
    // A holder (whose share, whose seats) keeps two holders' figures apart and joins one
    // holder's figures, its name spelt either way.
    {"TwoCandidatesSharesStayApart", "Tomas Vilder took 54.2% in the runoff on Sunday.", "54.2%",
     "Anna Sorel took 45.8% in the runoff on Sunday.", "45.8%", false},
    {"OneCandidateSpeltTwoWaysJoins", "Tomas Vilder took 54.2% in the runoff on Sunday.", "54.2%",
     "In the runoff on Sunday, Tomas Wilder won 54.2%, officials said.", "54.2%", true},
    // How badly people were hurt is a part of them: the critically hurt join each other,
    // never all the injured; a figure after one has its own severity.
    {"TwoCriticalCountsJoin", "Five of the injured in Orlen remain in a critical condition.",
     "Five", "Another 46 people were injured in Orlen, six of them critically.", "six", true},
    {"CriticalAndAllInjuredStayApart",
     "Five of the injured in Orlen remain in a critical condition.", "Five",
     "Doctors in Orlen treated 41 people for injuries.", "41", false},
    {"SeriousAndCriticalStayApart", "Twelve people were seriously hurt in the Orlen crash.",
     "Twelve", "Ten people were critically hurt in the Orlen crash.", "Ten", false},
    {"MissingAfterASeverityJoinsMissing",
     "Another 46 people were injured in Orlen, six of them critically, and three workers are "
     "missing.",
     "three", "Two workers are still missing in Orlen.", "Two", true},
    // The two sides of one vote's tally are one quantity each, however different the words
    // around them.
    {"OneSideOfTwoTalliesJoins",
     "Most of the 22 economists polled last week had expected a quarter-point rise in Orlen. "
     "The monetary policy committee voted 5-2 for the larger move. Housebuilders led the fall "
     "on the stock exchange as traders sold property shares.",
     "5",
     "Mortgage holders face higher payments from January, lenders warned. The committee split "
     "6-1, the governor told reporters at the central bank. Growth is now forecast at 1.1% next "
     "year.",
     "6", true},
    {"TwoCategoriesOfOneStormJoin", "Cyclone Irelle struck Orlen as a Category 4 storm.", "4",
     "Cyclone Irelle hit Orlen late on Monday as a Category 3 cyclone.", "3", true},
    // Those still held are no count of those freed; "remain in a critical condition" is no
    // holding.
    {"StillHeldAndFreedStayApart", "About 90 hostages in Orlen would still be held.", "90",
     "Eleven hostages were freed in Orlen on Tuesday.", "Eleven", false},
    {"TwoRemainingCountsJoin", "The remaining 90 hostages in Orlen are held in tunnels.", "90",
     "An estimated 85 hostages in Orlen remain in captivity.", "85", true},
    {"HoldingWithoutStillJoinsStillHeld", "Militants in Orlen are holding 59 hostages.", "59",
     "Militants in Orlen still hold 61 hostages, officials said.", "61", true},
    {"StillHoldAndStillHeldJoin", "Militants in Orlen still hold 90 hostages, officials said.",
     "90", "About 85 hostages are still held by the group in Orlen.", "85", true},
    {"JointAndOnePartysSeatsStayApart", "The Greens won 17 seats in the Orlen assembly.", "17",
     "Together the three parties hold 19 seats in the Orlen assembly.", "19", false},
    {"RequiredLevelAndProjectionStayApart", "Anna Sorel needs 75 seats in Orlen for a majority.",
     "75", "Anna Sorel was projected to take 70 seats in Orlen.", "70", false},
    {"TwoPluralPartiesStayApart", "The Greens won 17 seats in the Orlen assembly.", "17",
     "The Socialists won 11 seats in the Orlen assembly.", "11", false},
    {"TwoPartiesSeatsStayApart",
     "Marit Olsen's Harbour Party won 40 seats in the Varnholm assembly.", "40",
     "Petr Halas's Farmers Union won 33 seats in the Varnholm assembly.", "33", false},
    // A relative clause's figure is the holder's it follows, even after "ahead of".
    {"RelativeClauseHolderJoins",
     "Tomas Vilder finished ahead of Anna Sorel of the Harbour Party, who took 31.4% in the "
     "runoff on Sunday.",
     "31.4%", "Anna Sorel took 31.4% in the runoff on Sunday, officials said.", "31.4%", true},
    {"RelativeClauseHolderStaysApartFromTheOther",
     "Tomas Vilder finished ahead of Anna Sorel of the Harbour Party, who took 31.4% in the "
     "runoff on Sunday.",
     "31.4%", "Tomas Vilder took 33.1% in the runoff on Sunday, officials said.", "33.1%", false},
    // A "where" clause holds for the place named before it.
    {"WhereClausePlaceStaysApartFromAnother",
     "Tomas Vilder lost the capital, Orlen, where he took only 39% in the runoff on Sunday.", "39%",
     "Tomas Vilder took 39.5% in Varnholm in the runoff on Sunday, officials said.", "39.5%",
     false},
    {"WhereClausePlaceJoinsThatPlace",
     "Tomas Vilder lost the capital, Orlen, where he took only 39% in the runoff on Sunday.", "39%",
     "In Orlen, Tomas Vilder took 39% in the runoff on Sunday, officials said.", "39%", true},
    {"WhereClauseAtSentenceStartStaysApart",
     "In Orlen, where Tomas Vilder took only 39% in the runoff on Sunday, turnout was low.", "39%",
     "Tomas Vilder took 39.5% in Varnholm in the runoff on Sunday, officials said.", "39.5%",
     false},
    // Points of a percentage are a difference of two shares, not a share.
    {"LeadInPointsIsNoShare", "Tomas Vilder took 54.2% in the runoff on Sunday.", "54.2%",
     "In the runoff on Sunday, Tomas Vilder finished 8.4 percentage points ahead.",
     "8.4 percentage points", false},
    {"OnePersonsAgeJoins", "Dana Ilves, 61, resigned on Friday after a vote of no confidence.",
     "61", "The council in Orlen said its mayor, Dana Ilves, 61, would be replaced.", "61", true},
    {"TwoPeoplesAgesStayApart", "Dana Ilves, 61, resigned on Friday.", "61",
     "Piet Marten, 61, resigned on Friday.", "61", false},
    // One precise figure in two articles joins on less shared context; a round one does not.
    {"PreciseFigureJoins",
     "Inspectors from the agriculture ministry visited 4,318 farms in the dry north during the "
     "summer heat.",
     "4,318", "The drought has hit 4,318 farms, officials warned on Tuesday as reservoirs fell.",
     "4,318", true},
    // A figure of two significant digits of one named thing joins on less context.
    {"TwoDigitNamedCountJoins",
     "The carrier owes money to more than 1,800 creditors, chief among them its lessors.", "1,800",
     "Roughly 1,800 creditors will take part; the largest is a Dublin bank.", "1,800", true},
    {"RoundFigureNeedsMore",
     "Inspectors from the agriculture ministry visited 4,000 farms in the dry north during the "
     "summer heat.",
     "4,000", "The drought has hit 4,000 farms, officials warned on Tuesday as reservoirs fell.",
     "4,000", false},
    // Wounded read from "wounding" and "hospitals", not as the dead of the same sentence.
    {"WoundingIsAnInjury", "The strike killed 9 people in Orlen, wounding 30.", "30",
     "Medics said 34 people were injured in the Orlen strike.", "34", true},
    {"WoundingIsNoDeath", "The strike killed 9 people in Orlen, wounding 30.", "30",
     "The Orlen strike killed 11 people, medics said.", "11", false},
    {"TakenToHospitalsIsNoDeath",
     "After the blast in Orlen, 25 people were taken to hospitals, medics said.", "25",
     "The blast in Orlen killed 12 people, medics said.", "12", false},
    // A counted noun that names a part ("civilians") is that part, not the whole toll.
    {"CiviliansAreAPartOfTheToll", "The blast in Orlen killed 17 people, officials said.", "17",
     "Four civilians were among those killed in the Orlen blast.", "Four", false},
    {"CiviliansJoinCivilians", "Officials said three civilians died in the Orlen blast.", "three",
     "The Orlen blast killed two civilians, police said.", "two", true},
    // A person named by age group tells whose age a figure is.
    {"BoysAgeAndMansAge", "A 7-year-old boy was hurt in the Orlen blast, police said.",
     "7-year-old", "An 82-year-old man was hurt in the Orlen blast, police said.", "82-year-old",
     false},
    {"TwoAgesOfTheBoy", "A 7-year-old boy was hurt in the Orlen blast, police said.", "7-year-old",
     "A 6-year-old boy was injured in the Orlen blast, medics said.", "6-year-old", true},
    // A month other than the article's own, in the figure's clause or opening its sentence.
    {"LastMonthsFloodsStayApart",
     "Storms last month flooded 300 homes in Varnholm, the mayor said.", "300",
     "The storm flooded 450 homes in Varnholm on Sunday, the mayor said.", "450", false},
    {"SentenceOpeningMonthStaysApart", "Last month, 300 homes were flooded in Varnholm.", "300",
     "The storm flooded 450 homes in Varnholm on Sunday, the mayor said.", "450", false},
    {"SameEarlierMonthJoins", "Last month, 300 homes were flooded in Varnholm.", "300",
     "Storms flooded 320 homes in Varnholm in April, the mayor said.", "320", true},
    // A truce's length is framed by the truce.
    {"TruceLengthTwoWays", "A 48-hour truce took hold in the hill district, mediators said.",
     "48-hour", "Mediators said a 36-hour ceasefire took hold in the hill district.", "36-hour",
     true},
    {"TruceLengthAndEvacuationTime",
     "A 48-hour truce took hold in the hill district, mediators said.", "48-hour",
     "Crews evacuated the hill district in 36 hours, mediators said.", "36 hours", false},
    // "a town of 8,000": its population.
    {"TownSizeTwoWays",
     "Rescue boats reached Varnholm, a town of about 8,000 people, late on Sunday.", "8,000",
     "Varnholm, a coastal town of 7,500 inhabitants, has no hospital of its own.", "7,500", true},
    {"BareTownSizeCountsPeople", "Tarsk, a town of 58,000, lies on the river, officials said.",
     "58,000", "Officials said Tarsk, a river town of 60,000 people, was shelled.", "60,000", true},
    {"FledToTheTownIsNoPopulation",
     "About 1,200 residents fled to the town of Halden, officials said.", "1,200",
     "Halden, a town of 1,500 people, lies inland, officials said.", "1,500", false},
    {"TownSizeAndEvacuees", "Varnholm, a town of about 8,000 people, lies on the coast.", "8,000",
     "Some 6,000 people fled Varnholm on Sunday, officials said.", "6,000", false},
    // A figure of one site ("there", "at the plant", "at X's Y works", "in the area") is
    // narrower than the whole it belongs to.
    {"SiteCutsAndTotalCutsStayApart", "The brewer will cut 900 jobs over three years.", "900",
     "Up to 200 of the 1,100 jobs there will go, the brewer said.", "200", false},
    {"AtThePlantStaysApart", "The brewer will cut 900 jobs over three years.", "900",
     "The brewer will cut 250 jobs at the plant over three years.", "250", false},
    {"AtANamedWorksStaysApart", "The brewer will cut 900 jobs over three years.", "900",
     "The brewer will cut 300 jobs at Haldane's Kirkwall works over three years.", "300", false},
    {"InTheAreaStaysApart", "The brewer will cut 900 jobs over three years.", "900",
     "The brewer said 1,500 jobs in the area depend on its contracts.", "1,500", false},
    {"TwoSiteFiguresJoin", "Up to 200 of the 1,100 jobs there will go, the brewer said.", "200",
     "The brewer will cut 180 jobs at the plant, the union said.", "180", true},
    // A duration read as a limit ("within") and one read as a span ("over") stay apart.
    {"LimitAndSpanStayApart", "The brewer said the 900 job cuts would be made within three years.",
     "three years", "The brewer said the 900 job cuts would be made over two years.", "two years",
     false},
    {"TwoSpansJoin", "The brewer will cut 900 jobs over the next three years.", "three years",
     "The brewer said the 900 job cuts would be made over two years.", "two years", true},
    // A duration after which something happened is an offset, not the span of an activity.
    {"OffsetAndSpanOfTalksStayApart",
     "The ferry strike in Orlen ended on Friday, three days after the port was closed.",
     "three days", "The ferry strike in Orlen ended on Friday after three days of talks.",
     "three days", false},
    {"TwoOffsetsJoin",
     "The ferry strike in Orlen ended on Friday, three days after the port was closed.",
     "three days", "The port in Orlen reopened three days after the ferry strike began.",
     "three days", true},
    // How far a count has come is a snapshot of it; while the count is far from done, the
    // figures beside it are early results, not the result.
    {"TwoProgressFiguresStayApart",
     "With 62% of ballots counted, Tomas Vilder had 49.1% of the vote in Orlen.", "62%",
     "With 95% of ballots counted, Tomas Vilder had 47.8% of the vote in Orlen.", "95%", false},
    {"ProgressBasedOnStaysApartFromAShare",
     "Projections were based on 94% of votes counted in Orlen.", "94%",
     "Tomas Vilder won 94% of the vote in Orlen, final results showed.", "94%", false},
    {"ProgressAfterVotesWereTalliedStaysApart",
     "After 80% of votes were tallied in Orlen, the count stopped.", "80%",
     "Tomas Vilder won 80% of the vote in Orlen, final results showed.", "80%", false},
    {"ShareOfTheVotesCountedIsAShare", "Tomas Vilder was on 52% of the votes counted in Orlen.",
     "52%", "Tomas Vilder won 52% of the vote in Orlen, final results showed.", "52%", true},
    {"EarlyResultStaysApartFromTheResult",
     "With 40% of precincts reporting, Tomas Vilder had 51.2% of the vote in Orlen.", "51.2%",
     "Tomas Vilder won 48.6% of the vote in Orlen, final results showed.", "48.6%", false},
    {"NearlyFinishedCountJoinsTheResult",
     "With 97% of precincts reporting, Tomas Vilder had 48.5% of the vote in Orlen.", "48.5%",
     "Tomas Vilder won 48.6% of the vote in Orlen, final results showed.", "48.6%", true},
    // A level required to win is no result.
    {"RequiredLevelStaysApartFromTheResult",
     "Tomas Vilder won 48.6% of the vote in Orlen, final results showed.", "48.6%",
     "Tomas Vilder needed 50% of the vote in Orlen to win outright.", "50%", false},
    {"PassiveRequirementStaysApartFromTheCount",
     "The reform passed with 61 votes in the Orlen assembly on Monday.", "61",
     "A majority of 61 votes was required in the Orlen assembly on Monday.", "61", false},
    // "needed" after the figure with no "was" counts those who needed something.
    {"PeopleWhoNeededCareAreCounted", "Some 40 people were treated in hospital in Tarsk.", "40",
     "About 45 people needed hospital treatment in Tarsk.", "45", true},
    // A part of a figure just stated ("of whom", "of them") is never the whole; a part with
    // a place of its own is that place's figure.
    {"PartAfterOfWhomStaysApart",
     "The shelling of Orlen on Friday wounded seven people, officials said.", "seven",
     "The shelling of Orlen on Friday wounded dozens of people, of whom seven remain in a "
     "critical condition.",
     "seven", false},
    // The same value on both sides: only the part rule keeps "12 of them" from the whole.
    {"PartBeforeOfThemStaysApart", "The blast in Orlen on Friday wounded 12 people, police said.",
     "12", "The blast in Orlen on Friday wounded dozens of people; 12 of them remain in hospital.",
     "12", false},
    {"PartWithAPlaceJoinsThatPlace",
     "Some 310,000 people marched across the country, including 45,000 in Orlen.", "45,000",
     "Police counted 300,000 marchers across the country, 40,000 of them in Orlen.", "40,000",
     true},
    // "worldwide" is the whole, never one named place in it.
    {"WorldwideAndANamedCountryStayApart", "Halvard Foods employs about 12,000 people worldwide.",
     "12,000", "Halvard Foods employs about 3,000 people in Norway.", "3,000", false},
    {"WorldwideFiguresJoin", "Halvard Foods employs about 12,000 people worldwide.", "12,000",
     "The filing shows Halvard Foods employs 12,400 people worldwide.", "12,400", true},
    // A headcount belongs to the name before it: different employers never join.
    {"TwoEmployersStayApart", "Halvard Foods employs about 7,200 people, its filing shows.",
     "7,200", "Its rival Brisk Dairies employs about 9,500 people, its filing shows.", "9,500",
     false},
    {"OneEmployerJoins", "Halvard Foods employs about 7,200 people, its filing shows.", "7,200",
     "The filing shows Halvard Foods employs 7,350 people.", "7,350", true},
    // Nouns of one class across outlets: "rescue workers" and "rescuers", "displaced" and
    // "people displaced".
    {"RescueWorkersAndRescuersJoin", "About 900 rescue workers searched the flattened market.",
     "900", "More than 1,100 rescuers searched the flattened market by night.", "1,100", true},
    {"DisplacedAndPeopleDisplacedJoin", "The storm has left 8,000 displaced across the delta.",
     "8,000", "Some 9,500 people have been displaced by the storm across the delta.", "9,500",
     true},
    // A part of the casualties ("40 of the dead") is no count of them.
    {"PartOfTheDeadIsNoToll", "Officials said 96 people died in the mudslide near Tamsk.", "96",
     "Rescuers said 40 of the dead had been found near Tamsk after the mudslide.", "40", false},
    {"PartsOfTheDeadJoin", "Rescuers said 40 of the dead were found near Tamsk after the mudslide.",
     "40", "Police said 44 of the dead were found near Tamsk after the mudslide.", "44", true},
    {"TwoWordingsOfOneAppealJoin", "The charity launched a $3.2 million appeal for the valley.",
     "$3.2 million", "Its $3.2m appeal, launched on Monday, is half funded.", "$3.2m", true},
    {"TownOfAndHomeToJoin", "Tamsk, a market town of about 48,000 people, lost power.", "48,000",
     "Tamsk, home to some 52,000 people, lost power on Friday.", "52,000", true},
    {"AidAndAPledgeJoin", "The union said it would release \u20AC3 million in emergency aid.",
     "\u20AC3 million", "The union, which pledged 3 million euros on Monday, sent engineers.",
     "3 million euros", true},
    {"CombinedGroupIsNoEmployer", "Halvard Foods employs about 7,200 people, its filing shows.",
     "7,200", "The combined company will employ 9,000 people, Halvard Foods said.", "9,000", false},
    // A sum in parentheses after a sum in another currency restates it: it joins other
    // restatements only, never a sum stated in that currency.
    {"ConversionStaysApartFromAStatedSum",
     "The Varnholm council pledged \u20AC1.5 million ($1.6 million) to Tarsk on Monday.",
     "$1.6 million", "Orlen pledged $1.6 million to Tarsk on Monday, officials said.",
     "$1.6 million", false},
    {"TwoConversionsJoin",
     "The Varnholm council pledged \u20AC1.5 million ($1.6 million) to Tarsk on Monday.",
     "$1.6 million",
     "On Monday the Varnholm council pledged \u20AC1.5 million ($1.6 million) to Tarsk.",
     "$1.6 million", true},
    // A restatement set off by a comma and a hedge is a conversion too.
    {"CommaConversionStaysApartFromAStatedSum",
     "The Varnholm council pledged \u20AC1.5 million, about $1.6 million, to Tarsk on Monday.",
     "$1.6 million", "Orlen pledged $1.6 million to Tarsk on Monday, officials said.",
     "$1.6 million", false},
    {"CommaConversionJoinsABracketedOne",
     "The Varnholm council pledged \u20AC1.5 million, about $1.6 million, to Tarsk on Monday.",
     "$1.6 million",
     "On Monday the Varnholm council pledged \u20AC1.5 million ($1.6 million) to Tarsk.",
     "$1.6 million", true},
    // A share price's change belongs to the company named before "shares" or "stock".
    {"TwoCompaniesSharesStayApart", "Orlan Steel shares fell 6.5% in Paris on Monday.", "6.5%",
     "Shares of the supplier fell too, and Vesk shares fell 11% in Paris on Monday.", "11%", false},
    // A figure written as a year stays no count, whatever label opens its sentence.
    {"YearAfterALabelIsNoCount", "Job cuts: its 1999 staff plan is back at Varnholm Mills.", "1999",
     "Varnholm Mills will cut 1,999 staff, it said.", "1,999", false},
    {"OneCompanysSharesJoin", "Orlan Steel shares fell 6.5% in Paris on Monday.", "6.5%",
     "Orlan shares fell 6.8% in Paris on Monday after the profit warning.", "6.8%", true},
    // The owner is the name, not its possessive "'s", nor a determiner or a date opening the
    // run of capitalised words.
    {"PossessiveShareOwnerJoinsThePlainName",
     "Brannock's shares fell 4% in Tarsk on Tuesday after the recall.", "4%",
     "Brannock shares fell 4.3% in Tarsk on Tuesday after the recall.", "4.3%", true},
    {"CurlyPossessiveShareOwnerJoinsTheFullName",
     "Brannock\u2019s shares fell 4% in Tarsk on Tuesday after the recall.", "4%",
     "Brannock Motors shares fell 4.3% in Tarsk on Tuesday after the recall.", "4.3%", true},
    {"DeterminerIsNoShareOwner", "The Brannock shares fell 4% in Tarsk on Tuesday.", "4%",
     "Varnholm shares fell 4% in Tarsk on Tuesday.", "4%", false},
    {"WeekdayIsNoShareOwner", "On Tuesday Brannock shares fell 4% in Tarsk.", "4%",
     "Varnholm shares fell 4% in Tarsk on Tuesday.", "4%", false},
    // When in the trading day: before the open, during trading and at the close are three.
    {"PremarketAndCloseStayApart",
     "Orlan shares jumped 14% to $22.10 in premarket trading on Monday.", "14%",
     "Orlan shares closed up 16.2% at $22.40 on Monday after the bid.", "16.2%", false},
    // A share whose own clause names another predicate does not take what the share before
    // it in the sentence is of.
    {"TurnoutAfterShareOfVotes",
     "The charter change won 61.2% of valid votes, and turnout was 48.3%.", "48.3%",
     "Turnout reached 48.3%, the commission said.", "48.3%", true},
    {"TurnoutAfterShareIsNoShareOfVotes",
     "The charter change won 61.2% of valid votes, and turnout was 48.3%.", "48.3%",
     "The charter change won 48.3% of valid votes, the commission said.", "48.3%", false},
    // A share right before "quorum" or "threshold" is the bar a rule sets.
    {"QuorumAndThreshold", "The referendum cleared the 40% quorum set by the charter.", "40%",
     "Participation passed the 40% threshold set in the charter.", "40%", true},
    {"QuorumAndThresholdNeeded", "The referendum cleared the 40% quorum set by the charter.", "40%",
     "Participation in the referendum stayed above the 40% threshold needed for the charter change "
     "to stand.",
     "40%", true},
    {"ThresholdIsNoShareOfVotes", "The referendum cleared the 40% quorum set by the charter.",
     "40%", "The charter change won 40% of valid votes, the commission said.", "40%", false},
    // Stations to be recounted are not stations visited, however both are counted.
    {"RecountAndVisitStayApart", "The opposition demanded a recount in 212 polling stations.",
     "212", "Monitors visited 212 polling stations on the day.", "212", false},
    {"RecountTwoWays", "The opposition demanded a recount in 212 polling stations.", "212",
     "The party asked for ballots to be recounted in 230 polling stations.", "230", true},
    {"OneSessionJoins", "Orlan shares jumped 14% to $22.10 in premarket trading on Monday.", "14%",
     "Orlan shares rose 14.5% in premarket trading on Monday after the bid.", "14.5%", true},
    // Nouns that count one thing in business news: planes and aircraft, travellers and
    // passengers, departures and flights; people a company employs are its employees.
    {"PlanesAndAircraftJoin", "Brisca Air operates a fleet of 52 aircraft, it said.", "52",
     "On Monday all 52 Brisca planes stayed on the ground.", "52", true},
    {"TravellersAndPassengersJoin", "Some 21,000 Brisca travellers were stranded abroad.", "21,000",
     "About 21,000 Brisca passengers are stranded abroad.", "21,000", true},
    {"DeparturesAndFlightsJoin", "Brisca cancelled all 140 flights scheduled for Friday.", "140",
     "Brisca said 140 departures were cancelled on Friday.", "140", true},
    {"EmployedPeopleAreEmployees", "Brisca Air employs 7,300 people in four countries.", "7,300",
     "Brisca Air has 7,300 employees in four countries.", "7,300", true},
    // A headcount in a named place is that place's part of the workforce.
    {"HeadcountInAPlaceIsNoWholeWorkforce", "Tovel employs about 2,900 people in Ardenia.", "2,900",
     "Tovel was founded in 1950 and has about 3,400 employees.", "3,400", false},
    {"HeadcountsInOnePlaceJoin", "Tovel employs about 2,900 people in Ardenia.", "2,900",
     "Tovel has about 2,900 staff in Ardenia, the union says.", "2,900", true},
    {"CutFlightsAreNoCutJobs", "Brisca will cut 140 flights a week from March.", "140",
     "Brisca will cut 140 jobs from March, the union said.", "140", false},
    {"AircraftAndPassengersStayApart", "Brisca Air operates a fleet of 52 aircraft.", "52",
     "Brisca Air carried 52 passengers on the last flight.", "52", false},
    // Stranded and flown home are two quantities of one set of travellers.
    {"StrandedAndRepatriatedStayApart", "Some 21,000 passengers are stranded abroad.", "21,000",
     "Some 14,000 passengers have been repatriated since Friday.", "14,000", false},
    // "puts the number of <name> passengers ... at N": the counted noun after "of" and a name.
    {"NumberOfNamedPassengersAtN",
     "The ministry now puts the number of Brisca passengers stranded abroad at 21,000.", "21,000",
     "Some 19,000 Brisca passengers are stranded abroad, the ministry said.", "19,000", true},
    {"NumberOfNamedPassengersIsNoFlightCount",
     "The ministry now puts the number of Brisca passengers stranded abroad at 21,000.", "21,000",
     "Brisca cancelled 19,000 flights this year, the ministry said.", "19,000", false},
    {"StrandedAndFlownHomeStayApart", "Some 21,000 Brisca passengers are stranded abroad.",
     "21,000", "Some 14,000 Brisca passengers have been flown home since Friday.", "14,000", false},
    {"FlownHomeAndRepatriatedJoin", "Some 14,000 Brisca passengers were repatriated by Friday.",
     "14,000", "Some 14,000 Brisca passengers have been flown home since Friday.", "14,000", true},
    // Liabilities, debts and what a company owes are one sum; a loan and what is lent too.
    {"LiabilitiesAndDebtsJoin",
     "Brisca listed liabilities of \u20AC3.1 billion against assets of \u20AC2.2 billion.",
     "\u20AC3.1 billion",
     "Brisca, founded in 1961, sought protection late on Friday with debts of \u20AC3.1bn and "
     "assets of \u20AC2.2bn.",
     "\u20AC3.1bn", true},
    {"OwesAndDebtsJoin", "Brisca said in its filing that it owes \u20AC3.1 billion to creditors.",
     "\u20AC3.1 billion",
     "Brisca, founded in 1961, sought protection late on Friday with debts of \u20AC3.1bn and "
     "assets of \u20AC2.2bn.",
     "\u20AC3.1bn", true},
    {"LendAndLoanJoin", "The state will lend Brisca \u20AC200 million for six months.",
     "\u20AC200 million", "Brisca won a \u20AC200m loan from the state.", "\u20AC200m", true},
    {"LossAndLostJoin", "Brisca reported a third-quarter net loss of \u20AC270 million.",
     "\u20AC270 million", "Brisca lost \u20AC270m in the third quarter.", "\u20AC270m", true},
    {"LossAndRevenueStayApart", "Brisca reported a third-quarter net loss of \u20AC270 million.",
     "\u20AC270 million", "Brisca reported third-quarter revenue of \u20AC270m.", "\u20AC270m",
     false},
    // "cut 1,900 of Brisca's 8,200 jobs": the whole is the workforce, not a cut; the part is.
    {"OwnersWholeIsTheWorkforce", "Brisca Air employs 8,200 people, its filing shows.", "8,200",
     "Tovel would cut 1,900 of Brisca Air's 8,200 jobs.", "8,200", true},
    {"OwnersWholeIsNoCut", "Tovel plans to cut about 7,900 jobs at Brisca Air.", "7,900",
     "Tovel would cut 1,900 of Brisca Air's 8,200 jobs.", "8,200", false},
    {"PartOfAnOwnersWholeIsTheCut", "Tovel plans to cut about 1,900 jobs at Brisca Air.", "1,900",
     "Tovel would cut 1,900 of Brisca Air's 8,200 jobs.", "1,900", true},
    // One economic indicator told by two outlets is one quantity; its latest reading joins
    // one dated to a month. Different indicators, years or forecasts stay apart.
    {"InflationLevelsOfTwoOutletsJoin",
     "Inflation was 6.8% last month, the statistics office said on Tuesday.", "6.8%",
     "Annual inflation stood at 7.1%, figures from the statistics office showed on Tuesday.",
     "7.1%", true},
    {"CoreAndHeadlineInflationStayApart", "Core inflation stood at 5.1% in April, data showed.",
     "5.1%", "Inflation stood at 5.1% in April, data showed.", "5.1%", false},
    {"UnemploymentAndInflationStayApart", "The unemployment rate rose to 5.3% in April.", "5.3%",
     "Inflation rose to 5.3% in April.", "5.3%", false},
    {"GrowthForecastsOfOneYearJoin",
     "The bank cut its growth forecast for this year to 1.1% on Thursday.", "1.1%",
     "The bank now sees growth of just 1.3 per cent this year.", "1.3 per cent", true},
    {"GrowthForecastsOfTwoYearsStayApart", "The bank sees growth of 0.8% in 2026.", "0.8%",
     "The bank now sees growth of just 1.1 per cent this year.", "1.1 per cent", false},
    {"PolicyRateJoinsKeyRate", "The central bank raised its key rate to 4.75% on Thursday.",
     "4.75%", "The policy rate now stands at 4.75 per cent after Thursday's decision.",
     "4.75 per cent", true},
    {"ForecastPeakStaysApartFromTheReading", "The bank sees inflation peaking at 7.2% next year.",
     "7.2%", "Inflation was 6.8% in April, the bank said.", "6.8%", false},
    // A running count is put in no month by the month it counts from; a change over a span
    // is one of that span.
    {"RunningCountSinceAMonthJoinsTheUndatedCount",
     "The health ministry says 4,200 people have been killed since March.", "4,200",
     "The war has killed more than 4,000 people, the health ministry said on Tuesday.", "4,000",
     true},
    {"ChangeSinceAMonthStaysApartFromTheDaysChange",
     "The bank has raised its rate by a total of 125 basis points since March.", "125 basis points",
     "The bank raised its rate by 50 basis points on Thursday.", "50 basis points", false},
    // Trucks and lorries are vehicles; a pause is a truce.
    {"TrucksAndLorriesJoin",
     "Under the deal, up to 200 aid trucks a day will enter Marrel through the Serrin crossing.",
     "200", "Under the deal, 250 lorries a day will enter Marrel through the Serrin crossing.",
     "250", true},
    // A tally's votes for join votes for, never votes against.
    {"TallyVotesForJoin",
     "The Ostra central bank's committee voted 5-2 on Thursday to raise rates.", "5",
     "The Ostra central bank's committee voted 6-1 on Thursday to raise rates.", "6", true},
    {"TallyVotesForAndAgainstStayApart",
     "The Ostra central bank's committee voted 5-2 on Thursday to raise rates.", "5",
     "The Ostra central bank's committee voted 6-1 on Thursday to raise rates.", "1", false},
    {"TallyInWordsStaysApartFromTheOtherSide",
     "The Ostra central bank's committee raised rates on Thursday by five votes to two.", "two",
     "The vote was 5-2 when the Ostra central bank's committee met on Thursday to raise rates.",
     "5", false},
    {"TallyInWordsJoinsDashedTally",
     "The Ostra central bank's committee raised rates on Thursday by five votes to two.", "two",
     "The Ostra central bank's committee voted 6-1 on Thursday to raise rates.", "1", true},
    // Counterexamples from a review of the indicator, rate, span and class rules: another
    // noun before an indicator names another measure; an older month is no latest reading;
    // a target is no level; a clause after the figure dates itself; "the daily" is a paper.
    {"OilPricesAreNoInflation", "Oil prices fell 4.5% in March, traders in Ostra said.", "4.5%",
     "Inflation eased to 5.1% in March, the statistics office in Ostra said.", "5.1%", false},
    {"SuccessRateIsNoPolicyRate", "The Ostra clinic said its success rate was 9.5% this year.",
     "9.5%", "The Ostra central bank raised its policy rate to 9.25% this year.", "9.25%", false},
    {"InflationTargetIsNoInflation",
     "The Ostra central bank kept its 2% inflation target on Thursday.", "2%",
     "Inflation in Ostra slowed to 2.4% on Thursday, the central bank said.", "2.4%", false},
    {"OlderMonthIsNoLatestReading",
     "The Ostra central bank had lifted its policy rate to 4.5% in January.", "4.5%",
     "The Ostra central bank raised its policy rate to 4.75% on Thursday.", "4.75%", false},
    {"ClauseAfterTheFigureDatesItself",
     "The Orlen festival drew 40,000 fans on Sunday before it returns next year.", "40,000",
     "The Orlen festival drew 40,000 fans on Sunday, organisers said.", "40,000", true},
    {"NewspaperIsNoRate", "Shelling killed 14 people in Orlen, the daily Kessel Courier reported.",
     "14", "Shelling killed 14 people in Orlen on Sunday, officials said.", "14", true},
    {"ADayAfterIsNoRate", "Troops killed 12 civilians in Orlen a day after the talks collapsed.",
     "12", "Troops killed 12 civilians in Orlen, officials said.", "12", true},
    {"TrucksAndCarsStayApart", "Veltro sold 12,000 trucks in Ostra last quarter.", "12,000",
     "Veltro sold 14,500 cars in Ostra last quarter.", "14,500", false},
    {"PauseInRateRisesIsNoTruce",
     "The bank signalled a pause after raising rates 10 times since March.", "10",
     "The bank has raised rates 10 times since March.", "10", true},
    {"FromAMonthStillDates", "Veltro will cut 300 jobs at its Orlen plant from March.", "300",
     "Veltro will cut 300 jobs at its Orlen plant in March.", "300", true},
    // Hostages freed are not the hostages still held; freed and released are one act.
    {"FreedAndHeldHostagesStayApart",
     "Under the deal, the Front is to free 34 hostages held in Marrel in a first phase.", "34",
     "About 90 hostages would still be held in Marrel after the first phase, the mediator said.",
     "90", false},
    {"FreedAndReleasedHostagesJoin", "The Front freed 34 hostages in Marrel, the mediator said.",
     "34", "The Front released 35 hostages in Marrel, the mediator said.", "35", true},
    // A currency's move against one currency is not its move against another.
    {"MovesAgainstTwoCurrenciesStayApart",
     "The krone rose 1.2% against the dollar on Monday, traders in Ostra said.", "1.2%",
     "The krone rose 0.9% against the euro on Monday, traders in Ostra said.", "0.9%", false},
    {"MovesAgainstOneCurrencyJoin",
     "The krone rose 1.2% against the dollar on Monday, traders in Ostra said.", "1.2%",
     "The krone rose 1.4% on the US dollar on Monday, traders in Ostra said.", "1.4%", true},
    // A record released is no release of captives; prisoners are held until released; a
    // total's adjective is no sum of changes; "on the weaker dollar" is no exchange rate.
    {"ReleasedVideoIsNoRelease",
     "The Harlow Front released a video showing 15 hostages held in Marrel, the mediator said.",
     "15", "The Harlow Front holds 18 hostages in Marrel, the mediator said.", "18", true},
    {"ReleasedAndJailedPrisonersStayApart", "Lenmark released 30 prisoners from Orlen jails.", "30",
     "There are 120 prisoners in Orlen jails, officials said.", "120", false},
    {"TotalSalesJoinSales", "Veltro said total sales rose 5% in Ostra last quarter.", "5%",
     "Veltro said sales rose 6% in Ostra last quarter.", "6%", true},
    {"WeakerDollarIsNoExchangeRate", "Ostra's exports rose 4% on the weaker dollar in March.", "4%",
     "Ostra's exports rose 5% in March, the ministry said.", "5%", true},
    // A rate is a measure of its own: it joins rates of its period, never a count.
    {"RateAndCountStayApart",
     "Under the deal, 200 trucks a day will enter Marrel through the Serrin crossing.", "200",
     "On Monday, 200 trucks entered Marrel through the Serrin crossing.", "200", false},
    {"RatesPerDayAndADayJoin", "The Harl field pumps 1.2 million barrels per day, Ostoil said.",
     "1.2 million barrels", "The Harl field pumps 1.1 million barrels a day, Ostoil said.",
     "1.1 million barrels", true},
    {"RatesOfDifferentPeriodsStayApart",
     "The Harl field pumps 1.2 million barrels a week, Ostoil said.", "1.2 million barrels",
     "The Harl field pumps 1.1 million barrels a day, Ostoil said.", "1.1 million barrels", false},
    {"PauseAndTruceJoin", "A four-day pause in the fighting began on Tuesday.", "four-day",
     "A five-day truce in the fighting began on Tuesday.", "five-day", true},
    // Jobs kept are not jobs cut.
    {"KeptAndCutJobsStayApart", "Tovel plans to cut about 2,400 jobs at Brisca Air.", "2,400",
     "Tovel said it would keep about 2,600 jobs at Brisca Air.", "2,600", false},
};

class FramePairs : public testing::TestWithParam<PairCase> {};

TEST_P(FramePairs, JoinOnlyWhereFramesAgree) {
  const PairCase& row = GetParam();
  const Analysis a = analyze_texts({row.first_text, row.second_text});
  const int first = figure_index(a, 0, row.first_figure);
  const int second = figure_index(a, 1, row.second_figure);
  ASSERT_GE(first, 0) << row.first_figure;
  ASSERT_GE(second, 0) << row.second_figure;
  const int32_t g1 = a.numbers[first].group, g2 = a.numbers[second].group;
  if (row.same_group) {
    EXPECT_NE(g1, kNoGroup);
    EXPECT_EQ(g1, g2);
  } else {
    EXPECT_TRUE(g1 == kNoGroup || g1 != g2);
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, FramePairs, testing::ValuesIn(kPairCases), CaseName());

struct HolderCase {
  const char* name;
  const char* text;
  const char* figure;
  const char* holder;  // folded, or "" for none
};

const HolderCase kHolderCases[] = {
    {"SubjectOfWinningVerb", "Tomas Vilder took 54.2% of the vote.", "54.2%", "tomas vilder"},
    {"SubjectPastAnAppositive", "Anna Sorel, a former judge from Orlen, polled 31%.", "31%",
     "anna sorel"},
    {"ElidedSecondHolder", "Tomas Vilder has 54% and Anna Sorel 41%.", "41%", "anna sorel"},
    {"HolderOnAFigure", "Anna Sorel was on nearly 41% at midnight.", "41%", "anna sorel"},
    {"PossessiveHolder", "Marit Olsen's 40 seats make her the kingmaker.", "40", "marit olsen"},
    {"AgeAfterItsPerson", "Dana Ilves, 61, resigned on Friday.", "61", "dana ilves"},
    {"AgeInAnApposition", "Dana Ilves, a 61-year-old lawyer, resigned.", "61-year-old",
     "dana ilves"},
    {"NameOfAPartyIsNoHolder", "Anna Sorel of the Harbour Party, who took 31%, conceded.", "31%",
     "anna sorel"},
    {"ModifierAloneIsTheHolder", "Supporters of the Harbour Party took 31% in Orlen.", "31%",
     "harbour party"},
    {"ReportingVerbIsNoHolding", "Tomas Vilder said 300 people were hurt.", "300", ""},
    // Money raised is its raiser's; a count raised is someone's update of it.
    {"MoneyRaisedIsTheRaisers", "In June the rival firm Orlen Bank raised $600 million.",
     "$600 million", "orlen bank"},
    {"CountRaisedIsNoHolding", "In June the Orlen Red Cross raised the toll to 12.", "12", ""},
    // The subject past an apposition with a name in it, past auxiliaries before the verb.
    {"SubjectPastAnAppositionWithAName",
     "The Harbour Party, led by the economist Anna Sorel, was projected to take 46 seats.", "46",
     "harbour party"},
    {"SubjectPastTwoAppositions",
     "The Farmers Union, the party of the former premier, Tomas Vilder, fell to 37 seats.", "37",
     "farmers union"},
    {"OpeningPlaceIsNoSubject", "In Orlen, Anna Sorel, a former judge, polled 31%.", "31%",
     "anna sorel"},
    // A level reached, then "to"/"for": "fell to", "set for", "on course for".
    {"LevelVerbBeforeTo", "The Harbour Party fell to 37 seats.", "37", "harbour party"},
    {"OnCourseFor", "The Harbour Party was on course for 30 seats.", "30", "harbour party"},
    {"HadIsHolding", "Anna Sorel had 31.0% of the vote.", "31.0%", "anna sorel"},
    {"RelativeClauseGainedSeats", "The Harbour Party, which gained 12 seats, opened talks.", "12",
     "harbour party"},
    // After the figure: "for" and a name.
    {"ForANameAfterTheFigure", "Anna Sorel had 31%, against 25.1% for Tomas Vilder.", "25.1%",
     "tomas vilder"},
    {"ForAPlaceIsNoHolder", "Turnout was 61% for Orlen as a whole.", "61%", ""},
    // A party named as a plural after "the", and one with a plural possessive in its name.
    {"PluralPartyAfterThe", "Tomas Vilder leads, with the Greens on 17 seats.", "17", "greens"},
    {"PluralPossessiveInAName", "The Teachers' Party won 9 seats in Orlen.", "9", "teachers party"},
    {"FigureInBracketsAfterItsHolder", "Anna Sorel courts the Greens (17 seats) and others.", "17",
     "greens"},
    // Carried on to the next figure by "on", a bracket or a change set off after it.
    {"CarriedOnToTheShare", "The Harbour Party took 29 seats on 19.6 per cent, up 11.",
     "19.6 per cent", "harbour party"},
    {"CarriedOnToTheChange", "The Harbour Party took 29 seats on 19.6 per cent, up 11.", "11",
     "harbour party"},
    {"NotCarriedPastOtherWords", "The Harbour Party took 29 seats, and turnout was 61% in Orlen.",
     "61%", ""},
    // A figure made an adjective is the size of the name after it.
    {"AdjectiveFigureIsTheNamesSize",
     "The Harbour Party took 46 seats in the 150-seat Orlen Assembly.", "150", "orlen assembly"},
    // Several holders' figure together; not a figure past another one.
    {"JointHolderTogether", "Together the three parties hold 76 seats in Orlen.", "76", "together"},
    {"JointHolderCoalitionOf",
     "A coalition of the Harbour Party and the Greens would have 74 seats.", "74", "together"},
    {"JointHolderNotPastAnotherFigure", "Final results gave the three parties 76 of the 150 seats.",
     "150", ""},
    {"CarriedPastAHedgeAndAYear",
     "The Harbour Party took 29, up 11 from 2022, on nearly 20% of the vote.", "20%",
     "harbour party"},
    // Names that hold nothing: inside a relative clause, a speaker, a possessive that
    // modifies the noun after it, a preposition's object, a name after "for" with a sum, the
    // one who sentences, a name before a new clause.
    {"NameInsideARelativeClauseIsNoHolder",
     "The party, which Anna Berg joined from the Greens, was projected to take 46 seats.", "46",
     ""},
    {"SpeakerIsNoHolder", "Tomas Vilder said the company had 2.2 billion users.", "2.2 billion",
     ""},
    {"PossessiveModifierIsNoHolder", "Anna Sorel's team lost 3 points in Orlen.", "3", ""},
    {"NameInAWhereClauseIsNoHolder", "Turnout in Orlen, where Tomas Vilder is mayor, fell to 61%.",
     "61%", ""},
    {"ObjectOfUnderIsNoHolder", "The Greens under Tomas Vilder fell to 11.6%.", "11.6%", "greens"},
    {"ForWithASumIsNoHolder", "The club paid \u20AC100m for Tomas Vilder.", "\u20AC100m", ""},
    {"VictimInARelativeClauseIsNoHolder",
     "The man who attacked Tomas Vilder was sentenced to 25 years.", "25 years", ""},
    {"JudgeWhoSentencesIsNoHolder", "Judge Anna Sorel sentenced the former lawyer to 3 years.",
     "3 years", ""},
    {"AideToANameIsNoHolder", "A former aide to Tomas Vilder was banned for 2 years.", "2 years",
     ""},
    {"NewClauseAfterCommaAnd", "The Greens took 85 seats, and the Left won 64 seats.", "64", ""},
    {"NoCarryToAnotherNoun", "The Harbour Party won 28 points, with 12,000 fans.", "12,000", ""},
    {"NoCarryToCountProgress", "Tomas Vilder got 25.1%, with 30% of ballots counted.", "30%", ""},
    {"TogetherWithIsNoJointHolder", "Together with her husband, she raised $3m.", "$3m", ""},
    {"TakenTogetherIsNoJointHolder", "Taken together, the measures will save \u20AC40bn.",
     "\u20AC40bn", ""},
    {"OneBodysCoalitionIsNoJointHolder", "Tomas Vilder's coalition had 53.7% of the vote.", "53.7%",
     ""},
    // The one sentenced holds the term: the subject of the passive, the object of the verb.
    {"SentencedSubject", "Tomas Vilder was sentenced on Thursday to seven years in prison.",
     "seven years", "tomas vilder"},
    {"SentencedObject", "A court sentenced the former minister Anna Sorel to four years in prison.",
     "four years", "anna sorel"},
    {"NoNameNoHolder", "Turnout was 61% on Sunday.", "61%", ""},
};

class Holders : public testing::TestWithParam<HolderCase> {};

TEST_P(Holders, ReadsWhoseFigureItIs) {
  const HolderCase& row = GetParam();
  const Analysis a = analyze_texts({row.text});
  const int i = figure_index(a, 0, row.figure);
  ASSERT_GE(i, 0) << row.figure;
  EXPECT_EQ(quantity_frames(a)[i].holder, row.holder);
}

INSTANTIATE_TEST_SUITE_P(Cases, Holders, testing::ValuesIn(kHolderCases), CaseName());

TEST(Holders, SameHolderAcrossSpellingsAndAcronyms) {
  EXPECT_TRUE(same_holder("nup", false, "national unity party", false));
  EXPECT_TRUE(same_holder("marta ilyenko", true, "ilienko", true));
  EXPECT_TRUE(same_holder("harbour party", false, "harbour party", false));
  EXPECT_FALSE(same_holder("harbour party", false, "farmers union", false));
  EXPECT_FALSE(same_holder("anna sorel", true, "tomas vilder", true));
  EXPECT_FALSE(same_holder("ilves", true, "olsen", true));
}

// The tables are kept sorted by word so that they read (and diff) as dictionaries.
TEST(FrameLexicon, TablesAreSortedByWord) {
  EXPECT_TRUE(lexicon::small_number_words_sorted());
  for (auto table : {lexicon::implied_predicate_table(), lexicon::bare_count_table(),
                     lexicon::trading_session_table(), lexicon::price_point_table(),
                     lexicon::measure_variant_table(), lexicon::indicator_noun_table(),
                     lexicon::indicator_modifier_table(), lexicon::counter_currency_table()})
    for (size_t i = 1; i < table.size(); ++i)
      EXPECT_LT(table[i - 1].word, table[i].word) << "at " << table[i].word;
  auto heads = lexicon::subgroup_heads_table();
  for (size_t i = 0; i < heads.size(); ++i) {
    if (i > 0) {
      EXPECT_LT(heads[i - 1].word, heads[i].word) << "at " << heads[i].word;
    }
    EXPECT_TRUE(std::is_sorted(heads[i].heads.begin(), heads[i].heads.end())) << heads[i].word;
    EXPECT_NE(lexicon::subgroup_of(heads[i].word), nullptr) << heads[i].word;
  }
  auto subgroups = lexicon::subgroup_table();
  for (size_t i = 1; i < subgroups.size(); ++i)
    EXPECT_LT(subgroups[i - 1].word, subgroups[i].word) << "at " << subgroups[i].word;
  for (auto words : {lexicon::forecast_word_table(),
                     lexicon::change_verb_table(),
                     lexicon::changing_verb_table(),
                     lexicon::phrasal_verb_table(),
                     lexicon::turnout_verb_table(),
                     lexicon::range_verb_table(),
                     lexicon::people_only_frame_word_table(),
                     lexicon::people_class_table(),
                     lexicon::may_follow_place_table(),
                     lexicon::counting_verb_table(),
                     lexicon::non_restricting_lead_table(),
                     lexicon::per_unit_noun_table(),
                     lexicon::division_noun_table(),
                     lexicon::conversion_join_table(),
                     lexicon::measure_variant_noun_table(),
                     lexicon::speed_unit_table(),
                     lexicon::holding_verb_table(),
                     lexicon::holder_gap_word_table(),
                     lexicon::holder_level_word_table(),
                     lexicon::holder_auxiliary_table(),
                     lexicon::holder_carry_word_table(),
                     lexicon::holder_object_lead_table(),
                     lexicon::holder_object_verb_table(),
                     lexicon::holder_aside_table(),
                     lexicon::comparison_base_word_table(),
                     lexicon::still_held_word_table(),
                     lexicon::held_after_still_table(),
                     lexicon::forecast_phrase_table(),
                     lexicon::count_progress_lead_table(),
                     lexicon::joint_holder_word_table(),
                     lexicon::joint_holder_noun_table(),
                     lexicon::figure_hedge_table(),
                     lexicon::threshold_noun_table(),
                     lexicon::measure_subject_noun_table(),
                     lexicon::requirement_word_table(),
                     lexicon::be_form_table(),
                     lexicon::poll_word_table(),
                     lexicon::linking_verb_table(),
                     lexicon::change_noun_table(),
                     lexicon::level_verb_table(),
                     lexicon::level_of_change_indicator_table(),
                     lexicon::indicator_estimate_table(),
                     lexicon::share_yardstick_table(),
                     lexicon::indicator_gap_word_table(),
                     lexicon::indicator_forecast_word_table(),
                     lexicon::subordinator_table(),
                     lexicon::against_word_table(),
                     lexicon::released_record_table(),
                     lexicon::share_unit_word_table(),
                     lexicon::side_class_table(),
                     lexicon::side_pronoun_table(),
                     lexicon::money_holding_verb_table(),
                     lexicon::security_word_table(),
                     lexicon::market_move_verb_table(),
                     lexicon::provisional_word_table(),
                     lexicon::count_result_noun_table(),
                     lexicon::side_part_predicate_table()})
    for (size_t i = 1; i < words.size(); ++i)
      EXPECT_LT(words[i - 1], words[i]) << "at " << words[i];
}

}  // namespace
}  // namespace parallax
