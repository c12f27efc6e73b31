// AFS-006 with many agreements: one collective with N afspraken, each a one-day event on its
// own day, then afspraak.vastleggen and afspraak.wijzigen checked through the engine with an
// evenement that is free or taken, and the bare index query beside a scan of every afspraak
// (what the index saves). Prints CPU time per check. Build Release for real figures:
//   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release -j2 \
//     --target samen_bench_afs006 && build-release/tests/bench/samen_bench_afs006 [N ...]
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "model/load.hpp"
#include "model/time.hpp"
#include "samen/engine.hpp"

namespace {

constexpr std::int32_t kFirstDay = 20000;  // 2024-10-04; event i takes day kFirstDay + 2i

std::string day(std::int32_t offset) { return samen::format_date(kFirstDay + offset); }

std::string state_with(int count) {
  std::string out = R"({"organisaties":[{"id":"sw","naam":"Regio","type":"Samenwerking","status":"Actief"}],"afspraken":[)";
  for (int i = 0; i < count; ++i) {
    if (i) out += ',';
    const std::string date = day(2 * i);
    out += R"({"id":"a-)" + std::to_string(i) + R"(","samenwerking":"sw","partnermodel":"samen-sterk","fase":"delen","evenement":{"van":")" +
           date + R"(","tot":")" + date + R"("}})";
  }
  return out + "]}";
}

std::string vastleggen(std::int32_t offset) {
  return R"({"opdracht":"afspraak.vastleggen","actor":{"organisatie":"sw","rollen":["gebruik-beheerder"]},"tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"a-new","samenwerking":"sw","partnermodel":"samen-sterk","evenement":{"van":")" +
         day(offset) + R"(","tot":")" + day(offset) + R"("}}})";
}

std::string wijzigen(int id, std::int32_t offset) {
  return R"({"opdracht":"afspraak.wijzigen","actor":{"organisatie":"sw","rollen":["gebruik-beheerder"]},"tijdstip":"2026-11-22T10:00:00Z","gegevens":{"id":"a-)" +
         std::to_string(id) + R"(","evenement":{"van":")" + day(offset) + R"(","tot":")" + day(offset) + R"("}}})";
}

// Mean microseconds of CPU time per call of f over `rounds` calls. CPU time, not wall time:
// the machines this runs on are shared, and waiting for a core is not the engine's cost.
template <class F>
double per_call(int rounds, F&& f) {
  const std::clock_t start = std::clock();
  for (int i = 0; i < rounds; ++i) f(i);
  return 1e6 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC / rounds;
}

void run(int count) {
  const int rounds = 2000;
  auto engine = samen::Engine::create("");
  if (!engine) std::abort();
  const std::string state = state_with(count);
  const double load_ms = per_call(1, [&](int) {
    if (!engine->load(state)) std::abort();
  }) / 1000.0;

  int allowed = 0;
  const auto note = [&](const samen::Answer& answer) {
    if (!answer) std::abort();
    if (answer->find(R"("toegestaan":true)") != std::string::npos) ++allowed;
  };
  const auto spread = [&](int i) { return static_cast<std::int32_t>((i * 7919) % count); };
  const double free_day = per_call(rounds, [&](int i) { note(engine->check(vastleggen(2 * spread(i) + 1))); });
  const int free_allowed = allowed;
  allowed = 0;
  const double taken_day = per_call(rounds, [&](int i) { note(engine->check(vastleggen(2 * spread(i)))); });
  const int taken_allowed = allowed;
  allowed = 0;
  const double change = per_call(rounds, [&](int i) { note(engine->check(wijzigen(spread(i), 2 * spread(i + 1)))); });

  // The bare index query, and a scan of every afspraak for comparison.
  auto loaded = samen::load_state(samen::Json::parse(state));
  if (!loaded) std::abort();
  const samen::State& s = loaded->state;
  const samen::Id sw = *s.find_id("sw");
  std::size_t hits = 0;
  const int queries = 200000;
  const double index_ns = 1000.0 * per_call(queries, [&](int i) {
    const std::int32_t d = kFirstDay + 2 * spread(i);
    hits += s.index.events_by_samenwerking.overlapping(sw, {d, d}).size();
  });
  const double scan_ns = 1000.0 * per_call(2000, [&](int i) {
    const std::int32_t d = kFirstDay + 2 * spread(i);
    for (const samen::Afspraak& a : s.table<samen::Afspraak>().items)
      if (a.samenwerking == sw && a.holds_date() && a.terms.evenement->van <= d && a.terms.evenement->tot >= d) ++hits;
  });

  std::printf("%7d afspraken  load %8.1f ms | check vastleggen free day %6.1f us (%d/%d allowed), taken day %6.1f us (%d/%d allowed), "
              "wijzigen evenement %6.1f us | index query %6.0f ns vs scan %9.0f ns\n",
              count, load_ms, free_day, free_allowed, rounds, taken_day, taken_allowed, rounds, change, index_ns, scan_ns);
  if (hits == 0) std::abort();  // keeps the queries from being optimised away
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> counts;
  for (int i = 1; i < argc; ++i) counts.push_back(std::atoi(argv[i]));
  if (counts.empty()) counts = {100, 10000, 100000};
  for (int count : counts)
    if (count > 0) run(count);
  return 0;
}
