// The membership journey of the catalogue, through libsamen.so from C++ (docs/hosts/c.md):
// a small RAII class over the C ABI, then the journey. Run: ./journey path/to/catalogus.json
#include <samen.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace samen {

// A call the engine could not evaluate; what() is the engine's {"fouten": [...]}.
struct Error : std::runtime_error {
  samen_status status;
  Error(samen_status s, const std::string& fouten) : std::runtime_error(fouten), status(s) {}
};

class Engine {
 public:
  explicit Engine(std::string_view options = {}) {
    samen_engine* engine = nullptr;
    call([&](char** out) { return samen_engine_new(options.data(), options.size(), &engine, out); });
    engine_.reset(engine);
  }
  std::string load(std::string_view state) {
    return call([&](char** out) { return samen_engine_load(engine_.get(), state.data(), state.size(), out); });
  }
  std::string apply(std::string_view command) {
    return call([&](char** out) { return samen_engine_apply(engine_.get(), command.data(), command.size(), out); });
  }
  std::string check(std::string_view command) const {
    return call([&](char** out) { return samen_engine_check(engine_.get(), command.data(), command.size(), out); });
  }
  std::string query(std::string_view query) const {
    return call([&](char** out) { return samen_engine_query(engine_.get(), query.data(), query.size(), out); });
  }
  std::string exported() const {
    return call([&](char** out) { return samen_engine_export(engine_.get(), out); });
  }

 private:
  // Runs one C call, copies the string it hands out and frees it (whatever happens), and throws
  // on a non-OK status.
  template <class Call>
  static std::string call(Call&& c) {
    char* out = nullptr;
    const samen_status status = c(&out);
    const std::unique_ptr<char, decltype(&samen_string_free)> owned(out, samen_string_free);
    std::string answer = out ? out : "";
    if (status != SAMEN_OK) throw Error(status, answer);
    return answer;
  }
  std::unique_ptr<samen_engine, decltype(&samen_engine_free)> engine_{nullptr, samen_engine_free};
};

}  // namespace samen

namespace {

bool expect(const char* name, const std::string& answer, std::string_view needle) {
  const bool found = answer.find(needle) != std::string::npos;
  std::cout << name << ": " << (found ? "ok" : "UNEXPECTED") << '\n';
  if (!found) std::cerr << name << ": " << answer << '\n';
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: journey CATALOGUS.json\n";
    return 2;
  }
  std::ifstream file(argv[1], std::ios::binary);
  std::stringstream catalogus;
  catalogus << file.rdbuf();

  const std::string houten = R"({"organisatie":"g-houten","rollen":["gebruik-beheerder"]})";
  const std::string noord = R"({"organisatie":"sw-noord","rollen":["gebruik-beheerder"]})";
  try {
    samen::Engine engine(R"({"taal":"en"})");
    bool ok = expect("load", engine.load(catalogus.str()), R"("organisaties":11)");
    ok &= expect("declare", engine.apply(R"({"opdracht":"lidmaatschap.aangeven","actor":)" + houten +
                                         R"(,"tijdstip":"2026-11-02T09:00:00Z","gegevens":{"id":"l-houten-noord","samenwerking":"sw-noord","lid":"g-houten"}})"),
                 R"("toegestaan":true)");
    ok &= expect("confirm", engine.apply(R"({"opdracht":"lidmaatschap.bevestigen","actor":)" + noord +
                                         R"(,"tijdstip":"2026-11-03T09:00:00Z","gegevens":{"id":"l-houten-noord"}})"),
                 R"("status":"actief")");
    ok &= expect("dry run: LID-003", engine.check(R"({"opdracht":"lidmaatschap.aangeven","actor":)" + noord +
                                                   R"(,"tijdstip":"2026-11-03T10:00:00Z","gegevens":{"id":"l-bunnik-noord","samenwerking":"sw-noord","lid":"g-bunnik"}})"),
                 R"("code":"LID-003")");
    ok &= expect("deelnames", engine.query(R"({"vraag":"deelnames","gegevens":{"organisatie":"g-houten"}})"),
                 R"("samenwerking":"sw-noord")");
    try {
      engine.apply(R"({"opdracht":"lidmaatschap.uitvinden"})");
      ok = false;
    } catch (const samen::Error& error) {
      ok &= expect("unknown command", error.what(), R"("code":"OPDRACHT-ONBEKEND")") && error.status == SAMEN_ERR_INPUT;
    }
    return ok ? 0 : 1;
  } catch (const samen::Error& error) {
    std::cerr << "samen: status " << error.status << ": " << error.what() << '\n';
    return 1;
  }
}
