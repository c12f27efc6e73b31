// Writing JSON text straight into a string, commas and escapes taken care of: the generator
// writes hundreds of megabytes, so it builds no DOM.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace samen_gen {

class JsonOut {
 public:
  explicit JsonOut(std::string& out) : out_(out) {}

  JsonOut& object() { return open('{'); }
  JsonOut& object(std::string_view key) { return this->key(key).open('{'); }
  JsonOut& array() { return open('['); }
  JsonOut& array(std::string_view key) { return this->key(key).open('['); }
  JsonOut& close() {
    out_ += closers_.back();
    closers_.pop_back();
    first_.pop_back();
    return *this;
  }

  JsonOut& key(std::string_view key) {
    separate();
    quoted(key);
    out_ += ':';
    after_key_ = true;
    return *this;
  }

  JsonOut& string(std::string_view value) {
    value_start();
    quoted(value);
    return *this;
  }
  JsonOut& integer(std::int64_t value) {
    value_start();
    out_ += std::to_string(value);
    return *this;
  }
  JsonOut& boolean(bool value) {
    value_start();
    out_ += value ? "true" : "false";
    return *this;
  }
  JsonOut& null() {
    value_start();
    out_ += "null";
    return *this;
  }
  // A number exactly as written (fractions, exponents: the loader must keep what nlohmann keeps).
  JsonOut& number_text(std::string_view text) {
    value_start();
    out_ += text;
    return *this;
  }

  JsonOut& field(std::string_view k, std::string_view value) { return key(k).string(value); }
  JsonOut& field(std::string_view k, const char* value) { return key(k).string(value); }
  JsonOut& field(std::string_view k, const std::string& value) { return key(k).string(value); }
  JsonOut& field(std::string_view k, std::int64_t value) { return key(k).integer(value); }
  JsonOut& field(std::string_view k, int value) { return key(k).integer(value); }
  JsonOut& field(std::string_view k, bool value) { return key(k).boolean(value); }

  bool done() const { return closers_.empty(); }

 private:
  JsonOut& open(char opener) {
    value_start();
    out_ += opener;
    closers_.push_back(opener == '{' ? '}' : ']');
    first_.push_back(true);
    return *this;
  }
  JsonOut& value_start() {
    if (after_key_) after_key_ = false;
    else separate();
    return *this;
  }
  void separate() {
    if (first_.empty()) return;
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
  void quoted(std::string_view text) {
    out_ += '"';
    for (const char ch : text) {
      const auto byte = static_cast<unsigned char>(ch);
      if (ch == '"' || ch == '\\') {
        out_ += '\\';
        out_ += ch;
      } else if (ch == '\n') {
        out_ += "\\n";
      } else if (ch == '\t') {
        out_ += "\\t";
      } else if (byte < 0x20) {
        char escape[8];
        std::snprintf(escape, sizeof escape, "\\u%04x", byte);
        out_ += escape;
      } else {
        out_ += ch;
      }
    }
    out_ += '"';
  }

  std::string& out_;
  std::vector<char> closers_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

}  // namespace samen_gen
