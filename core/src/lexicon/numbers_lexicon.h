// Tables the number extractor reads: number words and scales, fractions, currencies,
// units of measure and time, hedges (which give a figure its qualifier), vague amounts,
// and the words that end a counted noun or mark a number as a year, time or label.
// Every table is sorted by its lowercase key (tests/numbers_test.cpp checks it), so
// adding a word never needs new code.
//
//   const lexicon::NumberWord* w = lexicon::find_number_word("million");  // 1e6, kScale
//   const lexicon::Currency* c = lexicon::find_currency_symbol("US$");    // "USD"
//   size_t used = 0;
//   const lexicon::UnitPhrase* u = lexicon::match_unit_phrase(words, used);  // "per cent"
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "parallax/mentions.h"

namespace parallax::lexicon {

enum class NumberWordKind : uint8_t {
  kSmall,     // zero .. nine
  kTeen,      // ten .. nineteen
  kTens,      // twenty .. ninety
  kHundred,   // hundred
  kDozen,     // dozen (multiplies like hundred, once)
  kScale,     // thousand, million, bn, k ...
  kFraction,  // half, third(s), quarter(s) ... (value is the fraction: 0.5, 1/3)
};

struct NumberWord {
  std::string_view text;  // lowercase
  double value;
  NumberWordKind kind;
  bool after_digits_only;  // "m", "k", "bn": a scale only right after digits ("€20m")
};

std::span<const NumberWord> number_words();
const NumberWord* find_number_word(std::string_view lowercase);

// Vulgar fraction characters: "½" -> 0.5.
struct FractionSymbol {
  std::string_view text;  // UTF-8
  double value;
};
std::span<const FractionSymbol> fraction_symbols();
const FractionSymbol* find_fraction_symbol(std::string_view text);

// Vague amounts, read as ranges: "hundreds" -> [200, 999]. Those that `need_scale`
// only count before a scale word ("a few thousand", "several hundred", "tens of
// thousands"); the others stand alone and may be followed by "of <plural scale>".
struct VagueAmount {
  std::string_view text;  // lowercase, words separated by one space
  double low;
  double high;
  bool needs_scale;
};
std::span<const VagueAmount> vague_amounts();
// Words a figure in words may start with besides a number word: "a", "an", "half" (read
// past by the word-figure parser: "a dozen", "half a million") and the first word of every
// vague amount ("dozens", "several hundred"). Sorted, unique; an empty word, when a vague
// amount has one, means any word.
std::span<const std::string_view> figure_lead_words();
bool is_figure_lead_word(std::string_view word);

// Currencies written before a figure: symbols ("$", "US$", "€") and ISO-style codes
// ("USD", "RMB"). Symbols are matched exactly; codes are matched in upper case.
struct Currency {
  std::string_view text;
  std::string_view code;  // ISO 4217
};
std::span<const Currency> currency_symbols();
std::span<const Currency> currency_codes();
const Currency* find_currency_symbol(std::string_view text);
const Currency* find_currency_code(std::string_view text);

// What a word after a figure makes of it: "percent", "dollars", "years", "km",
// "years old", "strong" ("a 10,000-strong force" stays a count).
enum class UnitKind : uint8_t { kMoney, kPercent, kDuration, kMeasure, kAge, kCount };
struct UnitPhrase {
  std::string_view text;  // lowercase words separated by one space; "-pound": only in
                          // a hyphenated adjective ("a 500-pound bomb")
  UnitKind kind;
  std::string_view unit;  // what the report says: "USD", "%", "years", "km"
};
std::span<const UnitPhrase> unit_phrases();

// Money sub-units after a figure: "cents" (0.01 of the currency named before them, else
// USD), "pence".
struct SubUnit {
  std::string_view text;  // lowercase
  double factor;
  std::string_view code;  // the currency when none is named
};
std::span<const SubUnit> sub_units();
const SubUnit* find_sub_unit(std::string_view text);

// Letters glued to digits that are a scale ("$20m") unless a dimension word follows, where
// they are a unit of measure ("1m high"): "m" metre.
std::span<const UnitPhrase> measure_letters();
const UnitPhrase* find_measure_letter(std::string_view text);
// Units written before the figure they measure ("magnitude 6.9"), lowercase, sorted.
std::span<const UnitPhrase> units_before();
const UnitPhrase* find_unit_before(std::string_view text);
// "high", "long", "deep", "away": words that make a figure before them a measure.
std::span<const std::string_view> dimension_words();
bool is_dimension_word(std::string_view text);

// Hedges before a figure ("as many as" -> upper) and after it ("or more" -> lower).
struct Hedge {
  std::string_view text;  // lowercase words separated by one space
  Qualifier qualifier;
  // False where the word before a duration means "during": "over five years".
  bool before_durations = true;
};
std::span<const Hedge> hedges_before();
std::span<const Hedge> hedges_after();

// Words around a figure, each a sorted list of lowercase words.
enum class WordClass : uint8_t {
  kNounStop,          // ends a counted noun: verbs, prepositions, conjunctions, pronouns
  kNounSkip,          // read past, never the counted noun: "more", "additional"
  kDeterminer,        // read past after "of": "the", "their"
  kPluralNoun,        // plural nouns without a final s: "people", "personnel"
  kYearContext,       // a 4-digit number after these is a year: "in", "since", "mid"
  kTimeMarker,        // a number before these is a time: "a.m.", "pm", "GMT"
  kLabel,             // a number after these names something: "No.", "Article", "Flight"
  kAgeMarker,         // a number after these is an age: "aged"
  kRangeOpener,       // "from", "between": read past before a range
  kRangeConnector,    // "to", "-", "and", "or", "through"
  kFractionBlocker,   // a fraction word after these is not a share: "the second half"
  kNegation,          // "minus", "negative": the figure after is below zero
  kChangeVerb,        // "rose", "fell": "rose from 5 to 10" is a change, not a range
  kNumberedNameHead,  // a number before a name ending in these names it: "10 Downing Street"
  kPastVerb,          // irregular past forms: end a counted noun unless a plural follows
  kTallyLead,         // "voted", "passed": "voted 5-2" is a tally of votes, not a score
  kTallyNoun,         // "vote", "ruling": "a 6-3 ruling" is a tally of votes
  kTallyObject,       // "bill", "motion": "passed the bill 214-198" is a tally of votes
  kShareContext,      // "referendum", "voters": a tally summing to 100 there is two shares
  kGivingVerb,        // "gave", "fined": in "gave New Centre 48 seats" the figure is no label
  kModelMaker,        // "Boeing", "Airbus": the number after these is a model, whatever precedes
  kStormWord,         // "hurricane", "storm": beside them "Category 4" is a measure, no label
};
std::span<const std::string_view> words_of(WordClass word_class);
bool is_word(WordClass word_class, std::string_view lowercase);

// Two-word counted nouns kept whole ("service members", "special forces"), lowercase.
std::span<const std::string_view> compound_nouns();
bool is_compound_noun(std::string_view lowercase_two_words);

}  // namespace parallax::lexicon
