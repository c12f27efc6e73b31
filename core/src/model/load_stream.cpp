#include "model/load_stream.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "json/compact_writer.hpp"
#include "json/fast_reader.hpp"
#include "json/release.hpp"
#include "json/same_text.hpp"
#include "json/syntax_error.hpp"
#include "json/text_builder.hpp"
#include "json/unique_keys.hpp"
#include "model/decode.hpp"

namespace samen {
namespace {

// Levels of nesting (number of open containers): the root object, its arrays, their objects.
constexpr std::size_t kRoot = 1, kArray = 2, kElement = 3;

// The handler of the fast reader (json/fast_reader.hpp: nlohmann's SAX interface): strings
// come as views, `verbatim` when they are already written as dump() writes them. Events below
// an element are written to `text_`, and `fields_` notes where in it the values of the keys
// decode() reads are: decode reads them in place, no JSON value is built. After the first
// TOESTAND problem it only follows the nesting (a later syntax error still wins, as it does
// when the whole DOM is parsed first) and watches for duplicate keys.
class StreamLoader {
 public:
  StreamLoader(State& state, const std::vector<std::size_t>& objects_per_array)
      : state_(state), objects_per_array_(objects_per_array) {
    for (std::size_t k = 0; k < kKindCount; ++k) captured_[k] = decoded_keys(static_cast<Kind>(k));
  }

  bool needs_dom() const { return needs_dom_; }
  const std::optional<LoadProblem>& problem() const { return problem_; }

  bool null() { return scalar([](TextBuilder& t) { t += "null"; }); }
  bool boolean(bool value) {
    return scalar([&](TextBuilder& t) { t += value ? "true" : "false"; });
  }
  bool number_integer(std::int64_t value) {
    return scalar([&](TextBuilder& t) { append_integer(t, value); });
  }
  bool number_unsigned(std::uint64_t value) {
    return scalar([&](TextBuilder& t) { append_integer(t, value); });
  }
  bool number_float(double value, const std::string&) {
    return scalar([&](TextBuilder& t) { append_float(t, value); });
  }
  bool string(std::string_view value, bool verbatim) {
    return scalar([&](TextBuilder& t) { append_string(t, value, verbatim); });
  }

  bool start_object(std::size_t) { return open(true); }
  bool start_array(std::size_t) { return open(false); }
  bool end_object() { return close('}'); }
  bool end_array() { return close(']'); }

  bool key(std::string_view name, bool verbatim) {
    if (depth_ == kRoot && root_is_object_) return top_level_key(name, verbatim);
    // A key named twice anywhere is refused before any shape problem, as the DOM path does.
    if (is_duplicate(name, verbatim)) return fall_back_to_dom();
    if (problem_ || depth_ < kElement) return true;
    if (!first_.back()) text_ += ',';
    first_.back() = false;
    append_string(text_, name, verbatim);
    text_ += ':';
    after_key_ = true;
    if (depth_ == kElement) {
      for (std::string_view wanted : captured_[static_cast<std::size_t>(*kind_)]) {
        if (!same_text(wanted, name)) continue;
        fields_.push_back(CapturedField{wanted, static_cast<std::uint32_t>(text_.view().size()), 0});
        capturing_ = true;  // until the value's end (scalar() or close())
        break;
      }
    }
    return true;
  }

 private:
  // The keys already seen in one object, to notice a duplicate (kept per level for reuse: no
  // allocation once each level has seen its largest object).
  struct SeenKeys {
    std::vector<std::string_view> keys;  // into the text, or into escaped_keys_
    std::size_t count = 0;
  };

  void report(std::string_view pad, std::string_view key, MessageArgs args = {}) {
    if (!problem_) problem_ = LoadProblem{std::string(pad), std::string(key), owned(args)};
  }
  std::string element_pad() const { return pointer_join(array_pad_, index_); }

  bool fall_back_to_dom() {
    needs_dom_ = true;
    return false;
  }

