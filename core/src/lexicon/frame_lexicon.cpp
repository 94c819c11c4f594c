#include "lexicon/frame_lexicon.h"

#include <algorithm>
#include <string>

#include "lexicon/key_index.h"

namespace parallax::lexicon {

namespace {

// Keep every table sorted by its first column: a test checks it.
constexpr WordClassRow kImpliedPredicates[] = {
    {"arrested", "arrest"},       {"arrests", "arrest"},     {"casualties", "casualty"},
    {"cuts", "layoff"},           {"dead", "death"},         {"deaths", "death"},
    {"demonstrators", "protest"}, {"detained", "arrest"},    {"detainees", "arrest"},
    {"displaced", "evacuate"},    {"evacuated", "evacuate"}, {"evacuees", "evacuate"},
    {"fatalities", "death"},      {"hostages", "hostage"},   {"hurt", "injury"},
    {"injured", "injury"},        {"injuries", "injury"},    {"inmates", "hostage"},
    {"killed", "death"},          {"layoffs", "layoff"},     {"lives", "death"},
    {"marchers", "protest"},      {"missing", "missing"},    {"prisoners", "hostage"},
    {"protesters", "protest"},    {"protestors", "protest"}, {"redundancies", "layoff"},
    {"strikers", "strike"},       {"victims", "death"},      {"wounded", "injury"},
};

// Words that frame counts of people only: "carrying 312 people", "saved 268 people" (not
// "carried 52% of the vote", "carrying 20 tonnes", "saved $200 million"). Sorted.
constexpr std::string_view kPeopleOnlyFrameWords[] = {
    "abducted", "aboard",    "captured", "capturing", "carried", "carrying",
    "crammed",  "kidnapped", "onboard",  "packed",    "saved",
};
// Classes of counted nouns that are people (or their jobs), for the words above. Sorted.
constexpr std::string_view kPeopleClasses[] = {
    "children", "crew",      "jobs",     "migrants", "military", "passengers",
    "people",   "positions", "refugees", "staff",    "tourists", "workers",
};

// Predicates a counted noun implies by naming a role, not what happened to the people: what
// happened, told beside it, wins ("45 protesters were detained"). Sorted.
constexpr std::string_view kRolePredicates[] = {"hostage", "protest", "strike"};

// A bare count framed by one of these counts people: "the toll rose to 288" (died).
constexpr WordClassRow kBareCounts[] = {
    {"aboard", "people"},   {"arrest", "people"},     {"casualty", "people"}, {"death", "people"},
    {"evacuate", "people"}, {"gathering", "people"},  {"hostage", "people"},  {"injury", "people"},
    {"missing", "people"},  {"population", "people"}, {"protest", "people"},  {"rescue", "people"},
    {"strike", "people"},
};

constexpr std::string_view kGenericClasses[] = {"people"};
// Words before a bare year-like figure that make it a year: "a 1960 tsunami", "since 2018".
constexpr std::string_view kYearLeads[] = {"a",    "after", "an",    "before", "by",
                                           "from", "in",    "its",   "of",     "since",
                                           "that", "the",   "their", "this",   "until"};
// Counted nouns that point back to the figure before: "14 soldiers and 35 others".
constexpr std::string_view kAnaphoricUnits[] = {"more", "others"};

constexpr std::string_view kLocatives[] = {"across", "in", "throughout"};
constexpr std::string_view kNationalLocatives[] = {"across", "throughout"};
constexpr std::string_view kReferenceWords[] = {"from", "of"};
// "worldwide", "globally": the whole of what the figure is of, never one named place in it.
constexpr std::string_view kNationalWords[] = {"countrywide", "globally", "nationally",
                                               "nationwide", "worldwide"};
constexpr std::string_view kCountryNouns[] = {"country", "nation"};
// "in the capital", "in the city": a place below the country that the article does not name.
constexpr std::string_view kLocalPlaceNouns[] = {"capital",  "city",   "county", "district",
                                                 "province", "region", "town",   "village"};
// "in Orrin province", "in Kherson region", "in Balasore district": a division's kind after
// its name; the place is the name. Sorted.
constexpr std::string_view kDivisionNouns[] = {"county",       "district", "governorate",
                                               "municipality", "oblast",   "prefecture",
                                               "province",     "region",   "state"};
// "450 of the jobs there", "300 staff at the plant", "at Kestrel's Dunmore works", "in the
// area": a figure of one site or its surroundings, narrower than the whole it belongs to.
// Sorted.
constexpr std::string_view kSiteLocatives[] = {"at", "in"};
constexpr std::string_view kSiteNouns[] = {"area",  "depot", "factory", "mill", "mine",
                                           "plant", "site",  "works",   "yard"};
constexpr std::string_view kSiteAdverbs[] = {"there"};
// The word before a duration that says how it is read: a limit ("within three years") or a
// span ("over two years", "for 60 years"). Sorted.
constexpr WordClassRow kPeriodLeads[] = {
    {"during", "span"},
    {"for", "span"},
    {"over", "span"},
    {"within", "limit"},
};
// The word after a duration that says how it is read: an offset in time from something
// ("two days after the clash", "five years ago"), or the span an activity took ("two days of
// talks"). Sorted.
constexpr WordClassRow kPeriodTrails[] = {
    {"after", "offset"},   {"ago", "offset"},   {"before", "offset"},
    {"earlier", "offset"}, {"later", "offset"}, {"of", "span"},
};
// "38 wounded, of whom six ...", "of which 12 ...": the relative word after "of" that makes
// the figure a part of the one just stated. Sorted.
constexpr std::string_view kPartRelatives[] = {"which", "whom"};
// "11 of them children": the pronoun after "<figure> of" that does the same. Sorted.
constexpr std::string_view kPartPronouns[] = {"these", "them", "those", "whom"};
// "with 62% of ballots counted", "with 95% of precincts reporting": what a count goes
// through (nouns) and how far it has come (participles). Sorted.
constexpr std::string_view kCountProgressNouns[] = {
    "ballots", "constituencies", "districts", "polling", "precincts", "returns", "votes"};
// Before a share of a count done: "with 62% of ballots counted", "after 80% of votes were
// tallied", "once 90% of ...". ("based on" is read as a pair.) Sorted.
constexpr std::string_view kCountProgressLeads[] = {"after", "once", "with"};
constexpr std::string_view kCountProgressVerbs[] = {"counted",  "declared",  "in",      "processed",
                                                    "reported", "reporting", "tallied", "verified"};
// Words between that word and the duration ("over the next two years"). Sorted.
constexpr std::string_view kPeriodFillers[] = {"coming", "first", "last", "next", "past", "the"};
// Predicates whose figure belongs to someone named before it: "X employs 9,000".
constexpr std::string_view kOwnedPredicates[] = {"employ"};
// "the combined company will employ 40,000": the group two owners form. Sorted.
constexpr std::string_view kCombinedWords[] = {"combined", "enlarged", "merged"};
// Words before a figure that make it several holders' together: "Together the three parties
// hold 76 seats", "their combined 74 seats", "a coalition of X, Y and Z would have 74" (and
// "the three parties"). Sorted.
constexpr std::string_view kJointHolderWords[] = {"altogether", "coalition", "combined", "jointly",
                                                  "together"};
// Plural nouns of holders counted together ("the three parties"). Sorted.
constexpr std::string_view kJointHolderNouns[] = {"allies", "companies", "firms",
                                                  "groups", "parties",   "partners"};
// Predicates of sums: a count near "debts of €4.2bn" or "a €350m loan" is not framed by
// them. Sorted.
constexpr std::string_view kSumPredicates[] = {"assets", "bid", "cost",   "debt",    "invest",
                                               "loan",   "pay", "profit", "revenue", "spend"};
// A workforce's predicates and what they can count. Sorted.
constexpr std::string_view kWorkforcePredicates[] = {"employ", "layoff"};
// Troops cut and teachers laid off are a workforce too; aircraft and flights are not.
constexpr std::string_view kWorkforceClasses[] = {"military", "people", "teachers", "workers"};

constexpr std::string_view kMayFollowPlace[] = {
    "a",      "according", "after", "alone", "and",   "as",   "at",    "before", "by",
    "during", "for",       "from",  "in",    "last",  "of",   "on",    "or",     "so",
    "that",   "the",       "this",  "to",    "until", "when", "where", "while",  "with",
};

// Sorted by word. A dimension's values must differ for the figures to differ. One person
// named by age group ("a 9-year-old girl", "a 70-year-old woman") tells whose age it is.
constexpr Subgroup kSubgroups[] = {
    {"adult", "age", "adult"},
    {"adults", "age", "adult"},
    {"baby", "age", "child"},
    {"boy", "age", "child"},
    {"children", "age", "child"},
    {"civilian", "civil", "civilian"},
    {"civilians", "civil", "civilian"},
    {"colleges", "school", "secondary"},
    {"critical", "severity", "critical"},
    {"critically", "severity", "critical"},
    {"domestic", "origin", "domestic"},
    {"elementary", "school", "primary"},
    {"foreign", "origin", "foreign"},
    {"girl", "age", "child"},
    {"high", "school", "secondary"},
    {"infant", "age", "child"},
    {"international", "origin", "foreign"},
    {"kindergarten", "school", "primary"},
    {"kindergartens", "school", "primary"},
    {"lightly", "severity", "minor"},
    {"man", "age", "adult"},
    {"middle", "school", "secondary"},
    {"military", "civil", "military"},
    {"minor", "severity", "minor"},
    {"minors", "age", "child"},
    {"nursery", "school", "primary"},
    {"primary", "school", "primary"},
    {"private", "sector", "private"},
    {"public", "sector", "public"},
    {"rural", "area", "rural"},
    {"schoolboy", "age", "child"},
    {"schoolgirl", "age", "child"},
    {"secondary", "school", "secondary"},
    {"serious", "severity", "serious"},
    {"seriously", "severity", "serious"},
    {"severely", "severity", "serious"},
    {"slightly", "severity", "minor"},
    {"toddler", "age", "child"},
    {"urban", "area", "urban"},
    {"woman", "age", "adult"},
};

// Subgroup words that are one only before their own noun: "high school" and "public sector"
// workers, not "a high of 27.80", "an initial public offering" or "the public". Sorted.
constexpr std::string_view kSchoolHeads[] = {"school", "schools"};
constexpr std::string_view kSectorHeads[] = {
    "employees", "employers", "funding",  "funds",   "hospitals", "investment",
    "jobs",      "pay",       "pensions", "schools", "sector",    "sectors",
    "servants",  "spending",  "staff",    "wages",   "workers",
};
constexpr SubgroupHeads kSubgroupHeads[] = {
    {"high", kSchoolHeads},
    {"middle", kSchoolHeads},
    {"private", kSectorHeads},
    {"public", kSectorHeads},
};

// Of those, the nouns that may follow the figure they qualify ("230 km/h gusts"). Sorted.
constexpr std::string_view kMeasureVariantNouns[] = {"gust", "gusts"};
// Units of speed: the measures a variant word may qualify. Sorted.
constexpr std::string_view kSpeedUnits[] = {"km/h", "kn", "m/s", "mph"};

// What stands between a sum and the same sum restated in another currency: "€1.5 million
// ($1.6 million)", "52 billion rupees, about $620 million". Sorted.
constexpr std::string_view kConversionJoins[] = {
    " (",       " (about ",  " (around ", " (roughly ",  " (some ",    "(",
    ", about ", ", around ", ", or ",     ", or about ", ", roughly ", ", some ",
};

// Words that make a measure near them a different reading of the same unit: a storm's gusts
// are not its sustained winds ("winds of 185 km/h and gusts of up to 230 km/h"). Sorted.
constexpr WordClassRow kMeasureVariants[] = {
    {"gust", "gust"},
    {"gusting", "gust"},
    {"gusts", "gust"},
};

// Not "will" or "would": "said it would cut 4,800 jobs" announces a plan, not a forecast.
// Sorted.
constexpr std::string_view kForecastWords[] = {
    "anticipated", "anticipates", "could",    "expect",    "expected", "expecting", "expects",
    "forecast",    "forecasts",   "guidance", "hope",      "hoped",    "hopes",     "hoping",
    "may",         "might",       "outlook",  "predicted", "predicts", "projected", "projects",
};

// Beside a count, words that make it those still held ("the remaining 23 hostages", "90 will
// remain in captivity"); after "still", words of being held ("still held", "still be held").
// Not a bare "remain": "five remain in a critical condition". Sorted.
constexpr std::string_view kStillHeldWords[] = {"captivity", "remaining"};
constexpr std::string_view kHeldAfterStill[] = {"captive", "held", "hold", "holding", "holds"};
// Before "N years ago", words that make it the base of a comparison, not the figure's year:
// "30% higher than two years ago", "up 12% from a year ago", "compared with a year ago".
// Sorted.
constexpr std::string_view kComparisonBaseWords[] = {"from", "on", "since", "than", "with"};
// Small whole numbers as words, for "four years ago" ("a year ago" is one). Sorted.
struct SmallNumberWord {
  std::string_view word;
  int value;
};
constexpr SmallNumberWord kSmallNumberWords[] = {
    {"a", 1},     {"an", 1},      {"eight", 8},   {"eleven", 11}, {"fifteen", 15}, {"five", 5},
    {"four", 4},  {"nine", 9},    {"one", 1},     {"seven", 7},   {"six", 6},      {"ten", 10},
    {"three", 3}, {"twelve", 12}, {"twenty", 20}, {"two", 2},
};

// Two words before a figure that make it a projection: "was on course for 30 seats", "on
// track for", "poised for", then the figure; "is set to take 46", "poised to win", then a verb
// and the figure (not "bail was set for $50,000", "the limit was set to 20 mph", "on track
// 9"). Sorted.
constexpr std::string_view kForecastPhrases[] = {
    "on course", "on pace", "on track", "poised for", "poised to", "set to",
};

// A level required rather than counted ("needs more than half of the votes to win", "a
// two-thirds majority is required", "the 50% needed to avoid a runoff"). Unlike a forecast
// word these read only before the figure, passively after it, or after a share before
// "to"/"for": "40 people needed hospital treatment" counts people. Sorted.
constexpr std::string_view kRequirementWords[] = {
    "need", "needed", "needs", "require", "required", "requires",
};

// Words of an opinion or exit poll: a share a poll gives is no share of the votes cast
// ("an exit poll puts Kestrov on 46–49%"). Not "polls" (also the polling places: "polls
// have closed") nor "polled" ("polled 48% of the vote"). Sorted.
constexpr std::string_view kPollWords[] = {
    "poll", "pollster", "pollsters", "survey", "surveys",
};

// Verbs linking a counted noun to what restricts it ("households remain without heating",
// "homes are without power"). Sorted.
constexpr std::string_view kLinkingVerbs[] = {
    "are", "remain", "remained", "remains", "stay", "stayed", "stays", "were",
};

// Nouns of a vote itself: a bare share in a sentence naming one is a share of the votes
// ("declared the referendum result: 51.3 per cent for leaving"). Not "voters" or "voted",
// which tell of people ("voters also approved capping rent rises at 5%"). Sorted.
constexpr std::string_view kVoteNouns[] = {
    "ballot",     "ballots", "by-election", "election", "elections", "plebiscite",
    "referendum", "run-off", "runoff",      "vote",     "votes",
};

// Words of owning: someone's share in their sentence is a stake, not votes ("Corvex, which
// owns 5.1%, opposed the merger"). Sorted.
constexpr std::string_view kOwnershipWords[] = {
    "own", "owned", "owner", "owns", "stake", "stakes",
};

// Forms of "to be", before a participle that is then passive ("is required"). Sorted.
constexpr std::string_view kBeForms[] = {
    "am", "are", "be", "been", "being", "is", "was", "were",
};

constexpr std::string_view kChangeVerbs[] = {
    "climbed", "climbs",  "declined",  "declines",  "decreased", "decreases", "dipped",   "dips",
    "dropped", "drops",   "fallen",    "falls",     "fell",      "gained",    "gains",    "grew",
    "grown",   "grows",   "increased", "increases", "jumped",    "jumps",     "narrowed", "narrows",
    "plunged", "plunges", "risen",     "rises",     "rose",      "sank",      "shrank",   "shrinks",
    "shrunk",  "sinks",   "slid",      "slides",    "slipped",   "slumped",   "slumps",   "soared",
    "soars",   "sunk",    "surged",    "surges",    "tumbled",   "tumbles",   "widened",  "widens",
};

// Verbs of a market move that are changes only of shares and sums ("shares leapt 28%",
// "Shares jump 9%" in a headline, "edged up 0.2%"): "leapt 7.12 metres", "climbed 8,200
// metres", "rallied 20,000 people", "retreated 20 km" and "advanced 12 candidates" are none.
// Sorted.
constexpr std::string_view kMarketMoveVerbs[] = {
    "advanced", "climb",  "dip",     "edged",   "jump",  "leap",      "leaped", "leaps",
    "leapt",    "plunge", "rallied", "rallies", "rally", "retreated", "sagged", "sink",
    "slide",    "slip",   "slips",   "slump",   "soar",  "spiked",    "surge",  "tumble",
};

// "an increase of 17", "a drop of 5%": the figure after "<noun> of" is a change, not a level.
constexpr std::string_view kChangeNouns[] = {"cut",  "decline",  "decrease", "drop", "fall",
                                             "gain", "increase", "jump",     "rise"};
// "<subject> ... rose to 288": verbs that give the level a subject reaches.
constexpr std::string_view kLevelVerbs[] = {"climbed", "hit",     "jumped",  "reached",
                                            "risen",   "rose",    "stands",  "stood",
                                            "surged",  "totaled", "totalled"};
// Verbs that change what they act on, read before "from" a few words back: "raises VAT from
// 20% to 22%", "lifted the limit from 60 to 65" (the figure after "from" is the earlier level).
// Sorted.
constexpr std::string_view kChangingVerbs[] = {
    "boost",  "boosted", "boosts",  "cut",     "cuts",    "hike",    "hiked", "hikes",
    "lift",   "lifted",  "lifts",   "lower",   "lowered", "lowers",  "raise", "raised",
    "raises", "reduce",  "reduced", "reduces", "trim",    "trimmed", "trims",
};
// Verbs with the "down" or "up" that is their particle, not a change: "shot down 38 drones",
// "set up 12 camps", "rounded up 40 people" (but "shot up 40%", "picked up 4%", "gave up
// 1.2%" are changes). Sorted.
constexpr std::string_view kPhrasalVerbs[] = {
    "brought down", "cut down",   "knocked down",  "locked up",   "put up",    "rounded up",
    "set up",       "shoot down", "shooting down", "shot down",   "signed up", "snapped up",
    "taken up",     "took up",    "tore down",     "turned down",
};
// Verbs of a range: "sentences range from 3 years to 10 years" states bounds, no change.
// Sorted.
constexpr std::string_view kRangeVerbs[] = {"range",  "ranged", "ranges", "ranging",
                                            "varied", "varies", "vary",   "varying"};
// Verbs of voting after a share of the voters: the share is the turnout ("61.4% of
// registered voters cast a ballot", "turned out", "voted"). Sorted.
constexpr std::string_view kTurnoutVerbs[] = {"cast", "turned", "voted"};
// "3.2% lower than a year earlier": a comparative after a share makes it a change. Sorted.
constexpr std::string_view kComparativeChanges[] = {"cheaper", "dearer", "firmer",   "higher",
                                                    "lower",   "softer", "stronger", "weaker"};
// "up 12 from Wednesday", "down 3%": a change.
constexpr std::string_view kChangeAdverbs[] = {"down", "up"};

// "the 50% quorum", "a 5% threshold for seats": the bar a rule sets, not a share counted; the
// noun right after the figure says what it is. Sorted.
constexpr std::string_view kThresholdNouns[] = {"hurdle", "quorum", "threshold"};

// What a share measures when nothing after it says what it is of, but an economic indicator
// is its subject or stands right after it: "inflation was 6.8%", "the jobless rate rose to
// 9%", "growth of 1.1%", "6.8% inflation", "the bank's 3% target". A rate is read with the
// indicator or modifier before it ("the unemployment rate", "its policy rate"). Sorted.
constexpr WordClassRow kIndicatorNouns[] = {
    {"cpi", "inflation"},
    {"deficit", "deficit"},
    {"economy", "growth"},
    {"gdp", "growth"},
    {"growth", "growth"},
    {"inflation", "inflation"},
    {"jobless", "unemployment"},
    {"prices", "inflation"},
    {"rate", "rate"},
    {"rates", "rate"},
    {"spending", "spending"},
    {"target", "target"},
    {"tax", "tax"},
    {"turnout", "turnout"},
    {"unemployment", "unemployment"},
    {"value-added", "vat"},
    {"vat", "vat"},
    {"yield", "yield"},
    {"yields", "yield"},
};

// Indicators whose change is the level of another: "consumer prices rose 6.8%" is inflation
// of 6.8%, "the economy grew 1.1%" growth of 1.1%. Sorted.
constexpr std::string_view kLevelOfChangeIndicators[] = {"economy", "gdp", "prices"};

// Words before an indicator that narrow it (the class prefix: "core inflation", "youth
// unemployment", "wage growth", "the vacancy rate"), or say nothing of which one it is
// (""): "annual consumer price inflation" is inflation, "its main policy rate" the rate.
// Sorted.
constexpr WordClassRow kIndicatorModifiers[] = {
    {"account", "current account"},
    {"annual", ""},
    {"approval", "approval"},
    {"benchmark", ""},
    {"birth", "birth"},
    {"bond", ""},
    {"budget", ""},
    {"consumer", ""},
    {"core", "core"},
    {"corporate", "corporate"},
    {"corporation", "corporate"},
    {"credit", "credit"},
    {"current", ""},
    {"death", "death"},
    {"defence", "defence"},
    {"defense", "defence"},
    {"deposit", "deposit"},
    {"earnings", "earnings"},
    {"economic", ""},
    {"education", "education"},
    {"energy", "energy"},
    {"exchange", "exchange"},
    {"export", "export"},
    {"exports", "export"},
    {"fertility", "fertility"},
    {"fiscal", ""},
    {"food", "food"},
    {"government", ""},
    {"headline", ""},
    {"health", "health"},
    {"healthcare", "health"},
    {"house", "house"},
    {"import", "import"},
    {"imports", "import"},
    {"income", "income"},
    {"interest", ""},
    {"key", ""},
    {"lending", "lending"},
    {"loan", "loan"},
    {"main", ""},
    {"military", "defence"},
    {"money", "money"},
    {"monthly", "monthly"},
    {"mortality", "mortality"},
    {"mortgage", "mortgage"},
    {"official", ""},
    {"participation", "participation"},
    {"pay", "pay"},
    {"pension", "pension"},
    {"pensions", "pension"},
    {"policy", ""},
    {"population", "population"},
    {"poverty", "poverty"},
    {"price", ""},
    {"productivity", "productivity"},
    {"public", ""},
    {"sales", "sales"},
    {"savings", "savings"},
    {"social", "social"},
    {"spending", "spending"},
    {"standard", ""},
    {"tax", "tax"},
    {"trade", "trade"},
    {"underlying", "core"},
    {"vacancy", "vacancy"},
    {"vat", "vat"},
    {"wage", "wage"},
    {"wages", "wage"},
    {"welfare", "welfare"},
    {"youth", "youth"},
};

// Nouns that name a measure of their own when they are the subject of a share after another
// figure: "raises VAT to 22% and lifts defence spending by 18%", "revenue rose 12%, with
// profit up 8%" (no elided share of the figure before). Sorted.
constexpr std::string_view kMeasureSubjectNouns[] = {
    "costs",   "dividend", "earnings", "exports",  "imports", "income",  "margin",
    "margins", "pay",      "pensions", "profit",   "profits", "revenue", "revenues",
    "sales",   "spending", "tax",      "turnover", "vat",     "wages",
};

// Nouns of a share that an indicator before them owns: "its growth forecast for this year
// to 1.1%" measures growth. Sorted.
constexpr std::string_view kIndicatorEstimates[] = {
    "estimate", "estimates", "figure",     "figures",     "forecast", "forecasts",
    "outlook",  "print",     "projection", "projections", "reading",  "readings",
};

// What a share is "of" that names the yardstick rather than what is measured: "a deficit
// of 3.1% of GDP" measures the deficit. Sorted.
constexpr std::string_view kShareYardsticks[] = {"gdp", "gross", "output"};

// Words that stand between an indicator and its share ("inflation was 6.8%", "growth of just
// 1.1%", "the rate rose to 4.75%", "prices have risen 6.8% this year", "output is expected
// to expand 2%"): read through when looking for the indicator. Sorted.
constexpr std::string_view kIndicatorGapWords[] = {
    "a",        "accelerate", "accelerated", "already",   "an",         "are",         "at",
    "averaged", "be",         "been",        "boost",     "bring",      "by",          "came",
    "cap",      "climb",      "climbed",     "climbs",    "contracted", "contracting", "curb",
    "cut",      "cuts",       "declined",    "decreases", "dips",       "down",        "drop",
    "dropped",  "ease",       "eased",       "eases",     "easing",     "edged",       "expand",
    "expanded", "expanding",  "fall",        "falls",     "fell",       "for",         "from",
    "further",  "gains",      "grew",        "grow",      "growing",    "grows",       "had",
    "has",      "have",       "held",        "higher",    "hike",       "hiked",       "hikes",
    "hit",      "hold",       "holds",       "in",        "increase",   "increased",   "increases",
    "is",       "jumped",     "jumps",       "keep",      "keeps",      "kept",        "last",
    "leaves",   "left",       "lift",        "lifted",    "lifts",      "limit",       "lower",
    "lowered",  "lowers",     "month",       "narrow",    "narrowed",   "narrowing",   "narrows",
    "next",     "now",        "of",          "on",        "peak",       "peaked",      "peaking",
    "quarter",  "raise",      "raised",      "raises",    "reached",    "reduced",     "remained",
    "remains",  "revised",    "rise",        "risen",     "rises",      "rose",        "running",
    "seen",     "set",        "sets",        "shrank",    "shrink",     "shrinking",   "shrinks",
    "slipped",  "slow",       "slowed",      "slowing",   "stand",      "stands",      "stayed",
    "still",    "stood",      "the",         "this",      "ticked",     "to",          "total",
    "trim",     "trimmed",    "trims",       "unchanged", "up",         "was",         "were",
    "widen",    "widened",    "widening",    "widens",    "will",       "year",
};

// Verbs that forecast an indicator's level ("the bank sees growth of 1.1%"), read only for
// indicators ("the restructuring sees 500 jobs cut" forecasts nothing). Sorted.
constexpr std::string_view kIndicatorForecastWords[] = {"see", "sees"};

// Words that open a subordinate clause: what follows them dates or forecasts that clause,
// not the figure before them ("drew 40,000 fans before it returns next year"). Sorted.
constexpr std::string_view kSubordinators[] = {
    "after", "although", "as",     "because", "before", "if",
    "once",  "though",   "unless", "until",   "when",   "while",
};

// A currency a move is measured against ("rose 1.2% against the dollar", "up 0.9% on the
// euro", "versus the greenback"): one move against each, never joined. Sorted.
constexpr WordClassRow kCounterCurrencies[] = {
    {"dollar", "usd"}, {"euro", "eur"},     {"franc", "chf"},  {"greenback", "usd"},
    {"pound", "gbp"},  {"renminbi", "cny"}, {"rouble", "rub"}, {"ruble", "rub"},
    {"rupee", "inr"},  {"sterling", "gbp"}, {"yen", "jpy"},    {"yuan", "cny"},
};
// Words before "the <currency>" that make it what a move is measured against. Sorted.
constexpr std::string_view kAgainstWords[] = {"against", "on", "versus", "vs"};

// Records that are released rather than people: "released a video showing 15 hostages",
// "released figures showing 40,000 jobs lost". Sorted.
constexpr std::string_view kReleasedRecords[] = {
    "data",   "details", "figures", "footage",   "images",     "list",
    "photos", "report",  "results", "statement", "statistics", "video",
};

// The words of a share's own unit ("per cent", "basis points", "half a point"): read
// through between a share and its indicator, and no other noun before one ("its 3 per cent
// target"). Sorted.
constexpr std::string_view kShareUnitWords[] = {
    "basis", "cent", "half", "pct", "per", "percent", "percentage", "point", "points",
};

constexpr std::string_view kShareFillers[] = {"all", "her", "his",   "its",
                                              "our", "the", "their", "those"};

// "<counter> counted 26,000", "40, police said", "the government acknowledges four": whoever
// is named just before one of these gives an estimate of the figure. Not "reported" or
// "recorded": "the state reported 300 cases and the city 120" are two quantities; nor
// "claims" or "confirms": "the ruling party claims 120 seats and the opposition 95" are two
// holders' figures. Sorted.
constexpr std::string_view kCountingVerbs[] = {
    "acknowledged", "acknowledges", "admits", "admitted", "counted", "counts", "estimated",
    "estimates",    "put",          "puts",   "said",     "say",     "says",
};

// "Kestrov took 48%", "the Greens won 17 seats": a verb of winning or holding between a named
// subject and its figure makes the subject the figure's holder (whose share, whose seats).
// Sorted.
constexpr std::string_view kHoldingVerbs[] = {
    "came",   "captured", "finish",   "finished", "gained",   "gaining",  "gains",    "garnered",
    "get",    "gets",     "got",      "had",      "has",      "holds",    "lose",     "loses",
    "losing", "lost",     "obtained", "polled",   "polls",    "received", "receives", "receiving",
    "scored", "secure",   "secured",  "secures",  "securing", "take",     "takes",    "taking",
    "took",   "win",      "winning",  "wins",     "won",
};
// Verbs whose subject holds a sum right after them ("Paxen raised 600 million dalens",
// "Tovel earned $12m"). Sorted.
constexpr std::string_view kMoneyHoldingVerbs[] = {"earned", "earns", "raised", "raises",
                                                   "raising"};
// "fell to 37 seats", "was set for 38", "on course for 30": a verb or noun of reaching a
// level, then "to" or "for" right before the figure, holds it as a holding verb does. Sorted.
constexpr std::string_view kHolderLevelWords[] = {
    "banned",    "barred",  "climbed",    "course",  "dropped", "fell",
    "headed",    "heading", "imprisoned", "jailed",  "jumped",  "rose",
    "sentenced", "set",     "slipped",    "slumped", "surged",  "track",
};
// Between a figure with a holder and the next figure of its clause, words that make the
// next one the same holder's: "took 29 seats on 19.6%, up 11", "17 (11.3%)". Sorted.
constexpr std::string_view kHolderCarryWords[] = {
    "(", ",", "a", "down", "from", "gain", "loss", "of", "on", "since", "up", "with",
};
// Prepositions before a name that make it an object, not the subject holding a figure: "an
// aide to Boris Johnson", "the Greens under Robert Habeck", "joined from the Greens". Sorted.
constexpr std::string_view kHolderObjectLeads[] = {
    "against", "at", "by",     "for",     "from",  "into", "over",
    "than",    "to", "toward", "towards", "under", "with",
};
// Verbs whose object holds the figure in the active ("sentenced the lawyer to three years"),
// whose subject holds it only in the passive ("was sentenced to"). Sorted.
constexpr std::string_view kHolderObjectVerbs[] = {"banned",     "barred", "fined",
                                                   "imprisoned", "jailed", "sentenced"};
// Words before "together" that make it no joint holder ("taken together", "put together").
// Sorted.
constexpr std::string_view kHolderAsides[] = {"added", "brought", "came", "put", "taken"};
// Between a comma and the verb it hangs on ("New Centre, led by Ilona Varesh, was projected
// to take 46 seats"): words that leave the comma closing an apposition. Sorted.
constexpr std::string_view kHolderAuxiliaries[] = {
    "also", "are",       "be",        "been",  "expected", "had", "has", "have", "is",   "likely",
    "now",  "predicted", "projected", "still", "then",     "to",  "was", "were", "will", "would",
};
// "Marta Ilves of the Greens, who took 31%": a relative word before the holding verb points
// back to the name the clause hangs on. Sorted.
constexpr std::string_view kRelativePronouns[] = {"that", "which", "who"};
// Words that may stand between a holder or its verb and the figure ("came third with about
// 11%", "Ilves on nearly 30%", "won just 4 of the seats"). Sorted.
constexpr std::string_view kHolderGapWords[] = {
    "about",  "almost", "around", "at",    "fourth", "is",      "just",   "less",
    "more",   "nearly", "on",     "only",  "over",   "roughly", "second", "some",
    "stands", "stood",  "than",   "third", "under",  "was",     "with",
};

// "fell more than 8%", "rose by about 5%", "dropped nearly 9%": hedge words between a change
// verb and its figure. Sorted.
constexpr std::string_view kFigureHedges[] = {
    "about",  "almost", "approximately", "around", "just", "less",  "more",
    "nearly", "over",   "roughly",       "some",   "than", "under",
};

// When in the trading day a share price moved: before the market opened, during trading, or
// at the close are three figures ("jumped 24% in premarket trading", "closed up 25.8%").
// Sorted.
constexpr WordClassRow kTradingSessions[] = {
    {"close", "close"},          {"closed", "close"},        {"closing", "close"},
    {"intraday", "intraday"},    {"lunchtime", "intraday"},  {"midday", "intraday"},
    {"pre-market", "premarket"}, {"premarket", "premarket"},
};

// Demonyms' endings, longest first where one ends another ("Telurians", "Telurian",
// "Arvennese", "Israeli", "Turkish"): what a people's name adds to its country's stem.
constexpr std::string_view kDemonymEndings[] = {"ians", "ian", "ese", "ish",
                                                "ans",  "an",  "is",  "i"};
// Countries' endings that their demonyms drop ("Teluria", "Arvenna", "Ukraine", "Italy").
constexpr std::string_view kNationEndings[] = {"ia", "a", "e", "y"};
// The classes of counted nouns a side of a conflict is told for ("soldiers", "civilians").
// Sorted.
constexpr std::string_view kSideClasses[] = {"military", "people", "prisoners"};
// Predicates whose counts are told for each side and for both together (tolls, wounded,
// captives): there one side's count is a part of the whole. Sorted.
constexpr std::string_view kSidePartPredicates[] = {"death", "hostage", "injury",
                                                    "loss",  "missing", "release"};
// Possessive pronouns that make soldiers the speaker's own ("nine of its soldiers"). Sorted.
constexpr std::string_view kSidePronouns[] = {"its", "our", "their"};

// Words that make a count not yet final ("the partial count", "provisional results",
// "preliminary figures"), and the counts they name. Sorted.
constexpr std::string_view kProvisionalWords[] = {"interim", "partial", "preliminary",
                                                  "provisional"};
constexpr std::string_view kCountResultNouns[] = {"count",   "counts",  "figures", "results",
                                                  "returns", "tallies", "tally"};
// Words that tell a sum's sentence is about a security's price ("shares closed at $13.10",
// "its IPO at $21", "the stock opened at 25.40"). Sorted.
constexpr std::string_view kSecurityWords[] = {
    "flotation", "ipo", "listing", "offering", "share", "shares", "stock", "stocks",
};
// Which of a security's prices a sum is: "closing at $26.95", "a high of 27.80", "the IPO
// price of 21 euros", "floated at 14 dalens". Sorted.
constexpr WordClassRow kPricePoints[] = {
    {"close", "close"},    {"closed", "close"}, {"closing", "close"}, {"floated", "offer"},
    {"high", "high"},      {"highest", "high"}, {"ipo", "offer"},     {"listed", "offer"},
    {"listing", "offer"},  {"low", "low"},      {"lowest", "low"},    {"offer", "offer"},
    {"offering", "offer"}, {"open", "open"},    {"opened", "open"},   {"opening", "open"},
    {"peak", "high"},      {"peaked", "high"},  {"priced", "offer"},
};

// "up 12 from Thursday", "a rise of 5% since March": the date after one of these is the day
// a change is counted from.
constexpr std::string_view kChangeReferenceWords[] = {"from", "since"};

// "passengers with reserved tickets", "homes without power": a preposition right after the
// counted noun that narrows what is counted. Sorted.
constexpr std::string_view kRestrictingPrepositions[] = {"with", "without"};
// Words after such a preposition that make it tell how or with what, not which ones
// ("killed 3 people with a knife", "with 40 injured"). Sorted.
constexpr std::string_view kNonRestrictingLeads[] = {
    "a",    "an",   "each", "her",   "his",   "its",  "my",    "our",
    "some", "that", "the",  "their", "these", "this", "those", "your",
};

// "$38 a share", "$90 per barrel", "$33-a-share": a sum right before one of these words
// (after "a", "per" or "each") is a price of one unit, a different measure from a total.
// Sorted.
constexpr std::string_view kPerUnitLeads[] = {"a", "each", "per"};
constexpr std::string_view kPerUnitNouns[] = {
    "barrel", "gallon", "head", "liter", "litre", "ounce", "share", "ton", "tonne", "unit",
};

constexpr std::string_view kClauseWords[] = {"after",     "and",  "because", "but",
                                             "including", "when", "whereas", "while"};

}  // namespace

std::string_view implied_predicate(std::string_view unit) {
  const WordClassRow* row = find_by_word<kImpliedPredicates>(unit);
  return row ? row->klass : std::string_view();
}
bool frames_people_only(std::string_view word) {
  return in_table<kPeopleOnlyFrameWords>(word);
}

bool is_people_class(std::string_view klass) {
  return in_table<kPeopleClasses>(klass);
}

std::span<const std::string_view> people_only_frame_word_table() {
  return kPeopleOnlyFrameWords;
}

std::span<const std::string_view> people_class_table() {
  return kPeopleClasses;
}

bool is_role_predicate(std::string_view predicate) {
  return in_table<kRolePredicates>(predicate);
}

std::string_view bare_count_class(std::string_view predicate) {
  const WordClassRow* row = find_by_word<kBareCounts>(predicate);
  return row ? row->klass : std::string_view();
}
bool is_year_lead(std::string_view word) {
  return in_table<kYearLeads>(word);
}
bool is_anaphoric_unit(std::string_view unit) {
  return in_table<kAnaphoricUnits>(unit);
}
bool is_generic_class(std::string_view unit_class) {
  return in_table<kGenericClasses>(unit_class);
}
bool is_locative(std::string_view word, bool& national) {
  national = in_table<kNationalLocatives>(word);
  return in_table<kLocatives>(word);
}
bool is_reference_word(std::string_view word) {
  return in_table<kReferenceWords>(word);
}
bool is_national_word(std::string_view word) {
  return in_table<kNationalWords>(word);
}
bool is_local_place_noun(std::string_view word) {
  return in_table<kLocalPlaceNouns>(word);
}
bool is_site_locative(std::string_view word) {
  return in_table<kSiteLocatives>(word);
}
bool is_site_noun(std::string_view word) {
  return in_table<kSiteNouns>(word);
}
bool is_site_adverb(std::string_view word) {
  return in_table<kSiteAdverbs>(word);
}
std::string_view period_lead(std::string_view word) {
  const WordClassRow* row = find_by_word<kPeriodLeads>(word);
  return row ? row->klass : std::string_view();
}
std::string_view period_trail(std::string_view word) {
  const WordClassRow* row = find_by_word<kPeriodTrails>(word);
  return row ? row->klass : std::string_view();
}
bool is_part_relative(std::string_view word) {
  return in_table<kPartRelatives>(word);
}
bool is_part_pronoun(std::string_view word) {
  return in_table<kPartPronouns>(word);
}
bool is_count_progress_noun(std::string_view word) {
  return in_table<kCountProgressNouns>(word);
}
bool is_count_progress_lead(std::string_view word) {
  return in_table<kCountProgressLeads>(word);
}
std::span<const std::string_view> count_progress_lead_table() {
  return kCountProgressLeads;
}
bool is_count_progress_verb(std::string_view word) {
  return in_table<kCountProgressVerbs>(word);
}
bool is_period_filler(std::string_view word) {
  return in_table<kPeriodFillers>(word);
}
bool is_owned_predicate(std::string_view predicate) {
  return in_table<kOwnedPredicates>(predicate);
}
bool is_joint_holder_word(std::string_view word) {
  return in_table<kJointHolderWords>(word);
}
bool is_joint_holder_noun(std::string_view word) {
  return in_table<kJointHolderNouns>(word);
}
std::span<const std::string_view> joint_holder_word_table() {
  return kJointHolderWords;
}
std::span<const std::string_view> joint_holder_noun_table() {
  return kJointHolderNouns;
}
bool is_combined_word(std::string_view word) {
  return in_table<kCombinedWords>(word);
}
bool is_sum_predicate(std::string_view predicate) {
  return in_table<kSumPredicates>(predicate);
}
bool is_workforce_predicate(std::string_view predicate) {
  return in_table<kWorkforcePredicates>(predicate);
}
bool is_workforce_class(std::string_view unit_class) {
  return in_table<kWorkforceClasses>(unit_class);
}
bool is_country_noun(std::string_view word) {
  return in_table<kCountryNouns>(word);
}
bool is_division_noun(std::string_view word) {
  return in_table<kDivisionNouns>(word);
}
std::span<const std::string_view> division_noun_table() {
  return kDivisionNouns;
}
bool may_follow_place(std::string_view word) {
  return in_table<kMayFollowPlace>(word);
}
const Subgroup* subgroup_of(std::string_view word) {
  return find_by_word<kSubgroups>(word);
}
bool subgroup_head_fits(std::string_view word, std::string_view next) {
  const SubgroupHeads* row = find_by_word<kSubgroupHeads>(word);
  return row == nullptr || std::binary_search(row->heads.begin(), row->heads.end(), next);
}
std::span<const SubgroupHeads> subgroup_heads_table() {
  return kSubgroupHeads;
}
bool is_per_unit_lead(std::string_view word) {
  return in_table<kPerUnitLeads>(word);
}
bool is_per_unit_noun(std::string_view word) {
  return in_table<kPerUnitNouns>(word);
}
std::span<const std::string_view> per_unit_noun_table() {
  return kPerUnitNouns;
}
bool is_measure_variant_noun(std::string_view word) {
  return in_table<kMeasureVariantNouns>(word);
}
bool is_speed_unit(std::string_view unit) {
  return in_table<kSpeedUnits>(unit);
}
std::span<const std::string_view> measure_variant_noun_table() {
  return kMeasureVariantNouns;
}
std::span<const std::string_view> speed_unit_table() {
  return kSpeedUnits;
}
bool is_conversion_join(std::string_view between) {
  return in_table<kConversionJoins>(between);
}
std::span<const std::string_view> conversion_join_table() {
  return kConversionJoins;
}
std::string_view measure_variant(std::string_view word) {
  const WordClassRow* row = find_by_word<kMeasureVariants>(word);
  return row ? row->klass : std::string_view();
}
std::span<const WordClassRow> measure_variant_table() {
  return kMeasureVariants;
}
bool is_forecast_word(std::string_view word) {
  return in_table<kForecastWords>(word);
}
bool is_still_held_word(std::string_view word) {
  return in_table<kStillHeldWords>(word);
}
bool is_held_after_still(std::string_view word) {
  return in_table<kHeldAfterStill>(word);
}
std::span<const std::string_view> still_held_word_table() {
  return kStillHeldWords;
}
std::span<const std::string_view> held_after_still_table() {
  return kHeldAfterStill;
}
bool is_comparison_base_word(std::string_view word) {
  return in_table<kComparisonBaseWords>(word);
}
std::span<const std::string_view> comparison_base_word_table() {
  return kComparisonBaseWords;
}
int small_number_word(std::string_view word) {
  const auto* end = std::end(kSmallNumberWords);
  const auto* it =
      std::lower_bound(std::begin(kSmallNumberWords), end, word,
                       [](const SmallNumberWord& row, std::string_view w) { return row.word < w; });
  return it != end && it->word == word ? it->value : 0;
}
bool small_number_words_sorted() {
  return std::is_sorted(std::begin(kSmallNumberWords), std::end(kSmallNumberWords),
                        [](const auto& x, const auto& y) { return x.word < y.word; });
}
bool is_forecast_phrase(std::string_view first, std::string_view second) {
  std::string phrase;
  phrase.reserve(first.size() + second.size() + 1);
  phrase.append(first).append(" ").append(second);
  return in_table<kForecastPhrases>(phrase);
}
std::span<const std::string_view> forecast_phrase_table() {
  return kForecastPhrases;
}
bool is_requirement_word(std::string_view word) {
  return in_table<kRequirementWords>(word);
}
bool is_poll_word(std::string_view word) {
  return in_table<kPollWords>(word);
}
bool is_linking_verb(std::string_view word) {
  return in_table<kLinkingVerbs>(word);
}
bool is_vote_noun(std::string_view word) {
  return in_table<kVoteNouns>(word);
}
bool is_ownership_word(std::string_view word) {
  return in_table<kOwnershipWords>(word);
}
bool is_be_form(std::string_view word) {
  return in_table<kBeForms>(word);
}
bool is_market_move_verb(std::string_view word) {
  return in_table<kMarketMoveVerbs>(word);
}
std::span<const std::string_view> market_move_verb_table() {
  return kMarketMoveVerbs;
}
bool is_change_verb(std::string_view word) {
  return in_table<kChangeVerbs>(word);
}
bool is_level_verb(std::string_view word) {
  return in_table<kLevelVerbs>(word);
}
bool is_change_noun(std::string_view word) {
  return in_table<kChangeNouns>(word);
}
bool is_range_verb(std::string_view word) {
  return in_table<kRangeVerbs>(word);
}

std::span<const std::string_view> range_verb_table() {
  return kRangeVerbs;
}

bool is_turnout_verb(std::string_view word) {
  return in_table<kTurnoutVerbs>(word);
}

std::span<const std::string_view> turnout_verb_table() {
  return kTurnoutVerbs;
}

bool is_phrasal_verb(std::string_view verb, std::string_view particle) {
  std::string key;
  key.reserve(verb.size() + 1 + particle.size());
  key.append(verb).append(" ").append(particle);
  return in_table<kPhrasalVerbs>(key);
}

std::span<const std::string_view> phrasal_verb_table() {
  return kPhrasalVerbs;
}

bool is_comparative_change(std::string_view word) {
  return in_table<kComparativeChanges>(word);
}

bool is_changing_verb(std::string_view word) {
  return in_table<kChangingVerbs>(word);
}

std::span<const std::string_view> changing_verb_table() {
  return kChangingVerbs;
}

bool is_change_adverb(std::string_view word) {
  return in_table<kChangeAdverbs>(word);
}
std::string_view indicator_class(std::string_view word) {
  const WordClassRow* row = find_by_word<kIndicatorNouns>(word);
  return row ? row->klass : std::string_view();
}
std::span<const WordClassRow> indicator_noun_table() {
  return kIndicatorNouns;
}
bool is_level_of_change_indicator(std::string_view word) {
  return in_table<kLevelOfChangeIndicators>(word);
}
std::span<const std::string_view> level_of_change_indicator_table() {
  return kLevelOfChangeIndicators;
}
bool is_measure_subject_noun(std::string_view word) {
  return in_table<kMeasureSubjectNouns>(word);
}

std::span<const std::string_view> measure_subject_noun_table() {
  return kMeasureSubjectNouns;
}

bool indicator_modifier(std::string_view word, std::string_view& prefix) {
  const WordClassRow* row = find_by_word<kIndicatorModifiers>(word);
  if (row) prefix = row->klass;
  return row != nullptr;
}
std::span<const WordClassRow> indicator_modifier_table() {
  return kIndicatorModifiers;
}
bool is_indicator_estimate(std::string_view word) {
  return in_table<kIndicatorEstimates>(word);
}
std::span<const std::string_view> indicator_estimate_table() {
  return kIndicatorEstimates;
}
bool is_share_yardstick(std::string_view word) {
  return in_table<kShareYardsticks>(word);
}
std::span<const std::string_view> share_yardstick_table() {
  return kShareYardsticks;
}
bool is_indicator_gap_word(std::string_view word) {
  return in_table<kIndicatorGapWords>(word);
}
std::span<const std::string_view> indicator_gap_word_table() {
  return kIndicatorGapWords;
}
bool is_indicator_forecast_word(std::string_view word) {
  return in_table<kIndicatorForecastWords>(word);
}
std::span<const std::string_view> indicator_forecast_word_table() {
  return kIndicatorForecastWords;
}
bool is_subordinator(std::string_view word) {
  return in_table<kSubordinators>(word);
}
std::span<const std::string_view> subordinator_table() {
  return kSubordinators;
}
std::string_view counter_currency(std::string_view word) {
  const WordClassRow* row = find_by_word<kCounterCurrencies>(word);
  return row ? row->klass : std::string_view();
}
std::span<const WordClassRow> counter_currency_table() {
  return kCounterCurrencies;
}
bool is_against_word(std::string_view word) {
  return in_table<kAgainstWords>(word);
}
std::span<const std::string_view> against_word_table() {
  return kAgainstWords;
}
bool is_released_record(std::string_view word) {
  return in_table<kReleasedRecords>(word);
}
std::span<const std::string_view> released_record_table() {
  return kReleasedRecords;
}
bool is_share_unit_word(std::string_view word) {
  return in_table<kShareUnitWords>(word);
}
std::span<const std::string_view> share_unit_word_table() {
  return kShareUnitWords;
}
bool is_threshold_noun(std::string_view word) {
  return in_table<kThresholdNouns>(word);
}
std::span<const std::string_view> threshold_noun_table() {
  return kThresholdNouns;
}

bool is_share_filler(std::string_view word) {
  return in_table<kShareFillers>(word);
}
bool is_counting_verb(std::string_view word) {
  return in_table<kCountingVerbs>(word);
}
bool is_holding_verb(std::string_view word) {
  return in_table<kHoldingVerbs>(word);
}
bool is_relative_pronoun(std::string_view word) {
  return in_table<kRelativePronouns>(word);
}
bool is_holder_gap_word(std::string_view word) {
  return in_table<kHolderGapWords>(word);
}
bool is_holder_level_word(std::string_view word) {
  return in_table<kHolderLevelWords>(word);
}
bool is_holder_object_lead(std::string_view word) {
  return in_table<kHolderObjectLeads>(word);
}
bool is_holder_object_verb(std::string_view word) {
  return in_table<kHolderObjectVerbs>(word);
}
bool is_holder_aside(std::string_view word) {
  return in_table<kHolderAsides>(word);
}
std::span<const std::string_view> holder_object_lead_table() {
  return kHolderObjectLeads;
}
std::span<const std::string_view> holder_object_verb_table() {
  return kHolderObjectVerbs;
}
std::span<const std::string_view> holder_aside_table() {
  return kHolderAsides;
}
bool is_holder_carry_word(std::string_view word) {
  return in_table<kHolderCarryWords>(word);
}
std::span<const std::string_view> holder_carry_word_table() {
  return kHolderCarryWords;
}
bool is_holder_auxiliary(std::string_view word) {
  return in_table<kHolderAuxiliaries>(word);
}
std::span<const std::string_view> holder_level_word_table() {
  return kHolderLevelWords;
}
std::span<const std::string_view> holder_auxiliary_table() {
  return kHolderAuxiliaries;
}
std::span<const std::string_view> holding_verb_table() {
  return kHoldingVerbs;
}
std::span<const std::string_view> holder_gap_word_table() {
  return kHolderGapWords;
}
std::string_view trading_session(std::string_view word) {
  const WordClassRow* row = find_by_word<kTradingSessions>(word);
  return row ? row->klass : std::string_view();
}
std::span<const WordClassRow> trading_session_table() {
  return kTradingSessions;
}
bool is_money_holding_verb(std::string_view word) {
  return in_table<kMoneyHoldingVerbs>(word);
}
std::span<const std::string_view> money_holding_verb_table() {
  return kMoneyHoldingVerbs;
}
bool has_demonym_ending(std::string_view word) {
  for (const std::string_view ending : kDemonymEndings)
    if (word.size() > ending.size() + 2 && word.ends_with(ending)) return true;
  return false;
}
size_t nation_stem_length(std::string_view word) {
  constexpr size_t kMinStem = 3;
  for (const auto& endings : {std::span<const std::string_view>(kDemonymEndings),
                              std::span<const std::string_view>(kNationEndings)})
    for (const std::string_view ending : endings)
      if (word.size() >= ending.size() + kMinStem && word.ends_with(ending))
        return word.size() - ending.size();
  return word.size();
}
bool is_side_class(std::string_view klass) {
  return in_table<kSideClasses>(klass);
}
std::span<const std::string_view> side_class_table() {
  return kSideClasses;
}
bool is_side_part_predicate(std::string_view predicate) {
  return in_table<kSidePartPredicates>(predicate);
}
std::span<const std::string_view> side_part_predicate_table() {
  return kSidePartPredicates;
}
bool is_side_pronoun(std::string_view word) {
  return in_table<kSidePronouns>(word);
}
std::span<const std::string_view> side_pronoun_table() {
  return kSidePronouns;
}
bool is_provisional_word(std::string_view word) {
  return in_table<kProvisionalWords>(word);
}
std::span<const std::string_view> provisional_word_table() {
  return kProvisionalWords;
}
bool is_count_result_noun(std::string_view word) {
  return in_table<kCountResultNouns>(word);
}
std::span<const std::string_view> count_result_noun_table() {
  return kCountResultNouns;
}
bool is_security_word(std::string_view word) {
  return in_table<kSecurityWords>(word);
}
std::span<const std::string_view> security_word_table() {
  return kSecurityWords;
}
std::string_view price_point(std::string_view word) {
  const WordClassRow* row = find_by_word<kPricePoints>(word);
  return row ? row->klass : std::string_view();
}
std::span<const WordClassRow> price_point_table() {
  return kPricePoints;
}
bool is_figure_hedge(std::string_view word) {
  return in_table<kFigureHedges>(word);
}
std::span<const std::string_view> figure_hedge_table() {
  return kFigureHedges;
}
bool is_change_reference_word(std::string_view word) {
  return in_table<kChangeReferenceWords>(word);
}
bool is_restricting_preposition(std::string_view word) {
  return in_table<kRestrictingPrepositions>(word);
}
bool is_non_restricting_lead(std::string_view word) {
  return in_table<kNonRestrictingLeads>(word);
}
bool is_clause_word(std::string_view word) {
  return in_table<kClauseWords>(word);
}

std::span<const WordClassRow> implied_predicate_table() {
  return kImpliedPredicates;
}
std::span<const WordClassRow> bare_count_table() {
  return kBareCounts;
}
std::span<const Subgroup> subgroup_table() {
  return kSubgroups;
}
std::span<const std::string_view> forecast_word_table() {
  return kForecastWords;
}
std::span<const std::string_view> requirement_word_table() {
  return kRequirementWords;
}
std::span<const std::string_view> poll_word_table() {
  return kPollWords;
}
std::span<const std::string_view> linking_verb_table() {
  return kLinkingVerbs;
}
std::span<const std::string_view> vote_noun_table() {
  return kVoteNouns;
}
std::span<const std::string_view> ownership_word_table() {
  return kOwnershipWords;
}
std::span<const std::string_view> be_form_table() {
  return kBeForms;
}
std::span<const std::string_view> change_verb_table() {
  return kChangeVerbs;
}
std::span<const std::string_view> level_verb_table() {
  return kLevelVerbs;
}
std::span<const std::string_view> change_noun_table() {
  return kChangeNouns;
}
std::span<const std::string_view> counting_verb_table() {
  return kCountingVerbs;
}
std::span<const std::string_view> non_restricting_lead_table() {
  return kNonRestrictingLeads;
}
std::span<const std::string_view> may_follow_place_table() {
  return kMayFollowPlace;
}

}  // namespace parallax::lexicon
