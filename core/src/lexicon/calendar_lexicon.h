// Month and weekday names, shared by the date resolver (which reads them) and the number
// extractor (which must not take "Oct. 23" or "June 2022" for quantities).
#pragma once

#include <string_view>
#include <vector>

namespace parallax::lexicon {

// 1..12 for a month name or abbreviation ("October", "Oct", "Sept"), case-insensitive,
// without a trailing period; 0 if `word` is not a month.
int month_number(std::string_view word);

// 0 (Sunday) .. 6 (Saturday) for a weekday name or abbreviation ("Tuesday", "Tue",
// "Tues"), case-insensitive; -1 if `word` is not a weekday.
int weekday_number(std::string_view word);

// Every month and weekday name and abbreviation month_number and weekday_number know, in
// lowercase: for indexes that combine tables.
std::vector<std::string_view> calendar_words();

// Whether a month name is also a common word that needs context ("May", "March").
bool month_is_ambiguous(std::string_view word);

std::string_view month_name(int month);      // "October"
std::string_view weekday_name(int weekday);  // "Tuesday"

}  // namespace parallax::lexicon
