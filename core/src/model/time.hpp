// Time comes in with each command; the core never reads a clock (spec §1).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace samen {

// Whole days, both ends included, as days since 1970-01-01 (an afspraak's `evenement`).
struct DateInterval {
  std::int32_t van = 0;
  std::int32_t tot = 0;
};

// An RFC 3339 date-time with a zone ("2026-11-22T10:00:00Z", "...+01:00", fractions allowed),
// as milliseconds since 1970-01-01T00:00:00Z. nullopt when malformed or not a real date.
std::optional<std::int64_t> parse_datetime(std::string_view text);

// A calendar date "YYYY-MM-DD" as days since 1970-01-01. nullopt when it does not exist.
std::optional<std::int32_t> parse_date(std::string_view text);

// Days since 1970-01-01 as "YYYY-MM-DD" (the inverse of parse_date), for messages.
std::string format_date(std::int32_t days);

// The instant `months` calendar months later (clamped to the month's last day), for EVAL-003.
std::int64_t add_months_ms(std::int64_t instant_ms, int months);

}  // namespace samen
