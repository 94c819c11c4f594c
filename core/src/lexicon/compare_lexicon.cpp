#include "lexicon/compare_lexicon.h"

#include <algorithm>
#include <iterator>

#include "lexicon/key_index.h"

namespace parallax::lexicon {

namespace {

// Keep every table sorted by its first column: a test checks it.
constexpr WordClassRow kUnitClasses[] = {
    {"adults", "people"},
    {"aircraft", "aircraft"},
    {"airliners", "aircraft"},
    {"airmen", "military"},
    {"arrested", "people"},
    {"arrests", "people"},
    {"ballots", "votes"},
    {"bogies", "railcars"},
    {"buildings", "buildings"},
    {"carriages", "railcars"},
    {"cases", "cases"},
    {"casualties", "people"},
    {"children", "children"},
    {"citizens", "people"},
    {"civilians", "people"},
    {"coaches", "railcars"},
    {"combatants", "military"},
    {"companies", "companies"},
    {"company", "company"},
    {"crowd", "people"},
    {"crowds", "people"},
    {"cuts", "workers"},
    {"dead", "people"},
    {"deaths", "people"},
    {"demonstrations", "demonstrations"},
    {"demonstrators", "people"},
    {"departures", "flights"},
    {"detained", "people"},
    {"detainees", "people"},
    {"displaced", "people"},
    {"electorate", "voters"},
    {"employees", "workers"},
    {"evacuated", "people"},
    {"evacuees", "people"},
    {"families", "households"},
    {"fatalities", "people"},
    {"fighters", "military"},
    {"firm", "company"},
    {"firms", "companies"},
    {"flights", "flights"},
    {"forces", "military"},
    {"homes", "homes"},
    {"hostages", "people"},
    {"households", "households"},
    {"houses", "homes"},
    {"hurt", "people"},
    {"individuals", "people"},
    {"inhabitants", "people"},
    {"injured", "people"},
    {"jets", "aircraft"},
    {"jobs", "workers"},
    {"killed", "people"},
    {"layoffs", "workers"},
    {"lives", "people"},
    {"lorries", "trucks"},
    {"marchers", "people"},
    {"marches", "demonstrations"},
    {"marines", "military"},
    {"men", "people"},
    {"mercenaries", "military"},
    {"migrants", "people"},
    {"military personnel", "military"},
    {"missing", "people"},
    {"officers", "military"},
    {"organisations", "organizations"},
    {"organizations", "organizations"},
    {"parades", "demonstrations"},
    {"paratroopers", "military"},
    {"participants", "people"},
    {"passengers", "passengers"},
    {"people", "people"},
    {"personnel", "military"},
    {"persons", "people"},
    {"planes", "aircraft"},
    {"positions", "workers"},
    {"posts", "workers"},
    {"processions", "demonstrations"},
    {"protesters", "people"},
    {"protestors", "people"},
    {"protests", "demonstrations"},
    {"pupils", "students"},
    {"railcars", "railcars"},
    {"rallies", "demonstrations"},
    {"redundancies", "workers"},
    {"refugees", "people"},
    {"rescue workers", "rescuers"},
    {"rescuers", "rescuers"},
    {"reservists", "military"},
    {"residents", "people"},
    {"roles", "workers"},
    {"sailors", "military"},
    {"service members", "military"},
    {"servicemembers", "military"},
    {"servicemen", "military"},
    {"shares", "shares"},
    {"soldiers", "military"},
    {"souls", "people"},
    {"special forces", "military"},
    {"staff", "workers"},
    {"staffers", "workers"},
    {"stock", "shares"},
    {"stocks", "shares"},
    {"strikers", "people"},
    {"strikes", "strikes"},
    {"structures", "buildings"},
    {"students", "students"},
    {"teachers", "teachers"},
    {"travelers", "passengers"},
    {"travellers", "passengers"},
    {"troops", "military"},
    {"trucks", "trucks"},
    {"unions", "organizations"},
    {"victims", "people"},
    {"villagers", "people"},
    {"vote", "votes"},
    {"voters", "voters"},
    {"votes", "votes"},
    {"wagons", "railcars"},
    {"walkouts", "strikes"},
    {"women", "people"},
    {"workers", "workers"},
    {"workforce", "workers"},
    {"wounded", "people"},
};

constexpr WordClassRow kFrames[] = {
    {"abducted", "hostage"},
    {"aboard", "aboard"},
    {"acquire", "value"},
    {"acquired", "value"},
    {"acquisition", "value"},
    {"admitted", "injury"},
    {"affected", "affect"},
    {"affecting", "affect"},
    {"aid", "pledge"},
    {"allocated", "spend"},
    {"appeal", "appeal"},
    {"appeals", "appeal"},
    {"appropriated", "spend"},
    {"armistice", "truce"},
    {"arrested", "arrest"},
    {"arrests", "arrest"},
    {"arrived", "deploy"},
    {"asset", "assets"},
    {"assets", "assets"},
    {"axe", "layoff"},
    {"axed", "layoff"},
    {"axing", "layoff"},
    {"ban", "ban"},
    {"banned", "ban"},
    {"barred", "ban"},
    {"bid", "bid"},
    {"bids", "bid"},
    {"bonus", "pay"},
    {"bought", "value"},
    {"bribe", "bribe"},
    {"bribery", "bribe"},
    {"bribes", "bribe"},
    {"budget", "spend"},
    {"burned", "destroy"},
    {"burnt", "destroy"},
    {"capacity", "capacity"},
    {"captured", "hostage"},
    {"capturing", "hostage"},
    {"carried", "aboard"},
    {"carrying", "aboard"},
    {"casualties", "loss"},
    {"casualty", "casualty"},
    {"ceasefire", "truce"},
    {"certified", "capacity"},
    {"charge", "charge"},
    {"charges", "charge"},
    {"compensation", "compensation"},
    {"confiscated", "seize"},
    {"confiscation", "seize"},
    {"contained", "contain"},
    {"containment", "contain"},
    {"cost", "cost"},
    {"costs", "cost"},
    {"crammed", "aboard"},
    {"credit", "loan"},
    {"crowd", "gathering"},
    {"crowds", "gathering"},
    {"cut", "layoff"},
    {"cuts", "layoff"},
    {"cutting", "layoff"},
    {"damage", "cost"},
    {"damaged", "damage"},
    {"damages", "cost"},
    {"dead", "death"},
    {"deal", "value"},
    {"death", "death"},
    {"deaths", "death"},
    {"debt", "debt"},
    {"debts", "debt"},
    {"delivered", "deliver"},
    {"deliveries", "deliver"},
    {"demanded", "demand"},
    {"demonstrated", "protest"},
    {"demonstrating", "protest"},
    {"demonstration", "protest"},
    {"demonstrations", "protest"},
    {"demonstrators", "protest"},
    {"deployed", "deploy"},
    {"deploying", "deploy"},
    {"deployment", "deploy"},
    {"deserted", "desert"},
    {"destroyed", "destroy"},
    {"detained", "arrest"},
    {"died", "death"},
    {"discharged", "discharge"},
    {"dispatched", "deploy"},
    {"displaced", "evacuate"},
    {"disqualified", "ban"},
    {"downed", "destroy"},
    {"earnings", "profit"},
    {"eliminate", "layoff"},
    {"eliminated", "layoff"},
    {"eliminating", "layoff"},
    {"employ", "employ"},
    {"employed", "employ"},
    {"employs", "employ"},
    {"evacuated", "evacuate"},
    {"evacuation", "evacuate"},
    {"ex-gratia", "compensation"},
    {"expected", "pledge"},
    {"expenditure", "spend"},
    {"expenditures", "spend"},
    {"facility", "loan"},
    {"fatality", "death"},
    {"fine", "fine"},
    {"fined", "fine"},
    {"fired", "launch"},
    {"flattened", "destroy"},
    {"fled", "evacuate"},
    {"flee", "evacuate"},
    {"fleeing", "evacuate"},
    {"free", "release"},
    {"freed", "release"},
    {"freeing", "release"},
    {"frees", "release"},
    {"funding", "pledge"},
    {"gathered", "gathering"},
    {"gutted", "destroy"},
    {"handled", "capacity"},
    {"handles", "capacity"},
    {"hire", "employ"},
    {"hired", "employ"},
    {"hires", "employ"},
    {"hiring", "employ"},
    {"homes", "evacuate"},
    {"hospital", "injury"},
    {"hospitalised", "injury"},
    {"hospitalized", "injury"},
    {"hospitals", "injury"},
    {"hurt", "injury"},
    {"imprisoned", "sentence"},
    {"income", "profit"},
    {"inhabitants", "population"},
    {"injured", "injury"},
    {"injuries", "injury"},
    {"injuring", "injury"},
    {"injury", "injury"},
    {"intends", "pledge"},
    {"intercept", "destroy"},
    {"intercepted", "destroy"},
    {"invest", "invest"},
    {"invested", "invest"},
    {"investing", "invest"},
    {"investment", "invest"},
    {"jail", "sentence"},
    {"jailed", "sentence"},
    {"keep", "retain"},
    {"keeping", "retain"},
    {"keeps", "retain"},
    {"kept", "retain"},
    {"kidnapped", "hostage"},
    {"kill", "death"},
    {"killed", "death"},
    {"killing", "death"},
    {"kills", "death"},
    {"laid", "layoff"},
    {"launched", "launch"},
    {"launching", "launch"},
    {"lay", "layoff"},
    {"layoffs", "layoff"},
    {"lend", "loan"},
    {"lending", "loan"},
    {"lends", "loan"},
    {"lent", "loan"},
    {"liabilities", "debt"},
    {"liability", "debt"},
    {"licensed", "capacity"},
    {"loan", "loan"},
    {"loans", "loan"},
    {"loss", "loss"},
    {"losses", "loss"},
    {"lost", "loss"},
    {"march", "protest"},
    {"marched", "protest"},
    {"marchers", "protest"},
    {"marching", "protest"},
    {"margin", "margin"},
    {"margins", "margin"},
    {"missing", "missing"},
    {"onboard", "aboard"},
    {"outage", "lack"},
    {"outages", "lack"},
    {"outlays", "spend"},
    {"owes", "debt"},
    {"package", "spend"},
    {"packed", "aboard"},
    {"parade", "protest"},
    {"paraded", "protest"},
    {"parades", "protest"},
    {"pause", "truce"},
    {"penalty", "fine"},
    {"planned", "pledge"},
    {"planning", "pledge"},
    {"pledge", "pledge"},
    {"pledged", "pledge"},
    {"pledges", "pledge"},
    {"population", "population"},
    {"preparation", "pledge"},
    {"preparing", "pledge"},
    {"prison", "sentence"},
    {"proceeds", "raise"},
    {"procession", "protest"},
    {"profit", "profit"},
    {"profits", "profit"},
    {"promised", "pledge"},
    {"protest", "protest"},
    {"protested", "protest"},
    {"protesters", "protest"},
    {"protesting", "protest"},
    {"protests", "protest"},
    {"provide", "deploy"},
    {"provided", "deploy"},
    {"providing", "deploy"},
    {"raise", "raise"},
    {"raised", "raise"},
    {"raises", "raise"},
    {"raising", "raise"},
    {"rallied", "protest"},
    {"rallies", "protest"},
    {"rally", "protest"},
    {"ransom", "ransom"},
    {"razed", "destroy"},
    {"recall", "recall"},
    {"recalled", "recall"},
    {"recalling", "recall"},
    {"recalls", "recall"},
    {"recount", "recount"},
    {"recounted", "recount"},
    {"recounts", "recount"},
    {"recruited", "employ"},
    {"redundancies", "layoff"},
    {"redundancy", "layoff"},
    {"release", "release"},
    {"released", "release"},
    {"releases", "release"},
    {"releasing", "release"},
    {"repatriated", "repatriate"},
    {"repatriation", "repatriate"},
    {"requested", "demand"},
    {"rescued", "rescue"},
    {"retain", "retain"},
    {"retained", "retain"},
    {"retaining", "retain"},
    {"retains", "retain"},
    {"revenue", "revenue"},
    {"revenues", "revenue"},
    {"salary", "pay"},
    {"sales", "revenue"},
    {"saved", "rescue"},
    {"seats", "seat"},
    {"seized", "seize"},
    {"sent", "deploy"},
    {"sentence", "sentence"},
    {"sentenced", "sentence"},
    {"served", "serve"},
    {"serves", "serve"},
    {"serving", "serve"},
    {"shed", "layoff"},
    {"shedding", "layoff"},
    {"sheds", "layoff"},
    {"shot", "destroy"},
    {"sought", "demand"},
    {"spend", "spend"},
    {"spending", "spend"},
    {"spends", "spend"},
    {"spent", "spend"},
    {"stationed", "deploy"},
    {"stored", "store"},
    {"stranded", "strand"},
    {"strike", "strike"},
    {"strikers", "strike"},
    {"strikes", "strike"},
    {"striking", "strike"},
    {"supplied", "deploy"},
    {"supplying", "deploy"},
    {"takeover", "value"},
    {"toll", "death"},
    {"took", "gathering"},
    {"transferred", "deploy"},
    {"transported", "deploy"},
    {"traveled", "deploy"},
    {"travelled", "deploy"},
    {"treated", "injury"},
    {"truce", "truce"},
    {"turned", "gathering"},
    {"turnout", "turnout"},
    {"turnover", "revenue"},
    {"unaccounted", "missing"},
    {"valuation", "value"},
    {"value", "value"},
    {"valued", "value"},
    {"values", "value"},
    {"valuing", "value"},
    {"visited", "visit"},
    {"vote", "vote"},
    {"votes", "vote"},
    {"wage", "pay"},
    {"wages", "pay"},
    {"walkout", "strike"},
    {"without", "lack"},
    {"worth", "value"},
    {"wounded", "injury"},
    {"wounding", "injury"},
};

// A date right after one of these is a deadline or a period ("stay shut until Thursday",
// "since 2022"), never the day a statement was made.
// Frame words that frame only with their particle after them: "laid off 300" is a layoff,
// "14 soldiers lay dead" and "laid to rest" are not. Sorted by word.
constexpr WordClassRow kFrameParticles[] = {
    {"crammed", "with"}, {"laid", "off"},  {"lay", "off"},    {"packed", "with"},
    {"pause", "in"},     {"took", "part"}, {"turned", "out"},
};

constexpr std::string_view kDeadlineWords[] = {
    "after", "before", "by", "from", "since", "through", "till", "until",
};

// Words that may stand between a deadline word and its date ("until at least Thursday",
// "by late Friday").
constexpr std::string_view kDeadlineQualifiers[] = {
    "at", "earliest", "early", "late", "latest", "least", "the",
};

constexpr std::string_view kModals[] = {
    "could",   "intend",   "intends", "may",    "might", "plan", "plans",
    "promise", "promised", "shall",   "should", "to",    "will", "would",
};

// A condition ("unless the truce holds for 24 hours", "provided that 30% turn out") states
// no figure of what happened. Not "once" or "as soon as": past narrative uses them for what
// did happen ("once the flames were out, crews found 14 bodies").
constexpr std::string_view kHypothetical[] = {
    "if ",        "imagine",      "unlikely to", "whether ", "would need",
    "could need", "hypothetical", "in theory",   "unless ",  "provided that",
};

constexpr std::string_view kSuperseded[] = {
    "came after",      "earlier estimate", "earlier figure", "had earlier", "initial estimate",
    "initial figure",  "first estimate",   "initially",      "old figure",  "previous estimate",
    "previous figure", "previously",       "revised",
};

constexpr std::string_view kRates[] = {
    " a day",  " a month", " a week",   " a year",    " an hour",    "at a time",
    " each ",  " per ",    "every day", "every week", "every month", "every year",
    "a piece", " daily ",  " weekly ",  " hourly ",   " daily,",     " daily.",
};

// The period each rate cue counts in ("200 trucks a day": day), and " per " with the word
// after it ("per day", "per capita"). Sorted by cue.
constexpr WordClassRow kRatePeriods[] = {
    {" a day", "day"},      {" a month", "month"}, {" a week", "week"},      {" a year", "year"},
    {" an hour", "hour"},   {" daily ", "day"},    {" daily,", "day"},       {" daily.", "day"},
    {" each ", "each"},     {" hourly ", "hour"},  {" weekly ", "week"},     {"a piece", "each"},
    {"at a time", "each"},  {"every day", "day"},  {"every month", "month"}, {"every week", "week"},
    {"every year", "year"}, {"per annum", "year"}, {"per capita", "each"},   {"per day", "day"},
    {"per head", "each"},   {"per hour", "hour"},  {"per month", "month"},   {"per person", "each"},
    {"per week", "week"},   {"per year", "year"},
};

// Phrases that hold a rate cue but state no rate: "4 per cent", "down from a year earlier"
// (a comparison), "$38 per share" (a price, framed as such by compare/frames.cpp), "a day
// after the talks", "trapped for a week", "a week-long strike", "each of whom", a
// newspaper ("the daily Kessel Courier reported").
constexpr std::string_view kNotRates[] = {
    " a day after",    " a day earlier", " a day later",     " a day of",       " a day-long",
    " a month after",  " a month ago",   " a month earlier", " a month later",  " a month of",
    " a month-long",   " a week after",  " a week ago",      " a week earlier", " a week later",
    " a week of",      " a week-long",   " a year after",    " a year ago",     " a year before",
    " a year earlier", " a year later",  " a year of",       " a year on",      " a year-long",
    " each of",        " each other",    " per cent",        " per share",      " the daily ",
    " the weekly ",    "for a day",      "for a month",      "for a week",      "for a year",
};

constexpr std::string_view kStopWords[] = {
    "a",     "about", "after",   "against", "all",   "also",   "am",     "an",    "and",   "any",
    "are",   "as",    "at",      "be",      "been",  "before", "being",  "but",   "by",    "can",
    "could", "did",   "do",      "does",    "for",   "from",   "had",    "has",   "have",  "having",
    "he",    "her",   "here",    "him",     "his",   "how",    "i",      "if",    "in",    "into",
    "is",    "it",    "its",     "just",    "may",   "me",     "might",  "more",  "most",  "much",
    "my",    "no",    "not",     "now",     "of",    "on",     "one",    "only",  "or",    "other",
    "our",   "out",   "over",    "said",    "says",  "she",    "should", "since", "so",    "some",
    "such",  "than",  "that",    "the",     "their", "them",   "then",   "there", "these", "they",
    "this",  "those", "through", "to",      "told",  "too",    "up",     "us",    "very",  "was",
    "we",    "were",  "what",    "when",    "where", "which",  "while",  "who",   "whom",  "why",
    "will",  "with",  "would",   "yet",     "you",   "your",
};

constexpr Contraction kContractions[] = {
    {"aren't", "are not"},       {"can't", "can not"},      {"couldn't", "could not"},
    {"didn't", "did not"},       {"doesn't", "does not"},   {"don't", "do not"},
    {"hadn't", "had not"},       {"hasn't", "has not"},     {"haven't", "have not"},
    {"he'll", "he will"},        {"he's", "he is"},         {"i'd", "i would"},
    {"i'll", "i will"},          {"i'm", "i am"},           {"i've", "i have"},
    {"isn't", "is not"},         {"it'll", "it will"},      {"it's", "it is"},
    {"let's", "let us"},         {"she'll", "she will"},    {"she's", "she is"},
    {"shouldn't", "should not"}, {"that's", "that is"},     {"there's", "there is"},
    {"they'd", "they would"},    {"they'll", "they will"},  {"they're", "they are"},
    {"they've", "they have"},    {"wasn't", "was not"},     {"we'd", "we would"},
    {"we'll", "we will"},        {"we're", "we are"},       {"we've", "we have"},
    {"weren't", "were not"},     {"what's", "what is"},     {"who's", "who is"},
    {"won't", "will not"},       {"wouldn't", "would not"}, {"you're", "you are"},
};

// Weapons whose mention makes an article's "strike" a military strike, not a walkout.
// Sorted.
constexpr std::string_view kWeaponWords[] = {
    "airstrike", "airstrikes", "artillery", "drone",   "drones",   "missile",
    "missiles",  "rocket",     "rockets",   "shelled", "shelling",
};

// Verbs of striking ("missiles hit the plant", "Orlen struck a fuel depot"): in an article
// that names a weapon, an attack. Elsewhere they tell of quakes, deals and records. Sorted.
constexpr std::string_view kStrikingVerbs[] = {
    "hit", "hits", "pounded", "struck", "targeted",
};

// "returned fire", "opened fire", "came under fire", "an exchange of fire", "mortar fire":
// gunfire, not a blaze. Sorted.
constexpr std::string_view kGunfireLeads[] = {
    "artillery", "exchanged", "gun",       "machine-gun", "mortar", "open", "opened", "opening",
    "return",    "returned",  "returning", "rocket",      "sniper", "tank", "under",
};

// Happenings, by the word that names them near a date ("the blaze that broke out on Tuesday",
// "marches on Jan. 19", "a pact signed in June"): one happening is told by the same kind
// of word across articles, whoever reports it. Nouns and verbs. A storm's landfall ("came
// ashore") is the storm's day; a crackdown is on a protest, and dated by it; a reopening
// (of an airport, a road, schools) is a happening of its own; so is a company's first day
// on a stock market (its debut, flotation or listing).
constexpr WordClassRow kHappenings[] = {
    {"accident", "incident"},
    {"accidents", "incident"},
    {"accord", "agreement"},
    {"acquisition", "deal"},
    {"aftershock", "aftershock"},
    {"aftershocks", "aftershock"},
    {"agreement", "agreement"},
    {"airstrike", "attack"},
    {"airstrikes", "attack"},
    {"ambush", "attack"},
    {"approach", "bid"},
    {"armistice", "ceasefire"},
    {"arrest", "arrest"},
    {"arrested", "arrest"},
    {"arrests", "arrest"},
    {"ashore", "incident"},
    {"assault", "attack"},
    {"attack", "attack"},
    {"attacked", "attack"},
    {"attacks", "attack"},
    {"ballot", "vote"},
    {"barrage", "attack"},
    {"bid", "bid"},
    {"bids", "bid"},
    {"blast", "incident"},
    {"blasts", "incident"},
    {"blaze", "incident"},
    {"blazes", "incident"},
    {"bombardment", "attack"},
    {"bombing", "attack"},
    {"bombings", "attack"},
    {"by-election", "vote"},
    {"by-elections", "vote"},
    {"ceasefire", "ceasefire"},
    {"ceasefires", "ceasefire"},
    {"clash", "attack"},
    {"clashes", "attack"},
    {"collapse", "incident"},
    {"collapsed", "incident"},
    {"collided", "incident"},
    {"collision", "incident"},
    {"complete", "completion"},
    {"completed", "completion"},
    {"completion", "completion"},
    {"conflict", "war"},
    {"contained", "containment"},
    {"containment", "containment"},
    {"convicted", "ruling"},
    {"count", "tally"},
    {"crackdown", "protest"},
    {"crackdowns", "protest"},
    {"crash", "incident"},
    {"crashed", "incident"},
    {"crashes", "incident"},
    {"cyclone", "incident"},
    {"deal", "agreement"},
    {"debut", "listing"},
    {"debuted", "listing"},
    {"demonstrated", "protest"},
    {"demonstration", "protest"},
    {"demonstrations", "protest"},
    {"demonstrators", "protest"},
    {"derailed", "incident"},
    {"derailment", "incident"},
    {"detected", "discovery"},
    {"discovered", "discovery"},
    {"discovery", "discovery"},
    {"earthquake", "incident"},
    {"election", "vote"},
    {"elections", "vote"},
    {"eruption", "incident"},
    {"evacuated", "evacuation"},
    {"evacuation", "evacuation"},
    {"evacuations", "evacuation"},
    {"exploded", "incident"},
    {"explosion", "incident"},
    {"explosions", "incident"},
    {"fighting", "attack"},
    {"fire", "incident"},
    {"firefight", "attack"},
    {"fires", "incident"},
    {"floated", "listing"},
    {"flood", "incident"},
    {"flooded", "incident"},
    {"flooding", "incident"},
    {"floods", "incident"},
    {"flotation", "listing"},
    {"fought", "attack"},
    {"funeral", "funeral"},
    {"funerals", "funeral"},
    {"hurricane", "incident"},
    {"incursion", "war"},
    {"invaded", "war"},
    {"invasion", "war"},
    {"ipo", "listing"},
    {"landfall", "incident"},
    {"landslide", "incident"},
    {"launch", "launch"},
    {"launched", "launch"},
    {"listing", "listing"},
    {"marched", "protest"},
    {"marchers", "protest"},
    {"marches", "protest"},
    {"merger", "deal"},
    {"mishap", "incident"},
    {"mobilisation", "protest"},
    {"mobilization", "protest"},
    {"mobilize", "protest"},
    {"mobilized", "protest"},
    {"mourning", "mourning"},
    {"negotiations", "talks"},
    {"offensive", "war"},
    {"pact", "agreement"},
    {"plebiscite", "vote"},
    {"pounded", "attack"},
    {"processions", "protest"},
    {"protest", "protest"},
    {"protested", "protest"},
    {"protesters", "protest"},
    {"protests", "protest"},
    {"quake", "incident"},
    {"raid", "attack"},
    {"raids", "attack"},
    {"rallies", "protest"},
    {"rally", "protest"},
    {"re-election", "vote"},
    {"reelection", "vote"},
    {"referendum", "vote"},
    {"reopen", "reopening"},
    {"reopened", "reopening"},
    {"reopening", "reopening"},
    {"reopens", "reopening"},
    {"rescue", "rescue"},
    {"rescued", "rescue"},
    {"resign", "resignation"},
    {"resignation", "resignation"},
    {"resigned", "resignation"},
    {"results", "results"},
    {"ruled", "ruling"},
    {"ruling", "ruling"},
    {"run-off", "vote"},
    {"run-offs", "vote"},
    {"runoff", "vote"},
    {"runoffs", "vote"},
    {"sentenced", "ruling"},
    {"shelled", "attack"},
    {"shelling", "attack"},
    {"shells", "attack"},
    {"shooting", "incident"},
    {"shots", "attack"},
    {"signed", "agreement"},
    {"signing", "agreement"},
    {"skirmish", "attack"},
    {"spotted", "discovery"},
    {"storm", "incident"},
    {"strike", "protest"},
    {"strikers", "protest"},
    {"strikes", "protest"},
    {"summit", "talks"},
    {"takeover", "deal"},
    {"talks", "talks"},
    {"tally", "tally"},
    {"toll", "tally"},
    {"tornado", "incident"},
    {"treaty", "agreement"},
    {"tremor", "aftershock"},
    {"tremors", "aftershock"},
    {"truce", "ceasefire"},
    {"truces", "ceasefire"},
    {"tsunami", "incident"},
    {"typhoon", "incident"},
    {"verdict", "ruling"},
    {"vote", "vote"},
    {"voted", "vote"},
    {"voters", "vote"},
    {"voting", "vote"},
    {"walkout", "protest"},
    {"walkouts", "protest"},
    {"war", "war"},
    {"wildfire", "incident"},
    {"wildfires", "incident"},
};

// Acts of an actor ("said on Tuesday", "visited on Monday", "declared a disaster on Thursday"): the
// date stamps what someone did, so the same act links across articles only for the same actor.
// Visits and meetings are where statements are made: a statement in the same sentence wins over
// them.
constexpr WordClassRow kActorActs[] = {
    {"acknowledged", "statement"},
    {"added", "statement"},
    {"announced", "statement"},
    {"announcement", "statement"},
    {"approved", "decision"},
    {"approves", "decision"},
    {"approving", "decision"},
    {"asserted", "statement"},
    {"briefed", "statement"},
    {"briefing", "statement"},
    {"claimed", "statement"},
    {"confirmed", "statement"},
    {"declaration", "decision"},
    {"declared", "decision"},
    {"denied", "statement"},
    {"disclose", "statement"},
    {"disclosed", "statement"},
    {"discloses", "statement"},
    {"disclosure", "statement"},
    {"filed", "filing"},
    {"files", "filing"},
    {"filing", "filing"},
    {"inspected", "visit"},
    {"interview", "statement"},
    {"meet", "meet"},
    {"meeting", "meet"},
    {"meetings", "meet"},
    {"meets", "meet"},
    {"met", "meet"},
    {"ordered", "decision"},
    {"remarks", "statement"},
    {"reported", "statement"},
    {"revealed", "statement"},
    {"said", "statement"},
    {"says", "statement"},
    {"speaking", "statement"},
    {"stated", "statement"},
    {"statement", "statement"},
    {"told", "statement"},
    {"tour", "visit"},
    {"toured", "visit"},
    {"tweet", "statement"},
    {"tweeted", "statement"},
    {"urged", "statement"},
    {"visit", "visit"},
    {"visited", "visit"},
    {"warned", "statement"},
    {"wrote", "statement"},
};

// Verbs that say a happening took place without naming it ("the fire started on Tuesday",
// "the protest began at noon"): the nearest happening word says which one, and the verb
// makes it as close to the date as the verb is.
constexpr std::string_view kGenericActs[] = {
    "began",    "begun", "broke",    "ended",   "erupted",
    "happened", "held",  "occurred", "started", "took",
};

// Words before "effect" or "force" that make it an entry into force ("took effect", "came
// into force", "with effect on", "remains in force"): a rule, a price or a truce starting to
// apply. Like a generic verb it takes the happening named beside it (a ceasefire); with none
// it is a happening of its own (a tariff, a price rise taking effect).
constexpr std::string_view kEntryIntoForceLeads[] = {
    "in", "into", "take", "taken", "takes", "taking", "took", "with",
};

// Words that open a new clause: an act after one of them is not what the date before it
// is about ("rallied on Thursday and announced a new day of action").
constexpr std::string_view kClauseBreaks[] = {
    "although", "and", "because", "but", "though", "whereas", "while",
};

// Nouns that make a happening word before them a place ("the crash site", "the fire zone"):
// a visit to the site on Saturday is not the crash.
constexpr std::string_view kHappeningPlaces[] = {
    "area",
    "scene",
    "site",
    "zone",
};

// Synonyms and spelling variants -> one concept. Sorted by word.
constexpr WordClassRow kConcepts[] = {
    {"accord", "agreement"},
    {"added", "say"},
    {"adds", "say"},
    {"agreement", "agreement"},
    {"aid", "aid"},
    {"aircraft", "aircraft"},
    {"airliner", "aircraft"},
    {"airliners", "aircraft"},
    {"alliance", "agreement"},
    {"ammunition", "weapon"},
    {"announced", "say"},
    {"announces", "say"},
    {"armaments", "weapon"},
    {"arms", "weapon"},
    {"artillery", "weapon"},
    {"assess", "estimate"},
    {"assessed", "estimate"},
    {"assessment", "estimate"},
    {"assistance", "aid"},
    {"backing", "aid"},
    {"began", "begin"},
    {"begin", "begin"},
    {"begins", "begin"},
    {"cautioned", "warn"},
    {"center", "center"},
    {"centre", "center"},
    {"confirm", "confirm"},
    {"confirmed", "confirm"},
    {"confirming", "confirm"},
    {"confirms", "confirm"},
    {"dead", "die"},
    {"deal", "agreement"},
    {"death", "die"},
    {"deaths", "die"},
    {"debt", "debt"},
    {"debts", "debt"},
    {"defence", "defense"},
    {"defense", "defense"},
    {"deliver", "supply"},
    {"delivered", "supply"},
    {"delivering", "supply"},
    {"delivers", "supply"},
    {"departure", "flight"},
    {"departures", "flight"},
    {"deploy", "deploy"},
    {"deployed", "deploy"},
    {"deploying", "deploy"},
    {"deployment", "deploy"},
    {"deploys", "deploy"},
    {"die", "die"},
    {"died", "die"},
    {"dies", "die"},
    {"dispatch", "deploy"},
    {"dispatched", "deploy"},
    {"dispatching", "deploy"},
    {"estimate", "estimate"},
    {"estimated", "estimate"},
    {"estimates", "estimate"},
    {"evacuate", "evacuate"},
    {"evacuated", "evacuate"},
    {"evacuating", "evacuate"},
    {"evacuation", "evacuate"},
    {"fatalities", "die"},
    {"fled", "evacuate"},
    {"flee", "evacuate"},
    {"fleeing", "evacuate"},
    {"flight", "flight"},
    {"flights", "flight"},
    {"furnished", "supply"},
    {"help", "aid"},
    {"hurt", "injure"},
    {"incursion", "invasion"},
    {"injure", "injure"},
    {"injured", "injure"},
    {"injuries", "injure"},
    {"injury", "injure"},
    {"invade", "invasion"},
    {"invaded", "invasion"},
    {"invasion", "invasion"},
    {"jet", "aircraft"},
    {"jets", "aircraft"},
    {"kill", "die"},
    {"killed", "die"},
    {"killing", "die"},
    {"kills", "die"},
    {"lend", "loan"},
    {"lending", "loan"},
    {"lends", "loan"},
    {"lent", "loan"},
    {"liabilities", "debt"},
    {"liability", "debt"},
    {"loan", "loan"},
    {"loans", "loan"},
    {"loss", "loss"},
    {"losses", "loss"},
    {"lost", "loss"},
    {"munition", "weapon"},
    {"munitions", "weapon"},
    {"noted", "say"},
    {"offence", "offense"},
    {"offense", "offense"},
    {"organisation", "organization"},
    {"organization", "organization"},
    {"pact", "agreement"},
    {"passenger", "passenger"},
    {"passengers", "passenger"},
    {"personnel", "troop"},
    {"plane", "aircraft"},
    {"planes", "aircraft"},
    {"program", "program"},
    {"programme", "program"},
    {"provide", "supply"},
    {"provided", "supply"},
    {"provides", "supply"},
    {"providing", "supply"},
    {"said", "say"},
    {"say", "say"},
    {"says", "say"},
    {"servicemen", "troop"},
    {"shells", "weapon"},
    {"soldier", "troop"},
    {"soldiers", "troop"},
    {"start", "begin"},
    {"started", "begin"},
    {"starts", "begin"},
    {"stated", "say"},
    {"states", "say"},
    {"stationed", "deploy"},
    {"supplied", "supply"},
    {"supplies", "supply"},
    {"supply", "supply"},
    {"supplying", "supply"},
    {"support", "aid"},
    {"tells", "say"},
    {"told", "say"},
    {"traveler", "passenger"},
    {"travelers", "passenger"},
    {"traveller", "passenger"},
    {"travellers", "passenger"},
    {"treaty", "agreement"},
    {"troop", "troop"},
    {"troops", "troop"},
    {"warned", "warn"},
    {"warning", "warn"},
    {"warns", "warn"},
    {"weapon", "weapon"},
    {"weapons", "weapon"},
    {"wounded", "injure"},
    {"wounding", "injure"},
};

}  // namespace

bool has_unit_class(std::string_view unit) {
  return find_by_word<kUnitClasses>(unit) != nullptr;
}

std::string_view unit_class(std::string_view unit) {
  const WordClassRow* row = find_by_word<kUnitClasses>(unit);
  return row ? row->klass : unit;
}

std::string_view frame_of(std::string_view word) {
  const WordClassRow* row = find_by_word<kFrames>(word);
  return row ? row->klass : std::string_view();
}

std::string_view frame_particle(std::string_view word) {
  const WordClassRow* row = find_by_word<kFrameParticles>(word);
  return row ? row->klass : std::string_view();
}
std::span<const WordClassRow> frame_particle_table() {
  return kFrameParticles;
}

bool is_modal(std::string_view word) {
  return in_table<kModals>(word);
}
bool is_deadline_word(std::string_view word) {
  return in_table<kDeadlineWords>(word);
}
bool is_deadline_qualifier(std::string_view word) {
  return in_table<kDeadlineQualifiers>(word);
}
std::span<const std::string_view> deadline_qualifier_table() {
  return kDeadlineQualifiers;
}
std::span<const std::string_view> deadline_word_table() {
  return kDeadlineWords;
}
std::span<const std::string_view> hypothetical_cues() {
  return kHypothetical;
}
std::span<const std::string_view> superseded_cues() {
  return kSuperseded;
}
std::span<const std::string_view> rate_cues() {
  return kRates;
}
std::string_view rate_period(std::string_view cue) {
  const WordClassRow* row = find_by_word<kRatePeriods>(cue);
  return row ? row->klass : std::string_view();
}
std::span<const WordClassRow> rate_period_table() {
  return kRatePeriods;
}
std::span<const std::string_view> not_rate_phrases() {
  return kNotRates;
}
bool is_stop_word(std::string_view word) {
  return in_table<kStopWords>(word);
}

std::string_view expand_contraction(std::string_view word) {
  const Contraction* row = find_by_word<kContractions>(word);
  return row ? row->expansion : std::string_view();
}

std::string_view happening_class(std::string_view word) {
  const WordClassRow* row = find_by_word<kHappenings>(word);
  return row ? row->klass : std::string_view();
}
std::string_view actor_act_class(std::string_view word) {
  const WordClassRow* row = find_by_word<kActorActs>(word);
  return row ? row->klass : std::string_view();
}
bool is_generic_act(std::string_view word) {
  return in_table<kGenericActs>(word);
}
bool is_entry_into_force(std::string_view before, std::string_view word) {
  return (word == "effect" || word == "force") && in_table<kEntryIntoForceLeads>(before) &&
         !(word == "effect" && before == "in");  // "in effect": as it were, or in place
}
bool is_clause_break(std::string_view word) {
  return in_table<kClauseBreaks>(word);
}
bool is_happening_place(std::string_view word) {
  return in_table<kHappeningPlaces>(word);
}
bool is_gunfire_lead(std::string_view word) {
  return in_table<kGunfireLeads>(word);
}
bool is_weapon_word(std::string_view word) {
  return in_table<kWeaponWords>(word);
}
bool is_striking_verb(std::string_view word) {
  return in_table<kStrikingVerbs>(word);
}

std::string_view concept_of(std::string_view word) {
  const WordClassRow* row = find_by_word<kConcepts>(word);
  return row ? row->klass : std::string_view();
}

std::span<const WordClassRow> concept_table() {
  return kConcepts;
}
std::span<const Contraction> contraction_table() {
  return kContractions;
}
std::span<const WordClassRow> unit_class_table() {
  return kUnitClasses;
}
std::span<const WordClassRow> frame_table() {
  return kFrames;
}
std::span<const WordClassRow> happening_table() {
  return kHappenings;
}
std::span<const WordClassRow> actor_act_table() {
  return kActorActs;
}
std::span<const std::string_view> generic_act_table() {
  return kGenericActs;
}
std::span<const std::string_view> clause_break_table() {
  return kClauseBreaks;
}
std::span<const std::string_view> happening_place_table() {
  return kHappeningPlaces;
}
std::span<const std::string_view> weapon_word_table() {
  return kWeaponWords;
}
std::span<const std::string_view> striking_verb_table() {
  return kStrikingVerbs;
}
std::span<const std::string_view> entry_into_force_lead_table() {
  return kEntryIntoForceLeads;
}
std::span<const std::string_view> stop_word_table() {
  return kStopWords;
}

}  // namespace parallax::lexicon
