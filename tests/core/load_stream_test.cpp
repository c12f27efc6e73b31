// The streaming loader (model/load_stream.cpp) against the reference path that parses the
// whole DOM first (load_state(Json)): the same state, object for object and byte for byte, and
// the same problems, on generated catalogues, on the example, and on awkward input.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "generator.hpp"
#include "mutations.hpp"
#include "model/decode.hpp"
#include "model/load_stream.hpp"

namespace {

using samen::LoadFailure;
using samen::LoadProblem;
using samen::ParseProblem;

constexpr std::size_t kMaxBytes = std::size_t{1} << 30;
constexpr std::size_t kMaxDepth = 64;

template <class T>
void require_equal_tables(const samen::State& a, const samen::State& b) {
  const auto& left = a.table<T>().items;
  const auto& right = b.table<T>().items;
  REQUIRE(left.size() == right.size());
  for (std::size_t i = 0; i < left.size(); ++i) {
    INFO(samen::kind_name(T::kKind) << " " << i << ": " << left[i].json);
    REQUIRE(left[i] == right[i]);  // every typed field and the stored text
  }
}

void require_same_state(const samen::Loaded& streamed, const samen::Loaded& reference) {
  REQUIRE(streamed.state.export_json() == reference.state.export_json());
  REQUIRE(streamed.derived_memberships == reference.derived_memberships);
  REQUIRE(streamed.state.ids.size() == reference.state.ids.size());
  for (std::uint32_t id = 1; id < reference.state.ids.size(); ++id)
    REQUIRE(streamed.state.ids.name(samen::Id{id}) == reference.state.ids.name(samen::Id{id}));
  for (std::size_t k = 0; k < samen::kKindCount; ++k) {
    samen::with_kind(static_cast<samen::Kind>(k), [&](auto* type) {
      require_equal_tables<std::remove_pointer_t<decltype(type)>>(streamed.state, reference.state);
    });
  }
}

std::string describe(const LoadFailure& failure) {
  if (const auto* parse = std::get_if<ParseProblem>(&failure)) {
    std::string out = parse->key + " @" + std::to_string(parse->positie);
    for (const auto& arg : parse->args) out += " | " + arg;
    return out;
  }
  const auto& load = std::get<LoadProblem>(failure);
  std::string out = load.key + " " + load.pad;
  for (const auto& arg : load.args) out += " | " + arg;
  return out;
}

enum class Expect { loaded, failure };

// Both loaders on one text: equal states, or the same failure; `expect` says which.
void require_same_load(const std::string& text, Expect expect) {
  INFO(text.substr(0, 300));
  auto streamed = samen::load_state_text(text, kMaxBytes, kMaxDepth);
  auto reference = samen::load_state_dom(text, kMaxBytes, kMaxDepth);
  REQUIRE(reference.has_value() == (expect == Expect::loaded));
  REQUIRE(streamed.has_value() == reference.has_value());
  if (!reference) {
    REQUIRE(describe(streamed.error()) == describe(reference.error()));
    return;
  }
  require_same_state(*streamed, *reference);
}

// Both loaders on one text, whatever the outcome: the same state or the same failure.
void require_same_outcome(const std::string& text) {
  INFO(text.substr(0, 300));
  auto streamed = samen::load_state_text(text, kMaxBytes, kMaxDepth);
  auto reference = samen::load_state_dom(text, kMaxBytes, kMaxDepth);
  REQUIRE(streamed.has_value() == reference.has_value());
  if (!reference) {
    REQUIRE(describe(streamed.error()) == describe(reference.error()));
    return;
  }
  require_same_state(*streamed, *reference);
}

std::string read_example() {
  std::ifstream in(std::string(SAMEN_EXAMPLES_DIR) + "/catalogus.json", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("streaming load equals the DOM load on generated catalogues", "[load]") {
  for (const double scale : {0.02, 0.1, 0.25}) {
    for (const std::uint64_t seed : {samen_gen::kDefaultSeed, std::uint64_t{7}}) {
      INFO("scale " << scale << ", seed " << seed);
      const std::string text = samen_gen::state_json(scale, seed);
      auto streamed = samen::load_state_text(text, kMaxBytes, kMaxDepth);
      auto reference = samen::load_state_dom(text, kMaxBytes, kMaxDepth);
      REQUIRE(streamed);
      REQUIRE(reference);
      REQUIRE(reference->state.count(samen::Kind::gebruik) > 300);
      require_same_state(*streamed, *reference);
    }
  }
}

TEST_CASE("streaming load equals the DOM load on the example catalogue", "[load]") {
  require_same_load(read_example(), Expect::loaded);
}

TEST_CASE("streaming load keeps strings and numbers exactly as the DOM dump writes them", "[load]") {
  // Escapes that must become UTF-8, escapes that must stay, and numbers nlohmann reprints.
  require_same_load(R"({"modules":[{"id":"m-\u00e9\ud83d\ude00","naam":"a\"b\\c\/d\n\t\r\b\f\u0001\u001f\u007f é ✓",
    "aanbieder":"l-1","x":[0,-0,1.0,1e2,-2.0E-3,12345678901234567890,18446744073709551616,-9223372036854775808,
    -9223372036854775809,0.1,3.14159265358979323846,5e-324,1.7976931348623157e308],"y":{"":{},"\u0002":[[],[{}]],"z":[true,false,null]},
    "w\u00e9\n":"key escaped"}]})",
                    Expect::loaded);
  // Whitespace everywhere, empty arrays, every kind.
  require_same_load(" \n{ \"organisaties\" : [ { \"id\" : \"g\" , \"type\" : \"Gemeente\" , \"deelnames\" : [ \"sw\" ] } ] ,"
                    " \"contactpersonen\":[],\"aanvragen\":[],\"lidmaatschappen\":[],\"modules\":[],\"diensten\":[],"
                    "\"gebruik\":[],\"koppelingen\":[],\"afspraken\":[],\"evaluaties\":[] } \r\n",
                    Expect::loaded);
  require_same_load("{}", Expect::loaded);
  // A byte order mark is skipped by nlohmann's reader.
  require_same_load("\xEF\xBB\xBF{\"modules\":[{\"id\":\"m\"}]}", Expect::loaded);
}

