#include "messages/messages.hpp"

#include <array>
#include <cstdint>
#include <string_view>

#include "model/text_index.hpp"

namespace samen {
namespace {

// One language's messages, found by key: the entries stay where they are, indexed by position.
class Table {
 public:
  explicit Table(const MessageEntry* entries) : entries_(entries) {
    for (std::uint32_t i = 0; entries[i].key != nullptr; ++i) index_.add(entries[i].key, i);
  }
  const char* find(std::string_view key) const {
    const auto found = index_.find(key, [&](std::uint32_t i) { return std::string_view(entries_[i].key); });
    return found ? entries_[*found].text : nullptr;
  }

 private:
  const MessageEntry* entries_;
  TextIndex index_;
};

const Table& table_for(Taal taal) {
  static const Table nl(kMessagesNl);
  static const Table en(kMessagesEn);
  return taal == Taal::en ? en : nl;
}

std::string fill(std::string_view text, const std::vector<std::string>& args) {
  std::string out;
  out.reserve(text.size() + 32);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' && text[i + 2] == '}') {
      const std::size_t index = static_cast<std::size_t>(text[i + 1] - '1');
      if (index < args.size()) out += args[index];
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> owned(MessageArgs args) { return std::vector<std::string>(args.begin(), args.end()); }

namespace {

// Codes whose severity is "waarschuwing" (spec §5); every other code is a "fout".
constexpr std::array<std::string_view, 9> kWarnings = {
    "AANV-004", "AANV-005", "LID-007", "GEBR-007", "KOP-005",
    "KOP-006",  "AFS-008",  "EVAL-003", "EVAL-004"};

}  // namespace

std::string_view code_of(std::string_view key) {
  const auto slash = key.find('/');
  return slash == std::string_view::npos ? key : key.substr(0, slash);
}

std::string message(Taal taal, std::string_view key, const std::vector<std::string>& args) {
  const Table& table = table_for(taal);
  const char* text = table.find(key);
  if (!text) text = table.find(code_of(key));
  if (!text) return std::string(key);
  return fill(text, args);
}

Ernst ernst_of(std::string_view code) {
  for (std::string_view warning : kWarnings)
    if (warning == code) return Ernst::waarschuwing;
  return Ernst::fout;
}

const char* ernst_name(Ernst ernst) { return ernst == Ernst::fout ? "fout" : "waarschuwing"; }

}  // namespace samen
