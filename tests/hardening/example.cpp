#include "example.hpp"

#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

const std::string& example_state_text() {
  static const std::string text = [] {
    std::ifstream in(std::string(SAMEN_EXAMPLES_DIR) + "/catalogus.json", std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }();
  return text;
}

samen_support::Session example_session(std::string_view options) {
  samen_support::Reply created;
  auto session = samen_support::Session::create(options, &created);
  INFO(created.text);
  REQUIRE(session.has_value());
  const auto loaded = session->load(example_state_text());
  INFO(loaded.text);
  REQUIRE(loaded.ok());
  return std::move(*session);
}