TEST_CASE("streaming load reports the same TOESTAND problems with the same pointers", "[load]") {
  for (const char* text : {
           R"([])", R"("toestand")", R"(42)", R"(null)",
           R"({"modulen":[]})", R"({"modules":{}})", R"({"modules":3})", R"({"modules":[{"id":"m"}],"foo/~bar":[]})",
           R"({"modules":[1]})", R"({"modules":[{"id":"m"},[]]})", R"({"modules":[{"id":"m"},null]})",
           R"({"modules":[{"naam":"x"}]})", R"({"modules":[{"id":5}]})", R"({"modules":[{"id":""}]})",
           R"({"modules":[{"id":["m"]}]})",
           R"({"organisaties":[{"id":"x"}],"modules":[{"id":"x"}]})",
           R"({"gebruik":[{"id":"u"}],"modules":[{"id":"m"},{"id":"u"}]})",
           // Derived membership ids that collide with an object (TOESTAND/afgeleid).
           R"({"organisaties":[{"id":"sw","deelnemers":["g"]},{"id":"g"}],"modules":[{"id":"sw~g"}]})",
       }) {
    require_same_load(text, Expect::failure);
  }
}

TEST_CASE("streaming load: a syntax error anywhere wins over an earlier shape problem", "[load]") {
  for (const char* text : {R"({"foo":[], "modules":[)", R"({"modules":[1], "gebruik":[}])", R"([1,2)",
                           R"({"modules":[{"id":5}]} x)", R"({"modules":[{"id":"m"}]}})", R"({"modules":[{"id":"m",}]})",
                           R"({"modules":[{"id":"m","n":1e}]})", R"({"modules":[{"id":"\ud800"}]})",
                           R"({"modules":[1],"gebruik":[{"id":"u","n":1e400}]})"}) {
    require_same_load(text, Expect::failure);
    const auto streamed = samen::load_state_text(text, kMaxBytes, kMaxDepth);
    REQUIRE_FALSE(streamed);
    REQUIRE(std::holds_alternative<ParseProblem>(streamed.error()));
  }
}

TEST_CASE("streaming load: U+0000 is refused as the DOM load refuses it", "[load]") {
  for (const char* text : {R"({"modules":[{"id":"m","naam":"a\u0000b"}]})", R"({"modules":[{"id":"m","x":{"\u0000":1}}]})"})
    require_same_load(text, Expect::failure);
  require_same_load(std::string("{\"modules\":[{\"id\":\"m\",\"naam\":\"a") + '\0' + "b\"}]}", Expect::failure);
}

