// The hostile corpus (tests/hostile/, written by generate.py): every file gets the answer its
// entry in expectations.json names (a call-level code, or a refusal with a melding of that code
// at that field), never a crash or a breach of the answer contract, and the exported state is
// byte-identical before and after. Each file is also fed to every other entry point.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "answer_contract.hpp"
#include "capi_session.hpp"
#include "example.hpp"
#include "spec_names.hpp"

using Json = nlohmann::json;
using samen_support::Call;
using samen_support::Reply;
using samen_support::Session;

namespace {

const std::filesystem::path kDir = SAMEN_HOSTILE_DIR;

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool under(const std::string& pad, const std::string& prefix) {
  return pad == prefix || (pad.size() > prefix.size() && pad.compare(0, prefix.size(), prefix) == 0 && pad[prefix.size()] == '/');
}

struct Expectation {
  std::set<std::string> codes;
  std::optional<std::string> pad;
};

// Whether the reply is the expected answer: a call-level failure with one of the codes, or an
// evaluated answer that refuses with a fout of one of the codes (at the field, if one is named).
bool expected(const Reply& reply, const Expectation& expectation, const std::string& entry) {
  if (reply.status == SAMEN_ERR_INPUT) return expectation.codes.count(samen_support::first_error_code(reply)) > 0;
  if (reply.status != SAMEN_OK || entry == "options" || entry == "state") return false;
  const bool is_command = entry == "command";
  const Json root = Json::parse(reply.text);
  if (is_command && root.at("toegestaan").get<bool>()) return false;
  for (const Json& melding : root.at("meldingen")) {
    if (melding.at("ernst") != "fout" || !expectation.codes.count(melding.at("code").get<std::string>())) continue;
    if (!expectation.pad || under(melding.at("pad").get<std::string>(), *expectation.pad)) return true;
  }
  return false;
}

// The name of the command or query in a file, if it is JSON with one.
std::string named(const std::string& bytes, const char* key) {
  const Json root = Json::parse(bytes, nullptr, false);
  if (root.is_discarded() || !root.is_object() || !root.contains(key) || !root[key].is_string()) return "";
  return root[key].get<std::string>();
}

struct Corpus {
  Json manifest;
  std::string options;  // the hostile engine's options, from the manifest's limieten
};

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    c.manifest = Json::parse(read_bytes(kDir / "expectations.json"));
    c.options = Json{{"limieten", c.manifest.at("limieten")}}.dump();
    return c;
  }();
  return loaded;
}

// Feeds the bytes to one entry point and checks the contract and that the state stays.
Reply feed(Session& session, const std::string& entry, const std::string& bytes, const std::string& before) {
  Reply reply;
  if (entry == "options") {
    Session::create(bytes, &reply);
    INFO("options: " << reply.text);
    CHECK_FALSE(samen_support::contract_breach(Call::options, reply));
  } else if (entry == "state") {
    reply = session.load(bytes);
    INFO("load: " << reply.text);
    CHECK_FALSE(samen_support::contract_breach(Call::load, reply));
    if (reply.ok()) REQUIRE(session.load(example_state_text()).ok());  // only when cross-fed
  } else if (entry == "query") {
    reply = session.query(bytes);
    INFO("query: " << reply.text);
    CHECK_FALSE(samen_support::contract_breach(Call::query, reply));
  } else {
    const Reply checked = session.check(bytes);
    reply = session.apply(bytes);
    INFO("apply: " << reply.text);
    CHECK_FALSE(samen_support::contract_breach(Call::command, reply));
    CHECK(checked.status == reply.status);
    CHECK(checked.text == reply.text);
    if (reply.ok() && Json::parse(reply.text).at("toegestaan").get<bool>()) {
      REQUIRE(session.load(example_state_text()).ok());  // only when cross-fed
      return reply;
    }
  }
  CHECK(session.exported() == before);
  return reply;
}

}  // namespace

TEST_CASE("every hostile input gets its code, never a crash, and changes nothing", "[hostile]") {
  const Json& files = corpus().manifest.at("files");
  REQUIRE(files.size() >= 200);
  Session session = example_session(corpus().options);
  const std::string before = session.exported();

  std::set<std::string> known_commands, known_queries;
  for (std::string_view name : samen_support::kSpecCommands)
    if (samen_support::knows_command(session, name)) known_commands.insert(std::string(name));
  for (std::string_view name : samen_support::kSpecQueries)
    if (samen_support::knows_query(session, name)) known_queries.insert(std::string(name));

  std::map<std::string, int> per_entry;
  int not_yet_known = 0;
  for (const auto& [path, spec] : files.items()) {
    const std::string entry = path.substr(0, path.find('/'));
    const std::string bytes = read_bytes(kDir / path);
    Expectation expectation{spec.at("codes").get<std::set<std::string>>(), std::nullopt};
    if (spec.contains("pad")) expectation.pad = spec.at("pad").get<std::string>();
    INFO("hostile input " << path << " (" << bytes.size() << " bytes)");

    const Reply reply = feed(session, entry, bytes, before);
    bool ok = expected(reply, expectation, entry);
    if (!ok && entry == "command") {
      const std::string opdracht = named(bytes, "opdracht");
      const bool spec_command = std::find(samen_support::kSpecCommands.begin(), samen_support::kSpecCommands.end(),
                                          opdracht) != samen_support::kSpecCommands.end();
      if (spec_command && !known_commands.count(opdracht) && expected(reply, {{"OPDRACHT-ONBEKEND"}, {}}, entry)) {
        ok = true;
        ++not_yet_known;
      }
    }
    if (!ok && entry == "query") {
      const std::string vraag = named(bytes, "vraag");
      const bool spec_query = std::find(samen_support::kSpecQueries.begin(), samen_support::kSpecQueries.end(), vraag) !=
                              samen_support::kSpecQueries.end();
      if (spec_query && !known_queries.count(vraag) && expected(reply, {{"VRAAG-ONBEKEND"}, {}}, entry)) {
        ok = true;
        ++not_yet_known;
      }
    }
    INFO("expected one of " << spec.at("codes").dump() << (expectation.pad ? " at " + *expectation.pad : "")
                            << ", got status " << reply.status << ": " << reply.text.substr(0, 600));
    CHECK(ok);
    ++per_entry[entry];

    // The same bytes at every other entry point: within the contract, and nothing changes.
    for (const char* other : {"options", "state", "command", "query"})
      if (other != entry) feed(session, other, bytes, before);
  }
  std::cout << "hostile corpus: " << files.size() << " inputs (";
  for (const auto& [entry, count] : per_entry) std::cout << entry << " " << count << ", ";
  std::cout << not_yet_known << " answered by a command or query this build does not know yet)\n";
}
