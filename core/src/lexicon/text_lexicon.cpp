#include "lexicon/text_lexicon.h"

#include <algorithm>

#include "lexicon/key_index.h"
#include "parallax/text.h"

namespace parallax::lexicon {

namespace {
using K = AbbreviationKind;

// Keep sorted (ASCII order): a test checks it.
constexpr Abbreviation kAbbreviations[] = {
    {"a.m", K::kFinal},  {"adm", K::kTitle},    {"apr", K::kMonth},  {"aug", K::kMonth},
    {"ave", K::kFinal},  {"brig", K::kTitle},   {"capt", K::kTitle}, {"cmdr", K::kTitle},
    {"co", K::kFinal},   {"col", K::kTitle},    {"corp", K::kFinal}, {"cpl", K::kTitle},
    {"dec", K::kMonth},  {"dept", K::kFinal},   {"dr", K::kTitle},   {"e.g", K::kTitle},
    {"e.u", K::kFinal},  {"est", K::kFinal},    {"etc", K::kFinal},  {"feb", K::kMonth},
    {"fig", K::kTitle},  {"fr", K::kTitle},     {"ft", K::kFinal},   {"gen", K::kTitle},
    {"gov", K::kTitle},  {"govt", K::kFinal},   {"hon", K::kTitle},  {"i.e", K::kTitle},
    {"inc", K::kFinal},  {"jan", K::kMonth},    {"jr", K::kFinal},   {"jul", K::kMonth},
    {"jun", K::kMonth},  {"lt", K::kTitle},     {"ltd", K::kFinal},  {"maj", K::kTitle},
    {"mar", K::kMonth},  {"messrs", K::kTitle}, {"mr", K::kTitle},   {"mrs", K::kTitle},
    {"ms", K::kTitle},   {"mt", K::kTitle},     {"no", K::kTitle},   {"nov", K::kMonth},
    {"oct", K::kMonth},  {"p.m", K::kFinal},    {"ph.d", K::kFinal}, {"pres", K::kTitle},
    {"prof", K::kTitle}, {"pt", K::kTitle},     {"pvt", K::kTitle},  {"rep", K::kTitle},
    {"reps", K::kTitle}, {"rev", K::kTitle},    {"sen", K::kTitle},  {"sens", K::kTitle},
    {"sep", K::kMonth},  {"sept", K::kMonth},   {"sgt", K::kTitle},  {"sr", K::kFinal},
    {"st", K::kTitle},   {"supt", K::kTitle},   {"u.k", K::kFinal},  {"u.n", K::kFinal},
    {"u.s", K::kFinal},  {"u.s.a", K::kFinal},  {"vs", K::kTitle},
};

constexpr std::string_view kSentenceStarters[] = {
    "A",     "After", "An",   "And",  "As",    "At",  "But",   "By",   "For",       "He",
    "Her",   "His",   "How",  "I",    "If",    "In",  "It",    "Its",  "Meanwhile", "Most",
    "No",    "On",    "One",  "She",  "Since", "So",  "Some",  "That", "The",       "Their",
    "There", "These", "They", "This", "Those", "To",  "Under", "We",   "What",      "When",
    "Where", "While", "Who",  "Why",  "With",  "Yet", "You",
};

using F = FurnitureMatch;
constexpr unsigned char k(FurnitureKind kind) {
  return static_cast<unsigned char>(kind);
}

constexpr FurniturePattern kFurniture[] = {
    {"advertisement", F::kExact, k(FurnitureKind::kAdvertisement)},
    {"sponsored", F::kExact, k(FurnitureKind::kAdvertisement)},
    {"sponsored content", F::kExact, k(FurnitureKind::kAdvertisement)},
    {"story continues below advertisement", F::kExact, k(FurnitureKind::kAdvertisement)},
    {"article continues below", F::kExact, k(FurnitureKind::kAdvertisement)},
    {"subscribe", F::kPrefix, k(FurnitureKind::kSubscribe)},
    {"sign up", F::kPrefix, k(FurnitureKind::kSubscribe)},
    {"get the latest", F::kPrefix, k(FurnitureKind::kSubscribe)},
    {"follow us", F::kPrefix, k(FurnitureKind::kSubscribe)},
    {"download the", F::kPrefix, k(FurnitureKind::kSubscribe)},
    {"discover more from", F::kPrefix, k(FurnitureKind::kSubscribe)},
    {"newsletter", F::kExact, k(FurnitureKind::kSubscribe)},
    {"related", F::kExact, k(FurnitureKind::kRelated)},
    {"related content", F::kExact, k(FurnitureKind::kRelated)},
    {"related articles", F::kExact, k(FurnitureKind::kRelated)},
    {"related stories", F::kExact, k(FurnitureKind::kRelated)},
    {"related coverage", F::kExact, k(FurnitureKind::kRelated)},
    {"related:", F::kPrefix, k(FurnitureKind::kRelated)},
    {"more:", F::kPrefix, k(FurnitureKind::kRelated)},
    {"read more", F::kPrefix, k(FurnitureKind::kRelated)},
    {"read also", F::kPrefix, k(FurnitureKind::kRelated)},
    {"read next", F::kPrefix, k(FurnitureKind::kRelated)},
    {"see also", F::kPrefix, k(FurnitureKind::kRelated)},
    {"click here", F::kPrefix, k(FurnitureKind::kRelated)},
    {"also read", F::kPrefix, k(FurnitureKind::kRelated)},
    {"recommended", F::kExact, k(FurnitureKind::kRelated)},
    {"trending", F::kExact, k(FurnitureKind::kRelated)},
    {"most read", F::kExact, k(FurnitureKind::kRelated)},
    {"top stories", F::kExact, k(FurnitureKind::kRelated)},
    {"other topics of interest", F::kExact, k(FurnitureKind::kRelated)},
    {"you may also like", F::kExact, k(FurnitureKind::kRelated)},
    {"contributing:", F::kPrefix, k(FurnitureKind::kCredit)},
    {"additional reporting by", F::kPrefix, k(FurnitureKind::kCredit)},
    {"reporting by", F::kPrefix, k(FurnitureKind::kCredit)},
    {"editing by", F::kPrefix, k(FurnitureKind::kCredit)},
    {"writing by", F::kPrefix, k(FurnitureKind::kCredit)},
    {"contributed to this report", F::kSuffix, k(FurnitureKind::kCredit)},
    {"contributed to this report.", F::kSuffix, k(FurnitureKind::kCredit)},
    {"contributed reporting.", F::kSuffix, k(FurnitureKind::kCredit)},
    {"copyright", F::kPrefix, k(FurnitureKind::kCredit)},
    {"all rights reserved.", F::kSuffix, k(FurnitureKind::kCredit)},
    {"watch:", F::kPrefix, k(FurnitureKind::kMedia)},
    {"video:", F::kPrefix, k(FurnitureKind::kMedia)},
    {"photo:", F::kPrefix, k(FurnitureKind::kMedia)},
    {"listen:", F::kPrefix, k(FurnitureKind::kMedia)},
    {"listen to this article", F::kPrefix, k(FurnitureKind::kMedia)},
    {"- video", F::kSuffix, k(FurnitureKind::kMedia)},
    {" video", F::kSuffix, k(FurnitureKind::kMedia)},
    {"world", F::kExact, k(FurnitureKind::kSection)},
    {"politics", F::kExact, k(FurnitureKind::kSection)},
    {"business", F::kExact, k(FurnitureKind::kSection)},
    {"news", F::kExact, k(FurnitureKind::kSection)},
    {"opinion", F::kExact, k(FurnitureKind::kSection)},
    {"share", F::kExact, k(FurnitureKind::kSection)},
    {"share this article", F::kExact, k(FurnitureKind::kSection)},
    {"comments", F::kExact, k(FurnitureKind::kSection)},
    {"skip to content", F::kExact, k(FurnitureKind::kSection)},
    {"to suggest a correction", F::kPrefix, k(FurnitureKind::kEditorial)},
    {"this is a developing story", F::kPrefix, k(FurnitureKind::kEditorial)},
    {"this story has been updated", F::kPrefix, k(FurnitureKind::kEditorial)},
    {"you can also highlight the text", F::kPrefix, k(FurnitureKind::kEditorial)},
    {"correction:", F::kPrefix, k(FurnitureKind::kEditorial)},
    {"editor's note:", F::kPrefix, k(FurnitureKind::kEditorial)},
};
}  // namespace

std::span<const Abbreviation> abbreviations() {
  return kAbbreviations;
}

const Abbreviation* find_abbreviation(std::string_view text) {
  return find_row_of<kAbbreviations, &Abbreviation::text>(text);
}

std::span<const std::string_view> sentence_starters() {
  return kSentenceStarters;
}
std::span<const FurniturePattern> furniture_patterns() {
  return kFurniture;
}

}  // namespace parallax::lexicon
