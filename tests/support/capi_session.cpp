#include "capi_session.hpp"

namespace samen_support {

std::optional<Session> Session::create(std::string_view options, Reply* reply) {
  samen_engine* engine = nullptr;
  Reply answer = take([&](char** out) { return samen_engine_new(options.data(), options.size(), &engine, out); });
  const bool created = answer.ok() && engine;
  if (reply) *reply = std::move(answer);
  if (created) return Session(engine);
  samen_engine_free(engine);
  return std::nullopt;
}

Session& Session::operator=(Session&& other) noexcept {
  if (this != &other) {
    samen_engine_free(engine_);
    engine_ = other.engine_;
    other.engine_ = nullptr;
  }
  return *this;
}

Session::~Session() { samen_engine_free(engine_); }

Reply Session::load(std::string_view state) {
  return take([&](char** out) { return samen_engine_load(engine_, state.data(), state.size(), out); });
}

Reply Session::apply(std::string_view command) {
  return take([&](char** out) { return samen_engine_apply(engine_, command.data(), command.size(), out); });
}

Reply Session::check(std::string_view command) const {
  return take([&](char** out) { return samen_engine_check(engine_, command.data(), command.size(), out); });
}

Reply Session::query(std::string_view query) const {
  return take([&](char** out) { return samen_engine_query(engine_, query.data(), query.size(), out); });
}

Reply Session::export_reply() const {
  return take([&](char** out) { return samen_engine_export(engine_, out); });
}

std::string Session::exported() const {
  Reply reply = export_reply();
  return reply.ok() ? std::move(reply.text) : std::string();
}

}  // namespace samen_support
