// samen: the command-line host of the rules engine (spec §6).
//   samen run   [--options OPTIONS.json] STATE.json COMMANDS.jsonl [--out NEW_STATE.json]
//   samen check [--options OPTIONS.json] [--tijdstip RFC3339] STATE.json
//   samen query [--options OPTIONS.json] STATE.json QUERY.json
// Exit codes: 0 all allowed (check: no fout), 1 something refused or failed (check: the report
// has a fout), 2 usage error or unreadable input.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "host.hpp"

namespace samen_cli {
namespace {

constexpr int kUsageError = 2;

int usage(std::string_view melding) {
  std::cerr << usage_error(melding) << '\n';
  return kUsageError;
}

// Creates the engine and loads the state; on failure reports on stderr and returns false.
bool prepare(Host& host, const std::string& options_path, const std::string& state_path, int& exit_code) {
  std::string options;
  if (!options_path.empty()) {
    const auto text = read_file(options_path);
    if (!text) return (exit_code = usage("kan opties niet lezen: " + options_path)), false;
    options = *text;
  }
  if (const Reply created = host.create(options); !created.ok()) {
    std::cerr << created.json << '\n';
    return (exit_code = kUsageError), false;
  }
  const auto state = read_file(state_path);
  if (!state) return (exit_code = usage("kan toestand niet lezen: " + state_path)), false;
  if (const Reply loaded = host.load(*state); !loaded.ok()) {
    std::cerr << loaded.json << '\n';
    return (exit_code = kUsageError), false;
  }
  return true;
}

int run(const std::string& options_path, const std::string& state_path, const std::string& commands_path,
        const std::string& out_path) {
  Host host;
  int exit_code = 0;
  if (!prepare(host, options_path, state_path, exit_code)) return exit_code;
  const auto commands = read_file(commands_path);
  if (!commands) return usage("kan opdrachten niet lezen: " + commands_path);

  // Every input line gets exactly one output line; a final newline does not start a line.
  std::string_view rest = *commands;
  if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
  bool all_allowed = true;
  while (!commands->empty()) {
    const std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const Reply reply = host.apply(line);
    std::cout << reply.json << '\n';
    // The result always starts with "toegestaan" (docs/result.md), so a prefix tells.
    if (!reply.ok() || reply.json.rfind("{\"toegestaan\":true", 0) != 0) all_allowed = false;
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  std::cout.flush();
  if (!out_path.empty()) {
    const Reply state = host.exported();
    if (!state.ok() || !write_file(out_path, state.json)) return usage("kan toestand niet schrijven: " + out_path);
  }
  return all_allowed ? 0 : 1;
}

// The controle report (spec §6): printed on stdout; exit 1 if it has a fout. Its answer starts
// {"vraag":"controle","meldingen":[],["tijdstip":…,]"aantallen":{"fout":N,… (docs/queries/report.md).
int check(const std::string& options_path, const std::string& state_path, const std::string& tijdstip) {
  Host host;
  int exit_code = 0;
  if (!prepare(host, options_path, state_path, exit_code)) return exit_code;
  std::string vraag = R"({"vraag":"controle")";
  if (!tijdstip.empty()) vraag += R"(,"tijdstip":)" + json_string(tijdstip);
  const Reply reply = host.query(vraag + "}");
  if (!reply.ok()) {
    std::cerr << reply.json << '\n';
    return 1;
  }
  if (reply.json.rfind(R"({"vraag":"controle","meldingen":[],)", 0) != 0)
    return usage("ongeldig --tijdstip (verwacht RFC 3339 met tijdzone): " + tijdstip);
  std::cout << reply.json << '\n';
  std::cout.flush();
  return reply.json.find(R"("aantallen":{"fout":0,)") == std::string::npos ? 1 : 0;
}

int query(const std::string& options_path, const std::string& state_path, const std::string& query_path) {
  Host host;
  int exit_code = 0;
  if (!prepare(host, options_path, state_path, exit_code)) return exit_code;
  const auto text = read_file(query_path);
  if (!text) return usage("kan vraag niet lezen: " + query_path);
  const Reply reply = host.query(*text);
  std::cout << reply.json << '\n';
  return reply.ok() ? 0 : 1;
}

}  // namespace
}  // namespace samen_cli

int main(int argc, char** argv) {
  using namespace samen_cli;
  CLI::App app{"samen: de samenwerkingsregels van de GEMMA Softwarecatalogus / the collaboration rules engine"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string(samen_version()));
  std::string options_path, state_path, commands_path, out_path, query_path;

  CLI::App* run_cmd = app.add_subcommand("run", "Apply each line of COMMANDS.jsonl in order; one result line each.");
  run_cmd->add_option("--options", options_path, "OPTIONS.json (spec §7)");
  run_cmd->add_option("STATE", state_path, "STATE.json")->required();
  run_cmd->add_option("COMMANDS", commands_path, "COMMANDS.jsonl, one command per line")->required();
  run_cmd->add_option("--out", out_path, "write the final state to NEW_STATE.json");

  std::string tijdstip;
  CLI::App* check_cmd = app.add_subcommand("check", "The controle report of STATE.json; exit 1 if it has a fout.");
  check_cmd->add_option("--options", options_path, "OPTIONS.json (spec §7)");
  check_cmd->add_option("--tijdstip", tijdstip, "judge EVAL-003 at this RFC 3339 date-time");
  check_cmd->add_option("STATE", state_path, "STATE.json")->required();

  CLI::App* query_cmd = app.add_subcommand("query", "Answer one query (vraag) on the state.");
  query_cmd->add_option("--options", options_path, "OPTIONS.json (spec §7)");
  query_cmd->add_option("STATE", state_path, "STATE.json")->required();
  query_cmd->add_option("QUERY", query_path, "QUERY.json")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << usage_error(error.what()) << '\n';
    return 2;
  }
  if (run_cmd->parsed()) return run(options_path, state_path, commands_path, out_path);
  if (check_cmd->parsed()) return check(options_path, state_path, tijdstip);
  return query(options_path, state_path, query_path);
}
