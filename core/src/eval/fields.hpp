// Reading the gegevens of a command: each reader checks presence (INVOER-001) and JSON
// type or list membership (INVOER-002) and records the melding with its JSON Pointer, so
// that a rule only ever sees well-formed values.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "eval/context.hpp"
#include "json/json.hpp"
#include "model/vocab.hpp"

namespace samen {

enum class Need : std::uint8_t { required, optional };

class Fields {
 public:
  // `pad` must outlive the evaluation: a literal, or kept by the context (Ctx::keep).
  Fields(Ctx& ctx, const Json* object, std::string_view pad) : ctx_(ctx), object_(object), pad_(pad) {}

  std::string_view pad() const { return pad_; }
  std::string pad(std::string_view key) const { return pointer_join(pad_, key); }
  const Json* raw(std::string_view key) const;  // null when absent
  bool has(std::string_view key) const { return raw(key) != nullptr; }

  std::optional<std::string_view> text(std::string_view key, Need need = Need::required);
  std::optional<IdField> id(std::string_view key, Need need = Need::required);
  std::optional<bool> flag(std::string_view key, Need need = Need::optional);

  template <class E, std::size_t N>
  std::optional<E> choice(std::string_view key, const Vocab<E, N>& vocab, Need need = Need::required,
                          std::string_view code = "INVOER-002");

  // A list of ids (strings); each wrong element is reported at its own index.
  std::optional<std::vector<IdField>> ids(std::string_view key, Need need = Need::optional);
  // A list of values from a closed list.
  template <class E, std::size_t N>
  std::optional<std::vector<E>> choices(std::string_view key, const Vocab<E, N>& vocab, Need need = Need::optional);

  // A nested object, read with the same checks.
  std::optional<Fields> object(std::string_view key, Need need = Need::required);

 private:
  // The shared, non-template cores of choice() and choices(): positions in the vocabulary's
  // names (one instance for every vocabulary keeps the wasm module small, issue 7).
  std::optional<std::size_t> choice_index(std::string_view key, std::span<const std::string_view> names, Need need,
                                          std::string_view code);
  std::optional<std::vector<std::size_t>> choice_indexes(std::string_view key, std::span<const std::string_view> names,
                                                         Need need);

  // The value if present and of the wanted type; reports INVOER-001/002 otherwise.
  const Json* typed(std::string_view key, Need need, bool (*ok)(const Json&), std::string_view expected);  // "tekst", "lijst", ...: the INVOER-002 variant

  Ctx& ctx_;
  const Json* object_;
  std::string_view pad_;
};

template <class E, std::size_t N>
std::optional<E> Fields::choice(std::string_view key, const Vocab<E, N>& vocab, Need need, std::string_view code) {
  const auto index = choice_index(key, vocab.names, need, code);
  if (!index) return std::nullopt;
  return static_cast<E>(*index);
}

template <class E, std::size_t N>
std::optional<std::vector<E>> Fields::choices(std::string_view key, const Vocab<E, N>& vocab, Need need) {
  const auto indexes = choice_indexes(key, vocab.names, need);
  if (!indexes) return std::nullopt;
  std::vector<E> out;
  out.reserve(indexes->size());
  for (std::size_t index : *indexes) out.push_back(static_cast<E>(index));
  return out;
}

}  // namespace samen
