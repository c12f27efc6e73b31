#include "samen/engine.hpp"

#include <type_traits>

#include "commands/registry.hpp"
#include "eval/envelope.hpp"
#include "eval/evaluate.hpp"
#include "eval/render.hpp"
#include "json/parse.hpp"
#include "json/release.hpp"
#include "model/load_stream.hpp"
#include "options.hpp"
#include "queries/registry.hpp"

namespace samen {
namespace {

CallFailure failure(Taal taal, std::string_view key, std::vector<std::string> args = {},
                    std::optional<std::size_t> positie = std::nullopt, std::string pad = {},
                    CallFailure::Kind kind = CallFailure::Kind::input) {
  CallFailure out;
  out.kind = kind;
  out.fouten.push_back(CallError{std::string(code_of(key)), message(taal, key, args), positie, std::move(pad)});
  return out;
}

// What a problem found at a JSON Pointer looks like to the caller: the pointer is {1}.
std::vector<std::string> with_pad(const std::string& pad, std::vector<std::string> args) {
  std::vector<std::string> out;  // not args.insert(begin): a kilobyte of shifting code for this one call
  out.reserve(args.size() + 1);
  out.push_back(pad.empty() ? std::string("/") : pad);
  for (std::string& arg : args) out.push_back(std::move(arg));
  return out;
}

}  // namespace

const char* version() noexcept { return SAMEN_VERSION_STRING; }

std::string render_failure(const CallFailure& failure) {
  JsonWriter out;
  out.open_object().key("fouten").open_array();
  for (const CallError& error : failure.fouten) {
    out.open_object().text("code", error.code).text("melding", error.melding);
    if (error.positie) out.number("positie", static_cast<std::int64_t>(*error.positie));
    if (!error.pad.empty()) out.text("pad", error.pad);
    out.close_object();
  }
  out.close_array().close_object();
  return out.str();
}

static_assert(std::is_nothrow_move_assignable_v<State>, "load replaces the state without a chance to fail");

struct Engine::Impl {
  Options options;
  State state;
  bool state_lost = false;  // an out-of-memory during commit left the state half-changed

  Taal taal() const { return options.taal; }

  CallFailure parse_failure(const ParseProblem& problem) const {
    return failure(taal(), problem.key, problem.args, problem.positie);
  }

  tl::expected<Json, CallFailure> parse(std::string_view text) const {
    auto parsed = parse_bounded(text, options.limieten.max_bytes, options.limieten.max_diepte);
    if (!parsed) return tl::make_unexpected(parse_failure(parsed.error()));
    return std::move(*parsed);
  }

  tl::expected<void, CallFailure> usable() const {
    if (state_lost) return tl::make_unexpected(failure(taal(), "GEHEUGEN/verloren", {}, {}, {}, CallFailure::Kind::memory));
    return {};
  }

  tl::expected<Decision, CallFailure> decide(std::string_view text) const {
    if (auto ok = usable(); !ok) return tl::make_unexpected(ok.error());
    auto root = parse(text);
    if (!root) return tl::make_unexpected(root.error());
    const ReleaseOnExit release_root(*root);
    if (!root->is_object() || !root->contains("opdracht")) return tl::make_unexpected(failure(taal(), "OPDRACHT-ONTBREEKT"));
    const Json& name = (*root)["opdracht"];
    const CommandEntry* entry = name.is_string() ? find_command(name.get_ref<const std::string&>()) : nullptr;
    if (!entry) return tl::make_unexpected(failure(taal(), "OPDRACHT-ONBEKEND", {name.is_string() ? name.get<std::string>() : dump(name)}));
    return evaluate(state, options, *entry, *root);
  }