  static void append_string(TextBuilder& out, std::string_view value, bool verbatim) {
    // A verbatim view lies between its quotes in the input (json/fast_reader.hpp): one copy.
    if (verbatim) out.append(value.data() - 1, value.size() + 2);
    else append_quoted(out, value);
  }

  bool is_duplicate(std::string_view name, bool verbatim) {
    SeenKeys& seen = seen_keys_[depth_ - 1];
    for (std::size_t i = 0; i < seen.count; ++i)
      if (seen.keys[i] == name) return true;
    // A verbatim key is a view into the text, which outlives the load; a decoded one is kept.
    if (!verbatim) name = escaped_keys_.append(name);
    if (seen.count == seen.keys.size()) seen.keys.emplace_back();
    seen.keys[seen.count++] = name;
    return false;
  }

  bool top_level_key(std::string_view name, bool verbatim) {
    if (is_duplicate(name, verbatim)) return fall_back_to_dom();
    if (problem_) return true;
    array_pad_ = pointer_join("", name);
    kind_.reset();
    for (std::size_t k = 0; k < kKindCount; ++k)
      if (kKindArrays[k] == name) kind_ = static_cast<Kind>(k);
    if (!kind_) report(array_pad_, "TOESTAND/soort", {name});
    // Size the table at once: no regrowth while loading, no slack after (a hint only: it may
    // be off on a state with a problem, which is refused anyway).
    if (kind_ && top_level_values_ < objects_per_array_.size())
      state_.reserve(*kind_, state_.count(*kind_) + objects_per_array_[top_level_values_]);
    ++top_level_values_;
    return true;
  }

  // Where a value starts: the root, a top-level value, an element, or inside an element.
  // Returns true when the value is inside an element and must be written.
  bool value_in_element(bool is_object, bool is_array) {
    if (depth_ == 0) {
      root_is_object_ = is_object;
      if (!is_object) report("", "TOESTAND/object");
      return false;
    }
    if (problem_ || !root_is_object_) return false;
    if (depth_ == kRoot) {
      if (!is_array) report(array_pad_, "TOESTAND/lijst");
      else index_ = 0;
      return false;
    }
    if (depth_ == kArray) {
      if (!is_object) report(element_pad(), "TOESTAND/element");
      return false;
    }
    if (after_key_) after_key_ = false;
    else if (!first_.back()) text_ += ',';
    first_.back() = false;
    return true;
  }

  template <class Write>
  bool scalar(Write write) {
    if (!value_in_element(false, false)) return true;
    write(text_);
    if (depth_ == kElement) end_capture();
    return true;
  }

  // The value of a captured key ends here (a value directly in the element was written).
  void end_capture() {
    if (!capturing_) return;
    fields_.back().end = static_cast<std::uint32_t>(text_.view().size());
    capturing_ = false;
  }

  bool open(bool is_object) {
    const bool is_element = depth_ == kArray && root_is_object_ && !problem_ && is_object;
    const bool inside = value_in_element(is_object, !is_object);
    ++depth_;
    if (seen_keys_.size() < depth_) seen_keys_.resize(depth_);
    seen_keys_[depth_ - 1].count = 0;
    if (is_element) {
      text_.clear();
      text_ += '{';
      first_.clear();
      first_.push_back(true);
      fields_.clear();
      capturing_ = false;
      return true;
    }
    if (!inside) return true;
    text_ += is_object ? '{' : '[';
    first_.push_back(true);
    return true;
  }

  bool close(char closer) {
    const std::size_t level = depth_--;
    if (problem_ || !root_is_object_ || level < kElement) return true;
    text_ += closer;
    if (level > kElement) {
      first_.pop_back();
      if (level == kElement + 1) end_capture();
      return true;
    }
    finish_element();
    ++index_;
    return true;
  }

  void finish_element() {
    TextArena decoded = decoded_texts();
    const std::optional<std::string_view> id = ObjectFields(text_.view(), fields_, decoded).find("id").string();
    if (!id || id->empty()) return report(element_pad() + "/id", "TOESTAND/id");
    if (state_.slot(*id)) return report(element_pad() + "/id", "TOESTAND/dubbel", {*id});
    state_.insert(*kind_, text_.view(), fields_);
  }

