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
// Moves a day by `months`, the day of the month kept where the month has it and the
// month's last day otherwise (March 31 minus one month is February 28 or 29).
CivilDate add_months(CivilDate date, int months);

// Easter Sunday of a Gregorian year (the anonymous computus).
CivilDate easter_sunday(int year);
// The n-th (1-based) `weekday` (0 = Sunday) of a month, or the last one when n is 0.
CivilDate nth_weekday(int year, int month, int weekday, int n);

}  // namespace parallax
