// Tables about people, organisations and places, and about how articles attribute what
// they report: reporting verbs in all their forms, titles, descriptions ("the lawmaker"),
// pronouns, name suffixes and connectors, aliases (DPRK -> North Korea), organisation and
// place cues, a gazetteer of places, demonyms and capitalised words that are never names.
// Every lookup takes a folded word (unicode::fold: lowercase, ’ -> '). Adding a word to a
// table never needs new code; a test checks that every table is sorted.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "parallax/mentions.h"

namespace parallax::lexicon {

struct ReportingVerb {
  std::string_view form;   // "said"
  std::string_view lemma;  // "say"
  bool invertible;         // may come before its subject: "..., said Jane Doe"
};
const ReportingVerb* find_reporting_verb(std::string_view folded);
std::span<const ReportingVerb> reporting_verbs();

enum class TitleKind : uint8_t {
  kHead,       // names a role on its own: President, Secretary, Gen., spokesman
  kQualifier,  // only modifies one: Defense, Vice, Foreign, former
};
struct TitleWord {
  std::string_view word;
  TitleKind kind;
};
const TitleWord* find_title(std::string_view folded);
std::span<const TitleWord> titles();

// What a pronoun or a description can refer to.
enum class Referent : uint8_t { kPerson, kGroup, kOrganization, kSelf };

struct RoleNoun {  // the head of a description: "the lawmaker", "South Korean officials"
  std::string_view word;
  Referent referent;
};
const RoleNoun* find_role_noun(std::string_view folded);
std::span<const RoleNoun> role_nouns();

enum class Determiner : uint8_t { kDefinite, kIndefinite };
struct DeterminerWord {
  std::string_view word;
  Determiner kind;
};
const DeterminerWord* find_determiner(std::string_view folded);
std::span<const DeterminerWord> determiners();

struct PronounWord {
  std::string_view word;
  Referent referent;
};
const PronounWord* find_pronoun(std::string_view folded);
std::span<const PronounWord> pronouns();

// A possessive pronoun ("her") and its subject pronoun ("she").
struct PossessivePronoun {
  std::string_view word;
  std::string_view subject;
};
// The subject pronoun's row for a possessive pronoun ("her" -> "she"), or nullptr.
const PronounWord* subject_of_possessive(std::string_view folded);
std::span<const PossessivePronoun> possessive_pronouns();

struct Alias {
  std::string_view phrase;     // folded words joined by one space: "white house"
  std::string_view canonical;  // "White House"
  EntityType type;
};
const Alias* find_alias(std::string_view folded_phrase);
std::span<const Alias> aliases();
inline constexpr int kMaxAliasWords = 6;
// Whether some alias of two or more words starts with this folded word: lets a caller skip
// building phrases after the many words that start none.
bool starts_multiword_alias(std::string_view folded_word);

// Words that may stand between a subject and its reporting verb ("has", "also", "on").
bool is_subject_skip(std::string_view folded);
bool is_name_suffix(std::string_view folded);       // jr, sr, iii
bool is_name_connector(std::string_view folded);    // of, for, de, von, bin
bool is_organization_cue(std::string_view folded);  // ministry, service, bank, co
bool is_place_cue(std::string_view folded);         // "Kursk region", "the city of ..."
bool is_place(std::string_view folded_phrase);      // gazetteer: "ukraine", "north korea"
inline constexpr int kMaxPlaceWords = 4;
// Whether some place of two or more words starts with this folded word (as
// starts_multiword_alias).
bool starts_multiword_place(std::string_view folded_word);
bool is_demonym(std::string_view folded);
// "olympics", "himalayas": plurals after "the" that name an event or a place, no party or group.
bool is_plural_non_group(std::string_view folded);
std::span<const std::string_view>
plural_non_groups();                                 // ukrainian, korean, north (in "North Korean")
bool is_non_name(std::string_view folded);           // the, but, however: capitalised, never names
bool is_term_abbreviation(std::string_view folded);  // gdp, eps, ebitda: capitals, no name
// A word that makes a capitalised name a place or a thing, never a person: "Front Street",
// "Coromandel Express", "Hurricane Dora".
struct NameHead {
  std::string_view word;
  EntityType type;
};
const NameHead* find_name_head(std::string_view folded);
std::span<const NameHead> name_heads();
// The country of a folded nationality word ("ukrainian" -> "Ukraine"), empty if none.
struct Nationality {
  std::string_view adjective;
  std::string_view country;
};
std::string_view country_of_nationality(std::string_view folded);
std::span<const Nationality> nationalities();
// Phrases of institutions' names that mean the same ("army" -> "military").
struct Synonym {
  std::string_view phrase;
  std::string_view same_as;
};
std::span<const Synonym> institution_synonyms();
// The class of a role word ("senator" -> "lawmaker"), empty if it has none.
std::string_view role_class(std::string_view folded);
std::span<const Synonym> role_classes();
// Whether a title or first name says a person is a man or a woman ("mrs", "elena").
enum class Gender : uint8_t { kUnknown, kFemale, kMale };
struct GenderedWord {
  std::string_view word;
  Gender gender;
};
Gender gender_of_word(std::string_view folded);
std::span<const GenderedWord> gendered_words();
bool is_company_suffix(std::string_view folded);  // inc, corp, ltd, plc
// The kind of body a folded noun names ("company", "ministry" -> "government", "union"; a
// company's legal form -> "company"), empty if it names none or several.
std::string_view organisation_kind(std::string_view folded);
std::span<const Synonym> organisation_kinds();
std::span<const std::string_view> company_suffixes();
bool is_clause_opener(std::string_view folded);     // and, but, while: a subject may follow
bool is_object_lead(std::string_view folded);       // of, against, that: a name after is no subject
bool is_adverbial_lead(std::string_view folded);    // on, in, earlier: "..., said, on Monday, X"
bool is_news_agency(std::string_view folded_name);  // reuters, associated press
bool is_speech_noun(std::string_view folded);  // claim, warning, pledge: "her claim that “…”"
std::span<const std::string_view> speech_nouns();

std::span<const std::string_view> subject_skips();
std::span<const std::string_view> name_suffixes();
std::span<const std::string_view> name_connectors();
std::span<const std::string_view> organization_cues();
std::span<const std::string_view> place_cues();
std::span<const std::string_view> places();
std::span<const std::string_view> demonyms();
std::span<const std::string_view> non_names();
std::span<const std::string_view> clause_openers();
std::span<const std::string_view> object_leads();
std::span<const std::string_view> adverbial_leads();
std::span<const std::string_view> news_agencies();

}  // namespace parallax::lexicon
