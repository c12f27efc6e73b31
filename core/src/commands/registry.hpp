// Every command the engine knows, by its wire name.
#pragma once

#include <span>
#include <string_view>

#include "eval/context.hpp"

namespace samen {

using CommandHandler = void (*)(Ctx&);

struct CommandEntry {
  std::string_view name;
  CommandHandler handle;
};

const CommandEntry* find_command(std::string_view name);
std::span<const CommandEntry> all_commands();

}  // namespace samen
