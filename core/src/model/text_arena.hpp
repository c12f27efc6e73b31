// TextArena: texts copied into large chunks that never move. One allocation per chunk
// instead of one per text (a national catalogue holds hundreds of thousands of objects, and
// a string each costs a header and a malloc header on top of its bytes), and the views it
// hands out stay valid for the arena's lifetime, also when the arena itself is moved: the
// chunks live on the heap. Nothing is ever freed one by one; an owner that replaces texts
// copies the live ones into a fresh arena now and then (State::compact_texts).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace samen {

class TextArena {
 public:
  TextArena() = default;
  // An arena whose first chunk holds `first_chunk` bytes (the default suits a state).
  explicit TextArena(std::size_t first_chunk) : first_chunk_(first_chunk) {}
  TextArena(TextArena&&) noexcept = default;
  TextArena& operator=(TextArena&&) noexcept = default;
  TextArena(const TextArena&) = delete;  // a copy would hold views into the original
  TextArena& operator=(const TextArena&) = delete;

  // A view of a copy of `text`, valid while this arena (or the one it is moved into) lives.
  std::string_view append(std::string_view text);
  // The next `bytes` bytes of appends allocate nothing (so they cannot throw).
  void reserve(std::size_t bytes);
  // Bytes appended so far: what the arena holds, apart from the unused tail of its chunks.
  std::size_t bytes() const { return bytes_; }

 private:
  void add_chunk(std::size_t size);

  std::vector<std::unique_ptr<char[]>> chunks_;
  std::size_t chunk_used_ = 0;
  std::size_t chunk_size_ = 0;
  std::size_t bytes_ = 0;
  std::size_t first_chunk_ = 64 * 1024;
};

// The strings with escapes that decoding reads (model/field_value.hpp), kept while their views
// are in use: an arena that starts small, as such strings are rare.
inline TextArena decoded_texts() { return TextArena(256); }

}  // namespace samen
