#include "checks/findings.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

#include "model/order.hpp"
#include "rules/common.hpp"  // active_member_at

namespace samen::checks {
namespace {

// Compares JSON Pointers token by token, numbers by value: "/deelnemers/2" before "/deelnemers/10".
bool pointer_less(std::string_view a, std::string_view b) {
  while (!a.empty() && !b.empty()) {
    const auto next = [](std::string_view& rest) {
      rest.remove_prefix(1);  // the '/'
      const std::size_t end = rest.find('/');
      const std::string_view token = rest.substr(0, end);
      rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
      return token;
    };
    const std::string_view x = next(a);
    const std::string_view y = next(b);
    if (x == y) continue;
    std::uint64_t nx = 0, ny = 0;
    const bool numbers = std::from_chars(x.data(), x.data() + x.size(), nx).ptr == x.data() + x.size() &&
                         std::from_chars(y.data(), y.data() + y.size(), ny).ptr == y.data() + y.size() && !x.empty() &&
                         !y.empty();
    if (numbers && nx != ny) return nx < ny;
    return x < y;
  }
  return a.size() < b.size();
}

}  // namespace

Findings::Findings(const Ctx& ctx_in) : ctx(ctx_in), state(ctx_in.state), beleid(ctx_in.beleid) {
  for (std::size_t k = 0; k < kKindCount; ++k) {
    with_kind(static_cast<Kind>(k), [&](auto* type) {
      using T = std::remove_pointer_t<decltype(type)>;
      const auto& items = state.table<T>().items;
      auto& positions = positions_[k];
      positions.resize(items.size());
      std::uint32_t exported = 0;
      for (std::size_t i = 0; i < items.size(); ++i) positions[i] = items[i].removed ? exported : exported++;
      irregular_[k].assign(items.size(), 0);
    });
  }
}

std::string Findings::pointer(Kind kind, std::uint32_t index) const {
  return pointer_join(pointer_join("", kKindArrays[static_cast<std::size_t>(kind)]),
                      positions_[static_cast<std::size_t>(kind)][index]);
}

std::string_view id_at(const State& state, Kind kind, std::uint32_t index) {
  return with_kind(kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    return state.name(state.at<T>(index).id);
  });
}

std::string pointer_to(const State& state, Kind kind, std::uint32_t index) {
  return with_kind(kind, [&](auto* type) {
    using T = std::remove_pointer_t<decltype(type)>;
    const auto& items = state.table<T>().items;
    const auto removed = std::count_if(items.begin(), items.begin() + index, [](const T& item) { return item.removed; });
    return pointer_join(pointer_join("", kKindArrays[static_cast<std::size_t>(kind)]), index - static_cast<std::size_t>(removed));
  });
}

void Findings::report(Kind kind, std::uint32_t index, std::string_view within, std::string_view key, MessageArgs args,
                      std::optional<Ernst> ernst) {
  record(kind, index, std::string(within), std::string(key), owned(args), ernst);
}

void Findings::record(Kind kind, std::uint32_t index, std::string within, std::string key, std::vector<std::string> args,
                      std::optional<Ernst> ernst) {
  Melding melding{Stage::rules, std::move(key), pointer(kind, index) + within, std::move(args), ernst};
  findings_.push_back(Finding{kind, index, std::move(within), std::move(melding)});
}

void Findings::adopt(Kind kind, std::uint32_t index, Melding melding) {
  constexpr std::string_view kGegevens = "/gegevens";
  const auto inside = [&](const std::string& pad) {
    return pad.rfind(kGegevens, 0) == 0 ? pad.substr(kGegevens.size()) : std::string();
  };
  for (std::string& arg : melding.args)  // messages that name the field name it by its pad
    if (arg.rfind(kGegevens, 0) == 0) arg = pointer(kind, index) + inside(arg);
  record(kind, index, inside(melding.pad), std::move(melding.key), std::move(melding.args), melding.ernst);
}

void Findings::mark_irregular(Kind kind, std::uint32_t index) { irregular_[static_cast<std::size_t>(kind)][index] = 1; }

bool Findings::active_member(Id collective, Id member) const {
  return active_member_at(state, collective, member, std::numeric_limits<std::int64_t>::max());
}

std::vector<Finding> Findings::take() && {
  stable_sort_items(findings_, [](const Finding& a, const Finding& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.index != b.index) return a.index < b.index;
    if (a.within != b.within) return pointer_less(a.within, b.within);
    return a.melding.code() < b.melding.code();
  });
  findings_.erase(std::unique(findings_.begin(), findings_.end(),
                              [](const Finding& a, const Finding& b) {
                                return a.melding.key == b.melding.key && a.melding.pad == b.melding.pad &&
                                       a.melding.args == b.melding.args;
                              }),
                  findings_.end());
  return std::move(findings_);
}

}  // namespace samen::checks
