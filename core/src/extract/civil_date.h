// A proleptic Gregorian calendar date and the arithmetic the date resolver needs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace parallax {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 (negative before), and back.
long days_from_civil(CivilDate date);
CivilDate civil_from_days(long days);
int weekday(CivilDate date);  // 0 = Sunday .. 6 = Saturday
int days_in_month(int year, int month);
bool is_valid(CivilDate date);

std::optional<CivilDate> parse_iso_date(std::string_view text);  // "YYYY-MM-DD"
std::string format_iso(CivilDate date);                          // "YYYY-MM-DD"
std::string format_year_month(int year, int month);              // "YYYY-MM"
std::string format_year(int year);                               // "YYYY"

CivilDate add_days(CivilDate date, long days);
// Moves a (year, month) pair by `months`, carrying into the year.
void add_months(int& year, int& month, int months);

}  // namespace parallax
