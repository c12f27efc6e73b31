// The CLI is a host of the C ABI like any other: a small RAII wrapper around samen.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "samen.h"

namespace samen_cli {

// One answer of the library: its status and the JSON text (empty if none was handed out).
struct Reply {
  samen_status status = SAMEN_ERR_INTERNAL;
  std::string json;
  bool ok() const { return status == SAMEN_OK; }
};

class Host {
 public:
  Host() = default;
  Host(const Host&) = delete;
  Host& operator=(const Host&) = delete;
  ~Host() { samen_engine_free(engine_); }

  Reply create(std::string_view options);
  Reply load(std::string_view state);
  Reply apply(std::string_view command);
  Reply query(std::string_view query) const;
  Reply exported() const;

 private:
  samen_engine* engine_ = nullptr;
};

// A usage or file problem as the CLI reports it on stderr: {"fouten":[{"code":"ARGUMENT",...}]}.
std::string usage_error(std::string_view melding);

// A JSON string literal of `text` (control characters become spaces).
std::string json_string(std::string_view text);

std::optional<std::string> read_file(const std::string& path);
bool write_file(const std::string& path, std::string_view text);

}  // namespace samen_cli
