// `samen check` on a large catalogue: generates a consistent catalogue with N usage
// registrations (default 20,000; 90% by gemeenten, 10% by collectives for their members, plus
// memberships, koppelingen, afspraken, evaluaties) with a few planted findings, then times the
// CLI end to end (read, load, controle, print) and, in process, load and controle apart.
// Prints wall-clock and CPU times (CPU time is the steadier figure on a busy machine); it is a
// benchmark, not a test. Build Release for real figures:
//   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release -j2 \
//     --target samen_bench_check samen_cli && build-release/tests/bench/samen_bench_check [N] [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/resource.h>

#include "catalogue.hpp"
#include "samen/engine.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time (user + system) of the finished child processes so far, in ms.
double children_cpu_ms() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  const auto ms = [](const timeval& t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

samen_test::CatalogueSize size_for(int usages) {
  samen_test::CatalogueSize size;
  size.gemeenten = 400;
  size.leveranciers = 40;
  size.collectives = 40;
  size.modules = 2 * std::max(100, usages / 200);
  size.collective_usage = usages / 10;
  size.own_usage = usages - size.collective_usage;
  size.koppelingen = usages / 50;
  return size;
}

}  // namespace

int main(int argc, char** argv) {
  const int usages = argc > 1 ? std::atoi(argv[1]) : 20000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  nlohmann::ordered_json state = samen_test::generate_catalogue(size_for(usages));
  // A few findings, so that the report has something to render: every 500th own usage names a
  // module that does not exist.
  for (std::size_t i = 0; i < state["gebruik"].size(); i += 500) state["gebruik"][i]["module"] = "m-weg";
  const std::string text = state.dump();
  const auto path = std::filesystem::temp_directory_path() / ("samen-check-bench-" + std::to_string(usages) + ".json");
  std::ofstream(path) << text;

  std::size_t objects = 0;
  for (const auto& [kind, items] : state.items()) objects += items.size();
  std::printf("catalogue: %d usage registrations, %zu objects, %.1f MB (%s)\n", usages, objects, text.size() / 1e6,
              path.c_str());

  std::vector<double> cli, cli_cpu, load, check;
  std::string report;
  for (int run = 0; run < runs; ++run) {
    const auto start = Clock::now();
    const double cpu_before = children_cpu_ms();
    const int status = std::system((std::string(SAMEN_CLI) + " check " + path.string() + " > /dev/null").c_str());
    cli.push_back(ms_since(start));
    cli_cpu.push_back(children_cpu_ms() - cpu_before);
    if (status == -1) return 2;

    auto engine = samen::Engine::create("");
    if (!engine) return 2;
    const auto loading = Clock::now();
    if (!engine->load(text)) return 2;
    load.push_back(ms_since(loading));
    const auto checking = Clock::now();
    const auto answer = engine->query(R"({"vraag":"controle","tijdstip":"2026-11-22T10:00:00Z"})");
    check.push_back(ms_since(checking));
    if (!answer) return 2;
    report = *answer;
  }
  std::printf("report: %.60s...\n", report.c_str());
  std::printf("samen check (CLI, end to end): wall median %.1f ms, best %.1f ms; CPU median %.1f ms; %d runs\n",
              median(cli), *std::min_element(cli.begin(), cli.end()), median(cli_cpu), runs);
  std::printf("  in process: load %.1f ms, controle %.1f ms (medians)\n", median(load), median(check));
  std::filesystem::remove(path);
  return 0;
}
