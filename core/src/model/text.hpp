// Small text helpers shared by the rules and the state: case folding for names and roles,
// trimming, views within views.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace samen {

// Lower case for ASCII and the Latin-1 letters (À-Þ), enough for Dutch names with
// diacritics; other characters are kept as they are. Deterministic on every platform.
std::string fold_case(std::string_view text);

// Without leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b);

// A plausible e-mail address: one '@' between a non-empty local part and a domain with a dot
// inside it, no white space. Not RFC 5322: enough to catch a name typed into the wrong field.
bool looks_like_email(std::string_view text);

// Whether `part` lies inside `whole` in memory, as a view into it (std::less_equal: a total
// order also across objects).
inline bool lies_within(std::string_view part, std::string_view whole) {
  const std::less_equal<const char*> le;
  return le(whole.data(), part.data()) && le(part.data() + part.size(), whole.data() + whole.size());
}

}  // namespace samen
