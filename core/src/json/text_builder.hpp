// TextBuilder: a growing text whose appends are inline. libc++ keeps std::string's push_back
// and append out of line (an extern template), so a text written piece by piece costs a call
// per piece, which the streaming loader (model/load_stream.cpp) pays for every key, comma and
// value of a national catalogue. The storage is kept across clear(): one allocation per load.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>

namespace samen {

class TextBuilder {
 public:
  void clear() { size_ = 0; }
  std::string_view view() const { return {data_.get(), size_}; }

  TextBuilder& operator+=(char ch) {
    if (size_ == capacity_) grow(1);
    data_[size_++] = ch;
    return *this;
  }
  TextBuilder& operator+=(std::string_view text) { return append(text.data(), text.size()); }
  TextBuilder& append(const char* text, std::size_t size) {
    if (capacity_ - size_ < size) grow(size);
    if (size != 0) std::memcpy(data_.get() + size_, text, size);
    size_ += size;
    return *this;
  }

 private:
  // Room for `more` bytes past size_, at least doubling: amortised constant appends.
  void grow(std::size_t more) {
    const std::size_t wanted = size_ + more;
    std::size_t capacity = capacity_ < 256 ? 256 : capacity_ * 2;
    if (capacity < wanted) capacity = wanted;
    std::unique_ptr<char[]> data(new char[capacity]);
    if (size_ != 0) std::memcpy(data.get(), data_.get(), size_);
    data_ = std::move(data);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

}  // namespace samen
