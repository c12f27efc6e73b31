// A read-only view of one value in the engine's own compact JSON (a stored object's text:
// valid, no whitespace, no duplicate keys, by construction). `controle` reads every stored
// object; walking the text in place instead of building a DOM for each one keeps it from
// allocating per object (issue 7). Not for input from outside: that goes through parse.hpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace samen {

class StoredValue {
 public:
  // `text` is exactly one compact JSON value.
  explicit StoredValue(std::string_view text) : text_(text) {}

  bool is_null() const { return text_.front() == 'n'; }
  bool is_boolean() const { return text_.front() == 't' || text_.front() == 'f'; }
  bool is_true() const { return text_.front() == 't'; }
  bool is_string() const { return text_.front() == '"'; }
  bool is_array() const { return text_.front() == '['; }
  bool is_object() const { return text_.front() == '{'; }
  std::string_view text() const { return text_; }

  // A string's content: a view of the text when it has no escapes, else decoded into `scratch`.
  std::string_view string(std::string& scratch) const;

  // An object's member `key` (a key without characters that need escaping), if present.
  std::optional<StoredValue> find(std::string_view key) const;

  // Calls f(key, value) for each member of an object, in order; `key` as written (escaped).
  template <class F>
  void each_member(F&& f) const {
    std::size_t at = 1;
    while (text_[at] != '}') {
      const std::size_t key_end = end_of_value(text_, at);
      const std::size_t value_end = end_of_value(text_, key_end + 1);
      f(text_.substr(at + 1, key_end - at - 2), StoredValue(text_.substr(key_end + 1, value_end - key_end - 1)));
      at = text_[value_end] == ',' ? value_end + 1 : value_end;
    }
  }

  // Calls f(index, element) for each element of an array, in order.
  template <class F>
  void each_element(F&& f) const {
    std::size_t at = 1, index = 0;
    while (text_[at] != ']') {
      const std::size_t end = end_of_value(text_, at);
      f(index++, StoredValue(text_.substr(at, end - at)));
      at = text_[end] == ',' ? end + 1 : end;
    }
  }

  // Where the value starting at `at` ends (one past its last byte).
  static std::size_t end_of_value(std::string_view text, std::size_t at);

 private:
  std::string_view text_;
};

}  // namespace samen
