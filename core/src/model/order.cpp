#include "model/order.hpp"

#include <algorithm>
#include <numeric>

namespace samen {

std::vector<std::uint32_t> stable_order(std::size_t count, PositionLess less) {
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::stable_sort(order.begin(), order.end(), less);
  return order;
}

}  // namespace samen
