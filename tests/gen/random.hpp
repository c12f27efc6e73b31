// A seeded pseudo-random source for the generated catalogues. Every draw is defined here (no
// std::uniform_int_distribution, whose results differ between standard libraries), so that a
// seed gives the same catalogue on every machine and with every compiler.
#pragma once

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace samen_gen {

class Random {
 public:
  // Different (seed, stream) pairs give independent sequences: one stream per region and kind.
  explicit Random(std::uint64_t seed, std::uint64_t stream = 0) {
    std::uint64_t mix = seed ^ (stream * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull);
    for (auto& word : state_) word = splitmix(mix);
  }

  // xoshiro256**
  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }

  // A double in [0, 1) from the top 53 bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  // An integer in [low, high].
  std::int64_t between(std::int64_t low, std::int64_t high) {
    if (high < low) throw std::logic_error("between: empty range");
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    __extension__ using Wide = unsigned __int128;  // Lemire: the high half of a 64x64 product
    return low + static_cast<std::int64_t>(static_cast<Wide>(next()) * span >> 64);
  }
  std::size_t below(std::size_t count) { return static_cast<std::size_t>(between(0, static_cast<std::int64_t>(count) - 1)); }

  bool chance(double probability) { return unit() < probability; }

  template <class T>
  const T& pick(const std::vector<T>& items) {
    if (items.empty()) throw std::logic_error("pick from an empty list");
    return items[below(items.size())];
  }

  // Up to `count` distinct indexes of [0, size), in drawing order.
  std::vector<std::size_t> sample(std::size_t size, std::size_t count) {
    std::vector<std::size_t> pool(size);
    for (std::size_t i = 0; i < size; ++i) pool[i] = i;
    if (count > size) count = size;
    for (std::size_t i = 0; i < count; ++i) std::swap(pool[i], pool[i + below(size - i)]);
    pool.resize(count);
    return pool;
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::uint64_t state_[4];
};

// Indexes in [0, count) with a heavy head: index i has weight 1 / (i + offset), so that a few
// modules are used everywhere and a few gemeenten are big (Zeist has 261 packages). Only
// basic arithmetic: the same draws on every machine (no libm).
class Skewed {
 public:
  Skewed(std::size_t count, double offset) : cumulative_(count) {
    double total = 0;
    for (std::size_t i = 0; i < count; ++i) cumulative_[i] = total += 1.0 / (static_cast<double>(i) + offset);
  }
  std::size_t operator()(Random& random) const {
    if (cumulative_.empty()) throw std::logic_error("draw from an empty range");
    const double roll = random.unit() * cumulative_.back();
    const auto at = std::upper_bound(cumulative_.begin(), cumulative_.end(), roll) - cumulative_.begin();
    return std::min(static_cast<std::size_t>(at), cumulative_.size() - 1);
  }
  std::size_t size() const { return cumulative_.size(); }

 private:
  std::vector<double> cumulative_;
};

}  // namespace samen_gen
