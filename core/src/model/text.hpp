// Small text helpers shared by the rules: case folding for names and roles, trimming.
#pragma once

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

}  // namespace samen
