#include "host.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

namespace samen_cli {
namespace {

// Takes ownership of a string the library handed out.
Reply take(samen_status status, char* out) {
  Reply reply{status, out ? std::string(out) : std::string()};
  samen_string_free(out);
  return reply;
}

}  // namespace

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (static_cast<unsigned char>(ch) < 0x20) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

Reply Host::create(std::string_view options) {
  char* out = nullptr;
  const samen_status status = samen_engine_new(options.data(), options.size(), &engine_, &out);
  return take(status, out);
}

Reply Host::load(std::string_view state) {
  char* out = nullptr;
  const samen_status status = samen_engine_load(engine_, state.data(), state.size(), &out);
  return take(status, out);
}

Reply Host::apply(std::string_view command) {
  char* out = nullptr;
  const samen_status status = samen_engine_apply(engine_, command.data(), command.size(), &out);
  return take(status, out);
}

Reply Host::query(std::string_view query) const {
  char* out = nullptr;
  const samen_status status = samen_engine_query(engine_, query.data(), query.size(), &out);
  return take(status, out);
}

Reply Host::exported() const {
  char* out = nullptr;
  const samen_status status = samen_engine_export(engine_, &out);
  return take(status, out);
}

std::string usage_error(std::string_view melding) {
  return "{\"fouten\":[{\"code\":\"ARGUMENT\",\"melding\":" + json_string(melding) + "}]}";
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return buffer.str();
}

bool write_file(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.put('\n');
  return static_cast<bool>(out);
}

}  // namespace samen_cli
