#include "json/unique_keys.hpp"

#include <unordered_set>
#include <vector>

namespace samen {
namespace {

// One open object or array on the way down to the current value.
struct Frame {
  bool object = false;
  std::size_t index = 0;          // arrays: the next element's index
  std::string key;                // objects: the current key
  std::vector<std::string> few;   // objects: keys seen, while there are few of them
  std::unordered_set<std::string> many;  // objects: keys seen, once there are many

  bool insert(const std::string& name) {
    constexpr std::size_t kFew = 16;
    if (many.empty()) {
      for (const std::string& seen : few)
        if (seen == name) return false;
      few.push_back(name);
      if (few.size() > kFew) {
        many.insert(few.begin(), few.end());
        few.clear();
      }
      return true;
    }
    return many.insert(name).second;
  }
};

// A SAX handler that builds the DOM through nlohmann's own builder and tracks the keys of
// every open object. Frames are reused, so parsing many small objects allocates little.
class UniqueKeysSax {
 public:
  using Dom = nlohmann::detail::json_sax_dom_parser<Json>;

  explicit UniqueKeysSax(Json& out) : dom_(out, true) {}

  bool null() { return value() && dom_.null(); }
  bool boolean(bool v) { return value() && dom_.boolean(v); }
  bool number_integer(Json::number_integer_t v) { return value() && dom_.number_integer(v); }
  bool number_unsigned(Json::number_unsigned_t v) { return value() && dom_.number_unsigned(v); }
  bool number_float(Json::number_float_t v, const Json::string_t& s) { return value() && dom_.number_float(v, s); }
  bool string(Json::string_t& v) { return value() && dom_.string(v); }
  bool binary(Json::binary_t& v) { return value() && dom_.binary(v); }
  bool start_object(std::size_t n) { return value() && open(true) && dom_.start_object(n); }
  bool start_array(std::size_t n) { return value() && open(false) && dom_.start_array(n); }
  bool end_object() { return close() && dom_.end_object(); }
  bool end_array() { return close() && dom_.end_array(); }

  bool key(Json::string_t& name) {
    ++keys_seen_;
    Frame& frame = frames_[depth_ - 1];
    if (!frame.insert(name)) {
      duplicate_ = DuplicateKey{name, pointer_to(depth_ - 1), keys_seen_};
      return false;
    }
    frame.key = name;
    return dom_.key(name);
  }

  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& error) {
    return dom_.parse_error(position, token, error);
  }

  const std::optional<DuplicateKey>& duplicate() const { return duplicate_; }

 private:
  // Every value inside an array moves that array's index on.
  bool value() {
    if (depth_ > 0 && !frames_[depth_ - 1].object) ++frames_[depth_ - 1].index;
    return true;
  }
  bool open(bool object) {
    if (depth_ == frames_.size()) frames_.emplace_back();
    Frame& frame = frames_[depth_++];
    frame.object = object;
    frame.index = 0;
    frame.few.clear();
    frame.many.clear();
    return true;
  }
  bool close() {
    --depth_;
    return true;
  }
  // The JSON Pointer of the value open at frames_[0..levels).
  std::string pointer_to(std::size_t levels) const {
    std::string out;
    for (std::size_t i = 0; i < levels; ++i) {
      const Frame& frame = frames_[i];
      out = frame.object ? pointer_join(out, frame.key) : pointer_join(out, frame.index - 1);
    }
    return out;
  }

  Dom dom_;
  std::vector<Frame> frames_;
  std::size_t depth_ = 0;
  std::size_t keys_seen_ = 0;
  std::optional<DuplicateKey> duplicate_;
};

}  // namespace

std::optional<DuplicateKey> parse_unique_keys(std::string_view text, Json& out) {
  UniqueKeysSax sax(out);
  Json::sax_parse(text.begin(), text.end(), &sax);
  return sax.duplicate();
}

}  // namespace samen