  State& state_;
  const std::vector<std::size_t>& objects_per_array_;  // from the input scan
  std::size_t top_level_values_ = 0;
  std::array<std::vector<std::string_view>, kKindCount> captured_;
  std::size_t depth_ = 0;
  bool root_is_object_ = true;
  bool needs_dom_ = false;
  std::optional<LoadProblem> problem_;
  std::vector<SeenKeys> seen_keys_;  // by depth - 1
  TextArena escaped_keys_ = decoded_texts();  // the decoded keys seen_keys_ points into (rare)

  std::optional<Kind> kind_;  // of the array being read
  std::string array_pad_;
  std::size_t index_ = 0;  // of the element being read

  TextBuilder text_;         // the element's compact text so far
  // Per open container of the element: nothing written in it yet. (Bytes, not std::vector<bool>,
  // whose bit-packing code the wasm module would carry for this one use.)
  std::vector<char> first_;
  bool after_key_ = false;
  std::vector<CapturedField> fields_;  // where in text_ the element's captured values are
  bool capturing_ = false;             // the value of fields_.back() is being written
};

tl::expected<Loaded, LoadFailure> finish(tl::expected<Loaded, LoadFailure> loaded) {
  if (!loaded) return loaded;
  auto derived = derive_memberships(loaded->state);
  if (!derived) return tl::make_unexpected(LoadFailure(derived.error()));
  loaded->derived_memberships = *derived;
  return loaded;
}

// One streaming pass of the fast reader over the text into a fresh state. Nothing when it stopped
// at a key named twice: the DOM parse then finds that key and says where it is (the differential
// load fuzzer holds the two paths equal). The partial state is gone by then, so that the
// fallback never holds a state and a DOM at once.
std::optional<tl::expected<Loaded, LoadFailure>> stream(std::string_view text, const std::vector<std::size_t>& objects_per_array) {
  Loaded loaded;
  StreamLoader loader(loaded.state, objects_per_array);
  FastReader reader(without_byte_order_mark(text), loader);
  const FastRead read = reader.read();
  if (loader.needs_dom()) return std::nullopt;
  // A syntax error wins over a TOESTAND problem before it, as it does when the DOM is parsed first.
  if (!read_whole(read, reader.stop())) return tl::make_unexpected(LoadFailure(describe_syntax_error(text, reader.stop())));
  if (loader.problem()) return tl::make_unexpected(LoadFailure(*loader.problem()));
  return finish(std::move(loaded));
}

ParseProblem duplicate_key(std::string_view text) {
  Json root;
  const ReleaseOnExit release_partial(root);
  if (auto problem = parse_unique_keys(text, root)) return std::move(*problem);
  return ParseProblem{"JSON-SYNTAX", 0, {"0"}};  // not reached: both readers see the same keys
}

}  // namespace

tl::expected<Loaded, LoadFailure> load_state_text(std::string_view text, std::size_t max_bytes, std::size_t max_depth) {
  std::vector<std::size_t> objects_per_array;
  if (auto problem = check_input(text, max_bytes, max_depth, &objects_per_array))
    return tl::make_unexpected(LoadFailure(std::move(*problem)));
  if (auto done = stream(text, objects_per_array)) return std::move(*done);
  return tl::make_unexpected(LoadFailure(duplicate_key(text)));
}

tl::expected<Loaded, LoadFailure> load_state_dom(std::string_view text, std::size_t max_bytes, std::size_t max_depth) {
  auto root = parse_bounded(text, max_bytes, max_depth);
  if (!root) return tl::make_unexpected(LoadFailure(root.error()));
  const ReleaseOnExit release_root(*root);
  auto loaded = load_state(*root);
  if (!loaded) return tl::make_unexpected(LoadFailure(loaded.error()));
  return std::move(*loaded);
}

}  // namespace samen
