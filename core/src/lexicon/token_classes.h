// Which single-word tables a folded token belongs to, as a bit mask looked up once per
// token. The extractors ask the same few tables about nearly every word (is it a number
// word, can a date start here, a reporting verb, a month, ...); one lookup in an index over
// all of their keys answers every such question for a token, and each rule then reads a bit.
// The tables themselves stay where they are (numbers, dates, calendar and people lexicons);
// this index is built from them, so adding a word to a table never needs code here.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "parallax/text.h"

namespace parallax::lexicon {

namespace token_class {
inline constexpr uint16_t kNumberWord = 1 << 0;     // find_number_word
inline constexpr uint16_t kDateStart = 1 << 1;      // may_start_date
inline constexpr uint16_t kMonth = 1 << 2;          // month_number != 0
inline constexpr uint16_t kWeekday = 1 << 3;        // weekday_number >= 0
inline constexpr uint16_t kReportingVerb = 1 << 4;  // find_reporting_verb
inline constexpr uint16_t kNonName = 1 << 5;        // is_non_name
inline constexpr uint16_t kTitle = 1 << 6;          // find_title
inline constexpr uint16_t kSubjectSkip = 1 << 7;    // is_subject_skip
inline constexpr uint16_t kFigureLead = 1 << 8;     // is_figure_lead_word
inline constexpr uint16_t kDateAnchor = 1 << 9;     // is_date_anchor
inline constexpr uint16_t kCalendar = kMonth | kWeekday;
}  // namespace token_class

// The token_class bits of a folded word (no ASCII capitals, as unicode::fold leaves it):
// bit c is set exactly when the lookup named beside c accepts the word. 0 for most words.
uint16_t token_classes(std::string_view folded);
// The same, faster, for a word followed in memory by at least 16 readable bytes (a buffer
// padded at its end): the word is read in two 8-byte loads.
uint16_t token_classes_padded(std::string_view folded);
// token_classes_padded of every token of a document at once: out[t] gets the classes of
// token t's folded text, text[views[t].begin, views[t].end), which at least 16 readable bytes
// follow. Tokens that are no word are in no table unless some key starts with a non-letter,
// and get 0 without a lookup.
void token_classes_of_tokens(const char* text, std::span<const Token> tokens,
                             std::span<const Span> views, std::span<uint16_t> out);

// Every word token_classes knows with a bit set: the keys of the tables above (for tests).
std::vector<std::string_view> classified_words();

}  // namespace parallax::lexicon
