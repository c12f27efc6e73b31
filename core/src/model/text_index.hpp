// TextIndex: text -> positions in a list the caller keeps (the keys of an object, the ids of a
// command's changes, the message keys), through a 64-bit hash of the text in a MultiIndex. The
// caller's list holds the texts, so nothing is copied, and every user shares MultiIndex's one
// instance of code, where each std::unordered_set or unordered_map over text cost the wasm
// module a kilobyte or more of its own (issue 7).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/multi_index.hpp"

namespace samen {

// FNV-1a: the same on every platform (std::hash is 32 bits in wasm). `basis` lets a key mix in
// more than the text (module_name_key: the aanbieder).
constexpr std::uint64_t kTextHashBasis = 0xcbf29ce484222325ull;
inline std::uint64_t text_hash(std::string_view text, std::uint64_t basis = kTextHashBasis) {
  std::uint64_t hash = basis;
  for (const unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ull;
  return hash;
}

class TextIndex {
 public:
  // The first position p (in the order added) with text_at(p) == text; texts that share a hash
  // are told apart by text_at.
  template <class TextAt>
  std::optional<std::uint32_t> find(std::string_view text, const TextAt& text_at) const {
    for (std::uint32_t position : index_.get(text_hash(text)))
      if (text_at(position) == text) return position;
    return std::nullopt;
  }
  void add(std::string_view text, std::uint32_t position) { index_.add(text_hash(text), position); }
  void clear() { index_.clear(); }

 private:
  MultiIndex<std::uint64_t> index_;
};

}  // namespace samen
