#include "json/release.hpp"

namespace samen {
namespace {

bool has_children(const Json& value) { return (value.is_array() || value.is_object()) && !value.empty(); }

Json& last_child(Json& value) {
  if (value.is_array()) return value.get_ref<Json::array_t&>().back();
  return value.get_ref<Json::object_t&>().back().second;
}

}  // namespace

void release(Json& value) noexcept {
  // Each round walks down the last children to a leaf (a scalar or an empty container, whose
  // destruction allocates nothing) and removes it from its parent. O(size x depth), and the
  // depth of parsed input is bounded by maxDiepte.
  for (;;) {
    Json* parent = nullptr;
    Json* node = &value;
    while (has_children(*node)) {
      parent = node;
      node = &last_child(*node);
    }
    if (!parent) break;
    if (parent->is_array()) parent->get_ref<Json::array_t&>().pop_back();
    else parent->get_ref<Json::object_t&>().pop_back();
  }
  value = nullptr;  // a scalar or an empty container by now: nothing left to allocate for
}

}  // namespace samen
