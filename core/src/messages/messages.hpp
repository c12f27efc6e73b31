// Messages in Dutch and English. Each code has a message; a code that covers several
// cases has variants, keyed "CODE/variant" (e.g. "LID-002/cyclus"). Placeholders {1}..{9}
// are filled from the melding's arguments.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace samen {

enum class Taal { nl, en };

struct MessageEntry {
  const char* key;
  const char* text;
};

// One table per language, each terminated by {nullptr, nullptr}.
extern const MessageEntry kMessagesNl[];
extern const MessageEntry kMessagesEn[];

// The message for `key` (falling back to the code part before '/'), with arguments filled in.
std::string message(Taal taal, std::string_view key, const std::vector<std::string>& args = {});

// A melding's arguments as a call site gives them: views of strings that outlive the call, copied
// once into the melding. (A std::vector<std::string> built at each of the many call sites costs
// the wasm module code at each of them, issue 7.)
using MessageArgs = std::initializer_list<std::string_view>;
std::vector<std::string> owned(MessageArgs args);

// The stable code of a message key: "LID-002/cyclus" -> "LID-002".
std::string_view code_of(std::string_view key);

enum class Ernst { fout, waarschuwing };
// Severity from the rule catalogue (spec §5).
Ernst ernst_of(std::string_view code);
const char* ernst_name(Ernst ernst);

}  // namespace samen
