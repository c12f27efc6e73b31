// The C ABI's promise on threads (samen.h): no global mutable state, so separate engines may be
// used from separate threads at once, and check, query and export on one engine may run
// concurrently. Run under ThreadSanitizer by ./run test (build/tsan); natively it checks that
// every thread gets exactly the answers a single thread gets.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "capi_session.hpp"

using samen_support::Reply;
using samen_support::Session;

namespace {

int failures = 0;

void expect(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "FAILED: %s\n", what);
  ++failures;  // only ever written by the main thread
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(line);
  return out;
}

// Everything one engine answers to the journey: each apply, then the export.
std::string journey(const std::string& options, const std::string& state, const std::vector<std::string>& commands) {
  auto session = Session::create(options);
  if (!session) return "no engine";
  std::string transcript = session->load(state).text;
  for (const std::string& command : commands) transcript += "\n" + session->apply(command).text;
  return transcript + "\n" + session->exported();
}

const char* const kQueries[] = {
    R"({"vraag":"leden","actor":{"organisatie":"sw-noord","rollen":["gebruik-beheerder"]},"gegevens":{"samenwerking":"sw-noord"}})",
    R"({"vraag":"deelnames","gegevens":{"organisatie":"g-utrecht"}})",
    R"({"vraag":"toegestaneOpdrachten","actor":{"rollen":["functioneel-beheerder"]},"gegevens":{"object":"sw-noord"}})",
};

// What one reader asks of a shared engine, in order.
std::string read_round(const Session& session, const std::vector<std::string>& commands) {
  std::string transcript;
  for (const std::string& command : commands) transcript += session.check(command).text + "\n";
  for (const char* query : kQueries) transcript += session.query(query).text + "\n";
  return transcript + session.exported();
}

}  // namespace

int main() {
  const std::string state = read(std::string(SAMEN_EXAMPLES_DIR) + "/catalogus.json");
  const std::vector<std::string> commands = lines(read(std::string(SAMEN_EXAMPLES_DIR) + "/journey.jsonl"));
  expect(!state.empty() && !commands.empty(), "the examples can be read");
  const std::vector<std::string> options = {"", R"({"taal":"en"})", R"({"beleid":{"lidmaatschapBevestiging":false}})",
                                            R"({"taal":"en","beleid":{"genesteSamenwerkingen":true}})"};
  constexpr int kThreads = 8;
  constexpr int kRounds = 20;

  // 1. Separate engines, one per thread, each going through the whole journey many times.
  std::vector<std::string> reference;
  for (const std::string& o : options) reference.push_back(journey(o, state, commands));
  std::vector<std::string> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      const std::string& o = options[static_cast<std::size_t>(t) % options.size()];
      std::string last;
      for (int round = 0; round < kRounds; ++round) {
        const std::string transcript = journey(o, state, commands);
        if (round > 0 && transcript != last) last = "differs between rounds";
        else last = transcript;
      }
      results[static_cast<std::size_t>(t)] = last;
    });
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t)
    expect(results[static_cast<std::size_t>(t)] == reference[static_cast<std::size_t>(t) % options.size()],
           "a thread with its own engine answers as a single thread does");

  // 2. One engine, many readers at once: check, query and export concurrently.
  auto shared = Session::create("");
  expect(shared && shared->load(state).ok(), "the shared engine loads");
  const std::string expected = read_round(*shared, commands);
  std::vector<std::string> read_results(kThreads);
  threads.clear();
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      std::string last;
      for (int round = 0; round < kRounds; ++round) {
        const std::string transcript = read_round(*shared, commands);
        last = round > 0 && transcript != last ? "differs between rounds" : transcript;
      }
      read_results[static_cast<std::size_t>(t)] = last;
    });
  for (std::thread& thread : threads) thread.join();
  for (const std::string& result : read_results) expect(result == expected, "concurrent readers of one engine agree");

  std::printf("threads: %d threads x %d rounds, separate engines and shared readers: %s\n", kThreads, kRounds,
              failures == 0 ? "ok" : "FAILED");
  return failures == 0 ? 0 : 1;
}
