// DecodedTexts: copies of strings that had escapes, kept while views of them are in use (a
// decode of one object, the keys of a load). Each copy is its own allocation, so a view stays
// valid as more are added; a std::deque<std::string> would do the same at a kilobyte of wasm
// code of its own (issue 7), and strings with escapes are rare.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace samen {

class DecodedTexts {
 public:
  std::string_view keep(std::string_view text) {
    if (text.empty()) return {};
    // Room first (doubling, so that many texts cost amortised constant time each), so that
    // push_back cannot throw and leak the copy.
    if (texts_.size() == texts_.capacity()) texts_.reserve(texts_.empty() ? 4 : 2 * texts_.size());
    std::unique_ptr<char[]> copy(new char[text.size()]);
    std::memcpy(copy.get(), text.data(), text.size());
    texts_.push_back(std::move(copy));
    return {texts_.back().get(), text.size()};
  }
  std::size_t size() const { return texts_.size(); }  // texts kept

 private:
  std::vector<std::unique_ptr<char[]>> texts_;
};

}  // namespace samen
