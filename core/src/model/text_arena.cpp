#include "model/text_arena.hpp"

#include <algorithm>
#include <cstring>

namespace samen {

namespace {
// Chunks start small (first_chunk_: a small state stays small, also in wasm's linear memory)
// and double up to a size where the unused tail of a chunk no longer matters.
constexpr std::size_t kLargestChunk = 1024 * 1024;
}  // namespace

void TextArena::add_chunk(std::size_t size) {
  // new char[] leaves the bytes uninitialised: pages of a chunk not yet written stay unused.
  chunks_.reserve(chunks_.size() + 1);  // so that push_back cannot throw and leak the chunk
  chunks_.push_back(std::unique_ptr<char[]>(new char[size]));
  chunk_size_ = size;
  chunk_used_ = 0;
}

void TextArena::reserve(std::size_t bytes) {
  if (chunk_used_ + bytes > chunk_size_) add_chunk(bytes);
}

std::string_view TextArena::append(std::string_view text) {
  if (text.empty()) return {};
  if (chunk_used_ + text.size() > chunk_size_) {
    const std::size_t grown = std::clamp(chunk_size_ * 2, first_chunk_, kLargestChunk);
    add_chunk(std::max(grown, text.size()));
  }
  char* at = chunks_.back().get() + chunk_used_;
  std::memcpy(at, text.data(), text.size());
  chunk_used_ += text.size();
  bytes_ += text.size();
  return {at, text.size()};
}

}  // namespace samen
