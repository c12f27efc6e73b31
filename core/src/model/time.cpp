#include "model/time.hpp"

#include <string>

namespace samen {
namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
  if (at + count > text.size()) return false;
  value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(int year, int month, int day) {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

void civil_from_days(std::int64_t z, int& year, int& month, int& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<int>(z - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<int>(yoe + era * 400) + (month <= 2 ? 1 : 0);
}

bool valid_date(int year, int month, int day) {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

}  // namespace

std::optional<std::int32_t> parse_date(std::string_view text) {
  int year = 0, month = 0, day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!digits(text, 0, 4, year) || !digits(text, 5, 2, month) || !digits(text, 8, 2, day)) return std::nullopt;
  if (!valid_date(year, month, day)) return std::nullopt;
  return static_cast<std::int32_t>(days_from_civil(year, month, day));
}

namespace {

// printf's "%0<width>d": at least `width` characters, the sign among them, zeros after the sign.
void append_zero_padded(std::string& out, std::int64_t value, std::size_t width) {
  if (value < 0) {
    out += '-';
    if (width > 0) --width;
  }
  const std::string digits = std::to_string(value < 0 ? -value : value);
  if (digits.size() < width) out.append(width - digits.size(), '0');
  out += digits;
}

}  // namespace

// "%04d-%02d-%02d" written by hand: the core's only use of printf, whose code the wasm module
// then need not carry (issue 7).
std::string format_date(std::int32_t days) {
  int year = 0, month = 0, day = 0;
  civil_from_days(days, year, month, day);
  std::string out;
  append_zero_padded(out, year, 4);
  out += '-';
  append_zero_padded(out, month, 2);
  out += '-';
  append_zero_padded(out, day, 2);
  return out;
}

std::optional<std::int64_t> parse_datetime(std::string_view text) {
  if (text.size() < 20) return std::nullopt;
  const auto days = parse_date(text.substr(0, 10));
  if (!days || (text[10] != 'T' && text[10] != 't')) return std::nullopt;
  int hour = 0, minute = 0, second = 0;
  if (!digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
      !digits(text, 17, 2, second))
    return std::nullopt;
  // RFC 3339 allows a leap second (60); it counts as the last second of the minute.
  if (hour > 23 || minute > 59 || second > 60) return std::nullopt;
  std::size_t at = 19;
  int millis = 0;
  if (at < text.size() && text[at] == '.') {
    std::size_t count = 0;
    for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, ++count)
      if (count < 3) millis = millis * 10 + (text[at] - '0');
    if (count == 0) return std::nullopt;
    for (; count < 3; ++count) millis *= 10;
  }
  if (at >= text.size()) return std::nullopt;
  int offset_minutes = 0;
  if (text[at] == 'Z' || text[at] == 'z') {
    ++at;
  } else if (text[at] == '+' || text[at] == '-') {
    int oh = 0, om = 0;
    if (!digits(text, at + 1, 2, oh) || at + 3 >= text.size() || text[at + 3] != ':' || !digits(text, at + 4, 2, om) ||
        oh > 23 || om > 59)
      return std::nullopt;
    offset_minutes = (oh * 60 + om) * (text[at] == '-' ? -1 : 1);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  const std::int64_t seconds =
      *days * 86400LL + hour * 3600LL + minute * 60LL + (second == 60 ? 59 : second) - offset_minutes * 60LL;
  return seconds * 1000 + millis;
}

std::int64_t add_months_ms(std::int64_t instant_ms, int months) {
  const std::int64_t day_ms = 86400000;
  std::int64_t days = instant_ms / day_ms;
  std::int64_t rest = instant_ms % day_ms;
  if (rest < 0) {
    rest += day_ms;
    --days;
  }
  int year = 0, month = 0, day = 0;
  civil_from_days(days, year, month, day);
  const int total = year * 12 + (month - 1) + months;
  year = total / 12;
  month = total % 12 + 1;
  if (day > days_in_month(year, month)) day = days_in_month(year, month);
  return days_from_civil(year, month, day) * day_ms + rest;
}

}  // namespace samen