TEST_CASE("streaming load: a byte order mark and a NUL after the value are read as nlohmann read them", "[load]") {
  // Both used to send the text down the DOM path; the streaming pass now takes them itself.
  const std::string state = R"({"modules":[{"id":"m"}]})";
  for (const std::string& text : {"\xEF\xBB\xBF" + state, state + '\0', state + '\0' + "rest", "\xEF\xBB\xBF" + state + '\0'}) {
    require_same_load(text, Expect::loaded);
    REQUIRE(samen::load_state_text(text, kMaxBytes, kMaxDepth)->state.count(samen::Kind::module) == 1);
  }
  // The neighbours: a syntax error behind a byte order mark counts the mark in its position;
  // a NUL before the value ends is a syntax error.
  for (const std::string& text : {std::string("\xEF\xBB\xBF{\"modules\":[}"), std::string("\xEF\xBB\xBF\xEF\xBB\xBF{}"), state.substr(0, 10) + '\0'}) {
    require_same_load(text, Expect::failure);
    REQUIRE(std::get<ParseProblem>(samen::load_state_text(text, kMaxBytes, kMaxDepth).error()).key.starts_with("JSON-SYNTAX"));
  }
  REQUIRE(std::get<ParseProblem>(samen::load_state_text("\xEF\xBB\xBF{\"modules\":[}", kMaxBytes, kMaxDepth).error()).positie == 15);
}

TEST_CASE("streaming load: captured fields with escapes, odd numbers and nesting decode as from the DOM", "[load]") {
  // Values of keys decode() reads, in every form the fast reader handles or leaves to nlohmann.
  require_same_load(R"({"organisaties":[{"id":"sw\u00e9","type":"Samenwerking","deelnemers":["g\ud83d\ude00",1.5,-0,
    18446744073709551616,{"k":[1,{"x":null}]},"g\"2",[],true],"deelnames":[],"status":"Act\u0069ef"},
    {"id":"g\ud83d\ude00","type":"Gemeente","deelnames":["sw\u00e9"],"naam":"G\u00e9","winstoogmerk":false}],
    "gebruik":[{"id":"u","afnemer":"g\ud83d\ude00","voorstel":{"door":"l\/1","status":"open","x":{"y":[[1e5]]}},
    "deelnemers":[-9223372036854775809,"sw\u00e9"]}],
    "afspraken":[{"id":"a","samenwerking":"sw\u00e9","voorwaarden":{"draagvlak":true,"\u0064raagvlak2":1.25},
    "evenement":{"van":"2026-01-01","tot":"2026-02-01"},"financieleVerplichtingen":["geen",5e-1]}]})",
                    Expect::loaded);
  // Deep nesting inside an element, up to the depth limit.
  std::string deep = R"({"modules":[{"id":"m","x":)";
  for (std::size_t i = 0; i < kMaxDepth - 4; ++i) deep += i % 2 ? "{\"k\":" : "[";
  deep += "-0";
  for (std::size_t i = kMaxDepth - 4; i-- > 0;) deep += i % 2 ? "}" : "]";
  require_same_load(deep + "}]}", Expect::loaded);
}

TEST_CASE("streaming load: the example catalogue with whitespace between every token", "[load]") {
  const samen::Json example = samen::Json::parse(read_example());
  require_same_load(example.dump(2), Expect::loaded);
  std::string spaced = example.dump(1, '\t');
  for (std::size_t at = spaced.find('\n'); at != std::string::npos; at = spaced.find('\n', at + 2)) spaced.insert(at, "\r");
  require_same_load(spaced, Expect::loaded);
}

TEST_CASE("streaming load: every truncation and one-byte change of a state loads or fails as the DOM load", "[load]") {
  const std::string state =
      R"({"organisaties":[{"id":"sw","type":"Samenwerking","deelnemers":["g"],"n":[1.5,-0,"\u00e9"]},)"
      R"({"id":"g","deelnames":["sw"]}],"modules":[{"id":"m","naam":"a\"b","x":{"y":[true,null]}}]})";
  const std::string alphabet = "{}[],:\"\\0-.e x";
  for_each_mutation(state, alphabet, require_same_outcome);
}

