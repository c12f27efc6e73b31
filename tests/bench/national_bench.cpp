// The native half of `./run bench` (scripts/bench.sh): each subcommand measures one thing on
// the generated catalogues and prints one JSON object as its last line.
//   parse STATE.json [ROUNDS]             nlohmann::json::parse alone: the floor
//   load STATE.json [ROUNDS]              Engine::load, then the controle query
//   check STATE.json COMMANDS.jsonl [ROUNDS]   one check per command: p50 / p99
//   memory STATE.json                     resident growth when the state is loaded
// Times are CPU time of the measuring thread (CLOCK_THREAD_CPUTIME_ID), the minimum over the
// rounds: the machines this runs on are shared, and waiting for a core is not the engine's cost.
// Under `valgrind --tool=callgrind --collect-atstart=no` only the measured calls are counted
// (instruction counts are reproducible where times are not).
#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#endif

#include "samen/engine.hpp"

namespace {

// Big enough for S100; the engine's default (256 MiB) protects hosts from hostile input.
constexpr const char* kOptions = R"({"limieten":{"maxBytes":4294967295}})";
constexpr const char* kControle = R"({"vraag":"controle","tijdstip":"2026-11-22T10:00:00Z"})";

double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

double wall_seconds() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path);
    std::exit(2);
  }
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

samen::Engine make_engine() {
  auto engine = samen::Engine::create(kOptions);
  if (!engine) {
    std::fprintf(stderr, "%s\n", samen::render_failure(engine.error()).c_str());
    std::exit(2);
  }
  return std::move(*engine);
}

void fail(const samen::CallFailure& failure) {
  std::fprintf(stderr, "%s\n", samen::render_failure(failure).c_str());
  std::exit(1);
}

struct Timed {
  double cpu = std::numeric_limits<double>::infinity();
  double wall = std::numeric_limits<double>::infinity();
};

// The best of `rounds` runs of f.
Timed best_of(int rounds, const std::function<void()>& f) {
  Timed best;
  for (int i = 0; i < rounds; ++i) {
    const double cpu = cpu_seconds(), wall = wall_seconds();
    CALLGRIND_TOGGLE_COLLECT;
    f();
    CALLGRIND_TOGGLE_COLLECT;
    best.cpu = std::min(best.cpu, cpu_seconds() - cpu);
    best.wall = std::min(best.wall, wall_seconds() - wall);
  }
  return best;
}

