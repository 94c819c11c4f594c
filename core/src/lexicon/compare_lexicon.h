// Tables the compare stage reads: what counted nouns are the same kind of thing, which
// words frame a figure (sent vs promised vs killed), cues for hypothetical, superseded
// and per-unit figures, stop words and contractions for comparing wordings.
// Adding a word here never needs new code.
#pragma once

#include <span>
#include <string_view>

namespace parallax::lexicon {

struct WordClassRow {
  std::string_view word;   // lowercase lemma or phrase
  std::string_view klass;  // the class it belongs to
};

// Counted nouns -> the class of things they count (troops, soldiers, personnel -> military).
// Sorted by word.
// Whether the tables class a counted noun (unit_class() returns others unchanged).
bool has_unit_class(std::string_view lowercase_unit);
std::string_view unit_class(std::string_view lowercase_unit);

// Words that frame what a figure is about, with their frame: "sent" -> deploy,
// "promised" -> pledge, "killed" -> death, "hospital" -> injury. Sorted by word.
std::string_view frame_of(std::string_view lowercase_word);
// The particle a frame word needs after it to frame ("off" for "laid", "lay"); "" for the
// words that frame alone.
std::string_view frame_particle(std::string_view lowercase_word);
std::span<const WordClassRow> frame_particle_table();

// Verbs that make a deployment frame a pledge when a modal or "to" comes before them.
bool is_modal(std::string_view lowercase_word);

// Words that make the date after them a deadline or a period ("until Thursday", "since
// 2022") rather than the day something was said. Sorted.
bool is_deadline_word(std::string_view lowercase_word);
// Words that may stand between the two: "until at least Thursday", "by late Friday". Sorted.
bool is_deadline_qualifier(std::string_view lowercase_word);

// Phrases that mark a figure as hypothetical ("unlikely", "if"), superseded ("previous
// figure", "up from") or a rate ("at a time", "per day"). Matched on folded sentence text.
std::span<const std::string_view> hypothetical_cues();
std::span<const std::string_view> superseded_cues();
std::span<const std::string_view> rate_cues();
// The period a rate cue counts in (" a day": "day"; "per day": "day"), or "" (" per " alone,
// "per cent").
std::string_view rate_period(std::string_view cue);
std::span<const WordClassRow> rate_period_table();
// Phrases that hold a rate cue but state no rate ("per cent", "a year earlier"), folded.
std::span<const std::string_view> not_rate_phrases();

// Function words left out when comparing content. Sorted.
bool is_stop_word(std::string_view lowercase_word);

// "they're" -> "they are", "didn't" -> "did not". Returns "" when not a contraction.
// Every contraction holds an apostrophe (words without one are not looked up).
struct Contraction {
  std::string_view word;
  std::string_view expansion;
};
std::string_view expand_contraction(std::string_view lowercase_word);

// Event keys. Happening words -> the kind of happening ("blaze", "collided" -> incident;
// "marches", "strikers" -> protest; "pact", "signed" -> agreement). Sorted by word.
std::string_view happening_class(std::string_view lowercase_word);
// Acts of an actor -> statement ("said", "told", "tweet"), visit ("toured"), meet
// ("summit"). Sorted by word.
std::string_view actor_act_class(std::string_view lowercase_word);
// Verbs that say a happening took place without naming it: "began", "occurred". Sorted.
bool is_generic_act(std::string_view lowercase_word);
// "effect" after "took", "force" after "into": lowercase `before` then `word` name a rule,
// a price or a truce starting to apply.
bool is_entry_into_force(std::string_view before, std::string_view word);
// Words that open a new clause ("and", "but", "while"). Sorted.
bool is_clause_break(std::string_view lowercase_word);
// Nouns that turn a happening word before them into a place: "site", "scene". Sorted.
bool is_happening_place(std::string_view lowercase_word);
// Words right before "fire" that make it gunfire, an attack, not a blaze: "returned fire",
// "opened fire", "came under fire", "artillery fire". Sorted.
bool is_gunfire_lead(std::string_view lowercase_word);
// Weapons ("missiles", "drones", "artillery"): an article that names one means a military
// strike by "strike", not a walkout. Sorted.
bool is_weapon_word(std::string_view lowercase_word);
// "hit", "struck": an attack in an article that names a weapon. Sorted.
bool is_striking_verb(std::string_view lowercase_word);

// Words that news writing uses interchangeably -> one concept, for content comparison:
// "supplied"/"provided"/"delivered" -> supply, "arms"/"weapons"/"munitions" -> weapon,
// British and American spellings ("defence" -> defense). "" when the word has none.
std::string_view concept_of(std::string_view lowercase_word);

// The tables themselves, for tests that check they are sorted.
std::span<const WordClassRow> unit_class_table();
std::span<const WordClassRow> frame_table();
std::span<const WordClassRow> happening_table();
std::span<const WordClassRow> actor_act_table();
std::span<const std::string_view> generic_act_table();
std::span<const std::string_view> clause_break_table();
std::span<const std::string_view> happening_place_table();
std::span<const std::string_view> weapon_word_table();
std::span<const std::string_view> striking_verb_table();
std::span<const std::string_view> entry_into_force_lead_table();
std::span<const std::string_view> stop_word_table();
std::span<const std::string_view> deadline_word_table();
std::span<const std::string_view> deadline_qualifier_table();
std::span<const WordClassRow> concept_table();
std::span<const Contraction> contraction_table();

}  // namespace parallax::lexicon