TEST_CASE("streaming load: duplicate keys are refused as the DOM load refuses them (the same position)", "[load]") {
  for (const char* text : {
           R"({"modules":[{"id":"a"}],"gebruik":[],"modules":[{"id":"b"}]})",
           R"({"modules":[1],"gebruik":[],"modules":[]})",  // the problem is in the value that is replaced
           R"({"modules":[{"id":"a","naam":"x","id":"b"}]})",
           R"({"modules":[{"id":5,"id":"ok"}]})",
           R"({"modules":[{"id":"a","x":{"k":1,"j":2,"k":3}}]})",
           R"({"gebruik":[{"id":"u","afnemer":"g","voorstel":{"door":"l","door":"l2"}}]})",
           R"({"modules":[{"id":"a","\u0069d":"b"}]})",  // the same key once its escape is decoded
           R"({"modules":[{"id":"a","x":{"k\n":1,"k\u000a":2}}]})",
           R"({"mod\u0075les":[],"modules":[]})",
           // Decoded keys are kept for the check: a later escaped key reuses the reader's buffer.
           R"({"modules":[{"id":"a","\u006b1":1,"\u006b2":2,"\u006b1":3}]})",
           R"({"modules":[{"id":"a","\u006b1":1,"x":"\u0041\u0042","k1":3}]})",
           R"({"modules":[{"\u0069d":"a","naam":"x","id":"b"}]})",
           // After a shape problem (found by fuzzing: the duplicate used to be missed there).
           R"({"oreanisaties":[{"id":"a","id":"b"}]})", R"([{"a":1,"a":2}])", R"({"modules":{"a":1,"a":2}})",
           R"({"modules":[1,{"x":{"a":1,"a":2}}]})", R"({"modules":[{"id":5},{"id":"m","id":"n"}]})",
       }) {
    require_same_load(text, Expect::failure);
    REQUIRE(std::get<ParseProblem>(samen::load_state_text(text, kMaxBytes, kMaxDepth).error()).key == "JSON-SYNTAX/dubbel");
  }
}

TEST_CASE("streaming load: keys that differ once decoded are no duplicates", "[load]") {
  // The neighbour of the cases above: escaped keys, each once, at every level.
  for (const char* text : {
           R"({"modules":[{"id":"a","\u006b1":1,"\u006b2":2,"k3":3}]})",
           R"({"modules":[{"\u0069d":"a","x":{"\u006b1":1,"k1\n":2,"k2":3}}]})",
           R"({"mod\u0075les":[{"id":"a"}],"gebruik":[]})",
       })
    require_same_load(text, Expect::loaded);
}

TEST_CASE("streaming load: the limits are checked before any parsing", "[load]") {
  const auto problem = [](const std::string& text, std::size_t max_bytes, std::size_t max_depth) {
    auto loaded = samen::load_state_text(text, max_bytes, max_depth);
    REQUIRE_FALSE(loaded);
    return std::get<ParseProblem>(loaded.error()).key;
  };
  REQUIRE(problem(R"({"modules":[]})", 5, kMaxDepth) == "JSON-GROOTTE");
  REQUIRE(problem(R"({"modules":[{"id":"m","x":[[[]]]}]})", kMaxBytes, 4) == "JSON-DIEPTE");
  REQUIRE(problem("{\"modules\":[{\"id\":\"\xC3\x28\"}]}", kMaxBytes, kMaxDepth) == "JSON-UTF8");
  REQUIRE(problem("  \n", kMaxBytes, kMaxDepth) == "JSON-SYNTAX/leeg");
}

TEST_CASE("decoded_keys: what decode() reads is what the streaming loader captures", "[load]") {
  using samen::Kind;
  const auto keys = [](Kind kind) { return samen::decoded_keys(kind); };
  const auto has = [&](Kind kind, std::string_view key) {
    const auto list = keys(kind);
    return std::find(list.begin(), list.end(), key) != list.end();
  };
  for (std::size_t k = 0; k < samen::kKindCount; ++k) REQUIRE(has(static_cast<Kind>(k), "id"));
  REQUIRE(has(Kind::gebruik, "afnemer"));
  REQUIRE(has(Kind::gebruik, "voorstel"));
  REQUIRE(has(Kind::koppeling, "buitengemeentelijkVoorziening"));
  REQUIRE(has(Kind::afspraak, "evenement"));
  REQUIRE(has(Kind::organisatie, "deelnames"));
  // Fields the engine does not read are not captured: they only pass through as text.
  REQUIRE_FALSE(has(Kind::organisatie, "website"));
  REQUIRE_FALSE(has(Kind::gebruik, "@self"));
}
