#include "model/ids.hpp"

#include <functional>

#include "json/same_text.hpp"

namespace samen {

IdTable::IdTable() { names_.emplace_back(); }

namespace {
std::uint32_t hash_of(std::string_view text) {
  const std::size_t full = std::hash<std::string_view>{}(text);
  return static_cast<std::uint32_t>(full ^ (static_cast<std::uint64_t>(full) >> 32));
}
}  // namespace

std::size_t IdTable::lookup(std::string_view text, std::uint32_t hash) const {
  const std::size_t mask = index_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const Entry& entry = index_[at];
    if (entry.id == 0 || (entry.hash == hash && same_text(names_[entry.id], text))) return at;
  }
}

void IdTable::grow() {
  std::vector<Entry> old = std::move(index_);
  index_.assign(old.empty() ? 64 : old.size() * 2, Entry{});
  for (const Entry& entry : old)
    if (entry.id) index_[lookup(names_[entry.id], entry.hash)] = entry;
}

Id IdTable::intern(std::string_view text) {
  if ((names_.size() + 1) * 4 > index_.size() * 3) grow();
  const std::uint32_t hash = hash_of(text);
  Entry& entry = index_[lookup(text, hash)];
  if (entry.id) return Id{entry.id};
  const auto value = static_cast<std::uint32_t>(names_.size());
  names_.push_back(texts_.append(text));
  entry = Entry{value, hash};
  return Id{value};
}

std::optional<Id> IdTable::find(std::string_view text) const {
  if (index_.empty()) return std::nullopt;
  const Entry& entry = index_[lookup(text, hash_of(text))];
  if (entry.id) return Id{entry.id};
  return std::nullopt;
}

}  // namespace samen
