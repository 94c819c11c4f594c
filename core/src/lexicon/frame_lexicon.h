// Tables that build a figure's frame (compare/frames.h): what a bare count counts when its
// predicate says so, where a figure holds (locative words, nationwide phrases), which
// subgroup it is of, whether it is forecast rather than counted, and what a share or
// change is of. Adding a word here never needs new code.
#pragma once

#include <span>
#include <string_view>

#include "lexicon/compare_lexicon.h"

namespace parallax::lexicon {

// Counted nouns that carry their predicate: "53 dead" counts people who died, as "53 people
// killed" does; "1.2 million demonstrators" are people who protested. "" when none.
std::string_view implied_predicate(std::string_view lowercase_unit);

// "carrying", "saved": a word that frames counts of people only (kPeopleOnlyFrameWords), and
// the classes that are people (kPeopleClasses).
bool frames_people_only(std::string_view lowercase_word);
bool is_people_class(std::string_view klass);
std::span<const std::string_view> people_only_frame_word_table();
std::span<const std::string_view> people_class_table();
// "protest", "strike", "hostage": a role a counted noun names (kRolePredicates).
bool is_role_predicate(std::string_view predicate);

// Predicates whose figure counts people even when the noun is left out ("the death toll
// rose to 288", "arrests reached 44"): the class a bare count then gets. "" when none.
std::string_view bare_count_class(std::string_view predicate);

// Counted-noun classes that say little on their own ("people", "persons"): two such figures
// join only through a shared predicate or much shared context.
bool is_generic_class(std::string_view unit_class);
// "a", "the", "since", ...: before a four-digit figure, it makes the figure a year.
bool is_year_lead(std::string_view lowercase_word);
// "others", "more": a counted noun that means what the figure before it counts.
bool is_anaphoric_unit(std::string_view lowercase_unit);

// Prepositions that give a figure a place ("80,000 in Paris", "across France").
// `national` is set for the ones that mean the whole of what follows ("across", "throughout").
bool is_locative(std::string_view lowercase_word, bool& national);

// Words that give a distance its reference place ("170 km north of X", "from Y").
bool is_reference_word(std::string_view lowercase_word);

// Words that say a figure holds for the whole country ("nationwide"), and the nouns that,
// after "across the" / "throughout the", mean the same ("country", "nation").
bool is_national_word(std::string_view lowercase_word);
bool is_country_noun(std::string_view lowercase_word);
// "capital", "city", "town": after "in the", a place below the country, left unnamed.
bool is_local_place_noun(std::string_view lowercase_word);
// A figure of one site: "<figure> ... there", "at the plant", "at X's Y works", "in the area".
bool is_site_locative(std::string_view lowercase_word);
bool is_site_noun(std::string_view lowercase_word);
bool is_site_adverb(std::string_view lowercase_word);
// How the word before a duration reads it: "limit" ("within"), "span" ("over", "for"), or "".
std::string_view period_lead(std::string_view lowercase_word);
bool is_period_filler(std::string_view lowercase_word);
// "with 62% of ballots counted": what a count goes through ("ballots", "precincts") and how
// far it has come ("counted", "reporting").
bool is_count_progress_noun(std::string_view lowercase_word);
bool is_count_progress_verb(std::string_view lowercase_word);
// "with", "after", "once": before a share of a count done ("with 62% of ballots counted").
bool is_count_progress_lead(std::string_view lowercase_word);
std::span<const std::string_view> count_progress_lead_table();
// How the word after a duration reads it: "offset" ("two days after", "five years ago"),
// "span" ("two days of talks"), or "".
std::string_view period_trail(std::string_view lowercase_word);
// A figure that is a part of the one just stated: after "of whom"/"of which"
// (is_part_relative), or before "of them"/"of those" (is_part_pronoun).
bool is_part_relative(std::string_view lowercase_word);
bool is_part_pronoun(std::string_view lowercase_word);
// A predicate whose figure belongs to the name before it ("X employs 9,000").
bool is_owned_predicate(std::string_view predicate);
// "combined", "enlarged": the owner is the group two owners form.
bool is_combined_word(std::string_view lowercase_word);
// "together", "combined", "coalition" before a figure; "parties" in "the three parties": the
// figure is several holders' together.
bool is_joint_holder_word(std::string_view lowercase_word);
bool is_joint_holder_noun(std::string_view lowercase_word);
std::span<const std::string_view> joint_holder_word_table();
std::span<const std::string_view> joint_holder_noun_table();
// Predicates of sums only ("debt", "loan", "profit"): they never frame a count.
bool is_sum_predicate(std::string_view predicate);
// Predicates of a workforce ("employ", "layoff") and the counted-noun classes they can
// frame ("workers", "people"): "cut 40 flights" or "employs ... and operates 64 aircraft"
// frame no flights or aircraft.
bool is_workforce_predicate(std::string_view predicate);
bool is_workforce_class(std::string_view unit_class);

// Words that may follow a place name without making it a modifier ("in Paris alone",
// "in Lyon on Thursday"); any other lowercase word after it ("in Maui wildfires") means
// the name describes something else.
bool may_follow_place(std::string_view lowercase_word);
// "province", "region", "district": a division's kind that may follow its name ("in Orrin
// province": the place is Orrin).
bool is_division_noun(std::string_view lowercase_word);

// Subgroup words: a figure about "primary" teachers is not one about "secondary" ones.
// Each word gives a dimension and a value; two figures with different values in the same
// dimension never join.
struct Subgroup {
  std::string_view word;
  std::string_view dimension;
  std::string_view value;
};
const Subgroup* subgroup_of(std::string_view lowercase_word);
// A subgroup word that names its subgroup only before one of its nouns ("high school",
// "public sector"), with those nouns, sorted.
struct SubgroupHeads {
  std::string_view word;
  std::span<const std::string_view> heads;
};
// Whether `word` names its subgroup before `next` (the next word, lowercase, or ""): always,
// unless it is one of those words and `next` none of its nouns ("a high of 27.80").
bool subgroup_head_fits(std::string_view lowercase_word, std::string_view next);
std::span<const SubgroupHeads> subgroup_heads_table();

// "gusts": a variant word that may follow the figure it qualifies ("230 km/h gusts").
bool is_measure_variant_noun(std::string_view lowercase_word);
// "km/h", "mph", "kn": the units a variant word may qualify.
bool is_speed_unit(std::string_view unit);

// The text between a sum and its restatement in another currency (" (", ", about ").
bool is_conversion_join(std::string_view between);

// "gusts", "gusting": a word near a measure that makes it a different reading of the same
// unit (a storm's gusts, not its sustained winds); "" for other words.
std::string_view measure_variant(std::string_view lowercase_word);

// Words that make a figure a forecast or a hope rather than a count ("expected",
// "will", "could"): a forecast and a count are different quantities.
bool is_forecast_word(std::string_view lowercase_word);
// "remaining", "captivity"; "held" after "still": a count of those still held.
bool is_still_held_word(std::string_view lowercase_word);
bool is_held_after_still(std::string_view lowercase_word);
std::span<const std::string_view> still_held_word_table();
std::span<const std::string_view> held_after_still_table();
// "than", "from": before "N years ago", a base of comparison.
bool is_comparison_base_word(std::string_view lowercase_word);
std::span<const std::string_view> comparison_base_word_table();
// "four" in "four years ago": a small whole number written as a word ("a" is one), else 0.
int small_number_word(std::string_view lowercase_word);
bool small_number_words_sorted();
// "on course" (for 30 seats), "set to" (take 46): two words of a projection before a figure.
bool is_forecast_phrase(std::string_view first, std::string_view second);
std::span<const std::string_view> forecast_phrase_table();

// Words of a level required ("needs", "required"): like a forecast word before the figure
// ("needed 50% to win"), passive after it ("a two-thirds majority is required"), or after a
// share before "to"/"for" ("the 50% needed to avoid a runoff").
bool is_requirement_word(std::string_view lowercase_word);

// "poll", "survey": a share in their sentence is a poll's, not the votes'.
bool is_poll_word(std::string_view lowercase_word);

// "remain", "are": between a counted noun and what restricts it ("remain without power").
bool is_linking_verb(std::string_view lowercase_word);

// "referendum", "ballot", "vote": a bare share in a sentence naming one is a share of votes.
bool is_vote_noun(std::string_view lowercase_word);
// "owns", "stake": someone's share in their sentence is a stake, not votes.
bool is_ownership_word(std::string_view lowercase_word);

// "is", "was", "been"…: before a participle, a passive ("is required").
bool is_be_form(std::string_view lowercase_word);

// "$38 a share", "$90 per barrel": the word before the unit ("a", "per", "each") and the
// units a price is given for. Such a price is its own measure, never a total.
bool is_per_unit_lead(std::string_view lowercase_word);
bool is_per_unit_noun(std::string_view lowercase_word);

// "leapt", "jump", "rallied": verbs of a market move, changes only of shares and sums.
bool is_market_move_verb(std::string_view lowercase_word);
std::span<const std::string_view> market_move_verb_table();
// Verbs of change after the thing that changes ("profit fell 38%", "shares rose 5%").
bool is_change_verb(std::string_view lowercase_word);

// Words that may stand between "% of" and the noun it is a share of ("12% of its staff").
// "the 50% quorum", "a 5% threshold": a noun after a share that makes it a rule's bar.
// Economic indicators that a share with nothing "of" after it measures: the class of
// "inflation", "prices", "growth", "rate", "target" ... ("" when none).
std::string_view indicator_class(std::string_view lowercase_word);
std::span<const WordClassRow> indicator_noun_table();
// "prices", "economy": their change is the level of their indicator ("prices rose 6.8%").
bool is_level_of_change_indicator(std::string_view lowercase_word);
std::span<const std::string_view> level_of_change_indicator_table();
// A word before an indicator that narrows it ("core": prefix "core") or names none of its
// kinds ("annual", "policy": prefix ""). False for any other word.
// "lifts defence spending by 18%": a subject naming a measure of its own (kMeasureSubjectNouns).
bool is_measure_subject_noun(std::string_view lowercase_word);
std::span<const std::string_view> measure_subject_noun_table();
bool indicator_modifier(std::string_view lowercase_word, std::string_view& prefix);
std::span<const WordClassRow> indicator_modifier_table();
// "forecast", "estimate": a share of one is a share of the indicator before it.
bool is_indicator_estimate(std::string_view lowercase_word);
std::span<const std::string_view> indicator_estimate_table();
// "GDP" in "3.1% of GDP": the yardstick, not what the share measures.
bool is_share_yardstick(std::string_view lowercase_word);
std::span<const std::string_view> share_yardstick_table();
// Verbs, prepositions and time words read through between an indicator and its share.
bool is_indicator_gap_word(std::string_view lowercase_word);
std::span<const std::string_view> indicator_gap_word_table();
// "see", "sees": forecast words of an indicator's level only.
bool is_indicator_forecast_word(std::string_view lowercase_word);
std::span<const std::string_view> indicator_forecast_word_table();
// "before", "until", "when": open a subordinate clause.
bool is_subordinator(std::string_view lowercase_word);
std::span<const std::string_view> subordinator_table();
// "dollar" -> "usd": a currency a move is measured against; "" for other words.
std::string_view counter_currency(std::string_view lowercase_word);
std::span<const WordClassRow> counter_currency_table();
// "against", "on", "versus": before "the <currency>".
bool is_against_word(std::string_view lowercase_word);
std::span<const std::string_view> against_word_table();
// "video", "figures": records released, not captives.
bool is_released_record(std::string_view lowercase_word);
std::span<const std::string_view> released_record_table();
// "per", "cent", "basis", "points": the words of a share's own unit.
bool is_share_unit_word(std::string_view lowercase_word);
std::span<const std::string_view> share_unit_word_table();
bool is_threshold_noun(std::string_view lowercase_word);
std::span<const std::string_view> threshold_noun_table();
bool is_share_filler(std::string_view lowercase_word);
// "counted", "said", "estimated": the word before one names who gives a figure.
bool is_counting_verb(std::string_view lowercase_word);
// "won", "took", "polled", "has": a named subject before one holds the figure after it.
bool is_holding_verb(std::string_view lowercase_word);
// "on", "with", "nearly", "third": may stand between a holder (or its verb) and the figure.
bool is_holder_gap_word(std::string_view lowercase_word);
// "who", "which", "that" before a holding verb: the holder is the name the clause follows.
bool is_relative_pronoun(std::string_view lowercase_word);
std::span<const std::string_view> holding_verb_table();
std::span<const std::string_view> holder_gap_word_table();
// "fell to 37", "set for 38": a level reached before "to"/"for" and a figure.
bool is_holder_level_word(std::string_view lowercase_word);
std::span<const std::string_view> holder_level_word_table();
// "to", "under", "from": a name after these is an object, no subject holding a figure.
bool is_holder_object_lead(std::string_view lowercase_word);
std::span<const std::string_view> holder_object_lead_table();
// "sentenced", "jailed": the object holds the figure in the active, the subject in the passive.
bool is_holder_object_verb(std::string_view lowercase_word);
std::span<const std::string_view> holder_object_verb_table();
// "taken", "put": before "together", no joint holder.
bool is_holder_aside(std::string_view lowercase_word);
std::span<const std::string_view> holder_aside_table();
// "29 seats on 19.6%, up 11": words between two figures that carry the first's holder on.
bool is_holder_carry_word(std::string_view lowercase_word);
std::span<const std::string_view> holder_carry_word_table();
// Auxiliaries between an apposition's closing comma and its verb ("..., was projected to").
bool is_holder_auxiliary(std::string_view lowercase_word);
std::span<const std::string_view> holder_auxiliary_table();
// "premarket" -> premarket, "closed" -> close, "midday" -> intraday: when in the trading day
// a share price moved; "" for other words.
std::string_view trading_session(std::string_view lowercase_word);
std::span<const WordClassRow> trading_session_table();
// "raised", "earned": verbs whose subject holds the sum right after them.
bool is_money_holding_verb(std::string_view lowercase_word);
std::span<const std::string_view> money_holding_verb_table();
// Whether a lowercase word ends as a demonym does ("telurian", "arvennese", "israelis").
bool has_demonym_ending(std::string_view lowercase_word);
// How much of a lowercase demonym or country's name its people and country share:
// "telurian" and "teluria" -> 5 ("telur"); the whole word when no ending is known.
size_t nation_stem_length(std::string_view lowercase_word);
// "military", "people", "prisoners": counted nouns a side of a conflict is told for.
bool is_side_class(std::string_view unit_class);
std::span<const std::string_view> side_class_table();
// "death", "injury", "missing": predicates whose counts are told per side and in all.
bool is_side_part_predicate(std::string_view predicate);
std::span<const std::string_view> side_part_predicate_table();
// "its", "their", "our": pronouns that make soldiers the speaker's own.
bool is_side_pronoun(std::string_view lowercase_word);
std::span<const std::string_view> side_pronoun_table();
// "partial", "provisional": words that make the count named after them not yet final;
// "count", "results": those counts.
bool is_provisional_word(std::string_view lowercase_word);
std::span<const std::string_view> provisional_word_table();
bool is_count_result_noun(std::string_view lowercase_word);
std::span<const std::string_view> count_result_noun_table();
// "shares", "stock", "ipo": words that make a sum's sentence one about a security's price.
bool is_security_word(std::string_view lowercase_word);
std::span<const std::string_view> security_word_table();
// "closing" -> close, "high" -> high, "priced" -> offer: which of a security's prices a sum
// is ("closing at $26.95"); "" for other words.
std::string_view price_point(std::string_view lowercase_word);
std::span<const WordClassRow> price_point_table();
// "more", "than", "nearly", "about": hedge words between a change verb and its figure
// ("fell more than 8%").
bool is_figure_hedge(std::string_view lowercase_word);
std::span<const std::string_view> figure_hedge_table();
// "from", "since": a date after one is the day a change is counted from.
bool is_change_reference_word(std::string_view lowercase_word);
std::span<const std::string_view> counting_verb_table();
// "increase", "drop", ... before "of <figure>"; "up", "down" before a figure: a change.
bool is_change_noun(std::string_view lowercase_word);
// "rose", "reached", "stood": "<subject> rose to <figure>" reads the subject for a predicate.
bool is_level_verb(std::string_view lowercase_word);
bool is_change_adverb(std::string_view lowercase_word);
// "range from 3 to 10 years": a verb of a range (kRangeVerbs).
bool is_range_verb(std::string_view lowercase_word);
std::span<const std::string_view> range_verb_table();
// "61.4% of voters cast a ballot": a verb of voting that makes a share of voters the turnout
// (kTurnoutVerbs).
bool is_turnout_verb(std::string_view lowercase_word);
std::span<const std::string_view> turnout_verb_table();
// "shot down 38 drones": a verb and its particle "down"/"up" (kPhrasalVerbs).
bool is_phrasal_verb(std::string_view lowercase_verb, std::string_view particle);
std::span<const std::string_view> phrasal_verb_table();
// "3.2% lower than a year earlier" (kComparativeChanges).
bool is_comparative_change(std::string_view lowercase_word);
// "raises VAT from 20% to 22%": a verb changing its object (kChangingVerbs).
bool is_changing_verb(std::string_view lowercase_word);
std::span<const std::string_view> changing_verb_table();

// "with", "without" right after a counted noun narrow what is counted ("passengers with
// reserved tickets"), unless a determiner follows ("people with a knife"): a narrowed count
// and the plain one are different quantities.
bool is_restricting_preposition(std::string_view lowercase_word);
bool is_non_restricting_lead(std::string_view lowercase_word);

// Words that end a figure's clause ("and", "but", "while"): a frame word past one belongs
// to another figure.
bool is_clause_word(std::string_view lowercase_word);

// The tables, for tests that check they are sorted.
std::span<const WordClassRow> implied_predicate_table();
std::span<const WordClassRow> measure_variant_table();
std::span<const std::string_view> conversion_join_table();
std::span<const std::string_view> measure_variant_noun_table();
std::span<const std::string_view> speed_unit_table();
std::span<const WordClassRow> bare_count_table();
std::span<const Subgroup> subgroup_table();
std::span<const std::string_view> forecast_word_table();
std::span<const std::string_view> requirement_word_table();
std::span<const std::string_view> be_form_table();
std::span<const std::string_view> vote_noun_table();
std::span<const std::string_view> ownership_word_table();
std::span<const std::string_view> linking_verb_table();
std::span<const std::string_view> poll_word_table();
std::span<const std::string_view> change_verb_table();
std::span<const std::string_view> may_follow_place_table();
std::span<const std::string_view> non_restricting_lead_table();
std::span<const std::string_view> change_noun_table();
std::span<const std::string_view> level_verb_table();
std::span<const std::string_view> per_unit_noun_table();
std::span<const std::string_view> division_noun_table();

}  // namespace parallax::lexicon
