#include "model/ids.hpp"

#include <cstring>

namespace samen {

namespace {
constexpr std::size_t kBlockSize = 64 * 1024;
}

IdTable::IdTable() { names_.emplace_back(); }

std::string_view IdTable::store(std::string_view text) {
  if (text.empty()) return {};
  if (block_used_ + text.size() > block_size_) {
    block_size_ = text.size() > kBlockSize ? text.size() : kBlockSize;
    blocks_.push_back(std::make_unique<char[]>(block_size_));
    block_used_ = 0;
  }
  char* at = blocks_.back().get() + block_used_;
  std::memcpy(at, text.data(), text.size());
  block_used_ += text.size();
  return {at, text.size()};
}

Id IdTable::intern(std::string_view text) {
  if (auto found = index_.find(text); found != index_.end()) return Id{found->second};
  const std::string_view stored = store(text);
  const auto value = static_cast<std::uint32_t>(names_.size());
  names_.push_back(stored);
  index_.emplace(stored, value);
  return Id{value};
}

std::optional<Id> IdTable::find(std::string_view text) const {
  if (auto found = index_.find(text); found != index_.end()) return Id{found->second};
  return std::nullopt;
}

}  // namespace samen
