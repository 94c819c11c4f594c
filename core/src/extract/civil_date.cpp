#include "extract/civil_date.h"

#include <algorithm>
#include <cstdio>

namespace parallax {

// Howard Hinnant's days_from_civil / civil_from_days (public-domain algorithms).
long days_from_civil(CivilDate date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday(CivilDate date) {
  const long z = days_from_civil(date);
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool is_valid(CivilDate date) {
  return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t count) {
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      v = v * 10 + (text[i] - '0');
    }
    return v;
  };
  CivilDate date{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (!is_valid(date)) return std::nullopt;
  return date;
}

namespace {

// Appends `value` zero-padded to `width` digits, as printf's "%0<width>d" writes it; these
// run for every date found, where snprintf cost more than the rest of the resolving.
void append_padded(std::string& out, int value, int width) {
  if (value < 0) {
    // Rare (years before 1 AD from arithmetic): leave the sign's placing to printf.
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    out += buffer;
    return;
  }
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  for (int i = n; i < width; ++i) out.push_back('0');
  while (n > 0) out.push_back(digits[--n]);
}

}  // namespace

std::string format_iso(CivilDate date) {
  std::string out;
  append_padded(out, date.year, 4);
  out.push_back('-');
  append_padded(out, date.month, 2);
  out.push_back('-');
  append_padded(out, date.day, 2);
  return out;
}

std::string format_year_month(int year, int month) {
  std::string out;
  append_padded(out, year, 4);
  out.push_back('-');
  append_padded(out, month, 2);
  return out;
}

std::string format_year(int year) {
  std::string out;
  append_padded(out, year, 4);
  return out;
}

CivilDate add_days(CivilDate date, long days) {
  return civil_from_days(days_from_civil(date) + days);
}

void add_months(int& year, int& month, int months) {
  int index = year * 12 + (month - 1) + months;
  year = index >= 0 ? index / 12 : (index - 11) / 12;
  month = index - year * 12 + 1;
}

CivilDate add_months(CivilDate date, int months) {
  add_months(date.year, date.month, months);
  date.day = std::min(date.day, days_in_month(date.year, date.month));
  return date;
}

CivilDate easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100;
  const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

CivilDate nth_weekday(int year, int month, int wd, int n) {
  if (n <= 0) {
    const CivilDate last{year, month, days_in_month(year, month)};
    return add_days(last, -((weekday(last) - wd + 7) % 7));
  }
  const CivilDate first{year, month, 1};
  return add_days(first, (wd - weekday(first) + 7) % 7 + 7L * (n - 1));
}

}  // namespace parallax
