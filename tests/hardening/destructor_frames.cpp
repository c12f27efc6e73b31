#include "destructor_frames.hpp"

#include <elf.h>
#include <execinfo.h>
#include <link.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace {

using Range = std::pair<std::uintptr_t, std::uintptr_t>;

bool is_json_destructor(const char* name) {
  return std::strstr(name, "10json_value7destroy") ||
         (std::strstr(name, "10basic_json") && (std::strstr(name, "ED1Ev") || std::strstr(name, "ED2Ev")));
}

std::uintptr_t executable_base() {
  std::uintptr_t base = 0;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) {
        *static_cast<std::uintptr_t*>(out) = info->dlpi_addr;  // the first object is the executable
        return 1;
      },
      &base);
  return base;
}

// The address ranges of the destructor's functions, read once from /proc/self/exe (.symtab).
std::vector<Range> destructor_ranges() {
  std::ifstream in("/proc/self/exe", std::ios::binary);
  const std::string image((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<Range> ranges;
  if (image.size() < sizeof(Elf64_Ehdr)) return ranges;
  const auto* header = reinterpret_cast<const Elf64_Ehdr*>(image.data());
  const auto* sections = reinterpret_cast<const Elf64_Shdr*>(image.data() + header->e_shoff);
  const std::uintptr_t base = executable_base();
  for (int i = 0; i < header->e_shnum; ++i) {
    if (sections[i].sh_type != SHT_SYMTAB) continue;
    const char* names = image.data() + sections[sections[i].sh_link].sh_offset;
    const auto* symbols = reinterpret_cast<const Elf64_Sym*>(image.data() + sections[i].sh_offset);
    for (std::size_t k = 0; k < sections[i].sh_size / sizeof(Elf64_Sym); ++k)
      if (ELF64_ST_TYPE(symbols[k].st_info) == STT_FUNC && symbols[k].st_size > 0 &&
          is_json_destructor(names + symbols[k].st_name))
        ranges.emplace_back(base + symbols[k].st_value, base + symbols[k].st_value + symbols[k].st_size);
  }
  return ranges;
}

}  // namespace

bool in_json_destructor() {
  static const std::vector<Range> ranges = destructor_ranges();
  void* frames[64];
  const int count = backtrace(frames, 64);
  for (int i = 0; i < count; ++i) {
    const auto address = reinterpret_cast<std::uintptr_t>(frames[i]);
    for (const Range& range : ranges)
      if (address > range.first && address <= range.second) return true;
  }
  return false;
}
