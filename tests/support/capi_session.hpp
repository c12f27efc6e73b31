// The C ABI wrapped for tests that must see the engine only as a host does: through samen.h,
// with every answer copied into a std::string. No core header is included here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "samen.h"

namespace samen_support {

struct Reply {
  samen_status status = SAMEN_ERR_INTERNAL;
  std::string text;      // *out as a string; empty when the library handed out NULL
  bool had_text = false;  // whether *out was non-NULL
  bool ok() const { return status == SAMEN_OK; }
};

// One engine behind the C ABI. Move-only; frees the engine on destruction.
class Session {
 public:
  // Creates an engine with these options; nullopt if refused. *reply (if given) receives the
  // answer: the effective options, or the failure.
  static std::optional<Session> create(std::string_view options, Reply* reply = nullptr);

  Session(Session&& other) noexcept : engine_(other.engine_) { other.engine_ = nullptr; }
  Session& operator=(Session&& other) noexcept;
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session();

  Reply load(std::string_view state);
  Reply apply(std::string_view command);
  Reply check(std::string_view command) const;
  Reply query(std::string_view query) const;
  Reply export_reply() const;
  std::string exported() const;  // the export text, or "" when export failed

  samen_engine* handle() const { return engine_; }

 private:
  explicit Session(samen_engine* engine) : engine_(engine) {}
  samen_engine* engine_ = nullptr;
};

// Runs one C call that hands out a string, and takes ownership of that string.
template <class Call>
Reply take(Call&& call) {
  char* out = nullptr;
  Reply reply;
  reply.status = call(&out);
  reply.had_text = out != nullptr;
  if (out) reply.text = out;
  samen_string_free(out);
  return reply;
}

}  // namespace samen_support
