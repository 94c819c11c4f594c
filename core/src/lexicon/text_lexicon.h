// Tables the text layer reads: abbreviations and page-furniture patterns.
// Adding a word here never needs new code.
#pragma once

#include <span>
#include <string_view>

namespace parallax::lexicon {

enum class AbbreviationKind : unsigned char {
  kTitle,  // never ends a sentence: "Gen.", "Mr.", "Sen." are always followed by a name
  kMonth,  // "Oct." is followed by a day or a year
  kFinal,  // may end a sentence: "U.S.", "Co.", "Inc.", "a.m."
};

struct Abbreviation {
  std::string_view text;  // lowercase, without the final period ("u.s", "maj", "oct")
  AbbreviationKind kind;
};

// Sorted by text, for binary search.
std::span<const Abbreviation> abbreviations();
const Abbreviation* find_abbreviation(std::string_view lowercase_without_period);

// Capitalised words that start a new sentence after an abbreviation that may end one
// ("... in the U.S. The ..."). Sorted.
std::span<const std::string_view> sentence_starters();

enum class FurnitureMatch : unsigned char { kExact, kPrefix, kSuffix };
struct FurniturePattern {
  std::string_view text;  // lowercase, folded
  FurnitureMatch match;
  unsigned char kind;  // a parallax::FurnitureKind value
};
std::span<const FurniturePattern> furniture_patterns();

}  // namespace parallax::lexicon