  void commit(const Decision& decision) {
    try {
      for (const Change& change : decision.wijzigingen) {
        if (change.actie == Actie::aanmaken) state.insert(change.kind, change.object);
        else if (change.actie == Actie::wijzigen) state.replace(*change.slot, change.object);
        else state.remove(*change.slot);
      }
    } catch (...) {
      state_lost = true;
      throw;
    }
  }
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;
Engine::~Engine() = default;

tl::expected<Engine, CallFailure> Engine::create(std::string_view options_text) {
  auto impl = std::make_unique<Impl>();
  if (options_text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    auto parsed = impl->parse(options_text);  // default limits apply to the options themselves
    if (!parsed) return tl::make_unexpected(parsed.error());
    auto options = parse_options(*parsed);
    if (!options) {
      const Taal taal = parsed->is_object() && is_text(parsed->value("taal", Json()), "en") ? Taal::en : Taal::nl;
      return tl::make_unexpected(failure(taal, options.error().key, with_pad(options.error().pad, options.error().args), {},
                                         options.error().pad));
    }
    impl->options = *options;
  }
  return Engine(std::move(impl));
}

std::string Engine::options_json() const { return options_text(impl_->options); }

Answer Engine::load(std::string_view text, const Delivery& deliver) {
  // Straight from the text to the compact state: no DOM of the catalogue (model/load_stream.hpp).
  // A state may nest one level deeper than a command, because the objects a command creates sit
  // one level deeper there (in their list); so every exported state loads again under the same limits.
  auto loaded = load_state_text(text, impl_->options.limieten.max_bytes, impl_->options.limieten.max_diepte + 1);
  if (!loaded) {
    if (const auto* parse = std::get_if<ParseProblem>(&loaded.error()))
      return tl::make_unexpected(impl_->parse_failure(*parse));
    const LoadProblem& problem = std::get<LoadProblem>(loaded.error());
    return tl::make_unexpected(failure(impl_->taal(), problem.key, with_pad(problem.pad, problem.args), {}, problem.pad));
  }
  JsonWriter out;
  out.open_object().key("geladen").open_object();
  for (std::size_t k = 0; k < kKindCount; ++k)
    out.number(kKindArrays[k], static_cast<std::int64_t>(loaded->state.count(static_cast<Kind>(k))));
  out.close_object().number("afgeleideLidmaatschappen", static_cast<std::int64_t>(loaded->derived_memberships)).close_object();
  std::string answer = out.str();
  if (deliver) deliver(answer);
  // Nothing below allocates: the new state replaces the old one only once the answer is out.
  impl_->state = std::move(loaded->state);
  impl_->state_lost = false;
  return answer;
}

Answer Engine::check(std::string_view command) const {
  auto decision = impl_->decide(command);
  if (!decision) return tl::make_unexpected(decision.error());
  return render_decision(*decision, impl_->taal());
}

Answer Engine::apply(std::string_view command, const Delivery& deliver) {
  auto decision = impl_->decide(command);
  if (!decision) return tl::make_unexpected(decision.error());
  // The answer is rendered (and delivered) before the command is committed, so that running out
  // of memory on the way out leaves the state as it was.
  std::string answer = render_decision(*decision, impl_->taal());
  if (deliver) deliver(answer);
  if (decision->toegestaan) impl_->commit(*decision);
  return answer;
}

Answer Engine::query(std::string_view text) const {
  if (auto ok = impl_->usable(); !ok) return tl::make_unexpected(ok.error());
  const Taal taal = impl_->taal();
  auto root = impl_->parse(text);
  if (!root) return tl::make_unexpected(root.error());
  const ReleaseOnExit release_root(*root);
  if (!root->is_object() || !root->contains("vraag")) return tl::make_unexpected(failure(taal, "VRAAG-ONTBREEKT"));
  const Json& name = (*root)["vraag"];
  const QueryEntry* entry = name.is_string() ? find_query(name.get_ref<const std::string&>()) : nullptr;
  if (!entry) return tl::make_unexpected(failure(taal, "VRAAG-ONBEKEND", {name.is_string() ? name.get<std::string>() : dump(name)}));

  std::vector<Melding> problems;
  const Command command = read_envelope(*root, std::string(entry->name), TimeNeed::optional, problems);
  Ctx ctx(impl_->state, impl_->options, command);
  for (Melding& problem : problems) ctx.record(std::move(problem));
  JsonWriter answer;
  if (!ctx.blocked()) entry->answer(ctx, answer);
  Decision decision = std::move(ctx).finish();

  JsonWriter out;
  out.open_object().text("vraag", entry->name).key("meldingen");
  write_meldingen(out, decision.meldingen, taal);
  if (!answer.empty()) out.raw(answer.view());
  out.close_object();
  return out.str();
}

Answer Engine::export_state() const {
  if (auto ok = impl_->usable(); !ok) return tl::make_unexpected(ok.error());
  return impl_->state.export_json();
}

}  // namespace samen
