// The number extractor's tables. Keep every table sorted by its key in ASCII order
// (tests/numbers_test.cpp checks it); rules read these tables, so a new word never needs code.
#include "lexicon/numbers_lexicon.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "lexicon/key_index.h"

namespace parallax::lexicon {

namespace {
using W = NumberWordKind;
using U = UnitKind;
using Q = Qualifier;

// Cardinals, multipliers and fractions. "m", "k", "bn" and the like are scales only when
// they follow digits ("€20m", "4.7bn"); alone they are letters.
constexpr NumberWord kNumberWords[] = {
    {"b", 1e9, W::kScale, true},
    {"billion", 1e9, W::kScale, false},
    {"bln", 1e9, W::kScale, true},
    {"bn", 1e9, W::kScale, true},
    {"crore", 1e7, W::kScale, false},
    {"dozen", 12, W::kDozen, false},
    {"eight", 8, W::kSmall, false},
    {"eighteen", 18, W::kTeen, false},
    {"eighth", 0.125, W::kFraction, false},
    {"eighths", 0.125, W::kFraction, false},
    {"eighty", 80, W::kTens, false},
    {"eleven", 11, W::kTeen, false},
    {"fifteen", 15, W::kTeen, false},
    {"fifth", 0.2, W::kFraction, false},
    {"fifths", 0.2, W::kFraction, false},
    {"fifty", 50, W::kTens, false},
    {"five", 5, W::kSmall, false},
    {"forty", 40, W::kTens, false},
    {"four", 4, W::kSmall, false},
    {"fourteen", 14, W::kTeen, false},
    {"fourty", 40, W::kTens, false},
    {"half", 0.5, W::kFraction, false},
    {"halves", 0.5, W::kFraction, false},
    {"hundred", 100, W::kHundred, false},
    {"k", 1e3, W::kScale, true},
    {"lakh", 1e5, W::kScale, false},
    {"m", 1e6, W::kScale, true},
    {"million", 1e6, W::kScale, false},
    {"mln", 1e6, W::kScale, true},
    {"mn", 1e6, W::kScale, true},
    {"nine", 9, W::kSmall, false},
    {"nineteen", 19, W::kTeen, false},
    {"ninety", 90, W::kTens, false},
    {"one", 1, W::kSmall, false},
    {"quarter", 0.25, W::kFraction, false},
    {"quarters", 0.25, W::kFraction, false},
    {"seven", 7, W::kSmall, false},
    {"seventeen", 17, W::kTeen, false},
    {"seventy", 70, W::kTens, false},
    {"six", 6, W::kSmall, false},
    {"sixteen", 16, W::kTeen, false},
    {"sixth", 1.0 / 6, W::kFraction, false},
    {"sixths", 1.0 / 6, W::kFraction, false},
    {"sixty", 60, W::kTens, false},
    {"ten", 10, W::kTeen, false},
    {"tenth", 0.1, W::kFraction, false},
    {"tenths", 0.1, W::kFraction, false},
    {"third", 1.0 / 3, W::kFraction, false},
    {"thirds", 1.0 / 3, W::kFraction, false},
    {"thirteen", 13, W::kTeen, false},
    {"thirty", 30, W::kTens, false},
    {"thousand", 1e3, W::kScale, false},
    {"three", 3, W::kSmall, false},
    {"tn", 1e12, W::kScale, true},
    {"trillion", 1e12, W::kScale, false},
    {"trn", 1e12, W::kScale, true},
    {"twelve", 12, W::kTeen, false},
    {"twenty", 20, W::kTens, false},
    {"two", 2, W::kSmall, false},
    {"zero", 0, W::kSmall, false},
};

constexpr FractionSymbol kFractionSymbols[] = {
    {"\u00BC", 0.25},    {"\u00BD", 0.5},     {"\u00BE", 0.75},    {"\u2150", 1.0 / 7},
    {"\u2151", 1.0 / 9}, {"\u2152", 0.1},     {"\u2153", 1.0 / 3}, {"\u2154", 2.0 / 3},
    {"\u2155", 0.2},     {"\u2156", 0.4},     {"\u2157", 0.6},     {"\u2158", 0.8},
    {"\u2159", 1.0 / 6}, {"\u215A", 5.0 / 6}, {"\u215B", 0.125},   {"\u215C", 0.375},
    {"\u215D", 0.625},   {"\u215E", 0.875},
};

// Plural and vague amounts. The bounds follow one rule: "Xs" of a scale X is [2X, 10X-1];
// "a few" and "several" multiply the scale word after them.
constexpr VagueAmount kVague[] = {
    {"a few", 2, 9, true},
    {"billions", 2e9, 9999999999, false},
    {"dozens", 24, 99, false},
    {"hundreds", 200, 999, false},
    {"millions", 2e6, 9999999, false},
    {"several", 3, 9, true},
    {"tens", 20, 99, true},
    {"thousands", 2000, 9999, false},
    {"trillions", 2e12, 9999999999999, false},
};

// Symbols, matched exactly; a letter prefix glued to "$" names the dollar ("US$", "C$").
constexpr Currency kSymbols[] = {
    {"$", "USD"},      {"A$", "AUD"},     {"C$", "CAD"},     {"HK$", "HKD"},    {"NZ$", "NZD"},
    {"R$", "BRL"},     {"S$", "SGD"},     {"US$", "USD"},    {"\u00A3", "GBP"}, {"\u00A5", "JPY"},
    {"\u20A9", "KRW"}, {"\u20AA", "ILS"}, {"\u20AC", "EUR"}, {"\u20B4", "UAH"}, {"\u20B9", "INR"},
    {"\u20BA", "TRY"}, {"\u20BD", "RUB"},
};

// Codes written before a figure ("USD 5 million"), upper case.
constexpr Currency kCodes[] = {
    {"AUD", "AUD"}, {"CAD", "CAD"}, {"CHF", "CHF"}, {"CNY", "CNY"}, {"EUR", "EUR"},
    {"GBP", "GBP"}, {"HKD", "HKD"}, {"ILS", "ILS"}, {"INR", "INR"}, {"JPY", "JPY"},
    {"KRW", "KRW"}, {"NZD", "NZD"}, {"RMB", "CNY"}, {"RUB", "RUB"}, {"Rs", "INR"},
    {"TRY", "TRY"}, {"UAH", "UAH"}, {"USD", "USD"}, {"ZAR", "ZAR"},
};

// Words after a figure that give it a kind and a unit.
constexpr UnitPhrase kUnits[] = {
    {"%", U::kPercent, "%"},
    {"-basis-point", U::kPercent, "basis points"},
    {"-bed", U::kCount, "beds"},
    {"-bit", U::kMeasure, "bit"},
    // Counted things inside an adjective: "a four-member team", "a three-train collision"
    // (a hyphen-prefixed row is read only there; "two-state" and "10-point" stay no figure).
    {"-bus", U::kCount, "buses"},
    {"-car", U::kCount, "cars"},
    {"-country", U::kCount, "countries"},
    {"-crown", U::kMoney, "CROWN"},
    {"-judge", U::kCount, "judges"},
    {"-member", U::kCount, "members"},
    {"-nation", U::kCount, "nations"},
    {"-party", U::kCount, "parties"},
    {"-person", U::kCount, "people"},
    {"-pound", U::kMeasure, "lb"},
    {"-room", U::kCount, "rooms"},
    {"-seat", U::kCount, "seats"},
    {"-storey", U::kCount, "storeys"},
    {"-story", U::kCount, "stories"},
    {"-train", U::kCount, "trains"},
    {"-truck", U::kCount, "trucks"},
    {"-vehicle", U::kCount, "vehicles"},
    {"acre", U::kMeasure, "acres"},
    {"acres", U::kMeasure, "acres"},
    {"american dollars", U::kMoney, "USD"},
    {"baht", U::kMoney, "THB"},
    {"barrel", U::kMeasure, "barrels"},
    {"barrels", U::kMeasure, "barrels"},
    {"basis point", U::kPercent, "basis points"},
    {"basis points", U::kPercent, "basis points"},
    {"birr", U::kMoney, "ETB"},
    {"bp", U::kPercent, "basis points"},
    {"bps", U::kPercent, "basis points"},
    {"c", U::kMeasure, "degC"},
    {"cedi", U::kMoney, "GHS"},
    {"cedis", U::kMoney, "GHS"},
    {"centimeter", U::kMeasure, "cm"},
    {"centimeters", U::kMeasure, "cm"},
    {"centimetre", U::kMeasure, "cm"},
    {"centimetres", U::kMeasure, "cm"},
    {"centuries", U::kDuration, "centuries"},
    {"century", U::kDuration, "centuries"},

    {"cm", U::kMeasure, "cm"},
    {"crowns", U::kMoney, "CROWN"},
    {"day", U::kDuration, "days"},
    {"days", U::kDuration, "days"},
    {"decade", U::kDuration, "decades"},
    {"decades", U::kDuration, "decades"},
    {"degree", U::kMeasure, "deg"},
    {"degrees", U::kMeasure, "deg"},
    {"denar", U::kMoney, "MKD"},
    {"denars", U::kMoney, "MKD"},
    {"dinar", U::kMoney, "DINAR"},
    {"dinars", U::kMoney, "DINAR"},
    {"dirham", U::kMoney, "DIRHAM"},
    {"dirhams", U::kMoney, "DIRHAM"},
    {"dollar", U::kMoney, "USD"},
    {"dollars", U::kMoney, "USD"},
    {"euro", U::kMoney, "EUR"},
    {"euros", U::kMoney, "EUR"},
    {"f", U::kMeasure, "degF"},
    {"feet", U::kMeasure, "ft"},
    {"florin", U::kMoney, "FLORIN"},
    {"florins", U::kMoney, "FLORIN"},
    {"foot", U::kMeasure, "ft"},
    {"forint", U::kMoney, "HUF"},
    {"forints", U::kMoney, "HUF"},
    {"fortnight", U::kDuration, "fortnights"},
    {"fortnights", U::kDuration, "fortnights"},
    {"franc", U::kMoney, "FRANC"},
    {"francs", U::kMoney, "FRANC"},
    {"ft", U::kMeasure, "ft"},
    {"gallon", U::kMeasure, "gal"},
    {"gallons", U::kMeasure, "gal"},
    {"gigawatt", U::kMeasure, "GW"},
    {"gigawatt hours", U::kMeasure, "GWh"},
    {"gigawatt-hours", U::kMeasure, "GWh"},
    {"gigawatts", U::kMeasure, "GW"},
    {"gram", U::kMeasure, "g"},
    {"grams", U::kMeasure, "g"},
    {"guilder", U::kMoney, "GUILDER"},
    {"guilders", U::kMoney, "GUILDER"},
    {"gw", U::kMeasure, "GW"},
    {"gwh", U::kMeasure, "GWh"},
    {"hectare", U::kMeasure, "ha"},
    {"hectares", U::kMeasure, "ha"},
    {"hour", U::kDuration, "hours"},
    {"hours", U::kDuration, "hours"},
    {"hrs", U::kDuration, "hours"},
    {"hryvnia", U::kMoney, "UAH"},
    {"hryvnias", U::kMoney, "UAH"},
    {"hryvnyas", U::kMoney, "UAH"},
    {"inch", U::kMeasure, "in"},
    {"inches", U::kMeasure, "in"},
    {"kg", U::kMeasure, "kg"},
    {"kilo", U::kMeasure, "kg"},
    {"kilogram", U::kMeasure, "kg"},
    {"kilogramme", U::kMeasure, "kg"},
    {"kilogrammes", U::kMeasure, "kg"},
    {"kilograms", U::kMeasure, "kg"},
    {"kilometer", U::kMeasure, "km"},
    {"kilometers", U::kMeasure, "km"},
    {"kilometers per hour", U::kMeasure, "km/h"},
    {"kilometre", U::kMeasure, "km"},
    {"kilometres", U::kMeasure, "km"},
    {"kilometres per hour", U::kMeasure, "km/h"},
    {"kilos", U::kMeasure, "kg"},
    {"kiloton", U::kMeasure, "kt"},
    {"kilotonne", U::kMeasure, "kt"},
    {"kilotonnes", U::kMeasure, "kt"},
    {"kilotons", U::kMeasure, "kt"},
    {"kilowatt", U::kMeasure, "kW"},
    {"kilowatt hours", U::kMeasure, "kWh"},
    {"kilowatt-hours", U::kMeasure, "kWh"},
    {"kilowatts", U::kMeasure, "kW"},
    {"km", U::kMeasure, "km"},
    {"km/h", U::kMeasure, "km/h"},
    {"km/hr", U::kMeasure, "km/h"},
    {"km2", U::kMeasure, "km2"},
    {"kmh", U::kMeasure, "km/h"},
    {"kms", U::kMeasure, "km"},
    {"knot", U::kMeasure, "kn"},
    {"knots", U::kMeasure, "kn"},
    {"koruna", U::kMoney, "CZK"},
    {"korunas", U::kMoney, "CZK"},
    {"kph", U::kMeasure, "km/h"},
    {"krona", U::kMoney, "SEK"},
    {"krone", U::kMoney, "KRONE"},
    {"kroner", U::kMoney, "KRONE"},
    {"kronor", U::kMoney, "SEK"},
    {"kw", U::kMeasure, "kW"},
    {"kwacha", U::kMoney, "KWACHA"},
    {"kwh", U::kMeasure, "kWh"},
    {"kyat", U::kMoney, "MMK"},
    {"kyats", U::kMoney, "MMK"},
    {"lari", U::kMoney, "GEL"},
    {"lb", U::kMeasure, "lb"},
    {"lbs", U::kMeasure, "lb"},
    {"leva", U::kMoney, "BGN"},
    {"lira", U::kMoney, "TRY"},
    {"liras", U::kMoney, "TRY"},
    {"liter", U::kMeasure, "L"},
    {"liters", U::kMeasure, "L"},
    {"litre", U::kMeasure, "L"},
    {"litres", U::kMeasure, "L"},
    {"magnitude", U::kMeasure, "magnitude"},
    {"manat", U::kMoney, "MANAT"},
    {"manats", U::kMoney, "MANAT"},
    {"megawatt", U::kMeasure, "MW"},
    {"megawatt hours", U::kMeasure, "MWh"},
    {"megawatt-hours", U::kMeasure, "MWh"},
    {"megawatts", U::kMeasure, "MW"},
    {"meter", U::kMeasure, "m"},
    {"meters", U::kMeasure, "m"},
    {"metre", U::kMeasure, "m"},
    {"metres", U::kMeasure, "m"},
    {"metric tonnes", U::kMeasure, "t"},
    {"metric tons", U::kMeasure, "t"},
    {"mg", U::kMeasure, "mg"},
    {"mile", U::kMeasure, "mi"},
    {"miles", U::kMeasure, "mi"},
    {"miles per hour", U::kMeasure, "mph"},
    {"milligram", U::kMeasure, "mg"},
    {"milligrams", U::kMeasure, "mg"},
    {"milliliter", U::kMeasure, "mL"},
    {"milliliters", U::kMeasure, "mL"},
    {"millilitre", U::kMeasure, "mL"},
    {"millilitres", U::kMeasure, "mL"},
    {"millimeter", U::kMeasure, "mm"},
    {"millimeters", U::kMeasure, "mm"},
    {"millimetre", U::kMeasure, "mm"},
    {"millimetres", U::kMeasure, "mm"},
    {"mins", U::kDuration, "minutes"},
    {"minute", U::kDuration, "minutes"},
    {"minutes", U::kDuration, "minutes"},
    {"ml", U::kMeasure, "mL"},
    {"mm", U::kMeasure, "mm"},
    {"month", U::kDuration, "months"},
    {"months", U::kDuration, "months"},
    {"mph", U::kMeasure, "mph"},
    {"mw", U::kMeasure, "MW"},
    {"mwh", U::kMeasure, "MWh"},
    {"naira", U::kMoney, "NGN"},
    {"parts per billion", U::kMeasure, "ppb"},
    {"parts per million", U::kMeasure, "ppm"},
    {"pc", U::kPercent, "%"},
    {"pct", U::kPercent, "%"},
    {"per cent", U::kPercent, "%"},
    {"percent", U::kPercent, "%"},
    {"percentage point", U::kPercent, "%"},
    {"percentage points", U::kPercent, "%"},
    {"peso", U::kMoney, "PESO"},
    {"pesos", U::kMoney, "PESO"},
    {"pound", U::kMoney, "GBP"},
    {"pounds", U::kMoney, "GBP"},
    {"pounds sterling", U::kMoney, "GBP"},
    {"ppb", U::kMeasure, "ppb"},
    {"ppm", U::kMeasure, "ppm"},
    {"rand", U::kMoney, "ZAR"},
    {"reais", U::kMoney, "BRL"},
    {"renminbi", U::kMoney, "CNY"},
    {"rial", U::kMoney, "RIAL"},
    {"rials", U::kMoney, "RIAL"},
    {"ringgit", U::kMoney, "MYR"},
    {"riyal", U::kMoney, "RIYAL"},
    {"riyals", U::kMoney, "RIYAL"},
    {"rouble", U::kMoney, "RUB"},
    {"roubles", U::kMoney, "RUB"},
    {"ruble", U::kMoney, "RUB"},
    {"rubles", U::kMoney, "RUB"},
    {"rupee", U::kMoney, "INR"},
    {"rupees", U::kMoney, "INR"},
    {"rupiah", U::kMoney, "IDR"},
    {"second", U::kDuration, "seconds"},
    {"seconds", U::kDuration, "seconds"},
    {"secs", U::kDuration, "seconds"},
    {"shekel", U::kMoney, "ILS"},
    {"shekels", U::kMoney, "ILS"},
    {"shilling", U::kMoney, "SHILLING"},
    {"shillings", U::kMoney, "SHILLING"},
    {"sq km", U::kMeasure, "km2"},
    {"sq mi", U::kMeasure, "mi2"},
    {"square kilometer", U::kMeasure, "km2"},
    {"square kilometers", U::kMeasure, "km2"},
    {"square kilometre", U::kMeasure, "km2"},
    {"square kilometres", U::kMeasure, "km2"},
    {"square km", U::kMeasure, "km2"},
    {"square meter", U::kMeasure, "m2"},
    {"square meters", U::kMeasure, "m2"},
    {"square metre", U::kMeasure, "m2"},
    {"square metres", U::kMeasure, "m2"},
    {"square mile", U::kMeasure, "mi2"},
    {"square miles", U::kMeasure, "mi2"},
    {"sterling", U::kMoney, "GBP"},
    {"strong", U::kCount, ""},
    {"swiss francs", U::kMoney, "CHF"},
    {"taka", U::kMoney, "BDT"},
    {"tenge", U::kMoney, "KZT"},
    {"ton", U::kMeasure, "t"},
    {"tonne", U::kMeasure, "t"},
    {"tonnes", U::kMeasure, "t"},
    {"tons", U::kMeasure, "t"},
    {"u.s. dollars", U::kMoney, "USD"},
    {"us dollars", U::kMoney, "USD"},
    {"week", U::kDuration, "weeks"},
    {"weeks", U::kDuration, "weeks"},
    {"won", U::kMoney, "KRW"},
    {"year", U::kDuration, "years"},
    {"year old", U::kAge, "years"},
    {"year-old", U::kAge, "years"},
    {"years", U::kDuration, "years"},
    {"years of age", U::kAge, "years"},
    {"years old", U::kAge, "years"},
    {"years-old", U::kAge, "years"},
    {"yen", U::kMoney, "JPY"},
    {"yr", U::kDuration, "years"},
    {"yrs", U::kDuration, "years"},
    {"yuan", U::kMoney, "CNY"},
    {"zloty", U::kMoney, "PLN"},
    {"zlotys", U::kMoney, "PLN"},
};
constexpr Hedge kHedgesBefore[] = {
    {"a little less than", Q::kUpper},
    {"a little more than", Q::kLower},
    {"a little over", Q::kLower},
    {"a little under", Q::kUpper},
    {"a maximum of", Q::kUpper},
    {"a minimum of", Q::kLower},
    {"about", Q::kApprox},
    {"above", Q::kLower},
    {"almost", Q::kApprox},
    {"almost exactly", Q::kApprox},
    {"an approximate", Q::kApprox},
    {"an estimated", Q::kApprox},
    {"approx", Q::kApprox},
    {"approx.", Q::kApprox},
    {"approximately", Q::kApprox},
    {"around", Q::kApprox},
    {"as few as", Q::kApprox},
    {"as many as", Q::kUpper},

    {"as much as", Q::kUpper},
    {"at least", Q::kLower},
    {"at most", Q::kUpper},
    {"at the most", Q::kUpper},
    {"below", Q::kUpper},
    {"circa", Q::kApprox},
    {"close to", Q::kApprox},
    {"estimated", Q::kApprox},
    {"exceeding", Q::kLower},
    {"fewer than", Q::kUpper},
    {"greater than", Q::kLower},
    {"in excess of", Q::kLower},
    {"in the region of", Q::kApprox},
    {"just about", Q::kApprox},
    {"just over", Q::kLower},
    {"just shy of", Q::kUpper},
    {"just under", Q::kUpper},
    {"less than", Q::kUpper},
    {"more or less", Q::kApprox},
    {"more than", Q::kLower},
    {"nearly", Q::kApprox},
    {"no fewer than", Q::kLower},
    {"no less than", Q::kLower},
    {"no more than", Q::kUpper},
    {"not exceeding", Q::kUpper},
    {"not less than", Q::kLower},
    {"not more than", Q::kUpper},
    {"on the order of", Q::kApprox},
    {"over", Q::kLower, false},
    {"roughly", Q::kApprox},
    {"short of", Q::kUpper},
    {"shy of", Q::kUpper},
    {"slightly fewer than", Q::kUpper},
    {"slightly less than", Q::kUpper},
    {"slightly more than", Q::kLower},
    {"some", Q::kApprox},
    {"something like", Q::kApprox},
    {"under", Q::kUpper},
    {"up to", Q::kUpper},
    {"upward of", Q::kLower},
    {"upwards of", Q::kLower},
    {"well above", Q::kLower},
    {"well in excess of", Q::kLower},
    {"well over", Q::kLower},
};
constexpr Hedge kHedgesAfter[] = {
    {"- plus", Q::kLower},   {"and up", Q::kLower},      {"at least", Q::kLower},
    {"at most", Q::kUpper},  {"at the most", Q::kUpper}, {"or above", Q::kLower},
    {"or fewer", Q::kUpper}, {"or less", Q::kUpper},     {"or more", Q::kLower},
    {"or over", Q::kLower},  {"or so", Q::kApprox},      {"or under", Q::kUpper},
};

// Two-word counted nouns that lose their meaning when cut to the head noun.
constexpr std::string_view kCompoundNouns[] = {
    "armed forces", "rescue workers", "security forces", "service members", "special forces",
};

// Words that end a counted noun: "10,000 troops [have] deployed".
constexpr std::string_view kNounStopWords[] = {
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "allegedly",
    "alone",
    "along",
    "already",
    "also",
    "although",
    "altogether",
    "among",
    "an",
    "and",
    "any",
    "apiece",
    "apparently",
    "are",
    "as",
    "at",
    "badly",
    "be",
    "because",
    "been",
    "before",
    "behind",
    "being",
    "below",
    "beside",
    "between",
    "beyond",
    "both",
    "but",
    "by",
    "came",
    "can",
    "combined",
    "could",
    "critically",
    "did",
    "do",
    "does",
    "due",
    "during",
    "each",
    "earlier",
    "either",
    "else",
    "even",
    "ever",
    "every",
    "except",
    "fatally",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "inside",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "late",
    "later",
    "like",
    "live",
    "may",
    "me",
    "might",
    "must",
    "my",
    "near",
    "nearly",
    "needed",
    "next",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "our",
    "out",
    "outside",
    "over",
    "overall",
    "per",
    "perhaps",
    "plus",
    "put",
    "remain",
    "remains",
    "reportedly",
    "required",
    "respectively",
    "return",
    "returned",
    "said",
    "say",
    "saying",
    "says",
    "seriously",
    "severely",
    "shall",
    "she",
    "should",
    "since",
    "slightly",
    "so",
    "some",
    "stay",
    "stayed",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "till",
    "to",
    "today",
    "told",
    "tomorrow",
    "tonight",
    "too",
    "total",
    "toward",
    "towards",
    "under",
    "unless",
    "until",
    "up",
    "upon",
    "us",
    "via",
    "was",
    "we",
    "went",
    "were",
    "what",
    "whatever",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yesterday",
    "yet",
    "you",
    "your",
};

// Irregular past forms that end a counted noun when no plural noun follows them ("9,000
// took part", "4,000 spent the night"); before one they are adjectives ("40 lost children",
// "1,500 spent fuel assemblies"), and capitalised they are names ("LED", "Met"). Not "fled":
// "12,000 fled" counts people by what they did.
constexpr std::string_view kPastVerbWords[] = {
    "became", "began", "brought", "fell", "found", "gave", "got",  "held",  "kept",  "led",
    "lost",   "made",  "met",     "ran",  "rose",  "saw",  "sent", "spent", "stood", "took",
};

// A vote's verbs right before two figures joined by "to" or a dash ("Parliament voted 212 to
// 87", "the bill passed 214-198", "the committee split 6-1"), and its nouns before them with
// their verb ("the vote was 5-2") or right after them ("a 6-3 ruling", "a 52-47 vote"): the
// figures are votes for and against. Elsewhere such a pair is a score or a season ("won
// 3-2", "2022-23"). Sorted.
constexpr std::string_view kTallyLeadWords[] = {
    "approved", "backed", "carried", "defeated", "passed", "rejected",
    "ruled",    "split",  "vote",    "voted",    "voting",
};
// What a chamber votes on, between a vote verb and its tally ("passed the bill 214-198",
// "approved the budget 31-11"); not "defeated Lenmark 3-1" or "split the points 1-1". Sorted.
constexpr std::string_view kTallyObjectWords[] = {
    "amendment",  "bill",    "budget",   "law",        "measure", "motion",
    "nomination", "package", "proposal", "resolution", "treaty",
};
// Words of an electorate or a poll: two figures summing to about 100 in their sentence are
// shares ("the referendum passed 55-45", "voters split 50-50", "carried the county 58-41").
// Sorted.
constexpr std::string_view kShareContextWords[] = {
    "counties", "county",     "electorate", "percent", "plebiscite", "poll",
    "polls",    "referendum", "share",      "survey",  "voters",
};
constexpr std::string_view kTallyNounWords[] = {
    "decision", "majority", "ruling", "verdict", "vote",
};

// Words read past on the way to the counted noun: "18 [more] troops".
constexpr std::string_view kNounSkipWords[] = {
    "additional", "another", "extra", "fewer", "further", "less", "more", "other",
};

// Read past after "of": "thousands of [the] troops".
constexpr std::string_view kDeterminerWords[] = {
    "her",  "his",   "its",  "my",    "our",   "that", "the",  "their",
    "them", "these", "this", "those", "which", "whom", "your",
};

// Plural nouns without a final s, so "1500 people" is a count, not a year.
constexpr std::string_view kPluralNounWords[] = {
    "aircraft", "arrested",  "cattle",  "children",  "clergy",   "crew",   "dead",      "deer",
    "detained", "displaced", "elderly", "evacuated", "faithful", "fish",   "infantry",  "injured",
    "killed",   "livestock", "men",     "militia",   "missing",  "people", "personnel", "police",
    "sheep",    "staff",     "women",   "wounded",   "youth",
};

// A bare 4-digit number after these is a year: "since 2022", "mid-2023".
constexpr std::string_view kYearContextWords[] = {
    "after",  "and",   "autumn", "before", "beginning", "between", "by",  "circa",
    "during", "early", "end",    "fall",   "fiscal",    "from",    "in",  "late",
    "mid",    "of",    "since",  "spring", "start",     "summer",  "the", "through",
    "till",   "to",    "until",  "winter", "year",
};

// A number before these is a time of day, not a quantity.
constexpr std::string_view kTimeMarkerWords[] = {
    "a.m", "a.m.", "am",      "bst", "cdt",  "cest", "cet", "edt", "est", "et",
    "gmt", "mdt",  "o'clock", "p.m", "p.m.", "pdt",  "pm",  "pst", "utc",
};

// A number after these names something: "Resolution 2231", "No. 5", "Article 5", an
// airport's "Terminal 2" (in a headline too, where every word is capitalised).
constexpr std::string_view kLabelWords[] = {
    "act",      "amendment", "apartment", "article", "articles", "bill",       "box",
    "bus",      "category",  "channel",   "chapter", "clause",   "code",       "district",
    "episode",  "exit",      "flight",    "gate",    "highway",  "interstate", "issue",
    "item",     "level",     "model",     "no",      "nos",      "number",     "page",
    "pages",    "paragraph", "phase",     "pier",    "platform", "precinct",   "resolution",
    "room",     "route",     "rule",      "runway",  "season",   "section",    "suite",
    "terminal", "tier",      "version",   "vol",     "volume",   "ward",
};

// A fraction word after these is a part of something, not a share: "the second half".
constexpr std::string_view kFractionBlockerWords[] = {
    "another", "each",  "every",  "first", "former", "last",
    "latter",  "other", "second", "that",  "the",    "this",
};

// The figure after these is negative: "minus 5 degrees".
constexpr std::string_view kNegationWords[] = {"minus", "negative"};

// Verbs and nouns of change before "from": "rose from 5% to 10%", "a plan to raise the
// retirement age from 62 to 64" are two values, not a range.
constexpr std::string_view kChangeVerbWords[] = {
    "boost",     "boosted",   "boosts",    "climbed", "climbs", "cut",     "cuts",     "declined",
    "decrease",  "decreased", "down",      "dropped", "drops",  "extend",  "extended", "extension",
    "falls",     "fell",      "grew",      "hike",    "hiked",  "hikes",   "increase", "increased",
    "increases", "jumped",    "jumps",     "lift",    "lifted", "lifts",   "lower",    "lowered",
    "lowers",    "plunged",   "raise",     "raised",  "raises", "raising", "reduce",   "reduced",
    "reduces",   "reducing",  "reduction", "rise",    "rises",  "rose",    "slipped",  "soared",
    "surged",    "trim",      "trimmed",   "trims",   "up",
};

// A bare number before a capitalised name that ends in one of these is an address or a
// train's number, not a count: "10 Downing Street", "the 12841 Coromandel Express".
constexpr std::string_view kNumberedNameHeadWords[] = {
    "avenue", "boulevard", "drive", "express", "highway", "lane",
    "mail",   "passenger", "road",  "square",  "street",  "superfast",
};

// A number after these is an age.
constexpr std::string_view kAgeMarkerWords[] = {
    "age",
    "aged",
    "ages",
};

// Read past before the low end of a range.
constexpr std::string_view kRangeOpenerWords[] = {
    "between",
    "from",
};

// Join two figures into one range.
constexpr std::string_view kRangeConnectorWords[] = {
    "-", "and", "or", "through", "to",
};

// Verbs with two objects, a name and then what it is given: the figure after the name is
// that amount, not the name's number ("gave New Centre 48 seats", "fined Halvex 1.4 million
// florins", "handed Orlen 12 contracts").
constexpr std::string_view kGivingVerbWords[] = {
    "award",  "awarded", "awards", "charged", "fined",   "fines", "gave", "give", "given", "gives",
    "giving", "granted", "handed", "lent",    "offered", "owed",  "owes", "paid", "pays",
};

// Makers and product lines whose number is a model ("paid Boeing 737 operators", "the
// Boeing 747 and two A380s", "Windows 95 collectors"): a label even after a verb of giving or
// in a list. Sorted.
constexpr std::string_view kModelMakerWords[] = {
    "airbus", "antonov", "boeing",      "bombardier", "cessna",  "embraer", "galaxy", "ilyushin",
    "iphone", "pixel",   "playstation", "sukhoi",     "tupolev", "windows", "xbox",
};

// Storms rated on a scale: beside them "Category 4" is the storm's measure ("a Category 4
// storm", "the hurricane, now Category 3"); elsewhere the category is a label ("a Category 2
// listed building", "a category 1 visa"). Sorted.
constexpr std::string_view kStormWordWords[] = {
    "cyclone", "cyclones", "hurricane", "hurricanes", "storm", "storms", "typhoon", "typhoons",
};

template <const auto& Table>
const auto* find_sorted(std::string_view key) {
  return find_row_of<Table, &std::remove_cvref_t<decltype(Table[0])>::text>(key);
}

struct WordList {
  WordClass word_class;
  std::span<const std::string_view> words;
};

constexpr WordList kWordLists[] = {
    {WordClass::kNounStop, kNounStopWords},
    {WordClass::kPastVerb, kPastVerbWords},
    {WordClass::kNounSkip, kNounSkipWords},
    {WordClass::kDeterminer, kDeterminerWords},
    {WordClass::kPluralNoun, kPluralNounWords},
    {WordClass::kYearContext, kYearContextWords},
    {WordClass::kTimeMarker, kTimeMarkerWords},
    {WordClass::kLabel, kLabelWords},
    {WordClass::kAgeMarker, kAgeMarkerWords},
    {WordClass::kRangeOpener, kRangeOpenerWords},
    {WordClass::kFractionBlocker, kFractionBlockerWords},
    {WordClass::kNegation, kNegationWords},
    {WordClass::kChangeVerb, kChangeVerbWords},
    {WordClass::kNumberedNameHead, kNumberedNameHeadWords},
    {WordClass::kRangeConnector, kRangeConnectorWords},
    {WordClass::kTallyLead, kTallyLeadWords},
    {WordClass::kTallyNoun, kTallyNounWords},
    {WordClass::kTallyObject, kTallyObjectWords},
    {WordClass::kShareContext, kShareContextWords},
    {WordClass::kGivingVerb, kGivingVerbWords},
    {WordClass::kModelMaker, kModelMakerWords},
    {WordClass::kStormWord, kStormWordWords},
};
}  // namespace

std::span<const NumberWord> number_words() {
  return kNumberWords;
}
const NumberWord* find_number_word(std::string_view w) {
  return find_sorted<kNumberWords>(w);
}

std::span<const FractionSymbol> fraction_symbols() {
  return kFractionSymbols;
}
const FractionSymbol* find_fraction_symbol(std::string_view text) {
  for (const FractionSymbol& f : kFractionSymbols)
    if (f.text == text) return &f;
  return nullptr;
}

std::span<const VagueAmount> vague_amounts() {
  return kVague;
}

std::span<const std::string_view> figure_lead_words() {
  // Built from the vague amounts, so that a new row needs no change here.
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out = {"a", "an", "another", "half"};
    for (const VagueAmount& v : kVague) out.push_back(v.text.substr(0, v.text.find(' ')));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return words;
}

bool is_figure_lead_word(std::string_view word) {
  const auto words = figure_lead_words();
  return std::binary_search(words.begin(), words.end(), word);
}

std::span<const Currency> currency_symbols() {
  return kSymbols;
}
std::span<const Currency> currency_codes() {
  return kCodes;
}
const Currency* find_currency_symbol(std::string_view text) {
  return find_sorted<kSymbols>(text);
}
const Currency* find_currency_code(std::string_view text) {
  return find_sorted<kCodes>(text);
}

std::span<const UnitPhrase> unit_phrases() {
  return kUnits;
}

namespace {
// Money sub-units: the hundredth of the currency named with them ("twelve euros and fifty
// cents"), else of `code`.
constexpr SubUnit kSubUnits[] = {
    {"cent", 0.01, "USD"},    {"cents", 0.01, "USD"}, {"pence", 0.01, "GBP"},
    {"pennies", 0.01, "GBP"}, {"penny", 0.01, "GBP"},
};
// Letters that are a scale after digits ("$20m") but a unit of measure before a word of
// dimension ("a 1m wall", "1m high").
constexpr UnitPhrase kMeasureLetters[] = {
    {"m", U::kMeasure, "m"},
};
// Units written before the figure they measure: "magnitude 6.9" (a quake's size), "a
// Category 4 storm" (a storm's on its scale). Sorted.
constexpr UnitPhrase kUnitsBefore[] = {
    {"category", U::kMeasure, "category"},
    {"magnitude", U::kMeasure, "magnitude"},
};
constexpr std::string_view kDimensionWords[] = {
    "above", "away", "below", "deep", "high", "long", "tall", "thick", "wide",
};
}  // namespace

std::span<const SubUnit> sub_units() {
  return kSubUnits;
}
const SubUnit* find_sub_unit(std::string_view text) {
  return find_sorted<kSubUnits>(text);
}
std::span<const UnitPhrase> measure_letters() {
  return kMeasureLetters;
}
const UnitPhrase* find_measure_letter(std::string_view text) {
  return find_sorted<kMeasureLetters>(text);
}
std::span<const UnitPhrase> units_before() {
  return kUnitsBefore;
}
const UnitPhrase* find_unit_before(std::string_view text) {
  return find_sorted<kUnitsBefore>(text);
}
std::span<const std::string_view> dimension_words() {
  return kDimensionWords;
}
bool is_dimension_word(std::string_view text) {
  return in_table<kDimensionWords>(text);
}
std::span<const Hedge> hedges_before() {
  return kHedgesBefore;
}
std::span<const Hedge> hedges_after() {
  return kHedgesAfter;
}

std::span<const std::string_view> words_of(WordClass word_class) {
  for (const WordList& list : kWordLists)
    if (list.word_class == word_class) return list.words;
  return {};
}

bool is_word(WordClass word_class, std::string_view w) {
  // One hash index per word class, built from the sorted lists on first use, at the class's
  // own position: a class finds its index without a search of the lists (asked of most words
  // near a figure).
  static const std::vector<KeyIndex> indexes = [] {
    size_t classes = 0;
    for (const WordList& list : kWordLists)
      classes = std::max(classes, static_cast<size_t>(list.word_class) + 1);
    std::vector<KeyIndex> out;
    out.reserve(classes);
    for (size_t c = 0; c < classes; ++c) {
      const std::span<const std::string_view> words = words_of(static_cast<WordClass>(c));
      out.emplace_back(std::vector<std::string_view>(words.begin(), words.end()));
    }
    return out;
  }();
  const auto c = static_cast<size_t>(word_class);
  return c < indexes.size() && indexes[c].find(w) >= 0;
}

std::span<const std::string_view> compound_nouns() {
  return kCompoundNouns;
}
bool is_compound_noun(std::string_view w) {
  return row_of<kCompoundNouns>(w) >= 0;
}

}  // namespace parallax::lexicon