int parse(const char* path, int rounds) {
  const std::string text = read_file(path);
  std::size_t size = 0;
  const Timed t = best_of(rounds, [&] { size = nlohmann::json::parse(text).size(); });
  nlohmann::json out = {{"bytes", text.size()}, {"arrays", size}, {"parse_cpu_s", t.cpu}, {"parse_wall_s", t.wall}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

int load(const char* path, int rounds) {
  const std::string text = read_file(path);
  std::string loaded, report;
  bool controle = true;
  Timed load_t, controle_t;
  // A fresh engine each round: replacing a loaded state would add freeing the old one.
  for (int round = 0; round < rounds; ++round) {
    samen::Engine engine = make_engine();
    const Timed l = best_of(1, [&] {
      auto answer = engine.load(text);
      if (!answer) fail(answer.error());
      loaded = std::move(*answer);
    });
    const Timed c = best_of(1, [&] {
      auto answer = engine.query(kControle);
      if (!answer) {
        // Until the controle query exists, the benchmark measures load alone.
        if (answer.error().fouten.at(0).code != "VRAAG-ONBEKEND") fail(answer.error());
        controle = false;
        return;
      }
      report = std::move(*answer);
    });
    load_t = {std::min(load_t.cpu, l.cpu), std::min(load_t.wall, l.wall)};
    controle_t = {std::min(controle_t.cpu, c.cpu), std::min(controle_t.wall, c.wall)};
  }
  nlohmann::json out = {{"bytes", text.size()}, {"load_cpu_s", load_t.cpu}, {"load_wall_s", load_t.wall},
                        {"controle", controle}, {"geladen", nlohmann::json::parse(loaded)}};
  if (controle) {
    const auto parsed = nlohmann::json::parse(report);
    out["controle_cpu_s"] = controle_t.cpu;
    out["controle_wall_s"] = controle_t.wall;
    out["controle_aantallen"] = parsed.value("aantallen", nlohmann::json::object());
    out["controle_answer_bytes"] = report.size();
  }
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(rank, values.size() - 1)];
}

// FNV-1a over every answer: equal digests on S1 and S100 show the same decisions.
std::uint64_t fnv(std::uint64_t hash, const std::string& text) {
  for (const unsigned char ch : text) hash = (hash ^ ch) * 0x100000001B3ull;
  return hash;
}

int check(const char* state_path, const char* commands_path, int rounds) {
  samen::Engine engine = make_engine();
  {
    const std::string text = read_file(state_path);
    if (auto answer = engine.load(text); !answer) fail(answer.error());
  }
  std::vector<std::string> commands;
  std::istringstream lines(read_file(commands_path));
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) commands.push_back(line);
  std::vector<double> best(commands.size(), std::numeric_limits<double>::infinity());
  std::size_t allowed = 0, refused = 0, not_evaluated = 0;
  std::uint64_t digest = 0xCBF29CE484222325ull;
  for (int round = 0; round < rounds; ++round) {
    for (std::size_t i = 0; i < commands.size(); ++i) {
      const double start = cpu_seconds();
      CALLGRIND_TOGGLE_COLLECT;
      const auto answer = engine.check(commands[i]);
      CALLGRIND_TOGGLE_COLLECT;
      const double spent = cpu_seconds() - start;
      best[i] = std::min(best[i], spent);
      if (round) continue;
      if (!answer) {
        ++not_evaluated;
        digest = fnv(digest, samen::render_failure(answer.error()));
        continue;
      }
      (answer->starts_with(R"({"toegestaan":true)") ? allowed : refused) += 1;
      digest = fnv(digest, *answer);
    }
  }
  double total = 0;
  for (double b : best) total += b;
  // The median per command type: where the tail of the distribution comes from.
  std::map<std::string, std::vector<double>> by_type;
  for (std::size_t i = 0; i < commands.size(); ++i)
    by_type[nlohmann::json::parse(commands[i]).value("opdracht", "?")].push_back(best[i]);
  nlohmann::json per_type = nlohmann::json::object();
  for (const auto& [name, times] : by_type) per_type[name] = {{"n", times.size()}, {"p50_us", 1e6 * percentile(times, 0.5)}, {"max_us", 1e6 * percentile(times, 1.0)}};
  char hex[20];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(digest));
  nlohmann::json out = {{"commands", commands.size()}, {"rounds", rounds}, {"allowed", allowed}, {"refused", refused},
                        {"not_evaluated", not_evaluated}, {"answers_digest", hex},
                        {"p50_us", 1e6 * percentile(best, 0.5)}, {"p90_us", 1e6 * percentile(best, 0.9)},
                        {"p99_us", 1e6 * percentile(best, 0.99)}, {"max_us", 1e6 * percentile(best, 1.0)},
                        {"mean_us", 1e6 * total / static_cast<double>(best.size())}, {"per_type", per_type}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

long resident_bytes() {
  long pages = 0, resident = 0;
  std::ifstream statm("/proc/self/statm");
  statm >> pages >> resident;
  return resident * sysconf(_SC_PAGESIZE);
}

long peak_resident_bytes() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6) * 1024;
  return 0;
}

int memory(const char* path) {
  const std::string text = read_file(path);
  samen::Engine engine = make_engine();
  const long before = resident_bytes();
  const std::size_t heap_before = mallinfo2().uordblks;
  if (auto answer = engine.load(text); !answer) fail(answer.error());
  const long after = resident_bytes();
  const std::size_t heap_after = mallinfo2().uordblks;
  const long peak = peak_resident_bytes();
  nlohmann::json out = {{"bytes", text.size()},
                        {"resident_growth", after - before},
                        {"heap_in_use_growth", static_cast<long>(heap_after) - static_cast<long>(heap_before)},
                        {"peak_over_start", peak - before},
                        {"state_bytes_per_json_byte", static_cast<double>(after - before) / static_cast<double>(text.size())}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string what = argc > 1 ? argv[1] : "";
  const auto rounds = [&](int at, int fallback) { return argc > at ? std::max(1, std::atoi(argv[at])) : fallback; };
  if (what == "parse" && argc >= 3) return parse(argv[2], rounds(3, 3));
  if (what == "load" && argc >= 3) return load(argv[2], rounds(3, 3));
  if (what == "check" && argc >= 4) return check(argv[2], argv[3], rounds(4, 5));
  if (what == "memory" && argc >= 3) return memory(argv[2]);
  std::fputs("usage: samen_bench_national parse|load STATE.json [ROUNDS] | check STATE.json COMMANDS.jsonl [ROUNDS] | memory STATE.json\n", stderr);
  return 2;
}
