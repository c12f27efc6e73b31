// In wasm, when memory cannot grow any more, malloc returns NULL and operator new throws
// std::bad_alloc. Unwinding then destroys nlohmann JSON values, whose noexcept destructor
// allocates a small stack to flatten them: with the heap still full that allocation fails too
// and ends in std::terminate, which aborts the page. So the wasm module keeps a reserve: the
// first allocation that fails gives it back to the heap before bad_alloc is thrown, and the
// unwinding (and the SAMEN_ERR_MEMORY answer) live on it. The next call takes it back.
//
// Natively this file is empty: a shared library must not replace the host's operator new, and
// with overcommit a native process rarely sees bad_alloc at all (docs/limits.md).
#include "memory_reserve.hpp"

#ifdef __EMSCRIPTEN__

#include <cstdlib>
#include <new>

namespace {

constexpr std::size_t kReserveBytes = 1 << 20;  // 1 MiB
void* reserve = nullptr;

void* allocate(std::size_t size) {
  if (void* p = std::malloc(size ? size : 1)) return p;
  std::free(reserve);  // the rest of this call unwinds on it
  reserve = nullptr;
  throw std::bad_alloc();
}

}  // namespace

namespace samen_capi {
void restore_memory_reserve() noexcept {
  if (!reserve) reserve = std::malloc(kReserveBytes);
}
}  // namespace samen_capi

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

#else

namespace samen_capi {
void restore_memory_reserve() noexcept {}
}  // namespace samen_capi

#endif
