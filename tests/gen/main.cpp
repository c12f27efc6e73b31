// samen-gen: writes the generated catalogue states and command streams of the benchmark.
//   samen-gen state SCALE OUT.json [--seed N]
//   samen-gen commands COUNT OUT.jsonl [--fraction F] [--seed N]
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "generator.hpp"

namespace {

int usage() {
  std::fputs("usage: samen-gen state SCALE OUT.json [--seed N]\n"
             "       samen-gen commands COUNT OUT.jsonl [--fraction F] [--seed N]\n", stderr);
  return 2;
}

bool write_file(const char* path, const auto& produce) {
  std::FILE* file = std::fopen(path, "wb");
  if (!file) return false;
  bool ok = true;
  produce([&](std::string_view chunk) { ok = ok && std::fwrite(chunk.data(), 1, chunk.size(), file) == chunk.size(); });
  return std::fclose(file) == 0 && ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return usage();
  const std::string_view what = argv[1];
  std::uint64_t seed = samen_gen::kDefaultSeed;
  double fraction = 1.0;
  for (int i = 4; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--fraction") fraction = std::strtod(argv[i + 1], nullptr);
    else return usage();
  }
  bool ok = false;
  if (what == "state") {
    const double scale = std::strtod(argv[2], nullptr);
    if (!(scale > 0)) return usage();
    ok = write_file(argv[3], [&](auto&& sink) { samen_gen::write_state(scale, seed, sink); });
  } else if (what == "commands") {
    const auto count = static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10));
    ok = write_file(argv[3], [&](auto&& sink) {
      for (const std::string& line : samen_gen::commands(count, fraction, seed)) {
        sink(line);
        sink("\n");
      }
    });
  } else {
    return usage();
  }
  if (!ok) std::perror(argv[3]);
  return ok ? 0 : 1;
}
